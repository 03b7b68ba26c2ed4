import type { Element } from 'hast'

/** Elements that are never article content. */
const chromeTags = new Set([
  'aside',
  'button',
  'canvas',
  'dialog',
  'embed',
  'footer',
  'form',
  'iframe',
  'input',
  // (A form's "Dark Mode Toggle" beside its checkbox, at the top of a saved post (review 144): the page's control.)
  'label',
  'link',
  'meta',
  'nav',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
])

/** ARIA landmark roles of page chrome. */
const chromeRoles = new Set(['banner', 'complementary', 'contentinfo', 'dialog', 'navigation', 'search'])

/** Class or id words that mark page chrome (`sidebar`, `share-buttons`, `post-meta`…). */
const chromeWords = [
  'ad',
  'ads',
  'advert',
  'author-bio',
  'breadcrumbs?',
  'byline',
  'comments?',
  'comment-respond',
  'cookie',
  'disqus',
  // (Disqus's own link under a post, `<a class="dsq-brlink">comments powered by Disqus</a>` (review 147, a saved Hugo page).)
  'dsq',
  'entry-meta',
  'jp-relatedposts',
  'menu',
  'more-posts',
  'nav',
  'navbar',
  'newsletter',
  'popular-posts',
  'post-meta',
  'post-navigation',
  'promo',
  'read-next',
  'recommended',
  'related',
  'related-?posts',
  'related-?articles',
  'share',
  'sharedaddy',
  'sharing',
  'sidebar',
  'social',
  'subscribe',
  'widget',
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
  // (Not a heading's id, which is its words made a slug: "an-ad-hoc-field", "related-work", "social-impact".)
  const id = /^h[1-6]$/.test(element.tagName) ? '' : tokens(element.properties.id)
  return chromeHint.test(className) || chromeHint.test(id)
}

function tokens(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : ''
}

/** An element's classes, as hast keeps them. */
export function classesOf(element: Element): string[] {
  return Array.isArray(element.properties.className) ? element.properties.className.map(String) : []
}

/** Headings that open a block of site leftovers: teasers of other posts, comments, share and newsletter boxes. */
const leftoverHeading =
  /^(?:more (?:posts|stories|articles|from .{1,40})|related(?: posts| articles| stories| reading| content)?|you (?:may|might) also (?:like|enjoy)|read (?:next|more|this next)|recommended(?: for you| reading| posts)?|popular posts|recent posts|latest posts|comments?|\d+ (?:comments?|responses?|replies)|no comments:?|post a comment|leave a (?:reply|comment)|join the discussion|share this(?: post| article| story)?:?|like this:?|subscribe.{0,40}|sign up.{0,40}|(?:our |the )?newsletter.{0,30}|about the author|follow (?:me|us).{0,20})$/iu

/** True for a heading like "More Posts", "Related articles", "3 Comments" or "Share this:". */
export function isLeftoverHeading(text: string): boolean {
  return leftoverHeading.test(text.replace(/\s+/gu, ' ').trim())
}
