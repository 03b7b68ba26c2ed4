import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

/*
 * A paragraph of lines the writer broke by hand (`<br>` or two spaces at each line's end) that
 * are each an entry of the same kind is a list written without its bullets: a postmortem's
 * timeline ("21:14 - DNS configuration changes take effect.<br>", "21:20 - Monitoring system
 * sends…<br>") or a record's fields ("Description: flutter.dev was offline…<br>", "Component: …<br>",
 * "Duration: 15 hours 40 minutes"). As one paragraph its slide would show one of its lines as the
 * point of all; as a list it shows its entries, each a line of the slide, as the page did.
 */

/** Lines at least that make a paragraph a timeline; a record's fields need two. */
const minTimes = 3
const minFields = 2

/** A line that opens with a clock time ("21:14 - …", "04:24 – …", "9:05am: …"). */
const timed = /^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:am|pm|utc|[a-z]{2,4}t))?\b\s*(?:[-–—:|]\s*)?\S/iu

/** A field's line: a short capitalised label of a few words, its colon, and a value ("Date/time: 2023-08-26 21:14 PDT"). */
const fielded = /^\p{Lu}[\p{L}\p{N}/&' -]{0,30}:\s+\S/u

/** A line that names the post's metadata: its author, date, tags, status or owners. */
const metadataLabel =
  /^(?:authors?|by|written by|date|published|posted|posted on|updated|last updated|last modified|tags|categories|category|status|owners?|reviewers?|editors?|reading time|version|license|licence)\s*:/iu

/** `node` as a list of its lines where they are each an entry of the same kind; otherwise `node`. */
export function asLineList(node: RootContent): RootContent {
  if (node.type !== 'paragraph') return node
  // ("Person A: Use Jellyfin instead⏎Person B: Jellyfin sucks…⏎Person C: …" (review 107, Jellyfin's call for developers, an
  // exchange its MDX indents): lines each opening on a speaker's label are a dialogue's lines even where the writer
  // broke them without marking the break, which joined them into one run-on line.)
  const soft = !node.children.some(isBreak)
  if (soft && !node.children.some((child) => child.type === 'text' && child.value.includes('\n'))) return node
  const lines = soft ? softLinesOf(node) : linesOf(node)
  if (lines.length < (soft ? minSoftLines : minFields) || lines.some((line) => line.length === 0)) return node
  const texts = lines.map((line) => toString({ type: 'paragraph', children: line }).trim())
  const times = texts.every((text) => timed.test(text)) && lines.length >= minTimes
  // (A field's label has at most four words: "User impact: …"; more is a sentence with a colon.)
  const fields = texts.every((text) => fielded.test(text) && text.slice(0, text.indexOf(':')).trim().split(/\s+/).length <= 4)
  // ("Providing a **better overview** on all breakpoints that are set.⏎Making common user workflows… easier to access…⏎Making
  // **cool existing breakpoint features visible**." (review 114, a Chrome DevTools post): three lines or more each opening on
  // a gerund are the items of a list of aims or steps, written without their bullets.)
  const gerunds = lines.length >= minTimes && texts.every((text) => /^[\p{Lu}][\p{Ll}]+ing\s/u.test(text))
  if (!times && !fields && !gerunds) return node
  if (soft && texts.some((text) => text.split(/\s+/).length > maxSoftLineWords)) return node
  // ("Author: Jane Doe", "Date: March 3, 2021" under the title: who wrote it and when, a byline the
  // title slide keeps, not a list of the talk's.)
  if (!times && texts.every((text) => metadataLabel.test(text))) return node
  const items: ListItem[] = lines.map((line) => {
    const start = line[0].position?.start
    const end = line.at(-1)?.position?.end
    const position = start && end ? { start, end } : undefined
    const paragraph: Paragraph = { type: 'paragraph', children: line, ...(position && { position }) }
    return { type: 'listItem', spread: false, children: [paragraph], ...(position && { position }) }
  })
  const list: List = { type: 'list', ordered: false, spread: false, children: items }
  if (node.position) list.position = node.position
  return list
}

/** Lines at least, and words at most of each, of a paragraph broken without marks that is read as a list of its lines. */
const minSoftLines = 3
const maxSoftLineWords = 20

/** The paragraph's lines, split at its soft line breaks (a newline inside its text), each without the spaces around it. */
function softLinesOf(paragraph: Paragraph): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1].push(child)
      continue
    }
    const [first, ...rest] = child.value.split('\n')
    if (first) lines[lines.length - 1].push({ ...child, value: first })
    for (const part of rest) lines.push(part ? [{ type: 'text', value: part }] : [])
  }
  return lines.map(trimmedPhrasing)
}

/** A hard line break: two spaces or a backslash at a line's end, or a `<br>` the writer typed. */
export function isBreak(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/iu.test(node.value.trim()))
}

/** The paragraph's lines, split at its hard breaks, each without the spaces around it. */
function linesOf(paragraph: Paragraph): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (isBreak(child)) lines.push([])
    else lines[lines.length - 1].push(child)
  }
  return lines.map(trimmedPhrasing)
}

/** A line without the blank text at its ends (the line break's newline, the indent before the next). */
export function trimmedPhrasing(line: PhrasingContent[]): PhrasingContent[] {
  const out = [...line]
  const first = out[0]
  // (trimStart and trimEnd: a pattern anchored at the end is tried from each character of a long run of spaces.)
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() }
  const last = out.at(-1)
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() }
  return out.filter((child) => child.type !== 'text' || child.value !== '')
}
