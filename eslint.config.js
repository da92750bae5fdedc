// Lint: typescript-eslint's recommended rules, plus the house rules that keep Gloss safe
// (no eval, no HTML sinks) and the layers pure (no extension APIs outside the browser contexts).
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Extension code handles untrusted page and note text: no HTML sinks. (Node scripts may read
    // a parsed page's HTML for evaluation.)
    files: ['src/**'],
    rules: {
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Never build HTML from strings: page and note text are untrusted.' },
        { property: 'outerHTML', message: 'Never build HTML from strings.' },
        { property: 'insertAdjacentHTML', message: 'Never build HTML from strings.' }],
    },
  },
  {
    files: ['src/engine/**', 'src/page/**', 'src/notes/**', 'src/memory/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['webextension-polyfill', '**/platform/**', 'node:*', 'fs', 'path'], message: 'Pure layers use no browser extension or Node APIs.' }] }],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
)
