/* Incremental updates: what lectern adds to a PDF Chromium printed, without rewriting it. */

/**
 * An object as written: its text (`N 0 obj` and its dictionary, through `stream` and its end
 * of line when it has one, else through `endobj`), then the stream's bytes through `endobj`.
 * Streams stay bytes: megabytes of them, never decoded or copied into text.
 */
export interface PdfObject {
  head: string
  stream?: Uint8Array
}

/**
 * `base` with `objects` appended as an incremental update: the objects, a cross-reference
 * section for them (a subsection per run of numbers) and a trailer pointing back at `base`'s
 * (`prev`, where its cross-reference section starts). Nothing in `base` is read or rewritten. Pure.
 */
export function appendUpdate(
  base: Uint8Array,
  objects: Map<number, PdfObject>,
  trailer: { size: number; root: string; prev: number; id?: string; info?: number },
): Uint8Array {
  const separator = base[base.length - 1] === 0x0a ? '' : '\n'
  const chunks: Uint8Array[] = [base, Buffer.from(separator, 'latin1')]
  let offset = base.length + separator.length
  const ids = [...objects.keys()].sort((a, b) => a - b)
  const offsets: number[] = []
  // Thousands of small dictionaries between the streams: converted to bytes a run at a time.
  let text: string[] = []
  const flush = () => {
    chunks.push(Buffer.from(text.join(''), 'latin1'))
    text = []
  }
  for (const id of ids) {
    const body = objects.get(id)!
    offsets.push(offset)
    text.push(body.head)
    offset += body.head.length
    if (body.stream) {
      flush()
      chunks.push(body.stream)
      text.push('\n')
      offset += body.stream.length + 1
    }
  }
  flush()
  const xref = ['xref']
  for (let start = 0; start < ids.length; ) {
    let end = start
    while (end + 1 < ids.length && ids[end + 1] === ids[end] + 1) end++
    xref.push(`${ids[start]} ${end - start + 1}`)
    for (let index = start; index <= end; index++) xref.push(`${String(offsets[index]).padStart(10, '0')} 00000 n `)
    start = end + 1
  }
  const { size, root, prev, id, info } = trailer
  const keys = `/Size ${size} /Root ${root}${info === undefined ? '' : ` /Info ${info} 0 R`} /Prev ${prev}${id ? ` /ID ${id}` : ''}`
  chunks.push(Buffer.from(`${xref.join('\n')}\ntrailer\n<<${keys}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'))
  return Buffer.concat(chunks)
}
