// Reading memory in the options page: pause it, exclude sites, keep it for a while, see the
// stories read and the entities most read about (with search), delete one story, a site, or all.
import { useEffect, useState } from 'preact/hooks'
import { send } from '../platform/send.ts'
import type { MemorySettings, RememberedStory, Replies } from '../protocol/messages.ts'
import { siteOf } from '../settings.ts'

const PAGE_SIZE = 50
const TOP_SIZE = 20

export function MemoryView() {
  const [settings, setSettings] = useState<MemorySettings | null>(null)
  const [query, setQuery] = useState('')
  const [stories, setStories] = useState<{ total: number; stories: RememberedStory[] }>({ total: 0, stories: [] })
  const [top, setTop] = useState<Replies['app/memory-top']>([])
  const [message, setMessage] = useState('')
  const [site, setSite] = useState('')
  const [generation, setGeneration] = useState(0)
  const refresh = () => setGeneration((g) => g + 1)

  useEffect(() => {
    void send({ type: 'app/memory-settings' }).then((r) => r.ok ? setSettings(r.value) : setMessage(r.error.message))
  }, [generation])
  useEffect(() => {
    const q = query.trim() || undefined
    void send({ type: 'app/memory-list', query: q, limit: PAGE_SIZE }).then((r) => r.ok && setStories(r.value))
    void send({ type: 'app/memory-top', query: q, limit: TOP_SIZE }).then((r) => r.ok && setTop(r.value))
  }, [query, generation])

  const patch = async (p: Partial<MemorySettings>) => {
    const r = await send({ type: 'app/memory-settings', patch: p })
    if (r.ok) { setSettings(r.value); setMessage('Saved.') } else setMessage(`Not saved: ${r.error.message}`)
  }
  const excludeSite = async (e: Event) => {
    e.preventDefault()
    const host = siteOf(/^https?:\/\//.test(site) ? site : `https://${site.trim()}`)
    if (!host || !settings) { setMessage('That is not a web address.'); return }
    setSite('')
    await patch({ excludedSites: [...new Set([...settings.excludedSites, host])] })
  }
  const forgetSite = async (host: string) => {
    const r = await send({ type: 'app/memory-forget-site', site: host })
    if (r.ok) setMessage(`Forgot ${r.value} ${r.value === 1 ? 'story' : 'stories'} from ${host}.`)
    refresh()
  }
  const forget = async (key: string) => {
    await send({ type: 'app/memory-forget', key })
    refresh()
  }
  const clearAll = async () => {
    if (!confirm('Delete everything Gloss remembers of your reading? Your notes are kept.')) return
    const r = await send({ type: 'app/memory-clear' })
    setMessage(r.ok ? 'Reading memory deleted.' : r.error.message)
    refresh()
  }

  if (!settings) return <p>{message || 'Loading…'}</p>
  return (
    <section aria-labelledby="memory-title" data-section="memory">
      <h2 id="memory-title">Reading memory</h2>
      <p class="muted">Gloss remembers which people, organisations and places appeared in the stories you read, so cards can
        show where you met them before. It stays on this machine.</p>
      <p role="status" class="message">{message}</p>
      <label><input type="checkbox" checked={settings.paused} onChange={(e) => patch({ paused: (e.target as HTMLInputElement).checked })} /> Pause: remember nothing new</label>
      <p>
        <label for="retention">Forget stories after </label>
        <select id="retention" value={String(settings.retentionDays ?? '')}
          onChange={(e) => { const v = (e.target as HTMLSelectElement).value; void patch({ retentionDays: v ? Number(v) : null }) }}>
          <option value="">never</option><option value="30">30 days</option><option value="90">90 days</option><option value="365">a year</option>
        </select>
      </p>
      <h3>Sites never remembered</h3>
      <ul class="site-list">
        {settings.excludedSites.map((s) => (
          <li><span>{s}</span>
            <button type="button" onClick={() => patch({ excludedSites: settings.excludedSites.filter((x) => x !== s) })}>Remember again</button>
            <button type="button" onClick={() => forgetSite(s)}>Forget what was read there</button></li>
        ))}
      </ul>
      <form onSubmit={excludeSite}>
        <label for="exclude-site">Never remember a site </label>
        <input id="exclude-site" type="text" placeholder="example.com" value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
        <button type="submit">Exclude</button>
      </form>
      <h3>Search what you read</h3>
      <label class="visually-hidden" for="memory-q">Search stories and names</label>
      <input id="memory-q" type="search" placeholder="A name, a title, a site…" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      <div class="memory-columns">
        <div>
          <h4>Most read about</h4>
          <ol class="top-entities">
            {top.map((e) => <li><span>{e.name}</span> <span class="muted">({e.type}) · {e.count} {e.count === 1 ? 'story' : 'stories'}</span></li>)}
          </ol>
        </div>
        <div>
          <h4>Stories read <span class="muted">({stories.total})</span></h4>
          <ul class="stories">
            {stories.stories.map((s) => (
              <li data-story={s.key}>
                {/^https?:\/\//.test(s.url) ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title ?? s.url}</a> : <span>{s.title ?? s.url}</span>}
                <span class="muted"> · {[s.site, new Date(s.readAt).toLocaleDateString()].filter(Boolean).join(' · ')} </span>
                <button type="button" onClick={() => forget(s.key)} aria-label={`Forget ${s.title ?? s.url}`}>Forget</button>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p><button type="button" class="danger" onClick={clearAll}>Delete all reading memory</button></p>
    </section>
  )
}
