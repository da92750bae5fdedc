// Reads a TimeML (.tml) file: the text inside <TEXT> with tags dropped, the document creation
// time, and the TIMEX3 expressions with their offsets into that text.
import { readFileSync } from 'node:fs'

export interface GoldTimex {
  start: number
  end: number
  type: string
  value: string
  text: string
}

export interface TimemlDoc {
  id: string
  dct: string
  text: string
  timexes: GoldTimex[]
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? ''

export function readTimeml(path: string, id: string): TimemlDoc {
  const xml = readFileSync(path, 'utf8')
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml)
  const dct = dctTag ? attr(dctTag[1], 'value') : ''
  const open = xml.indexOf('<TEXT>')
  const close = xml.indexOf('</TEXT>')
  const body = xml.slice(open + 6, close)
  let text = ''
  const timexes: GoldTimex[] = []
  let open3: { start: number; type: string; value: string } | null = null
  const re = /<[^>]*>|[^<]+/g
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const tok = m[0]
    if (tok.startsWith('<TIMEX3')) {
      open3 = { start: text.length, type: attr(tok, 'type'), value: attr(tok, 'value') }
    } else if (tok.startsWith('</TIMEX3')) {
      if (open3) timexes.push({ ...open3, end: text.length, text: text.slice(open3.start) })
      open3 = null
    } else if (!tok.startsWith('<')) {
      text += decode(tok)
    }
  }
  return { id, dct, text, timexes }
}
