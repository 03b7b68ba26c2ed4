import type { VFile } from 'vfile'
import { frontmatterPlace } from './frontmatter-place.ts'

/** How a paragraph shows on its slide. */
export type KeyPointMode = 'auto' | 'lead' | 'none'

/**
 * Every option an article's frontmatter (or a caller) may set, with its default.
 * Frontmatter keys have the same names.
 */
export interface DeckOptions {
  /** Theme name or path to a `.css` file / theme folder. Default `'lectern'`. */
  theme: string
  /**
   * `auto`: one bullet per paragraph, its most informative sentence made short; `lead`: its
   * first sentence made short; `none`: no bullets. Default `'auto'`.
   */
  keyPoints: KeyPointMode
  /** Most bullets on one slide before a "(cont.)" slide. Default `5`. */
  maxBullets: number
  /** Speaking rate used for each slide's `data-timing`. Default `130`. */
  wordsPerMinute: number
  /** Speaking rate for Chinese, Japanese and Korean text, in characters. Default `250`. */
  charactersPerMinute: number
  /** Reveal transition: `none | fade | slide | convex | concave | zoom`. Default `'slide'`. */
  transition: 'none' | 'fade' | 'slide' | 'convex' | 'concave' | 'zoom'
  /** Slide number format (`true` = `c/t`, `false` = hidden, or a Reveal format such as `'h.v'`). Default `true`. */
  slideNumber: boolean | 'h.v' | 'h/v' | 'c' | 'c/t'
  /** Slide aspect ratio `W:H`. Default `'16:9'` (1280×720). */
  aspectRatio: string
  /** Keep the article's raw HTML unsanitized (scripts and event handlers included). Default `false`. */
  allowHtml: boolean
  /** Build up each slide: its key points and list items appear one at a time (Reveal fragments). Default `false`. */
  incremental: boolean
  /** Accent colour for the theme (any CSS colour). Default: the theme's own. */
  accent?: string
  /** Logo image shown in a slide corner (path relative to the article, or URL). Default: none. */
  logo?: string
  /** Footer text on every slide, e.g. event name and hashtag. Default: none. */
  footer?: string
  /** Font family for body text and headings, e.g. `'Inter'` or `{ body, heading }`. Default: the theme's own. */
  fonts?: string | { body?: string; heading?: string; code?: string }
}

/** Defaults for every option; see {@link DeckOptions}. */
export const defaultOptions: DeckOptions = {
  theme: 'lectern',
  keyPoints: 'auto',
  maxBullets: 5,
  wordsPerMinute: 130,
  charactersPerMinute: 250,
  transition: 'slide',
  slideNumber: true,
  aspectRatio: '16:9',
  allowHtml: false,
  incremental: false,
}

const transitions = new Set(['none', 'fade', 'slide', 'convex', 'concave', 'zoom'])
const slideNumberFormats = new Set(['h.v', 'h/v', 'c', 'c/t'])

/** `W:H` with both sides above zero, no wider than 4:1 nor taller than 1:4 (a slide 720 px high). */
function isSaneRatio(value: string): boolean {
  const match = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(value)
  if (!match) return false
  const ratio = Number(match[1]) / Number(match[2])
  return ratio >= 0.25 && ratio <= 4
}

type Check = (value: unknown) => string | undefined

const isString: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'a non-empty string')
const isPositiveInt =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? undefined : `a whole number from ${min} to ${max}`

/** One validator per option: returns what the value should have been, or nothing when fine. */
const checks: Record<keyof DeckOptions, Check> = {
  theme: isString,
  keyPoints: (v) => (v === 'auto' || v === 'lead' || v === 'none' ? undefined : '`auto`, `lead` or `none`'),
  maxBullets: isPositiveInt(1, 12),
  wordsPerMinute: isPositiveInt(40, 400),
  charactersPerMinute: isPositiveInt(60, 1000),
  transition: (v) => (typeof v === 'string' && transitions.has(v) ? undefined : [...transitions].join(', ')),
  slideNumber: (v) =>
    typeof v === 'boolean' || (typeof v === 'string' && slideNumberFormats.has(v))
      ? undefined
      : 'true, false, or one of ' + [...slideNumberFormats].join(', '),
  aspectRatio: (v) => (typeof v === 'string' && isSaneRatio(v) ? undefined : 'a ratio such as 16:9 or 4:3, from 1:4 to 4:1'),
  allowHtml: (v) => (typeof v === 'boolean' ? undefined : 'true or false'),
  incremental: (v) => (typeof v === 'boolean' ? undefined : 'true or false'),
  accent: isString,
  logo: isString,
  footer: isString,
  fonts: (v) =>
    typeof v === 'string' || (typeof v === 'object' && v !== null && Object.values(v).every((f) => typeof f === 'string'))
      ? undefined
      : 'a font family name or { body, heading, code }',
}

/** Keys that configure the deck (as opposed to metadata such as `title`). */
export const optionKeys = Object.keys(checks) as Array<keyof DeckOptions>

/**
 * Merge defaults, frontmatter and caller overrides (in that order of precedence, last wins).
 * A frontmatter value of the wrong type is a warning on `file` and falls back to the default;
 * an override of the wrong type is a caller bug and throws.
 */
export function resolveOptions(frontmatter: Record<string, unknown>, overrides: Partial<DeckOptions>, file: VFile): DeckOptions {
  const options: Record<string, unknown> = { ...defaultOptions }
  for (const key of optionKeys) {
    if (!(key in frontmatter) || frontmatter[key] === null) continue
    const problem = checks[key](frontmatter[key])
    if (problem) {
      file.message(`Frontmatter option \`${key}\` should be ${problem}; using the default`, {
        place: frontmatterPlace(file, key),
        ruleId: 'option',
        source: 'lectern',
      })
    } else options[key] = frontmatter[key]
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue
    const problem = checks[key as keyof DeckOptions]?.(value)
    if (problem) throw new TypeError(`Option \`${key}\` should be ${problem}`)
    options[key] = value
  }
  return options as unknown as DeckOptions
}

/** Slide size in CSS pixels for an aspect ratio: 720 pixels high. */
export function slideSize(aspectRatio: string): { width: number; height: number } {
  const [w, h] = aspectRatio.split(':').map(Number)
  const height = 720
  return { width: Math.round((height * w) / h), height }
}
