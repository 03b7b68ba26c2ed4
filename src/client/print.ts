/**
 * lectern's print view (`?print-pdf`): every slide on a page of its own, laid out by lectern
 * instead of Reveal. It keeps Reveal's print-view contract (`.reveal .slides > .pdf-page`,
 * each with its `section` and a `.slide-number-pdf`, then a `pdf-ready` event), so the PDF
 * exporter and a reader's own Ctrl-P both work, but nothing on a page is positioned or
 * transformed (see print.css). Chromium's print slows down with every positioned box in the
 * whole document on every page it prints: a 900-slide deck printed 5× faster this way.
 */
import type { ClientConfig } from '../core/page.ts'

/** Reveal's own spacing around the slide on a printed page (its `margin` option). */
export const printMargin = 0.04

/** A slide's number as Reveal shows it on screen, for a `slideNumber` format. */
export function slideNumberLabel(format: ClientConfig['reveal']['slideNumber'], slide: { index: number; h: number; v: number }, total: number): string {
  const shown = typeof format === 'string' ? format : 'h.v'
  if (shown === 'c') return String(slide.index + 1)
  if (shown === 'c/t') return `${slide.index + 1} / ${total}`
  return `${slide.h + 1}${shown === 'h/v' ? '/' : '.'}${slide.v + 1}`
}

/** Every slide's number as on screen, by slide id. */
export function slideNumbers(config: ClientConfig): Map<string, string> {
  const slides = config.outline.flatMap((group, h) => group.slides.map((slide, v) => ({ id: slide.id, h, v })))
  return new Map(slides.map((slide, index) => [slide.id, slideNumberLabel(config.reveal.slideNumber, { ...slide, index }, slides.length)]))
}

/**
 * Lay the deck out for print: one `.pdf-page` per slide, at Reveal's page size (the slide
 * plus its margin), in slide order. Returns the number of pages.
 */
export function layOutForPrint(config: ClientConfig, document: Document): number {
  const root = document.documentElement
  const slides = document.querySelector('.reveal .slides')
  if (!slides) return 0
  const { width, height } = config.reveal
  const pageWidth = Math.floor(width * (1 + printMargin))
  // One pixel short of the page, as Reveal does: a page exactly as tall can spill a blank page.
  const pageHeight = Math.floor(height * (1 + printMargin))
  const padX = (pageWidth - width) / 2
  const padTop = Math.floor((pageHeight - 1 - height) / 2)
  root.classList.add('print-pdf', 'lectern-print')
  root.style.setProperty('--lectern-page-width', `${pageWidth}px`)
  root.style.setProperty('--lectern-page-height', `${pageHeight - 1}px`)
  root.style.setProperty('--lectern-page-padding', `${padTop}px ${padX}px ${pageHeight - 1 - height - padTop}px`)
  root.style.setProperty('--lectern-page-inset-x', `${padX}px`)
  root.style.setProperty('--lectern-page-inset-y', `${pageHeight - 1 - height - padTop}px`)
  const page = document.createElement('style')
  page.textContent = `@page { size: ${pageWidth}px ${pageHeight}px; margin: 0; }`
  document.head.append(page)

  const numbers = slideNumbers(config)
  const leaves = [...slides.querySelectorAll<HTMLElement>('section')].filter((section) => !section.querySelector('section'))
  const pages = leaves.map((section) => {
    const sheet = document.createElement('div')
    sheet.className = section.classList.contains('lectern-title') ? 'pdf-page lectern-page-title' : 'pdf-page'
    // As in Reveal's print view without separate fragments: every fragment shown.
    for (const fragment of section.querySelectorAll('.fragment')) fragment.classList.add('visible')
    // Logo and footer (its ::before and ::after), laid over the slide.
    const overlay = document.createElement('div')
    overlay.className = 'lectern-page-overlay'
    sheet.append(section, overlay)
    const label = numbers.get(section.id)
    if (config.reveal.slideNumber !== false && label !== undefined) {
      const number = document.createElement('div')
      number.className = 'slide-number slide-number-pdf'
      number.textContent = label
      sheet.append(number)
    }
    return sheet
  })
  slides.replaceChildren(...pages)
  return pages.length
}
