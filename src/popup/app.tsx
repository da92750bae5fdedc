// The popup's states: loading, not a story, off on this site, analysing, error, and the cards.
import type { TabState } from '../protocol/messages.ts'
import { useTabState } from './use-tab-state.ts'
import { StoryView } from './story-view.tsx'
import { setSiteOff } from './site-switch.ts'
import { StorageFullNotice } from '../ui/storage-full-notice.tsx'
import { send } from '../platform/send.ts'

const storageFull = () => send({ type: 'app/storage-full' }).then((r) => (r.ok ? r.value : null))

export function App({ tabId }: { tabId: number | null }) {
  const loaded = useTabState(tabId)
  if (loaded.kind === 'loading') return <Status id="loading" title="Loading…" />
  if (loaded.kind === 'error') return <Status id="error" title="Gloss could not read this tab" detail={loaded.error.message} />
  return <><StorageFullNotice load={storageFull} /><StateView state={loaded.state} tabId={tabId!} /></>
}

function StateView({ state, tabId }: { state: TabState; tabId: number }) {
  switch (state.status) {
    case 'unknown':
      return <Status id="unknown" title="Gloss has not read this tab"
        detail="Gloss reads news stories on web pages. If this page was open before Gloss was installed, reload it." />
    case 'off':
      return <Status id="off" title="Gloss is off on this site" detail="Turn it back on here, then reload the page."
        action={{ label: 'Turn Gloss on for this site', run: () => void setSiteOff(state.url, false) }} />
    case 'no-story':
      return <Status id="no-story" title="Not a news story" detail={state.reason} />
    case 'analysing':
      return <Status id="analysing" title="Still analysing…" detail={state.story.title ?? undefined} />
    case 'error':
      return <Status id="error" title="Gloss ran into a problem" detail={state.message} />
    case 'ready':
      return <StoryView state={state} tabId={tabId} />
  }
}

function Status({ id, title, detail, action }: { id: string; title: string; detail?: string; action?: { label: string; run: () => void } }) {
  return (
    <section class="state" data-state={id}>
      <h1 class="story-title">{title}</h1>
      {detail && <p class="muted">{detail}</p>}
      {action && <button type="button" onClick={action.run}>{action.label}</button>}
    </section>
  )
}
