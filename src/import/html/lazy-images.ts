import type { Element, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

/** Attributes where lazy loaders keep the real image until it scrolls into view. */
const lazySources = ['dataSrc', 'dataLazySrc', 'dataOriginal', 'dataLazy', 'dataUrl', 'dataHiResSrc']
const lazySourceSets = ['dataSrcset', 'dataLazySrcset', 'srcSet']
/** The widest candidate a slide needs; wider ones only cost download time. */
const widestUseful = 2400
/** Hosts that serve only tracking pixels and counters. */
const trackers =
  /(^|\.)(pixel\.wp\.com|stats\.wp\.com|google-analytics\.com|googletagmanager\.com|doubleclick\.net|facebook\.com|scorecardresearch\.com|quantserve\.com|feedburner\.com|feeds\.feedburner\.com|analytics\.twitter\.com|bat\.bing\.com|pixel\.quantserve\.com|stats\.g\.doubleclick\.net|mc\.yandex\.ru|counter\.yadro\.ru|sb\.scorecardresearch\.com|piwik\.|matomo\.)/i

/**
 * Rehype plugin: give every image its real source, as a reader of the page sees it: lazy
 * loaders' `data-src` and the best `srcset`/`data-srcset` candidate become `src`; tracking
 * pixels (1×1 images, known counter hosts) are dropped.
 */
export default function rehypeLazyImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return
      const src = bestSource(node)
      if (!src || isTrackingPixel(node, src)) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      node.properties.src = src
      for (const key of [...lazySources, ...lazySourceSets, 'sizes', 'loading']) delete node.properties[key]
      return undefined
    })
  }
}

/** The image's real URL: the best srcset candidate, else a lazy loader's source, else `src` unless it is a placeholder. */
export function bestSource(image: Element): string | undefined {
  const { properties } = image
  for (const key of lazySourceSets) {
    const best = bestCandidate(properties[key])
    if (best) return best
  }
  for (const key of lazySources) {
    const value = properties[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  const src = typeof properties.src === 'string' ? properties.src.trim() : ''
  // A tiny data: GIF or blank image stands in until a script swaps the real one in.
  if (/^data:image\/gif/i.test(src) || /^data:[^,]{0,40},.{0,130}$/i.test(src)) return undefined
  return src || undefined
}

/** The widest candidate of a `srcset` up to {@link widestUseful} (else the narrowest), by `w` or `x` descriptor. */
function bestCandidate(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : ''
  const candidates = text
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => url && !url.startsWith('data:'))
    .map(([url, descriptor = '1x']) => {
      const number = Number.parseFloat(descriptor)
      return { url, width: descriptor.endsWith('x') ? number * 1000 : number }
    })
    .filter((candidate) => Number.isFinite(candidate.width))
  if (candidates.length === 0) return undefined
  const useful = candidates.filter((candidate) => candidate.width <= widestUseful)
  const pick =
    useful.length > 0 ? useful.reduce((a, b) => (b.width > a.width ? b : a)) : candidates.reduce((a, b) => (b.width < a.width ? b : a))
  return pick.url
}

function isTrackingPixel(image: Element, src: string): boolean {
  const size = (key: string) => Number.parseFloat(String(image.properties[key] ?? ''))
  if (size('width') <= 1 && size('height') <= 1) return true
  try {
    return trackers.test(new URL(src, 'https://page.invalid/').hostname) || /\/(pixel|beacon)\.(gif|png)(\?|$)/i.test(src)
  } catch {
    return false
  }
}
