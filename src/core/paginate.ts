import type { Heading, List, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { headingText } from './heading-text.ts'
import type { Position } from 'unist'
import { visit } from './visit.ts'
import {
  extractKeyPoints,
  namesWorksCited,
  sectionTerms,
  sentencesOf,
  similarity,
  termsOf,
  topicKeyphrase,
  topicTokens,
} from './key-points/index.ts'
import type { DeckOptions } from './options.ts'
import {
  balancedCuts,
  charsPerLine,
  excerptOf,
  fitLimit,
  headlinesOf,
  inColumns,
  isLoneItem,
  limitOf,
  lineBudget,
  listExcerptOf,
  splitVisual,
  weigh,
  hasImage,
} from './split-visual.ts'
import { numbersCaption } from './key-points/captions.ts'
import { runsIntoBlock } from './key-points/introductions.ts'
import { dangles } from './key-points/completeness.ts'
import { leansOnPreviousTokens } from './key-points/dependence.ts'
import { quoteExcerptOf } from './quote-excerpt.ts'
import { leadWhenSilent, onlyCaptions } from './silent-lead.ts'
import { picturesOnly } from './pictures.ts'
import { speakingSeconds } from './pacing.ts'
import { withTime, withoutTime } from './timeline.ts'
import { isStatement } from './slide-kinds.ts'
import { titleRoom } from './title-room.ts'
import { endsOnVerb, labelProblem, opensOnVerb, topicBoundaries } from './topics.ts'
import { WrittenPhrase } from './written-phrase.ts'
import type { KeyPointJob, KeyPoints, Notes, SegmentPoints, Slide } from './types.ts'
import { countWords, titleWidth } from './words.ts'
import { finiteAuxiliary, finiteWord, readingsOf, tagSentence } from './key-points/tagging.ts'
import { isCjk, speechLength } from './key-points/text.ts'
import { withoutHurriedReader } from './key-points/leading.ts'
import { upperFirst } from './letter-case.ts'
import { promisesBelow, saidAroundAPoint } from './key-points/asides.ts'
import { teasesWhatFollows } from './key-points/announcements.ts'
import { asideWordsOf, clauseWordsOf } from './key-points/clause-words.ts'
import { startsWithAny } from './key-points/clauses.ts'
import { linkTexts, sentencesOfParagraph } from './key-points/extract.ts'
import { altText, pictureWords } from './links.ts'
import { escapeRegExp } from './regexp.ts'

declare module 'mdast' {
  interface ParagraphData {
    /** A picture's notes line "Image: alt — caption": its alt text and caption, so the caption goes where the notes say it. */
    lecternAlt?: string
    lecternCaption?: string
    /** A line the deck wrote to say what a picture shows, "Image: …", in the talk's language where it is set (`pictureWord`). */
    lecternPictureLine?: true
  }
}

export { splitVisual, weigh } from './split-visual.ts'

/** A run of blocks under one title: a section, a sub-section, or the part after a `---`. */
export interface Segment {
  /** The visible title; empty for slides without one. */
  title: PhrasingContent[]
  /** Plain text of the section this segment belongs to. */
  groupTitle: string
  items: SegmentItem[]
  position?: Position
  /** A sub-section (`###`): shows its section's title above its own. */
  sub?: boolean
  /** Started by a `---`. */
  broken?: boolean
  /** The id its heading was given (`{#id}`), for its first slide. */
  anchor?: string
  /**
   * What it is about, when its heading only says what part of the talk it is (the opening's
   * "Introduction": the talk's title). Key points are chosen against it and ids made from it.
   */
  about?: string
  /** A slide with just the title even when there is nothing under it. */
  divider?: boolean
  /**
   * Stands in for the headings of an article that has none (its title is the talk's): its
   * slides are titled by their topic's keyphrase alone, and each topic starts anew (a slide
   * group of its own, see structure.ts). `whole`: a part of its own (after a thematic break),
   * titled by its keyphrase even when it is one topic.
   */
  byTopic?: 'topics' | 'whole'
  /**
   * What the first topic of an article without headings is headed when other topics follow
   * ("Introduction", in the talk's language): the title slide has just shown the talk's title.
   */
  openingTitle?: string
  /**
   * The talk's title and description: a one-word keyphrase they name ("Gleam", "Rust") is what
   * the whole talk is about, no topic of one of its sections.
   */
  talk?: string
}

export type SegmentItem =
  | {
      kind: 'paragraph'
      node: Paragraph
      /** What the notes say in its place: a prose list's item, as a list of one (see prose-lists.ts). */
      said?: RootContent
      /** The number of a numbered list's item, shown before its point. */
      number?: number
    }
  | { kind: 'visual'; node: RootContent }
  | { kind: 'note'; node: RootContent }

/** What goes on a slide as one piece: a paragraph's point, or a visual block (or a piece of one). */
interface Unit {
  lines: number
  paragraph?: Paragraph
  /** Seconds its paragraph takes to say (see `fill`). */
  spoken?: number
  /** What the notes say for the paragraph, when it is not the paragraph itself (a prose list's item). */
  said?: RootContent
  /** The item's number, for its point. */
  number?: number
  point?: PhrasingContent[]
  visual?: RootContent
  /** Its notes describe what the visual shows in a line each, said over it (a list's descriptions: see `headlinesOf`). */
  describes?: true
  /** Notes-only blocks that come before this unit: deeper headings that introduce it. */
  before: RootContent[]
  /** Notes-only blocks (definitions) that follow this unit. */
  notes: RootContent[]
  /** Starts a speaker's turn (its run-in label names who speaks): it ends the topic before it. */
  turn?: boolean
  /** A paragraph that introduces the block after it ("…we need a Service:"): the two share a slide. */
  leadIn?: boolean
  /** A table or list that names what the paragraph after it is about: it stays with that paragraph (a `leadIn` too). */
  heads?: boolean
  /** Its point is its lead-in sentence, set over the block it introduces (see `leadInLine`). */
  leadLine?: true
  /** Its last sentence, which leads into the block after it, set over that block below its point (see `leadInLine`). */
  leadAfter?: PhrasingContent[]
  /** The author's title for what starts here: a deeper heading before it, or its run-in label. */
  topic?: { children: PhrasingContent[]; position?: Position; heading: boolean }
  /** Its deeper heading is shown over it on the slide (see `headingsShown`). */
  headed?: true
  /** Its point, which says its run-in label: shown where the label does not title its slide (see `withUnits`). */
  titles?: PhrasingContent[]
}

/** A topic of a segment: its units, and what titles its slides after the segment's title. */
interface Topic {
  units: Unit[]
  label?: PhrasingContent[]
  /** The label is a keyphrase found in the topic's words, not the author's heading. */
  found?: boolean
}

/** What `paginate` extracts the key points of a segment from; undefined when the deck has none. */
export function keyPointJob(segment: Segment, options: DeckOptions, lang = 'en'): KeyPointJob | undefined {
  if (options.keyPoints === 'none') return undefined
  const title = headingText(segment.title)
  const paragraphs: Paragraph[] = []
  const beforeBlock: boolean[] = []
  const beforeQuote: boolean[] = []
  const afterBlock: boolean[] = []
  const afterHeading: boolean[] = []
  segment.items.forEach((item, index) => {
    if (item.kind !== 'paragraph') return
    paragraphs.push(item.node)
    const after = segment.items[index + 1]
    beforeBlock.push(after?.kind === 'visual')
    beforeQuote.push(after?.kind === 'visual' && after.node.type === 'blockquote')
    afterBlock.push(segment.items[index - 1]?.kind === 'visual')
    // Only pictures between it and the heading above it: the segment's own, or a deeper one inside it.
    let above = index - 1
    while (above >= 0 && segment.items[above].kind === 'visual') above--
    const before = segment.items[above]
    afterHeading.push(above < 0 || (before.kind === 'note' && before.node.type === 'heading'))
  })
  // The items of the lists the segment shows: a point that only says one again adds nothing beside it.
  // (Nor the words of a quotation it shows, "> Not all experience is created equal" over the paragraph that opens on them
  // (review 116, an essay's epigraphs): the slide would say them twice.)
  const shown = segment.items.flatMap((item) =>
    item.kind === 'visual' && (item.node.type === 'list' || item.node.type === 'blockquote')
      ? item.node.children.map((entry) => toString(entry).replace(/\s+/g, ' ').trim())
      : [],
  )
  return {
    paragraphs,
    context: {
      heading: segment.about || title || segment.groupTitle,
      section: segment.groupTitle,
      lang,
      mode: options.keyPoints,
      beforeBlock,
      beforeQuote,
      afterBlock,
      afterHeading,
      shown,
    },
  }
}

/** Seconds of notes from which a slide's worth of paragraphs without a point shows its first claim. */
const minSilentPageSeconds = 60
/** The same for a slide that opens with a deeper heading of the writer's. */
const minHeadedSilentPageSeconds = 20
/** Seconds of notes a slide of several paragraphs says at most: about two minutes. */
const maxSlideSeconds = 120
/** Seconds of notes at most of a slide that takes in a neighbour's lone point or block: four minutes. */
const maxJoinedSeconds = 240
/** Seconds of its own notes from which a lone point's slide stands alone rather than join one past `maxJoinedSeconds`. */
const minLoneSeconds = 90

/** The seconds a slide's paragraphs take to say. */
function spokenSeconds(page: Unit[]): number {
  return page.reduce((sum, unit) => sum + (unit.spoken ?? 0), 0)
}

/** A last slide this much fuller than the budget still beats a continuation slide holding one item. */
const orphanAllowance = 1.3

/**
 * Lay a segment's blocks out on as many slides as they need, filled evenly. `points` are the
 * segment's key points when they were extracted already (from its `keyPointJob`).
 */
export function paginate(
  given: Segment,
  options: DeckOptions,
  slug: (text: string) => string,
  lang = 'en',
  points?: SegmentPoints,
): Slide[] {
  const title = headingText(given.title)
  // The works a "References" section lists are there to read, not to say: pacing leaves them out.
  const cited = namesWorksCited(title)
  const segment = cited ? { ...given, items: given.items.map((item) => ({ ...item, node: unsaid(item.node) }) as SegmentItem) } : given
  // A divider (a section with nothing under its heading) is one slide of its heading alone.
  if (segment.items.length === 0 && !segment.divider) return []
  const lines = bodyLines(segment, title, continuedMarkOf(lang))
  const units = unitsOf(segment, points ?? extractFor(keyPointJob(segment, options, lang)), lang, lines)
  // What each unit says: its paragraph, or for a list shown as its lines, the descriptions in its notes (see `headlinesOf`).
  for (const unit of units) {
    const said = unit.paragraph ?? (unit.describes && { type: 'root', children: unit.notes })
    if (said) unit.spoken = speakingSeconds(speechLength(toString(said), lang), options)
  }
  // A timeline's entry is a moment of its own: one whose paragraph got no point among the others
  // gets its first claim, as it would as a section of its own (see timeline.ts).
  if (options.keyPoints !== 'none')
    for (const unit of units) {
      const paragraph = unit.paragraph
      if (unit.point || !paragraph?.data?.lecternTime || paragraph.data.lecternNoteOnly) continue
      const claim = firstClaim(withoutTime(paragraph), unit.lines, lang)
      if (claim) Object.assign(unit, { point: withTime(paragraph, claim.point), lines: claim.lines })
    }
  // An item of a list of paragraphs (see prose-lists.ts) that got no point among items that got
  // one would leave a hole in what the writer counted: "for two reasons:" over one, the first,
  // second and fourth of four advantages, two of seven highlights. It gets its first claim, as
  // a timeline's entry does.
  if (options.keyPoints !== 'none')
    for (const run of proseRuns(units)) {
      // ("1. **Log In Again:** Visit dotabod.com and log in…", "2. **Set Up Your Dota Client and Overlay:** …", the steps of
      // Dotabod's post-mortem (review 105): where no item got a point, items that each open on a bold label show their
      // labels, the list the writer made, rather than nothing under "please follow these steps:".)
      if (!run.some((unit) => unit.point)) {
        const labels = run.map((unit) => (unit.paragraph ? boldLabelOf(unit.paragraph) : undefined))
        if (labels.every((label) => label !== undefined))
          run.forEach((unit, index) => Object.assign(unit, { point: [{ type: 'text', value: labels[index] }], lines: 1.3 }))
        continue
      }
      for (const unit of run) {
        if (unit.point || !unit.paragraph || unit.paragraph.data?.lecternNoteOnly) continue
        Object.assign(unit, firstClaim(unit.paragraph, unit.lines, lang, true) ?? cjkItemLabel(unit.paragraph))
      }
    }
  // "If you have a dormant PyPI account, consider removing it if you do not need it. This will help…" (review 109, an
  // incident report's call to action; the one entry of a timeline's day): an item of a list of paragraphs that still has
  // no point shows its first claim, or else the item as the writer wrote it. Left to the notes, the slide would drop it
  // from its list, or show only the heading of the day.
  // ("Based on the previous point, helping customers make a more informed decision when they select a runner…" beside its
  // sibling's point "Helping runners showcase their individual strengths" (review 121, Beam's look back): a short item
  // among items shown as points is a point too, as written, not a list of its own that reads as the point's sub-item.)
  if (options.keyPoints !== 'none') {
    // (Asked as the loop goes: an item before may have just been given its first claim, "I wanted to hit the ground running
    // at Spotify…" (review 148, a year in review), and its sibling after it is then among items shown as points.)
    const runOf = new Map(proseRuns(units).flatMap((run) => run.map((unit) => [unit, run] as const)))
    const inPointedRun = (unit: Unit) => runOf.get(unit)?.some((each) => each.point) === true
    for (const unit of units) {
      if (unit.point || !unit.paragraph || unit.said?.type !== 'list' || unit.paragraph.data?.lecternNoteOnly) continue
      // (Not only what reads at a glance: a claim up to the longest a lead may be, "The Cloudflare config for nodejs.org
      // had multiple Page Rules configured…", rather than the whole item in another style beside its siblings' points.)
      Object.assign(unit, firstClaim(unit.paragraph, unit.lines, lang) ?? cjkItemLabel(unit.paragraph))
      // (Its words as shown, without the tags of a link written in HTML, "<a hreflang="en" href=…>Xat</a> - A social media
      // site" (review 139, the Web Almanac), which the point showed as written.)
      const written = toString(unit.paragraph, { includeHtml: false }).replace(/\s+/g, ' ').trim()
      const shownAs = (text: string) => {
        unit.point = [{ type: 'text', value: text }]
        unit.lines = Math.ceil(text.length / charsPerLine) + 0.3
      }
      if (!unit.point && inPointedRun(unit) && countWords(written, lang) <= maxItemAsPointWords) shownAs(written.replace(/[.。]$/u, ''))
      // ("There are several reasons why this checking should remain an opt-in feature…:" over four long reasons, the fourth
      // "The auditing facilities described in this vision should be sufficient for Swift users who require strict memory
      // safety, to establish where unsafe constructs are used…" (review 134, Swift's memory-safety vision): an item too long
      // to show among items shown as points shows its opening clause, where that is a clause of its own that fits one;
      // left to the notes, the slide counted three reasons of four.)
      const joint = unit.paragraph.children.findIndex((child) => child.type === 'text' && child.data?.lecternJoint)
      const first = joint === -1 ? unit.paragraph.children : unit.paragraph.children.slice(0, joint)
      const opening =
        !unit.point && inPointedRun(unit)
          ? openingClause(toString({ type: 'paragraph', children: first }, { includeHtml: false }), lang)
          : undefined
      if (opening) shownAs(opening)
      else if (!unit.point && inPointedRun(unit) && countWords(written, lang) <= maxLongItemAsPointWords)
        shownAs(written.replace(/[.。]$/u, ''))
      // (Not a long item, which would fill the slide with its prose: it is said, in the notes, as before.)
      if (unit.point || countWords(toString(unit.said), lang) > maxShownItemWords) continue
      Object.assign(unit, { visual: unit.said, lines: weigh(unit.said), notes: [unit.said, ...unit.notes] })
      delete unit.paragraph
      delete unit.said
    }
  }
  // After a `---`, such words are said on the slide before instead (see slide-kinds.ts).
  // (Not under "References": a citation is no lead.)
  if (options.keyPoints !== 'none' && !segment.broken && !cited) leadWhenSilent(units, lang)
  const arranged = topicsOf(
    units,
    options.maxBullets,
    title || segment.groupTitle,
    segment.talk,
    lang,
    lines,
    segment.byTopic === 'whole',
  ).flatMap((topic) => {
    // A keyphrase titles the slides of its topic from the first that says it on ("Section:
    // topic", then "Section: topic (cont.)"); those before it are the section's "(cont.)".
    // Without a section, it is the only title the topic's slides have.
    const pattern =
      topic.found && topic.label && !segment.byTopic ? phrasePattern(toString({ type: 'paragraph', children: topic.label })) : undefined
    let named = false
    return arrange(topic.units, options.maxBullets, lines).map((page): Page => {
      named ||= !pattern || page.some((unit) => says(unit, pattern))
      return { page, label: named ? topic.label : undefined, topical: topic.found === true }
    })
  })
  // A slide's worth of paragraphs that got no point, with a minute or more to say, would join its
  // neighbour's notes: an essay's slide said for ten minutes. It shows its first claim instead,
  // as a section without points does (see silent-lead.ts).
  // (Sooner under a deeper heading of the writer's that opens the slide, "#### TimescaleDB": its
  // slide would show that heading alone, set as a divider, over its words.)
  if (options.keyPoints !== 'none' && arranged.length > 1)
    for (const { page } of arranged) {
      const least = headingOf(page[0])?.heading ? minHeadedSilentPageSeconds : minSilentPageSeconds
      // (Nor one under its own heading that shows only a picture: "### 7. How soon do you plan to upgrade…?" over the survey's
      // chart (review 133, Vitess's survey) showed the chart alone, the sentence that says what it shows only in the notes.)
      const pictured =
        headingOf(page[0])?.heading !== undefined &&
        page.some((unit) => unit.visual && picturesOnly(unit.visual)) &&
        !page.some((unit) => unit.visual && !picturesOnly(unit.visual))
      if (!page.some((unit) => unit.point || (unit.visual && !pictured)) && (pictured || spokenSeconds(page) >= least))
        leadWhenSilent(page, lang)
    }
  const pages = joinThin(adoptOrphans(arranged, options.maxBullets, lines, options.keyPoints !== 'none'), options.maxBullets)
  // (After the slides are laid out, and only where the block is on the same slide: the line is
  // said over its block, never at the end of a slide whose next one shows the block.)
  if (options.keyPoints !== 'none')
    for (const { page } of pages)
      for (const [index, unit] of page.entries()) {
        const block = page[index + 1]?.visual ?? page[index + 1]?.said
        // (Not over a picture that cannot be shown, its caption line in its place: "Our best guess
        // of a scenario looks something like:" over "picture: example.org" leads into nothing.)
        if (block && !onlyCaptions(block)) leadInLine(unit, lang, block)
      }
  // ("Jetzt kannst du sehen, wie sich deine Anwendung verhalten wird. … Du wirst sehen, dass sowohl der Sucheingabetext als
  // auch die Tabelle aktualisiert werden:" over a listing the next slide shows: a paragraph whose point stays on one slide and
  // whose last sentence, another than the point's, leads into the block on the next sets that line over the block there.)
  if (options.keyPoints !== 'none')
    for (const [index, { page }] of pages.entries()) {
      const last = page.at(-1)
      const next = pages[index + 1]?.page[0]
      if (
        !last?.point ||
        !last.leadIn ||
        last.leadAfter ||
        !next?.visual ||
        next.point ||
        next.before.length > 0 ||
        onlyCaptions(next.visual)
      )
        continue
      const own = ownLeadLine(last, lang, next.visual)
      if (own?.end !== -1) continue
      next.point = own.probe.point
      next.leadLine = true
      next.lines += own.probe.lines
    }
  if (pages.length === 1 && !segment.byTopic && !(options.keyPoints !== 'none' && headingsAsPoints(pages[0].page)))
    headingsShown(pages[0].page)
  if (!segment.byTopic) nameOwnTopics(pages, title || segment.groupTitle, segment.talk, lang)

  const cont = continuedMarkOf(lang)
  if (segment.byTopic) return withEvenTitles(slidesByTopic(segment, pages, slug, cont, lang))
  // A continued slide whose title says a topic shown before says it again with "(cont.)", as a
  // plain one does, also after a slide in between that did not say it.
  const titlesBefore = new Set<string>()
  const slides = pages.map(({ page, label: topicLabel }, index) => {
    // A slide that opens under a deeper heading starts a topic of the author's: it goes on from
    // nothing, and starts where that heading is.
    const opening = pages.length > 1 ? headingOf(page[0]) : undefined
    const continued = index > 0 && !segment.broken && !opening
    // A segment on one slide is titled by its own heading alone.
    const found = pages.length > 1 ? labelOf(page, topicLabel) : undefined
    // At the end of a title, a heading's closing colon ("🌱 Core Idea:") introduces nothing.
    const label = found && withoutClosingColon(found)
    // A slide that holds a deeper heading's paragraphs shows it, the segment's first slide too.
    const labelled = label && (continued || page.some(opensWithHeading))
    // A heading that ends in its own colon ("Mathematical Expression:") takes the topic after it, not a second colon.
    const joiner = /[:：]\s*$/u.test(title) ? ' ' : ': '
    const topic = labelled ? `${joiner}${toString({ type: 'paragraph', children: label })}` : ''
    const again = continued && topic !== '' && titlesBefore.has(title + topic)
    titlesBefore.add(title + topic)
    const suffix = labelled ? topic + (again ? cont : '') : continued ? cont : ''
    // "Section: topic" too long for a heading, or after a question or exclamation ("How does it
    // work?: legal labels"): the section's name goes above, as a sub-section's does. A
    // sub-section's own name goes there in place of its section's: it says more of the topic
    // ("Current state of the docs" over "Q: How would you rate …?", not "Detailed insights").
    // (Measured as wide as it shows: "[[test]]형식의 Vimwiki 링크를 html <a> 태그로 보여준다: 링크 15개" (review 147, a Korean wiki's
    // story) is forty-seven characters, but its Korean ones are twice as wide, and the title ran over two lines.)
    const above = labelled && (titleWidth(title + topic) > maxTitleCharacters || endsInQuestion.test(title))
    const slide: Slide = {
      type: 'slide',
      kind: 'content',
      id: slug((index === 0 && segment.anchor) || segment.about || title || segment.groupTitle),
      title: (title || segment.groupTitle) + suffix,
      kicker: above ? title : segment.sub ? segment.groupTitle : undefined,
      continued,
      children: [],
      seconds: 0,
      position: (index > 0 && opening?.position) || segment.position,
    }
    if (title) {
      const mark: PhrasingContent[] = again ? [{ type: 'text', value: cont }] : []
      const after: PhrasingContent[] = labelled
        ? [{ type: 'text', value: joiner }, ...structuredClone(label), ...mark]
        : suffix
          ? [{ type: 'text', value: suffix }]
          : []
      slide.children.push({
        type: 'slideTitle',
        children: above ? [...capitalized(structuredClone(label)), ...mark] : [...structuredClone(segment.title), ...after],
      })
    }
    return withUnits(slide, page, lang)
  })
  return withEvenTitles(slides)
}

/**
 * The lines a segment's slides hold below their heading: a heading that wraps, or a kicker
 * above it, leaves fewer (see title-room.ts). The longest heading its slides may get counts:
 * its title with its longest deeper heading and its continuation `mark`, or that heading under the title
 * set above it, as `paginate` titles them. A keyphrase's or run-in label's few words are not
 * known yet, and rarely make a heading wrap.
 */
function bodyLines(segment: Segment, title: string, mark: string): number {
  const name = title || (segment.byTopic ? segment.groupTitle : '')
  if (!name) return lineBudget
  const label = segment.items
    .flatMap((item) => (item.kind === 'note' && item.node.type === 'heading' && isTitle(item.node) ? [headingText(item.node)] : []))
    .reduce((longest, each) => (each.length > longest.length ? each : longest), '')
  const above = label !== '' && (titleWidth(`${name}: ${label}`) > maxTitleCharacters || endsInQuestion.test(name))
  const heading = (above ? label : label ? `${name}: ${label}` : name) + mark
  return lineBudget - titleRoom(titleWidth(heading), segment.sub === true || above)
}

/** The slide with its units: their points and visuals shown, their words in its notes. */
function withUnits(slide: Slide, page: Unit[], lang: string): Slide {
  const notes: Notes = { type: 'notes', children: [] }
  const bare = (text: string) =>
    text
      .replace(/[\s:：.。]+$/u, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  const title = bare(slide.title)
  for (const unit of page) {
    // (A point that says the run-in label the slide is titled by is said there already.)
    const label = unit.topic && bare(toString({ type: 'paragraph', children: unit.topic.children }))
    const titled = label !== undefined && label !== '' && title.includes(label)
    // ("**Example 1**: Run on a different Fedora release:" under "tmt customization: Example 1" (review 149, Cockpit's post on
    // testing): a point that opens on the label its slide is titled by says the rest.)
    const point = unit.point
      ? titled && label
        ? withoutOpeningLabel(unit.point, label)
        : unit.point
      : unit.titles && !titled
        ? unit.titles
        : undefined
    notes.children.push(...(unit.before as Notes['children']))
    if (unit.headed && unit.topic)
      slide.children.push({
        type: 'heading',
        depth: 3,
        children: structuredClone(unit.topic.children),
        data: { hProperties: { className: ['lectern-subheading'] } },
      } as Slide['children'][number])
    if (point)
      bulletsOf(slide).children.push({
        type: 'keyPoint',
        children: point,
        number: unit.number,
        ...(unit.leadLine && { leadIn: true }),
      })
    if (unit.leadAfter) bulletsOf(slide).children.push({ type: 'keyPoint', children: unit.leadAfter, leadIn: true })
    if (unit.visual) slide.children.push(unit.visual as Slide['children'][number])
    if (unit.paragraph) notes.children.push((unit.said ?? unit.paragraph) as Notes['children'][number])
    notes.children.push(...(unit.notes as Notes['children']))
  }
  // ("Image: Sending an event with Points of Presence" and the caption line under the picture with the
  // same words: said once, as the caption.)
  const words = (text: string) => text.replace(/\s+/g, ' ').trim()
  const said = new Set(notes.children.map((child) => words(toString(child))))
  notes.children = notes.children
    .map((child) => {
      const alt = child.type === 'paragraph' ? child.data?.lecternAlt : undefined
      const caption = child.type === 'paragraph' ? child.data?.lecternCaption : undefined
      return alt && caption && said.has(words(caption))
        ? {
            type: 'paragraph' as const,
            children: [{ type: 'text' as const, value: `Image: ${alt}` }],
            data: { lecternPictureLine: true as const },
          }
        : child
    })
    .filter((child) => {
      const text = child.type === 'paragraph' ? toString(child) : ''
      return !(text.startsWith('Image: ') && said.has(text.slice('Image: '.length).trim()))
    })
  // ("Image: Как работает DNS" in a Russian talk's notes (review 149, a Russian guide to hosting): the word in the talk's language.)
  const word = pictureWord(lang)
  if (word !== 'Image')
    for (const child of notes.children) {
      const [first] = child.type === 'paragraph' && child.data?.lecternPictureLine ? child.children : []
      if (first?.type === 'text' && first.value.startsWith('Image: ')) first.value = `${word}: ${first.value.slice('Image: '.length)}`
    }
  if (notes.children.length > 0) slide.children.push(notes)
  return slide
}

/** The word before a picture's description in the notes, in the talk's language (English's "Image" where lectern has none). */
function pictureWord(lang: string): string {
  return pictureLabels[lang.toLowerCase().split(/[-_]/u)[0]] ?? 'Image'
}

const pictureLabels: Record<string, string> = {
  de: 'Bild',
  es: 'Imagen',
  pt: 'Imagem',
  it: 'Immagine',
  nl: 'Afbeelding',
  pl: 'Obraz',
  ru: 'Изображение',
  uk: 'Зображення',
  ja: '画像',
  zh: '图片',
  ko: '이미지',
}

/** A point without the label it opens on and the colon after it ("**Example 1**: Run on…" → "Run on…"), where it says more. */
function withoutOpeningLabel(point: PhrasingContent[], label: string): PhrasingContent[] {
  const [first, ...rest] = point
  // (The label in bold, its colon inside or after it; or the label and its colon opening the point's words.)
  if (first?.type === 'strong' && rest[0]?.type === 'text') {
    if (
      toString(first)
        .replace(/[\s:：]+$/u, '')
        .trim()
        .toLowerCase() !== label
    )
      return point
    const [second, ...others] = rest
    const colon = /[:：]\s*$/u.test(toString(first)) ? /^\s+/u.exec(second.value) : /^\s*[:：]\s*/u.exec(second.value)
    const words = colon ? second.value.slice(colon[0].length) : ''
    return words.trim() === '' ? point : [{ ...second, value: upperFirst(words) }, ...others]
  }
  if (first?.type !== 'text') return point
  const opening = /^([^:：]{1,60})[:：]\s+(?=\S)/u.exec(first.value)
  if (!opening || opening[1].trim().toLowerCase() !== label) return point
  return [{ ...first, value: upperFirst(first.value.slice(opening[0].length)) }, ...rest]
}

/**
 * One heading size for a section's run of slides: a long "(cont.)" title must not set its
 * heading smaller than the first slide's, as if it were a deeper level.
 */
function withEvenTitles(slides: Slide[]): Slide[] {
  const widest = Math.max(
    ...slides.map((slide) =>
      titleWidth(toString(slide.children.find((child) => child.type === 'slideTitle') ?? { type: 'text', value: '' })),
    ),
  )
  for (const slide of slides) slide.titleWidth = widest
  return slides
}

/**
 * The slides of a segment that stands in for missing headings (`Segment.byTopic`): each is
 * titled by its topic's keyphrase, capitalised as a heading, the slides after a topic's first
 * with "(cont.)"; a slide with no keyphrase goes on under the one before, and those before any
 * (the first topic's, when it opens the talk) under the talk's title. A slide that starts a topic is not continued: it starts a slide group.
 */
function slidesByTopic(
  segment: Segment,
  pages: Array<{ page: Unit[]; label?: PhrasingContent[] }>,
  slug: (text: string) => string,
  cont: string,
  lang: string,
): Slide[] {
  let labelBefore: PhrasingContent[] | undefined
  let titleBefore: string | undefined
  // The talk's opening (the first topic of an article without headings) goes under its title, or
  // under "Introduction" when other topics, titled by their keyphrases, follow it. (Not when the
  // slides after it have none: an essay's conclusion went under "Introduction (cont.)".)
  const opening = segment.byTopic === 'topics' ? pages[0]?.label : undefined
  const others = pages.some(({ label }) => label !== undefined && label !== opening)
  const openingHeading: PhrasingContent[] = segment.openingTitle && others ? [{ type: 'text', value: segment.openingTitle }] : segment.title
  return pages.map(({ page, label: topic }, index) => {
    // The author's run-in labels on the slide title it, as they do a section's slides.
    const found = labelOf(page, topic === opening ? undefined : topic)
    const label = found ? capitalized(withoutClosingColon(structuredClone(found))) : labelBefore
    labelBefore = label
    const heading = label ?? openingHeading
    const title = headingText(heading)
    const continued = index > 0 && title === titleBefore
    titleBefore = title
    const first = page.find((unit) => unit.paragraph ?? unit.visual)
    const slide: Slide = {
      type: 'slide',
      kind: 'content',
      // (The opening's ids are made from the talk's title, as before it had a heading of its own.)
      id: slug(label ? title : headingText(segment.title)),
      title: title + (continued ? cont : ''),
      continued,
      children: [
        {
          type: 'slideTitle',
          children: [...structuredClone(heading), ...(continued ? [{ type: 'text', value: cont } as const] : [])],
        },
      ],
      seconds: 0,
      position: index === 0 ? segment.position : (first?.paragraph ?? first?.visual)?.position,
    }
    return withUnits(slide, page, lang)
  })
}

/**
 * What a slide that goes on from the one before adds to its title in the talk's language ("（续）" after "引言", "(Forts.)" in
 * German, "(cd.)" in Polish, review 137): the marks each language's printed matter uses, a closed table. Spanish, Portuguese
 * and Italian write "(cont.)" as English does, and so do languages not listed. (A language is told from 300 characters of
 * prose at least, see detect-lang.ts, or said by the article: a short text keeps English's mark.)
 */
const continuedMarks: Record<string, string> = {
  zh: '（续）',
  ja: '（続き）',
  ko: ' (계속)',
  de: ' (Forts.)',
  fr: ' (suite)',
  nl: ' (vervolg)',
  pl: ' (cd.)',
  ru: ' (прод.)',
  uk: ' (продовж.)',
  sv: ' (forts.)',
  cs: ' (pokr.)',
  tr: ' (devam)',
  hu: ' (folyt.)',
}

/** The continuation mark of a slide title in a talk's language (see {@link continuedMarks}). */
export function continuedMarkOf(lang: string): string {
  return continuedMarks[lang.toLowerCase().split(/[-_]/u)[0]] ?? ' (cont.)'
}

/** A heading that ends in a question or an exclamation mark: no colon can follow it. */
const endsInQuestion = /[?!？！]["'”’)）]*\s*$/u

/** Characters of a "Section: topic" heading beyond which the section's name goes above it. */
const maxTitleCharacters = 64

/** Phrasing without the colon it ends with, copied when it has one. */
function withoutClosingColon(phrase: PhrasingContent[]): PhrasingContent[] {
  const last = phrase[phrase.length - 1]
  if (last?.type !== 'text' || !/[:：]\s*$/u.test(last.value)) return phrase
  return [...phrase.slice(0, -1), { ...last, value: last.value.replace(/\s*[:：]\s*$/u, '') }]
}

/** A keyphrase as a heading: its first letter a capital ("inherent biases" → "Inherent biases"). */
function capitalized(phrase: PhrasingContent[]): PhrasingContent[] {
  const [first] = phrase
  if (first?.type === 'text') first.value = upperFirst(first.value)
  return phrase
}

/** The key points of one job, in this thread. */
export function extractFor(job: KeyPointJob | undefined): SegmentPoints {
  return job ? extractKeyPoints(job.paragraphs, job.context) : []
}

/**
 * The words of an English item up to its first comma, semicolon, colon or dash, where they make a clause of their own (a
 * finite verb, nothing left waiting) of five words up to an item shown as a point; else none.
 */
function openingClause(said: string, lang: string): string | undefined {
  if (!lang.toLowerCase().startsWith('en')) return undefined
  // (Within its first line, where a mark closes it: "3. Optimize the code you are benchmarking" over a paragraph of its
  // own, "You can then `git commit`…", is no clause run on into the next.)
  const found = /^([^,;:—–\n]+)[,;:—–]\s*(.*)/u.exec(said.trim())
  const clause = found?.[1].trim()
  if (!clause || /[.!?]\s/u.test(clause)) return undefined
  // (Not one the words after it take back or bound: "Customers should move to the new endpoint as soon as possible, | unless
  // they still depend on bulk exports…".)
  if (/^(?:but|unless|only|if|provided|except|as\s+long\s+as|when|although|though|which|until|so\s+long\s+as)\b/iu.test(found?.[2] ?? ''))
    return undefined
  const words = countWords(clause, lang)
  if (words < 5 || words > maxItemAsPointWords) return undefined
  const tagged = tagSentence(clause).filter((token) => token.kind === 'word')
  return tagged.some(finiteWord) && !dangles(tagged) && !leansOnPreviousTokens(tagged) ? clause : undefined
}

/** A paragraph's first claim as its point, as a section without points gets one (see silent-lead.ts), within a glance if asked; undefined when it has none. */
function firstClaim(
  paragraph: Paragraph,
  lines: number,
  lang: string,
  glance = false,
): { point: PhrasingContent[]; lines: number } | undefined {
  const entry: Pick<Unit, 'lines' | 'paragraph' | 'point'> = { lines, paragraph }
  leadWhenSilent([entry], lang, { glance })
  return entry.point ? { point: entry.point, lines: entry.lines } : undefined
}

/** Words that link an item to what came before ("但是", "首先", "しかし", "하지만"): no label of it. A closed class. */
const cjkConnective =
  /^(?:但是|但|然而|不过|首先|其次|再次|最后|然后|因此|所以|于是|另外|此外|同时|而且|并且|例如|比如|总之|总而言之|当然|其实|那么|如果|虽然|因为|しかし|まず|また|ただし|例えば|つまり|そして|なお|하지만|그러나|먼저|또한|따라서|예를 들어|그리고|그래서)$/u

/** CJK characters at most of the phrase before an item's first comma that names what the item is about. */
const maxCjkLabel = 10

/**
 * "1. 功能扩展，根据功能对数据进行分组，…这实际上就是 SOA 架构下的服务化。": a CJK item too long for a
 * claim, that opens on a short phrase before its first comma, names its topic there, as its
 * sibling "数据分片，…" does; that phrase is its point rather than a hole in the list.
 */
function cjkItemLabel(paragraph: Paragraph): { point: PhrasingContent[] } | undefined {
  const text = toString(paragraph, { includeHtml: false }).trim()
  const label = /^([^，,：:。！？\s]{2,40})[，,]/u.exec(text)?.[1]
  if (!label || !isCjk(label) || label.length > maxCjkLabel || cjkConnective.test(label)) return undefined
  return { point: [{ type: 'text', value: label }] }
}

/** The words of a bold label that opens a paragraph before its colon ("**Log In Again:** Visit…"), without the colon. */
function boldLabelOf(paragraph: Paragraph): string | undefined {
  const [first, second] = paragraph.children
  if (first?.type !== 'strong') return undefined
  const label = toString(first).replace(/\s+/g, ' ').trim()
  const colon = /[:：]$/u.test(label) || (second?.type === 'text' && /^\s*[:：]/u.test(second.value))
  const words = label.replace(/[:：]$/u, '').trim()
  return colon && words !== '' && words.split(' ').length <= maxItemLabelWords ? words : undefined
}

/** Words a bold label of a list's item has at most, shown as the item's point. */
const maxItemLabelWords = 10

/** Words at most of an item of a list of paragraphs shown as written for want of a point. */
const maxShownItemWords = 60

/** Words at most of such an item shown as a point, as written, among its siblings' points. */
const maxItemAsPointWords = 24

/**
 * Words at most of one shown so where its opening is no clause of its own to show instead. ("I wanted to also show by the
 * end of the coming year that I'm capable of performing on a higher level…" (review 148, a year in review), twenty-eight
 * words beside its sibling's point, showed as a list under that point, read as its sub-item.)
 */
const maxLongItemAsPointWords = 32

/** Runs of units that are items of one list of paragraphs, in order: each said as its list item (see prose-lists.ts). */
function proseRuns(units: Unit[]): Unit[][] {
  const runs: Unit[][] = []
  let run: Unit[] = []
  for (const unit of units) {
    if (unit.said?.type === 'list' && unit.paragraph) {
      run.push(unit)
      continue
    }
    // (A block an item holds after its paragraphs, its code or picture, stays inside the run.)
    if (unit.visual !== undefined && run.length > 0) continue
    if (run.length > 1) runs.push(run)
    run = []
  }
  if (run.length > 1) runs.push(run)
  return runs
}

function unitsOf(segment: Segment, points: SegmentPoints, lang: string, lines: number): Unit[] {
  const units: Unit[] = []
  // Notes-only blocks go with the unit after them when they open the segment or follow a
  // deeper heading (a heading introduces what comes next), else with the unit before.
  let before: RootContent[] = []
  const push = (unit: Omit<Unit, 'before'>) => {
    units.push({ ...unit, before })
    before = []
  }
  let paragraphIndex = 0
  for (const item of segment.items) {
    if (item.kind === 'paragraph') {
      const point = points[paragraphIndex++]
      const lines = point ? Math.ceil(toString({ type: 'paragraph', children: point }).length / charsPerLine) + 0.3 : 0
      push({ lines, paragraph: item.node, said: item.said, number: item.number, point, notes: [] })
    } else if (item.kind === 'visual') {
      // A long listing shows its start; the notes (and so the handout) hold it whole.
      // So does a long quotation: its first sentences, "[…]" for the rest.
      const excerpt =
        item.node.type === 'code'
          ? excerptOf(item.node, lines)
          : item.node.type === 'blockquote'
            ? quoteExcerptOf(item.node, lang)
            : undefined
      // So does a list of a hundred entries: its start, a few slides at most.
      const list = item.node.type === 'list' ? inColumns(item.node) : undefined
      // A list of short lines, each over a description in sentences: the lines, said with their descriptions.
      const headlines = list && headlinesOf(list, lines, lang)
      const listExcerpt = list && !headlines && listExcerptOf(list, lines)
      // (The whole quotation in the notes is for their reader and the handout's: shown, it is not said again.)
      if (excerpt) push({ lines: weigh(excerpt), visual: excerpt, notes: [excerpt.type === 'blockquote' ? unsaid(item.node) : item.node] })
      else if (list && headlines) {
        const pieces = splitVisual(listExcerptOf(headlines, lines) ?? headlines, lines) as List[]
        let from = 0
        pieces.forEach((piece, index) => {
          const to = index === pieces.length - 1 ? list.children.length : from + piece.children.length
          push({
            lines: weigh(piece),
            visual: piece,
            describes: true,
            notes: [{ ...list, start: (list.start ?? 1) + from, children: list.children.slice(from, to) }],
          })
          from = to
        })
      } else if (list && listExcerpt) {
        const pieces = splitVisual(listExcerpt, lines)
        pieces.forEach((piece, index) =>
          // For the reader of the notes and handout, not said: pacing leaves it out.
          push({ lines: weigh(piece), visual: piece, notes: index === pieces.length - 1 ? [unsaid(list)] : [] }),
        )
      } else for (const piece of splitVisual(list ?? item.node, lines)) push({ lines: weigh(piece), visual: piece, notes: altNotes(piece) })
    } else if (units.length > 0 && before.length === 0 && item.node.type !== 'heading') units[units.length - 1].notes.push(item.node)
    else before.push(item.node)
  }
  if (units.length === 0) return [{ lines: 0, before: [], notes: before }]
  units[units.length - 1].notes.push(...before)
  units.forEach((unit, index) => {
    const next = units[index + 1]
    if (unit.paragraph && next?.visual && next.before.length === 0) unit.leadIn = introduces(unit.paragraph, next.visual, lang)
    // "Les raisons de l'échec :" over a list whose items are prose, each a point of its own: the
    // words that introduce them stay with the first.
    if (unit.paragraph && next?.said && next.before.length === 0 && /[:：]\s*$/u.test(toString(unit.paragraph))) unit.leadIn = true
    // "1. The scheduler job:" over its listing, as steps are written ("2. Create the configuration
    // file:" and its code): a numbered or bulleted item alone in its list that ends in a colon
    // introduces the block after it, as a paragraph does, and stays with it.
    if (unit.visual?.type === 'list' && unit.visual.children.length === 1 && next?.visual && next.before.length === 0)
      unit.leadIn = /[:：]\s*$/u.test(toString(unit.visual))
    // "`_posts/2020-01-01-hello-world.md`" alone over its listing: the file's name is the listing's caption.
    if (unit.paragraph && next?.visual?.type === 'code' && next.before.length === 0 && fileNamed(unit.paragraph)) unit.leadIn = true
    // (So is code alone over a table, "`user_id%4<<62`": see leadInLine.)
    if (unit.paragraph && next?.visual?.type === 'table' && next.before.length === 0 && codeAlone(unit.paragraph)) unit.leadIn = true
    // An interview's question is said over its answer: the two never part at a slide's end.
    if (unit.paragraph && next?.paragraph && next.before.length === 0 && isQuestion(unit.paragraph, lang)) unit.leadIn = true
    // Nor does a query part from the result printed right after it (a table, or output as plain text).
    if (unit.visual?.type === 'code' && next?.visual && next.before.length === 0 && unit.notes.length === 0 && isOutput(next.visual))
      unit.leadIn = true
    // Nor a finding from the short output right after it that it reads ("Windows users are well
    // represented" over "Linux 61.57% / Windows 60.21% / …", a survey's notebook): a word of the
    // point is in the output. (Split apart, the slide's last point spoke of the next slide's table.)
    if (unit.point && next?.visual && next.before.length === 0 && unit.notes.length === 0 && readsOutput(unit.point, next.visual))
      unit.leadIn = true
    // "Resource | FigShare | …" over "**Figshare**: Figshare is a reputable data repository…" (review 95, a guide
    // that sets each service's table over its paragraph): a table or list that names what the paragraph after
    // it is about, more than the paragraph before it does, heads it. (Not one that paragraph announces with its colon.)
    const previous = units[index - 1]
    if (
      (unit.visual?.type === 'table' || unit.visual?.type === 'list') &&
      next?.paragraph &&
      next.before.length === 0 &&
      previous?.paragraph &&
      !/[:：]\s*$/u.test(toString(previous.paragraph)) &&
      !runsIntoList(previous.paragraph, unit.visual, lang)
    ) {
      // (The terms each paragraph shares with it that the other does not say: the block's own names.)
      const own = new Set(termsOf(wordsOfBlock(unit.visual), lang))
      const termsAfter = new Set(termsOf(proseOf(next.paragraph), lang))
      const termsBefore = new Set(termsOf(proseOf(previous.paragraph), lang))
      const only = (terms: Set<string>, other: Set<string>) => [...terms].filter((term) => own.has(term) && !other.has(term)).length
      // (The paragraph's bold label, "**Figshare**:", named in the block says so at once.)
      const opening = next.paragraph.children[0]
      const label = opening?.type === 'strong' ? termsOf(toString(opening), lang) : []
      const labelled = label.length > 0 && label.every((term) => own.has(term))
      if (labelled || only(termsAfter, termsBefore) > only(termsBefore, termsAfter)) {
        unit.leadIn = true
        unit.heads = true
        previous.leadIn = false
      }
    }
  })
  withStepNames(units, lang)
  withoutGappedNumbers(units)
  for (const unit of units) {
    // (Of headings one after another, the last of the first's level or above: one with nothing under it before a
    // sibling, "### Q1" over a picture left out, then "### Q2" and its words, names nothing shown; a deeper one
    // after it, "#### Tracking Issues & PRs" then "##### Rust", is a part of it.)
    let heading: Heading | undefined
    for (const node of unit.before)
      if (node.type === 'heading' && isTitle(node) && (!heading || node.depth <= heading.depth)) heading = node
    if (heading) unit.topic = { children: heading.children, position: heading.position, heading: true }
  }
  // Paragraphs that open with a bold label ("**Combustion**. Let's now turn to…") are the
  // topics of a section that has no headings for them, when the author does it more than once.
  // A list item's bold opening names the item, not a topic of the section: it is the item's point.
  // A newsletter's numbered item titles ("2、Load balancer health checks", then its picture and
  // what it says about it) name their items the same way, without the bold.
  const labelled = units.flatMap((unit) => {
    // (A timeline entry's bold time is when it happened, not what it is about: see timeline.ts.)
    if (!unit.paragraph || unit.topic || unit.said || unit.paragraph.data?.lecternTime) return []
    const runIn = runInLabel(unit.paragraph)
    const title = runIn ? undefined : itemTitle(unit.paragraph, lang)
    const label = runIn ?? title
    // An item's title is its whole paragraph: on the slide it is the title, not a point too.
    return label ? [{ unit, label, whole: title !== undefined }] : []
  })
  // A label said again (an interview's "AW:") or one that names a speaker marks whose turn it is,
  // not what the paragraphs are about: no slide is titled by it.
  const texts = labelled.map(({ label }) => toString({ type: 'paragraph', children: label }))
  const topics = labelled.filter(({ unit }, index) => {
    const text = texts[index]
    return texts.indexOf(text) === texts.lastIndexOf(text) && !isSpeakerLabel(unit.paragraph!, text)
  })
  if (new Set(topics.map(({ label }) => toString({ type: 'paragraph', children: label }))).size >= minRunInLabels) {
    // A new turn ends the topic before it: what follows "AW:" is no longer about "Sensors".
    for (const { unit } of labelled) if (!topics.some((topic) => topic.unit === unit)) unit.turn = true
    for (const unit of units) if (unit.paragraph?.data?.lecternSpeaker) unit.turn = true
    for (const { unit, label, whole } of topics) {
      unit.topic = { children: label, position: unit.paragraph?.position, heading: false }
      // The label titles the slide: a point that says the same again goes there (its words stay in the notes).
      // (Only where the label does title it, see `withUnits`: on a part's one slide, or after another label on its slide,
      // "**Documentation is abysmal**. Open source Haskell libraries are…" (review 149, an essay on Haskell in production)
      // was titled by neither, and its point had gone.)
      const point = unit.point && toString({ type: 'paragraph', children: unit.point })
      if (
        whole ||
        (point && similarity(termsOf(point, lang), termsOf(toString({ type: 'paragraph', children: label }), lang)) >= repeatSimilarity)
      ) {
        // (Kept aside: the slides are cut as though it were not there, as on the slide its label titles.)
        unit.titles = unit.point
        unit.point = undefined
        unit.lines = 0
      }
    }
  }
  return units
}

/**
 * Whether a paragraph only asks a question (an interview's "**What was your first position?**"):
 * one sentence, ending in a question mark.
 */
function isQuestion(paragraph: Paragraph, lang: string): boolean {
  const text = toString(paragraph).trim()
  return /[?？]["'”’)）*]*$/u.test(text) && sentencesOf(text, lang).length === 1
}

/** Words at most of a step's opening sentence that names the step ("Install Python."). */
const maxStepNameWords = 6

/**
 * "1. Install Python. Refer to the Python downloads page for instructions…": a numbered step
 * whose sentences give no point (its name is too short for one, the rest a pointer) is shown by the
 * sentence that names it, so the steps on the slide run on without a gap ("Install Python" left
 * out, a tutorial's slide showed steps two and three). Only a short sentence that asks nothing and
 * leads into nothing, and only beside other steps that have points.
 */
function withStepNames(units: Unit[], lang: string): void {
  const numbered = units.filter((unit) => unit.number !== undefined)
  if (numbered.every((unit) => unit.point) || !numbered.some((unit) => unit.point)) return
  for (const unit of numbered) {
    if (unit.point || !unit.paragraph) continue
    const opening = sentencesOf(toString(unit.paragraph, { includeHtml: false }).replace(/\s+/g, ' ').trim(), lang)[0]?.trim() ?? ''
    if (!opening || /[?？:：]$/u.test(opening) || countWords(opening, lang) > maxStepNameWords) continue
    unit.point = [{ type: 'text', value: opening.replace(/(?<=\p{L})[.。]$/u, '') }]
    unit.lines = Math.ceil(opening.length / charsPerLine) + 0.3
  }
}

/**
 * The author's numbers ("1.", "2.", "4.") come off a section's points when one of its numbered
 * items has no point: a count with a gap in it reads as a missing slide. All shown, they stay.
 */
function withoutGappedNumbers(units: Unit[]): void {
  const numbered = units.filter((unit) => unit.number !== undefined)
  if (numbered.every((unit) => unit.point)) return
  for (const unit of numbered) unit.number = undefined
}

/**
 * Whether a run-in label names who speaks: a colon closes it (`**Amanda Weaver:**`, `**AW:**`)
 * and it is a name, its words capitalised, or initials.
 */
function isSpeakerLabel(paragraph: Paragraph, text: string): boolean {
  const [first, next] = paragraph.children
  const colon = (first?.type === 'strong' && /:\s*$/.test(toString(first))) || (next?.type === 'text' && /^\s*:/.test(next.value))
  if (!colon) return false
  const words = text.trim().split(/\s+/)
  return words.length <= 3 && words.every((word) => /^\p{Lu}[\p{L}.'’-]*$/u.test(word))
}

/** A point this similar to its run-in label repeats it (as `npm run quality` counts a point repeating its heading). */
const repeatSimilarity = 0.7
/** Different run-in labels a section needs before they title its slides: one alone is emphasis. */
const minRunInLabels = 2
/** Words of a run-in label at most: a longer bold opening is emphasis, not a label. */
const maxRunInWords = 6

/**
 * A paragraph's run-in label: its opening **bold phrase** when that is short and a sentence of
 * the paragraph goes on after it (`**Energy deficit**. In summary…`, `**Summary** So…`). Its
 * closing `.` or `:` goes.
 */
function runInLabel(paragraph: Paragraph): PhrasingContent[] | undefined {
  const [first, next] = paragraph.children
  if (first?.type !== 'strong') return undefined
  const text = toString(first).trim()
  if (!text || text.split(/\s+/).length > maxRunInWords) return undefined
  // ("**(+)** Static quantization has faster inference…", "**(-)** …" (review 117, PyTorch's post): a mark without a
  // word, a pro or a con, a star, says which side the paragraph is on; it names no topic to title a slide by.)
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined
  const after = next?.type === 'text' ? next.value : next ? ' ' : ''
  // A paragraph of nothing but bold (a tab's name, a caption) is a label of its own, not a run-in one.
  if (after.trim() === '' && paragraph.children.length <= 2) return undefined
  // "**Figure 2**: Two phase repartitioned grouping: …" under its drawing captions the block before
  // it; as a label it would title the slide after with "Figure 2".
  if (numbersCaption(`${text}${after.slice(0, 3)}`)) return undefined
  const ends = /[.:?!]$/.test(text) || /^[.:?!]/.test(after) || /^\s+\p{Lu}/u.test(after)
  if (!ends) return undefined
  const label = structuredClone(first.children)
  const last = label[label.length - 1]
  if (last?.type === 'text') last.value = last.value.replace(/\s*[.:]\s*$/, '')
  return label
}

/** Words of a numbered item's title at most: more is a sentence that happens to start with a number. */
const maxItemTitleWords = 12
/** Characters of a numbered item's title at most, in Chinese, Japanese or Korean (no spaces to count words by). */
const maxItemTitleCharacters = 30
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
/**
 * The number that opens an item's title: `2、`, `2.`, `2)`, `2：`, then its words. (Not a time or a figure, `13:30 小睡一会`
 * (review 140, a Chinese post's day hour by hour), `1.5`: titled "30 小睡一会", those slides had lost the hour.)
 */
const itemNumber = /^\s*\d{1,3}\s*[、.)．:：](?!\d)\s*/u

/**
 * A paragraph that is a numbered item's title of its own (`1、[Breathe CLI](…)`, `3. Penpot`):
 * short, not a sentence, its number taken off. Markdown does not read `1、` (or a number a
 * link wraps) as a list, so a newsletter's items arrive as paragraphs.
 */
function itemTitle(paragraph: Paragraph, lang: string): PhrasingContent[] | undefined {
  const text = toString(paragraph).trim()
  if (!itemNumber.test(text) || text.replace(itemNumber, '') === '' || /[.。!！?？:：;；]["'”’)）]*$/u.test(text)) return undefined
  const words = text.replace(itemNumber, '')
  if (cjk.test(words) ? words.length > maxItemTitleCharacters : countWords(words, lang) > maxItemTitleWords) return undefined
  const title = structuredClone(paragraph.children)
  let first: PhrasingContent | undefined = title[0]
  while (first && first.type !== 'text' && 'children' in first) first = first.children[0] as PhrasingContent | undefined
  if (first?.type !== 'text' || !itemNumber.test(first.value)) return undefined
  first.value = first.value.replace(itemNumber, '')
  return title
}

/**
 * The last resort for a lone point: a slide the deck app can still fit (`fitLimit`), give or
 * take the point's own line, under any heading. Estimated heights of lists and listings run
 * high (each item's lines are rounded up), and the deck app measures the real one and reports
 * a slide that does not fit: a point alone on a "(cont.)" slide is the surer defect.
 */
const lastJoinLimit = fitLimit + 1

/** Slides per topic segment of a long section: a few, so each keyphrase titles a short run. */
const slidesPerTopic = 3

/**
 * A long run of blocks cut into topics, each labelled for its slides' titles. Deeper
 * headings kept in the notes (`####` under a `##`) are the author's own topics: each opens
 * one, labelled with its words. Without them, a long run of paragraphs is cut into topic
 * segments (see topics.ts), each labelled with its keyphrase; a shorter one is a single
 * unlabelled topic, or, as a `whole` part of its own, a single topic labelled with its keyphrase.
 */
function topicsOf(
  units: Unit[],
  maxBullets: number,
  heading: string,
  talk: string | undefined,
  lang: string,
  lines: number,
  whole = false,
): Topic[] {
  const slides = fill(units, lines, maxBullets).length + 1
  if (slides < 2 && !whole) return [{ units }]
  // A timeline's entries are in the order of its times, each opening with its own: no topics to find in their words.
  if (!whole && units.some((unit) => unit.paragraph?.data?.lecternTime)) return [{ units }]
  const headed = units.flatMap((unit, index) => (index > 0 && (opensWithHeading(unit) || unit.turn) ? [index] : []))
  if (headed.length > 0 || opensWithHeading(units[0])) {
    return splitAt(units, headed).map((topic) => ({ units: topic, label: headingOf(topic[0])?.children }))
  }
  const count = Math.max(1, Math.round(slides / slidesPerTopic))
  if (count < 2 && !whole) return [{ units }]
  const texts = units.map((unit) => (unit.paragraph ? proseOf(unit.paragraph) : ''))
  // Each paragraph's terms, found once: the cuts, the section's counts and the keyphrases all read them.
  const terms = texts.map((text) => (text ? termsOf(text, lang) : []))
  const cuts = withLeadIns(units, topicBoundaries(terms, count, maxBullets + 1), lines, true)
  const topics = splitAt(units, cuts)
  const prose = splitAt(
    texts.map((_, index) => index),
    cuts,
  ).map((each) => each.filter((index) => texts[index]))
  const topicTexts = prose.map((each) => each.map((index) => texts[index]))
  const topicTerms = prose.map((each) => each.map((index) => terms[index]))
  const section = sectionTerms(topicTerms)
  let previous: string | undefined
  return topics.map((topic, index) => {
    const label = goodKeyphrase(topicTexts[index], topicTerms[index], section, heading, talk, previous, lang)
    previous = label
    return { units: topic, label: label ? [{ type: 'text', value: label }] : undefined, found: true }
  })
}

/** A slide's units with the label that titles it after its segment's title. */
interface Page {
  page: Unit[]
  label?: PhrasingContent[]
  /** It is a slide of a long section cut into topics by their words (see `topicsOf`). */
  topical?: boolean
}

/**
 * A slide of a long section's topic that does not say its topic's keyphrase (one before the slide
 * that first says it, or one of a topic that found none) would be one more "(cont.)" of the
 * section: forty of them in a row in a long talk's transcript. It is titled by its own keyphrase
 * instead: a phrase of its points, found as a topic's is, among the section's other slides.
 */
function nameOwnTopics(pages: Page[], heading: string, talk: string | undefined, lang: string): void {
  const unnamed = (page: Page, index: number) => index > 0 && page.topical === true && !page.label && !page.page.some(opensWithHeading)
  if (!pages.some(unnamed)) return
  const texts = pages.map(({ page }) => page.flatMap((unit) => (unit.paragraph ? [proseOf(unit.paragraph)] : [])))
  const terms = texts.map((each) => each.map((text) => termsOf(text, lang)))
  const section = sectionTerms(terms)
  let previous: string | undefined
  for (const [index, page] of pages.entries()) {
    if (unnamed(page, index)) {
      const shown = page.page.flatMap((unit) => (unit.point ? [toString({ type: 'paragraph', children: unit.point })] : []))
      const label = shown.length > 0 ? goodKeyphrase(texts[index], terms[index], section, heading, talk, previous, lang, shown) : undefined
      if (label) page.label = [{ type: 'text', value: label }]
    }
    if (page.label) previous = toString({ type: 'paragraph', children: page.label })
  }
}

/**
 * Whether a slide's points say a phrase of two words or more: one word ("Today", "Rust") may be
 * a sentence's capitalised first, or the section's subject, and says little of this slide.
 */
function saidIn(phrase: string, pattern: WrittenPhrase, shown: string[]): boolean {
  return /\s/.test(phrase.trim()) && shown.some((text) => pattern.test(text))
}

/** Whether a unit's paragraph has a phrase as written (its `phrasePattern`). */
function says(unit: Unit, phrase: WrittenPhrase): boolean {
  return unit.paragraph !== undefined && phrase.test(proseOf(unit.paragraph))
}

/** What finds a phrase in a text as written, its words in a row: made once for all the texts it is looked for in. */
function phrasePattern(phrase: string): WrittenPhrase {
  return new WrittenPhrase(phrase)
}

/**
 * Whether the last word of the phrase `text` says from `start` to `end`, in -s and known to the lexicon as a present verb
 * too ("lives", "slides"; not "windows"), is the verb of its clause: no other word of the clause (from the comma or the
 * word that opens it, past the phrase, to the next comma or stop) can be a finite verb. "…that red area lives in this
 * constituency" has none; "We keep our feature flags in the config", "All test results in the dashboard are green" have one.
 */
export function presentVerb(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).split(/\s+/).at(-1) ?? ''
  if (!/[\p{Ll}]s$/u.test(word) || !readingsOf(word.toLowerCase())?.includes('VBZ')) return false
  // (The lexicon lists stray readings, "the/VBD": a word of a closed class by its first reading is never the verb.)
  const finite = (each: string) => {
    const readings = (readingsOf(each.toLowerCase()) ?? []).map(String)
    return (
      finiteAuxiliary.test(each) ||
      (!/^(?:DT|IN|PRP\$?|CC|TO|RP|CD|WDT|WP|PDT)$/.test(readings[0] ?? '') &&
        readings.some((reading) => /^(?:VBZ|VBP|VBD|MD)$/.test(reading)))
    )
  }
  const head =
    text
      .slice(0, start)
      .split(/[,;:.!?]|\b(?:that|which|who|when|where|because|if|while|since)\b/iu)
      .at(-1) ?? ''
  const tail = text.slice(end).split(/[,;:.!?]/u)[0]
  return ![...head.split(/\s+/), ...tail.split(/\s+/)].filter(Boolean).some(finite)
}

/** The parts of speech of a phrase's words, for `labelProblem`. */
const tagsOf = (text: string) => tagSentence(text).flatMap((token) => (token.kind === 'word' ? [token.tag] : []))

/** Keyphrases tried for a topic before it goes without one. */
const keyphraseTries = 4

/**
 * The topic's keyphrase, when it makes a good title (see `labelProblem`): when it does not,
 * its words are taken out of the topic's text and the next best is tried.
 */
function goodKeyphrase(
  texts: string[],
  terms: string[][],
  section: ReturnType<typeof sectionTerms>,
  heading: string,
  talk: string | undefined,
  previous: string | undefined,
  lang: string,
  /**
   * The texts are one slide's, and these its points: a phrase a point says titles it, recurring
   * or not (a topic's must recur in its texts: said once, it may be an aside).
   */
  shown?: string[],
): string | undefined {
  let topic = texts
  // A word as it is compared with the phrase's: the same words recur in every try and text.
  const bare = new Map<string, string>()
  const bareWord = (word: string) => {
    let found = bare.get(word)
    if (found === undefined) {
      found = word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '')
      bare.set(word, found)
    }
    return found
  }
  const tokensOf = topicTokens()
  const subject = new Set(talk ? termsOf(talk, lang) : [])
  for (let attempt = 0; attempt < keyphraseTries; attempt++) {
    const phrase = topicKeyphrase(topic, section, heading, lang, topic === texts ? terms : undefined, tokensOf)
    if (!phrase) return undefined
    // A phrase is the author's words in a row: not one pieced together across a sentence's end
    // or a word taken out by an earlier try ("value. Disproportionate bytes").
    const pattern = phrasePattern(phrase)
    // (Only a text that says the phrase can say it before an object: `endsOnVerb` reads those alone.)
    const sayers = texts.filter((text) => pattern.test(text))
    const problemOf = (label: string, found: WrittenPhrase, among = texts) =>
      namesSubject(label, subject, lang)
        ? 'subject'
        : endsOnVerb(found, among, lang, presentVerb)
          ? 'verb'
          : opensOnVerb(found, among, lang)
            ? 'opens on a verb'
            : labelProblem(label, previous, lang, termsOf, tagsOf)
    const problem = sayers.length > 0 ? problemOf(phrase, pattern, sayers) : 'unwritten'
    if (!problem && (shown ? saidIn(phrase, pattern, shown) : recurs(phrase, texts, terms, lang))) return phrase
    // A compound too long for a title, or one that runs into the verb after it ("garbage
    // collector engineer checks") or into the next phrase ("IDE setups users"), may open with one
    // that is not: its first words, as long as they end in a noun.
    if (problem === 'too long' || problem === 'verb' || problem === 'two phrases') {
      const words = phrase.split(/\s+/)
      for (let count = words.length - 1; count >= 2; count--) {
        const shorter = words.slice(0, count).join(' ')
        const found = phrasePattern(shorter)
        if (!problemOf(shorter, found) && (shown ? saidIn(shorter, found, shown) : recurs(shorter, texts, terms, lang))) return shorter
      }
    }
    const words = new Set(phrase.toLowerCase().split(/\s+/))
    if (previous) for (const word of previous.toLowerCase().split(/\s+/)) words.add(word)
    topic = topic.map((text) =>
      text
        .split(/(\s+)/)
        .filter((word) => !words.has(bareWord(word)))
        .join(''),
    )
  }
  return undefined
}

/** Whether a label is one word the talk's title or description names: "A call for support: Gleam" in a talk on Gleam. */
function namesSubject(label: string, subject: Set<string>, lang: string): boolean {
  if (/\s/.test(label.trim())) return false
  const terms = termsOf(label, lang)
  return terms.length > 0 && terms.every((term) => subject.has(term))
}

/**
 * Whether a keyphrase's head word comes up in two paragraphs of its topic or more: the subject
 * of a run of slides recurs, and a phrase said once ("in the next section") is an aside.
 */
export function recurs(phrase: string, texts: string[], terms: string[][], lang: string): boolean {
  const phraseTerms = termsOf(phrase, lang)
  const head = phraseTerms.at(-1)
  // (With another word of the phrase: "electoral vote system" is no topic of paragraphs that say
  // "two-party system" and "voting systems" but only one the electoral vote.)
  const says = (each: string[]) =>
    head !== undefined && each.includes(head) && (phraseTerms.length < 2 || phraseTerms.slice(0, -1).some((term) => each.includes(term)))
  if (head === undefined || terms.filter(says).length < 2) return false
  // One capitalised word is a name only where it keeps its capital inside a sentence ("First" does
  // not), and on its own there: "System" of "the Compatible Time-Sharing System" is a piece of a name.
  if (/\s/.test(phrase.trim())) return true
  const escaped = escapeRegExp(phrase.trim())
  const inside = new RegExp(`(?<=(?:^|\\s)[\\p{Ll}\\p{N}][\\p{L}\\p{N}'’-]*[,;)]?\\s+)${escaped}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`, 'u')
  return texts.some((text) => inside.test(text))
}

/** A paragraph's prose: its words without inline code, which names things but is no phrase to title a slide with. */
function proseOf(paragraph: Paragraph): string {
  let found = prose.get(paragraph)
  if (found === undefined) {
    found = proseWithoutCode(paragraph)
    prose.set(paragraph, found)
  }
  return found
}

// A long section's paragraphs are read for its topics, then again for each of its slides' titles.
const prose = new WeakMap<Paragraph, string>()

function proseWithoutCode(paragraph: Paragraph): string {
  const prose = structuredClone(paragraph)
  visit(prose, 'inlineCode', (node) => {
    node.value = ''
  })
  // (Nor the markup among its words: `<span style = "color:black">…` (review 149, reading notes on a book) titled slides
  // "The Thesis: span style".)
  return toString(prose, { includeHtml: false })
}

/** Longest label made of two deeper headings, in characters: a longer one shows the first only. */
const maxJoinedLabel = 48

/**
 * What titles a slide after its segment's title: the deeper headings it holds (the one it
 * goes on under first, when it opens without one of its own), else its topic's keyphrase.
 * Two headings show together when short. More, or longer, show those of what the slide shows
 * (a run-in question whose answer has no point is said, not shown), the first of them.
 */
function labelOf(page: Unit[], topicLabel: PhrasingContent[] | undefined): PhrasingContent[] | undefined {
  const shows = (unit: Unit) => Boolean(unit.point || unit.visual)
  const firstHeaded = page.findIndex(opensWithHeading)
  const headed = page.flatMap((unit) => {
    const heading = headingOf(unit)
    return heading ? [{ children: heading.children, shown: shows(unit) }] : []
  })
  // (Not the label of a topic the slide itself opens further down, which a slide joined from thin
  // ones carries: "± 19:00 UTC" stood first over a slide that reached it after "± 17:20 UTC".)
  const text = (children: PhrasingContent[]) => toString({ type: 'paragraph', children })
  // (The same label, not one of the same words: "**Cons**" inherited from the item before stays before this item's "**Pros**", "**Cons**".)
  const opensLater = topicLabel !== undefined && headed.some((label) => label.children === topicLabel)
  const inherited =
    opensWithHeading(page[0]) || !topicLabel || opensLater
      ? []
      : [{ children: topicLabel, shown: page.slice(0, firstHeaded === -1 ? undefined : firstHeaded).some(shows) }]
  const labels = [...inherited, ...headed].map((label) => ({ ...label, text: text(label.children) }))
  const all = labels.filter((label, index) => labels.findIndex((other) => other.text === label.text) === index)
  const joinable = (each: typeof all) => each.length === 2 && each[0].text.length + each[1].text.length + 2 <= maxJoinedLabel
  const shown = all.filter((label) => label.shown)
  const distinct = all.length <= 1 || joinable(all) || shown.length === 0 ? all : shown
  if (distinct.length === 0) return undefined
  if (joinable(distinct)) return [...distinct[0].children, { type: 'text', value: ', ' }, ...distinct[1].children]
  return distinct[0].children
}

/**
 * "# Action items" over "### 1) Set up websocket observability on CDN nodes", "### 2) Verify cron is running on Nietzsche"…,
 * a short paragraph under each (review 124, Hachyderm's post-mortem): where a part's deeper headings share its one slide,
 * their words are what the slide lists, the writer's own line for each; its title alone would hide them, in the notes.
 * (Only headings of a short paragraph or two each, not a picture or listing among them, most of which got no point.)
 */
function headingsAsPoints(page: Unit[]): boolean {
  const headed = page.filter((unit) => unit.topic?.heading)
  if (headed.length < 2 || page.some((unit) => unit.visual) || page.length > headed.length * 2) return false
  // (Where most of them got no point: a heading's paragraph that has one says more than a label, "速度" over "動物行動動画の高速な処理は…".)
  const starts = headed.map((unit) => page.indexOf(unit))
  const pointed = starts.filter((start, index) => page.slice(start, starts[index + 1]).some((unit) => unit.point)).length
  if (pointed * 2 >= headed.length) return false
  // (Headings that say something, three words or more, five characters in CJK: not labels, "Background", "The problem", "速度".)
  const texts = headed.map((unit) => toString({ type: 'paragraph', children: unit.topic?.children ?? [] }).trim())
  if (!texts.every((words) => (isCjk(words) ? words.length >= 5 : words.split(/\s+/u).length >= 3))) return false
  for (const unit of page.slice(starts[0])) {
    const at = headed.indexOf(unit)
    const topic = at === -1 ? undefined : unit.topic
    unit.point = topic && structuredClone(topic.children)
    unit.lines = topic ? Math.ceil(texts[at].length / charsPerLine) + 0.3 : 0
    unit.leadIn = undefined
    unit.leadLine = undefined
    unit.leadAfter = undefined
  }
  return true
}

/**
 * "## Setup" over "#### Install" and "#### Configure", a few lines each (review 149, an incident report's "# Context" over
 * "### Impact" and its list): a part's deeper headings on its one slide, which its own heading alone titles, are shown
 * there over what they head, as the writer set them; in the notes alone, the slide ran their words together, a list
 * under the point before it as if that point's.
 */
function headingsShown(page: Unit[]): void {
  for (const unit of page) if (unit.topic?.heading && unit.topic.children.length > 0 && (unit.point || unit.visual)) unit.headed = true
}

/** Whether a unit opens under a deeper heading of its own. */
function opensWithHeading(unit: Unit | undefined): boolean {
  return headingOf(unit) !== undefined
}

function headingOf(unit: Unit | undefined): Unit['topic'] {
  return unit?.topic
}

/**
 * Whether a deeper heading reads as a title: not a sentence set as a heading (`#### By
 * convention, functions … are called "Actions".`), which stays in the notes.
 */
function isTitle(heading: Heading): boolean {
  const words = headingText(heading)
  // (A mark the heading names in brackets is no stop: "Exclamation marks (!)" (review 118, a talk on writing) titles its section.)
  return words !== '' && !heading.data?.lecternFullStop && !/(?:^|[^(（])[.。！!]["'”’»)]*$/u.test(words)
}

/** How many slides a greedy fill needs: the fewest that hold every unit within the budget. */
function fill(units: Unit[], lines: number, bullets: number): number[] {
  const cuts: number[] = []
  let used = 0
  let count = 0
  let said = 0
  units.forEach((unit, index) => {
    const seconds = unit.spoken ?? 0
    // (Nor more than about two minutes to say: an essay's paragraphs without points would make a slide said for ten.)
    const full =
      (index > 0 && used > 0 && used + unit.lines > lines) ||
      (unit.paragraph !== undefined && count >= bullets) ||
      (said > 0 && said + seconds > maxSlideSeconds)
    if (index > 0 && full) {
      cuts.push(index)
      used = 0
      count = 0
      said = 0
    }
    used += unit.lines
    said += seconds
    if (unit.paragraph) count++
  })
  return cuts
}

/**
 * Spread units over as few slides as a greedy fill needs, but evenly: six points become
 * 3 + 3, not 5 + 1. A last slide that would hold a single item joins the one before when
 * the two together still fit (the deck app scales the little that is over).
 */
function arrange(units: Unit[], maxBullets: number, lines: number): Unit[][] {
  const needed = fill(units, lines, maxBullets).length + 1
  if (needed === 1) return [units]
  const paragraphs = units.filter((unit) => unit.paragraph).length
  const bullets = Math.max(1, Math.min(maxBullets, Math.ceil(paragraphs / needed)))
  // Even bullet counts first, then even heights within them.
  let cuts = fill(units, lines, bullets)
  if (cuts.length + 1 > needed) cuts = fill(units, lines, maxBullets)
  const byHeight = balancedCuts(
    units.map((unit) => Math.max(unit.lines, 0.01)),
    needed,
  )
  if (byHeight.length + 1 === needed && respectsBullets(units, byHeight, maxBullets) && spread(units, byHeight) < spread(units, cuts))
    cuts = byHeight
  const final = withLeadIns(units, cuts, lines)
  for (const cut of final) strandLeadIn(units[cut - 1], units[cut])
  return splitAt(units, final)
}

/**
 * "I defined a new type:" ending a slide whose listing the next one opens (Cap'n Proto's advisory, review 104: the listing
 * fills its slides, so its words could not move over it): a line that only introduces a block the slide does not show
 * says nothing there, and is said in the notes. (A claim made before the announcement, "Rust doesn't support async trait
 * methods, so we have two options:", stays: its point is the claim.)
 */
function strandLeadIn(unit: Unit | undefined, next: Unit | undefined): void {
  if (!unit?.leadIn || !unit.point || !unit.paragraph || !next?.visual || next.before.length > 0) return
  const written = toString(unit.paragraph).replace(/\s+/g, ' ').trim()
  if (!/[:：]$/u.test(written)) return
  const point = toString({ type: 'paragraph', children: unit.point }).replace(/\s+/g, ' ').trim()
  if (!unit.leadLine && point.replace(/[:：]$/u, '') !== written.replace(/[:：]$/u, '')) return
  unit.point = undefined
  unit.leadLine = undefined
}

/**
 * Cuts moved so that no slide ends with a lead-in whose block opens the next: the words that
 * introduce a listing are said over it. A move that would leave a slide empty, or make the
 * next one more than the deck app can fit, or leave one item alone, is not made.
 */
function withLeadIns(units: Unit[], cuts: number[], lines: number, topics = false): number[] {
  return cuts.map((cut, index) => {
    const start = index === 0 ? 0 : cuts[index - 1]
    const end = cuts[index + 1] ?? units.length
    const left = units.slice(start, cut - 1)
    // (A block that heads the paragraph after it goes to that paragraph's topic whatever the topic's height:
    // a topic's slides are laid out after, and it may well take more than one.)
    const fits = (topics && units[cut - 1].heads) || height(units.slice(cut - 1, end)) <= limitOf(lines)
    const moves = units[cut - 1].leadIn && left.length > 0 && !isOrphan(left) && fits
    return moves ? cut - 1 : cut
  })
}

/** Words at most of a lead-in line shown over its block (characters in CJK: `maxLeadInCharacters`). */
const maxLeadInWords = 16
/** Words at most of one that says how its items hold together ("…meets all of the following conditions:"). */
const maxCombiningLeadInWords = 24
/** "all of the following conditions:", "any of these requirements:", "both of the following:": how a list's items combine. */
const itemsCombine = /\b(?:all|any|each|either|both|none|one)\s+of\s+(?:the\s+following|these|those)\b[^:：]{0,40}[:：]$/iu
/** "There are a few factors that…:", "There are two main approaches for how…:": a line that counts the items it names (English). */
const countsItems =
  /^there\s+(?:are|were)\s+(?:a\s+few|a\s+couple\s+of|a\s+number\s+of|several|many|some|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:main|key|common|basic|major|possible|different|important|general|other)\s+)?[\p{L}-]+s\b(?:(?!,\s*(?:but|and|or|yet)\s)[^:：])*[:：]$/iu
const maxLeadInCharacters = 40
/** Words of content a lead-in line has at least, past those that only point at the block. */
const minLeadInTerms = 3
/** A word that denies, in English: a closed class. */
const negation = /\b(?:not|cannot|never|nor)\b|n['’]t\b|\bno\b(?!\s+(?:surprises?|further|more|doubt|wonder|worries|problem)\b)/i
/** Words that point at what follows rather than say anything: a closed class. */
const pointingWords =
  /^(?:here|look|looks|looked|like|follow|follows|following|below|above|examples?|outputs?|show|shows|shown|code|snippets?|results?|get|gets|see|consider|now|way|something|things?|let)$/i

/** A lead-in of a name and its verb alone ("C++ sucks:", "Rust wins:"): two or three words, opening on the name. */
function namesAndJudges(sentence: string, words: number): boolean {
  if (words > 3) return false
  const tagged = tagSentence(sentence).filter((token) => token.kind === 'word')
  return (
    /^(NNP|NN)/.test(tagged[0]?.tag ?? '') &&
    !pointingWords.test(tagged[0].value) &&
    tagged.slice(1).some((word) => /^VB[ZPD]$/.test(word.tag))
  )
}

/**
 * "We're investigating:" over "Renaming the archive", "Avoiding bots joining rooms" (review 118, Matrix's incident report);
 * "For example, assuming:" over the values a clock holds (review 118, TiKV's explainer on time): a line that says who
 * does what to the items, or that supposes them, says what they are however few its words; without it the list hung
 * under the point before as that point's. (English: the writer's "we", "I" or "you" and a verb of content, its last
 * word; or a verb of supposing.)
 */
function actsOnItems(line: string): boolean {
  if (
    /^(?:(?:for\s+(?:example|instance)|e\.g\.)\s*,?\s+)?(?:assuming|assume|suppose|supposing|given|let)(?:\s+(?:that|the\s+following))?\s*[:：]$/iu.test(
      line,
    )
  )
    return true
  const words = tagSentence(line).filter((token) => token.kind === 'word')
  const last = words.at(-1)
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    /^(?:we|i|you)$/i.test(words[0].value) &&
    last !== undefined &&
    /^VB[PZDG]?$/.test(last.tag) &&
    !/^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|get|gets|got|see|['’](?:s|re|ve|m|d))$/i.test(last.value)
  )
}

/**
 * "**servoshell** has two new options:" (Servo's monthly update, review 106): a line that opens in lower case on a name and
 * its verb is a sentence of its own, not the end of one a block cut ("and encoded in Julia like:").
 */
function opensOnLowerCaseName(line: string): boolean {
  const [first, second, third] = tagSentence(line).filter((token) => token.kind === 'word')
  // (Past an adverb too: "etcd also exposes the following metrics".)
  const verb = second?.tag === 'RB' ? third : second
  return /^NN/.test(first?.tag ?? '') && /^(?:VB[DPZ]|MD)$/.test(verb?.tag ?? '')
}

/**
 * "It's a roughly even split:" over the shares of the answers (review 122, a survey's write-up): a noun and the adjective that
 * judges it say what the items show, however few the words; not an order, "the first part", "the next step".
 */
function judgesItems(sentence: string): boolean {
  const words = tagSentence(sentence).filter((token) => token.kind === 'word')
  // (Said of them after "is" or "are": not a condition that opens the line, "With anonymous events, you can:"; nor a line
  // that points at the block, "Here's what basic usage looks like:".)
  const be = /^here\b/iu.test(sentence.trim()) ? -1 : words.findIndex((word) => /^(?:is|are|was|were|['’]s|['’]re)$/i.test(word.value))
  if (be === -1) return false
  return words.some(
    (word, index) =>
      index > be &&
      // (Or an adverb the tagger read between the article and the noun: "a roughly even/RB split".)
      (/^JJ/.test(word.tag) || (word.tag === 'RB' && /^(?:DT|RB)$/.test(words[index - 1]?.tag ?? ''))) &&
      !orderWords.test(word.value) &&
      !pointingWords.test(word.value) &&
      /^NN/.test(words[index + 1]?.tag ?? '') &&
      !pointingWords.test(words[index + 1].value),
  )
}

/** Adjectives that only order or point: a closed class. */
const orderWords = /^(?:first|second|third|next|last|final|following|previous|same|other|above|below|full|whole|entire|complete|new|old)$/i

/** The nouns, verbs, adjectives and numbers of an English sentence, less forms of "be", "have" and "do" and words that only point. */
function contentWords(sentence: string): number {
  return tagSentence(sentence).filter(
    (token) =>
      token.kind === 'word' &&
      /^(NN|VB|JJ|CD)/.test(token.tag) &&
      !/^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|['’]s|['’]re|['’]ve|['’]m)$/i.test(token.value) &&
      !pointingWords.test(token.value),
  ).length
}

/**
 * "If our community flags a model as high risk, we consider:" over the list of what it
 * considers: a paragraph that leads into its list, table or listing with a colon and has no point
 * of its own (or picture) shows that sentence over the block, as a slide's lead-in line, when it is short
 * enough to read at a glance. Without it the block sits under the point before, which it does not
 * go on from.
 */
function leadInLine(unit: Unit, lang: string, block: RootContent): void {
  // A file's name over its listing is its caption, set as written, in code.
  // ("`user_id%4<<62`" over the table that works it out (review 111, Vitess's post on sharding): code alone over a
  // table names what the table shows, and is its caption too; in the notes only, four tables stood unnamed.)
  const file =
    unit.leadIn && unit.paragraph && block.type === 'code'
      ? fileNamed(unit.paragraph)
      : unit.leadIn && unit.paragraph && block.type === 'table'
        ? codeAlone(unit.paragraph)
        : undefined
  if (file) {
    setLeadLine(unit, file)
    unit.point = [{ type: 'inlineCode', value: file }]
    return
  }
  if (unit.point && !unit.leadLine && pointIsColonLine(unit, lang)) {
    // "Josef's first key item is in regards to the GPL:" over the quotation it names (review 109, an open reply): a point
    // that is the sentence leading into the block with its colon is that block's lead-in line, set over it as written;
    // shown as a point beside others it claims nothing. (It stays a point where it is too long to lead in.)
    // (In the point's words, the connectives and asides its cut dropped left out: "There was one part of Josef's post that
    // bounced around my head:", without "like a laser beam in a mirror maze".)
    // (Its code and emphasis kept: "A common pain-point of new Rustaceans is to try and use `?`:".)
    const text = toString({ type: 'paragraph', children: unit.point })
    if (isCjk(text) ? text.length > maxLeadInCharacters : countWords(text, lang) > maxLeadInWords) return
    pointAsLeadLine(unit, /[:：]\s*$/u.test(text) ? text : `${text}:`, isCjk(text) ? '：' : ':')
    return
  }
  // (A point whose subject is the items of the list after it is its lead-in line: "Some were 'lost', and only notified later:"
  // over "Optimism", "Summa", "Harmony"; see `namesItemsAsSubject`.)
  const itemsLine =
    unit.point && !unit.leadLine && block.type === 'list'
      ? namesItemsAsSubject(toString({ type: 'paragraph', children: unit.point }).trim(), lang)
      : undefined
  if (itemsLine && unit.paragraph && spokenSentences(unit.paragraph, lang).length === 1) {
    pointAsLeadLine(unit, itemsLine, ':')
    return
  }
  if (unit.point && !unit.leadLine && !unit.leadAfter && unit.leadIn) {
    // "At this point, tpchgen-cli could very quickly generate the TBL format. However, as described above, the TBL is
    // annoying to work with, because:" over its list of reasons (review 110, a benchmark post): a paragraph whose point is
    // another sentence, and whose last one leads into the block after it, sets that line over the block too, below its
    // point, where it passes as a lead-in line does alone; without it the block reads as the point's.
    // (Nor the sentence the point was cut from: "Rust doesn't support async trait methods" is its claim, said once.)
    const own = ownLeadLine(unit, lang, block)
    const end = own?.end
    if (own && end === -1) {
      const { probe } = own
      // ("This version covers all the public APIs found in the main Gleam git repository, that is:" over the list of them
      // (review 119, Gleam's v1 post): a paragraph of that one sentence has its point in other words, "The version covers…",
      // but says it once, over the block.)
      if (unit.paragraph && spokenSentences(unit.paragraph, lang).length === 1) {
        unit.point = probe.point
        unit.leadLine = true
        unit.lines = probe.lines
        return
      }
      unit.leadAfter = probe.point
      unit.lines += probe.lines
      return
    }
    // ("Using TSO to allocate timestamp is simple | , but it has the following disadvantages:" over "Single point of failure",
    // "Network latency" (review 118, TiKV's explainer on time); "Some matchers make the cut into core | , and Jest 23 adds:"
    // (review 118, Jest 23's release post): a point cut from the sentence that leads into the block sets the clause that
    // does below it, "But it has the following disadvantages:"; without it the list read as the point's, its meaning turned.)
    const after = own && end ? own.line.slice(end).replace(/^[\s,;—–-]+/u, '') : ''
    const rest = /[\p{L}\p{N}]/u.test(after) ? after : undefined
    const clause = rest?.replace(/^(?:and|so|then)\s+(?!that\b)/iu, '')
    if (clause && !isCjk(clause) && countWords(clause, lang) >= 2 && /^[\p{L}]/u.test(clause) && opensOnSubject(clause, lang)) {
      const shown = upperFirst(clause)
      unit.leadAfter = [{ type: 'text', value: shown }]
      unit.lines += Math.ceil(shown.length / charsPerLine) + 0.3
    }
    return
  }
  // ("What kind of impact does a blog post have? Talking about these numbers feels a bit taboo, … but it's important for
  // the point I'm about to make." over the list of visitors each post had (review 117, an essay on ten years of blogging):
  // a paragraph that makes no point and opens on the question the list or table after it answers is led in by it.)
  if (
    !unit.point &&
    !unit.leadIn &&
    unit.paragraph &&
    !unit.paragraph.data?.lecternNoteOnly &&
    (block.type === 'list' || block.type === 'table')
  ) {
    const [opening, ...rest] = spokenSentences(unit.paragraph, lang)
    // ("Which of the following function names would you prefer to see in production code?" alone over the two names (review
    // 120, an essay on tests): so is a question alone that asks which of the items after it.)
    const choosing = rest.length === 0 && opening !== undefined && /\b(?:which|following|below)\b/iu.test(opening)
    const asked =
      opening && (rest.length > 0 || choosing) && !rest.some((sentence) => /\?$/u.test(sentence.trim()))
        ? asksOverBlock(opening.trim(), lang)
        : undefined
    // ("However, some were 'lost', and only notified later" over "Optimism", "Summa", "Harmony" (review 117, Geth's postmortem):
    // a sentence whose subject is the items of the list after it, "some", "others", leads into them, as with a colon.)
    const named = !asked && opening && rest.length === 0 && block.type === 'list' ? namesItemsAsSubject(opening.trim(), lang) : undefined
    const line = asked ?? named
    if (line) setLeadLine(unit, line)
    return
  }
  if (unit.point || !unit.leadIn || !unit.paragraph || unit.paragraph.data?.lecternNoteOnly) return
  const sentences = spokenSentences(unit.paragraph, lang)
  // ("Timeline for September 17, 2018: (all times UTC)" over the day's events (review 120, a security disclosure): an aside
  // in brackets after the colon goes before it.)
  // ("If you're short on time, the take-aways of the talk were:" (review 126, a talk's write-up): without the condition on
  // the reader's time, which says how to read the post.)
  const lastSaid = sentences[sentences.length - 1]?.replace(colonThenAside, ' $2$1')
  const said = lastSaid !== undefined && lang.toLowerCase().startsWith('en') ? withoutHurriedReader(lastSaid) : lastSaid
  // ("This is very significant for a couple of reasons", "The following factors led to the need for a Kubernetes abstraction."
  // over their lists (review 115, Knative's post, whose writer set no colon): a last line that counts or points at what the
  // list after it holds leads into it, as with a colon; without it the list hung under the paragraph's point as its own.)
  // ("etcd also exposes the following metrics (click here to see a full list of metrics)," right over its table (review 122,
  // etcd's post): a last line that names "the following" and runs on into the block with a comma, or no stop, leads into it.)
  const pointsOn =
    said !== undefined &&
    !/[.!?:：。]$/u.test(said.trim()) &&
    /\b(?:the\s+following|as\s+follows)\b/iu.test(said) &&
    lang.toLowerCase().startsWith('en')
  // (Without an aside in brackets: "(click here to see a full list of metrics)" points elsewhere.)
  const ended = pointsOn
    ? `${withoutBracketed(said)
        .trim()
        .replace(/[.!,;]$/u, '')}:`
    : said && countsList(said, block, lang)
      ? `${said.trim().replace(/[.!]$/u, '')}:`
      : said
  // (A line that runs into its listing without a colon is shown with one: "Change it to:".)
  const written =
    ended && block.type === 'code' && sentences.length === 1 && runsIntoCode(ended) ? `${ended.trim()}${isCjk(ended) ? '：' : ':'}` : ended
  // "…we want to very deliberately follow it so that we" over "maximize reusability…, and", "exercise our mid-level
  // APIs…" (review 98, Rust's post on Gloo's layers): a sentence that runs on into a list whose items go on with it in
  // lower case is shown over them as written, without a concession it opens on when that makes it too long.
  const runsOn = ended !== undefined && runsIntoList(unit.paragraph, block, lang)
  if (!written || (!/[:：]$/u.test(written) && !runsOn)) return
  // A line too long only for an aside in brackets is shown without it ("In Ember 4.x minor
  // releases, we landed a bunch of features (along with various bug fixes, of course):").
  const unbracketed = !isCjk(written) && countWords(written, lang) > maxLeadInWords ? withoutBracketed(written) : written
  // ("As equipes React e React Native também encerraram cada dia com uma sessão de perguntas e respostas:" (review 123, a
  // Portuguese recap): one a word too long goes without its "also", as an English one does; the items say what else.)
  const bare = !isCjk(unbracketed) && countWords(unbracketed, lang) > maxLeadInWords ? withoutAlso(unbracketed, lang) : unbracketed
  const conceded = runsOn && countWords(bare, lang) > maxLeadInWords ? withoutConcession(bare) : bare
  // ("Assuming there is a variable named `user`, holding a `%User{}` struct…, Elixir v1.17 will emit the following warnings at
  // compile-time:" (review 112, Elixir's release post): one too long for its opening case is shown from its main clause.)
  // ("Il n'y a pas de méthode magique pour changer de cluster sans coupure, la stratégie adoptée est assez classique:"
  // (review 113, a French post on a migration): in other languages, from the clause after its last comma.)
  const last = isCjk(conceded)
    ? cjkLeadIn(conceded)
    : countWords(conceded, lang) <= maxLeadInWords
      ? conceded
      : lang.toLowerCase().startsWith('en')
        ? withoutDashedAside(withoutPurpose(withoutOpeningCase(conceded)))
        : lastClause(conceded, lang)
  // (A formula in it would show as its TeX, "The optimal reward probability \theta^{*} … is:": the line is said, not shown.)
  if (holdsFormula(unit.paragraph, last)) return
  // (A line the listing completes says what it is however few its words: "By default, it would be:", "Change it to:".)
  if (written !== ended) {
    if (!/^…?\s*\p{Ll}/u.test(last) && !sendsElsewhere(last, lang)) setLeadLine(unit, last)
    return
  }
  const cjk = isCjk(last)
  const words = countWords(last, lang)
  // ("Aqui temos um exemplo:" over a listing (review 136, a chapter of the Rust book in Portuguese), "Voici un exemple :", "Hier
  // ein Beispiel:": in any language, a line that only says an example follows points at it and names nothing of it.)
  // (Not in English, whose lines are weighed by their words of content below: "Here we compare the Rust and Go examples:"
  // says which; nor one that says which, "Hier ein schlechtes Beispiel:".)
  if (
    !lang.toLowerCase().startsWith('en') &&
    /^(?:aqui|aquí|acá|voici|voilà|hier|ecco|segue|veja)(?![\p{L}])(?:\s+(?:temos|tem|está|estão|vai|vão|hay|tienes|tenemos|est|sont|ist|sind|kommt|è|sono|um|uma|uns|umas|un|una|unos|unas|une|des|ein|eine|einige|alguns|algunos|quelques|alcuni|alcune|mais|más|plus|weitere|outro|otro|autre|altro))*\s+(?:exemplos?|ejemplos?|exemples?|beispiele?|esempi[oa]?)\s*[:：]$/iu.test(
      last.trim(),
    )
  )
    return
  // "Before:", "After:", "Assembly file:": a label of the block alone in its paragraph is its caption.
  // ("**npm:**" over its listing, a tab's name (see mdx-components.ts): one the writer set in bold as a label, whatever its case.)
  const bold = unit.paragraph.children.length === 1 && unit.paragraph.children[0].type === 'strong'
  // ("conda:" and "pip:" over their install commands (review 127, pandas' post on extension arrays): a tool's name in lower
  // case, one word alone over its listing, is its label as written.)
  const toolName = block.type === 'code' && words === 1 && /^[\p{Ll}][\p{L}\p{N}._-]*[:：]$/u.test(last.trim())
  if (sentences.length === 1 && (labelsBlock(last, words, lang, bold) || toolName)) {
    setLeadLine(unit, last)
    return
  }
  // "With anonymous events, you cannot:" over what you cannot do: a line that denies what the items
  // say turns them into their opposite, so it is shown however few its words. (English's negations.)
  // (Not a condition alone, "If you aren't familiar:": it denies nothing the items say.)
  const denies = !cjk && lang.toLowerCase().startsWith('en') && negation.test(last) && !/^(?:if|unless|when|whenever|in case)\b/i.test(last)
  // "…a tuple that meets **all** of the following conditions:" (review 102, Solidity's advisory): a line that says how
  // its items hold together, all of them or any one, is shown up to a longer limit; without it the items read as each enough.
  // ("There are a few factors that make ensuring robustness a particularly difficult task for software like Vector:" (review 106,
  // Vector's post on testing): so does one that counts the items it names.)
  const combines =
    !cjk && lang.toLowerCase().startsWith('en') && block.type === 'list' && (itemsCombine.test(last) || countsItems.test(last))
  if (
    (cjk ? last.length > maxLeadInCharacters : words > (combines ? maxCombiningLeadInWords : maxLeadInWords)) ||
    (words < 3 && !denies && !namesAndJudges(last, words) && !actsOnItems(last) && !completedByItems(block))
  )
    return
  // "The majority of our respondents:" over "Gained confidence in the tools… (85.3%)": items
  // that go on its sentence, each opening on its verb, have their subject only there.
  if (!cjk && lang.toLowerCase().startsWith('en') && itemsGoOn(block) && !/^(?:and|but|or|so|which)\b/iu.test(last)) {
    setLeadLine(unit, last)
    return
  }
  // Not one that only points at the block ("Here's what that looks like:", "The program will
  // output:": fewer than three words of content), nor the end of a sentence a block cut before it
  // ("and encoded in Julia like:"), nor a pointer elsewhere ("For more information, see the docs:").
  // ("C++ sucks:" over its list of complaints, beside "Python rocks:" over its praise: a name and its verb say what the list is.)
  // (A line the items go on says what they are with them, however few its own words: "…follow it so that we", and one
  // that ends on the preposition they complete, "You can donate via:" (review 99, Nim's survey), "Feedback can be shared
  // through:" (review 98, etcd's release); without it the list reads as the point before's.)
  // (Not one that points elsewhere or at an example: "Once you've done so, see how to:", "For example, it transpiles to:".)
  const completed =
    /\b(?:via|through|to|with|from|into|by|at|on|in|for)\s*[:：]$/iu.test(last) &&
    /^(?:\S+\s+){2,}/u.test(last) &&
    !/\b(?:see|example|examples|instance)\b/iu.test(last)
  if (
    !cjk &&
    lang.toLowerCase().startsWith('en') &&
    contentWords(last) < minLeadInTerms &&
    !judgesItems(last) &&
    !denies &&
    !runsOn &&
    !completed &&
    !namesAndJudges(last, words) &&
    !actsOnItems(last) &&
    !namesItems.test(last)
  ) {
    // ("Now what happens when the aggressive GC_fullCollect calls are not done? I get these numbers:" over a table (review
    // 117, Nim's ORC post): the question the block answers, right before the words that point at it, says what it shows.)
    const asked = sentences.length >= 2 ? asksOverBlock(sentences[sentences.length - 2].trim(), lang) : undefined
    if (asked) setLeadLine(unit, asked)
    return
  }
  // Nor one that goes on from the sentence before it ("Which means you can convert it into…:",
  // "And with a 2h time range:"); a demonstrative or "Here's" may point on at the block ("…like this:").
  // (Unless the items complete it, "And a trusty shell script running in GNU Screen that:" over "took a list of
  // databases", "generated a new database…" (review 102, a migration story): shown without its "And".)
  const opensOnLink = /^(?:and|but|so)\s+(?=\S)/iu
  if (
    !cjk &&
    lang.toLowerCase().startsWith('en') &&
    opensOnLink.test(last) &&
    block.type === 'list' &&
    itemsContinue(block) &&
    /\bthat\s*[:：]$/iu.test(last)
  ) {
    const rest = last.replace(opensOnLink, '')
    setLeadLine(unit, upperFirst(rest))
    return
  }
  // ("But I knew that this implementation had some issues:" (review 121, an essay on abstractions): a clause of its own after
  // the "but" or "so" that ties it to the sentence before leads in without it.)
  // (Only before a subject: not "So far,", "So long as", "But not before…".)
  // ("And here's some stuff that felt a little odd:" over the writer's complaints (review 134, notes from a conference): so
  // does one that says "here" or "there" is what the list holds, after an "and".)
  const untied =
    !cjk && lang.toLowerCase().startsWith('en')
      ? last
          .replace(/^(?:but|so)\s+(?=(?:I|we|you|they|he|she|it|this|that|these|those|the|our|my|their|his|her|its|a|an)\s)/iu, '')
          .replace(/^(?:and|but|so)\s+(?=(?:here|there)(?:['’]s|\s+(?:is|are|was|were))\s)/iu, '')
      : last
  const presents = /^(?:here|there)(?:['’]s|\s+(?:is|are|was|were))\s/iu.test(untied)
  if (
    untied !== last &&
    /[:：]$/u.test(untied) &&
    (opensOnSubject(untied, lang) || (presents && contentWords(untied) >= minLeadInTerms)) &&
    countWords(untied, lang) >= 4
  ) {
    setLeadLine(unit, upperFirst(untied))
    return
  }
  if (!cjk && lang.toLowerCase().startsWith('en') && /^(?:and|but|or|so|which)\b/iu.test(last)) return
  // ("If I had to select just a few, it would be (in no particular order):" over "The growth potential", "The community"
  // (review 126, scikit-learn's interview): a main clause of only a pronoun and "be" names nothing of the items.)
  if (!cjk && lang.toLowerCase().startsWith('en') && onlyPronounAndBe.test(last)) return
  if (
    (/^…?\s*\p{Ll}/u.test(last) &&
      !(lang.toLowerCase().startsWith('en') && opensOnLowerCaseName(last)) &&
      !opensOnBoldLabel(unit.paragraph, last)) ||
    /^TODO\b/.test(last) ||
    // (A promise of the list that names it is its lead-in: "Here are the biggest things Lit 3.0 changes:" (review 100, Lit
    // 3.0's launch); without it the list read as the point before's. The words of content above keep out bare pointers.)
    (saidAroundAPoint(last, linkTexts(unit.paragraph.children), lang) && !(block.type === 'list' && promisesBelow(last, lang))) ||
    sendsElsewhere(last, lang)
  )
    return
  setLeadLine(unit, lang.toLowerCase().startsWith('en') ? withoutLinkingAdverb(last) : last)
}

/**
 * A line whose main clause, after the writer's condition of choosing and its comma, is a pronoun and a form of "be" and its
 * colon ("If I had to select just a few, it would be:"); not an opening that names what the block is, "Translated from PDP-11
 * assembly to modern C, it was:", "When you combine both settings, it would be:".
 */
const onlyPronounAndBe =
  /^if\s+(?:i|we)\s+(?:had|have)\s+to\s+(?:select|pick|choose|name|list|summari[sz]e)\b[^,]{0,80},\s*(?:it|they|these|those|that|this)\s+(?:(?:would|will|might|could|should|must)\s+(?:have\s+been|be)|is|are|was|were)\s*(?:\([^()]{0,60}\)\s*)?[:：]$/iu

/**
 * An English sentence whose subject stands for the items of the list after it ("some", "others", "a few", "the rest"), without
 * its opening turn, with a colon: "However, some were 'lost', and only notified later" is "Some were 'lost', and only notified later:".
 */
function namesItemsAsSubject(sentence: string, lang: string): string | undefined {
  if (!lang.toLowerCase().startsWith('en') || /[?:：]$/u.test(sentence)) return undefined
  const bare = sentence.replace(/^(?:however|but|and|yet|still)\s*,?\s+(?=\S)/iu, '').replace(/[.!]$/u, '')
  const words = countWords(bare, lang)
  if (words < 3 || words > maxLeadInWords) return undefined
  return /^(?:some|others|a few|several|many|most|the rest|the others)\s+(?:of them\s+)?(?:were|are|was|is|have|had|did|do|got|get|will|would|can|could)\b/iu.test(
    bare,
  )
    ? `${upperFirst(bare)}:`
    : undefined
}

/** A question a block answers, as its lead-in line: a short one of words of content, without an opening "Now" or "So". */
function asksOverBlock(sentence: string, lang: string): string | undefined {
  if (!lang.toLowerCase().startsWith('en') || !/\?$/u.test(sentence)) return undefined
  const asked = upperFirst(sentence.replace(/^(?:now|so|and|but)\s*,?\s+(?=\S)/iu, ''))
  const words = countWords(asked, lang)
  return words >= 3 && words <= maxLeadInWords && contentWords(asked) >= minLeadInTerms && /^[\p{Lu}]/u.test(asked) ? asked : undefined
}

/**
 * "**expo:** In your project directory, run:", a tab's name before its words (see mdx-components.ts): a line that opens on
 * the label the writer set in bold opens as written, whatever its case; it goes on from nothing before it.
 */
function opensOnBoldLabel(paragraph: Paragraph, line: string): boolean {
  const first = paragraph.children[0]
  if (first?.type !== 'strong') return false
  const label = toString(first).trim()
  return /[:：]$/u.test(label) && line.startsWith(label)
}

/**
 * "Our conclusions are simple:" over the numbered conclusions (gVisor's study, review 103): a line whose subject names what
 * the items are says what the list is, however few its words. (English's closed class of such nouns.) So does "Here are some
 * possible reasons:" (review 125, a Crawlee post), which names them after "here are", and "The counter-arguments mount up:"
 * over the questions an essay answers (review 137).
 */
const namesItems =
  /^(?:the|our|my|their)\s+(?:[\p{L}-]+\s+)?(?:conclusions|take-?aways|findings|lessons|recommendations|reasons|results|goals|rules|principles)(?:\s+(?:of|from)\s+(?:the|my|our|this|that)\s+[\p{L}-]+)?\s+(?:are|were)\b|^(?:the|my|our)\s+(?:counter-?arguments|objections|questions|doubts|complaints|concerns)\s+(?:mount|pile|add|came|come|are|were|go|went)\b|^here\s+are\s+(?:some|a\s+few|several|a\s+couple\s+of)\s+(?:[\p{L}-]+\s+)?(?:reasons|causes|options|steps|ways|tips|rules|principles|lessons|takeaways|findings|recommendations|benefits|drawbacks|problems|issues|risks|features|changes|highlights|mistakes)\s*[:：]$/iu

/**
 * "Specifically, versions of Linkerd that are resilient include:": an adverb that only links the
 * line to the sentence before is left off it, as a point's is (leading.ts). A closed class of English.
 * (Not `dropLeading` itself: a line over its block may point at it, "This function prints:", which
 * it would make "The function prints:", and it would cut "Then, apply this integration to…" to nonsense.)
 */
function withoutLinkingAdverb(line: string): string {
  const rest = line.replace(
    /^(?:specifically|additionally|moreover|furthermore|however|also|in addition|in particular|in fact|in short|concretely)\s*,\s+(?=\S)/i,
    '',
  )
  return rest === line ? line : upperFirst(rest)
}

/** A line without its asides in round brackets, none nested ("features (along with bug fixes, of course):" → "features:"). */
function withoutBracketed(line: string): string {
  return (
    line
      .replace(/\s+\([^()]*\)/gu, '')
      // (Not before a word the mark opens: "in your `.env` file".)
      .replace(/\s+([:,.;])(?![\p{L}\p{N}_])/gu, '$1')
      .trim()
  )
}

/** Whether a sentence of a paragraph holds one of its inline formulas, whose text is TeX. */
function holdsFormula(paragraph: Paragraph, sentence: string): boolean {
  let found = false
  visit(paragraph, 'inlineMath', (node: { value: string }) => {
    if (node.value.trim() && sentence.includes(node.value.trim())) found = true
  })
  return found
}

/**
 * "We have:" over "deleted all account data for the three affected users…", "contacted each affected user directly…" (review
 * 137, Firezone's post-mortem): items in lower case that each open on a verb go on the line before them, which however few
 * its words says whose acts they are; without it they read as the point before's.
 */
function completedByItems(block: RootContent): boolean {
  return block.type === 'list' && itemsContinue(block) && itemsGoOn(block)
}

/** Whether every item of a list opens on a verb, going on the sentence before the list ("Gained confidence…", "Reported improving…"). */
function itemsGoOn(block: RootContent): boolean {
  if (block.type !== 'list' || block.children.length < 2) return false
  return block.children.every((item) => {
    const words = tagSentence(toString(item).trim().split(/\s+/, 3).join(' ')).filter((token) => token.kind === 'word')
    return /^VB[DNZP]?$/.test(words[0]?.tag ?? '')
  })
}

/** "…we want to very deliberately follow it so that we" over items that go on with it in lower case: see `leadInLine`. */
function runsIntoList(paragraph: Paragraph, block: RootContent, lang: string): boolean {
  return block.type === 'list' && itemsContinue(block) && runsIntoBlock(toString(paragraph, { includeHtml: false }).trim(), lang)
}

/** Whether every item of a list opens in lower case on a word, as words that go on the sentence before it do. */
function itemsContinue(list: List): boolean {
  return list.children.length > 1 && list.children.every((item) => /^\p{Ll}/u.test(toString(item).trim()))
}

/**
 * The clause after a line's last comma, from three words up to a lead-in's longest, where it opens on its subject's
 * article ("la stratégie adoptée est…"; not a conjunction, a verb or a participle that goes on from the words before
 * the comma); or the line.
 */
function lastClause(line: string, lang: string): string {
  const comma = line.lastIndexOf(', ')
  const rest = comma === -1 ? '' : line.slice(comma + 2)
  const words = countWords(rest, lang)
  return words >= 3 && words <= maxLeadInWords && subjectArticle.test(rest) ? upperFirst(rest) : line
}

/**
 * A CJK line too long to lead in, from its last clause and without the words that only point at the block: "举个例子，下面是
 * Apache APISIX 用来匹配 GraphQL 请求的 route 配置：" (review 117, a Chinese post on APISIX) is "Apache APISIX 用来匹配 GraphQL
 * 请求的 route 配置：" ("for example, below is…" left out). Else the line.
 */
function cjkLeadIn(line: string): string {
  if (line.length <= maxLeadInCharacters) return line
  const comma = Math.max(line.lastIndexOf('，'), line.lastIndexOf('、'))
  const clause = comma === -1 ? line : line.slice(comma + 1).trim()
  const named = clause.replace(/^(?:下面|以下|如下)(?:是|为|就是)\s*/u, '')
  if (named !== clause && named.length >= 6 && named.length <= maxLeadInCharacters) return named
  // ("KCL 之前是使用 Python 编写的，出于用户使用体验、性能和稳定性的考虑，决定用 Rust 语言进行重写，并获得了以下好处：" over the list of
  // them (review 133, KCL's post on its rewrite): else the most clauses at its end that fit, "决定用 Rust 语言进行重写，并获得了以下好处：",
  // the subject left to the clauses before as Chinese leaves it.)
  const clauses = line.split('，')
  for (let from = 1; from < clauses.length; from++) {
    const run = clauses.slice(from).join('，').trim()
    // (Not from a clause that goes on from the one before it, "并且…", "或…", "如…", "因此…", "它们…", nor from a quotation.)
    if (
      /^(?:并且?|而且?|且|或者?|以及|和|但是?|如|例如|比如|同时|因此|所以|于是|从而|进而|终于|它们?|他们|她们|这些?|那些?|其中|[“"「『(（])/u.test(
        run,
      )
    )
      continue
    if (run.length <= maxLeadInCharacters && run.length >= 10 && /[:：]$/u.test(run)) return run
  }
  return line
}

/** Articles and possessives that open a subject in French, Spanish, Italian, Portuguese and German: a closed class. */
const subjectArticle =
  /^(?:l['’]|(?:la|le|les|el|los|las|il|lo|gli|os|as|un|une|uno|una|des|der|die|das|notre|nos|nuestra|nuestro|nuestros|nuestras|nostro|nostra|nossa|nosso|unsere|unser)\s+)\p{L}/u

/**
 * An English line still too long to lead in, without the purpose it ends on and a step's opening "Next,": "Next, let's implement
 * a function that will use pessimistic locking to make sure only a single process can update our `User` object's `online`
 * field:" over the function (review 117, a Go tutorial on locking) is "Let's implement a function that will use pessimistic
 * locking:"; the listing shows how, the notes say why. Else the line.
 */
function withoutPurpose(line: string): string {
  if (countWords(line, 'en') <= maxLeadInWords) return line
  const cut = line
    .replace(/^(?:next|now|then|first|finally)\s*,\s+(?=\S)/iu, '')
    // (Not the object of a verb that needs it, "…will need to make sure that…", "…has to ensure that…": no purpose.)
    .replace(
      /(?<!\b(?:need|needs|needed|has|have|had|want|wants|wanted|important|able|is|are|was|were|be|been|must|will|should|would|can|could|try|tries|tried))(?:,\s*|\s+)(?:in order to|so as to|to make sure|to ensure|so that)\s[^:：]*(?=[:：]$)/u,
      '',
    )
  const words = countWords(cut, 'en')
  return cut !== line && /[:：]$/u.test(cut) && words >= 4 && words <= maxLeadInWords ? upperFirst(cut) : line
}

/** An English line too long for a lead-in, up to the dash after its clause; or the line. */
function withoutDashedAside(line: string): string {
  if (countWords(line, 'en') <= maxLeadInWords) return line
  // ("The counter-arguments mount up, of course—as they do whenever we think of eliminating a pleasurable vice:" over the
  // questions it means (review 137, an essay on leaving social media): the clause before a dash, without its "of course",
  // leads in; the dash's aside only comments on it.)
  const dash = /\s*(?:—|–|\s--?\s)/u.exec(line)
  if (!dash || !/[:：]$/u.test(line)) return line
  // (Not a clause of its own that leads into the list, "This is different from Nightly builds… – Alpha releases may not contain
  // all changes from `main`, a change may not be included… if:".)
  // (Only a comparison with how things always go, "as they do whenever…", "as always", "like every year": "as well as the
  // following tablets", "which replace the following endpoints", "though a few of us are in these cities" say what the list is.)
  if (
    !/^\s*(?:(?:just\s+)?as\s+(?:they|it|we|you|he|she|one|always|usual|ever)|like\s+(?:always|every|they|it|we))\b/iu.test(
      line.slice(dash.index + dash[0].length),
    )
  )
    return line
  const clause = line
    .slice(0, dash.index)
    .replace(/,\s*(?:of course|naturally|obviously|as always|as usual|as expected)$/iu, '')
    .trim()
  const words = countWords(clause, 'en')
  const verb = tagSentence(clause).some((token) => token.kind === 'word' && finiteWord(token))
  return words >= 3 && words <= maxLeadInWords && verb ? `${clause}:` : line
}

/**
 * An English line without the case it opens on ("Assuming…, ", "When…, "), up to the main clause after its comma; or the
 * line. (Or the aim it opens on: "To encourage more and better documentation in the Swift ecosystem, the workgroup’s
 * initiatives will be two-fold:" (review 120, Swift's focus areas) over its two initiatives.)
 */
function withoutOpeningCase(line: string): string {
  const rest = line.replace(
    /^(?:[Aa]ssuming|[Ss]upposing|[Ii]f|[Ww]hen|[Gg]iven|[Oo]nce|[Aa]fter|[Bb]efore|[Ss]ince|[Ww]ith|[Ff]or|[Ii]n|[Aa]s|[Nn]ow\s+that)\b[^;:]{3,200}?,\s+(?=[\p{Lu}]|(?:we|you|it|they|the|our|your|this)\b)/u,
    '',
  )
  // (An aim up to the comma before its subject, not a comma inside a series it names: "To support Linux, Windows and
  // macOS…, we need three things:".)
  const aimed =
    rest === line
      ? line.replace(/^(?:[Ii]n\s+order\s+)?[Tt]o\s+\p{Ll}[^;:]{3,200}?,\s+(?=(?:we|you|it|they|the|our|your|this|these|its|their)\b)/u, '')
      : rest
  // ("When using `test.extend` with lifecycle hooks like `beforeEach` and `afterEach`, | you can now reference them directly on
  // the returned `test` object:" (review 122, Vitest 4's release post): not where the rest says "them" or "it" of what the
  // opening named; alone it refers to nothing.)
  // (Not an "it" that stands for nothing, "Given the current trajectory of Wasm, | it looks like there will be…".)
  const said = aimed.replace(
    /^it(?:\s+(?:looks|seems|appears|turns\s+out)\b|(?:['’]s|\s+is)\s+(?:(?:possible|easy|hard|important|worth|common|clear|likely|best|better|necessary|useful)\s+(?:to|that)\b))/iu,
    '',
  )
  if (
    aimed !== line &&
    /\b(?:them|they|their|it|its)\b/iu.test(said) &&
    !/\b(?:them|they|their|it|its)\b/iu.test(line.slice(0, line.length - aimed.length))
  )
    return line
  return aimed === line ? line : upperFirst(aimed)
}

/**
 * The line a paragraph that has its point would lead into `block` with, were the point not there, and where the point's words
 * end in it (`endOfWordsIn`: -1 where the line is another sentence than the point's). Only a line that ends on its colon:
 * "Our current chain is" over the code that completes it says nothing below a point.
 */
function ownLeadLine(unit: Unit, lang: string, block: RootContent): { probe: Unit; line: string; end: number } | undefined {
  if (!unit.point) return undefined
  const probe: Unit = { ...unit, point: undefined, lines: 0 }
  leadInLine(probe, lang, block)
  const line = probe.point ? toString({ type: 'paragraph', children: probe.point }).trim() : ''
  if (!probe.leadLine || !/[:：]$/u.test(line)) return undefined
  return { probe, line, end: endOfWordsIn(toString({ type: 'paragraph', children: unit.point }), line) }
}

/** A line without its word for "also" inside it, in the languages lectern reads most; as written in others. */
function withoutAlso(line: string, lang: string): string {
  const also = alsoWords[lang.toLowerCase().split(/[-_]/u)[0]]
  // (Not in a phrase it belongs to: "sowohl … als auch", "not only … but also", "anche se", "auch wenn", "ook al", "aussi bien".)
  return also
    ? line.replace(
        new RegExp(
          `(?<!\\b(?:als|but|mais|pero|mas|ma|maar|sondern|sino|cuando|quand))\\s+(?:${also})(?=\\s)(?!\\s+(?:se|wenn|al|als|bien|que|si)\\b)`,
          'u',
        ),
        '',
      )
    : line
}

/** "Also" inside a clause, by language: a closed class each. */
const alsoWords: Record<string, string> = {
  en: 'also',
  pt: 'também',
  es: 'también',
  fr: 'aussi|également',
  de: 'auch',
  it: 'anche',
  nl: 'ook',
}

/** A line without the concession it opens on ("While this approach is not novel, we…" → "We…"). English's closed class. */
function withoutConcession(line: string): string {
  const rest = line.replace(/^(?:while|although|though|even though|whereas)\b[^,;:]{3,100},\s+(?=\S)/i, '')
  return rest === line ? line : upperFirst(rest)
}

/** Whether a paragraph's point is its last sentence, the one that ends on the colon leading into the block after it. */
function pointIsColonLine(unit: Unit, lang: string): boolean {
  if (!unit.leadIn || !unit.paragraph || !unit.point || unit.paragraph.data?.lecternNoteOnly) return false
  const sentences = spokenSentences(unit.paragraph, lang)
  const last = sentences.at(-1)?.replace(colonThenAside, ' $2$1')
  if (!/[:：]$/u.test(last ?? '')) return false
  const ended = last
    ?.replace(/[:：]$/u, '')
    .trim()
    .toLowerCase()
  const point = toString({ type: 'paragraph', children: unit.point }).replace(/\s+/g, ' ').trim().toLowerCase()
  if (ended === undefined || point === '' || !wordsInOrder(point, ended)) return false
  // (Not a claim made before the announcement, "Rust doesn't support async trait methods, | so we have two options:": a clause
  // of its own dropped after the point, its conjunction after a comma, leaves the claim a claim.)
  const lastWord = point.match(/[\p{L}\p{N}]+/gu)?.at(-1) ?? ''
  const rest = ended.slice(ended.lastIndexOf(lastWord) + lastWord.length)
  if (/^[^,;]*[,;]\s*(?:so|and|but|then|thus|hence|yet|or)\b/u.test(rest)) return false
  // ("Last week, the Jest Core Team met for the Jest Summit at Facebook London | where worked on and released Jest 23, announced
  // the Jest Open Collective, and gave a number of talks:" (review 118, Jest 23's release post): nor one that dropped the last
  // of a series of predicates, its verb after the "and", which leads into the block; with the colon the list of talks read as
  // who met. Not the last of a series of adjectives, "…, brittle, and hard to test:".)
  const predicate = /[,;]\s*(?:and|or)\s+(\S+)/u.exec(rest)
  const verb =
    predicate && tagSentence(rest.slice(predicate.index + predicate[0].length - predicate[1].length)).find((token) => token.kind === 'word')
  return !(verb && /^(?:VBD|VBZ|VBP|MD)$/.test(verb.tag))
}

/** A paragraph's sentences as its words are said (its raw HTML's tags left out, its spaces one each). */
function spokenSentences(paragraph: Paragraph, lang: string): string[] {
  // (Split as its key point's sentences are, its inline code guarded: "…does not support `SELECT .. FOR UPDATE`." is one.)
  return sentencesOfParagraph(toString(paragraph, { includeHtml: false }).replace(/\s+/g, ' ').trim(), paragraph, lang)
}

/** Whether the words of `part` all stand in `whole`, in their order (a cut of it that dropped an aside, "(and possibly creating)"). */
function wordsInOrder(part: string, whole: string): boolean {
  return endOfWordsIn(part, whole) !== -1
}

/**
 * Where in `whole` the words of `part` end, found in it in their order: after "simple" in "Using TSO to allocate timestamp
 * is simple, but it has the following disadvantages:" for "Using TSO to allocate timestamp is simple"; 0 for no words, -1
 * where `whole` does not hold them all.
 */
function endOfWordsIn(part: string, whole: string): number {
  const wanted = part.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (wanted.length === 0) return 0
  let matched = 0
  for (const word of whole.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (word[0].toLowerCase() !== wanted[matched]) continue
    matched++
    if (matched === wanted.length) return word.index + word[0].length
  }
  return -1
}

/**
 * Whether a clause opens on its subject and has a tensed verb of its own, perhaps after a turn ("But it has the following
 * disadvantages:", "Jest 23 adds:"): not "That we can offer:" nor "Also provides:", which go on from the words before them.
 * (English's tags; elsewhere, any clause that opens on a letter.)
 */
function opensOnSubject(clause: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return !/^(?:(?:que|qui|dass|che|что)(?=\s|$)|qu['’])/iu.test(clause)
  const words = tagSentence(clause.replace(/^(?:but|yet|however|still)\s*,?\s+/iu, '')).filter((token) => token.kind === 'word')
  const first = words[0]
  // (A word that opens a clause of another's, or a verb without its subject: "That we can offer:", "Also provides:",
  // "Gave a number of talks:"; an adverb, a phrase or a gerund may open one that has its subject, "Now it has…:".)
  if (!first || /^(?:that|which|who|whom|whose|because|since|as|also|so|while|when|if|although|though)$/i.test(first.value)) return false
  if (/^(?:VB|VBD|VBP|VBZ|MD)$/.test(first.tag)) return false
  return words.slice(1).some((word) => finiteWord(word))
}

function setLeadLine(unit: Unit, line: string): void {
  unit.point = [{ type: 'text', value: line }]
  unit.leadLine = true
  unit.lines = Math.ceil(line.length / charsPerLine) + 0.3
}

/** A point set over its block as the lead-in line `line`, in its own words (its code and emphasis kept) and `colon` after them. */
function pointAsLeadLine(unit: Unit, line: string, colon: string): void {
  // (Once: a point that kept its sentence's colon, "…I would have to either:" (review 147, an essay), showed "either::".)
  const ended = /[:：]\s*$/u.test(toString({ type: 'paragraph', children: unit.point ?? [] }))
  const point = ended ? [...(unit.point ?? [])] : [...(unit.point ?? []), { type: 'text' as const, value: colon }]
  setLeadLine(unit, line)
  unit.point = point
}

/**
 * The file a paragraph names and says nothing else: one piece of inline code, maybe in bold or
 * italics, that reads as a path with its extension or folder ("`_config.yml`", "`src/app/page.tsx`").
 */
function fileNamed(paragraph: Paragraph): string | undefined {
  const value = codeAlone(paragraph)
  return value && /^[\w.@~/-]+$/u.test(value) && /\.[A-Za-z][A-Za-z0-9]{0,9}$|\/[\w.-]+$/u.test(value) ? value : undefined
}

/** The one piece of inline code a paragraph is, maybe in bold or italics, up to 80 characters. */
function codeAlone(paragraph: Paragraph): string | undefined {
  const children = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  const only = children.length === 1 ? children[0] : undefined
  const inner = only && (only.type === 'strong' || only.type === 'emphasis') && only.children.length === 1 ? only.children[0] : only
  const value = inner?.type === 'inlineCode' ? inner.value.trim() : ''
  return value && value.length <= 80 ? value : undefined
}

/** Words at most of a block's label ("Clang invocation command:"). */
const maxLabelWords = 4

/**
 * Whether a line is a label of the block after it, not a sentence: a few words and a colon, in
 * English without a verb, pronoun or pointing word ("Before:", "After:", "Assembly file:", "Generated
 * code:"; not "Here's how:", "It prints:"), which pairs of listings in release notes are titled by.
 */
function labelsBlock(line: string, words: number, lang: string, bold = false): boolean {
  // (A date is a label too: "2019-02-18:" over that day's events, review 112's security postmortem.)
  if (isCjk(line) || words < 1 || words > maxLabelWords || !(bold || /^[\p{Lu}\p{N}]/u.test(line)) || !/[:：]$/u.test(line)) return false
  // ("Cela permet :", "Par exemple :": in other languages too, a line that opens on a word pointing
  // back, a connective or the words of an example hands over to the block; it names nothing of it.)
  if (!lang.toLowerCase().startsWith('en')) return !startsWithAny(line, handOverWords(lang))
  // ("Hence:", "Thus:", "And so:": a connective hands over to the formula or list, it names nothing of it.)
  if (
    /^(?:(?:and\s+)?(?:so|hence|thus|therefore|then|consequently|finally|also|again|now|next|similarly|likewise|otherwise|instead|specifically|namely)|in\s+(?:particular|short|summary|other\s+words|addition)|for\s+(?:example|instance)|that\s+is|i\.e\.|e\.g\.)\s*[:：]$/iu.test(
      line,
    )
  )
    return false
  // ("Things to think about:" over three numbered points (review 134, notes from a conference), "Questions to ask:": a noun and
  // the infinitive that says what it is for name the items; the verb after "to" is no clause's.)
  const tagged = tagSentence(line).filter((token) => token.kind === 'word')
  return tagged.every(
    (token, index) =>
      (/^VBP?$/.test(token.tag) &&
        /^to$/i.test(tagged[index - 1]?.value ?? '') &&
        /^NN/.test(tagged[index - 2]?.tag ?? '') &&
        // (Not "Time to deploy:", which only hands over.)
        !/^(?:time|ready|nothing|something|anything|way|how|chance|moment)$/i.test(tagged[index - 2]?.value ?? '')) ||
      (!/^(VB|VBP|VBZ|VBD|MD|PRP|EX|WDT|WP)$/.test(token.tag) &&
        !/^(?:here|this|that|these|those|following|below|like)$/i.test(token.value)),
  )
}

/**
 * A language's words that hand a line over to what follows: pointing back, linking, giving an example, turning to it
 * ("Veamos algunos ejemplos:" over a table (review 126, OpenTelemetry's post in Spanish): "let's see" names nothing of it).
 */
function handOverWords(lang: string): string[] {
  const clause = clauseWordsOf(lang)
  const aside = asideWordsOf(lang)
  return [...(clause?.leaning ?? []), ...(clause?.connectives ?? []), ...(aside?.examples ?? []), ...(aside?.turns ?? [])]
}

/**
 * An English lead-in that sends the reader to the links after it ("For more information, check out
 * the official documentation:", "To learn more, refer to:"): a pointer, said, not shown. (Not "For
 * more information on details not covered here, such as:", which names what its list holds.)
 */
function sendsElsewhere(sentence: string, lang: string): boolean {
  // ("Check out also these fpm plugins:" over the list of them (review 125, Fortran-lang's year in review): what it sends to
  // is the block under it.)
  // (Not further reading, "For more information, check out the following resources:".)
  if (
    /^check\s+out\s+(?:also\s+)?(?:these|the\s+following|some\s+of\s+these)\s+(?!(?:resources|links|articles|posts|docs|guides|pages|reading|references)\b)/i.test(
      sentence.trim(),
    )
  )
    return false
  return lang.toLowerCase().startsWith('en') && /^(?:(?:to\s+)?learn\s+more\b|see\s+also\b)|\b(?:check\s+out|refer\s+to)\b/i.test(sentence)
}

/** A colon and an aside in brackets after it, at a line's end. */
const colonThenAside = /\s*([:：])\s*(\([^()]*\)|（[^（）]*）)\s*$/u

/**
 * Whether a paragraph introduces the block after it: it ends in a colon, or the block follows
 * on the next line, with no blank line between ("…we need to create this object" then a fence).
 */
function introduces(paragraph: Paragraph, block: RootContent, lang: string): boolean {
  if (/[:：]\s*$/u.test(toString(paragraph)) || colonThenAside.test(toString(paragraph))) return true
  if (block.type === 'list' && countsList(spokenSentences(paragraph, lang).at(-1), block, lang)) return true
  if (runsIntoList(paragraph, block, lang)) return true
  if (block.type === 'code' && runsIntoCode(toString(paragraph, { includeHtml: false }))) return true
  // "DAG authors can specify executors to use at the task" over its listing: a paragraph the writer
  // left without a stop goes on into the code after it, as one ending in a colon does.
  if (block.type === 'code' && /[\p{L}\p{N}`)]$/u.test(toString(paragraph, { includeHtml: false }).trim())) return true
  // (Not a picture on the next line: "A majority of our users plan to perform a MySQL version upgrade sometime in the next two
  // years." right over its chart (review 133, Vitess's survey) says what the chart shows; it leads into nothing.)
  if (picturesOnly(block)) return false
  const end = paragraph.position?.end.line
  const start = block.position?.start.line
  return end !== undefined && start !== undefined && start === end + 1
}

/** A last sentence that counts or points at the list after it, without a colon: see `leadInLine`. (English.) */
function countsList(sentence: string | undefined, block: RootContent, lang: string): boolean {
  return (
    sentence !== undefined &&
    block.type === 'list' &&
    lang.toLowerCase().startsWith('en') &&
    !/[:：?]$/u.test(sentence.trim()) &&
    (teasesWhatFollows(sentence, lang) || /^(?:the following|here (?:are|is))\b/i.test(sentence.trim()))
  )
}

/** Words at most of a line that runs into the listing after it without a colon ("Change it to"). */
const maxCodeRunInWords = 8

/**
 * "By default, it would be" over `C:\Program Files\Git`, "Change it to" over `C:\LEO\Git`: a few
 * words with no stop, ending on a verb or a preposition that waits for what the listing shows, are
 * its caption as a line ending in a colon is. (English's closed class.)
 */
function runsIntoCode(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim()
  return (
    line !== '' &&
    !/[.!?。:：]$/u.test(line) &&
    ((line.split(' ').length <= maxCodeRunInWords &&
      /\b(?:be|is|are|was|to|as|with|into|like|from|becomes|become|reads|read|looks|look|says)$/i.test(line)) ||
      pointsDownCjk.test(line))
  )
}

/**
 * "在Arthas中调用下面的方法" over the listing it names (review 122, a Chinese post), "次のコマンドを実行します": a short line of
 * Chinese or Japanese that points at what follows ("下面", "如下", "下列", "次の"), without a stop, is the listing's caption.
 * (Not 以下 alone, which is "at most" too, "内存占用可以控制在100MB以下"; nor 配下の, "under".)
 */
const pointsDownCjk = /^(?=[^\n]{2,40}$)[^。！？]*(?:下面|如下|以下的|以下是|下列|下記|次の|(?<!配)下の)[^。！？]*$/u

/** Lines at most of an output a point before it may read. */
const maxReadOutputLines = 12

/** Whether a point names a word (of four letters or more) of the short output right after it: it says what the output shows. */
function readsOutput(point: PhrasingContent[], block: RootContent): boolean {
  if (!isOutput(block)) return false
  const shown = toString(block)
  if (shown.split('\n').length > maxReadOutputLines) return false
  const words = new Set(
    wordsOfBlock(block)
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? [],
  )
  return (
    toString({ type: 'paragraph', children: point })
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? []
  ).some((word) => words.has(word))
}

/**
 * A block's words, a table's cell by cell and a list's item by item: `toString` runs a row's cells
 * together ("ResourceFigShareWebsite"), and its words are then none of the cells'.
 */
function wordsOfBlock(block: RootContent): string {
  if (block.type === 'table') return block.children.flatMap((row) => row.children.map((cell) => toString(cell))).join(' ')
  if (block.type === 'list') return block.children.map((item) => toString(item)).join(' ')
  return toString(block)
}

/** A block that shows what the code before it printed: a table, or a listing in no language or in plain text. */
function isOutput(block: RootContent): boolean {
  return (
    block.type === 'table' ||
    (block.type === 'code' && (!block.lang || /^(?:text|txt|plain|plaintext|output|console|none)$/i.test(block.lang)))
  )
}

/** A slide's only unit, when it is a small thing that should not stand alone: a point, one list item or table row. */
function isOrphan(page: Unit[]): boolean {
  // A paragraph without a point shows nothing on the slide; a line of raw HTML text (a
  // signature's "— Eliza Weisman") keeps no point company.
  const shown = page.filter((unit) => unit.point || (unit.visual && !isTextLine(unit.visual)))
  // (A point with the one-line formula it states, and nothing else, is one thing said: "…population of rabbits" over its equation.)
  const said = shown.some((unit) => unit.point)
    ? shown.filter((unit) => unit.visual?.type !== 'math' || unit.lines > shortFormulaLines)
    : shown
  if (said.length !== 1) return false
  const [unit] = said
  return unit.paragraph !== undefined || (unit.visual !== undefined && isLoneItem(unit.visual))
}

/** Lines at most of a displayed formula that goes with its point as one thing (see `isOrphan`). */
const shortFormulaLines = 2

/** Raw HTML that shows a line of text only: no picture, table, listing or embedded frame. */
function isTextLine(node: RootContent): boolean {
  return node.type === 'html' && !/<(img|picture|svg|video|iframe|table|pre|ul|ol|figure|blockquote)\b/i.test(node.value)
}

/**
 * A slide holding one lone point (or one list item or table row) does not stand alone, across
 * topic segments too (it takes its new slide's title). In order: it joins a neighbour that
 * still (nearly) fits it; the slide before hands it its last unit; it joins a neighbour that
 * the deck app can still fit above its floor (`limitOf`).
 */
function adoptOrphans<T extends { page: Unit[] }>(pages: T[], maxBullets: number, lines: number, points = true): T[] {
  // The points shown count: a paragraph that has none (a lead-in, a caption) adds only notes.
  const bullets = (page: Unit[]) => page.filter((each) => each.point).length
  // Run-in labels title the slide they share: two at most, and two only when both fit in its
  // title (see `labelOf`), or the title would name only the first (an FAQ's two long questions).
  const labels = (units: Unit[]) =>
    units.flatMap((each) => (each.topic ? [toString({ type: 'paragraph', children: each.topic.children })] : []))
  const shareTitle = (together: string[]) =>
    together.length <= 1 || (together.length === 2 && together[0].length + together[1].length + 2 <= maxJoinedLabel)
  // A speaker's turn never shares a slide with a labelled topic: the label would title the turn too.
  const apart = (a: Unit[], b: Unit[]) =>
    (labels(a).length > 0 && b.some((each) => each.turn)) || (labels(b).length > 0 && a.some((each) => each.turn))
  // Joined, a slide is said for four minutes at most (see `fill`). Only the last resort for a lone
  // point with less than a minute and a half of its own to say (`lenient`) goes past it: before,
  // the slide before gives the orphan company by handing it its last unit (`rebalance`).
  const fits = (page: Unit[], unit: Unit, limit: number, moving: Unit[] = [unit], lenient = false) =>
    !apart(page, moving) &&
    (spokenSeconds(page) + spokenSeconds(moving) <= maxJoinedSeconds || (lenient && spokenSeconds(moving) < minLoneSeconds)) &&
    height(page) + unit.lines <= limit &&
    bullets(page) + (unit.point ? 1 : 0) <= maxBullets &&
    shareTitle([...new Set([...labels(page), ...labels(moving)])])
  // A slide that starts a deeper heading's topic is no orphan, and nothing crosses into or out of
  // its topic. A run-in label's topic may share a slide: its title joins the slide's.
  const starts = (page: Unit[] | undefined) => page?.[0]?.topic?.heading === true
  const join = (index: number, limit: number, lenient = false): boolean => {
    const { page } = pages[index]
    const unit = page.find((each) => each.point || each.visual) as Unit
    const before = starts(page) ? undefined : pages[index - 1]?.page
    const after = starts(pages[index + 1]?.page) ? undefined : pages[index + 1]?.page
    // A lead-in goes with the block it introduces, after it, first.
    const toAfter = () => after !== undefined && fits(after, unit, limit, page, lenient)
    if (page[page.length - 1].leadIn && toAfter()) after!.unshift(...page)
    else if (before && fits(before, unit, limit, page, lenient)) before.push(...page)
    else if (toAfter()) after!.unshift(...page)
    else return false
    pages.splice(index, 1)
    return true
  }
  // The slide before gives up its last unit, or the last item of the list it ends with, when
  // what is left there is no orphan itself.
  const rebalance = (index: number): boolean => {
    const before = pages[index - 1]?.page
    // What opens under a run-in label or an item's title takes nothing from before it: it would show under that title.
    if (!before || before.length === 0 || pages[index].page[0]?.topic) return false
    const last = before[before.length - 1]
    const tail = splitLastItem(last)
    // (Or its last paragraph with a point and the ones after it that have none: "We concluded with…" and the sponsor's thanks.)
    const pointed = before.findLastIndex((unit) => unit.point !== undefined || unit.visual !== undefined)
    const trailing =
      pointed > 0 && pointed < before.length - 1 && before.slice(0, pointed).some((unit) => unit.point !== undefined)
        ? [[before.slice(0, pointed), before.slice(pointed)]]
        : []
    for (const [left, moved] of [
      [before.slice(0, -1), [last]],
      ...(tail ? [[[...before.slice(0, -1), tail[0]], [tail[1]]]] : []),
      ...trailing,
    ] as Array<[Unit[], Unit[]]>) {
      // (What moves must give the orphan company: a paragraph without a point adds only notes.)
      if (left.length === 0 || isOrphan(left) || isOrphan([...moved, ...pages[index].page])) continue
      if (!fits(pages[index].page, moved[0], lines * orphanAllowance, moved)) continue
      before.splice(0, before.length, ...left)
      pages[index].page.unshift(...moved)
      return true
    }
    return false
  }
  // A slide that would show nothing but its heading (its paragraphs got no point) is no slide:
  // its notes go with the slide before, or after.
  if (points) {
    for (let index = 0; index < pages.length && pages.length > 1; index++) {
      const { page } = pages[index]
      if (page.some((unit) => unit.point || unit.visual) || starts(page)) continue
      const before = pages[index - 1]?.page
      const after = starts(pages[index + 1]?.page) ? undefined : pages[index + 1]?.page
      if (before) before.push(...page)
      else if (after) after.unshift(...page)
      else continue
      pages.splice(index--, 1)
    }
  }
  for (const step of [
    (index: number) => join(index, lines * orphanAllowance),
    rebalance,
    (index: number) => join(index, lastJoinLimit, true),
  ]) {
    for (let index = 0; index < pages.length && pages.length > 1; index++) {
      if (isOrphan(pages[index].page) && !starts(pages[index].page) && step(index)) index--
    }
  }
  // (A slide that shows a block with nothing said over it joins one that says something, as a lone point's last resort does.)
  if (points)
    giveWords(pages, (target, moving) =>
      fitsPage(target, moving, limitOf(lines), (page, unit, limit, what) => fits(page, unit, limit, what, true)),
    )
  return pages
}

/** Lines at most of a thin slide: a small point or two, a few lines of code, with most of the slide empty. */
const thinLines = lineBudget / 3
/** Things shown (points, blocks) at most on a thin slide, and on two joined. */
const thinItems = 2
const joinedThinItems = 4
/** Lines at most of two thin slides joined: they share a slide that still has room to breathe. */
const joinedThinLines = lineBudget * 0.75

/**
 * Two slides in a row that each hold little (a short point or two, a few lines of code, see
 * `thinLines`) are one: a run of near-empty slides has no rhythm. Neither a slide that holds
 * the author's deeper heading, run-in label or a new speaker's turn, nor one that will be a statement (a single short sentence
 * set large, see slide-kinds.ts) or a quotation, joins another; nor do two pictures share one.
 * The joined slide is titled by both topics when they are short enough, else by the first's.
 */
function joinThin<T extends { page: Unit[]; label?: PhrasingContent[] }>(pages: T[], maxBullets: number): T[] {
  const bullets = (page: Unit[]) => page.filter((unit) => unit.point).length
  const items = (page: Unit[]) => page.filter((unit) => unit.point || unit.visual).length
  const thin = (page: Unit[]) => items(page) > 0 && items(page) <= thinItems && height(page) <= thinLines && !standsApart(page)
  for (let index = 1; index < pages.length; index++) {
    const [before, after] = [pages[index - 1], pages[index]]
    // What the author titled (a deeper heading, a run-in label) or a new speaker's turn starts anew.
    if (after.page.some((unit) => unit.topic || unit.turn) || !thin(before.page) || !thin(after.page)) continue
    const together = [...before.page, ...after.page]
    if (height(together) > joinedThinLines || items(together) > joinedThinItems || bullets(together) > maxBullets) continue
    if (spokenSeconds(together) > maxJoinedSeconds) continue
    if (showsPicture(before.page) && showsPicture(after.page)) continue
    before.page.push(...after.page)
    before.label = joinedLabel(before.label, after.label)
    pages.splice(index--, 1)
  }
  return pages
}

/** Two topics' labels as one ("big ball, sync engine"), or the first alone when together they would be too long. */
function joinedLabel(first: PhrasingContent[] | undefined, second: PhrasingContent[] | undefined): PhrasingContent[] | undefined {
  if (!first || !second) return first ?? second
  const [a, b] = [first, second].map((label) => toString({ type: 'paragraph', children: label }))
  if (a === b || a.length + b.length + 2 > maxJoinedLabel) return first
  return [...first, { type: 'text', value: ', ' }, ...second]
}

/** A slide meant to stand apart: one short sentence alone (a statement slide), or a quotation alone. */
function standsApart(page: Unit[]): boolean {
  const shown = page.filter((unit) => unit.point || unit.visual)
  if (shown.length !== 1) return false
  const [unit] = shown
  if (unit.visual) return unit.visual.type === 'blockquote'
  return page.filter((each) => each.paragraph).length === 1 && unit.paragraph !== undefined && isStatement(unit.paragraph)
}

/** Whether all of `moving` fits on `target` (as `fits` judges one unit), the heights of all counted. */
function fitsPage(
  target: Unit[],
  moving: Unit[],
  limit: number,
  fits: (page: Unit[], unit: Unit, limit: number, moving: Unit[]) => boolean,
): boolean {
  const shown = moving.filter((unit) => unit.point || unit.visual)
  const lines = height(moving)
  // `fits` adds one unit's lines and point: the whole of what moves is given as that unit.
  const whole: Unit = { ...(shown.find((unit) => unit.point) ?? shown[0] ?? moving[0]), lines }
  return fits(target, whole, limit, moving)
}

/** Whether a slide's units show a picture. */
function showsPicture(page: Unit[]): boolean {
  return page.some((unit) => unit.visual !== undefined && hasImage(unit.visual))
}

/** A slide that shows a picture, listing, list or embedded post but no point: the speaker has nothing to say over it. */
function isSilent(page: Unit[]): boolean {
  // (A list shown as its lines says its descriptions: see `headlinesOf`.)
  return page.some((unit) => unit.visual) && !page.some((unit) => unit.point || unit.describes)
}

/**
 * A talk gives each visual the words that introduce or explain it: a slide that shows only
 * visuals joins the slide before it (whose last paragraph leads into it) or after it (whose
 * first paragraph goes on about it) when the two fit on one; else it takes that paragraph,
 * point and all, when the slide it leaves still says something. A deeper heading's slide
 * neither takes nor gives: its topic starts there.
 */
function giveWords<T extends { page: Unit[] }>(pages: T[], fits: (target: Unit[], moving: Unit[]) => boolean): void {
  const starts = (page: Unit[] | undefined) => page?.[0]?.topic?.heading === true
  const keepsSaying = (left: Unit[]) => left.some((unit) => unit.point) && !isOrphan(left)
  for (let index = 0; index < pages.length; index++) {
    const { page } = pages[index]
    if (!isSilent(page)) continue
    const before = starts(page) ? undefined : pages[index - 1]?.page
    const after = starts(pages[index + 1]?.page) ? undefined : pages[index + 1]?.page
    // Two silent slides together still say nothing: only a slide with a point takes one. Nor
    // does a slide with a picture take another: two full-width plots never fit one slide,
    // whatever the line estimate says.
    const says = (target: Unit[] | undefined): target is Unit[] =>
      target?.some((unit) => unit.point) === true && !(showsPicture(target) && showsPicture(page))
    if (says(before) && fits(before, page)) {
      before.push(...page)
      pages.splice(index--, 1)
      continue
    }
    if (says(after) && fits(after, page)) {
      after.unshift(...page)
      pages.splice(index--, 1)
      continue
    }
    const last = before?.at(-1)
    if (before && last?.point && keepsSaying(before.slice(0, -1)) && fits(page, [last])) {
      page.unshift(before.pop() as Unit)
      continue
    }
    // (Not a paragraph that introduces the block after it, "…we had two options to restore data:": it stays over its list.)
    const first = after?.[0]
    if (after && first?.point && !first.topic && !first.leadIn && keepsSaying(after.slice(1)) && fits(page, [first]))
      page.push(after.shift() as Unit)
  }
}

/** A list's unit as two: its items but the last, and the last (numbered on), when it has two or more. */
function splitLastItem(unit: Unit): [Unit, Unit] | undefined {
  const list = unit.visual
  if (list?.type !== 'list' || list.children.length < 2) return undefined
  const head: List = { ...list, children: list.children.slice(0, -1) }
  const tail: List = {
    ...list,
    children: list.children.slice(-1),
    start: list.ordered ? (list.start ?? 1) + head.children.length : list.start,
  }
  // Notes after the list (its pictures' alt text first) follow its last item.
  const alt = altNotes(head)
  return [
    { ...unit, lines: weigh(head), visual: head, notes: alt },
    { lines: weigh(tail), visual: tail, before: [], notes: unit.notes.slice(alt.length) },
  ]
}

function splitAt<T>(items: T[], cuts: number[]): T[][] {
  const bounds = [0, ...cuts, items.length]
  return bounds.slice(1).map((end, index) => items.slice(bounds[index], end))
}

const height = (page: Unit[]) => page.reduce((sum, unit) => sum + unit.lines, 0)

function respectsBullets(units: Unit[], cuts: number[], maxBullets: number): boolean {
  return splitAt(units, cuts).every((page) => page.filter((unit) => unit.paragraph).length <= maxBullets)
}

/** Unevenness of a split: the gap between the fullest and the emptiest slide, in items and lines. */
function spread(units: Unit[], cuts: number[]): number {
  const pages = splitAt(units, cuts)
  const counts = pages.map((page) => page.length)
  const heights = pages.map(height)
  return Math.max(...counts) - Math.min(...counts) + (Math.max(...heights) - Math.min(...heights)) / lineBudget
}

/**
 * A line in the notes for each image in a block that has alt text, and for an embedded post its
 * words: the speaker (and the handout's reader) learn what it shows.
 */
function altNotes(node: RootContent): Paragraph[] {
  const notes: Paragraph[] = []
  const line = (value: string, data?: Paragraph['data']) =>
    notes.push({ type: 'paragraph', children: [{ type: 'text', value }], ...(data && { data }) })
  visit(node, (child) => {
    // (An alt text that only places or names the picture, "center", "image", says nothing of it.)
    const alt = child.type === 'image' || child.type === 'imageReference' ? pictureWords(child) : ''
    // ("{{< figure alt="MacOS dock with 2 adjacent RStudio icons…" caption="Now imagine this but with 4-5 projects…" >}}"
    // (review 147, an R user's post): a caption beside the alt text is the writer's words on the picture; it was lost.)
    const caption = child.type === 'image' ? altText(child.title ?? '') : ''
    // (Both kept beside the line, so the caption goes from it where the notes say it already, a `<figcaption>` made a paragraph.)
    if (alt && caption && caption !== alt && !alt.includes(caption))
      line(`Image: ${alt} — ${caption}`, { lecternAlt: alt, lecternCaption: caption, lecternPictureLine: true })
    else if (alt) line(`Image: ${alt}`, { lecternPictureLine: true })
    if (child.type === 'html' && child.data?.lecternSaid) line(`${child.data.lecternSaidAs ?? 'Post'}: ${child.data.lecternSaid}`)
  })
  return notes
}

/** A block in the notes to read, not to say: pacing does not count it (see pacing.ts). */
function unsaid<Node extends RootContent>(node: Node): Node {
  return { ...node, data: { ...(node as { data?: object }).data, lecternUnsaid: true } } as Node
}

/** The slide's last bullet list, when it is its last block; else a new one (keeps article order). */
function bulletsOf(slide: Slide): KeyPoints {
  const last = slide.children[slide.children.length - 1]
  if (last?.type === 'keyPoints') return last
  const list: KeyPoints = { type: 'keyPoints', children: [] }
  slide.children.push(list)
  return list
}
