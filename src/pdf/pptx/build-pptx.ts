import PptxGenJS from 'pptxgenjs'
import { cssColour, over } from './css-colour.ts'
import { type BulletStyle, finishPptx } from './finish-pptx.ts'
import type { Box, DeckSnapshot, PictureData, SlideItem, TableCell, TextParagraph, TextRun } from './slide-snapshot.ts'

/** The document properties of the PowerPoint file. */
export interface PptxProperties {
  title: string
  author?: string
  subject?: string
  /** BCP 47 language of the text (`en`, `de-CH`). */
  lang?: string
}

/** CSS pixels per inch: PowerPoint measures in inches, the deck in CSS pixels (a 1280×720 deck is 13.33×7.5 in). */
const pixelsPerInch = 96

function inches(pixels: number): number {
  return Math.round((pixels / pixelsPerInch) * 10_000) / 10_000
}

/** English Metric Units, the unit of the file itself: 9 525 to the CSS pixel. */
function emu(pixels: number): number {
  return Math.round(pixels * 9525)
}

function points(pixels: number): number {
  return Math.round(pixels * 0.75 * 100) / 100
}

/**
 * Room added at a text box's open end: PowerPoint breaks lines by its own measure, and a
 * line that fits the deck exactly could wrap one word early there.
 */
function slack(box: Box, align: TextParagraph['align'], slideWidth: number): Box {
  // Never past the slide's edge, where a line would run off it instead of wrapping.
  const room = Math.max(
    0,
    align === 'center' ? 2 * Math.min(box.x, slideWidth - box.x - box.w) : align === 'right' ? box.x : slideWidth - box.x - box.w,
  )
  const extra = Math.min(room, Math.max(4, box.w * 0.04))
  if (align === 'center') return { ...box, x: box.x - extra / 2, w: box.w + extra }
  if (align === 'right') return { ...box, x: box.x - extra, w: box.w + extra }
  return { ...box, w: box.w + extra }
}

function runOptions(run: TextRun, lang: string | undefined): PptxGenJS.TextPropsOptions {
  const colour = cssColour(run.color)
  const options: PptxGenJS.TextPropsOptions = { fontFace: run.font, fontSize: points(run.size) }
  if (colour) {
    options.color = colour.color
    if (colour.transparency > 0) options.transparency = colour.transparency
  }
  if (lang) options.lang = lang
  if (run.bold) options.bold = true
  if (run.italic) options.italic = true
  if (run.underline) options.underline = { style: 'sng' }
  if (run.strike) options.strike = 'sngStrike'
  if (run.link) options.hyperlink = { url: run.link }
  const highlight = run.highlight ? cssColour(run.highlight) : undefined
  if (highlight) options.highlight = highlight.color
  if (run.baseline === 'super') options.superscript = true
  if (run.baseline === 'sub') options.subscript = true
  if (run.spacing) options.charSpacing = points(run.spacing)
  return options
}

/** One paragraph's runs, the paragraph's own settings on its first (pptxgenjs reads them there). */
function paragraphRuns(paragraph: TextParagraph, last: boolean, lang: string | undefined, bullets: BulletStyle[]): PptxGenJS.TextProps[] {
  const shared: PptxGenJS.TextPropsOptions = { align: paragraph.align ?? 'left' }
  if (paragraph.lineHeight) shared.lineSpacing = points(paragraph.lineHeight)
  if (paragraph.spaceAfter) shared.paraSpaceAfter = points(paragraph.spaceAfter)
  if (paragraph.rtl) shared.rtlMode = true
  if (paragraph.level) shared.indentLevel = paragraph.level
  // An empty line (in code) still needs a run, for its height.
  const runs = paragraph.runs.length > 0 ? paragraph.runs : [{ text: ' ', font: '', size: 0, color: '' }]
  const fallbackSize = paragraph.runs[0]?.size
  return runs.map((run, index) => {
    const options: PptxGenJS.TextPropsOptions = { ...shared, ...runOptions(run, lang) }
    if (!run.size && fallbackSize) options.fontSize = points(fallbackSize)
    if (index === 0 && paragraph.bullet) {
      const { bullet } = paragraph
      // pptxgenjs puts the text at indent × (level + 1) and the bullet at indent × level;
      // finishPptx then sets both where the deck has them.
      const indent = points(bullet.indent) / ((paragraph.level ?? 0) + 1)
      options.bullet =
        bullet.number === undefined
          ? { characterCode: (bullet.char ?? '•').codePointAt(0)!.toString(16).padStart(4, '0').slice(-4), indent }
          : { type: 'number', numberStartAt: bullet.number, indent }
      const colour = bullet.color ? cssColour(bullet.color) : undefined
      bullets.push({
        color: colour?.color,
        size: bullet.size,
        font: bullet.font,
        marL: emu(bullet.indent),
        hanging: emu(bullet.hanging ?? bullet.indent),
      })
    }
    if (index === runs.length - 1 && !last) options.breakLine = true
    return { text: run.text, options }
  })
}

function textRuns(paragraphs: TextParagraph[], lang: string | undefined, bullets: BulletStyle[]): PptxGenJS.TextProps[] {
  return paragraphs.flatMap((paragraph, index) => paragraphRuns(paragraph, index === paragraphs.length - 1, lang, bullets))
}

function fill(colour: string | undefined): PptxGenJS.ShapeFillProps | undefined {
  const parsed = colour ? cssColour(colour) : undefined
  if (!parsed) return undefined
  return parsed.transparency > 0 ? { color: parsed.color, transparency: parsed.transparency } : { color: parsed.color }
}

function tableCell(cell: TableCell, lang: string | undefined, bullets: BulletStyle[], background: string): PptxGenJS.TableCell {
  const behind = (cell.fill ? cssColour(cell.fill) : undefined)?.color ?? background
  const borders = cell.borders.map((border): PptxGenJS.BorderProps => {
    const colour = border ? cssColour(border.color) : undefined
    return border && colour ? { type: 'solid', pt: points(border.width), color: over(colour, behind) } : { type: 'none' }
  }) as [PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps]
  const options: PptxGenJS.TableCellProps = {
    // Inches (pptxgenjs reads a first value of 1 or more as points).
    margin: cell.padding.map((value) => Math.min(0.99, inches(value))) as [number, number, number, number],
    border: borders,
    valign: cell.valign ?? 'middle',
  }
  const cellFill = fill(cell.fill)
  if (cellFill) options.fill = cellFill
  if (cell.colspan) options.colspan = cell.colspan
  if (cell.rowspan) options.rowspan = cell.rowspan
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [{ runs: [] }]
  return { text: textRuns(paragraphs, lang, bullets), options }
}

/** How the page a slide was measured on (the slide and its margin) maps onto the PowerPoint slide. */
interface Fit {
  scale: number
  dx: number
  dy: number
}

function fitPage(deck: DeckSnapshot): Fit {
  const scale = Math.min(deck.width / deck.page.width, deck.height / deck.page.height)
  return { scale, dx: (deck.width - deck.page.width * scale) / 2, dy: (deck.height - deck.page.height * scale) / 2 }
}

function fitBox(box: Box, fit: Fit): Box {
  return { x: box.x * fit.scale + fit.dx, y: box.y * fit.scale + fit.dy, w: box.w * fit.scale, h: box.h * fit.scale }
}

function fitParagraph(paragraph: TextParagraph, scale: number): TextParagraph {
  const times = (value: number | undefined) => (value === undefined ? undefined : value * scale)
  return {
    ...paragraph,
    runs: paragraph.runs.map((run) => ({ ...run, size: run.size * scale, spacing: times(run.spacing) })),
    lineHeight: times(paragraph.lineHeight),
    spaceAfter: times(paragraph.spaceAfter),
    indent: times(paragraph.indent),
    bullet: paragraph.bullet
      ? { ...paragraph.bullet, indent: paragraph.bullet.indent * scale, hanging: times(paragraph.bullet.hanging) }
      : undefined,
  }
}

/** An item measured on the page, in the slide's pixels. */
export function fitItem(item: SlideItem, fit: Fit): SlideItem {
  const box = fitBox(item.box, fit)
  switch (item.kind) {
    case 'shape':
      return { ...item, box, radius: item.radius === undefined ? undefined : item.radius * fit.scale }
    case 'text':
      return { ...item, box, paragraphs: item.paragraphs.map((paragraph) => fitParagraph(paragraph, fit.scale)) }
    case 'table':
      return {
        ...item,
        box,
        columns: item.columns.map((width) => width * fit.scale),
        heights: item.heights.map((height) => height * fit.scale),
        rows: item.rows.map((row) =>
          row.map((cell) => ({
            ...cell,
            paragraphs: cell.paragraphs.map((paragraph) => fitParagraph(paragraph, fit.scale)),
            padding: cell.padding.map((value) => value * fit.scale) as TableCell['padding'],
            borders: cell.borders.map((border) =>
              border ? { ...border, width: border.width * fit.scale } : undefined,
            ) as TableCell['borders'],
          })),
        ),
      }
    case 'picture':
      return { ...item, box }
  }
}

/** Where pptxgenjs keeps a slide's pictures until it writes them (see `addPicture`). */
interface SlideMedia {
  _relsMedia?: Array<{ isSvgPng?: boolean; data?: string }>
}

/**
 * A picture, and for an SVG the PNG that PowerPoint shows where it cannot draw SVG: pptxgenjs
 * makes that PNG only in a browser (in Node it writes a placeholder), so the one captured from
 * the deck takes the placeholder's place.
 */
function addPicture(slide: PptxGenJS.Slide, box: Box, picture: PictureData, alt: string | undefined): void {
  const position = { x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) }
  const svg = picture.data.startsWith('image/svg+xml')
  if (svg && !picture.fallback) return
  slide.addImage({ data: picture.data, ...position, altText: alt })
  if (!svg) return
  const media = (slide as unknown as SlideMedia)._relsMedia
  const preview = media?.at(-2)
  if (preview?.isSvgPng === true) {
    preview.isSvgPng = false
    preview.data = picture.fallback
  } else {
    // Another pptxgenjs: not its SVG's preview to replace, so the PNG alone.
    media?.splice(-2)
    slide.addImage({ data: picture.fallback!, ...position, altText: alt })
  }
}

function addItem(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  item: SlideItem,
  picture: PictureData | undefined,
  lang: string | undefined,
  bullets: BulletStyle[],
  slideWidth: number,
  slideBackground: string,
): void {
  switch (item.kind) {
    case 'shape': {
      const colour = fill(item.fill)
      if (!colour || item.box.w <= 0 || item.box.h <= 0) return
      const position = { x: inches(item.box.x), y: inches(item.box.y), w: inches(item.box.w), h: inches(item.box.h) }
      const round = (item.radius ?? 0) > 0.5
      slide.addShape(round ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
        ...position,
        fill: colour,
        ...(round ? { rectRadius: inches(Math.min(item.radius!, item.box.w / 2, item.box.h / 2)) } : {}),
      })
      return
    }
    case 'text': {
      if (item.paragraphs.every((paragraph) => paragraph.runs.length === 0)) return
      const box = slack(item.box, item.paragraphs[0]?.align, slideWidth)
      slide.addText(textRuns(item.paragraphs, lang, bullets), {
        x: inches(box.x),
        y: inches(box.y),
        w: inches(box.w),
        h: inches(Math.max(box.h, 1)),
        margin: 0,
        valign: item.valign ?? 'top',
        // Text set in a font that runs wider than the theme's (the viewer lacks it) shrinks to its box.
        fit: 'shrink',
        wrap: true,
      })
      return
    }
    case 'table': {
      const rows = item.rows.map((row) => row.map((cell) => tableCell(cell, lang, bullets, slideBackground)))
      // Wider by what the slide has to spare, up to 15%: a cell's word set in a font
      // that runs wider breaks where it fitted in the deck.
      const width = item.columns.reduce((sum, column) => sum + column, 0)
      const widen = 1 + Math.max(0, Math.min(0.15, (slideWidth - item.box.x - width - 8) / width))
      slide.addTable(rows, {
        x: inches(item.box.x),
        y: inches(item.box.y),
        w: inches(width * widen),
        colW: item.columns.map((column) => inches(column * widen)),
        rowH: item.heights.map(inches),
        autoPage: false,
      })
      return
    }
    case 'picture':
      if (picture) addPicture(slide, item.box, picture, item.alt)
      return
  }
}

/**
 * The PowerPoint file of a deck as its print view laid it out: one slide per slide, text as
 * text in the theme's fonts and colours, tables as tables, pictures at their places, the
 * speaker notes in full. `pictures` holds each picture item's bytes (fetched or captured by
 * the caller); an item without is left out. Pure: no disk, no browser.
 */
export async function buildPptx(
  deck: DeckSnapshot,
  properties: PptxProperties,
  pictures: ReadonlyMap<SlideItem, PictureData>,
): Promise<Uint8Array> {
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'lectern', width: inches(deck.width), height: inches(deck.height) })
  pptx.layout = 'lectern'
  pptx.title = properties.title
  if (properties.author) pptx.author = properties.author
  if (properties.subject) pptx.subject = properties.subject
  pptx.company = ''
  const lang = properties.lang
  const fit = fitPage(deck)
  const bullets: BulletStyle[][] = []
  const notes: string[][] = []
  for (const snapshot of deck.slides) {
    const slide = pptx.addSlide()
    const background = cssColour(snapshot.background)
    if (background) slide.background = { color: background.color }
    const slideBullets: BulletStyle[] = []
    for (const item of snapshot.items)
      addItem(pptx, slide, fitItem(item, fit), pictures.get(item), lang, slideBullets, deck.width, background?.color ?? 'FFFFFF')
    bullets.push(slideBullets)
    // Each paragraph of the notes is a paragraph of the notes page (see finishPptx).
    if (snapshot.notes.length > 0) slide.addNotes(snapshot.notes.join('\n'))
    notes.push(snapshot.notes)
  }
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array
  return finishPptx(written, { bullets, notes })
}
