// A country's flag where the system has an emoji font that draws flags, else its ISO code ("IQ"):
// without such a font (Windows, many Linux systems) a flag emoji shows as two boxed letters.
// The popup measures once (src/popup/flags-drawn.ts); the decision is pure and tested here.

/** A flag drawn as one glyph is about one emoji wide; two regional letters side by side are about two. */
const ONE_GLYPH_MAX_RATIO = 1.5

/**
 * Whether this system draws flag emoji, from text widths: a flag ("🇺🇸") drawn as a flag is
 * narrower than 1.5 times one of its regional indicator letters ("🇺") drawn alone.
 */
export function drawsFlags(width: (text: string) => number): boolean {
  const letter = width('\u{1F1FA}'), flag = width('\u{1F1FA}\u{1F1F8}')
  return letter > 0 && flag > 0 && flag < ONE_GLYPH_MAX_RATIO * letter
}

/** What a place card shows for a country: its flag emoji, or its code where flags are not drawn. */
export function flagOrCode(code: string, emoji: string, flagsDrawn: boolean): { text: string; kind: 'flag' | 'code' } {
  return flagsDrawn && emoji ? { text: emoji, kind: 'flag' } : { text: code, kind: 'code' }
}
