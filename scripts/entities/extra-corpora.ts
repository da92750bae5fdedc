// The annotated corpora of ../shared/corpora/ner-extra/ read into CoNLL-2003 documents: WikiGold
// (Wikipedia, CoNLL types), the Broad Twitter Corpus (PER/ORG/LOC, no MISC), WNUT-17 (emerging
// entities, six types) and CrossNER politics (nine fine types), with their tags mapped to
// PER/ORG/LOC/MISC as the corpora's README proposes. Each set is split deterministically: every
// HOLD_OUT_EVERY-th document is held out for measurement and never trained on.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeDoc, type ConllDoc } from './conll.ts'

/** Every HOLD_OUT_EVERY-th document of each extra set is held out (the last of each run of 5). */
export const HOLD_OUT_EVERY = 5

/** Credits of the corpora the model may be trained on (train-entities.ts TRAIN_SETS). */
export const EXTRA_CREDITS = [
  'Wikigold (Balasuriya, Ringland, Nothman, Murphy & Curran; CC BY 4.0)',
]

export interface ExtraSet {
  name: string
  /** The set annotates no MISC: a MISC guess on a token it calls O is neither taught nor counted. */
  noMisc: boolean
  train: ConllDoc[]
  heldOut: ConllDoc[]
}

/** A type whose names are not taught or counted. */
const UNKNOWN = '?'

/** WNUT-17's types as CoNLL's (the corpora README): groups (bands, teams) and companies are ORG. */
const WNUT_TYPES: Record<string, string> = {
  person: 'PER', location: 'LOC', group: 'ORG', corporation: 'ORG', product: 'MISC', 'creative-work': 'MISC',
}
/**
 * CrossNER politics' fine types as CoNLL's. Elections are left out ("2006 Canadian federal
 * election", where CoNLL would tag "Canadian" alone): their tokens are neither taught nor
 * counted (ConllDoc.unknown).
 */
const CROSSNER_TYPES: Record<string, string> = {
  politician: 'PER', person: 'PER', politicalparty: 'ORG', organisation: 'ORG', country: 'LOC',
  location: 'LOC', event: 'MISC', misc: 'MISC', election: UNKNOWN,
}

/** Maps a tag's type through `types` (undefined: keep it; a missing type: O). */
function mapTag(tag: string, types?: Record<string, string>): string {
  if (tag === 'O' || !types) return tag
  const t = types[tag.slice(2)]
  return t ? tag.slice(0, 2) + t : 'O'
}

/**
 * Sentences of a token-a-line file (token first, tag last, space or tab between). With
 * `docStart`, "-DOCSTART-" lines end a document; without, every sentence is a document (tweets,
 * and CrossNER's sentences, which come from unrelated articles).
 */
function readTokenFile(path: string, types: Record<string, string> | undefined, docStart: boolean): ConllDoc[] {
  const docs: ConllDoc[] = []
  let words: string[] = [], sents: number[] = [], tags: string[] = [], unknown: number[] = []
  let sentence = 0
  const flushDoc = () => {
    if (words.length > 0) {
      const doc = makeDoc(words, sents, tags)
      if (unknown.includes(1)) doc.unknown = Uint8Array.from(unknown)
      docs.push(doc)
    }
    words = []; sents = []; tags = []; unknown = []; sentence = 0
  }
  const endSentence = () => {
    if (words.length === 0 || sents[sents.length - 1] !== sentence) return
    if (docStart) sentence++
    else flushDoc()
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim()
    if (t.startsWith('-DOCSTART-')) { endSentence(); flushDoc(); continue }
    if (t === '') { endSentence(); continue }
    const parts = t.split(/\s+/)
    if (parts.length < 2) continue
    const tag = mapTag(parts[parts.length - 1], types)
    words.push(parts[0])
    tags.push(tag.endsWith(UNKNOWN) ? 'O' : tag)
    unknown.push(tag.endsWith(UNKNOWN) ? 1 : 0)
    sents.push(sentence)
  }
  endSentence()
  flushDoc()
  return docs
}

function split(name: string, noMisc: boolean, docs: ConllDoc[]): ExtraSet {
  if (noMisc) for (const d of docs) d.noMisc = true
  return {
    name, noMisc,
    train: docs.filter((_, i) => i % HOLD_OUT_EVERY !== HOLD_OUT_EVERY - 1),
    heldOut: docs.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1),
  }
}

/** The four extra sets, or none when ../shared/corpora/ner-extra is not there. */
export function readExtraSets(corpora: string): ExtraSet[] {
  const dir = join(corpora, 'ner-extra')
  if (!existsSync(dir)) return []
  const f = (...p: string[]) => join(dir, ...p)
  return [
    split('wikigold', false, readTokenFile(f('wikigold', 'wikigold.conll.txt'), undefined, true)),
    split('btc', true, ['a', 'b', 'e', 'f', 'g', 'h'].flatMap((s) => readTokenFile(f('btc', `${s}.conll`), undefined, false))),
    split('wnut17', false, ['wnut17train.conll', 'emerging.dev.conll', 'emerging.test.annotated']
      .flatMap((s) => readTokenFile(f('wnut17', s), WNUT_TYPES, false))),
    split('crossner', false, ['train.txt', 'dev.txt', 'test.txt']
      .flatMap((s) => readTokenFile(f('crossner-politics', s), CROSSNER_TYPES, false))),
  ]
}
