// French, Portuguese, Spanish and German stories: absolute and simple relative dates.
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/engine/find-dates.ts'

const PUB = '2024-01-24'
const spans = (s: string, lang: string) => findDates(s, { published: PUB, lang }).map((d) => [s.slice(d.start, d.end), d.value])

describe('other languages', () => {
  it.each([
    ['fr', 'Le sommet a eu lieu le 8 août 2023 à Paris.', '8 août 2023', '2023-08-08'],
    ['fr', 'Le ministre est arrivé hier.', 'hier', '2024-01-23'],
    ['fr', 'La loi a été votée en 2019.', '2019', '2019'],
    ['pt-BR', 'O acordo foi assinado em 8 de agosto de 2023.', '8 de agosto de 2023', '2023-08-08'],
    ['pt', 'O presidente viajou ontem para Lisboa.', 'ontem', '2024-01-23'],
    ['es', 'El acuerdo se firmó el 8 de agosto de 2023.', '8 de agosto de 2023', '2023-08-08'],
    ['es', 'El ministro llegó ayer a Madrid.', 'ayer', '2024-01-23'],
    ['de', 'Das Treffen fand am 8. August 2023 statt.', '8. August 2023', '2023-08-08'],
    ['de', 'Der Minister kam gestern an.', 'gestern', '2024-01-23'],
  ])('%s: %s', (lang, s, phrase, value) => {
    expect(spans(s, lang)).toContainEqual([phrase, value])
  })

  it('resolves a bare weekday on or before the publish date', () => {
    expect(spans('Le président a parlé mardi devant les députés.', 'fr')).toContainEqual(['mardi', '2024-01-23'])
  })

  it('drops a month-day that does not exist', () => {
    expect(spans('La réunion du 30 février 2023 a été annulée.', 'fr').filter(([, v]) => v.startsWith('2023-02'))).toEqual([])
  })
})
