// `npm start`: opens Chromium (or Firefox with `-- --firefox`) with the built Gloss loaded, on the
// demo story at its real URL (served from tests/fixtures/demo by request interception, so nothing
// is fetched from the network). With a display it leaves the browser open for you; without one it
// runs headless, saves screenshots of the page, a hover card and the popup to out/, and prints what
// Gloss found.
import { mkdirSync, writeFileSync } from 'node:fs'
import { DEMO_HTML, DEMO_URL, launch, tabIdOf, tabState, waitFor } from '../tests/e2e/harness.ts'
import { TYPE_NAME, type Card } from '../src/ui/card-model.ts'
import { formatTimeMLValue } from '../src/ui/format-date.ts'
import { foldMinorNames } from '../src/ui/minor-names.ts'

const firefox = process.argv.includes('--firefox')
const headless = !process.env.DISPLAY || process.argv.includes('--headless')
const bench = await launch(firefox ? 'firefox' : 'chromium', { headless })
try {
  const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
  const ext = await bench.openExtPage('src/options/index.html')
  const tabId = await tabIdOf(ext, DEMO_URL)
  const state = await waitFor(async () => {
    const s = await tabState(ext, tabId)
    return s.status !== 'analysing' && s.status !== 'unknown' ? s : null
  }, 'Gloss to analyse the demo story', 30_000)
  await ext.close()

  console.log(`Gloss on ${DEMO_URL} in ${bench.name}: ${state.status}`)
  if (state.status === 'ready') {
    // What the popup shows: the background keeps the cards and the timeline, not the analysis.
    const { story, view, read } = state
    console.log(`  story: "${story.title}" · ${story.site} · ${story.byline.join(', ')} · published ${story.published}`)
    console.log(`  body: ${read.total} characters${read.chars < read.total ? `, the first ${read.chars} read` : ''}`)
    // In the popup's order: cards by salience, the minor names folded into one row at the end.
    const { cards, minor } = foldMinorNames<Card>(view.cards)
    console.log(`  names (${cards.length} cards, ${minor.length} folded):`)
    for (const c of cards) console.log(`    ${TYPE_NAME[c.type].padEnd(12)} ${c.name} ×${c.mentionCount}${c.role ? `, ${c.role}` : ''}${c.aliases.length ? ` (also ${c.aliases.join(', ')})` : ''}`)
    if (minor.length > 0) console.log(`    Other names: ${minor.map((c) => c.name).join(', ')}`)
    console.log(`  timeline (${view.timeline.length} dates, in calendar order):`)
    for (const d of view.timeline) console.log(`    ${formatTimeMLValue(d.value).padEnd(24)} "${d.text}" (${d.value})`)
  } else {
    console.log(`  ${JSON.stringify(state)}`)
  }

  if (headless) {
    mkdirSync('out', { recursive: true })
    await page.bringToFront()
    await page.setViewport({ width: 1200, height: 900 })
    const pagePng = `out/demo-${bench.name}-page.png`
    writeFileSync(pagePng, await page.screenshot({ fullPage: true }))
    // The hover card of the story's spokesman, as a reader who points at his name sees it.
    const at = await page.evaluate(() => {
      const r = [...((CSS.highlights.get('gloss-per') as Iterable<Range> | undefined) ?? [])][0]
      if (!r) return null
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' })
      const b = r.getClientRects()[0]
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 }
    })
    const cardPng = `out/demo-${bench.name}-hover-card.png`
    if (at) {
      await page.mouse.move(3, at.y)
      await page.mouse.move(at.x, at.y, { steps: 3 })
      await page.waitForFunction(() => (CSS.highlights.get('gloss-focus')?.size ?? 0) > 0)
      writeFileSync(cardPng, await page.screenshot())
    }
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
    await popup.setViewport({ width: 400, height: 900 })
    await popup.waitForSelector('[data-state]')
    const popupPng = `out/demo-${bench.name}-popup.png`
    writeFileSync(popupPng, await popup.screenshot({ fullPage: true }))
    console.log(`screenshots: ${pagePng}, ${at ? `${cardPng}, ` : ''}${popupPng}`)
  } else {
    console.log('The browser stays open: close it to end.')
    await new Promise<void>((resolve) => bench.browser.on('disconnected', () => resolve()))
  }
} finally {
  if (headless) await bench.close()
}
