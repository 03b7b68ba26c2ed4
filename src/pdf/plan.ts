/*
 * The export's policy, in one place: when the browser starts beside the deck's build, how
 * many parts a long deck's slides.pdf prints in, and how many tabs for those parts open as
 * soon as the browser is up. Pure: sizes and core counts in, decisions out. The
 * measurements behind each rule are in docs/benchmarks.md.
 */
import type { PdfKind } from './progress.ts'

/**
 * Articles from this size up build for longer than Chromium takes to start. On a machine
 * with few cores the two only slow each other down when started side by side.
 */
export const buildFirstBytes = 256 * 1024

/** Slides per part: up to this many a deck prints in one part (a second renderer would cost more than it saves). */
export const slidesPerPart = 150

/** At most this many parts: more renderers than that cost more than they save. */
export const maxParts = 4

/** When the browser starts: beside the build, beside it at the lowest priority, or after it. */
export type BrowserStart = 'first' | 'background' | 'after'

/**
 * When to start the browser for an article of `bytes` on `cores` cores: `first`, beside the
 * build (the usual case); for a long article on few cores, `background` where the system can
 * (`background`: see `canStartInBackground`), else `after` the build.
 */
export function browserStart(bytes: number, cores: number, background: boolean): BrowserStart {
  if (bytes < buildFirstBytes || cores >= 4) return 'first'
  return background ? 'background' : 'after'
}

/** How many parts to print a deck of `slides` in, on a machine with `cores` cores. */
export function partsFor(slides: number, cores: number): number {
  return Math.max(1, Math.min(cores, maxParts, Math.ceil(slides / slidesPerPart)))
}

/**
 * Tabs for a long deck's parts to open, each in a renderer of its own, as soon as the browser
 * is up (before the deck is built, when its slides are not yet counted): an article this
 * long makes a deck printed in one part per core.
 */
export function earlyPartTabsFor(bytes: number, cores: number): number {
  return bytes < buildFirstBytes ? 0 : Math.max(0, Math.min(cores, maxParts) - 1)
}

/** What the plan for starting the browser depends on. */
export interface BrowserPlanInput {
  /** Size of the article, in bytes (0 when unknown). */
  articleBytes: number
  cores: number
  /** Whether the system can start the browser at the lowest scheduling priority. */
  canStartInBackground: boolean
  pdfs: readonly PdfKind[]
  /** One slides.pdf page per fragment step: printed whole, never in parts. */
  fragments?: boolean
  /** Parts asked for (--parts), instead of the rule. */
  parts?: number
}

/** When the browser starts, and how many tabs it opens at once for slides.pdf's later parts. */
export interface BrowserPlan {
  start: BrowserStart
  earlyPartTabs: number
}

/** The plan for the export's browser, decided before the deck is built. */
export function planBrowser(input: BrowserPlanInput): BrowserPlan {
  const start = browserStart(input.articleBytes, input.cores, input.canStartInBackground)
  // Only slides.pdf prints in parts, in lectern's print view: a tab for each part after the first.
  const printsInParts = input.pdfs.includes('slides') && !input.fragments
  const partTabs = input.parts !== undefined ? input.parts - 1 : earlyPartTabsFor(input.articleBytes, input.cores)
  return { start, earlyPartTabs: printsInParts ? partTabs : 0 }
}
