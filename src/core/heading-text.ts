import type { Nodes, PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

/**
 * The words of a heading, or of a title's phrasing, as text: for a slide's title attribute and
 * anchor, a sub-slide's kicker, the outline and the handout's header. Raw HTML in a heading
 * (`The <code>useEffect</code> hook`, an icon font's `<i class="fa-solid fa-box"></i>`) is
 * markup the visible heading renders; as text it would show its tags.
 */
export function headingText(heading: Nodes | PhrasingContent[]): string {
  const text = toString(Array.isArray(heading) ? { type: 'paragraph', children: heading } : heading, { includeHtml: false })
  // An icon before the words leaves the space after it.
  return text.trim()
}

/**
 * How a title may end on an abbreviation's period: an initial ("Gordon J."), letters with periods
 * between them ("U.S.", "EE.UU."), or one of a closed class of shortened words ("Acme Inc.", "etc.").
 */
const abbreviations = [
  /(?:^|[\s(.])\p{Lu}\.\s*$/u,
  /(?:^|[\s(])(?:\p{L}{1,3}\.){2,}\s*$/u,
  /(?:^|[\s(])(?:etc|inc|ltd|co|corp|vs|jr|sr|st|dr|mr|mrs|ms|no|approx|al|cf)\.\s*$/iu,
]

/**
 * A heading's or title's text without the full stop a writer may end it with ("Diseño de software
 * ausente.", "什么是容器。"): a slide's title is a label, not a sentence. An ellipsis, an
 * abbreviation's period ("Acme Inc.", "U.S.") and a question or exclamation mark stay.
 */
export function withoutFullStop(text: string): string {
  if (/(?:\.\.|…)\s*$/u.test(text) || abbreviations.some((ending) => ending.test(text))) return text
  return text.replace(/(?<=\S)\s*[.。．]\s*$/u, '')
}
