import type { Blockquote, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { pointsAhead, turnsToParts } from './key-points/announcements.ts'
import { introducesPart, isCourtesy, isExample, onlyTurns, saidAroundAPoint } from './key-points/asides.ts'
import { leansOnPrevious } from './key-points/dependence.ts'
import { isMediaParagraph, isMediaPoint, withoutPointerLinks } from './key-points/extract.ts'
import { termsOf } from './key-points/score.ts'
import { sentencesOf } from './key-points/text.ts'
import { placeInSource } from './source-places.ts'
import { isPicture } from './pictures.ts'
import type { KeyPoints, Notes, Slide, SlideGroup, SlideLayout } from './types.ts'

/** A lone paragraph up to this many words (or CJK characters / 2.5) is said, not listed: a statement slide. */
const statementWords = 15
/** An image shares its slide with up to this many points; more, and it keeps the usual layout. */
const imageTextPoints = 4
/** One or two points: larger type, balanced on the slide. */
const fewPoints = 2
/** A block quote up to this many words is set large on a quote slide; a longer one is read, not shown off. */
const quoteWords = 60
/** A paragraph without a point up to this many words is shown whole on its slide (a passage); as a quote, more is read, not shown. */
const passageWords = quoteWords

/**
 * Chooses each content slide's layout from what pagination put on it (see {@link SlideLayout})
 * and records where in the article the slide starts. Runs after the slides are cut and
 * before pacing; the handlers turn both into attributes of the slide's `<section>`.
 */
export function remarkSlideKinds() {
  return function (tree: Root, file: VFile) {
    const places = file.data.sourcePlaces
    if (file.data.options?.keyPoints !== 'none') foldIntoTitle(tree)
    markOpening(tree)
    for (const group of tree.children) {
      if (group.type !== 'slideGroup') continue
      if (file.data.options?.keyPoints !== 'none') group.children = foldEmptyContinuations(group.children)
      for (const slide of group.children) {
        const source = sourceOf(slide)
        // An imported page's slides say where they start in the page, as its warnings do.
        slide.source = source && places ? placeInSource(places, source) : source
        if (slide.kind === 'content')
          slide.layout = chooseLayout(slide, file.data.options?.keyPoints !== 'none', file.data.deck?.meta.lang ?? 'en')
        // (A quotation among a slide's points shows whose words it is under it too; the quote slide's already does.)
        if (slide.kind === 'content' && slide.layout !== 'quote')
          for (const child of slide.children)
            if (child.type === 'blockquote' && !isCallout(child)) withCredit(child, spokenParagraphs(slide))
      }
    }
  }
}

const closingTagsOnly = /^\s*(?:<\/[A-Za-z][\w-]*\s*>\s*)+$/

/**
 * The slide right after the title slide that shows nothing and has the talk's title again (a
 * post's `#` title over its table of contents or a paragraph without a point) would open the
 * talk twice: its notes are said on the title slide instead.
 */
function foldIntoTitle(tree: Root): void {
  const groups = tree.children.filter((child) => child.type === 'slideGroup')
  const slides = groups.flatMap((group) => group.children)
  const [title, next] = slides
  if (title?.kind !== 'title' || next?.kind !== 'content' || !opensTalk(groups, title, next)) return
  // (A closing tag left alone, `</div>` after a cover box that showed nothing was left out, shows nothing either.)
  const shows = (child: Slide['children'][number]) =>
    child.type !== 'slideTitle' && child.type !== 'notes' && !(child.type === 'html' && closingTagsOnly.test(child.value))
  if (next.children.some(shows)) return
  const notes = next.children.filter((child): child is Notes => child.type === 'notes').flatMap((each) => each.children)
  const into = title.children.find((child): child is Notes => child.type === 'notes')
  if (into) into.children.push(...notes)
  else if (notes.length > 0) title.children.push({ type: 'notes', children: notes })
  const group = groups.find((each) => each.children.includes(next))!
  group.children.splice(group.children.indexOf(next), 1)
  if (group.children.length === 0) tree.children.splice(tree.children.indexOf(group), 1)
}

/**
 * The slide right after the title slide that has the talk's title again (the first part of an
 * article without sections, or an opening in a language lectern has no word for) would show the
 * title twice in a row: its heading is kept for outlines but not shown (see `Slide.opening`).
 * So is the heading of an opening ("Introduction") that is one point alone, which opens the talk
 * as a statement. The slides after it keep theirs ("(cont.)"), so a long opening never runs on
 * without a title.
 */
function markOpening(tree: Root): void {
  const groups = tree.children.filter((child) => child.type === 'slideGroup')
  const [title, next] = groups.flatMap((group) => group.children)
  if (title?.kind !== 'title' || next?.kind !== 'content') return
  const shown = next.children.filter((child) => child.type !== 'slideTitle' && child.type !== 'notes')
  const statement = shown.length === 1 && shown[0].type === 'keyPoints' && shown[0].children.length === 1
  if (next.title === title.title || (groups[0].children.includes(next) && statement && !next.continued)) next.opening = true
}

/**
 * Whether the slide after the title slide opens the talk: the opening before the first section
 * (in the title slide's group: a section has a group of its own, "Introduction" its heading where
 * lectern knows the word), or the first part of an article without sections (the talk's title again).
 */
function opensTalk(groups: SlideGroup[], title: Slide, next: Slide): boolean {
  return groups[0].children.includes(next) || next.title === title.title
}

/**
 * A "(cont.)" slide (or one after a `---` under the same heading) whose words all got no point
 * would show its heading alone, set large as if
 * it opened a part of the talk, after the slides it continues: its words are said on the slide
 * before instead, in their place at the end of its notes.
 */
function foldEmptyContinuations(slides: Slide[]): Slide[] {
  const kept: Slide[] = []
  for (const slide of slides) {
    const before = kept.at(-1)
    const shows = slide.children.some((child) => child.type !== 'slideTitle' && child.type !== 'notes')
    // Continued, or after a `---` break under the same heading (the slide before may add its
    // topic to it: "Heading: topic (cont.)").
    const continues =
      slide.continued ||
      (before !== undefined &&
        (before.title === slide.title ||
          // (Its continuation mark in any of the talk's languages: "(cont.)", "（续）".)
          (before.title.startsWith(slide.title) && /^\s?[(（]/u.test(before.title.slice(slide.title.length))) ||
          before.title.startsWith(`${slide.title}: `)) &&
        before.kicker === slide.kicker)
    if (slide.kind !== 'content' || !continues || shows || before?.kind !== 'content') {
      kept.push(slide)
      continue
    }
    const notes = slide.children.filter((child): child is Notes => child.type === 'notes')
    const into = before.children.find((child): child is Notes => child.type === 'notes')
    if (into) into.children.push(...notes.flatMap((each) => each.children))
    else before.children.push(...notes)
  }
  return kept
}

/** Words at most of the line that says whose a quotation is ("– Robert Grosse on their blog"). */
const maxCreditWords = 12

/**
 * A quotation's source, written on the line right under it ("– [Robert Grosse on their blog](…)",
 * "— Martin Fowler"): said in the notes as every paragraph is, and shown under the quotation too,
 * where the audience looks for whose words they are.
 */
function withCredit(quote: Blockquote, said: Paragraph[]): void {
  const end = quote.position?.end.line
  const credit = said.find((paragraph) => end !== undefined && paragraph.position?.start.line === end + 2)
  if (!credit) return
  const text = toString(credit).trim()
  if (!/^[—–―-]\s*\S/u.test(text) || text.split(/\s+/u).length > maxCreditWords + 1) return
  quote.children.push({
    type: 'paragraph',
    children: structuredClone(credit.children),
    data: { hProperties: { className: ['lectern-quote-credit'] } },
  })
}

/** The slide's layout, rearranging its children where the layout needs it. `withPoints`: whether the deck has key points. */
function chooseLayout(slide: Slide, withPoints: boolean, lang: string): SlideLayout | undefined {
  const points = slide.children.filter((child): child is KeyPoints => child.type === 'keyPoints')
  const pointCount = points.reduce((sum, list) => sum + list.children.length, 0)
  // (A video's link, "Watch the video on YouTube", is no point of the section's: see `mediaOnly` in key-points/extract.ts.)
  const media = points.filter((list) => list.children.every((point) => isMediaPoint(point.children)))
  const claims = pointCount - media.reduce((sum, list) => sum + list.children.length, 0)
  const blocks = slide.children.filter(
    (child) => child.type !== 'slideTitle' && child.type !== 'keyPoints' && child.type !== 'notes',
  ) as RootContent[]
  // A heading with nothing under it (`## Part 2` straight before `### Setup`) opens a part of the
  // talk; set large, it reads as meant rather than as a slide left empty.
  if (blocks.length === 0 && claims === 0 && (withPoints || spokenParagraphs(slide).length === 0)) {
    // A section that says a few sentences and got no point for them (an interview's answer under
    // its question, a closing "My app is broken! Help!") is no part of the talk opening: its
    // words, shown whole, are what the audience reads while the speaker says them.
    // (Not a video's paragraph, its link in the notes: the link under the words is its place on the slide.)
    // (Nor one said and never shown: an interviewer's turn whose question titles the slide, "Is it possible to resonate with
    // all of those answers? … Are you a sticker or pin person?" under that question (review 149, a conference's interview).)
    const said = spokenParagraphs(slide).filter((paragraph) => !isMediaParagraph(paragraph) && !paragraph.data?.lecternNoteOnly)
    // (Of a few paragraphs none made a point of, "## Conclusion" over its verdict and a link to the
    // code, the first that reads on a slide is shown, not the heading alone over minutes of talk;
    // never one that only says the heading again, an interview's "Q: …" over its answer, nor thanks,
    // an invitation or a pointer to read elsewhere, "Please let us know your thoughts below.")
    // (Nor one that points ahead to what the parts after it say, "In general, we regularly spend money on the following
    // things." over a section's sub-sections (review 112, ESLint's spending plan): large alone, it promised a list the slide lacks.)
    const shown =
      said.length === 1
        ? lang.toLowerCase().startsWith('en') && pointsAhead(toString(said[0]).replace(/\s+/g, ' '))
          ? undefined
          : said[0]
        : said.find((paragraph, index) => readsAlone(paragraph, index, slide, lang))
    if (shown && isPassage(shown, lang)) {
      // In a box of its own (a `<div>`): the box is centred in the room below the heading, and the
      // paragraph's words, links and code flow in it as in any paragraph.
      // ("In William Morgan's KubeCon keynote, he shares…" over its `{{< youtube >}}` (review 117, Linkerd's recap): the
      // link to the video goes under the words, in their box.)
      const watch: Paragraph[] = media.flatMap((list) =>
        list.children.map((point) => ({
          type: 'paragraph' as const,
          children: point.children,
          data: { hProperties: { className: ['lectern-watch'] } },
        })),
      )
      const passage: Blockquote = {
        type: 'blockquote',
        children: [{ type: 'paragraph', children: structuredClone(shown.children) }, ...watch],
        data: { hName: 'div', hProperties: { className: ['lectern-passage'] } },
      }
      slide.children = slide.children.filter((child) => !media.includes(child as KeyPoints))
      slide.children.splice(
        slide.children.findIndex((child) => child.type === 'notes'),
        0,
        passage,
      )
      return 'passage'
    }
    if (media.length === 0) return 'divider'
  }
  if (blocks.length === 0 && pointCount === 1 && claims === 1) {
    const said = spokenParagraphs(slide)
    if (said.length === 1 && isStatement(said[0])) {
      // The sentence itself, whole, in place of its key point: it is short enough to show as written.
      const index = slide.children.indexOf(points[0])
      // (Its words in one span: the paragraph is a flex box that centres them on the slide, and
      // would set each link, code or emphasis of a bare sentence on a line of its own.)
      // (Without a link in brackets that only says it is one: "…the roadmap ([link](…)) for…".)
      const words: PhrasingContent = { type: 'emphasis', children: withoutPointerLinks(said[0].children), data: { hName: 'span' } }
      const statement: Paragraph = {
        type: 'paragraph',
        children: [words],
        data: { hProperties: { className: ['lectern-statement'] } },
      }
      slide.children.splice(index, 1, statement)
      return 'statement'
    }
  }
  if (pointCount === 0 && blocks.length === 1 && blocks[0].type === 'blockquote' && !isCallout(blocks[0]) && isShortQuote(blocks[0])) {
    withCredit(blocks[0], spokenParagraphs(slide))
    return 'quote'
  }
  if (pointCount === 0 && blocks.length === 1 && isImage(blocks[0])) {
    const image = blocks[0] as Paragraph
    image.data = { ...image.data, hProperties: { className: ['lectern-picture'] } }
    return 'image'
  }
  if (blocks.length === 1 && isImage(blocks[0]) && pointCount >= 1 && pointCount <= imageTextPoints) {
    // The image goes first, floated right, so the points flow beside it from the top.
    const image = blocks[0] as Paragraph
    const from = slide.children.indexOf(image)
    slide.children.splice(from, 1)
    // The points before and after the image are one list again.
    const [before, after] = [slide.children[from - 1], slide.children[from]]
    if (before?.type === 'keyPoints' && after?.type === 'keyPoints') {
      before.children.push(...after.children)
      slide.children.splice(from, 1)
    }
    image.data = { ...image.data, hProperties: { className: ['lectern-picture'] } }
    const at = slide.children.findIndex((child) => child.type !== 'slideTitle')
    slide.children.splice(at === -1 ? slide.children.length : at, 0, image)
    return 'image-text'
  }
  if (blocks.length === 0 && pointCount >= 1 && pointCount <= fewPoints) return 'few-points'
  return undefined
}

/** The paragraphs in the slide's notes: what the speaker says on it. */
function spokenParagraphs(slide: Slide): Paragraph[] {
  const notes = slide.children.find((child): child is Notes => child.type === 'notes')
  return (notes?.children ?? []).filter((child): child is Paragraph => child.type === 'paragraph')
}

/** A paragraph short enough to read on a slide while it is said, and that says something: words and inline code, no picture or raw HTML. */
function isPassage(paragraph: Paragraph, lang: string): boolean {
  if (paragraph.children.some((child) => child.type === 'html' || child.type === 'image' || child.type === 'imageReference')) return false
  const text = toString(paragraph)
  // "There are several updates in the typing department, so let's break them down.": words that
  // only turn to the parts under the heading open them as a divider does; shown, they say nothing.
  // (So does one sentence that only turns to what comes next, "Let's dive in.", "…について質問したらどうなるか見てみましょう。")
  if (turnsToParts(text)) return false
  const sentences = sentencesOf(text, lang)
  // (Nor one that says what the part will do, "This section provides an overview of the underlying refactors…":
  // its parts say it.)
  if (sentences.length === 1 && (onlyTurns(sentences[0], lang) || introducesPart(sentences[0], lang))) return false
  // ("…Recomendamos fortemente a literatura especializada abaixo:" over nothing, its list a template tag left out:
  // words that lead into a block the slide does not have.)
  if (/[:：]\s*$/u.test(text)) return false
  const words = wordCount(text)
  return words > 0 && words <= passageWords
}

/**
 * Whether the paragraph at `index` of a few none made a point of reads on its slide alone: short
 * enough, more than the heading again ("Q: What about in the United States?" under that question),
 * not opening with thanks, an invitation or a pointer to read elsewhere, and, after the first, not
 * with an example of or words that lean on the one before ("For example, when writing tests…").
 */
function readsAlone(paragraph: Paragraph, index: number, slide: Slide, lang: string): boolean {
  if (!isPassage(paragraph, lang)) return false
  const text = toString(paragraph)
  const title = slide.children.find((child) => child.type === 'slideTitle')
  const titled = new Set(termsOf(title ? toString(title) : '', lang))
  const own = termsOf(text, lang)
  if (own.length > 0 && own.every((term) => titled.has(term))) return false
  const [first = ''] = sentencesOf(text, lang)
  if (isCourtesy(first, lang) || saidAroundAPoint(first, [], lang)) return false
  return index === 0 || !(isExample(first, lang) || leansOnPrevious(first, lang))
}

/** A quote of a few sentences in paragraphs: no lists, code or nested quotes, which need the room of a plain slide. */
function isShortQuote(quote: Blockquote): boolean {
  return quote.children.every((child) => child.type === 'paragraph') && wordCount(toString(quote)) <= quoteWords
}

/** Words in `text`, a CJK character counting as 1 / 2.5 of one. */
function wordCount(text: string): number {
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length
  return text.split(/\s+/).filter(Boolean).length + cjk / 2.5
}

/**
 * A sentence the writer marks as said in passing ("By the way, …", "ちなみに、…", "Übrigens …"): shown large
 * alone on its slide, the aside would be the section's loudest words (Haskell Day 2019's report, review 91).
 * It stays a point. (A closed class, in the languages lectern reads.)
 */
const asideOpening =
  /^(?:by the way|incidentally|as an aside|side note|fun fact|on a side note|ちなみに|余談(?:ですが|だが)?|ところで|顺便(?:说一下|一提|提一下)|順便一提|另外|por cierto|de paso|au passage|d['’]ailleurs|soit dit en passant|übrigens|nebenbei(?: bemerkt)?|aliás|a propósito|per inciso|tra l['’]altro)\b|^(?:ちなみに|余談|ところで|顺便|順便|另外)/iu

/** One short sentence: nothing after its first full stop, question or exclamation mark. */
export function isStatement(paragraph: Paragraph): boolean {
  if (paragraph.children.some((child) => child.type === 'html' || child.type === 'break')) return false
  const text = toString(paragraph).replace(/\s+/g, ' ').trim()
  if (wordCount(text) > statementWords || asideOpening.test(text)) return false
  const end = /[.!?。！？…]+["'”’)]*$/
  const body = text.replace(end, '')
  return !/[.!?。！？](\s|["'”’)]|$)/.test(body)
}

/** A paragraph that is a single picture (pagination keeps images in paragraphs of their own). */
function isImage(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const pictures = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  const [picture] = pictures
  // A picture left out, shown as its caption, is a line of words: no picture layout.
  if ((picture?.type === 'image' || picture?.type === 'imageReference') && picture.data?.lecternCaption) return false
  // So is one inside its link (`[![Jasper App Screenshot](…)](https://jasperapp.io/)`).
  if (
    picture?.type === 'link' &&
    picture.children.some((child) => (child.type === 'image' || child.type === 'imageReference') && child.data?.lecternCaption)
  )
    return false
  return pictures.length === 1 && isPicture(picture)
}

/** Where the slide starts in the article: its heading, or for a continued slide its first block. */
function sourceOf(slide: Slide): Point | undefined {
  if (!slide.continued && slide.position) return slide.position.start
  let first: Point | undefined
  const consider = (point: Point | undefined) => {
    if (point && (!first || point.offset! < first.offset!)) first = point
  }
  for (const child of slide.children) {
    if (child.type === 'notes') consider(child.children[0]?.position?.start)
    else if (child.type !== 'slideTitle' && child.type !== 'keyPoints') consider(child.position?.start)
  }
  return first ?? slide.position?.start
}

/** A callout is a box with a label (see callouts.ts), not a quotation to show large. */
function isCallout(node: RootContent): boolean {
  const classes = ('data' in node ? (node.data as { hProperties?: { className?: unknown } } | undefined) : undefined)?.hProperties
    ?.className
  return Array.isArray(classes) && classes.includes('lectern-callout')
}
