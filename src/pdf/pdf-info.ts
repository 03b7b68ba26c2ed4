import { LecternError } from '../core/errors.ts'
import { appendUpdate } from './pdf-update.ts'
import { lastTrailer, latin1, tailOf } from './pdf-syntax.ts'

/** The document information a PDF reader shows (File › Properties). */
export interface PdfInfo {
  title?: string
  author?: string
  subject?: string
  keywords?: string[]
  creator?: string
  producer?: string
  /** Defaults to now. */
  date?: Date
}

/**
 * Set a PDF's document information by appending an incremental update (a new Info
 * dictionary, a one-entry cross-reference section and a trailer pointing back at the old
 * one). Nothing Chromium wrote is parsed or rewritten, so the structure tree (tags), the
 * outline and the page content stay byte for byte as they were, and an 800-page PDF
 * costs no more than a 1-page one. Pure.
 */
export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const end = lastTrailer(tailOf(pdf))
  if (!end) {
    // Chromium (Skia) writes a classic cross-reference table; anything else is a surprise.
    throw new LecternError('the browser wrote a PDF lectern cannot add metadata to (no classic trailer)')
  }
  const { trailer, xrefAt } = end
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1])
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1]
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1]
  if (!size || !root) throw new LecternError('the browser wrote a PDF without a /Size or /Root in its trailer')

  const date = pdfDate(info.date ?? new Date())
  const entries: Array<[string, string | undefined]> = [
    ['Title', info.title],
    ['Author', info.author],
    ['Subject', info.subject],
    ['Keywords', info.keywords?.length ? info.keywords.join(', ') : undefined],
    ['Creator', info.creator],
    ['Producer', info.producer],
  ]
  const fields = entries.filter(([, value]) => value).map(([key, value]) => `/${key} ${pdfString(value!)}`)
  const body = `${size} 0 obj\n<< ${[...fields, `/CreationDate (${date})`, `/ModDate (${date})`].join(' ')} >>\nendobj\n`
  return appendUpdate(pdf, new Map([[size, { head: body }]]), { size: size + 1, root, prev: xrefAt, id, info: size })
}

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded, so any script survives. */
export function pdfString(value: string): string {
  const bytes = Buffer.from(value, 'utf16le').swap16()
  return `<FEFF${bytes.toString('hex').toUpperCase()}>`
}

/** `D:YYYYMMDDHHmmSSZ`, the PDF date format, in UTC. */
function pdfDate(date: Date): string {
  const iso = date.toISOString()
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`
}

/** Number of page objects in a PDF Chromium wrote (its page dictionaries are never compressed). Pure. */
export function countPages(pdf: Uint8Array): number {
  return latin1(pdf).match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
}
