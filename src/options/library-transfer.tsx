// Export, import and deleting all notes. Exports are downloaded from a Blob URL through an
// <a download> link, which stays on the page in case the browser did not start the download.
// An import file's size is checked before it is read; the report lists what was imported, the
// copies, what was already stored, and every rejected item with its reason.
import { useEffect, useRef, useState } from 'preact/hooks'
import { send } from '../platform/send.ts'
import { MAX_IMPORT_BYTES } from '../notes/import-notes.ts'
import { EXPORT_FILES, describeImport, exportFileName, sizeLabel, type ExportKind, type ImportReport } from './library-format.ts'

interface Download { kind: ExportKind; url: string; name: string }

export interface LibraryTransferProps {
  /** Notes stored now, for the delete-all confirmation. */
  total: number
  /** Called after an import or a delete-all changed what is stored. */
  onChanged(): void
}

async function exportText(kind: ExportKind): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (kind === 'memory') {
    const r = await send({ type: 'app/memory-export' })
    return r.ok ? { ok: true, text: JSON.stringify(r.value, null, 2) } : { ok: false, message: r.error.message }
  }
  const r = await send({ type: 'app/notes-export', format: kind })
  return r.ok ? { ok: true, text: r.value } : { ok: false, message: r.error.message }
}

export function LibraryTransfer({ total, onChanged }: LibraryTransferProps) {
  const [downloads, setDownloads] = useState<Download[]>([])
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false })
  const [report, setReport] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
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
    const r = await exportText(kind)
    setBusy(false)
    if (!r.ok) { setStatus({ text: `Export failed: ${r.message}`, error: true }); return }
    const url = URL.createObjectURL(new Blob([r.text], { type: EXPORT_FILES[kind].mime }))
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
    // Checked before reading: a huge file is never loaded into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ text: `${file.name} is ${sizeLabel(file.size)}, over the ${sizeLabel(MAX_IMPORT_BYTES)} limit; nothing was imported.`, error: true })
      input.value = ''
      return
    }
    setBusy(true)
    setStatus({ text: `Importing ${file.name}…`, error: false })
    let text: string
    try {
      text = await file.text()
    } catch (err) {
      setBusy(false)
      setStatus({ text: `${file.name} could not be read (${err instanceof Error ? err.message : String(err)}); nothing was imported.`, error: true })
      input.value = ''
      return
    }
    const r = await send({ type: 'app/notes-import', text })
    setBusy(false)
    input.value = '' // so the same file can be chosen again
    if (!r.ok) { setStatus({ text: `${file.name}: ${r.error.message}`, error: true }); return }
    const described = describeImport(r.value)
    setStatus({ text: `${file.name}: ${described.summary}`, error: described.problems.length > 0 && r.value.imported === 0 && r.value.copies === 0 })
    setReport(described)
    onChanged()
  }

  const deleteAll = async () => {
    setConfirming(false)
    const r = await send({ type: 'app/notes-clear' })
    if (!r.ok) { setStatus({ text: `Not deleted: ${r.error.message}`, error: true }); return }
    const kept = r.value.kept > 0 ? ` ${r.value.kept} unreadable ${r.value.kept === 1 ? 'item was' : 'items were'} kept untouched.` : ''
    setStatus({ text: `Deleted ${r.value.removed} ${r.value.removed === 1 ? 'note' : 'notes'}.${kept}`, error: false })
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
      {report && (report.problems.length > 0 || report.skipped.length > 0) && (
        <div class="library-report">
          {report.problems.length > 0 && (<>
            <h4>Not imported</h4>
            <ul data-report="rejected">{report.problems.map((p) => <li><span class="report-what">{p.what}</span>: {p.reason}</li>)}</ul>
          </>)}
          {report.skipped.length > 0 && (<>
            <h4>Already stored</h4>
            <ul data-report="skipped">{report.skipped.map((p) => <li><span class="report-what">{p.what}</span>: {p.reason}</li>)}</ul>
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
