import type { Element } from 'hast'

/** Elements that are never article content. */
const chromeTags = new Set([
  'aside', 'button', 'canvas', 'dialog', 'embed', 'footer', 'form', 'iframe', 'input', 'link', 'meta',
  'nav', 'noscript', 'object', 'script', 'select', 'style', 'svg', 'template', 'textarea',
])

/** ARIA landmark roles of page chrome. */
const chromeRoles = new Set(['banner', 'complementary', 'contentinfo', 'dialog', 'navigation', 'search'])

/** Class or id words that mark page chrome (`sidebar`, `share-buttons`, `post-meta`…). */
const chromeWords = [
  'ad', 'ads', 'advert', 'author-bio', 'breadcrumbs?', 'byline', 'comments?', 'cookie', 'entry-meta', 'menu',
  'nav', 'navbar', 'newsletter', 'post-meta', 'promo', 'related', 'share', 'sharing', 'sidebar', 'social',
  'subscribe', 'widget',
]
const chromeHint = new RegExp(`(?:^|[\\s_-])(?:${chromeWords.join('|')})(?:$|[\\s_-])`, 'iu')

/** True for an element that is page chrome by its tag, role or visibility. */
export function isChromeElement(element: Element): boolean {
  const { properties } = element
  return (
    chromeTags.has(element.tagName) ||
    chromeRoles.has(String(properties.role ?? '')) ||
    properties.hidden === true ||
    String(properties.ariaHidden) === 'true'
  )
}

/** True for an element whose class or id names it as chrome (the caller guards against false hits). */
export function hasChromeHint(element: Element): boolean {
  const className = tokens(element.properties.className)
  const id = tokens(element.properties.id)
  return chromeHint.test(className) || chromeHint.test(id)
}

function tokens(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : ''
}
