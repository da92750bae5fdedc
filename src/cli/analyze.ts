// `npm run --silent analyze -- [--text] [--published ISO] [--url URL] [--jsonl] FILE...`: each page
// (or text) through story detection and the engine, printed as the analyze contract of docs/architecture.md:
// a JSON array, or one line per file with --jsonl. A file that fails prints {"file","error"} in its
// place and the run goes on; the exit code is 1 when any file failed.
import { readFileSync } from 'node:fs'
import { analyzeContent, type AnalyzeFileOptions } from './analyze-file.ts'
import { loadDefaultModelNode } from './load-model.ts'

const USAGE = 'usage: npm run --silent analyze -- [--text] [--published ISO] [--url URL] [--jsonl] FILE...'

interface Args extends AnalyzeFileOptions {
  jsonl: boolean
  files: string[]
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { text: false, published: null, url: null, jsonl: false, files: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--text') args.text = true
    else if (a === '--jsonl') args.jsonl = true
    else if (a === '--published' || a === '--url') {
      const v = argv[++i]
      if (v === undefined) return `${a} needs a value`
      if (a === '--published') args.published = v
      else args.url = v
    } else if (a === '--help' || a === '-h') return ''
    else if (a === '--') continue
    else if (a.startsWith('--')) return `unknown option ${a}`
    else args.files.push(a)
  }
  return args.files.length > 0 ? args : 'no FILE given'
}

const parsed = parseArgs(process.argv.slice(2))
if (typeof parsed === 'string') {
  if (parsed) console.error(parsed)
  console.error(USAGE)
  process.exit(parsed ? 2 : 0)
}

let failed = false
const records: unknown[] = []
for (const file of parsed.files) {
  let record: unknown
  try {
    record = analyzeContent(file, readFileSync(file, 'utf8'), parsed, loadDefaultModelNode)
  } catch (err) {
    failed = true
    record = { file, error: err instanceof Error ? err.message : String(err) }
  }
  if (parsed.jsonl) process.stdout.write(JSON.stringify(record) + '\n')
  else records.push(record)
}
if (!parsed.jsonl) process.stdout.write(JSON.stringify(records, null, 2) + '\n')
if (failed) process.exitCode = 1
