// A simulated storage.sync shared by several machines, as the browsers' sync behaves from an
// extension's side: each machine reads and writes its own copy at once; its writes go up to the
// server later, in any order with other machines'; the server's values come down to every
// machine later, item by item, in any order, sometimes twice, sometimes not at all (a dropped
// change), until a reconnect brings the whole server copy down again.
import type { KeyValueStore } from '../../../../src/notes/index.ts'

interface Versioned { value: unknown; ver: number }
interface Upload { from: number; set: Record<string, unknown>; remove: string[] }
interface Download { to: number; key: string; value: unknown; ver: number }

export interface SimCounts { uploads: number; downloads: number; duplicated: number; dropped: number; reconnects: number; writeOps: number }

export function createSimArea(machines: number, onChange: (machine: number) => void) {
  const server = new Map<string, Versioned>()
  let ver = 0
  const copies = Array.from({ length: machines }, () => new Map<string, Versioned>())
  const uploads: Upload[] = []
  const downloads: Download[] = []
  const counts: SimCounts = { uploads: 0, downloads: 0, duplicated: 0, dropped: 0, reconnects: 0, writeOps: 0 }

  function client(m: number): KeyValueStore {
    const copy = copies[m]
    return {
      async get(keys) {
        const out: Record<string, unknown> = {}
        for (const k of keys ?? copy.keys()) { const e = copy.get(k); if (e && e.value !== undefined) out[k] = structuredClone(e.value) }
        return out
      },
      async set(items) {
        counts.writeOps += 1
        for (const [k, v] of Object.entries(items)) copy.set(k, { value: structuredClone(v), ver: copy.get(k)?.ver ?? 0 })
        uploads.push({ from: m, set: structuredClone(items), remove: [] })
        onChange(m)
      },
      async remove(keys) {
        counts.writeOps += 1
        for (const k of keys) copy.set(k, { value: undefined, ver: copy.get(k)?.ver ?? 0 })
        uploads.push({ from: m, set: {}, remove: [...keys] })
        onChange(m)
      },
    }
  }

  function applyDownload(d: Download) {
    const copy = copies[d.to]
    if ((copy.get(d.key)?.ver ?? 0) < d.ver || copy.get(d.key)?.ver === undefined) {
      copy.set(d.key, { value: structuredClone(d.value), ver: d.ver })
    }
    onChange(d.to)
  }

  return {
    client,
    counts,
    pending: () => uploads.length + downloads.length,
    /** The server takes one upload (a random one: machines' writes arrive in any order). */
    deliverUpload(pick: number) {
      if (!uploads.length) return false
      const [u] = uploads.splice(pick % uploads.length, 1)
      counts.uploads += 1
      const changed: Array<[string, unknown]> = [...Object.entries(u.set), ...u.remove.map((k): [string, unknown] => [k, undefined])]
      for (const [key, value] of changed) {
        ver += 1
        server.set(key, { value, ver })
        for (let to = 0; to < machines; to++) downloads.push({ to, key, value, ver })
      }
      return true
    },
    /** One item comes down to one machine: delivered, delivered twice, or dropped. */
    deliverDownload(pick: number, fate: 'deliver' | 'duplicate' | 'drop') {
      if (!downloads.length) return false
      const i = pick % downloads.length
      const d = downloads[i]
      if (fate === 'duplicate') { counts.duplicated += 1; applyDownload(d); return true }
      downloads.splice(i, 1)
      if (fate === 'drop') { counts.dropped += 1; return true }
      counts.downloads += 1
      applyDownload(d)
      return true
    },
    /** A reconnect: the machine's copy becomes the server's, and the machine is told. */
    reconnect(m: number) {
      counts.reconnects += 1
      copies[m].clear()
      for (const [k, v] of server) copies[m].set(k, structuredClone(v))
      for (let i = downloads.length - 1; i >= 0; i--) if (downloads[i].to === m) downloads.splice(i, 1)
      onChange(m)
    },
  }
}
