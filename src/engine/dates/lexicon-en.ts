// English words the date grammar knows: months, weekdays, units, parts of day, seasons, number
// and ordinal words, holidays. Lower case, without trailing periods.

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
])

/** Month words that are also common English words: they need a date context to count. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'sep', 'dec'])

/** 0 = Monday … 6 = Sunday. Abbreviations only count with their period (see grammar). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 0], ['tuesday', 1], ['wednesday', 2], ['thursday', 3], ['friday', 4],
  ['saturday', 5], ['sunday', 6],
  ['mon', 0], ['tue', 1], ['tues', 1], ['wed', 2], ['thu', 3], ['thur', 3], ['thurs', 3],
  ['fri', 4], ['sat', 5], ['sun', 6],
])

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI'
export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
  ['overnight', 'NI'],
])

export type Unit =
  | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year'
  | 'decade' | 'century'

export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['minute', 'minute'], ['minutes', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'], ['day', 'day'], ['days', 'day'], ['week', 'week'],
  ['weeks', 'week'], ['weekend', 'weekend'], ['weekends', 'weekend'], ['month', 'month'],
  ['months', 'month'], ['quarter', 'quarter'], ['quarters', 'quarter'], ['year', 'year'],
  ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'],
  ['centuries', 'century'], ['fortnight', 'week'],
])

/** TimeML duration letters per unit; the time units sit after "T". */
export const UNIT_LETTER: Record<Unit, string> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', weekend: 'WE', month: 'M',
  quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE',
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI'
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
])

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12],
])

/** Quantities with no exact number: "several years" is P(X)Y. */
export const VAGUE_NUMBERS = new Set(['several', 'few', 'many', 'some', 'couple'])

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11],
  ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['thirtieth', 30],
])

/** Fixed-date holidays: month and day. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ['christmas', [12, 25]], ['christmas day', [12, 25]], ['christmas eve', [12, 24]],
  ['new year\'s day', [1, 1]], ['new year\'s eve', [12, 31]], ['halloween', [10, 31]],
  ['independence day', [7, 4]], ['valentine\'s day', [2, 14]], ['veterans day', [11, 11]],
  ['bastille day', [7, 14]], ['boxing day', [12, 26]],
])

/** Holidays on the n-th weekday of a month: month, weekday (0 = Monday), n (-1 = last). */
export const WEEKDAY_HOLIDAYS: ReadonlyMap<string, [number, number, number]> = new Map([
  ['thanksgiving', [11, 3, 4]], ['thanksgiving day', [11, 3, 4]], ['labor day', [9, 0, 1]],
  ['memorial day', [5, 0, -1]], ['martin luther king day', [1, 0, 3]],
  ['presidents day', [2, 0, 3]], ['mother\'s day', [5, 6, 2]], ['father\'s day', [6, 6, 3]],
])

/** Time zone abbreviations that may follow a clock time; they stay inside the extent. */
export const ZONES = new Set([
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest',
  'et', 'pt', 'ct', 'mt', 'jst', 'ist', 'aest',
])
