/** A colour in sRGB: red, green, blue from 0 to 255 and alpha from 0 to 1. */
export type Rgba = [number, number, number, number]

/** WCAG 2 level AA for normal text. */
export const minimumContrast = 4.5

/** One text colour on its background, as a reader sees it. */
export interface ContrastPair {
  /** What the text is: `body text`, `headings`, `speaker notes`… */
  name: string
  foreground: string
  background: string
  /** WCAG contrast ratio, rounded to two decimals (1 to 21). */
  ratio: number
  passes: boolean
}

/** Paint `top` over `bottom` (alpha compositing, the result is opaque when `bottom` is). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3] + bottom[3] * (1 - top[3])
  if (alpha === 0) return [0, 0, 0, 0]
  const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha
  return [mix(0), mix(1), mix(2), alpha]
}

/** WCAG relative luminance of an opaque colour. */
export function relativeLuminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG contrast ratio of text over an opaque background; translucent text is composited first. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const a = relativeLuminance(composite(foreground, background))
  const b = relativeLuminance(background)
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

/**
 * The background a reader sees behind an element: its layers from the page's root down to
 * the element, painted in order over white (what a browser shows behind a transparent page).
 */
export function effectiveBackground(layers: Rgba[]): Rgba {
  return layers.reduce<Rgba>((below, layer) => composite(layer, below), [255, 255, 255, 1])
}

/** `#rrggbb` (or `#rrggbbaa` when translucent). */
export function toHex([r, g, b, a]: Rgba): string {
  const byte = (value: number) => Math.round(value).toString(16).padStart(2, '0')
  return `#${byte(r)}${byte(g)}${byte(b)}${a < 1 ? byte(a * 255) : ''}`
}

/** A pair measured from a text colour and its background layers (root first). */
export function contrastPair(name: string, foreground: Rgba, layers: Rgba[]): ContrastPair {
  const background = effectiveBackground(layers)
  const ratio = Math.round(contrastRatio(foreground, background) * 100) / 100
  return { name, foreground: toHex(foreground), background: toHex(background), ratio, passes: ratio >= minimumContrast }
}

/** `body text #8a8f99 on #ffffff: 3.30:1, below the 4.5:1 WCAG AA asks for`. */
export function describeFailure(pair: ContrastPair): string {
  return `${pair.name} ${pair.foreground} on ${pair.background}: ${pair.ratio.toFixed(2)}:1, below the ${minimumContrast}:1 WCAG AA asks for`
}
