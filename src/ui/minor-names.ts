// Low-value "other names" folded into one row at the end of the popup ("Other names:
// Iranian-supported, Gaza-based, …"): demonyms and other adjectives the recogniser tags MISC
// ("Iraqi", "Iranian"), and compounds built on a name ("Gaza-based", "Iran-affiliated",
// "Iranian-supported", "D-ISIS"), of any type. A card for them tells a reader nothing the card of
// the name itself does not.
import type { Card } from './card-model.ts'

/** "-based", "-affiliated", "-led", "-backed" and the like: a compound that describes, not names. */
const AFFIX_COMPOUND = /-(?:based|affiliated|led|backed|supported|linked|aligned|allied|born|owned|run|funded|sponsored|controlled|held|made|style|inspired|occupied|born)$/i
/** One word ending as English demonyms and name adjectives do: Iraqi, Iranian, Chinese, British, Islamic, Kurdish. */
const DEMONYM = /^[A-Z][a-z]+(?:i|ian|ean|an|ese|ish|ic|ch)$/

export function isMinorName(card: Pick<Card, 'name' | 'type'>, otherNames: ReadonlySet<string>): boolean {
  const name = card.name
  if (AFFIX_COMPOUND.test(name)) return true
  if (card.type !== 'MISC') return false
  if (DEMONYM.test(name)) return true
  // A hyphenated MISC word one of whose parts is another name of the story ("D-ISIS", "Iran-Iraq").
  const parts = name.includes(' ') ? [] : name.split('-')
  return parts.length > 1 && parts.some((p) => otherNames.has(p) || DEMONYM.test(p))
}

/** The cards in their order, with the minor names taken out (in their order) for the folded row. */
export function foldMinorNames<C extends Pick<Card, 'name' | 'type' | 'aliases'>>(cards: C[]): { cards: C[]; minor: C[] } {
  const names = new Set(cards.flatMap((c) => [c.name, ...c.aliases]))
  const kept: C[] = [], minor: C[] = []
  for (const c of cards) (isMinorName(c, names) ? minor : kept).push(c)
  return { cards: kept, minor }
}
