import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isKnownWord } from './key-points/tagging.ts'
import { upperFirst } from './letter-case.ts'

declare module 'mdast' {
  interface ParagraphData {
    /** The time of the timeline entry this paragraph opens ("14:55"): its point says it first. */
    lecternTime?: string
    /** The paragraph opens with where a recording has got to ("03:58 CodeDeploy has…"): its point leaves it out. */
    lecternElapsed?: boolean
  }
}

/** Entries at least that make a run of time headings a timeline. */
const minEntries = 3

/** Words at most of a time heading: the time, maybe its day and a few words of doubt ("22:52 (maybe earlier?)"). */
const maxTimeWords = 6

/**
 * A clock time ("14:55", "17:00-18:00", "07:13 UTC"), or one the writer could not pin down
 * ("2X:XX"), anywhere in a short heading ("Feb 20 2018 14:17", "Feb 21, 13:00").
 */
const clockTime = /(?:^|[\s,(])(?:[0-2]?[\dX]|[\dX]{2}):[0-5X][\dX](?:$|[\s,)\-–]|\s*(?:am|pm|utc|[a-z]{2,4}t)\b)/iu

/** Whether a heading is an entry of a timeline: a time, and at most a few words around it. */
export function isTimeHeading(text: string): boolean {
  return clockTime.test(text) && text.trim().split(/\s+/).length <= maxTimeWords
}

/**
 * A postmortem's timeline written as a heading for each moment (`### 14:55`, `### 15:05`, …),
 * each over a line or two of what happened: a slide for each would make a deck of dozens of
 * one-line slides. Three or more sibling time headings inside a section (a shallower heading
 * above them) become its paragraphs instead, each entry's first paragraph marked with its time,
 * which its point opens with ("14:55 Autoscaling increases node count to 4"); the notes say the
 * time before the entry. An entry with headings of its own under it stays a section, and so does
 * a run of time headings that are the talk's top-level sections.
 */
export function timelineEntries(body: RootContent[]): RootContent[] {
  const headings = body.filter((node): node is Heading => node.type === 'heading')
  const top = Math.min(...headings.map((heading) => heading.depth))
  const converted = new Set<Heading>()
  for (let start = 0; start < body.length; start++) {
    const first = body[start]
    if (first.type !== 'heading' || first.depth <= top || !isTimeHeading(toString(first))) continue
    // The run: sibling time headings, with no deeper heading between them.
    const run: Heading[] = [first]
    let index = start + 1
    for (; index < body.length; index++) {
      const node = body[index]
      if (node.type !== 'heading') continue
      if (node.depth !== first.depth || !isTimeHeading(toString(node))) break
      run.push(node)
    }
    // (A deeper heading under an entry ends the run there: that entry has parts of its own.)
    const ended = body[index]
    const entries = ended?.type === 'heading' && ended.depth > first.depth ? run.slice(0, -1) : run
    if (entries.length >= minEntries) for (const heading of entries) converted.add(heading)
    start = index - 1
  }
  if (converted.size === 0) return body
  const result: RootContent[] = []
  for (const [index, node] of body.entries()) {
    if (node.type === 'paragraph' && body[index - 1]?.type === 'heading' && converted.has(body[index - 1] as Heading)) continue
    if (node.type !== 'heading' || !converted.has(node)) {
      result.push(node)
      continue
    }
    result.push(timeParagraph(node, body[index + 1]))
  }
  return result
}

/**
 * An entry's first paragraph, opening with its time in bold, as the notes say it. An entry that opens with a list or a
 * listing ("### 18:03" over its actions, review 115, mybinder.org's incident report) shows its time over it as its label,
 * "18:03:": said alone in the notes, the list read as the entry's before it. Any other entry's time is said alone.
 */
function timeParagraph(heading: Heading, next: RootContent | undefined): Paragraph {
  const time = toString(heading).replace(/\s+/g, ' ').trim()
  if (next?.type === 'list' || next?.type === 'code')
    return {
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: `${time}:` }] }],
      position: heading.position,
    }
  const label: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: time }] }
  const paragraph = next?.type === 'paragraph' ? next : undefined
  if (!paragraph)
    return { type: 'paragraph', children: [label], position: heading.position, data: { lecternTime: time, lecternNoteOnly: true } }
  return {
    type: 'paragraph',
    children: [label, { type: 'text', value: ' ' }, ...paragraph.children],
    position: heading.position && paragraph.position && { start: heading.position.start, end: paragraph.position.end },
    data: { ...paragraph.data, lecternTime: time },
  }
}

/**
 * A timeline entry's paragraph as its words were written, without the time it opens with; its
 * first word capitalised, as it opens the entry ("18:30 to help recover, …" is a note's line,
 * not a sentence cut off before it). A transcript's paragraph loses the elapsed time it opens
 * with (see `markElapsedTimes`).
 */
export function withoutTime(paragraph: Paragraph): Paragraph {
  const [lead] = paragraph.children
  if (paragraph.data?.lecternElapsed && lead?.type === 'text')
    return { ...paragraph, children: [{ ...lead, value: lead.value.replace(elapsedTime, '') }, ...paragraph.children.slice(1)] }
  if (!paragraph.data?.lecternTime || paragraph.children[0]?.type !== 'strong') return paragraph
  const [first, ...rest] = paragraph.children.slice(2)
  // (A word the lexicon knows: a name or identifier in lower case, "pycurl", keeps its case.)
  const word = first?.type === 'text' ? /^\p{Ll}+/u.exec(first.value)?.[0] : undefined
  const opening = first?.type === 'text' && word && isKnownWord(word) ? { ...first, value: upperFirst(first.value) } : first
  return { ...paragraph, children: opening ? [opening, ...rest] : [] }
}

/** A timeline entry's point opens with its time ("**14:55** Autoscaling increases node count to 4"). */
export function withTime(paragraph: Paragraph, point: PhrasingContent[]): PhrasingContent[] {
  const time = paragraph.data?.lecternTime
  return time ? [{ type: 'strong', children: [{ type: 'text', value: time }] }, { type: 'text', value: ' ' }, ...point] : point
}

/** Where a recording has got to, opening a paragraph of its transcript: "00:47 ", "1:02:13 ", then a capital. */
const elapsedTime = /^(?:\d{1,2}:)?\d{1,2}:[0-5]\d\s+(?=\p{Lu})/u

/** Paragraphs at least that open with an elapsed time for them to be a transcript's marks. */
const minElapsed = 3

/**
 * A talk's transcript marks where the recording has got to at the start of its paragraphs ("00:47
 * Datomic Cloud is made to run on AWS…", "03:58 CodeDeploy has…"): useful to find the place in the
 * video, which the notes keep, but no part of what a slide says. A run of such paragraphs whose
 * first time is in the recording's first ten minutes ("00:01", "03:58", "0:00:12") is marked (a
 * timeline's clock times, "14:55", start later in the day), and their points leave the time out.
 */
export function markElapsedTimes(body: RootContent[]): void {
  const timed = body.filter(
    (node): node is Paragraph => node.type === 'paragraph' && node.children[0]?.type === 'text' && elapsedTime.test(node.children[0].value),
  )
  const first = timed[0]?.children[0]
  if (timed.length < minElapsed || first?.type !== 'text' || !/^(?:0?0:)?0\d:/u.test(first.value)) return
  for (const paragraph of timed) paragraph.data = { ...paragraph.data, lecternElapsed: true }
}
