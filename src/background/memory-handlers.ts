// Requests about the reading memory. Content scripts may report their own story as read and ask
// about their own tab's entities; everything else (lists, deletion, settings, export) answers
// only extension pages.
import { fail, ok } from '../protocol/messages.ts'
import type { HandlerTable } from '../protocol/handler.ts'
import { getTabState } from './tab-state.ts'
import { getMemory, memoryFor, recordRead, remembered } from './memory-host.ts'

type MemoryTypes = 'page/read' | 'page/memory' | 'app/memory-lookup' | 'app/memory-list' | 'app/memory-top' |
  'app/memory-forget' | 'app/memory-forget-site' | 'app/memory-clear' | 'app/memory-settings' | 'app/memory-export'

export const memoryHandlers: Pick<HandlerTable, MemoryTypes> = {
  async 'page/read'(_msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/read comes from content scripts')
    return ok(await recordRead(await getTabState(from.tabId)))
  },
  async 'page/memory'(_msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/memory comes from content scripts')
    return ok(await memoryFor(await getTabState(from.tabId)))
  },
  async 'app/memory-lookup'(msg) {
    return ok(await memoryFor(await getTabState(msg.tabId)))
  },
  async 'app/memory-list'(msg) {
    const r = await (await getMemory()).listStories({ query: msg.query, limit: msg.limit, offset: msg.offset })
    return ok({ total: r.total, stories: r.stories.map(remembered) })
  },
  async 'app/memory-top'(msg) {
    const r = await (await getMemory()).topEntities({ query: msg.query, type: msg.entityType, limit: msg.limit })
    return ok(r.map((e) => ({ name: e.name, type: e.type, count: e.count, lastReadAt: e.lastReadAt })))
  },
  async 'app/memory-forget'(msg) {
    return ok(await (await getMemory()).forget(msg.key))
  },
  async 'app/memory-forget-site'(msg) {
    return ok(await (await getMemory()).forgetSite(msg.site))
  },
  async 'app/memory-clear'() {
    await (await getMemory()).clear()
    return ok(null)
  },
  async 'app/memory-settings'(msg) {
    const m = await getMemory()
    const s = msg.patch ? await m.updateSettings(msg.patch) : await m.getSettings()
    return ok({ paused: s.paused, excludedSites: s.excludedSites, retentionDays: s.retentionDays })
  },
  async 'app/memory-export'() {
    return ok(await (await getMemory()).export())
  },
}
