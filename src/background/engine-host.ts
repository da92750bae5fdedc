// Runs the engine in the background: the entity model is loaded once per worker lifetime (not
// once per tab) and results are cached by URL and text hash. The cache is only a cache: a
// restarted worker recomputes, it never depends on it.
import modelUrl from '../engine/model/entities.bin?url'
import { analyzeStory as analyze, type StoryAnalysis } from '../engine/story-analysis.ts'
import { loadEntityModel, type EntityModel } from '../engine/entity-model.ts'
import { hash53 } from '../store/hash.ts'
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
  const key = `${url}\n${hash53(story.title ?? '')}\n${hash53(text)}\n${story.published}\n${story.lang}`
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit) // most recently used last
    return hit
  }
  // Only names the engine is sure of and dates a reader can place reach the reader: the page's
  // marks, its cards, the popup and the reading memory all start from here.
  const result = analyze({ ...story, text }, { model: await getModel(), today: new Date(), forReading: true })
  cache.set(key, result)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return result
}
