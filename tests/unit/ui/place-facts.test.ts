import { describe, expect, it } from 'vitest'
import { placeFacts } from '../../../src/ui/place-facts.ts'

describe('placeFacts', () => {
  it('knows countries by name and alias', () => {
    expect(placeFacts(['Iraq'])).toMatchObject({ kind: 'country', country: 'Iraq', capital: 'Baghdad', continent: 'Asia', flag: '🇮🇶' })
    expect(placeFacts(['United States', 'U.S.', 'US'])).toMatchObject({ country: 'United States', capital: 'Washington D.C.' })
    expect(placeFacts(['U.S.'])).toMatchObject({ country: 'United States' })
  })
  it('knows a capital city by its country', () => {
    expect(placeFacts(['Baghdad'])).toMatchObject({ kind: 'capital', country: 'Iraq' })
  })
  it('says nothing of places it does not know', () => {
    expect(placeFacts(['Al-Asad Air Base'])).toBeNull()
    expect(placeFacts([''])).toBeNull()
  })
})

describe('place facts: the country code', () => {
  it('gives the ISO code beside the flag, for the cards where no font draws flags', () => {
    expect(placeFacts(['Iraq'])).toMatchObject({ code: 'IQ', flag: '🇮🇶' })
    expect(placeFacts(['Baghdad'])).toMatchObject({ kind: 'capital', code: 'IQ' })
  })
})
