import { describe, expect, it } from 'vitest'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { countPages, pdfString, setPdfInfo } from '../../src/pdf/pdf-info.ts'
import { LecternError } from '../../src/core/errors.ts'
import { tinyPdf as onePagePdf } from '../helpers/tiny-pdf.ts'

/** A minimal one-page PDF with a classic cross-reference table, like Skia writes. */
function tinyPdf(): Uint8Array {
  return onePagePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>',
      '<< /Title (old) >>',
    ],
    { trailerKeys: ' /Info 4 0 R' },
  )
}

describe('setPdfInfo', () => {
  it('should set title, author, subject and keywords that a reader sees', async () => {
    const pdf = setPdfInfo(tinyPdf(), {
      title: 'Café – “AWS”',
      author: 'Vishnu Dileesh',
      subject: 'How it began',
      keywords: ['cloud', 'history'],
      creator: 'lectern',
    })
    const doc = await getDocument({ data: new Uint8Array(pdf) }).promise
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, string> }
    expect(info.Title).toBe('Café – “AWS”')
    expect(info.Author).toBe('Vishnu Dileesh')
    expect(info.Subject).toBe('How it began')
    expect(info.Keywords).toBe('cloud, history')
    expect(info.Creator).toBe('lectern')
    expect(doc.numPages).toBe(1)
    await doc.destroy()
  })

  it('should only append, leaving every byte of the original in place', () => {
    const original = tinyPdf()
    const updated = setPdfInfo(original, { title: 'New' })
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true)
    expect(Buffer.from(updated).toString('latin1')).toMatch(/\/Prev \d+/)
  })

  it('should refuse a PDF without a classic trailer', () => {
    expect(() => setPdfInfo(Buffer.from('%PDF-1.7\nnothing here'), { title: 'x' })).toThrow(LecternError)
  })
})

describe('pdfString', () => {
  it('should encode text as UTF-16BE with a byte-order mark', () => {
    expect(pdfString('A’')).toBe('<FEFF00412019>')
  })
})

describe('countPages', () => {
  it('should count page objects but not the page tree', () => {
    expect(countPages(tinyPdf())).toBe(1)
  })
})
