// When storage.local is full (the disk, or the browser's limit: src/memory/capacity.ts), notes
// come first: a note that does not fit makes the reading memory forget its oldest stories and is
// written again; a story that does not fit in the memory is not remembered. Either way the reader
// is told, in the popup and the options page, from a mark kept in storage.session (it survives a
// stopped worker, and is gone with the browser session).
import { browser } from '../platform/browser.ts'
import type { StorageFull } from '../protocol/messages.ts'
import { isStorageFull, ROOM_STORIES } from '../memory/capacity.ts'
import type { ReadingMemory } from '../memory/reading-memory.ts'

const KEY = 'storage-full'

/** A write's result, as the notes layer and the protocol both spell it. */
type WriteResult = { ok: true } | { ok: false; error: { code: string; message: string } }

async function mark(update: (was: StorageFull | null) => StorageFull): Promise<void> {
  const was = await storageFullMark()
  await browser.storage.session.set({ [KEY]: update(was) }).catch(() => {})
}

/** The last time storage was found full in this browser session, or null. */
export async function storageFullMark(): Promise<StorageFull | null> {
  const got = (await browser.storage.session.get(KEY).catch(() => ({}))) as Record<string, unknown>
  const m = got[KEY] as StorageFull | undefined
  return m && typeof m.at === 'number' ? m : null
}

/** A note's write, once more after the memory made room when storage was full. */
export async function withRoomForNote<R extends WriteResult>(memory: () => Promise<ReadingMemory>, write: () => Promise<R>): Promise<R> {
  const first = await write()
  if (first.ok || first.error.code !== 'storage' || !isStorageFull(first.error.message)) return first
  const forgotten = await memory().then((m) => m.forgetOldest(ROOM_STORIES)).catch(() => 0)
  const again = await write()
  await mark((was) => ({ at: Date.now(), forgotten: (was?.forgotten ?? 0) + forgotten, noteFailed: !again.ok }))
  return again
}

/** A memory write that found storage full: the story is not remembered, and some room is made so
 *  that notes still fit. */
export async function memoryFull(memory: ReadingMemory, err: unknown): Promise<boolean> {
  if (!isStorageFull(err instanceof Error ? err.message : String(err))) return false
  const forgotten = await memory.forgetOldest(ROOM_STORIES).catch(() => 0)
  await mark((was) => ({ at: Date.now(), forgotten: (was?.forgotten ?? 0) + forgotten, noteFailed: was?.noteFailed ?? false }))
  return true
}
