// Notes at size in real Chromium and Firefox ESR, as the e2e "holds 5,000 notes" meets them: a
// 5,000-note JSON-LD import in one message (the bulk path: one journalled write, note-store.ts),
// then every note read back (app/notes-all), both from the options page, which keeps its library
// up to date from storage.onChanged meanwhile as it does for a reader.
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { bigExport } from '../../tests/e2e/big-export.ts'
import { BROWSERS, DEMO_HTML, DEMO_URL, OPTIONS_PAGE, clearStorage, launch, sendFrom, storyReady, tabIdOf } from '../../tests/e2e/harness.ts'
import type { BenchRow } from './row.ts'

const NOTES = 5_000
const ON_DEMO = 60

export default async function notesBrowserBench(): Promise<BenchRow[]> {
  if (!existsSync('dist/chrome/manifest.json') || !existsSync('dist/firefox/manifest.json')) {
    return [{ group: 'notes-browser', name: 'skipped', value: 'needs npm run build' }]
  }
  const text = bigExport(NOTES, ON_DEMO)
  const rows: BenchRow[] = []
  for (const name of BROWSERS) {
    const bench = await launch(name)
    try {
      const ext = await bench.openExtPage(OPTIONS_PAGE)
      await clearStorage(ext)
      const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
      await storyReady(ext, await tabIdOf(ext, DEMO_URL))
      let t = performance.now()
      const imported = await sendFrom(ext, { type: 'app/notes-import', text })
      const importMs = performance.now() - t
      if (!imported?.ok || imported.value.imported !== NOTES) throw new Error(`import: ${JSON.stringify(imported).slice(0, 200)}`)
      t = performance.now()
      const all = await sendFrom(ext, { type: 'app/notes-all' })
      const allMs = performance.now() - t
      if (all?.value?.notes?.length !== NOTES) throw new Error('notes-all did not give every note back')
      await page.close()
      const load = `load ${loadavg()[0].toFixed(1)} on this machine`
      rows.push({ group: 'notes-browser', name: `${name}: import ${NOTES.toLocaleString('en')} notes in one message (bulk write)`, value: `${(importMs / 1000).toFixed(1)} s`,
        peer: `before the bulk path (batch by batch): 50.5 s in Firefox; ${load}` })
      rows.push({ group: 'notes-browser', name: `${name}: read all ${NOTES.toLocaleString('en')} back (app/notes-all)`, value: `${(allMs / 1000).toFixed(1)} s` })
    } finally {
      await bench.close()
    }
  }
  return rows
}
