// Settings: kinds on/off and their colours, sites where Gloss is off, sync, and the online look-up.
import { useEffect, useState } from 'preact/hooks'
import { browser } from '../platform/browser.ts'
import { send } from '../platform/send.ts'
import { HighlightKinds, type HighlightKind } from '../protocol/messages.ts'
import { siteOf, WIKI_ORIGINS, type Settings } from '../settings.ts'
import { textColourOn } from '../ui/highlight-style.ts'
import { SyncSection } from './sync-section.tsx'

const KIND_LABEL: Record<HighlightKind, string> = {
  per: 'People', org: 'Organisations', loc: 'Places', misc: 'Other names', date: 'Dates',
}

export function SettingsView() {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean }>({ text: '', error: false })
  const [newSite, setNewSite] = useState('')

  useEffect(() => {
    void send({ type: 'app/get-settings' }).then((r) => {
      if (r.ok) setSettings(r.value)
      else setMessage({ text: r.error.message, error: true })
    })
  }, [])

  const save = async (patch: Partial<Settings>) => {
    const r = await send({ type: 'app/set-settings', patch })
    if (r.ok) { setSettings(r.value); setMessage({ text: 'Saved.', error: false }) }
    else setMessage({ text: `Not saved: ${r.error.message}`, error: true })
  }

  if (!settings) return <p class={message.error ? 'message error' : 'message'}>{message.text || 'Loading…'}</p>

  const addSite = (e: Event) => {
    e.preventDefault()
    const site = siteOf(/^https?:\/\//.test(newSite) ? newSite : `https://${newSite.trim()}`)
    if (!site) { setMessage({ text: 'That is not a web address.', error: true }); return }
    setNewSite('')
    void save({ disabledSites: [...settings.disabledSites, site] })
  }

  const setOnline = async (on: boolean) => {
    if (on) {
      // The permission prompt must come from this click; nothing is fetched until it is granted.
      const granted = await browser.permissions.request({ origins: WIKI_ORIGINS }).catch(() => false)
      if (!granted) { setMessage({ text: 'Wikipedia summaries need permission to reach wikipedia.org.', error: true }); return }
    } else {
      await browser.permissions.remove({ origins: WIKI_ORIGINS }).catch(() => false)
    }
    await save({ onlineLookup: on })
  }

  return (
    <>
      <p role="status" class={message.error ? 'message error' : 'message'}>{message.text}</p>
      <h2>Highlights</h2>
      <fieldset>
        <legend>What Gloss marks in stories</legend>
        {HighlightKinds.map((k) => (
          <div class="kind-row" data-kind={k}>
            <label>
              <input type="checkbox" checked={settings.kinds[k]}
                onChange={(e) => save({ kinds: { ...settings.kinds, [k]: (e.target as HTMLInputElement).checked } })} />
              {' '}{KIND_LABEL[k]}
            </label>
            <label>
              <span class="visually-hidden">Colour for {KIND_LABEL[k]}</span>
              <input type="color" value={settings.colours[k]}
                onChange={(e) => save({ colours: { ...settings.colours, [k]: (e.target as HTMLInputElement).value } })} />
            </label>
            <span class="sample" style={{ background: settings.colours[k], color: textColourOn(settings.colours[k]) }}>Sample text</span>
          </div>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" name="every-mention" checked={settings.everyMention}
          onChange={(e) => save({ everyMention: (e.target as HTMLInputElement).checked })} />
        {' '}Mark every mention in full
      </label>
      <p class="muted">Off by default: a name’s first mention is marked in full and later ones get a faint underline; hovering any of them lights up all.</p>
      <h2>Sites where Gloss is off</h2>
      {settings.disabledSites.length === 0 && <p class="muted">Gloss reads stories on every site.</p>}
      <ul class="site-list">
        {settings.disabledSites.map((s) => (
          <li>
            <span>{s}</span>
            <button type="button" onClick={() => save({ disabledSites: settings.disabledSites.filter((x) => x !== s) })}
              aria-label={`Turn Gloss back on for ${s}`}>Turn back on</button>
          </li>
        ))}
      </ul>
      <form onSubmit={addSite}>
        <label for="new-site">Turn Gloss off on a site </label>
        <input id="new-site" type="text" placeholder="example.com" value={newSite}
          onInput={(e) => setNewSite((e.target as HTMLInputElement).value)} />
        <button type="submit">Turn off</button>
      </form>
      <SyncSection settings={settings} save={save} />
      <h2>Online look-up</h2>
      <label>
        <input type="checkbox" checked={settings.onlineLookup} onChange={(e) => setOnline((e.target as HTMLInputElement).checked)} />
        {' '}Show a Wikipedia summary on cards for people and organisations
      </label>
      <p class="muted">Off by default. When on, the name on a card is sent to wikipedia.org; nothing else ever leaves your machine.</p>
    </>
  )
}
