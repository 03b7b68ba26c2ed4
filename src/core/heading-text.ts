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
