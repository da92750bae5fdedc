// What the popup and the options page tell the reader when storage was found full
// (src/background/storage-full.ts): what Gloss did about it, and what the reader can do.
import type { StorageFull } from '../memory/answers.ts'

export function storageFullMessage(mark: StorageFull): string {
  const count = mark.forgotten.toLocaleString('en')
  const did = mark.forgotten > 0
    ? `To keep your notes, Gloss forgot the ${count} ${mark.forgotten === 1 ? 'story' : 'stories'} you read longest ago from its reading memory.`
    : 'Gloss could not remember the last story you read.'
  const note = mark.noteFailed ? ' Your last note could not be saved: its text is still in the editor.' : ''
  return `Gloss’s storage is full (the disk, or the browser’s limit). ${did}${note} Free some disk space, or export your notes (Options) and delete those you no longer need.`
}
