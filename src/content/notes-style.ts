// Styles of the notes' own in-page UI (the note's card once the reader's pointer is on it, the
// editor's quote, the Undo toast), added to Gloss's shadow root after the shared ones in ui-host.ts.
export const NOTES_STYLE = `
.note-card.live { pointer-events: auto; }
.editor .quote { max-height: none; overflow: visible; }
.toast { top: auto; bottom: 16px; left: 50%; transform: translateX(-50%); display: flex; align-items: center; gap: 8px;
  max-width: min(420px, calc(100vw - 16px)); }
.toast-text { margin: 0; flex: 1 1 auto; }
.toast-close { border: 0; font-size: 16px; line-height: 1; padding: 2px 6px; }
`
