import type { Page } from 'puppeteer-core'
import { contrastRatio, effectiveBackground, type Rgba } from '../../src/theme/contrast.ts'

/** One piece of text a reader sees, its colours as sRGB bytes, and how large it is. */
export interface VisibleText {
  slide: string
  text: string
  foreground: Rgba
  layers: Rgba[]
  large: boolean
}

/** A text below WCAG AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). */
export interface ContrastFailure {
  slide: string
  text: string
  ratio: number
  needed: number
}

/*
 * Runs in the deck page: every element of the present slide with text of its own (the hidden
 * speaker notes aside), its footer (a pseudo-element) and the slide number, each with the
 * background colours of its ancestors, root first. A canvas turns any CSS colour syntax
 * (color-mix(), oklab()…) into sRGB bytes.
 */
const collect = `(() => {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 1
  const context = canvas.getContext('2d', { willReadFrequently: true })
  const rgba = (color) => {
    context.clearRect(0, 0, 1, 1)
    context.fillStyle = '#000'
    context.fillStyle = color
    context.fillRect(0, 0, 1, 1)
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data
    return [r, g, b, a / 255]
  }
  const layersOf = (element) => {
    const layers = []
    for (let node = element; node; node = node.parentElement) layers.unshift(rgba(getComputedStyle(node).backgroundColor))
    return layers
  }
  const large = (style) => {
    const size = parseFloat(style.fontSize)
    return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
  }
  const slide = document.querySelector('.reveal .slides section.present:not(.stack), .reveal .slides section.stack.present > section.present')
  const id = slide.id
  const out = []
  for (const element of slide.querySelectorAll('*')) {
    if (element.closest('aside.notes')) continue
    const own = [...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent).join('').trim()
    if (!own) continue
    const style = getComputedStyle(element)
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue
    out.push({ slide: id, text: own.slice(0, 40), foreground: rgba(style.color), layers: layersOf(element), large: large(style) })
  }
  const footer = getComputedStyle(slide, '::after')
  if (footer.content && footer.content !== 'none' && footer.content !== '""') {
    out.push({ slide: id, text: 'footer ' + footer.content.slice(0, 30), foreground: rgba(footer.color), layers: layersOf(slide), large: large(footer) })
  }
  const number = document.querySelector('.reveal .slide-number')
  if (number && number.textContent.trim() && getComputedStyle(number).display !== 'none') {
    const style = getComputedStyle(number)
    out.push({ slide: id, text: 'slide number ' + number.textContent.trim(), foreground: rgba(style.color), layers: layersOf(number), large: large(style) })
  }
  return out
})()`

/** Go through every slide of an open deck and measure every visible text against what is behind it. */
export async function visibleTexts(page: Page): Promise<VisibleText[]> {
  const slides = (await page.evaluate('window.lectern.reveal.getSlides().length')) as number
  const texts: VisibleText[] = []
  for (let index = 0; index < slides; index++) {
    await page.evaluate(`(() => {
      const reveal = window.lectern.reveal
      const slide = reveal.getSlides()[${index}]
      const { h, v } = reveal.getIndices(slide)
      reveal.slide(h, v)
    })()`)
    texts.push(...((await page.evaluate(collect)) as VisibleText[]))
  }
  return texts
}

/** The texts below WCAG AA. Pure. */
export function contrastFailures(texts: VisibleText[]): ContrastFailure[] {
  return texts.flatMap((text) => {
    const ratio = contrastRatio(text.foreground, effectiveBackground(text.layers))
    const needed = text.large ? 3 : 4.5
    return ratio < needed ? [{ slide: text.slide, text: text.text, ratio: Math.round(ratio * 100) / 100, needed }] : []
  })
}
