// Which elements are not story text: navigation, share bars, ads, related links, newsletters,
// comments, captions and credits. Decided from tag, role, class and id, like Readability's
// regular expressions, so the same rule serves the container search and the body walk.
import { newAttrs, readAttrs, type Attrs } from './element-attrs.ts'

/** Tags whose content is never story body. */
const NEGATIVE_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'menu', 'label', 'fieldset', 'legend'])

/** ARIA landmark roles that are not the story. */
const NEGATIVE_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alertdialog|toolbar|tablist|figure|img)$/i

/** Class and id words of boilerplate; matched as substrings, like Readability's. */
const NEGATIVE_WORDS = /related|recirc|recommend|outbrain|taboola|newsletter|subscri|signup|sign-up|promo|(?<!un)sponsor|advert|share(?!d)|sharing|social|comment(?!ary)|disqus|breadcrumb|sidebar|footer|masthead|navbar|menu|popup|modal|cookie|gdpr|paywall|byline|author|caption|credit|timestamp|tags|keywords|toolbar|pag(?:er|ination)(?![a-z])|widget|trending|most-?popular|read-?more|also-?read|more-?stories|more-?from|further-?reading|(?:^|[\s_-])ads?(?:$|[\s_-])|adslot|adunit|skip-?link|print-?only|sr-only|visually-?hidden|screen-?reader/i

/** Class and id words that mean the story itself: they save an element from a weak negative word. */
const POSITIVE_WORDS = /article|story|entry|post-?body|post-?content|main-?content|body-?text|text-?body|content-?body|articlebody|storybody/i

/** Negative words strong enough to win over a positive one ("related-stories", "article-share"). */
const STRONG_NEGATIVE = /related|recirc|recommend|outbrain|taboola|newsletter|share(?!d)|sharing|social|comment(?!ary)|disqus|promo|(?<!un)sponsor|advert|byline|caption|credit|breadcrumb|sr-only|visually-?hidden|screen-?reader|trending|most-?popular|read-?more|also-?read|more-?stories|further-?reading/i

/** How sure a boilerplate verdict is. */
export const Noise = {
  None: 0,
  /** A class or id word that layout wrappers also use ("sidebar", "widget"): void on a big subtree. */
  Weak: 1,
  /** A tag, role or word that only boilerplate uses. */
  Strong: 2,
} as const
export type Noise = (typeof Noise)[keyof typeof Noise]

/** Tags whose class names say nothing about them: the page's frame. */
const FRAME_TAGS = new Set(['html', 'body', 'main'])

/** How surely an element's subtree is boilerplate, not story text. */
export function noiseOf(el: Element, tag: string): Noise {
  return noiseByAttrs(tag, readAttrs(el, newAttrs()))
}

/** noiseOf, from attributes read already (element-attrs.ts). */
export function noiseByAttrs(tag: string, a: Attrs): Noise {
  if (NEGATIVE_TAGS.has(tag)) return Noise.Strong
  if (FRAME_TAGS.has(tag) || !a.any) return Noise.None
  if (a.role) {
    const r = a.role.trim()
    if (NEGATIVE_ROLES.test(r)) return Noise.Strong
    if (r === 'main' || r === 'article') return Noise.None
  }
  const cls = a.cls
  const id = a.id
  if (!cls && !id) return Noise.None
  const words = id ? (cls ?? '') + ' ' + id : cls!
  const kind = wordKind(words)
  if ((kind & NEGATIVE) === 0) return Noise.None
  if ((kind & STRONG) !== 0 && tag !== 'article') return Noise.Strong
  return (kind & POSITIVE) !== 0 ? Noise.None : Noise.Weak
}

/** What a class-and-id string holds: bits for negative, strong negative and positive words. */
const NEGATIVE = 1
const STRONG = 2
const POSITIVE = 4
/** Pages repeat the same class strings on many elements: their verdicts are kept, up to this many. */
const MAX_CACHED_WORDS = 4096
const wordCache = new Map<string, number>()

function wordKind(words: string): number {
  const hit = wordCache.get(words)
  if (hit !== undefined) return hit
  const kind = !NEGATIVE_WORDS.test(words) ? 0
    : NEGATIVE | (STRONG_NEGATIVE.test(words) ? STRONG : 0) | (POSITIVE_WORDS.test(words) ? POSITIVE : 0)
  if (wordCache.size >= MAX_CACHED_WORDS) wordCache.clear()
  wordCache.set(words, kind)
  return kind
}
