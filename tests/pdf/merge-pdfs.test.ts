import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { mergeChromiumPdfs, mergeParts } from '../../src/pdf/merge-pdfs.ts'
import { deckPartBodies, streamBody, tinyPdf } from '../helpers/tiny-pdf.ts'

/** A deck part with some objects' bodies replaced. */
function part(
  title: string,
  changes: Record<number, string> = {},
  options: Parameters<typeof tinyPdf>[1] & { inlineParentTree?: boolean } = {},
): Uint8Array {
  const bodies = deckPartBodies(title, options)
  for (const [id, body] of Object.entries(changes)) bodies[Number(id) - 1] = body
  return tinyPdf(bodies, options)
}

const text = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1')

describe('mergeChromiumPdfs', () => {
  it.each([false, true])(
    'should join parts into one PDF with every page, bookmark and tag (parent tree arrays inline: %s)',
    async (inlineParentTree) => {
      const first = part('One', {}, { inlineParentTree })
      const merged = mergeChromiumPdfs([first, part('Two', {}, { inlineParentTree }), part('Three', {}, { inlineParentTree })])!
      expect(merged).toBeDefined()
      // The first part's bytes stay as they were; the others follow as an update.
      expect(Buffer.from(merged.subarray(0, first.length)).equals(Buffer.from(first))).toBe(true)
      const doc = await getDocument({ data: new Uint8Array(merged) }).promise
      expect(doc.numPages).toBe(3)
      const outline = await doc.getOutline()
      expect(outline.map((item) => item.title)).toEqual(['One', 'Two', 'Three'])
      const pages = await Promise.all(
        [1, 2, 3].map(async (number) =>
          (await (await doc.getPage(number)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(''),
        ),
      )
      expect(pages).toEqual(['One', 'Two', 'Three'])
      // Each page's marked content is found through the joined parent tree.
      for (const number of [1, 2, 3]) {
        const tree = await (await doc.getPage(number)).getStructTree()
        expect(JSON.stringify(tree)).toMatch(/"role":"Document","children":\[\{"role":"P","children":\[\{"type":"content"/)
      }
      await doc.destroy()
    },
  )

  it('should give up, for the caller to print the deck whole, on a PDF it cannot join', () => {
    expect(mergeChromiumPdfs([part('One'), part('Two', { 1: '<</Type /Catalog /Pages 2 0 R /Names 12 0 R>>' })])).toBeUndefined()
  })
})

describe('mergeParts', () => {
  // Every reason the join gives up, each on the smallest PDF that has it.
  it.each<[string, () => Uint8Array[], RegExp]>([
    ['no parts', () => [], /no PDF to merge/],
    [
      'a page tree that is a stream where a dictionary is expected',
      () => [part('One', { 2: streamBody('', ' /Type /Pages /Count 1 /Kids [3 0 R]') }), part('Two')],
      /a stream where a dictionary was expected/,
    ],
    [
      'named destinations',
      () => [part('One'), part('Two', { 1: '<</Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /Outlines 8 0 R /Dests 12 0 R>>' })],
      /named destinations or forms/,
    ],
    [
      'a form',
      () => [part('One', { 1: '<</Type /Catalog /Pages 2 0 R /AcroForm <</Fields []>>>>' }), part('Two')],
      /named destinations or forms/,
    ],
    [
      'parts that differ in bookmarks',
      () => [part('One'), part('Two', { 1: '<</Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R>>' })],
      /differ in tags or bookmarks/,
    ],
    [
      'parts that differ in tags',
      () => [part('One', { 1: '<</Type /Catalog /Pages 2 0 R /Outlines 8 0 R>>' }), part('Two')],
      /differ in tags or bookmarks/,
    ],
    ['no page tree', () => [part('One', { 1: '<</Type /Catalog /StructTreeRoot 5 0 R /Outlines 8 0 R>>' }), part('Two')], /no page tree/],
    ['a nested parent tree', () => [part('One'), part('Two', { 7: '<</Kids [12 0 R]>>' })], /nested parent tree/],
    [
      'no startxref',
      () => [part('One'), Buffer.from(text(part('Two')).replace(/startxref[\s\S]*$/, ''), 'latin1')],
      /no trailer and startxref/,
    ],
    [
      'a cross-reference stream instead of a table',
      () => [part('One'), Buffer.from(text(part('Two')).replace(/startxref\n\d+/, 'startxref\n9'), 'latin1')],
      /no classic cross-reference table/,
    ],
    ['an update already appended', () => [part('One', {}, { trailerKeys: ' /Prev 9' }), part('Two')], /unexpected trailer/],
    [
      'a trailer without a root',
      () => [part('One'), Buffer.from(text(part('Two')).replace('/Root 1 0 R', ''), 'latin1')],
      /unexpected trailer/,
    ],
    [
      'a reference to an object that is not there',
      () => [part('One', { 1: '<</Type /Catalog /Pages 42 0 R /StructTreeRoot 5 0 R /Outlines 8 0 R>>' }), part('Two')],
      /no object 42/,
    ],
    [
      'an object without endobj',
      () => [
        part('One', {}, { raw: { 1: '1 0 obj\n<</Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /Outlines 8 0 R>>\n' } }),
        part('Two'),
      ],
      /object 1 has no endobj/,
    ],
    [
      'a stream without its dictionary right before it',
      () => [part('One'), part('Two', { 4: '<</Length 3>>\n% a comment\nstream\nabc\nendstream' })],
      /object 4 has a stream without a dictionary before it/,
    ],
    [
      'an unterminated dictionary',
      () => [part('One', { 1: '<</Type /Catalog /Pages 2 0 R /Outlines <</Count 0 >>' }), part('Two')],
      /unterminated dictionary/,
    ],
  ])('should refuse %s', (_, parts, reason) => {
    const pdfs = parts()
    expect(() => mergeParts(pdfs)).toThrow(reason)
    expect(mergeChromiumPdfs(pdfs)).toBeUndefined()
  })
})
