import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText, referenceDate } from '../../../src/engine/analyze.ts'
import { loadEntityModel } from '../../../src/engine/entity-model.ts'
import { tokenize } from '../../../src/engine/tokenize.ts'

const model = loadEntityModel(new Uint8Array(readFileSync(new URL('../../../src/engine/model/entities.bin', import.meta.url))))
const today = new Date('2026-12-05T10:00:00Z')

describe('referenceDate', () => {
  it('takes the publish date, else the modified date, else today, and says which', () => {
    expect(referenceDate('2024-01-24', '2024-02-01', today)).toEqual({ date: '2024-01-24', source: 'published' })
    expect(referenceDate(null, '2024-02-01T08:00:00Z', today)).toEqual({ date: '2024-02-01', source: 'modified' })
    expect(referenceDate(null, null, today)).toEqual({ date: '2026-12-05', source: 'today' })
  })

  it('reads a date-time as the calendar date it is written in, as the dates layer does', () => {
    // late evening in New York is already the next day in UTC: the story's own date counts
    expect(referenceDate('2024-01-24T23:30:00-05:00', null, today)).toEqual({ date: '2024-01-24', source: 'published' })
  })

  it('skips dates that are not dates', () => {
    expect(referenceDate('2024-13-45', 'yesterday', today)).toEqual({ date: '2026-12-05', source: 'today' })
    expect(referenceDate('', '2023-02-30', today).source).toBe('today')
  })
})

describe('analyzeText', () => {
  it('gives the same answer with the tokens passed in as without', () => {
    const text = 'Maj. Gen. Patrick Ryder said on Monday that U.S. troops left Baghdad.'
    const opts = { published: '2024-01-24', lang: 'en', model }
    const a = analyzeText(text, opts)
    expect(analyzeText(text, opts, tokenize(text))).toEqual(a)
    expect(a.entities.map((e) => e.name)).toEqual(['Patrick Ryder', 'United States', 'Baghdad'])
  })
})

describe('analyzeForReading', () => {
  it('is analyzeText with only the dates a reader can place', async () => {
    const { analyzeForReading } = await import('../../../src/engine/analyze.ts')
    const text = 'Patrick Ryder said on Tuesday that talks will begin soon and shape the future.'
    const opts = { published: '2024-01-24', lang: 'en', model }
    const all = analyzeText(text, opts)
    expect(all.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2024-01-23', 'FUTURE_REF']))
    const shown = analyzeForReading(text, opts)
    expect(shown.entities).toEqual(all.entities)
    expect(shown.dates.map((d) => d.value)).toEqual(['2024-01-23'])
  })
})
