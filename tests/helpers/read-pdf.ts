import { readFile } from 'node:fs/promises'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface TextItem {
  str: string
  x: number
  y: number
}

/** A bookmark as the reader shows it, and the page it opens (counted from 0). */
export interface Bookmark {
  title: string
  page: number
  children: Bookmark[]
}

/** What a test asserts on: a real PDF, opened and read with pdf.js. */
export interface ReadPdf {
  pages: number
  /** Extracted text per page, in the order the PDF paints it, whitespace collapsed. */
  text: string[]
  /** Text pieces per page with their position (points from the bottom-left corner). */
  items: TextItem[][]
  outline: Bookmark[]
  info: Record<string, unknown>
  /** Page size in points, per page. */
  sizes: Array<{ width: number; height: number }>
  /** The catalog says the content is marked (tagged PDF) and a structure tree exists. */
  tagged: boolean
}

export async function readPdf(path: string): Promise<ReadPdf> {
  const data = new Uint8Array(await readFile(path))
  const raw = Buffer.from(data).toString('latin1')
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
  try {
    const text: string[] = []
    const items: TextItem[][] = []
    const sizes: ReadPdf['sizes'] = []
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      const [, , width, height] = page.view
      sizes.push({ width, height })
      const content = await page.getTextContent()
      const pieces = content.items.flatMap((item) =>
        'str' in item ? [{ str: item.str + (item.hasEOL ? ' ' : ''), x: item.transform[4], y: item.transform[5] }] : [],
      )
      items.push(pieces)
      text.push(normalise(pieces.map((piece) => piece.str).join('')))
    }
    const toBookmarks = (items: Array<{ title: string; dest: unknown[] | string | null; items: unknown[] }> | null): Promise<Bookmark[]> =>
      Promise.all(
        (items ?? []).map(async (item) => {
          const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest
          const page = dest ? await doc.getPageIndex(dest[0] as never) : -1
          return { title: item.title, page, children: await toBookmarks(item.items as never) }
        }),
      )
    const outline = await toBookmarks((await doc.getOutline()) as never)
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> }
    const markInfo = (await doc.getMarkInfo()) as { Marked?: boolean } | null
    return { pages: doc.numPages, text, items, outline, info, sizes, tagged: Boolean(markInfo?.Marked) && raw.includes('/StructTreeRoot') }
  } finally {
    await doc.destroy()
  }
}

/**
 * Collapse whitespace and undo soft hyphenation, so text compares across line wraps. The
 * fonts map ’ and ʼ to one glyph, so extraction may give back either. A line may wrap after
 * a dash or hyphen, so spaces around a dash and after a hyphen are dropped (apply to both sides of a comparison).
 */
export function normalise(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\u02bc/g, '’')
    .replace(/\s*—\s*/g, '—')
    .replace(/-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The whole document's text as a reader reads it: page by page, top to bottom, leaving out
 * everything lower than `footerAbove` points (the page footer), so a paragraph split by a
 * page break joins up again. With `columnAt` (points), the right-hand column (the notes in
 * a two-column handout) of every page follows the left-hand column of every page.
 */
export function readingText(pdf: ReadPdf, options: { footerAbove: number; columnAt?: number }): string {
  if (options.columnAt === undefined) return normalise(readingPages(pdf, options).join(' '))
  const at = options.columnAt
  const left = pdf.items.map((items) => items.filter((item) => item.x < at))
  const right = pdf.items.map((items) => items.filter((item) => item.x >= at))
  return normalise([...readingPages({ ...pdf, items: left }, options), ...readingPages({ ...pdf, items: right }, options)].join(' '))
}

/** {@link readingText}, page by page, one column. */
export function readingPages(pdf: ReadPdf, options: { footerAbove: number }): string[] {
  return pdf.items.map((items) =>
    normalise(
      items
        .filter((item) => item.y > options.footerAbove)
        .sort((a, b) => b.y - a.y || a.x - b.x)
        .map((item) => item.str)
        .join(''),
    ),
  )
}

/**
 * Each page's structure tree (tags) as pdf.js reads it, with object numbers left out: they
 * differ between PDFs with the same structure.
 */
export async function structureOf(path: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false }).promise
  try {
    const trees: string[] = []
    for (let number = 1; number <= doc.numPages; number++) {
      trees.push(JSON.stringify(await (await doc.getPage(number)).getStructTree()).replace(/"p?\d+R(_mc\d+)?"/g, '"$1"'))
    }
    return trees
  } finally {
    await doc.destroy()
  }
}

/** Each page's link annotations: the URLs they open. */
export async function linksOf(path: string): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false }).promise
  try {
    const links: string[][] = []
    for (let number = 1; number <= doc.numPages; number++) {
      const annotations = (await (await doc.getPage(number)).getAnnotations()) as Array<{ subtype: string; url?: string }>
      links.push(annotations.filter((annotation) => annotation.subtype === 'Link').map((annotation) => annotation.url ?? ''))
    }
    return links
  } finally {
    await doc.destroy()
  }
}
