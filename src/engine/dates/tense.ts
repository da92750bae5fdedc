// The direction a sentence's tense points, from the words around an expression: the nearest
// verb-like cue before it in its sentence ("will", "said", "-ed"), else the first one after it.
// A cheap stand-in for part-of-speech tags (HeidelTime's rule, on words instead of tags).

/** "perfect" is the present perfect ("has extended"): past, but of a state that still holds. */
export type Tense = 'past' | 'perfect' | 'future' | 'present' | null

/** How far to look for a cue, in characters, on each side. */
const LEFT_CHARS = 160
const RIGHT_CHARS = 200

const FUTURE = new Set([
  'will', 'won\'t', 'wo', 'shall', '\'ll', 'would', 'expected', 'expects', 'scheduled',
  'planning', 'intends', 'upcoming', 'tomorrow', 'next',
])
/**
 * Present-tense verbs news uses for a scheduled event: "Arafat meets Albright Monday", "voters
 * go to the polls Sunday". Their past forms ("met", "went") are past cues.
 */
const SCHEDULE_VERBS = new Set([
  'meet', 'meets', 'convene', 'convenes', 'reconvene', 'reconvenes', 'resume', 'resumes', 'go',
  'goes', 'travels', 'arrive', 'arrives', 'depart', 'departs',
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
  // irregular past forms and participles ("was last seen", "had been")
  'been', 'seen', 'done', 'gone', 'known', 'given', 'taken', 'shown', 'flew', 'flown', 'fought',
  'caught', 'sought', 'felt', 'heard', 'meant', 'stood', 'fled', 'hid', 'hidden', 'broke',
  'broken', 'chose', 'chosen', 'drove', 'driven', 'fallen', 'risen', 'spoken', 'stole',
  'stolen', 'threw', 'thrown', 'tore', 'torn', 'written', 'begun', 'withdrew', 'withdrawn',
  'drawn', 'grown', 'beaten', 'forgot', 'forgotten', 'swore', 'sworn', 'shook', 'shaken',
  'won', 'sank', 'sat', 'slept', 'wore', 'overtook', 'undertook',
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

/** Participles that make "for <day>" a plan: "set for Thursday", "slated for March". */
const SCHEDULED = new Set(['set', 'scheduled', 'slated', 'planned', 'due', 'timed', 'penciled', 'pencilled'])

/** How many words back "as soon as" still governs the expression. */
const SOON_REACH = 5

/** Auxiliaries of the present perfect ("has extended"). */
const PERFECT_AUX = new Set(['has', 'have', "'ve"])

/** Words before a participle that leave the tense to the auxiliary before them ("will be paid"). */
const PASSIVE_AUX = new Set(['be', 'been', 'being', 'to'])

const WORD = /[a-z']+(?:-[a-z]+)*/g
const SENTENCE_END = /[.!?;:]["”’']?\s+(?=["“‘']?[A-Z])|\n/g

function cue(word: string): Tense | 'skip' {
  if (FUTURE.has(word) || SCHEDULE_VERBS.has(word)) return 'future'
  if (PAST.has(word)) return 'past'
  if (PRESENT.has(word)) return 'present'
  // "-ed" words are past forms, except the "un-" adjectives ("an unspecified date")
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word) && !word.startsWith('un')) return 'past'
  return 'skip'
}

/** Words whose period ends an abbreviation, not a sentence ("Roe vs. Wade", "Mr. Bush"). */
const ABBREVIATIONS = new Set([
  'vs', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'col', 'lt',
  'sgt', 'capt', 'prof', 'rev', 'corp', 'inc', 'co', 'ltd', 'no', 'ala', 'ariz', 'calif',
  'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn',
  'miss', 'mo', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis',
  'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
])

/** Counts the code units the tense cues read, for the test that proves the date pass linear. */
export interface Work { steps: number }

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length))

/** A real sentence end at text[i] (a period after an abbreviation or an initial is not one). */
function endsSentence(text: string, i: number, work?: Work): boolean {
  if (text.charCodeAt(i) !== 46) return true
  // Only as far back as the longest abbreviation: a longer word ends its sentence, and reading a
  // long run of letters (a hash, a blob) again for every date within reach was quadratic.
  let j = i
  while (j > 0 && i - j <= LONGEST_ABBREVIATION && /[A-Za-z]/.test(text[j - 1])) j--
  if (work) work.steps += i - j
  if (i - j > LONGEST_ABBREVIATION) return true
  const word = text.slice(j, i)
  if (word.length === 1) return false // "U.S. Steel", "J. Smith"
  // capitalised, as titles and states are ("Wash.", not the "wash." that ends a sentence)
  return !(ABBREVIATIONS.has(word.toLowerCase()) && (word === 'vs' || /[A-Z]/.test(word[0])))
}

function clauseLeft(text: string, start: number, work?: Work): string {
  const from = Math.max(0, start - LEFT_CHARS)
  const left = text.slice(from, start)
  if (work) work.steps += left.length
  let cut = 0
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(left); m; m = SENTENCE_END.exec(left)) {
    if (endsSentence(text, from + m.index, work)) cut = m.index + m[0].length
  }
  return left.slice(cut)
}

function clauseRight(text: string, end: number, work?: Work): string {
  const right = text.slice(end, Math.min(text.length, end + RIGHT_CHARS))
  if (work) work.steps += right.length
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(right); m; m = SENTENCE_END.exec(right)) {
    if (endsSentence(text, end + m.index, work)) return right.slice(0, m.index)
  }
  return right
}

/**
 * A plan ("due to", "scheduled to") points forward, unless a past perfect puts the plan itself
 * in the past: "it had been due to expire Friday" means the Friday gone.
 */
function planTense(words: string[], k: number): Tense {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (words[j] === 'had' || words[j] === 'previously') return 'past'
  return 'future'
}

/** The tense around text[start, end): past, future, present, or null when no cue is found. */
export function tenseAround(text: string, start: number, end: number, work?: Work): Tense {
  const left = clauseLeft(text, start, work).toLowerCase().match(WORD) ?? []
  // "as soon as Tuesday", "as early as next week"
  const n = left.length
  if (n >= 2 && left[n - 1] === 'as' && (left[n - 2] === 'soon' || left[n - 2] === 'early')) return 'future'
  // "set for Thursday", "scheduled for next week": a plan points forward
  if (n >= 2 && left[n - 1] === 'for' && SCHEDULED.has(left[n - 2])) return planTense(left, n - 2)
  // "ahead of the weekend", "in advance of Tuesday's vote": what comes after the news
  if (n >= 2 && left[n - 1] === 'of' && (left[n - 2] === 'ahead' || left[n - 2] === 'advance')) return 'future'
  // "as soon as trading opened Monday": the event waits on the day, whatever the verb's form
  for (let k = Math.max(1, n - SOON_REACH); k < n - 1; k++) if (left[k] === 'soon' && left[k + 1] === 'as' && left[k - 1] === 'as') return 'future'
  // "has until Tuesday to respond" points forward; a clause that opens with it ("Until
  // Thursday, they had not called") takes the tense of the verb after
  if (n >= 1 && left[n - 1] === 'until') return n === 1 && verbTense(text, [], end, work) === 'past' ? 'past' : 'future'
  return verbTense(text, left, end, work)
}

/** The nearest verb cue in `left` (words before the expression), else the first after `end`. */
function verbTense(text: string, left: string[], end: number, work?: Work): Tense {
  for (let k = left.length - 1; k >= 0; k--) {
    if (left[k] === 'to' && k > 0 && FUTURE_BEFORE_TO.has(left[k - 1])) return planTense(left, k - 1)
    const c = cue(left[k])
    if (c === 'skip') continue
    // a participle after "be"/"been"/"being": the auxiliary before it decides ("will be closed")
    if (c === 'past' && k > 0 && PASSIVE_AUX.has(left[k - 1]) && left[k] !== 'been') continue
    if (SCHEDULE_VERBS.has(left[k]) && k > 0 && left[k - 1] === 'to') continue // "to meet demand"
    if (c === 'past' && k > 0 && PERFECT_AUX.has(left[k - 1])) return 'perfect'
    return c
  }
  const right = clauseRight(text, end, work).toLowerCase().match(WORD) ?? []
  for (let k = 0; k < right.length; k++) {
    const word = right[k]
    if (word === 'to' && k > 0 && FUTURE_BEFORE_TO.has(right[k - 1])) return planTense(right, k - 1)
    if (SCHEDULE_VERBS.has(word) && k > 0 && right[k - 1] === 'to') continue
    const c = cue(word)
    if (c === 'past' && k > 0 && PERFECT_AUX.has(right[k - 1])) return 'perfect'
    if (c !== 'skip') return c
  }
  return null
}

/** Words right before a day-precise date that say which side of the story it lies on. */
const PAST_BEFORE = new Set(['ended', 'since', 'ago', 'was', 'were', 'died', 'occurred', 'began', 'started'])
const FUTURE_BEFORE = new Set(['effective', 'until', 'payable', 'expires', 'expire', 'due', 'begins'])
/** Deadlines that point forward for a month ("by February", "through January"), not for a day. */
const FUTURE_BEFORE_MONTH = new Set(['by', 'through', 'till'])

/**
 * The direction the word just before text[start] gives (skipping "on"), or null; `month` adds
 * the deadline words that only a month takes forward.
 */
export function cueBefore(text: string, start: number, month = false): Tense {
  const left = text.slice(Math.max(0, start - 30), start).toLowerCase().match(WORD) ?? []
  let k = left.length - 1
  if (left[k] === 'on') k--
  const word = left[k]
  if (word === undefined) return null
  if (PAST_BEFORE.has(word)) return 'past'
  if (FUTURE_BEFORE.has(word) || (month && FUTURE_BEFORE_MONTH.has(word))) return 'future'
  return null
}
