// Who sent a message: one of our extension pages (privileged), one of our content scripts (may
// ask only about its own tab), or anyone else (refused). Pages cannot message us at all (no
// externally_connectable), but a check here is the one place that decides it.
import { browser, extensionOrigin, type Runtime } from '../platform/browser.ts'
import type { SenderKind } from '../protocol/handler.ts'

export function classifySender(sender: Runtime.MessageSender): SenderKind {
  if (sender.id !== browser.runtime.id) return { kind: 'foreign' }
  const url = sender.url ?? ''
  // Extension pages: the popup and options, also when opened as a tab (then sender.tab is set).
  if (url.startsWith(extensionOrigin())) return { kind: 'app' }
  // A content script: only top frames run ours, and it speaks only for its own tab.
  if (sender.tab?.id !== undefined && sender.tab.id >= 0 && (sender.frameId ?? 0) === 0 && /^https?:/.test(url)) {
    return { kind: 'page', tabId: sender.tab.id, url }
  }
  return { kind: 'foreign' }
}
