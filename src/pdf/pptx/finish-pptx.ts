import { strFromU8, strToU8, unzipSync, type ZipOptions, zipSync } from 'fflate'

/** How a bullet looks beside its text: a theme's bullets are often in the accent colour, larger, in a font of their own. */
export interface BulletStyle {
  /** Six hex digits. */
  color?: string
  /** Relative to the text's size. */
  size?: number
  font?: string
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

/** Give each bullet of a slide its colour, size and font, in the order they appear. */
export function styleBullets(xml: string, bullets: BulletStyle[]): string {
  let index = 0
  return xml.replace(
    /<a:buSzPct val="100000"\/>(<a:buFont typeface="\+mj-lt"\/>)?(<a:bu(?:Char|AutoNum)\b)/g,
    (whole, _font, kind: string) => {
      const style = bullets[index++]
      if (!style) return whole
      const colour = style.color ? `<a:buClr><a:srgbClr val="${style.color}"/></a:buClr>` : ''
      const size = Math.round(Math.min(4, Math.max(0.25, style.size ?? 1)) * 100_000)
      const font = style.font && kind === '<a:buChar' ? `<a:buFont typeface="${escapeXml(style.font)}"/>` : ''
      return `${colour}<a:buSzPct val="${size}"/>${font}${kind}`
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
 * The file pptxgenjs wrote, finished: paragraphs as the schema wants them, bullets styled, notes
 * in paragraphs, and compressed (pptxgenjs stores its parts uncompressed; pictures stay so).
 */
export function finishPptx(written: Uint8Array, finish: PptxFinish): Uint8Array {
  const parts = unzipSync(written)
  const out: Record<string, [Uint8Array, ZipOptions]> = {}
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
    out[name] = [content, { level: name.startsWith('ppt/media/') ? 0 : 6 }]
  }
  return zipSync(out)
}
