/**
 * What the deck's print view shows on each slide, read from the laid-out page (see
 * read-slides.ts) and turned into PowerPoint by build-pptx.ts. Sizes are CSS pixels from the
 * top left corner of the slide's page (the slide and the margin around it, as on screen);
 * colours are CSS colours as the browser computed them.
 */

/** A rectangle on the slide, in CSS pixels. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A stretch of text in one style. */
export interface TextRun {
  text: string
  /** The first family of the computed `font-family`. */
  font: string
  /** Font size in CSS pixels (zoom included). */
  size: number
  color: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
  /** An http(s) or mailto link. */
  link?: string
  /** The background of inline code, as a highlight behind the run. */
  highlight?: string
  baseline?: 'super' | 'sub'
  /** Letter spacing in CSS pixels. */
  spacing?: number
}

/** A bullet or number before a paragraph. */
export interface Bullet {
  /** The bullet character; absent for a number. */
  char?: string
  /** The number of a numbered list's item. */
  number?: number
  color?: string
  /** The bullet's size relative to its text's. */
  size?: number
  /** The bullet's font family, when it is not its text's. */
  font?: string
  /** Where the text starts, from the text box's left edge (its right edge, right to left), in CSS pixels. */
  indent: number
  /** How far before the text the bullet starts, in CSS pixels; default `indent`. */
  hanging?: number
}

/** One paragraph of a text box. */
export interface TextParagraph {
  runs: TextRun[]
  align?: 'left' | 'center' | 'right' | 'justify'
  /** Line height in CSS pixels. */
  lineHeight?: number
  /** Space after the paragraph in CSS pixels. */
  spaceAfter?: number
  bullet?: Bullet
  /** Nesting depth of a list item, from 0. */
  level?: number
  /** Where the text starts, from the text box's left edge, in CSS pixels, for a paragraph without a bullet. */
  indent?: number
  rtl?: boolean
}

/** One side of a table cell's border. */
export interface CellBorder {
  width: number
  color: string
}

export interface TableCell {
  paragraphs: TextParagraph[]
  fill?: string
  colspan?: number
  rowspan?: number
  /** Padding in CSS pixels: top, right, bottom, left. */
  padding: [number, number, number, number]
  /** Borders: top, right, bottom, left; absent where there is none. */
  borders: [CellBorder?, CellBorder?, CellBorder?, CellBorder?]
  valign?: 'top' | 'middle' | 'bottom'
}

/** Where a picture comes from: the deck's own file, an inline SVG, or a capture of its place on the page. */
export type PictureSource = { url: string } | { svg: string } | { capture: true }

export type SlideItem =
  | { kind: 'shape'; box: Box; fill: string; radius?: number }
  /** `valign`: where the text sits in its box when the box is taller (a body the deck centres below its heading). */
  | { kind: 'text'; box: Box; paragraphs: TextParagraph[]; valign?: 'top' | 'middle' | 'bottom' }
  | { kind: 'table'; box: Box; columns: number[]; rows: TableCell[][]; heights: number[] }
  | { kind: 'picture'; box: Box; source: PictureSource; alt?: string }

/** One slide as printed: its background, what is on it in paint order, and its speaker notes. */
export interface SlideSnapshot {
  background: string
  /** Where the page's top left corner is in the document, for captures. */
  origin: { x: number; y: number }
  items: SlideItem[]
  /** Each paragraph of the speaker notes, as plain text. */
  notes: string[]
}

/** The whole deck as its print view lays it out. */
export interface DeckSnapshot {
  /** Slide size in CSS pixels (`aspectRatio`, 720 high). */
  width: number
  height: number
  /** The page each slide is measured on: the slide and its margin. */
  page: { width: number; height: number }
  slides: SlideSnapshot[]
}

/** A picture's bytes, fetched or captured: a data URL (`image/png;base64,…`), and a PNG for an SVG that older viewers show instead. */
export interface PictureData {
  data: string
  fallback?: string
}
