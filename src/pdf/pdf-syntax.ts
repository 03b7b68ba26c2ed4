/*
 * PDF syntax as Chromium (Skia) writes it: one classic cross-reference table, no object
 * streams, dictionaries in plain text. Read by the join of a long deck's parts
 * (merge-pdfs.ts) and by the document information (pdf-info.ts); written by pdf-update.ts.
 */
import type { PdfObject } from './pdf-update.ts'

/** A PDF whose syntax is not what Chromium writes. */
export class PdfSyntaxError extends Error {}

/** How much of a PDF's end holds its last trailer and startxref. */
const tailLength = 4096

/** Bytes as text, one character per byte: offsets in the text are offsets in the file. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

/**
 * The last trailer dictionary of a PDF's text (or its end: see {@link tailLength}), and
 * where its cross-reference section starts; undefined when it does not end in one.
 */
export function lastTrailer(text: string): { trailer: string; xrefAt: number } | undefined {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)
  const trailerAt = startxref ? text.lastIndexOf('trailer', startxref.index) : -1
  if (!startxref || trailerAt < 0) return undefined
  return { trailer: text.slice(trailerAt, startxref.index), xrefAt: Number(startxref[1]) }
}

/** The end of a PDF as text, enough for {@link lastTrailer}. */
export function tailOf(pdf: Uint8Array): string {
  return latin1(pdf.subarray(Math.max(0, pdf.length - tailLength)))
}

/** A PDF as Chromium writes it, read lazily: an object is found by its cross-reference entry when asked for. */
export interface Pdf {
  size: number
  rootId: number
  /** Where its cross-reference table starts (an update's `/Prev`). */
  xrefAt: number
  trailerId?: string
  ids: number[]
  object(id: number): PdfObject
  /** The object's dictionary (`<<…>>`), without any stream. */
  dict(id: number): string
}

/**
 * Read a PDF with one classic cross-reference table and no object streams (what Chromium's
 * Skia writes); anything else throws {@link PdfSyntaxError}.
 */
export function readPdf(bytes: Uint8Array): Pdf {
  const text = latin1(bytes)
  const end = lastTrailer(text.slice(-tailLength))
  if (!end) throw new PdfSyntaxError('a printed PDF has no trailer and startxref at its end')
  const { xrefAt, trailer } = end
  const table = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(xrefAt, xrefAt + 64))
  if (!table) throw new PdfSyntaxError('a printed PDF has no classic cross-reference table starting at object 0')
  const size = Number(table[1])
  const entriesAt = xrefAt + table[0].length
  const offsets = new Map<number, number>()
  for (let id = 1; id < size; id++) {
    const entry = text.slice(entriesAt + id * 20, entriesAt + id * 20 + 18)
    if (entry.endsWith('n')) offsets.set(id, Number(entry.slice(0, 10)))
  }
  const rootId = Number(/\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1])
  if (!rootId || /\/Prev\b/.test(trailer)) throw new PdfSyntaxError('a printed PDF has an unexpected trailer')
  const sorted = [...offsets.values()].sort((a, b) => a - b)
  const endOf = new Map(sorted.map((offset, index) => [offset, sorted[index + 1] ?? xrefAt]))
  const span = (id: number): [number, number] => {
    const at = offsets.get(id)
    if (at === undefined) throw new PdfSyntaxError(`a printed PDF has no object ${id}`)
    const endobj = text.lastIndexOf('endobj', endOf.get(at)! - 'endobj'.length)
    if (endobj < at) throw new PdfSyntaxError(`a printed PDF's object ${id} has no endobj`)
    return [at, endobj + 'endobj'.length]
  }
  const object = (id: number): PdfObject => {
    const [at, end] = span(id)
    const body = text.slice(at, end)
    if (!body.includes('endstream')) return { head: `${body}\n` }
    const dictEnd = at + dictionarySpan(body)[1]
    const keyword = /\s*stream\r?\n/y
    keyword.lastIndex = dictEnd
    if (!keyword.test(text)) throw new PdfSyntaxError(`a printed PDF's object ${id} has a stream without a dictionary before it`)
    return { head: text.slice(at, keyword.lastIndex), stream: bytes.subarray(keyword.lastIndex, end) }
  }
  return {
    size,
    rootId,
    xrefAt,
    trailerId: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1],
    ids: [...offsets.keys()],
    object,
    dict: (id) => dictionaryOf(object(id).head),
  }
}

/** The `<<…>>` of an object, matching nested brackets and skipping strings. */
export function dictionaryOf(object: string): string {
  if (!object.includes('<<')) return ''
  const [start, end] = dictionarySpan(object)
  return object.slice(start, end)
}

/** Where an object's first dictionary starts and ends (after its `>>`). */
export function dictionarySpan(object: string): [number, number] {
  const start = object.indexOf('<<')
  let depth = 0
  for (let index = Math.max(start, 0); start >= 0 && index < object.length; index++) {
    const char = object[index]
    if (char === '(') index = skipString(object, index)
    else if (object.startsWith('<<', index)) {
      depth++
      index++
    } else if (object.startsWith('>>', index)) {
      depth--
      index++
      if (depth === 0) return [start, index + 1]
    }
  }
  throw new PdfSyntaxError('a printed PDF has an unterminated dictionary')
}

/** Index of the `)` closing the literal string that opens at `start`. */
export function skipString(text: string, start: number): number {
  let depth = 0
  for (let index = start; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') index++
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return index
  }
  return text.length
}

/** The object number of a dictionary's `/key N 0 R`, if it has one. */
export function refOf(dict: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict)
  return match ? Number(match[1]) : undefined
}
