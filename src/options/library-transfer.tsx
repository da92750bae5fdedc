// Export, import and deleting all notes. Exports are read page by page, assembled here and
// downloaded from a Blob URL through an <a download> link, which stays on the page in case the
// browser did not start the download. An import file is parsed here and sent in batches with
// progress; the report lists what was imported, the copies, what was already stored, and every
// rejected item with its reason. No size limit: whatever Gloss exports imports back.
import { useEffect, useRef, useState } from 'preact/hooks'
import { send } from '../platform/send.ts'
import { parseImport } from '../notes/import-notes.ts'
import { annotationJson, exportFileParts } from '../notes/web-annotation.ts'
import { exportMarkdown } from '../notes/markdown-export.ts'
import { EXPORT_FILES, count, describeImport, exportFileName, progressLabel, type ExportKind, type ImportReport } from './library-format.ts'
import { importInBatches, readAllNotes } from './notes-transfer.ts'

/** Items of each report list shown; the rest are counted ("and 11,900 more"). */
const REPORT_ITEMS_SHOWN = 100

interface Download { kind: ExportKind; url: string; name: string }

export interface LibraryTransferProps {
  /** Notes stored now, for the delete-all confirmation. */
  total: number
  /** Called after an import or a delete-all changed what is stored. */
  onChanged(): void
  /** Told when a long operation starts and ends, so the library holds its reloads until then. */
  onBusy?(busy: boolean): void
}

/** The export as Blob parts: the notes read page by page, the JSON-LD built item by item. */
async function exportParts(kind: ExportKind, onProgress: (done: number, total: number) => void):
Promise<{ ok: true; parts: string[] } | { ok: false; message: string }> {
  if (kind === 'memory') {
    const r = await send({ type: 'app/memory-export' })
    return r.ok ? { ok: true, parts: [JSON.stringify(r.value)] } : { ok: false, message: r.error.message }
  }
  const read = await readAllNotes(send, (p) => onProgress(p.done, p.total))
  if (!read.ok) return read
  const now = new Date().toISOString()
  if (kind === 'markdown') return { ok: true, parts: [exportMarkdown(read.notes, now)] }
  const { head, tail } = exportFileParts(read.notes.length, now)
  const parts = [head]
  read.notes.forEach((n, i) => parts.push(i === 0 ? annotationJson(n) : `,${annotationJson(n)}`))
  parts.push(tail)
  return { ok: true, parts }
}

export function LibraryTransfer({ total, onChanged, onBusy }: LibraryTransferProps) {
  const [downloads, setDownloads] = useState<Download[]>([])
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false })
  const [report, setReport] = useState<ImportReport | null>(null)
  const [busy, setBusyState] = useState(false)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const setBusy = (b: boolean) => { setBusyState(b); onBusy?.(b); if (!b) setProgress(null) }
  const [confirming, setConfirming] = useState(false)
  const fresh = useRef<string | null>(null)
  const confirmButton = useRef<HTMLButtonElement>(null)
  const deleteAllButton = useRef<HTMLButtonElement>(null)

  // Revoke every Blob URL when the page goes: they hold the whole export in memory.
  const urls = useRef<string[]>([])
  useEffect(() => () => { for (const u of urls.current) URL.revokeObjectURL(u) }, [])
  // Start the download of a newly made export by clicking its link once it is in the page.
  useEffect(() => {
    if (!fresh.current) return
    const link = document.querySelector<HTMLAnchorElement>(`a[data-download="${fresh.current}"]`)
    fresh.current = null
    link?.click()
  }, [downloads])
  // Focus follows the confirmation: onto its button, and back to "Delete all notes" after it.
  const returnFocus = useRef(false)
  useEffect(() => {
    if (confirming) { confirmButton.current?.focus(); returnFocus.current = true }
    else if (returnFocus.current) { returnFocus.current = false; deleteAllButton.current?.focus() }
  }, [confirming])

  const makeExport = async (kind: ExportKind) => {
    setBusy(true)
    setStatus({ text: `Exporting ${EXPORT_FILES[kind].label}…`, error: false })
    const r = await exportParts(kind, (done, all) => {
      setProgress({ done, total: all })
      setStatus({ text: progressLabel('Exporting', done, all), error: false })
    })
    setBusy(false)
    if (!r.ok) { setStatus({ text: `Export failed: ${r.message}`, error: true }); return }
    const url = URL.createObjectURL(new Blob(r.parts, { type: EXPORT_FILES[kind].mime }))
    urls.current.push(url)
    const name = exportFileName(kind, new Date())
    setDownloads((all) => {
      const old = all.find((d) => d.kind === kind)
      if (old) { URL.revokeObjectURL(old.url); urls.current = urls.current.filter((u) => u !== old.url) }
      return [...all.filter((d) => d.kind !== kind), { kind, url, name }]
    })
    fresh.current = kind
    setStatus({ text: `Exported ${EXPORT_FILES[kind].label} as ${name}.`, error: false })
  }

  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement
    const file = input.files?.[0]
    if (!file) return
    setReport(null)
    setBusy(true)
    setStatus({ text: `Reading ${file.name}…`, error: false })
    let text: string
    try {
      // File.text() holds the file once as a string (tens of MB are fine); the notes then go in batches.
      text = await file.text()
    } catch (err) {
      setBusy(false)
      setStatus({ text: `${file.name} could not be read (${err instanceof Error ? err.message : String(err)}); nothing was imported.`, error: true })
      input.value = ''
      return
    }
    const parsed = parseImport(text)
    input.value = '' // so the same file can be chosen again
    if (!parsed.ok) {
      setBusy(false)
      setStatus({ text: `${file.name}: ${parsed.error.message}`, error: true })
      return
    }
    const all = parsed.value.notes.length
    setProgress({ done: 0, total: all })
    setStatus({ text: progressLabel('Importing', 0, all), error: false })
    const run = await importInBatches(send, parsed.value, crypto.randomUUID(), (p) => {
      setProgress(p)
      setStatus({ text: progressLabel('Importing', p.done, p.total), error: false })
    })
    setBusy(false)
    const described = describeImport(run.report)
    if (run.stopped) {
      setStatus({ text: `${file.name}: the import stopped (${run.stopped}) Before it stopped: ${described.summary}`, error: true })
    } else {
      setStatus({ text: `${file.name}: ${described.summary}`, error: described.problems.length > 0 && run.report.imported === 0 && run.report.copies === 0 })
    }
    setReport(described)
    onChanged()
  }

  const deleteAll = async () => {
    setConfirming(false)
    setBusy(true)
    setStatus({ text: 'Deleting all notes…', error: false })
    const r = await send({ type: 'app/notes-clear' })
    setBusy(false)
    if (!r.ok) { setStatus({ text: `Not deleted: ${r.error.message}`, error: true }); return }
    const kept = r.value.kept > 0 ? ` ${r.value.kept} unreadable ${r.value.kept === 1 ? 'item was' : 'items were'} kept untouched.` : ''
    setStatus({ text: `Deleted ${count(r.value.removed)} ${r.value.removed === 1 ? 'note' : 'notes'}.${kept}`, error: false })
    setReport(null)
    onChanged()
  }

  return (
    <div class="library-transfer" aria-labelledby="library-transfer-title" role="group">
      <h3 id="library-transfer-title">Export and import</h3>
      <p class="library-warning">Uninstalling an extension deletes its storage, and with it your notes. Export them to keep
        them: the JSON-LD file (W3C Web Annotations) can be imported here again, Markdown is for reading.</p>
      <p class="library-actions">
        <button type="button" disabled={busy} onClick={() => makeExport('jsonld')} data-export="jsonld">Export notes (JSON-LD)</button>
        <button type="button" disabled={busy} onClick={() => makeExport('markdown')} data-export="markdown">Export notes (Markdown)</button>
        <button type="button" disabled={busy} onClick={() => makeExport('memory')} data-export="memory">Export reading memory (JSON)</button>
      </p>
      {downloads.length > 0 && (
        <ul class="library-downloads">
          {downloads.map((d) => (
            <li><a href={d.url} download={d.name} data-download={d.kind}>Save {d.name}</a> <span class="muted">({EXPORT_FILES[d.kind].label})</span></li>
          ))}
        </ul>
      )}
      <p>
        <label for="library-import">Import notes from a JSON-LD export </label>
        <input id="library-import" type="file" accept=".jsonld,.json,application/ld+json,application/json"
          disabled={busy} onChange={importFile} />
      </p>
      <p class="muted">Importing never changes a note already stored: a different note with the same id is kept as a copy.</p>
      <p role="status" class={status.error ? 'message error' : 'message'} data-transfer-status>{status.text}</p>
      {progress && progress.total > 0 && (
        <progress max={progress.total} value={progress.done} aria-label="Progress" data-transfer-progress />
      )}
      {report && (report.problems.length > 0 || report.skipped.length > 0) && (
        <div class="library-report">
          {report.problems.length > 0 && (<>
            <h4>Not imported</h4>
            <ReportList kind="rejected" items={report.problems} />
          </>)}
          {report.skipped.length > 0 && (<>
            <h4>Already stored</h4>
            <ReportList kind="skipped" items={report.skipped} />
          </>)}
        </div>
      )}
      <p class="library-actions">
        {confirming ? (
          <span role="group" aria-label="Confirm deleting all notes" class="library-confirm">
            <span>Delete all {total} {total === 1 ? 'note' : 'notes'}? This cannot be undone.</span>
            <button type="button" class="danger" ref={confirmButton} onClick={deleteAll} data-confirm-delete-all>Delete them all</button>
            <button type="button" onClick={() => setConfirming(false)}>Keep them</button>
          </span>
        ) : (
          <button type="button" class="danger" ref={deleteAllButton} disabled={busy || total === 0} onClick={() => setConfirming(true)}
            data-delete-all>Delete all notes</button>
        )}
      </p>
    </div>
  )
}

/** One list of a report: the first items, and how many more there are. */
function ReportList({ kind, items }: { kind: string; items: Array<{ what: string; reason: string }> }) {
  const more = items.length - REPORT_ITEMS_SHOWN
  return (<>
    <ul data-report={kind}>{items.slice(0, REPORT_ITEMS_SHOWN).map((p) => <li><span class="report-what">{p.what}</span>: {p.reason}</li>)}</ul>
    {more > 0 && <p class="muted" data-report-more={kind}>and {count(more)} more</p>}
  </>)
}
