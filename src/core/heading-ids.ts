import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { withoutFullStop } from './heading-text.ts'
import { visit } from './visit.ts'

declare module 'mdast' {
  interface HeadingData {
    /** The id the author gave the heading (`## Setup {#setup}`), for the slide's anchor. */
    lecternId?: string
    /** It ended with a full stop, which its slide's title leaves off: it may be a sentence set as a heading. */
    lecternFullStop?: boolean
  }
}

/**
 * An attribute list at the end of a heading: kramdown's `{#id .class}` and `{: #id}`,
 * Pandoc's and Hugo's `{#id}`. Only lists that start with `#`, `.`, `:` or hold `key=value`
 * count, so a heading that ends in `{braces}` of its own keeps them.
 */
const attributes =
  /\{:?\s*((?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+))(?:\s+(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+)))*)\s*\}\s*$/

/**
 * Some blogs' own renderers write the anchor after the title in parentheses
 * (`## Queries as strings (#strings)`, brandur.org). Taken as an anchor only when its words are
 * the heading's own, so "Using C (#include)" keeps its text.
 */
const anchorSuffix = /\(#([A-Za-z][\w-]*)\)\s*$/

/**
 * Fumadocs' custom heading id in square brackets (`## useSWRMutation [#useswrmutation]`, SWR's blog):
 * an id of its own, not words of the title, whatever its words are ("[#swrconfigdefault-is-renamed…]"). (Not an issue's
 * number, "## Fix login crash [#1234]": an id opens on a letter. The spaces before it are trimmed apart, not matched: a
 * pattern that opens on them is tried from each.)
 */
const bracketedId = /\[#([A-Za-z][\w-]*)\]\s*$/

/**
 * What a link back to the page's contents or top says (`[[toc](#table-of-content)]`, `[↑](#top)`,
 * "Back to top") or a heading's own permalink shows (`[#](#setup)`, ¶, §, 🔗): the page's
 * navigation, written after a heading's words, not a word of its title.
 */
const navigation =
  /^(?:toc|top|up|back|contents|table of contents|(?:back|return|go|jump|scroll) to (?:the )?(?:top|contents|toc|table of contents)|(?:↑|⬆|⇧|\^|#|¶|§|🔗)[\uFE0E\uFE0F]?|目录|回到顶部|返回顶部|目次|トップへ|맨 위로|sommaire|haut|inhalt|nach oben|índice|arriba|volver arriba|topo|voltar ao topo)$/iu

/**
 * A heading without the link to the page's contents or top it ends with, and the brackets
 * around that link: "# Breaking changes [[toc](#table-of-content)]" is "Breaking changes".
 */
function withoutBackLink(heading: Heading): void {
  const children = heading.children
  let end = children.length
  const closing = children[end - 1]
  const bracketed = closing?.type === 'text' && /^\s*[\])]\s*$/u.test(closing.value)
  if (bracketed) end--
  const link = children[end - 1]
  if (link?.type !== 'link' || !link.url.startsWith('#') || !navigation.test(toString(link).trim())) return
  const before = children[end - 2]
  if (before?.type !== 'text') return
  const opened = bracketed ? /\s*[[(]\s*$/u.exec(before.value) : /\s*$/u.exec(before.value)
  if (!opened || before.value.slice(0, opened.index).trim() === '') return
  before.value = before.value.slice(0, opened.index)
  children.splice(end - 1)
}

function namesHeading(id: string, title: string): boolean {
  const words = new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u))
  // (Its small words may be its own: "(#nothing-left-to-add-or-take-away)" under "Nothing left to add, nothing left to
  // take away", review 113.)
  const ids = id.toLowerCase().split(/[-_]+/)
  return ids.some((word) => words.has(word)) && ids.every((word) => word === '' || words.has(word) || smallWord.test(word))
}

/** Words an id may join a heading's words with: a closed class of English. */
const smallWord = /^(?:a|an|the|and|or|of|to|in|on|for|with|by|at|vs)$/

/**
 * An arrow (`>`, `>>`, `»`, `→`, `▶`, `➜`) and its space before a heading's words: not before a number
 * ("## > 1000 requests per second" says "more than"), nor `=>` or `->`, which a heading may be about.
 */
const leadingArrow = /^\s*(?:>{1,3}|»|→|▶\uFE0F?|▸|►|➜|➔|➤)\s+(?=\p{L})/u

/**
 * Strip heading attribute lists from headings, keeping the id on `heading.data.lecternId`, and
 * a link back to the page's contents or top after the heading's words; and
 * the colon a post's heading may end with ("Example:"), which leads into the text under it on
 * a page but reads as cut off over a slide, or its full stop.
 */
export function remarkHeadingIds() {
  return function (tree: Root) {
    visit(tree, 'heading', (heading: Heading, index, parent) => {
      // "### <!-- more -->" (a Jekyll post's excerpt mark set as a heading, review 103): a heading of
      // comments alone shows nothing on the page, and over a slide titled nothing.
      // (Not an empty heading, "##", which divides the talk as it did.)
      if (
        parent &&
        index !== undefined &&
        heading.children.length > 0 &&
        heading.children.every((child) => child.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/u.test(child.value))
      ) {
        parent.children.splice(index, 1)
        return index
      }
      withoutBackLink(heading)
      // "### > Get Started", "## → Next steps", "## » Further reading": an arrow typed before the
      // words only points at the section on the page; over a slide it shows as a stray mark.
      const first = heading.children[0]
      if (first?.type === 'text' && (heading.children.length > 1 || /\p{L}/u.test(first.value)))
        first.value = first.value.replace(leadingArrow, '')
      // ("## **The Thesis:**" (review 149, reading notes on a book): a heading set wholly in bold or italics ends on its colon
      // inside the marks, which a slide's title shows as "The Thesis: (cont.)".)
      const only = heading.children.length === 1 ? heading.children[0] : undefined
      const inner = only?.type === 'strong' || only?.type === 'emphasis' ? only.children.at(-1) : undefined
      if (inner?.type === 'text' && /[^\s:：]/u.test(inner.value)) inner.value = inner.value.replace(/\s*[:：]\s*$/u, '')
      const last = heading.children[heading.children.length - 1]
      if (last?.type !== 'text') return
      const anchor = anchorSuffix.exec(last.value)
      const match = attributes.exec(last.value)
      const bracketed = bracketedId.exec(last.value)
      if (bracketed && (bracketed.index > 0 || heading.children.length > 1)) {
        last.value = last.value.slice(0, bracketed.index).trimEnd()
        heading.data = { ...heading.data, lecternId: bracketed[1] }
      } else if (anchor && namesHeading(anchor[1], last.value.slice(0, anchor.index))) {
        last.value = last.value.slice(0, anchor.index).trimEnd()
        heading.data = { ...heading.data, lecternId: anchor[1] }
      } else if (match) {
        last.value = last.value.slice(0, match.index).trimEnd()
        const id = /(?:^|\s)#([\w:.-]+)/.exec(match[1])?.[1]
        if (id) heading.data = { ...heading.data, lecternId: id }
      }
      // ("#### The 100 Best Jobs of 2015**" (review 110, an essay): emphasis marks the parser left as text, none opened
      // before them in the heading, are a slip of the writer's, no words of the title.)
      // (Two marks or three after a letter or a digit: one is a footnote's star, "Terms apply*"; "src/**" is a pattern.)
      const marks = /(?<=[\p{L}\p{N}])(\*{2,3}|_{2,3})\s*$/u.exec(last.value)
      if (
        marks &&
        !heading.children.some(
          (child) => child.type === 'text' && child.value.slice(0, child === last ? marks.index : undefined).includes(marks[1]),
        )
      )
        last.value = last.value.slice(0, marks.index)
      if (heading.children.length > 1 || /[^\s:：]/u.test(last.value)) last.value = last.value.replace(/\s*[:：]\s*$/u, '')
      const stopped = withoutFullStop(last.value)
      if (stopped !== last.value) heading.data = { ...heading.data, lecternFullStop: true }
      last.value = stopped
      if (last.value === '') heading.children.pop()
    })
  }
}
