// Word forms for a document, with Title Case sentences ("Pentagon Says Strikes in Syria Hit
// Militia Sites") read as if in capitals: the training data has no Title Case headlines but many
// all-capitals ones, so the model's all-capitals features serve both.
import type { WordForm, WordFormCache } from './word-form.ts'

/**
 * Function words: a Title Case headline has some after its first word ("in", "to", "Says"); a
 * list of names has none. Sports tables ("At Leeds : Yorkshire 305-5") have digits, and a
 * Title Case sentence with digits keeps its case.
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'to', 'of', 'for', 'and', 'or', 'but', 'with', 'by', 'from',
  'as', 'after', 'over', 'into', 'about', 'says', 'said', 'is', 'are', 'was', 'were', 'will', 'be',
  'has', 'have', 'not', 'no', 'its', 'his', 'her', 'their', 'new', 'how', 'why', 'what', 'who',
])

/** Words of at least this many code units count as content words. */
const CONTENT_WORD_LENGTH = 4
/** A sentence is Title Case when this share of its content words are capitalised (all: "Hong Kong Central Moneymarkets Unit" in a sentence with one lowercase word is not a headline)... */
const TITLE_SHARE = 1
/** ...and it has at least this many content words. */
const TITLE_MIN_WORDS = 4

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0)
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
}

function hasLowercase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 97 && c <= 122) return true
  }
  return false
}

export function documentForms(words: ArrayLike<string>, sentence: ArrayLike<number>, cache: WordFormCache): WordForm[] {
  const n = words.length
  const forms: WordForm[] = new Array(n)
  for (let s = 0; s < n;) {
    let e = s
    let content = 0, capitalised = 0, lower = false, functionWords = 0, digits = false
    while (e < n && sentence[e] === sentence[s]) {
      const w = words[e]
      if (e > s && w.length <= 5 && FUNCTION_WORDS.has(w.toLowerCase())) functionWords++
      if (!digits && /[0-9]/.test(w)) digits = true
      if (w.length >= CONTENT_WORD_LENGTH) {
        content++
        if (isCapitalised(w)) capitalised++
      }
      if (!lower && hasLowercase(w)) lower = true
      e++
    }
    const title = lower && !digits && functionWords > 0 && content >= TITLE_MIN_WORDS && capitalised >= TITLE_SHARE * content
    for (let i = s; i < e; i++) forms[i] = cache.get(title ? words[i].toUpperCase() : words[i])
    s = e
  }
  return forms
}
