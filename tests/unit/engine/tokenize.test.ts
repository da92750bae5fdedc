import { describe, expect, it } from 'vitest'
import { splitSentences, tokenize } from '../../../src/engine/tokenize.ts'

const texts = (s: string) => tokenize(s).map((t) => t.text)

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const s = 'Gen.\u00a0Ann Lee’s “plan” — 3,500 troops.'
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text)
  })

  it('splits possessives and negations the CoNLL way', () => {
    expect(texts('Hamas’s leader doesn\'t know')).toEqual(['Hamas', '’s', 'leader', 'does', 'n\'t', 'know'])
    expect(texts("O'Brien's car")).toEqual(["O'Brien", "'s", 'car'])
  })

  it('keeps abbreviations, initials and hyphenated names whole', () => {
    expect(texts('The U.S.-Iraq talks at Al-Asad Air Base, Maj. Gen. J. Smith said.'))
      .toEqual(['The', 'U.S.-Iraq', 'talks', 'at', 'Al-Asad', 'Air', 'Base', ',', 'Maj.', 'Gen.', 'J.', 'Smith', 'said', '.'])
    expect(texts('U.S. troops and the U.S.')).toEqual(['U.S.', 'troops', 'and', 'the', 'U.S.'])
    expect(texts('AT&T paid $1,250.50 on 3/4')).toEqual(['AT&T', 'paid', '$', '1,250.50', 'on', '3/4'])
  })

  it('keeps a party and state tag whole with its period, which CoNLL counts as one name', () => {
    expect(texts('Rep. Jane Doe (D-Minn.) and Sen. Al Roe (R-Calif.) voted.'))
      .toEqual(['Rep.', 'Jane', 'Doe', '(', 'D-Minn.', ')', 'and', 'Sen.', 'Al', 'Roe', '(', 'R-Calif.', ')', 'voted', '.'])
    expect(texts('the X-Men.')).toEqual(['the', 'X-Men', '.'])
  })

  it('handles non-ASCII letters, emoji and other scripts', () => {
    expect(texts('Zoë Müller met Łukasz in Kraków')).toEqual(['Zoë', 'Müller', 'met', 'Łukasz', 'in', 'Kraków'])
    expect(texts('Nice 😀 day')).toEqual(['Nice', '😀', 'day'])
    expect(texts('東京 and Москва')).toEqual(['東京', 'and', 'Москва'])
  })

  it('splits sentences at terminators and line breaks, not after abbreviations', () => {
    const s = 'The U.S. Army said so. Then it left!\nHEADLINE HERE\n“Quoted.” After'
    const tokens = tokenize(s)
    const sentences = splitSentences(s, tokens).map((x) => s.slice(x.start, x.end))
    expect(sentences).toEqual(['The U.S. Army said so.', 'Then it left!', 'HEADLINE HERE', '“Quoted.”', 'After'])
  })

  it('ends a sentence at an abbreviation or initial before a sentence opener', () => {
    // "the Xbox One S. That" was one sentence, and the name "S. That" crossed it (an Engadget review)
    const split = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end))
    expect(split('It beats the Xbox One S. That is the point.')).toEqual(['It beats the Xbox One S.', 'That is the point.'])
    expect(texts('the Xbox One S. That')).toEqual(['the', 'Xbox', 'One', 'S', '.', 'That'])
    expect(split('It sold in the U.S. The rest went abroad.')).toEqual(['It sold in the U.S.', 'The rest went abroad.'])
    // an initial or a title before a name, or a name word, is no sentence end
    expect(split('W. Travers met John F. Kennedy and Gen. The Count; Mary A. Smith of Acme Co. will go.')).toHaveLength(1)
  })

  it('does not break on a period followed by lowercase text', () => {
    const s = 'He said 5 p.m. yesterday. ok fine'
    expect(splitSentences(s).length).toBe(1)
  })

  it('survives empty and hostile input', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize('   \n\n  ')).toEqual([])
    const garbage = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536))
    const tokens = tokenize(garbage)
    for (const t of tokens) expect(t.end).toBeGreaterThan(t.start)
    const long = 'a'.repeat(10_000)
    expect(tokenize(long).every((t) => t.end - t.start <= 64)).toBe(true)
  })

  it('is linear on a long run of letters without spaces: work per code unit stays flat as the run grows', () => {
    // A base64 blob or a pasted hash inside a paragraph: before, each 64-unit token rescanned the
    // rest of the run (400 KB took 17.6 s in the background).
    const perUnit = (n: number, unit: string) => {
      const work = { steps: 0 }
      const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
      const tokens = tokenize(text, work)
      expect(tokens.at(-1)!.end).toBe(n)
      expect(work.steps).toBeGreaterThanOrEqual(n) // every code unit is examined
      return work.steps / n
    }
    for (const unit of ['a', 'ab1', 'x-y', 'A.B']) {
      const small = perUnit(10_000, unit)
      const big = perUnit(1_000_000, unit)
      expect(big).toBeLessThan(small * 1.1 + 0.01)
      expect(big).toBeLessThan(3)
    }
  })
})
