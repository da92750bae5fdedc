// The sync switch in the settings, what the sync area holds, and what sync sends where.
import type { Settings } from '../settings.ts'
import { useSyncStatus } from './use-sync-status.ts'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export function SyncSection({ settings, save }: { settings: Settings; save(patch: Partial<Settings>): Promise<void> }) {
  const status = useSyncStatus()
  const localOnly = status?.localOnly.length ?? 0
  return (
    <>
      <h2>Sync</h2>
      <label>
        <input type="checkbox" name="sync" checked={settings.sync} onChange={(e) => save({ sync: (e.target as HTMLInputElement).checked })} />
        {' '}Keep my notes and these settings the same on my other computers
      </label>
      <p class="muted">
        Through your browser’s own sync (Chrome Sync, Firefox Sync), and only if it syncs extension data; nothing leaves
        this machine any other way. Your reading memory stays on this machine.
      </p>
      {settings.sync && status && (
        <p data-sync-usage>
          The sync area holds {status.synced} {status.synced === 1 ? 'note' : 'notes'} in {kb(status.bytes)} of {kb(status.quota)}.
          {localOnly > 0 && ` It is full: your ${localOnly} oldest ${localOnly === 1 ? 'note is' : 'notes are'} kept on this machine only.`}
          {status.lastError && ` Last problem: ${status.lastError}`}
        </p>
      )}
    </>
  )
}
