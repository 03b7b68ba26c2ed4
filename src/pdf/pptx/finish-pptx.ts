import { crc32, deflateRawSync } from 'node:zlib'
import { unzipSync, Zip, type ZipInputFile } from 'fflate'

// Node's own UTF-8 coding: fflate's, in JavaScript, takes seconds over a long deck's slides.
const decoder = new TextDecoder()
const encoder = new TextEncoder()
const strFromU8 = (data: Uint8Array) => decoder.decode(data)
const strToU8 = (text: string) => encoder.encode(text)

/** How a bullet looks beside its text: a theme's bullets are often in the accent colour, larger, in a font of their own. */
export interface BulletStyle {
  /** Six hex digits. */
  color?: string
  /** Relative to the text's size. */
  size?: number
  font?: string
  /** Where the text starts and how far before it the bullet does, in EMU. */
  marL?: number
  hanging?: number
}

/** What pptxgenjs cannot say, to be written into its file (per slide, in order). */
export interface PptxFinish {
  /** Each slide's bullets, in the order their paragraphs were added. */
  bullets: BulletStyle[][]
  /** Each slide's speaker notes, a paragraph each. */
  notes: string[][]
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

function escapeXml(text: string): string {
  // Control characters other than tab and line breaks are not allowed in XML at all.
  return text.replace(/[&<>"]/g, (char) => xmlEscapes[char]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
}

const paragraphProperties = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g

/**
 * pptxgenjs writes a paragraph's properties again before each of its runs; the schema allows
 * them only first in the paragraph, and PowerPoint offers to repair a file that breaks it
 * (gitbrent/PptxGenJS#1083). The first stays, the others go.
 */
export function keepFirstParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, inner: string) => {
    const lead = /^<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/.exec(inner)?.[0] ?? ''
    return `<a:p>${lead}${inner.slice(lead.length).replace(paragraphProperties, '')}</a:p>`
  })
}

/**
 * Number the shapes of a slide 1, 2, 3…: pptxgenjs numbers a table apart from the rest, and
 * two shapes with one number make PowerPoint repair the file. A picture without alternative
 * text gets none, instead of pptxgenjs's name for data it was given (`preencoded.png`).
 */
export function numberShapes(xml: string): string {
  let next = 1
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${next++}"`).replace(/ descr="preencoded\.\w+"/g, ' descr=""')
}

/** Give each bullet of a slide its colour, size, font and place, in the order they appear. */
export function styleBullets(xml: string, bullets: BulletStyle[]): string {
  let index = 0
  return xml.replace(
    /<a:pPr\b([^>]*)>((?:(?!<\/a:pPr>)[\s\S])*?)<a:buSzPct val="100000"\/>(<a:buFont typeface="\+mj-lt"\/>)?(<a:bu(?:Char|AutoNum)\b)/g,
    (whole, attributes: string, spacing: string, _font, kind: string) => {
      const style = bullets[index++]
      if (!style) return whole
      let placed = attributes
      if (style.marL !== undefined && style.hanging !== undefined) {
        placed = placed.replace(/ marL="-?\d+"/, ` marL="${style.marL}"`).replace(/ indent="-?\d+"/, ` indent="${-style.hanging}"`)
      }
      const colour = style.color ? `<a:buClr><a:srgbClr val="${style.color}"/></a:buClr>` : ''
      const size = Math.round(Math.min(4, Math.max(0.25, style.size ?? 1)) * 100_000)
      const font = style.font && kind === '<a:buChar' ? `<a:buFont typeface="${escapeXml(style.font)}"/>` : ''
      return `<a:pPr${placed}>${spacing}${colour}<a:buSzPct val="${size}"/>${font}${kind}`
    },
  )
}

/** The notes page's text as one paragraph per paragraph of the notes (pptxgenjs writes one run with line breaks). */
export function notesParagraphs(xml: string, paragraphs: string[]): string {
  if (paragraphs.length === 0) return xml
  const body = paragraphs.map((text) => `<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`).join('')
  return xml.replace(
    /(name="Notes Placeholder 2"[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/,
    (_, head: string, tail: string) => head + body + tail,
  )
}

/**
 * A zip of `parts`, in order, deflated by Node's zlib (fflate's own deflate, in JavaScript,
 * takes seconds over a long deck) and put together by fflate; pictures are stored as they are.
 */
function zipParts(parts: Array<{ name: string; data: Uint8Array; store: boolean }>): Uint8Array {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  for (const { name, data, store } of parts) {
    const file: ZipInputFile = { filename: name, size: data.length, crc: crc32(data), compression: store ? 0 : 8 }
    zip.add(file)
    file.ondata!(null, (store ? data : deflateRawSync(data, { level: 6 })) as Uint8Array<ArrayBuffer>, true)
  }
  zip.end()
  if (failure) throw failure
  return Buffer.concat(chunks)
}

/**
 * The file pptxgenjs wrote, finished: paragraphs as the schema wants them, bullets styled, notes
 * in paragraphs, and compressed (pptxgenjs stores its parts uncompressed; pictures stay so).
 */
export function finishPptx(written: Uint8Array, finish: PptxFinish): Uint8Array {
  const parts = unzipSync(written)
  const out: Array<{ name: string; data: Uint8Array; store: boolean }> = []
  for (const [name, data] of Object.entries(parts)) {
    if (name.endsWith('/')) continue
    const slide = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name)
    const notes = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/.exec(name)
    let content = data
    if (slide) {
      const index = Number(slide[1]) - 1
      content = strToU8(numberShapes(styleBullets(keepFirstParagraphProperties(strFromU8(data)), finish.bullets[index] ?? [])))
    } else if (notes) {
      content = strToU8(notesParagraphs(strFromU8(data), finish.notes[Number(notes[1]) - 1] ?? []))
    }
    out.push({ name, data: content, store: name.startsWith('ppt/media/') })
  }
  return zipParts(out)
}
