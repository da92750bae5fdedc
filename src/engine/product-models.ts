// A product's model after its name makes the whole a product, an other name (MISC): a version and
// a model word ("PlayStation 4 Pro", "Galaxy S24 Ultra"), a model word alone ("Vision Pro"), or a
// version with the name before it that the product list holds whole ("iPhone 4", "Forza
// Motorsport 7"). CoNLL tags "Windows 95" so; the tagger, which never saw today's
// devices, typed the maker's part ORG and the model word MISC apart.
import { isWholeEntry } from './gazetteer.ts'
import { ENTITY_TYPES, type LabelSpan } from './labels.ts'

const MISC = ENTITY_TYPES.indexOf('MISC')
const PER = ENTITY_TYPES.indexOf('PER')

/** A version or model number: "4", "360", "S24", "4790k", "II". */
const VERSION = /^(\d{1,4}[a-z]?|\p{Lu}{1,2}\d{1,4}[a-z]?|II|III|IV|VI|VII|VIII|IX)$/u
/**
 * Words that name a device's or a game's model after its name. In CoNLL train and WikiGold's
 * training part no name is followed by one after a number; numbers after names there are counts
 * ("Benetton 1 minute", "D. Cox 95 not out"), which is why a bare number needs the product list.
 */
const MODEL_WORDS = new Set(['Pro', 'Max', 'Mini', 'Plus', 'Ultra', 'Lite', 'SE', 'XL', 'VR', 'Edition'])
/** Most model words a name takes ("Pro Max"). */
const MAX_MODEL_WORDS = 2

/**
 * `spans` (sorted, disjoint) with each product's model taken into its name, as MISC; spans the
 * model covers (a model word tagged alone) are absorbed. A person's name stays ("John 3" is a
 * verse, and no person has a model). One pass.
 */
export function withProductModels(spans: LabelSpan[], n: number, word: (i: number) => string, gaz: Uint32Array): LabelSpan[] {
  const out: LabelSpan[] = []
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]
    const prev = out[out.length - 1]
    if (prev && s.start < prev.end) continue // absorbed by a model before it
    out.push(s)
    if (s.type === PER) continue
    let j = s.end
    const version = j < n && VERSION.test(word(j))
    if (version) j++
    let models = 0
    while (j < n && models < MAX_MODEL_WORDS && MODEL_WORDS.has(word(j))) { j++; models++ }
    // with a bare version, the product list must hold the name with it ("iPhone 4") and running text
    // go on after it: a number after a name the list holds alone, or ending a line, is as often a
    // score ("Queen of South 3 Arbroath 0" on eng.testa)
    if (models === 0 && !(version && isWholeEntry(gaz, s.start, s.end + 1, 'misc-product') && j < n && /^\p{Ll}/u.test(word(j)))) continue
    // only spans wholly inside the model are absorbed; one that runs past it keeps the model out
    let next = k + 1
    while (next < spans.length && spans[next].start < j && spans[next].end <= j) next++
    if (next < spans.length && spans[next].start < j) continue
    s.end = j
    s.type = MISC
    k = next - 1
  }
  return out
}
