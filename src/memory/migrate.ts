// Story records of any stored version to the current one, and the readable view of a record.
// A record that matches no version is corrupt: callers skip it (null), never throw.
import * as v from 'valibot'
import type { EntityType } from '../engine/types.ts'
import { StoryV1, StoryV2 } from './schema.ts'

export interface StoryView {
  key: string
  url: string
  title: string | null
  site: string | null
  published: string | null
  /** First read, epoch ms. */
  readAt: number
  entities: { name: string; type: EntityType }[]
}

/** Version 1 → 2: the same facts in the compact shape. */
export function migrateV1(s: StoryV1): StoryV2 {
  const out: StoryV2 = {
    v: 2,
    k: s.key,
    t: s.title,
    s: s.site,
    p: s.published,
    r: Date.parse(s.readAt),
    e: s.entities.filter((e) => e.name.trim() !== '').map((e) => `${e.type}:${e.name}`),
  }
  if (s.url !== defaultUrl(s.key)) out.u = s.url
  return out
}

/** A stored value as a current story record, or null when it is not one of any version. */
export function readStory(raw: unknown): StoryV2 | null {
  const version = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined
  if (version === 2) {
    const r = v.safeParse(StoryV2, raw)
    return r.success ? r.output : null
  }
  if (version === 1) {
    const r = v.safeParse(StoryV1, raw)
    return r.success ? migrateV1(r.output) : null
  }
  return null
}

export const defaultUrl = (key: string) => 'https://' + key

export function splitEntity(e: string): { name: string; type: EntityType } {
  const colon = e.indexOf(':')
  return { type: e.slice(0, colon) as EntityType, name: e.slice(colon + 1) }
}

export function viewStory(s: StoryV2): StoryView {
  return {
    key: s.k,
    url: s.u ?? defaultUrl(s.k),
    title: s.t,
    site: s.s,
    published: s.p,
    readAt: s.r,
    entities: s.e.map(splitEntity),
  }
}
