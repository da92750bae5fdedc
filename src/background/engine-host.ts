// Runs the engine in the background: the entity model is loaded once per worker lifetime (not
// once per tab) and results are cached by URL and text hash. The cache is only a cache: a
// restarted worker recomputes, it never depends on it.
import modelUrl from '../engine/model/entities.bin?url'
import { analyzeForReading, referenceDate } from '../engine/analyze.ts'
import { splitSentences, tokenize } from '../engine/tokenize.ts'
import { loadEntityModel, type EntityModel } from '../engine/entity-model.ts'
import { keepSure } from '../engine/mention-confidence.ts'
import type { StoryAnalysis } from '../messages.ts'
import type { StoryMeta } from '../page/types.ts'

/** Analyses kept per worker lifetime: enough for the tabs a reader has open. */
const CACHE_SIZE = 24

let model: Promise<EntityModel> | null = null
const cache = new Map<string, StoryAnalysis>()

function getModel(): Promise<EntityModel> {
  model ??= fetch(modelUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`model file: HTTP ${r.status}`)
      return r.arrayBuffer()
    })
    .then((buf) => loadEntityModel(new Uint8Array(buf)))
    .catch((err) => {
      model = null // try again on the next story
      throw err
    })
  return model
}

/**
 * Starts loading the model without waiting for it: page/story calls it first, so a worker that
 * just woke (or started) loads the model while it reads the reader's settings (issue 18).
 */
export function warmModel(): void {
  void getModel().catch(() => {})
}

export async function analyzeStory(url: string, story: StoryMeta, text: string): Promise<StoryAnalysis> {
  const key = `${url}\n${hashText(story.title ?? '')}\n${hashText(text)}\n${story.published}\n${story.lang}`
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit) // most recently used last
    return hit
  }
  const m = await getModel()
  const reference = referenceDate(story.published, story.modified, new Date())
  const opts = { published: reference.date, lang: story.lang, model: m }
  const tokens = tokenize(text) // once, for the entities and the popup's sentences
  // Only names the engine is sure of and dates a reader can place reach the reader: the page's
  // marks, its cards, the popup and the reading memory all start from here.
  const [title, body] = keepSure([analyzeForReading(story.title ?? '', opts), analyzeForReading(text, opts, tokens)])
  const result: StoryAnalysis = {
    title,
    body,
    sentences: splitSentences(text, tokens),
    reference,
  }
  cache.set(key, result)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return result
}

/** cyrb53: a fast 53-bit string hash, enough to tell two versions of a story's text apart. */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
