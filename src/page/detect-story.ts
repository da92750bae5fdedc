// What the content script, the CLI and the evaluation run on a page: the cheap look first
// (quiet-reason.ts: not HTML, a home page, no text, or a page the page-type classifier calls a
// product page, a listing, a service page…), and findStory only where that look does not rule a
// story out. Most pages that are not stories are decided without findStory's scan.
import { findStory, type FindStoryOptions } from './find-story.ts'
import { quietReason } from './quiet-reason.ts'
import type { StoryResult } from './types.ts'

export function detectStory(doc: Document, opts: FindStoryOptions = {}): StoryResult {
  const reason = quietReason(doc, opts)
  return reason ? { ok: false, reason } : findStory(doc, opts)
}
