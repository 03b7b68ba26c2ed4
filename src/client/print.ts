/**
 * lectern's print view (`?print-pdf`): every slide on a page of its own, laid out by lectern
 * instead of Reveal. It keeps Reveal's print-view contract (`.reveal .slides > .pdf-page`,
 * each with its `section` and a `.slide-number-pdf`, then a `pdf-ready` event), so the PDF
 * exporter and a reader's own Ctrl-P both work, but nothing on a page is positioned or
 * transformed (see print.css). Chromium's print slows down with every positioned box in the
 * whole document on every page it prints (figures in docs/benchmarks.md).
 */
import type { ClientConfig, SlideRange } from '../core/page.ts'

/** A `slides=FROM-TO` parameter (the exporter prints a long deck in parts), if valid. */
export function parseSlideRange(value: string | null): SlideRange | undefined {
  const match = /^(\d+)-(\d+)$/.exec(value ?? '')
  if (!match) return undefined
  const [from, to] = [Number(match[1]), Number(match[2])]
  return from >= 1 && to >= from ? { from, to } : undefined
}

/** Reveal's own spacing around the slide on a printed page (its `margin` option). */
export const printMargin = 0.04

/** A slide's number as Reveal shows it on screen, for a `slideNumber` format. */
export function slideNumberLabel(
  format: ClientConfig['reveal']['slideNumber'],
  slide: { index: number; h: number; v: number },
  total: number,
): string {
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

/** A printed page's size in CSS pixels (the view's `@page` size). */
export interface PageSize {
  width: number
  height: number
}

/**
 * Lay the deck out for print: one `.pdf-page` per slide, at Reveal's page size (the slide
 * plus its margin), in slide order; returns that size. With `steps`, a slide with fragments
 * gets a page per step instead, as Reveal's `pdfSeparateFragments` does: first without its
 * fragments, then with one more group at each step. Otherwise every fragment shows and code
 * shows plain, without its line steps' emphasis. Without a `preview`, the pages are laid out
 * for print only (the exporter's case): on screen they stay hidden, which spares Chromium a
 * layout of every slide it would throw away.
 */
export function layOutForPrint(
  config: ClientConfig,
  document: Document,
  { preview = true, only, steps = false }: { preview?: boolean; only?: SlideRange; steps?: boolean } = {},
): PageSize | undefined {
  const root = document.documentElement
  const slides = document.querySelector('.reveal .slides')
  if (!slides) return undefined
  if (!preview) root.classList.add('lectern-print-only')
  const { width, height } = config.reveal
  const pageWidth = Math.floor(width * (1 + printMargin))
  // One pixel short of the page, as Reveal does: a page exactly as tall can spill a blank page.
  const pageHeight = Math.floor(height * (1 + printMargin))
  const padX = (pageWidth - width) / 2
  const padTop = Math.floor((pageHeight - 1 - height) / 2)
  const padBottom = pageHeight - 1 - height - padTop
  root.classList.add('print-pdf', 'lectern-print')
  root.style.setProperty('--lectern-page-width', `${pageWidth}px`)
  root.style.setProperty('--lectern-page-height', `${pageHeight - 1}px`)
  root.style.setProperty('--lectern-page-padding', `${padTop}px ${padX}px ${padBottom}px`)
  root.style.setProperty('--lectern-page-inset-x', `${padX}px`)
  root.style.setProperty('--lectern-page-inset-y', `${padBottom}px`)
  const page = document.createElement('style')
  page.textContent = `@page { size: ${pageWidth}px ${pageHeight}px; margin: 0; }`
  if (!preview) page.textContent += preflightRule(document.defaultView!, { width: pageWidth, height: pageHeight })
  document.head.append(page)

  const numbers = slideNumbers(config)
  const all = [...slides.querySelectorAll<HTMLElement>('section')].filter((section) => !section.querySelector('section'))
  const leaves = only ? all.slice(only.from - 1, only.to) : all
  const sheet = (section: HTMLElement, label: string | undefined) => {
    const sheet = document.createElement('div')
    sheet.className = section.classList.contains('lectern-title') ? 'pdf-page lectern-page-title' : 'pdf-page'
    // Logo and footer (its ::before and ::after), laid over the slide.
    const overlay = document.createElement('div')
    overlay.className = 'lectern-page-overlay'
    sheet.append(section, overlay)
    if (config.reveal.slideNumber !== false && label !== undefined) {
      const number = document.createElement('div')
      number.className = 'slide-number slide-number-pdf'
      number.textContent = label
      sheet.append(number)
    }
    return sheet
  }
  const pages = leaves.flatMap((section) => {
    const label = numbers.get(section.id)
    if (!steps) {
      showWhole(section)
      return [sheet(section, label)]
    }
    return fragmentSteps(section).map((shown, step) => sheet(shown, step === 0 ? label : stepLabel(label, step)))
  })
  slides.replaceChildren(...pages)
  return { width: pageWidth, height: pageHeight }
}

/** A slide complete: every fragment shown, code without its line steps (the handout's and slides.pdf's view). */
function showWhole(section: HTMLElement): void {
  for (const fragment of section.querySelectorAll('.fragment')) fragment.classList.add('visible')
  for (const code of section.querySelectorAll('.lectern-code-steps')) code.classList.remove('lectern-code-steps')
}

/**
 * The slide at each of its fragment steps, first with none shown: copies of it, the last
 * step the slide itself. Groups in Reveal's order: those with a `data-fragment-index` by
 * index, then the others in document order.
 */
export function fragmentSteps(section: HTMLElement): HTMLElement[] {
  const indexed = new Map<number, Element[]>()
  const unindexed: Element[][] = []
  for (const fragment of section.querySelectorAll('.fragment')) {
    const index = Number.parseInt(fragment.getAttribute('data-fragment-index') ?? '', 10)
    if (Number.isNaN(index)) unindexed.push([fragment])
    else indexed.set(index, [...(indexed.get(index) ?? []), fragment])
  }
  const groups = [...[...indexed.entries()].sort(([a], [b]) => a - b).map(([, group]) => group), ...unindexed]
  const shown: HTMLElement[] = []
  for (let step = 0; step <= groups.length; step++) {
    groups.forEach((group, index) => {
      for (const fragment of group) {
        fragment.classList.toggle('visible', index < step)
        fragment.classList.toggle('current-fragment', index === step - 1)
      }
    })
    shown.push(step === groups.length ? section : (section.cloneNode(true) as HTMLElement))
  }
  return shown
}

/** A step page's number: the slide's, with the step after its first part (`3 / 20` → `3.1 / 20`), as Reveal numbers them. */
function stepLabel(label: string | undefined, step: number): string | undefined {
  return label?.replace(/^\S+/, (first) => `${first}.${step}`)
}

/**
 * Before it prints, Chromium lays the whole document out once in print media at the tab's own
 * size, to find what the print will load (Document::WillPrintSoon), and only then lays out
 * the pages. For pages laid out for print only, that first layout costs as much as the
 * pages' own, and shows nothing. So they are hidden in print media while the view is no
 * bigger than the tab: the exporter opens the view in a tab smaller than half a page, and
 * prints at the page's own size. Their fonts and images are loaded beforehand instead
 * (`loadPrintResources`). A print on paper smaller than half a page both ways would be
 * blank; the exporter never asks for one.
 */
function preflightRule(view: Window, page: PageSize): string {
  const width = Math.min(view.innerWidth, Math.floor(page.width / 2))
  const height = Math.min(view.innerHeight, Math.floor(page.height / 2))
  return ` @media print and (max-width: ${width}px) and (max-height: ${height}px) { html.lectern-print-only .reveal .slides { display: none; } }`
}

/**
 * Load every web font the pages use, for the characters they use, and every image their
 * styles draw (a theme's logo). Pages laid out for print only are not laid out on screen, so
 * nothing else would ask for them before Chromium prints. One element of each kind stands
 * for all of its kind (the theme styles by kind), with its ::before and ::after.
 */
export async function loadPrintResources(document: Document, { notes = true }: { notes?: boolean } = {}): Promise<void> {
  const slides = document.querySelector('.reveal .slides')
  if (!slides) return
  const view = document.defaultView!
  // What is drawn: the speaker notes are only when they are printed (the handout). A kind of
  // element: its name and class, and its parent's (a point's bullet is its list's).
  const { text: drawn, kinds } = walkPages(slides, notes ? undefined : 'aside.notes')
  let text = drawn
  const fonts = new Set<string>()
  const images = new Set<string>()
  const add = (element: Element | null, pseudo?: string) => {
    if (!element) return
    const style = view.getComputedStyle(element, pseudo)
    // A ::before or ::after without content draws nothing (the bullets', the logo's and the footer's do).
    if (pseudo && (style.content === 'none' || style.content === 'normal')) return
    if (pseudo) text += style.content
    fonts.add(`${style.fontStyle} ${style.fontWeight} 16px ${style.fontFamily}`)
    for (const value of [
      style.backgroundImage,
      style.listStyleImage,
      style.borderImageSource,
      style.maskImage,
      pseudo ? style.content : '',
    ]) {
      for (const [, url] of value.matchAll(/url\("((?:[^"\\]|\\.)*)"\)/g)) images.add(url.replace(/\\(.)/g, '$1'))
    }
  }
  for (const element of kinds) {
    for (const pseudo of [undefined, '::before', '::after']) add(element, pseudo)
  }
  const characters = distinctCharacters(text)
  const loadImage = (url: string) => {
    const image = new Image()
    image.src = url
    return image.decode().catch(() => undefined)
  }
  await Promise.all([...[...fonts].map((font) => document.fonts.load(font, characters).catch(() => [])), ...[...images].map(loadImage)])
}

/**
 * The text under `root` and one element of each kind (its name and class, and its parent's),
 * leaving out the elements that match `skip` (a deck's hundreds of kilobytes of it: one walk).
 */
function walkPages(root: Element, skip?: string): { text: string; kinds: Element[] } {
  const parts: string[] = []
  const kinds = new Map<string, Element>()
  const visit = (parent: Element) => {
    const parentKind = `${parent.localName}.${parent.getAttribute('class')} > `
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data)
      if (node.nodeType !== Node.ELEMENT_NODE) continue
      const element = node as Element
      if (skip && element.matches(skip)) continue
      const kind = `${parentKind}${element.localName}.${element.getAttribute('class')}`
      if (!kinds.has(kind)) kinds.set(kind, element)
      visit(element)
    }
  }
  visit(root)
  return { text: parts.join(''), kinds: [...kinds.values()] }
}

/** Each character of `text` once, in order of first use (a deck's hundreds of kilobytes: a code unit at a time, not a Set of strings). */
export function distinctCharacters(text: string): string {
  const seen = new Uint8Array(0x10000)
  const astral = new Set<number>()
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const next = text.charCodeAt(index + 1)
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const point = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000
      if (!astral.has(point)) {
        astral.add(point)
        out += String.fromCodePoint(point)
      }
      index++
    } else if (!seen[code]) {
      seen[code] = 1
      out += text[index]
    }
  }
  return out
}
