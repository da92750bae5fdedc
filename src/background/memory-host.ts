// The reading memory in the background: one instance over storage.local per worker lifetime,
// made ready (a write a stopped worker left halfway is finished) and pruned before first use.
import { browser } from '../platform/browser.ts'
import { createReadingMemory, type ReadingMemory } from '../memory/reading-memory.ts'
import type { KeyValueStore } from '../store/key-value.ts'
import type { MemoryByEntity, RememberedStory, TabState } from '../protocol/messages.ts'
import type { StoryView } from '../memory/migrate.ts'
import { memoryFull } from './storage-full.ts'

/** Stories shown per entity on a card. */
const STORIES_PER_CARD = 5

let memory: Promise<ReadingMemory> | null = null

export function getMemory(): Promise<ReadingMemory> {
  memory ??= (async () => {
    const m = createReadingMemory(browser.storage.local as unknown as KeyValueStore)
    await m.ready()
    await m.prune().catch(() => 0)
    return m
  })().catch((err) => {
    memory = null
    throw err
  })
  return memory
}

export const remembered = (s: StoryView): RememberedStory =>
  ({ key: s.key, url: s.url, title: s.title, site: s.site, published: s.published, readAt: s.readAt })

/** The other stories each entity of an analysed tab appeared in. */
export async function memoryFor(state: TabState): Promise<MemoryByEntity> {
  if (state.status !== 'ready') return {}
  const unique = state.view.cards
  const m = await getMemory()
  const found = await m.lookupMany(unique.map((e) => ({ name: e.name, type: e.type })), { excludeKey: state.key, limit: STORIES_PER_CARD })
  const out: MemoryByEntity = {}
  unique.forEach((e, i) => {
    const r = found[i]
    if (r && r.total > 0) out[e.id] = { total: r.total, stories: r.stories.map(remembered) }
  })
  return out
}

/** Records the story of an analysed tab as read. */
export async function recordRead(state: TabState): Promise<{ recorded: boolean; reason?: string }> {
  if (state.status !== 'ready') return { recorded: false, reason: 'the tab has no analysed story' }
  if (!state.key) return { recorded: false, reason: 'the story has no usable URL' }
  const m = await getMemory()
  try {
    const r = await m.record({
      key: state.key, url: state.story.url ?? state.url, title: state.story.title, site: state.story.site,
      published: state.story.published,
      // One card per entity, headline and body mentions counted together.
      entities: state.view.cards.map((c) => ({ name: c.name, type: c.type, mentions: c.mentionCount })),
    })
    return r.ok ? { recorded: true } : { recorded: false, reason: r.reason }
  } catch (err) {
    // Storage full: not remembered, and room made for notes (storage-full.ts); else a real failure.
    if (await memoryFull(m, err)) return { recorded: false, reason: 'storage is full' }
    throw err
  }
}
