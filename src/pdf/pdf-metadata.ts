import type { ServedDeckMeta } from './served-deck.ts'
import type { PdfInfo } from './pdf-info.ts'

/** PDF document information from the deck's frontmatter: title, author, subject (description), keywords (tags). */
export function pdfInfoFor(meta: ServedDeckMeta, browserVersion: string): PdfInfo {
  return {
    title: meta.title,
    author: meta.author || undefined,
    subject: meta.description || undefined,
    keywords: meta.tags,
    creator: 'lectern',
    producer: `${browserVersion} (Skia/PDF)`,
  }
}
