// The direction a sentence's tense points, from the words around an expression: the nearest
// verb-like cue before it in its sentence ("will", "said", "-ed"), else the first one after it.
// A cheap stand-in for part-of-speech tags (HeidelTime's rule, on words instead of tags).

export type Tense = 'past' | 'future' | 'present' | null

/** How far to look for a cue, in characters, on each side. */
const LEFT_CHARS = 160
const RIGHT_CHARS = 100

const FUTURE = new Set([
  'will', 'won\'t', 'wo', 'shall', '\'ll', 'would', 'expected', 'expects', 'scheduled',
  'planning', 'intends', 'upcoming', 'tomorrow', 'next',
])
/** "to" after these points forward: "set to", "plans to", "due to expire". */
const FUTURE_BEFORE_TO = new Set([
  'going', 'set', 'due', 'plans', 'planned', 'plan', 'expected', 'scheduled', 'likely', 'intends',
  'hopes', 'aims', 'wants', 'agreed', 'promised', 'vowed', 'threatened', 'is', 'are',
])
const PRESENT = new Set(['is', 'are', 'says', 'say', 'has', 'have', 'am', 'remains', 'continues'])
const PAST = new Set([
  'said', 'was', 'were', 'had', 'did', 'told', 'went', 'came', 'began', 'took', 'made', 'gave',
  'got', 'saw', 'met', 'left', 'sold', 'bought', 'paid', 'rose', 'fell', 'lost', 'won', 'held',
  'brought', 'kept', 'found', 'put', 'ran', 'spent', 'sent', 'built', 'became', 'struck', 'hit',
  'ago', 'since', 'last', 'yesterday', 'earlier', 'ended', 'announced', 'reported',
  'wrote', 'spoke', 'thought', 'knew', 'grew', 'led', 'read', 'shot', 'chose', 'drew',
])
/** "-ed" words that are not past-tense verbs. */
const NOT_PAST = new Set([
  'need', 'needed', 'indeed', 'speed', 'red', 'bed', 'feed', 'seed', 'weed', 'breed', 'greed',
  'hundred', 'proceed', 'exceed', 'succeed', 'shed', 'bred', 'fled', 'wed', 'led', 'embed',
  'united', 'limited', 'based', 'related', 'expected', 'scheduled', 'planned', 'proposed',
  'designed', 'intended', 'supposed', 'aged', 'armed', 'detailed', 'advanced', 'interested',
  'concerned', 'involved', 'owned', 'backed', 'listed', 'unidentified', 'alleged', 'named',
  'called', 'so-called', 'increased', 'reduced', 'combined', 'continued', 'elected',
])

const WORD = /[a-z']+(?:-[a-z]+)*/g
const SENTENCE_END = /[.!?;:]["”’']?\s+(?=["“‘']?[A-Z])|\n/g

function cue(word: string): Tense | 'skip' {
  if (FUTURE.has(word)) return 'future'
  if (PAST.has(word)) return 'past'
  if (PRESENT.has(word)) return 'present'
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past'
  return 'skip'
}

function clauseLeft(text: string, start: number): string {
  const from = Math.max(0, start - LEFT_CHARS)
  const left = text.slice(from, start)
  let cut = 0
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(left); m; m = SENTENCE_END.exec(left)) cut = m.index + m[0].length
  return left.slice(cut)
}

function clauseRight(text: string, end: number): string {
  const right = text.slice(end, Math.min(text.length, end + RIGHT_CHARS))
  SENTENCE_END.lastIndex = 0
  const m = SENTENCE_END.exec(right)
  return m ? right.slice(0, m.index) : right
}

/** The tense around text[start, end): past, future, present, or null when no cue is found. */
export function tenseAround(text: string, start: number, end: number): Tense {
  const left = clauseLeft(text, start).toLowerCase().match(WORD) ?? []
  // "as soon as Tuesday", "as early as next week"
  const n = left.length
  if (n >= 2 && left[n - 1] === 'as' && (left[n - 2] === 'soon' || left[n - 2] === 'early')) return 'future'
  // "has until Tuesday to respond"
  if (n >= 1 && left[n - 1] === 'until') return 'future'
  for (let k = left.length - 1; k >= 0; k--) {
    if (left[k] === 'to' && k > 0 && FUTURE_BEFORE_TO.has(left[k - 1])) return 'future'
    const c = cue(left[k])
    if (c === 'skip') continue
    // a participle after "be"/"been"/"being": the auxiliary before it decides ("will be closed")
    if (c === 'past' && left[k].endsWith('ed') && k > 0 && /^(be|been|being|to)$/.test(left[k - 1])) continue
    return c
  }
  const right = clauseRight(text, end).toLowerCase().match(WORD) ?? []
  for (let k = 0; k < right.length; k++) {
    const word = right[k]
    if (word === 'to' && k > 0 && FUTURE_BEFORE_TO.has(right[k - 1])) return 'future'
    const c = cue(word)
    if (c !== 'skip') return c
  }
  return null
}

/** Words right before a day-precise date that say which side of the story it lies on. */
const PAST_BEFORE = new Set(['ended', 'since', 'ago', 'was', 'were', 'died', 'occurred', 'began', 'started'])
const FUTURE_BEFORE = new Set(['effective', 'until', 'payable', 'expires', 'expire', 'due', 'begins'])

/** The direction the word just before text[start] gives (skipping "on"), or null. */
export function cueBefore(text: string, start: number): Tense {
  const left = text.slice(Math.max(0, start - 30), start).toLowerCase().match(WORD) ?? []
  let k = left.length - 1
  if (left[k] === 'on') k--
  const word = left[k]
  if (word === undefined) return null
  if (PAST_BEFORE.has(word)) return 'past'
  if (FUTURE_BEFORE.has(word)) return 'future'
  return null
}
