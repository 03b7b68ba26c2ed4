/** Paper sizes a handout can be printed on. */
export type Paper = 'a4' | 'letter'
/** Slides per handout page: 1 (slide above its notes), 2 (two, notes beneath), 3 (slide left, notes right). */
export type PerPage = 1 | 2 | 3

export interface HandoutLayout {
  paper: Paper
  perPage: PerPage
}

const paperSize: Record<Paper, { width: number; height: number; css: string }> = {
  a4: { width: 210, height: 297, css: 'A4' },
  letter: { width: 215.9, height: 279.4, css: 'letter' },
}

/** Page margins in millimetres: room at the bottom for the footer (title, page numbers). */
export const handoutMargins = { top: 14, right: 15, bottom: 18, left: 15 }

/** Fraction of the text width the slide picture takes, per layout. */
const pictureShare: Record<PerPage, number> = { 1: 1, 2: 0.62, 3: 0.45 }
/** Notes font size in points, per layout: smaller when more slides share a page. */
const notesSize: Record<PerPage, number> = { 1: 11, 2: 10, 3: 9.5 }

const pxPerMm = 96 / 25.4

/**
 * Width of a slide picture in CSS pixels, inside its 1px border: fixed, because the page
 * is laid out before it is printed.
 */
export function pictureWidth(layout: HandoutLayout): number {
  const text = paperSize[layout.paper].width - handoutMargins.left - handoutMargins.right
  return Math.floor(text * pxPerMm * pictureShare[layout.perPage]) - 2
}

/** The handout's print stylesheet. Pure. */
export function handoutCss(layout: HandoutLayout): string {
  const { css } = paperSize[layout.paper]
  const m = handoutMargins
  const columns = layout.perPage === 3
  return `
@page { size: ${css} portrait; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
html, body, .reveal-viewport { background: #fff !important; }
html body { width: auto !important; height: auto !important; }
html .reveal, html .reveal .slides { overflow: visible !important; }
.lectern-handout-item { display: ${columns ? 'grid' : 'block'}; margin: 0 0 7mm; }
${columns ? `.lectern-handout-item { grid-template-columns: ${pictureWidth(layout) + 2}px 1fr; column-gap: 5mm; align-items: start; }` : ''}
/* N slides per page: each group of N starts a page. Only ever a break before content, so never a blank page. */
.lectern-handout-item:nth-child(${layout.perPage}n + 1):not(:first-child) { break-before: page; }
.lectern-handout-frame {
  /* strict containment: nothing a slide draws outside its frame (Reveal's print view had
     fixed-position slide numbers) may widen the page and make Chromium shrink the handout. */
  position: relative; overflow: hidden; contain: strict; break-inside: avoid; break-after: avoid;
  border: 1px solid #c9ccd1; box-sizing: content-box; margin: 0 ${layout.perPage === 2 ? 'auto' : '0'} 4mm;
}
html .reveal .slides .lectern-handout-frame .pdf-page {
  position: absolute; left: 0; top: 0; transform-origin: 0 0; break-after: auto; page-break-after: auto;
}
.reveal .lectern-handout-notes {
  font-family: var(--r-main-font, system-ui, sans-serif); font-size: ${notesSize[layout.perPage]}pt; line-height: 1.45;
  color: #1f2328; text-align: left; font-weight: 400; font-style: normal; letter-spacing: normal; text-transform: none;
}
.reveal .lectern-handout-notes :is(p, ul, ol, blockquote, pre, table, figure) { margin: 0 0 0.65em; orphans: 2; widows: 2; }
.reveal .lectern-handout-notes :is(h1, h2, h3, h4, h5, h6) { font-size: 1.05em; margin: 0.8em 0 0.3em; color: inherit; font-family: inherit; break-after: avoid; }
.reveal .lectern-handout-notes :is(ul, ol) { padding-left: 1.4em; list-style: revert; }
.reveal .lectern-handout-notes li { margin: 0.15em 0; }
.reveal .lectern-handout-notes li::before { content: none; }
.reveal .lectern-handout-notes pre { font-size: 0.85em; white-space: pre-wrap; overflow: visible !important; max-height: none; }
.reveal .lectern-handout-notes img { max-width: 100%; height: auto; }
.reveal .lectern-handout-notes a { color: inherit; }
`
}

/**
 * Rebuild the deck's print view into a handout: each `.pdf-page` (a finished slide, in its
 * theme) goes into a frame scaled with a CSS transform, so it stays vector, followed by a
 * copy of its speaker notes as ordinary flowing text that may continue on the next page.
 * Reveal's own fixed page size is dropped for the handout's paper.
 */
export function handoutScript(layout: HandoutLayout): string {
  return `
(() => {
  const width = ${pictureWidth(layout)}
  const slides = document.querySelector('.reveal .slides')
  const pages = [...slides.querySelectorAll(':scope > .pdf-page')]
  if (pages.length === 0) return 0
  const pageWidth = pages[0].offsetWidth
  const pageHeight = pages[0].offsetHeight
  const scale = width / pageWidth
  const handout = document.createElement('div')
  handout.className = 'lectern-handout'
  for (const page of pages) {
    const item = document.createElement('div')
    item.className = 'lectern-handout-item'
    const frame = document.createElement('div')
    frame.className = 'lectern-handout-frame'
    frame.style.width = width + 'px'
    frame.style.height = Math.ceil(pageHeight * scale) + 'px'
    page.style.width = pageWidth + 'px'
    page.style.transform = 'scale(' + scale + ')'
    frame.append(page)
    item.append(frame)
    const notes = page.querySelector('section aside.notes')
    if (notes && notes.textContent.trim() !== '') {
      const text = document.createElement('div')
      text.className = 'lectern-handout-notes'
      text.innerHTML = notes.innerHTML
      item.append(text)
    }
    handout.append(item)
  }
  slides.append(handout)
  for (const style of document.querySelectorAll('style')) if (style.textContent.includes('@page')) style.remove()
  document.body.style.width = ''
  document.body.style.height = ''
  return pages.length
})()`
}
