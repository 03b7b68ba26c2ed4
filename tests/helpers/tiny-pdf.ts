/**
 * A small PDF laid out as Chromium (Skia) writes one: objects numbered from 1 (`bodies`,
 * each written `N 0 obj … endobj` unless `raw` gives an object's whole text), one classic
 * cross-reference table, a trailer with `/Size`, `/Root 1 0 R` and `trailerKeys`.
 */
export function tinyPdf(bodies: string[], options: { raw?: Record<number, string>; trailerKeys?: string } = {}): Uint8Array {
  let text = '%PDF-1.4\n'
  const offsets: number[] = []
  bodies.forEach((body, index) => {
    offsets.push(text.length)
    text += options.raw?.[index + 1] ?? `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = text.length
  text += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`
  text += `trailer\n<</Size ${bodies.length + 1} /Root 1 0 R${options.trailerKeys ?? ''}>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(text, 'latin1')
}

/** A stream object's body: its dictionary (with its /Length) and its bytes. */
export function streamBody(content: string, keys = ''): string {
  return `<</Length ${content.length}${keys}>>\nstream\n${content}\nendstream`
}

/**
 * The objects of a one-page part of a deck as Chromium prints it: tagged (a Document element
 * with one paragraph, a flat parent tree whose values are references to arrays, or with
 * `inlineParentTree` arrays written inline) and with one bookmark, titled `title`.
 */
export function deckPartBodies(title: string, { inlineParentTree = false } = {}): string[] {
  return [
    '<</Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /Outlines 8 0 R /MarkInfo <</Marked true>>>>',
    '<</Type /Pages /Count 1 /Kids [3 0 R]>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /StructParents 0 /Resources <</Font <</F1 10 0 R>>>>>>',
    streamBody(`/P <</MCID 0>> BDC BT /F1 12 Tf 10 50 Td (${title}) Tj ET EMC`),
    '<</Type /StructTreeRoot /K 6 0 R /ParentTree 7 0 R /ParentTreeNextKey 1>>',
    '<</Type /StructElem /S /Document /P 5 0 R /K [11 0 R]>>',
    inlineParentTree ? '<</Nums [0 [11 0 R]]>>' : '<</Type /ParentTree /Nums [0 12 0 R]>>',
    '<</Type /Outlines /First 9 0 R /Last 9 0 R /Count 1>>',
    `<</Title (${title}) /Parent 8 0 R /Dest [3 0 R /XYZ 0 100 0]>>`,
    '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>',
    '<</Type /StructElem /S /P /P 6 0 R /Pg 3 0 R /K 0>>',
    '[11 0 R]',
  ]
}
