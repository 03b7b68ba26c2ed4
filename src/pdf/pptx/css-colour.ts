/** A colour as PowerPoint takes it: six hex digits and a transparency in percent. */
export interface PptxColour {
  color: string
  transparency: number
}

const hex = (value: number) =>
  Math.round(Math.min(255, Math.max(0, value)))
    .toString(16)
    .padStart(2, '0')
    .toUpperCase()

function alphaOf(value: string | undefined): number {
  if (value === undefined) return 1
  return value.endsWith('%') ? Number.parseFloat(value) / 100 : Number.parseFloat(value)
}

/**
 * A colour as the browser computes it (`rgb(…)`, `rgba(…)`, `color(srgb …)` for a
 * `color-mix()`, or `#hex`) for PowerPoint; `undefined` for a transparent or unknown one. Pure.
 */
export function cssColour(value: string): PptxColour | undefined {
  let rgb: [number, number, number] | undefined
  let alpha = 1
  const legacy = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value.trim())
  const srgb = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/i.exec(value.trim())
  const hash = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())
  if (legacy) {
    rgb = [Number(legacy[1]), Number(legacy[2]), Number(legacy[3])]
    alpha = alphaOf(legacy[4])
  } else if (srgb) {
    rgb = [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255]
    alpha = alphaOf(srgb[4])
  } else if (hash) {
    const digits = hash[1].length === 3 ? [...hash[1]].map((digit) => digit + digit).join('') : hash[1]
    rgb = [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16)) as [number, number, number]
  }
  if (!rgb || !(alpha > 0.004)) return undefined
  return { color: rgb.map(hex).join(''), transparency: Math.round((1 - Math.min(1, alpha)) * 100) }
}

/** `colour` laid over `background` (both six hex digits), as one opaque colour: for what PowerPoint draws without transparency (table borders). Pure. */
export function over(colour: PptxColour, background: string): string {
  const alpha = 1 - colour.transparency / 100
  const channel = (hexColour: string, at: number) => Number.parseInt(hexColour.slice(at, at + 2), 16)
  return [0, 2, 4].map((at) => hex(channel(colour.color, at) * alpha + channel(background, at) * (1 - alpha))).join('')
}
