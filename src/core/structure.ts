import { upperFirst } from './letter-case.ts'
import { isKnownWord } from './key-points/tagging.ts'
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { headingText, withoutFullStop } from './heading-text.ts'
import { visit } from './visit.ts'
import type { VFile } from 'vfile'
import { LecternError } from './errors.ts'
import { coverLine } from './cover-line.ts'
import { continuedMarkOf, extractFor, keyPointJob, paginate, type Segment, type SegmentItem } from './paginate.ts'
import type { DeckOptions } from './options.ts'
import type { DeckMeta, Notes, SegmentPoints, Slide, SlideGroup } from './types.ts'
import { calloutLabelsIn } from './callouts.ts'
import { withDashes } from './dashes.ts'
import { detectLang } from './detect-lang.ts'
import { date as dateOf, decodeReferences, isDay, namesIn, readFrontmatterMeta } from './meta.ts'
import { isPersonName } from './person-names.ts'
import { createSlugger } from './slug.ts'
import { countWords } from './words.ts'
import { isInlinePicture } from './raw-html.ts'
import { altOf, isPicture, picturesOnly } from './pictures.ts'
import { proseItems } from './prose-lists.ts'
import { withQuoteAttributions } from './quote-excerpt.ts'
import { texToText } from './tex-text.ts'
import { boldHeadings } from './bold-headings.ts'
import { isByline, isBylineHeading, isCourtesy, isPublicationNote, namesAuthorBio } from './key-points/asides.ts'
import { captionLabel, creditsPicture } from './key-points/captions.ts'
import { namesWorksCited, sentencesOf, termsOf } from './key-points/index.ts'
import { asLineList, isBreak } from './line-lists.ts'
import { markElapsedTimes, timelineEntries } from './timeline.ts'

declare module 'mdast' {
  interface ListData {
    /** Made of the references a "References" section wrote as paragraphs, one item each. */
    lecternReferences?: boolean
  }
}

/**
 * Words of prose before the first section that make its lede: two minutes. What comes after
 * (a long opening, an interview's first answers) is the talk's opening part, its pictures included.
 */
const ledeWords = 300

/** Words of an opening before the first heading at least that make it the talk's body, where the sections after it say less. */
const talkOpeningWords = 1500

/** A heading that names the notes a writer numbered by hand, in the languages lectern reads. */
const notesHeading =
  /^(?:(?:foot|end)?notes|notas(?:\s+al\s+pie)?|fußnoten|anmerkungen|remarques|notes\s+de\s+bas\s+de\s+page|脚注|注释|注釋|注|注釈|각주)[:：]?$/iu

/** A footnote's marker opening its paragraph: "1:", "1. ", "*1*:", "[1]", "(1)", "¹", "^1" (not a version, "3.5 times…"). */
const footnoteMarker = /^\s*(?:\*{1,2}\d{1,3}\*{1,2}\s*[:.)]?|\[\d{1,3}\]|\(\d{1,3}\)|\^?\d{1,3}(?:[:)]|\.(?=\s))|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S/u

/** A citation's marks: its number in brackets first, "et al.", an arXiv or DOI id, a year in brackets. */
const citation = /^\s*\[\d{1,3}\]\s|\bet\s+al\.|\barxiv\b|\bdoi:|\(\d{4}\)/iu

/** A heading that names a table of contents, in the languages lectern reads. */
const contentsHeading =
  /^(?:(?:table\s+of\s+)?contents|toc|目录|目錄|目次|もくじ|목차|sommaire|table\s+des\s+matières|inhalt(?:sverzeichnis)?|índice|indice|sumário|sommario|содержание|зміст|spis\s+treści|inhoud(?:sopgave)?)[:：]?$/iu

/** A heading that names the references, notes or links a site lists under it: a closed class of a few languages. */
const referencesHeading =
  /^(?:references?|footnotes?|notes|sources|bibliography|citations|works\s+cited|further\s+reading|see\s+also|supporting\s+information|links|related(?:\s+(?:posts|articles|reading))?|comments|références|notes?\s+de\s+bas\s+de\s+page|referencias|referências|riferimenti|quellen|literatur|fußnoten|anmerkungen|参考(?:文献|资料|資料)?|脚注|참고(?:\s*문헌|\s*자료)?)[:：]?$/iu

/** Words at most of a description read as the talk's subtitle, naming what the whole talk is about. */
const subtitleTalkWords = 6

/** Words at most of a one-sentence lede that the title slide shows as its subtitle. */
const subtitleWords = 20

/**
 * `<div class="figure"><img alt="Hex logos for the eight core tidyverse packages…"><p class="caption">Hex logos for the eight
 * core tidyverse packages…</p></div>` (review 137, a saved R Markdown page, which showed its caption as a point under the
 * picture): a paragraph right after a picture that says the picture's alternative text again is its caption, said in the
 * notes, never a point.
 */
const maxAltCaptionWords = 25

function markAltCaptions(body: RootContent[]): void {
  const bare = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  for (const [index, node] of body.entries()) {
    const before = body[index - 1]
    if (node.type !== 'paragraph' || before?.type !== 'paragraph' || !picturesOnly(before)) continue
    const alt = bare(before.children.map(altOf).join(' '))
    // (A caption's length only: a chart's long description said again under it, "Bar chart where the X axis shows… Around 87%
    // of the respondents said YES…" (review 134, a saved R-Ladies page), holds the finding the slide shows.)
    const said = toString(node)
    if (alt !== '' && alt === bare(said) && countWords(said) <= maxAltCaptionWords && sentencesOf(said, 'en').length === 1)
      node.data = { ...node.data, lecternNoteOnly: true }
  }
}

/**
 * "Multiple options were allowed." under five of a survey's questions (MUI's 2019 survey, review 107, showed it as a key
 * point on five slides): a short paragraph the article says word for word three times or more is a note the writer repeats
 * beside what it qualifies, said in the notes, never a point.
 */
function markRepeatedLines(body: RootContent[]): void {
  const said = new Map<string, Paragraph[]>()
  for (const node of body) {
    // (Words, not pictures: an image's alt text, "png", said under every chart, is no line of the writer's.)
    if (node.type !== 'paragraph' || node.children.some((child) => child.type === 'image' || child.type === 'html')) continue
    const text = toString(node).replace(/\s+/g, ' ').trim()
    // (Not a label over what follows, "Takeaways:" over each section's list: it leads into what it labels.)
    // (Nor an interview's question put to each guest, "What feature are you most excited about?": it heads each answer.)
    if (!text || text.split(' ').length > maxRepeatedWords || /[:：?？]$/u.test(text)) continue
    const nodes = said.get(text)
    if (nodes) nodes.push(node)
    else said.set(text, [node])
  }
  for (const nodes of said.values())
    if (nodes.length >= minRepeats) for (const node of nodes) node.data = { ...node.data, lecternNoteOnly: true }
}

/** Words at most of a line the writer repeats beside what it qualifies, and how often it is said (see `markRepeatedLines`). */
const maxRepeatedWords = 12
const minRepeats = 3

/**
 * "### 作者简介" (review 100, a Chinese post-mortem, under "# 结语"), "## About the author": the paragraphs under a heading
 * that names the post's author's bio, up to the next heading as high, are said in the notes, never a point.
 */
function markAuthorBios(body: RootContent[]): void {
  let depth: number | undefined
  for (const node of body) {
    if (node.type === 'heading')
      depth = namesAuthorBio(headingText(node)) ? node.depth : depth !== undefined && node.depth > depth ? depth : undefined
    else if (depth !== undefined && node.type === 'paragraph') node.data = { ...node.data, lecternNoteOnly: true }
  }
}

/**
 * A paragraph of two lines, a person's name over a date ("Russ Cox", "December 2022", as the Go
 * project's design documents open): the article's author and date. Only with the line break
 * between them, so a sentence that starts with a name is never read as one.
 */
function nameAndDate(paragraph: Paragraph): { name: string; date: string; blocks: number } | undefined {
  const at = paragraph.children.findIndex((child) => child.type === 'break')
  if (at === -1 || paragraph.children.slice(at + 1).some((child) => child.type === 'break')) return undefined
  const line = (children: PhrasingContent[]) => toString({ type: 'paragraph', children }).replace(/\s+/g, ' ').trim()
  const [name, when] = [line(paragraph.children.slice(0, at)), line(paragraph.children.slice(at + 1))]
  return namesAndDates(name, when) ? { name, date: when, blocks: 1 } : undefined
}

/** Whether two lines are a person's name and a date with its year, as a byline gives them. */
function namesAndDates(name: string, when: string): boolean {
  return isPersonName(name) && /\d{4}/.test(when) && isByline(when)
}

/**
 * "Montana Low", then "June 8, 2023", each a paragraph of its own under the title, maybe under the author's photo
 * and its wrappers (PostgresML's blog, review 102, where they made a slide of their own, blank where the photo
 * was not found): the article's author and date, as `nameAndDate` reads them on two lines of one paragraph.
 * `blocks`: how many of the body's first blocks they are, photo included.
 */
function creditParagraphs(body: RootContent[]): { name: string; date: string; blocks: number } | undefined {
  let at = 0
  while (at < maxCreditFurniture && at < body.length && isAuthorPhoto(body[at])) at++
  const [name, when] = [body[at], body[at + 1]]
  if (name?.type !== 'paragraph' || when?.type !== 'paragraph') return undefined
  // ("Author: Ian Lance Taylor", "Last update: October 15, 2018" under a Go proposal's title (review 128): the same two
  // lines with the labels a design document gives them.)
  const nameText = toString(name).replace(/\s+/g, ' ').trim().replace(authorLabel, '')
  const dateText = toString(when).replace(/\s+/g, ' ').trim().replace(dateLabel, '')
  return namesAndDates(nameText, dateText) ? { name: nameText, date: dateText, blocks: at + 2 } : undefined
}

/** Parts at least, each opened after a break by words in bold, for those words to title them. */
const minRunInTitles = 2

/** Words at most (CJK characters: three times as many) of the bold words that open a part and title it. */
const maxRunInWords = 10

/**
 * The bold words a paragraph opens on, as a part's title ("**The first step was to research and catalog**. We started…",
 * "**So when is it coming out?** I don't want…"), their closing stop or colon left out; undefined for a paragraph that opens
 * otherwise, or on more words than a title holds.
 */
function runInTitle(block: RootContent | undefined, lang: string): PhrasingContent[] | undefined {
  if (block?.type !== 'paragraph') return undefined
  const [first, second] = block.children
  if (first?.type !== 'strong' || second === undefined) return undefined
  const text = toString(first).replace(/\s+/g, ' ').trim()
  const words = countWords(text, lang)
  if (
    text === '' ||
    words > (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text) ? maxRunInWords * 3 : maxRunInWords)
  )
    return undefined
  const title = structuredClone(first.children)
  const last = title.at(-1)
  if (last?.type === 'text') last.value = last.value.replace(/\s*[.:：。]\s*$/u, '')
  return title
}

/** The labels of a talk's or a post's details listed under its title ("Speaker:", "Date:", "Video:"): English's closed class. */
const detailLabel =
  /^(speakers?|authors?|presenters?|presented\s+by|written\s+by|by|date|published|recorded|video|slides|event|conference|venue|location|source|transcript|duration|length)\s*:\s*(\S.*)$/iu

/** Items at most of a list of such details. */
const maxDetailItems = 6

/**
 * "* **Speaker: Stuart Halloway**", "* **Date: July 2018**", "* **Video: https://…**" under a talk's title (review 146, a
 * transcript of a Datomic talk kept with hundreds of others in that form): a list whose items each give a detail by its label,
 * one of them who spoke or wrote it, is the talk's credit, the title slide's, not a slide's list.
 */
function creditList(block: RootContent | undefined): { name: string; date: string; blocks: number } | undefined {
  if (block?.type !== 'list' || block.ordered || block.children.length < 2 || block.children.length > maxDetailItems) return undefined
  const details = block.children.map((item) =>
    item.children.length === 1 && item.children[0].type === 'paragraph'
      ? detailLabel.exec(toString(item.children[0]).replace(/\s+/g, ' ').trim())
      : null,
  )
  const labelled = details.filter((detail): detail is RegExpExecArray => detail !== null)
  if (labelled.length < details.length) return undefined
  const named = labelled.find((detail) => /^(?:speaker|author|presenter|presented|written|by)/i.test(detail[1]))
  if (!named || !isPersonName(named[2].trim())) return undefined
  const date = labelled.find((detail) => /^(?:date|published|recorded)$/i.test(detail[1]))?.[2].trim() ?? ''
  return { name: named[2].trim(), date: date && /\d{4}/.test(date) ? date : '', blocks: 1 }
}

/**
 * The labels of the fields a post's details are given by, in the languages lectern knows ("Fecha:", "Autor:",
 * "Categorías:"; "Start Date:"): who wrote it, when, and how the site files it. Closed classes.
 */
const fieldDate =
  /^(?:(?:start|publication|release|last)\s+)?(?:date|dated|posted|published|created|updated|last\s+updated|fecha|publicado|publicada|datum|ver(?:ö|oe)ffentlicht|data|pubblicato|publié|publiée|date\s+de\s+publication|дата|опубликовано|日付|日期|发布日期|發佈日期|投稿日|날짜)$/iu
const fieldAuthor =
  /^(?:authors?|written\s+by|by|autor(?:es|a)?|auteurs?|autore|autori|verfasser(?:in)?|autorin|作者|著者|автор|저자|작성자)$/iu
const fieldFiling =
  /^(?:tags?|categor(?:y|ies)|categorías?|categorias?|etiquetas?|kategorien?|schlagw(?:ö|oe)rter|catégories?|categorie|tópicos|теги|метки|категори[яи]|标签|分类|タグ|カテゴリー?|태그|분류)$/iu
/** A `Key: value` line: a label of a few words and its value. */
const fieldLine = /^([\p{L}][\p{L}\p{N} ]{0,30}?)\s*[:：]\s*(\S.*)$/u
/** Words at most of a field's label, and of its value. */
const maxFieldLabelWords = 3
const maxFieldValueWords = 12

/**
 * "Fecha: 2014-11-10 20:00", "Autor: Osvaldo", "Categorías: Astronomía" as the lines of one paragraph under a post's title
 * (review 150, a Spanish blog's post), or "- Feature Name: none", "- Start Date: 2025-02-11", "- RFC PR: …" as a list at the
 * top of a Rust RFC: fields that give the post's details, as `Key: value` lines, not its words; on the opening slide they
 * were a list of labels. A block of two fields or more, each a short label and a short value, one of them when it was
 * written (with a figure) or who wrote it, or how the site files it. Its author and date, where there are, are the talk's.
 */
function fieldBlock(block: RootContent | undefined): { name: string; date: string } | undefined {
  const lines =
    block?.type === 'paragraph'
      ? toString(block).split('\n')
      : block?.type === 'list' &&
          !block.ordered &&
          block.children.every((item) => item.children.length === 1 && item.children[0].type === 'paragraph')
        ? block.children.map((item) => toString(item))
        : undefined
  if (!lines || lines.length < 2 || lines.length > maxDetailItems + 2) return undefined
  const fields = lines.map((line) => fieldLine.exec(line.replace(/\s+/g, ' ').trim()))
  if (
    fields.some(
      (field) => !field || field[1].trim().split(' ').length > maxFieldLabelWords || field[2].split(' ').length > maxFieldValueWords,
    )
  )
    return undefined
  const labelled = fields as RegExpExecArray[]
  const label = (field: RegExpExecArray) => field[1].trim().replace(/\s+/g, ' ')
  const dated = labelled.find((field) => fieldDate.test(label(field)) && /\d/.test(field[2]))
  const authored = labelled.find((field) => fieldAuthor.test(label(field)) && !/[.!?]\s/.test(field[2]))
  if (!dated && !authored && !labelled.some((field) => fieldFiling.test(label(field)))) return undefined
  return { name: authored?.[2].trim() ?? '', date: dated?.[2].trim() ?? '' }
}

/** Words at most of a line that only dates the post: "Sunday, 19 December 2021". */
const maxDateLineWords = 5

/** The label of a design document's author line ("Author:", "Authors:", "Written by:"): English's closed class. */
const authorLabel = /^(?:authors?|written\s+by)\s*:\s*/iu
/** The label of its date line ("Last update:", "Last updated:", "Date:", "Published:"): English's closed class. */
const dateLabel = /^(?:last\s+updated?|updated|date|published|created)\s*:\s*/iu

/** Blocks at most of a photo and its wrappers over the author's name. */
const maxCreditFurniture = 4

/** The alt text of an author's photo. */
const authorAlt =
  /^(?:(?:the\s+)?author(?:['’]s)?(?:\s+(?:photo|picture|image|avatar|headshot))?|avatar|headshot|profile\s+(?:photo|picture))$/i

/** Whether a block is an author's photo (by its alt text), or a tag that only wraps one, with no words. */
function isAuthorPhoto(node: RootContent): boolean {
  if (node.type === 'html') {
    const alts = [...node.value.matchAll(/\balt\s*=\s*["']([^"']*)["']/giu)].map((found) => found[1].trim())
    const words = node.value.replace(/<[^>]*>/g, '').trim()
    // (A picture without alt text, or a frame, is no author's photo: only tags that wrap one, or one named so.)
    const pictured = /<(?:img|iframe|video|svg|object|embed)\b/i.test(node.value)
    return words === '' && (pictured ? alts.length > 0 && alts.every((alt) => authorAlt.test(alt)) : true)
  }
  if (node.type !== 'paragraph') return false
  const shown = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  return shown.length > 0 && shown.every((child) => child.type === 'image' && authorAlt.test((child.alt ?? '').trim()))
}

/** The text of the blocks an article opens with, headings included, to at least `length` characters. */
function openingText(body: RootContent[], length: number): string {
  let text = ''
  for (const node of body) {
    if (text.length > length) break
    text += ` ${toString(node)}`
  }
  return text
}

/**
 * The paragraph without the site's link to its own page ("Project curl Security Advisory, October 11
 * 2023 [Permalink](…)"): the address of the page the talk is made from says nothing on its cover.
 */
function withoutPermalink(paragraph: Paragraph): Paragraph {
  const permalink = (child: PhrasingContent) =>
    child.type === 'link' && /^\s*(?:permalink|permanent link|direct link)\s*$/iu.test(toString(child))
  return paragraph.children.some(permalink)
    ? { ...paragraph, children: paragraph.children.filter((child) => !permalink(child)) }
    : paragraph
}

/**
 * `<img alt="Lucy, Gleam's cute pink starfish mascot" style="float: left">` right before "## Hello, Lucy!" (Gleam's v1
 * launch, review 106, its picture on the slide of the section before): a picture that is the last block of a section
 * before a heading of the same level or above, whose words name what that heading names and nothing the section's own
 * heading names, is the next section's, set after its heading. (Terms as English has them: the talk's language is not known yet.)
 */
function picturesUnderTheirHeading(blocks: RootContent[]): RootContent[] {
  const words = (text: string) => new Set(termsOf(text, 'en'))
  const moved = [...blocks]
  // (Where the section of the block being read starts: its words are read only where a move is weighed, not for every block.)
  let start = -1
  for (let index = 0; index < moved.length - 1; index++) {
    const block = moved[index]
    if (block.type === 'heading') start = index
    const next = moved[index + 1]
    const before = moved[start] as Heading | undefined
    // (Not a section's only block, "## Timeline" over its chart, nor one before a heading under its own: "### Node.js 26 Schedule".)
    if (
      next.type !== 'heading' ||
      block.type !== 'paragraph' ||
      !picturesOnly(block) ||
      !before ||
      start === index - 1 ||
      next.depth > before.depth
    )
      continue
    const said = words(block.children.map(altOf).join(' '))
    const own = [...words(toString(next))].filter((word) => said.has(word))
    if (own.length === 0 || [...words(toString(before))].some((word) => said.has(word))) continue
    // (Nor words the section's own text says: "gravitational waves strain amplitude" closing "### The Challenges" of a post on
    // gravitational waves illustrates that section, whatever the next heading names.)
    const section = words(
      moved
        .slice(start + 1, index)
        .filter((each) => !picturesOnly(each))
        .map((each) => toString(each))
        .join(' '),
    )
    if (own.some((word) => section.has(word))) continue
    moved[index] = next
    moved[index + 1] = block
    start = index
    index++
  }
  return moved
}

/** A paragraph of one sentence, short enough for a subtitle: no second sentence, no picture, no markup but emphasis. */
function isShortSentence(paragraph: Paragraph, lang: string): boolean {
  if (paragraph.children.some((child) => !['text', 'strong', 'emphasis', 'inlineCode', 'link', 'linkReference'].includes(child.type)))
    return false
  const text = toString(paragraph).replace(/\s+/g, ' ').trim()
  if (text === '' || countWords(text, lang) > subtitleWords) return false
  // ("Watch the video below:" introduces what follows it; it describes nothing.)
  if (/[:：]$/u.test(text)) return false
  // A full stop, question or exclamation mark before the end starts a second sentence.
  return !/[.!?。！？](\s|$)/u.test(text.replace(/[.!?。！？…]+["'”’)]*$/u, ''))
}

/**
 * Turns the article's flat list of blocks into slide groups: the title group, then one
 * group per section heading (normally `##`), each with vertical slides for its
 * sub-headings (normally `###`). Deeper headings stay content. Sets `file.data.deck.meta`.
 */
export function remarkSlides() {
  return function (tree: Root, file: VFile) {
    const blocks = picturesUnderTheirHeading(tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'toml'))
    if (!blocks.some(hasWords)) {
      throw new LecternError('the article is empty: write some paragraphs or headings', {
        file: file.path || undefined,
      })
    }
    const options = file.data.options!
    const frontmatter = file.data.frontmatter ?? {}
    const slug = createSlugger()

    const headingIndex = findTitleHeading(blocks, typeof frontmatter.title === 'string' ? frontmatter.title : undefined)
    // ('<div align="center"><h1>How DNS Resolution Works:</h1></div>' opening a README or a dev.to
    // export without a `#` or a frontmatter title: the raw HTML's heading is the title.)
    const htmlTitle =
      headingIndex === -1 && !(typeof frontmatter.title === 'string' && frontmatter.title.trim()) ? htmlTitleHeading(blocks) : undefined
    const titleIndex = htmlTitle?.index ?? headingIndex
    const titleHeading = htmlTitle?.heading ?? (titleIndex === -1 ? undefined : (blocks[titleIndex] as Heading))
    const meta = readMeta(frontmatter, titleHeading, file, titleIndex === -1 ? blocks : blocks.filter((_, index) => index !== titleIndex))
    calloutLabelsIn(tree, meta.lang)
    // An article without headings may head its parts with lines of bold instead; in a page
    // imported from HTML (its source places known), only those over a paragraph of prose, a bold
    // line being the site's own box or label (a sidebar's title) there as often as the article's.
    // An interview's questions, each over its answer, head its parts in either
    // ("<p><em>What are your plans for future work?</em></p>").
    const unheaded = titleIndex === -1 ? blocks : blocks.filter((_, index) => index !== titleIndex)
    const body = withOpeningChildrenRaised(
      timelineEntries(boldHeadings(unheaded, meta.lang, file.data.sourcePlaces !== undefined).map(bylineAsParagraph)),
    )
      .flatMap(quotedSectionsUnwrapped)
      .reduce(withQuoteAttributions, [])
      .reduce(withTypedBullets, [])
      .map(asSignatureLine)
      .map(asLineList)
    markElapsedTimes(body)
    markAuthorBios(body)
    markRepeatedLines(body)
    markAltCaptions(body)
    // "Russ Cox \ December 2022" under a design document's title: who wrote it and when, the title slide's.
    const credit =
      meta.author === undefined
        ? ((body[0]?.type === 'paragraph' ? nameAndDate(body[0]) : undefined) ?? creditParagraphs(body) ?? creditList(body[0]))
        : undefined
    if (credit) {
      meta.author = credit.name
      if (credit.date) meta.date ??= credit.date
    }
    const creditLine = credit ? body.splice(0, credit.blocks) : []
    const fields = fieldBlock(body[0])
    if (fields) {
      if (fields.name) meta.author ??= fields.name
      if (fields.date) meta.date ??= dateOf(fields.date) ?? fields.date
      creditLine.push(...body.splice(0, 1))
    }
    // ("<p class="subtitle">March 2021</p>" under a Jekyll tutorial's title (review 145): a line of the date alone, where the
    // frontmatter gives none, is the post's date, the title slide's.)
    const first = body[0]
    const dateLine =
      credit || fields || meta.date !== undefined
        ? ''
        : first?.type === 'paragraph'
          ? toString(first).replace(/\s+/g, ' ').trim()
          : first?.type === 'html'
            ? (/^\s*<(p|div|span|small|time)\b[^<>]{0,200}>([^<>]{1,60})<\/\1>\s*$/i.exec(first.value)?.[2].replace(/\s+/g, ' ').trim() ??
              '')
            : ''
    if (dateLine && /\d{4}/.test(dateLine) && dateLine.split(' ').length <= maxDateLineWords && isByline(dateLine)) {
      meta.date = dateLine
      creditLine.push(...body.splice(0, 1))
    }

    const sectionDepth = Math.min(...body.filter(isHeading).map((heading) => heading.depth))
    if (!Number.isFinite(sectionDepth)) {
      file.message('The article has no section headings (`##`): its paragraphs become one run of slides', {
        place: blocks[0].position,
        ruleId: 'no-sections',
        source: 'lectern',
      })
    }

    const titleSlide: Slide = {
      type: 'slide',
      kind: 'title',
      id: slug('title'),
      title: meta.title,
      continued: false,
      children: [{ type: 'slideTitle', children: titleHeading ? titleHeading.children : phrasingOf(meta.title) }],
      seconds: 0,
      position: titleHeading?.position,
    }
    const titleNotes: RootContent[] = [...creditLine]
    const groups: SlideGroup[] = [{ type: 'slideGroup', id: titleSlide.id, title: meta.title, children: [titleSlide] }]

    // Walk the body once, collecting segments: runs of blocks that share a title. With no
    // section headings, the whole body is one section after the title slide.
    const hasSections = Number.isFinite(sectionDepth)
    const titleText = phrasingOf(meta.title)
    // Lists, code and pictures before the first section are the talk's opening: they show
    // under a heading, as every content slide does. The title slide has just shown the talk's
    // title, so the opening is headed by what it is, in the talk's language ("Introduction",
    // "Einleitung"), where lectern knows that word.
    // (Not where the first section is itself the introduction, "## Introduction": no two in a row.)
    const firstSection = body.find((node): node is Heading => isHeading(node) && node.depth === sectionDepth)
    const opening = openingLabel(meta.lang)
    // (Nor where a later section is called so: Docker's guide to Bake (review 107) had two slides titled "Introduction", the
    // opening's and its own "## Introduction" after "## Prerequisites".)
    const named = (heading: Heading) =>
      heading.depth === sectionDepth && headingText(heading).trim().toLowerCase() === opening?.toLowerCase()
    const label =
      hasSections && !openingName.test(headingText(firstSection!).trim()) && !body.some((node) => isHeading(node) && named(node))
        ? opening
        : undefined
    const intro: Segment = {
      title: label ? [{ type: 'text', value: label }] : titleHeading ? titleHeading.children : titleText,
      items: [],
      groupTitle: meta.title,
      about: label && meta.title,
    }
    const sections: Array<{ heading?: Heading; id?: string; segments: Segment[] }> = hasSections
      ? []
      : [
          {
            id: 'content',
            segments: [{ title: titleText, items: [], groupTitle: meta.title, byTopic: 'topics', openingTitle: opening }],
          },
        ]
    // Headings deeper than the group level that come before the first one of it (`###`s
    // before the only `##`) are groups too: the shallowest of them plays the part of `##` there.
    const firstGroupHeading = body.findIndex((node) => isHeading(node) && node.depth === sectionDepth)
    const earlyDepth = Math.min(
      ...body
        .slice(0, firstGroupHeading)
        .filter(isHeading)
        .map((heading) => heading.depth),
    )
    let segment = hasSections ? intro : sections[0].segments[0]
    const endMatter = endMatterFrom(body)
    // The bold words that open the part after each break, where two parts at least open so: one bold opening after a break
    // is emphasis.
    const runIns = new Map(
      hasSections
        ? []
        : body.flatMap((node, index) => {
            const title = node.type === 'thematicBreak' ? runInTitle(body[index + 1], meta.lang) : undefined
            return title ? [[index, title] as const] : []
          }),
    )
    if (runIns.size < minRunInTitles) runIns.clear()
    let introWords = 0
    const lede: SegmentItem[] = []
    for (const [index, node] of body.entries()) {
      const groupDepth = index < firstGroupHeading ? earlyDepth : sectionDepth
      if (isHeading(node) && node.depth === groupDepth) {
        segment = { title: node.children, items: [], position: node.position, groupTitle: headingText(node), anchor: node.data?.lecternId }
        sections.push({ heading: node, segments: [segment] })
      } else if (isHeading(node) && node.depth === groupDepth + 1 && sections.length > 0) {
        const section = sections[sections.length - 1]
        segment = {
          title: node.children,
          items: [],
          position: node.position,
          groupTitle: section.segments[0].groupTitle,
          sub: true,
          anchor: node.data?.lecternId,
        }
        section.segments.push(segment)
      } else if (index >= endMatter) {
        // The words in italics under the article's last rule, "_Ee Durbin is the Director of Infrastructure at the Python
        // Software Foundation…_" (review 126, PyPI's incident report): a note on the writer or the post, said, never shown.
        if (node.type === 'paragraph')
          segment.items.push({ kind: 'note', node: { ...node, data: { ...node.data, lecternNoteOnly: true } } })
      } else if (node.type === 'thematicBreak' || isOrnament(node)) {
        // Without headings, a break (`* * *`) is where the author starts a new part: it is a
        // section of its own, titled by what it is about rather than by the talk's title again.
        if (!hasSections && segment.items.length > 0) {
          // ("---" then "**The first step was to research and catalog**. We started by studying…" (review 146, Tailwind's post on
          // its ecommerce kit): where the writer opens each part after a break with a few words in bold, they title it.)
          const runIn = runIns.get(index)
          segment = runIn
            ? { title: runIn, items: [], position: node.position, groupTitle: meta.title }
            : { title: titleText, items: [], position: node.position, groupTitle: meta.title, byTopic: 'whole' }
          sections.push({ segments: [segment] })
        } else if (segment !== intro && hasSections) {
          segment = { ...segment, items: [], position: node.position, broken: true, anchor: undefined }
          sections[sections.length - 1].segments.push(segment)
        }
      } else if (segment === intro && node.type === 'paragraph' && (introWords += countWords(toString(node), meta.lang)) <= ledeWords) {
        // Before the first section, a lede is said on a slide of its own under the talk's title, with its
        // points, as any section's words are (one short sentence alone is the talk's subtitle: see below).
        const { images, notes } = onlyImages(node) ? { images: [withoutBreaks(node)], notes: [] } : splitParagraph(node)
        for (const note of notes) {
          const items = toItems(note, meta.lang, options.allowHtml)
          lede.push(...items)
          intro.items.push(...items)
        }
        // A cover photo illustrates nothing the talk says: it takes no slide of its own.
        if (images.length === 1 && isCover(images[0], [...notes, body[index + 1]], frontmatter)) continue
        intro.items.push(...images.map((image): SegmentItem => ({ kind: 'visual', node: image })))
      } else {
        // Past the lede (a long opening, or an interview whose questions come later), prose
        // gets slides of its own under the talk's title, as the first section would.
        if (segment === intro) introWords = Number.POSITIVE_INFINITY
        // A list its paragraph introduces ("…reading some articles:") is what the author shows, even of links.
        const before = body[index - 1]
        const introduced = before?.type === 'paragraph' && /[:：]\s*$/u.test(toString(before))
        // The line of small or italic words under a picture is its caption: said with it, on its slide.
        if (before?.type === 'paragraph' && node.type === 'paragraph' && onlyImages(before) && isCaptionLine(node.children)) {
          segment.items.push({ kind: 'note', node: { ...node, data: { ...node.data, lecternNoteOnly: true } } })
          continue
        }
        // "## Footnotes" over "*1*: Actual Time: `30:35`", "[2] It is possible to embed…": notes the writer numbered by
        // hand are said, in the notes of the slide before, as footnotes are; a slide of them shows nothing a talk needs.
        if (node.type === 'paragraph' && notesHeading.test(headingText(segment.title).trim()) && footnoteMarker.test(toString(node))) {
          segment.items.push({ kind: 'note', node: { ...node, data: { ...node.data, lecternFurniture: true } } })
          continue
        }
        // (A list under "References" is what to read: shown, not said as paragraphs with points;
        // so are references written as paragraphs, one each, shown as the items of one list.)
        // ("## Reference" over "[1] Dubois et al. …", "[2] Chen et al. …" (review 119, LMSYS's post on style control): in the
        // singular, where its paragraphs are citations; an API's "Reference" is prose.)
        const cited =
          namesWorksCited(headingText(segment.title)) ||
          (/^reference$/iu.test(headingText(segment.title).trim()) && node.type === 'paragraph' && citation.test(toString(node)))
        // (Not the words that introduce the list after them, "Main sources I used to write this post…:", "Additional references:".)
        if (cited && node.type === 'paragraph' && !onlyImages(node) && !/[:：]\s*$/u.test(toString(node))) {
          const last = segment.items.at(-1)
          const references =
            last?.kind === 'visual' && last.node.type === 'list' && last.node.data?.lecternReferences ? last.node : undefined
          const list = withItem(references, node, { lecternReferences: true })
          if (list !== references) segment.items.push({ kind: 'visual', node: list })
          continue
        }
        // The caption of a video's figure in a block of its own (a blank line after the player's
        // `<div>`): it goes with the player's line in the notes, not alone on the slide under nothing.
        const player = segment.items.at(-1)
        const caption = node.type === 'html' && !options.allowHtml ? figcaptionAlone(node.value) : undefined
        if (caption && player?.kind === 'note' && player.node.type === 'paragraph' && player.node.data?.lecternMedia) {
          const [label] = player.node.children
          if (label.type === 'text') label.value = label.value.replace(/:\s*$/, ` (${caption}): `)
          continue
        }
        // (So does a picture's, "<figure>", its picture, a blank line, then "<figcaption>Chrome sets a target of 1.8s for
        // FCP…</figcaption></figure>" (review 114, a case study): said with the picture, not shown as a paragraph of raw text.)
        if (caption && player?.kind === 'visual' && player.node.type === 'paragraph' && onlyImages(player.node)) {
          const said: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: caption }], position: node.position }
          segment.items.push({ kind: 'note', node: said })
          continue
        }
        segment.items.push(...toItems(node, meta.lang, options.allowHtml, introduced, cited))
      }
    }

    // A lede of one short sentence ("A win-win for security and the VS Code architecture") is the
    // article's own description: the title slide's subtitle, said over it, not a slide of one point.
    const [only] = lede
    const lead = only?.kind === 'paragraph' ? withoutPermalink(only.node) : undefined
    // (Not a byline the front matter already gives, "July 25, 2019 by Sana Ajani, @sana_ajani" (review 116, a VS Code post):
    // the title slide says who and when once; the line is said in its notes.)
    const said = lede.length === 1 && lead ? toString(lead).replace(/\s+/g, ' ').trim() : undefined
    const byline = said !== undefined && (meta.author !== undefined || meta.date !== undefined) && isByline(said)
    if (said !== undefined && lead && (byline || (!meta.description && isShortSentence(lead, meta.lang)))) {
      // ("Going the whole nine yards: Get Pulsar [1.109.0](…) now!" under the same title (review 149, Pulsar's release notes):
      // a lede that says the title again is said, not shown under it a second time.)
      if (!byline && !saysSame(said, meta.title)) {
        meta.description = said
        titleSlide.subtitle = said
      }
      intro.items.splice(intro.items.indexOf(only), 1)
      titleNotes.push(only.node)
    }
    // (A byline said in the notes leaves the front matter's description the subtitle.)
    if (!titleSlide.subtitle && meta.description)
      titleSlide.subtitle = coverLine(meta.description, openingText(body, meta.description.length), meta.lang)
    if (titleNotes.length > 0) titleSlide.children.push({ type: 'notes', children: titleNotes as Paragraph[] })
    // An opening that is most of the talk, its few headings only at its end ("**Question**:" turns of a talk's
    // transcript, review 108, or a closing "## Comments"), is no introduction: its slides are titled by their topics'
    // keyphrases, as an article without headings is, not "Introduction: …" ten times over.
    if (hasSections) {
      const wordsOf = (each: Segment) => each.items.reduce((sum, item) => sum + countWords(toString(item.node), meta.lang), 0)
      // (The sections' words are counted only for an opening that long.)
      const openingWords = wordsOf(intro)
      const longer = () =>
        openingWords > sections.reduce((sum, section) => sum + section.segments.reduce((all, each) => all + wordsOf(each), 0), 0)
      if (openingWords >= talkOpeningWords && longer())
        Object.assign(intro, { byTopic: 'topics', openingTitle: opening, about: undefined, title: titleText })
    }
    // Every segment's key points at once, before any is laid out: a build may share them out
    // between threads (`file.data.keyPointBatch`); each depends only on its own segment.
    const segments = [intro, ...sections.flatMap((section) => section.segments)]
    // (Its title, and its description where that is a subtitle's few words, "Gleam v1.4.0 released": a
    // summary's names, "…bridging to Objective-C UITableView APIs", may well be one section's topic.)
    const subtitle = meta.description && countWords(meta.description, meta.lang) <= subtitleTalkWords ? meta.description : undefined
    for (const segment of segments) segment.talk = [meta.title, subtitle].filter(Boolean).join('. ')
    const points = keyPointsOf(segments, options, meta.lang, file)
    // Visual blocks before the first section become vertical slides under the title.
    const furniture = furnitureOnly(segments, file.data.removedLines ?? [])
    if (furniture.has(intro))
      addNotes(
        titleSlide,
        intro.items.map((item) => item.node),
      )
    else if (intro.byTopic) {
      const slides = paginate(intro, options, slug, meta.lang, points.get(intro))
      markRepeatedTitles(slides, continuedMarkOf(meta.lang))
      groups.push(...topicGroups(slides))
    } else groups[0].children.push(...paginate(intro, options, slug, meta.lang, points.get(intro)))
    let previous: Slide = groups[0].children[groups[0].children.length - 1]
    for (const section of sections) {
      const title = section.segments[0].groupTitle
      const id = section.id && slug(section.id)
      let slides: Slide[] = []
      for (const each of section.segments) {
        // Under a heading whose content is only page furniture (a table of contents, a left-out
        // `<TableOfContents/>`, a series' navigation), a slide would show the heading and nothing:
        // its notes go with the slide before instead.
        if (furniture.has(each))
          addNotes(
            slides.at(-1) ?? previous,
            // (Not a table of contents: the deck has its own outline, and the speaker nothing to say of it.)
            each.items.map((item) => item.node).filter((node) => node.type !== 'list' || !isContents(node)),
          )
        else {
          // A sub-section with nothing under its heading ("### Recruiting Is Increasingly a Challenge"
          // over a chart the build could not find, review 94) says its heading as a divider does, where
          // it showed nothing and its heading was lost. (Not the part after a break, `---`, which has no heading of its own.)
          // (Nor one that only names the contents the site generates under it, "### Table of Contents", as a section's.)
          const named = headingText(each.title).trim()
          const empty = each.sub && !each.broken && each.items.length === 0 && named !== '' && !contentsHeading.test(named)
          slides.push(...paginate(empty ? { ...each, divider: true } : each, options, slug, meta.lang, points.get(each)))
        }
      }
      // A section with nothing under its heading (`## A` straight before `## B`) is a divider
      // slide; an empty heading over nothing shows nothing, so no group and no blank page in print.
      // (Not a heading that only names the contents the site generates under it, "## 目录" before "## 背景": the deck has its own outline.)
      // (Nor the article's last heading over nothing that names what the site lists there, "## References" over the footnotes
      // it generates (review 118, a Jekyll blog's migration story), "## Supporting information": its footnotes are said where
      // they are cited.)
      const generated = section === sections.at(-1) && referencesHeading.test(title.trim())
      if (slides.length === 0 && title.trim() && !generated && !furniture.has(section.segments[0]) && !contentsHeading.test(title.trim())) {
        slides = paginate({ ...section.segments[0], divider: true }, options, slug, meta.lang)
      }
      if (slides.length === 0) continue
      markRepeatedTitles(slides, continuedMarkOf(meta.lang))
      // A part that shows nothing (a page's "[ up ]" link after its last break) is said on the slide before.
      if (section.segments[0].byTopic === 'whole' && !slides.some(showsAnything)) {
        addNotes(
          previous,
          slides.flatMap((slide) =>
            slide.children.filter((child): child is Notes => child.type === 'notes').flatMap((notes) => notes.children),
          ),
        )
        continue
      }
      previous = slides[slides.length - 1]
      // Titled by topic, each topic's run of slides is a group of its own, named as they are.
      if (section.segments[0].byTopic) {
        groups.push(...topicGroups(slides, groups.length === 1 ? id : undefined))
        continue
      }
      groups.push({
        type: 'slideGroup',
        id: id || slides[0]?.id || slug(title),
        title,
        children: slides,
        position: section.heading?.position,
      })
    }

    if (file.data.hasMath) withPlainTitles(groups, body)
    tree.children = groups
    file.data.deck = { meta, options, outline: [], seconds: 0, slideCount: 0 }
  }
}

/**
 * "Prior art", then after the writer's `---` under the same heading "Prior art" again (review 95: a Jekyll
 * post, Jest 28's release, a French post): a slide that says the title of the slide before it, under the
 * same kicker, goes on with it, and says so with "(cont.)" as a slide of one segment does.
 */
function markRepeatedTitles(slides: Slide[], mark: string): void {
  for (const [index, slide] of slides.entries()) {
    const before = slides[index - 1]
    if (!before || slide.title.endsWith(mark) || slide.kicker !== before.kicker) continue
    if (before.title !== slide.title && before.title !== slide.title + mark) continue
    slide.title += mark
    slide.continued = true
    const heading = slide.children.find((child) => child.type === 'slideTitle')
    if (heading && 'children' in heading) heading.children.push({ type: 'text', value: mark })
  }
}

/** Whether a slide shows anything but its title. */
function showsAnything(slide: Slide): boolean {
  return slide.children.some((child) => child.type !== 'slideTitle' && child.type !== 'notes')
}

/**
 * Slides cut where a slide is not continued, each run a topic's group under one title, named as its slides are (the
 * first by `id` when given).
 */
function topicGroups(slides: Slide[], id?: string): SlideGroup[] {
  const runs: Slide[][] = []
  for (const slide of slides) {
    if (slide.continued && runs.length > 0) runs[runs.length - 1].push(slide)
    else runs.push([slide])
  }
  return runs.map((run, index) => ({ type: 'slideGroup', id: (index === 0 && id) || run[0].id, title: run[0].title, children: run }))
}

/** The key points of each segment that has paragraphs, through the file's batch when it has one. */
function keyPointsOf(segments: Segment[], options: DeckOptions, lang: string, file: VFile): Map<Segment, SegmentPoints> {
  const jobs = segments.flatMap((segment) => {
    const job = keyPointJob(segment, options, lang)
    return job && job.paragraphs.length > 0 ? [{ segment, job }] : []
  })
  const batch = file.data.keyPointBatch ?? ((all) => all.map(extractFor))
  const results = batch(jobs.map(({ job }) => job))
  return new Map(jobs.map(({ segment }, index) => [segment, results[index]]))
}

/** A frontmatter title as a heading's content: its `code` spans shown as code, as in a `#` heading. */
function phrasingOf(title: string): PhrasingContent[] {
  return title
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map(
      (part): PhrasingContent =>
        /^`[^`]+`$/.test(part) ? { type: 'inlineCode', value: part.slice(1, -1) } : { type: 'text', value: part },
    )
}

/**
 * A heading that only says who wrote the post or when (`#### Contributed by [Jane Doe](…)`,
 * `#### Publication date: June 11, 2025`, a CMS's byline set as a heading): no section of the
 * talk, but a line of the notes, as the same words in a paragraph are.
 */
function bylineAsParagraph(node: RootContent): RootContent {
  if (node.type !== 'heading' || node.depth === 1 || !isBylineHeading(toString(node).replace(/\s+/g, ' '))) return node
  return { type: 'paragraph', children: node.children, position: node.position }
}

/** What a talk's opening is called, by language (the first subtag of `lang`): a closed table. */
const openingLabels: Record<string, string> = {
  en: 'Introduction',
  de: 'Einleitung',
  fr: 'Introduction',
  es: 'Introducción',
  pt: 'Introdução',
  it: 'Introduzione',
  nl: 'Inleiding',
  ru: 'Введение',
  uk: 'Вступ',
  pl: 'Wstęp',
  zh: '引言',
  ja: 'はじめに',
  ko: '들어가며',
}

/** The heading of a talk's opening in its language, or undefined where lectern knows no word for it. */
export function openingLabel(lang: string): string | undefined {
  return openingLabels[lang.toLowerCase().split(/[-_]/u)[0]]
}

// Names of an article's opening part, in the languages lectern reads: a closed class.
/**
 * Whether a heading and a title share a word: one of three letters or more, or a number (two characters of Chinese or
 * Japanese, which runs its words together). "Getting started with Foo" retitles "Foo: a quick start"; "Personal advice"
 * does not retitle "The Real Title".
 */
function sharesTitleWords(heading: string, title: string): boolean {
  // (A character of Chinese or Japanese a word of its own, never run into the Latin word before it: "Kubernetes入门".)
  const wordsOf = (text: string) =>
    new Set(
      (
        text
          .toLowerCase()
          .match(
            /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}]{3,}|[\p{N}][\p{N}.]*/gu,
          ) ?? []
      )
        .filter((word) => !titleStopWords.has(word))
        .map((word) => (/^[\p{Script=Latin}]{5,}$/u.test(word) ? word.slice(0, 4) : word)),
    )
  const titleWords = wordsOf(title)
  let sharedCjk = 0
  for (const word of wordsOf(heading)) {
    if (!titleWords.has(word)) continue
    if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(word)) return true
    if (++sharedCjk >= 2) return true
  }
  return false
}

/** English's words a title and a heading share without saying the same thing ("the", "and", "with"). */
const titleStopWords = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'how',
  'why',
  'what',
  'our',
  'your',
  'you',
  'are',
  'its',
  'this',
  'that',
  'about',
  'into',
  'notes',
])

/**
 * Whether a `#` names a part of the article rather than retitling it: short (four words, or eight characters of Chinese or
 * Japanese), in the title's script (both with Chinese or Japanese characters, or both without), and sharing no word with it.
 */
function namesPart(heading: string, title: string): boolean {
  const cjk = (text: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
  if (cjk(heading) !== cjk(title)) return false
  const short = cjk(heading) ? heading.replace(/\s+/gu, '').length <= 8 : heading.trim().split(/\s+/u).length <= 4
  return short && !sharesTitleWords(heading, title)
}

/** A closing section's name, in the languages lectern knows (a closed class). */
const closingName =
  /^(?:summary|in summary|conclusions?|conclusion and next steps|wrap[- ]?up|wrapping up|recap|final thoughts|takeaways|resumo|conclus(?:ão|ões)|resumen|conclusi(?:ón|ones)|résumé|en résumé|zusammenfassung|fazit|riepilogo|conclusion[ei]|итоги|заключение|выводы|まとめ|おわりに|さいごに|最後に|总结|小结|结论|정리|요약|마무리)$/iu

/** The names of an article's first parts, which a first heading may be without titling the article (a closed class). */
const sectionName =
  /^(?:background|motivation|context|prerequisites|requirements|setup|set-up|installation|getting started|the problem|problem|problem statement|overview|abstract|tl;?dr)$/iu

const openingName =
  /^(?:introduction|intro|overview|preface|foreword|einleitung|einführung|introducción|introdução|introduzione|введение|はじめに|概要|简介|介绍|引言|前言|概述)$/iu

/**
 * A block quote that holds headings is no quotation but the writer's own part of the article set
 * off in a box (a post's case studies in `<details>`, each `> #### TimescaleDB` and its
 * paragraphs): its content is the article's, its headings start slides of their own and its
 * paragraphs are said with their points, rather than shown whole in a quote's type with each
 * heading at the foot of the slide before it.
 */
function quotedSectionsUnwrapped(node: RootContent, index: number, body: RootContent[]): RootContent[] {
  if (node.type !== 'blockquote' || !node.children.some(isHeading)) return [node]
  // (Only where a heading comes next, past the `</details>` closing its box: words after it are its
  // section's, which the quote's last heading would take for its own.)
  const next = body.slice(index + 1).find((block) => block.type !== 'html')
  return next === undefined || isHeading(next) ? node.children : [node]
}

/** A bullet typed as text at a paragraph's start ("* find_symbols.rs to extract…", "• Faster builds"). */
const typedBullet = /^[*•‣◦]\s+/u

/**
 * Paragraphs that each open with a bullet typed as text are the items of a list the writer's
 * tool did not make one (an Asciidoctor page whose items start with a link on the next line, a
 * list pasted from a word processor): two or more in a row become that list, their bullets left
 * off. A reducer over the body's blocks.
 */
function withTypedBullets(blocks: RootContent[], node: RootContent, index: number, all: RootContent[]): RootContent[] {
  const typed = (block: RootContent | undefined) =>
    block?.type === 'paragraph' && block.children[0]?.type === 'text' && typedBullet.test(block.children[0].value)
  if (!typed(node) || !(typed(all[index - 1]) || typed(all[index + 1]))) {
    blocks.push(node)
    return blocks
  }
  const paragraph = node as Paragraph
  const [first, ...rest] = paragraph.children as [Text, ...PhrasingContent[]]
  const last = blocks.at(-1)
  const before = typed(all[index - 1]) && last?.type === 'list' ? last : undefined
  const list = withItem(before, { ...paragraph, children: [{ ...first, value: first.value.replace(typedBullet, '') }, ...rest] })
  if (list !== before) blocks.push(list)
  return blocks
}

/**
 * "- The Pulsar Team" under a release post's last words, before the rule over its changelog (review 149, Pulsar's release
 * notes): a name signed with a dash, which markdown reads as a list of one item, is the post's signature, a line said and
 * never shown, as "\- The Pulsar Team" would be. Only a list of one item of plain words after a paragraph, where the part
 * ends: at a rule, a heading or the article's end. A mapper over the body's blocks.
 */
function asSignatureLine(node: RootContent, index: number, all: RootContent[]): RootContent {
  const next = all[index + 1]
  if (node.type !== 'list' || node.ordered || node.children.length !== 1 || all[index - 1]?.type !== 'paragraph') return node
  if (next !== undefined && next.type !== 'thematicBreak' && next.type !== 'heading') return node
  const [item] = node.children
  const [paragraph] = item.children
  // (Not a link, "- [Panda News Chrome](https://chrome.google.com/…)" under a review of a tool: where to get it.)
  if (
    item.children.length !== 1 ||
    paragraph?.type !== 'paragraph' ||
    item.checked != null ||
    paragraph.children.some((child) => child.type !== 'text')
  )
    return node
  const signed = `— ${toString(paragraph).replace(/\s+/g, ' ').trim()}`
  return isByline(signed) ? { type: 'paragraph', children: [{ type: 'text', value: signed }], position: node.position } : node
}

/**
 * `list` with `paragraph` as its last item, its place stretched to the paragraph's end; or, with
 * no list, a new bulleted one of that item (marked with `data`).
 */
function withItem(list: List | undefined, paragraph: Paragraph, data?: List['data']): List {
  const item: ListItem = { type: 'listItem', spread: false, children: [paragraph], position: paragraph.position }
  if (!list) return { type: 'list', ordered: false, spread: false, children: [item], position: paragraph.position, ...(data && { data }) }
  list.children.push(item)
  if (list.position && paragraph.position) list.position = { ...list.position, end: paragraph.position.end }
  return list
}

/**
 * "## Introduction" whose `###`s are the whole article (each feature of a compiler's release
 * under it, then "## Acknowledgements"): the writer nested the parts under their opening by
 * mistake, and every slide would be labelled "Introduction". When an opening part of the
 * shallowest level holds two or more sections of the next level, they are raised to its level.
 */
function withOpeningChildrenRaised(body: RootContent[]): RootContent[] {
  const headings = body.filter(isHeading)
  const top = Math.min(...headings.map((heading) => heading.depth))
  const opening = headings.find((heading) => heading.depth === top)
  if (!opening || !openingName.test(headingText(opening).trim()) || headings[0] !== opening) return body
  const start = body.indexOf(opening)
  const next = body.findIndex((node, index) => index > start && isHeading(node) && node.depth <= top)
  const inside = body.slice(start + 1, next === -1 ? undefined : next).filter(isHeading)
  if (inside.filter((heading) => heading.depth === top + 1).length < 2) return body
  for (const heading of inside) heading.depth = (heading.depth - 1) as Heading['depth']
  return body
}

function isHeading(node: RootContent): node is Heading {
  return node.type === 'heading'
}

/** Whether a block has anything to show: words, code, or an image. */
function hasWords(node: RootContent): boolean {
  if (toString(node).trim() !== '') return true
  let image = false
  visit(node, (child) => {
    if (child.type === 'image' || child.type === 'imageReference') image = true
  })
  return image
}

/** Blocks from the start searched for a raw-HTML `<h1>` that titles an article without a `#`. */
const maxBlocksBeforeHtmlTitle = 3

/**
 * The raw-HTML block among the article's first few that holds only an `<h1>` (in wrappers such as
 * `<div align="center">`), as a `#` heading of its text, without a closing colon or stop.
 */
function htmlTitleHeading(blocks: RootContent[]): { index: number; heading: Heading } | undefined {
  for (const [index, block] of blocks.slice(0, maxBlocksBeforeHtmlTitle).entries()) {
    if (block.type !== 'html') continue
    const match =
      /^\s*(?:<(?:div|center|p|header)\b[^<>]{0,300}>\s*)*<h1\b[^<>]{0,300}>([^<>]{1,200})<\/h1\s*>\s*(?:<\/(?:div|center|p|header)\s*>\s*)*$/i.exec(
        block.value,
      )
    const text = match?.[1]
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[:：.]$/u, '')
      .trim()
    if (text) return { index, heading: { type: 'heading', depth: 1, children: [{ type: 'text', value: text }], position: block.position } }
  }
  return undefined
}

/**
 * The document title: the first heading when it is a `#` and opens the article or is its only
 * `#`. With a title in the frontmatter, a `#` after some prose that says something else
 * ("Jan David Nose, Infrastructure Team" in "Interview with Jan David Nose") is a section.
 */
function findTitleHeading(blocks: RootContent[], frontmatterTitle: string | undefined): number {
  const first = blocks.findIndex(isHeading)
  // ("## FreeBSD Foundation ##" opening a report whose parts are all `###`, with no title in a
  // frontmatter: the only heading of its level, over all the others, is the title as a `#` is.)
  if (first === 0 && !frontmatterTitle?.trim() && (blocks[0] as Heading).depth > 1) {
    const depth = (blocks[0] as Heading).depth
    const headings = blocks.filter(isHeading)
    // (Save a closing section at its level: "## Entrar em `panic!` ou Não…" over `###` parts and a last "## Resumo" (review 136,
    // a chapter of the Rust book in Portuguese).)
    const last = headings.at(-1) as Heading
    const name = (heading: Heading) =>
      headingText(heading)
        .replace(/^\d+(?:\.\d+)*\.?\s+/u, '')
        .replace(/[^\p{L}\p{N}]+$/u, '')
        .trim()
    // (Not a first heading that names a part itself, "## Introduction", "## Background", "## Prerequisites": that is the
    // article's first part, over its own parts, not its title.)
    const closes =
      headings.length > 3 &&
      last.depth === depth &&
      closingName.test(name(last)) &&
      !openingName.test(name(blocks[0] as Heading)) &&
      !sectionName.test(name(blocks[0] as Heading))
    if (headings.length > 2 && (closes ? headings.slice(1, -1) : headings.slice(1)).every((node) => node.depth > depth)) return 0
  }
  if (first === -1 || (blocks[first] as Heading).depth !== 1) return -1
  const h1Count = blocks.filter((node) => isHeading(node) && node.depth === 1).length
  // A `#` the frontmatter's title does not name is a section: after prose, or as one of several
  // `#` parts (a Hugo post titled "What is Probability?" whose parts are `#` headings).
  const renamed = Boolean(frontmatterTitle?.trim()) && toString(blocks[first]).trim() !== frontmatterTitle?.trim()
  if (renamed && (first > 0 || h1Count > 1)) return -1
  // ("# Introduction" opening Godot's essay under its frontmatter's title (review 100): a section's name, not the title's.)
  if (
    renamed &&
    openingName.test(
      headingText(blocks[first] as Heading)
        .replace(/[:：.]\s*$/u, '')
        .trim(),
    )
  )
    return -1
  // ("# 个人建议" (personal advice) under the frontmatter's "Apache Dolphinscheduler如何不重启解决Master服务死循环" (review 122, a
  // Chinese post): a short `#` in the title's script that shares no word with it names its first part, not the article. (Not a
  // `#` in another script, a translation of the title, nor a longer one that retitles it in other words, "Cutting cloud costs
  // at Acme" over "How we cut our AWS bill in half".)
  if (renamed && namesPart(headingText(blocks[first] as Heading), frontmatterTitle ?? '')) return -1
  // ("<!-- TODO: complete the excerpt above -->" before "# Nushell 0.90.1", one of several `#`s:
  // a comment shows nothing, so the heading still opens the article.)
  const opens = blocks.slice(0, first).every((block) => block.type === 'html' && /^\s*(?:<!--[\s\S]*?-->\s*)*$/u.test(block.value))
  return opens || h1Count === 1 ? first : -1
}

/**
 * A file name's words each as the prose writes them most often, where that is not in lower case ("cps" → "CPS", "github" →
 * "GitHub"); a word the prose writes only in lower case, or not at all, as it stands.
 */
function writtenAsInProse(words: string, prose: string): string {
  const counts = new Map<string, Map<string, number>>()
  for (const [written] of prose.matchAll(/[\p{L}\p{N}]+/gu)) {
    const key = written.toLowerCase()
    const forms = counts.get(key) ?? new Map<string, number>()
    forms.set(written, (forms.get(written) ?? 0) + 1)
    counts.set(key, forms)
  }
  return words
    .split(' ')
    .map((word) => {
      const forms = [...(counts.get(word.toLowerCase())?.entries() ?? [])].sort((a, b) => b[1] - a[1])
      const [likeliest] = forms[0] ?? []
      // (Only a form inside a sentence tells: a capital that opens one says nothing of the word, so a word written
      // with a capital must be in capitals or a name's mixed case, "CPS", "GitHub", not "Enhanced".)
      // (Only a form the prose keeps, twice at least and never in lower case: not a word shouted or quoted from a log once,
      // "THE most common complaint", "ERROR: connection refused".)
      const kept = (forms[0]?.[1] ?? 0) >= 2 && !forms.some(([form]) => form === form.toLowerCase())
      return likeliest && kept && /[\p{Lu}].*[\p{Lu}]|^[\p{Ll}]+[\p{Lu}]/u.test(likeliest) ? likeliest : word
    })
    .join(' ')
}

function readMeta(frontmatter: Record<string, unknown>, titleHeading: Heading | undefined, file: VFile, body: RootContent[]): DeckMeta {
  const { authors, ...meta } = readFrontmatterMeta(frontmatter, file)
  // Without a `lang`, the language of the prose (paragraphs only: code is not prose), else English.
  const lang = meta.lang ?? detectLang(proseOf(body)) ?? 'en'
  if (authors && authors.length > 1 && meta.author) meta.author = namesIn(authors, lang)
  let title = meta.title !== undefined ? withoutFullStop(meta.title) : titleHeading ? headingText(titleHeading) || undefined : undefined
  // A post with no title but a subtitle ("De Salvador a Caxias do Sul: participando de eventos
  // Python em 2023", under a `name` that says only its kind) is named by it, better than by its
  // folder; the subtitle is then the title, not also its description.
  if (!title && typeof frontmatter.subtitle === 'string' && meta.description === frontmatter.subtitle.trim()) {
    title = withoutFullStop(meta.description)
    return { ...meta, description: undefined, title: withDashes(title), lang }
  }
  // A page bundle's `index.md` (or `README.md`, `post.md`) is named by its folder, not by "index";
  // a Jekyll post's file by its slug, without the date it opens with ("2017-09-01-Ten-Years-of-Blogging").
  // (`lectern build index.md` in the post's folder: the reader of the file says which folder that is.)
  const folder =
    file.dirname
      ?.split(/[\\/]/)
      .filter((part) => part && part !== '.')
      .pop() ?? file.data.folderName
  const bundle = file.stem && /^(?:_?index|readme|post|article)$/i.test(file.stem) && folder ? folder : undefined
  if (!title) {
    const name = (bundle ?? file.stem)?.replace(/^\d{4}-\d{2}-\d{2}-(?=.)/u, '')
    // (With a capital, as a title has one: "history.md" is "History" (review 136, Zulip's history page).)
    // (Not a name written in lower case, "npm-tips", "kubectl-tricks": the capital goes only on a word the lexicon knows.)
    const words = name && name !== '.' ? name.replace(/[-_]+/g, ' ') : undefined
    const opening = words?.split(' ')[0].toLowerCase() ?? ''
    // (Or one a word's ending shows to be one, "deprecating", "migration", which the lexicon may lack.)
    const word = isKnownWord(opening) || (opening.length > 5 && /(?:ing|ed|ion|ions|ment|ness|ity|ly)$/u.test(opening))
    // ("enhanced-cps-beta.md" (review 137, a policy model's write-up, which says "CPS" throughout) is "Enhanced CPS beta": each
    // word as the article's prose writes it, where it writes it other than in lower case.)
    const cased = words && writtenAsInProse(words, proseOf(body))
    title = cased ? (word ? upperFirst(cased) : cased) : 'Untitled talk'
    file.message('The article has no title (frontmatter `title` or a `#` heading); using “' + title + '”', {
      ruleId: 'no-title',
      source: 'lectern',
    })
  }
  // A Jekyll post's date is its file name's opening ("2020-12-01-the-road-to-the-jit.md") when its frontmatter says none;
  // a page bundle's, its folder's ("2022-11-29-kcl-rewrite-with-rust/index.md", a Docusaurus blog of review 133).
  const named = meta.date === undefined ? /^(\d{4}-\d{2}-\d{2})-/.exec(bundle ?? file.stem ?? '')?.[1] : undefined
  const dated = named && isDay(named) ? named : meta.date
  // A description that only says the title again ("如何在生产环境排查 Rust 内存占用过高问题" for both) is no subtitle.
  const description = meta.description !== undefined && saysSame(meta.description, title) ? undefined : meta.description
  return { ...meta, title: withDashes(title), lang, date: dated, description: description && withDashes(description) }
}

/** Whether two lines say the same words, whatever their spaces, marks and case. */
function saysSame(a: string, b: string): boolean {
  return a.replace(/[\s\p{P}]+/gu, '').toLowerCase() === b.replace(/[\s\p{P}]+/gu, '').toLowerCase()
}

/**
 * Segments with a heading whose content the talk cannot show: only lists said in the notes, or
 * nothing but template tags or components lectern left out (`removedLines`, between the heading
 * and the next one). A heading with nothing at all under it stays a divider, and so does one
 * whose sub-sections follow.
 */
function furnitureOnly(segments: Segment[], removedLines: number[]): Set<Segment> {
  const found = new Set<Segment>()
  for (const [index, segment] of segments.entries()) {
    const start = segment.position?.start.line
    // Of the blocks said in the notes, only the lists (contents, navigation) are furniture: an
    // interview's question over a turn that only acknowledges it ("Même chose.") keeps its slide.
    // (So are footnotes under a heading of their own, "## Bibliography" over `[^1]: Kirchdoerfer, R. N. et al.…`:
    // each is said in the notes of the slide that cites it.)
    const shown = (item: SegmentItem) =>
      item.kind !== 'note' ||
      (item.node.type !== 'list' &&
        item.node.type !== 'footnoteDefinition' &&
        item.node.type !== 'definition' &&
        !(item.node.type === 'paragraph' && item.node.data?.lecternFurniture))
    if (segment.broken || segment.items.some(shown)) continue
    // ("## Demo" over only a YouTube player (review 139, Supabase's post on Realtime): a section that only plays something
    // keeps its heading, the slide where the speaker plays it, its address in the notes; not taken into the slide before.)
    if (index > 0 && segment.items.some(playsMedia)) continue
    // Before the first section, furniture goes with the title slide.
    if (index === 0) {
      if (segment.items.length > 0) found.add(segment)
      continue
    }
    if (start === undefined) continue
    const next = segments[index + 1]
    if (next?.sub && !segment.sub) continue
    const end = next?.position?.start.line ?? Number.POSITIVE_INFINITY
    if (segment.items.length > 0 || removedLines.some((line) => line > start && line < end)) found.add(segment)
  }
  return found
}

/** Whether an item is where a player plays (see `onlyMedia`): a video or a sound; not an embedded page, a comments widget's frame. */
function playsMedia(item: SegmentItem): boolean {
  return (
    item.kind === 'note' &&
    item.node.type === 'paragraph' &&
    item.node.data?.lecternMedia === true &&
    /^(?:Video|Audio)\b/.test(toString(item.node))
  )
}

/** Add `blocks` to the end of a slide's notes. */
function addNotes(slide: Slide, blocks: RootContent[]): void {
  if (blocks.length === 0) return
  const notes = slide.children.find((child): child is Notes => child.type === 'notes')
  if (notes) notes.children.push(...(blocks as Notes['children']))
  else slide.children.push({ type: 'notes', children: blocks as Notes['children'] })
}

/**
 * Titles are text where they are not typeset (the title attribute, the outline, the handout's
 * header, a kicker): a heading's formula there reads as words (`KL(qθ || p)`), not as TeX. The
 * visible heading keeps its typeset formula.
 */
function withPlainTitles(groups: SlideGroup[], body: RootContent[]): void {
  const plain = new Map<string, string>()
  for (const heading of body.filter(isHeading)) {
    if (!heading.children.some((node) => node.type === 'inlineMath')) continue
    const text = heading.children
      .map((node) => (node.type === 'inlineMath' ? texToText(node.value) : toString(node, { includeHtml: false })))
      .join('')
      .trim()
    plain.set(headingText(heading), text)
  }
  if (plain.size === 0) return
  const readable = (title: string) => {
    for (const [tex, text] of plain) if (title.startsWith(tex)) return text + title.slice(tex.length)
    return title
  }
  for (const group of groups) {
    group.title = readable(group.title)
    for (const slide of group.children) {
      slide.title = readable(slide.title)
      if (slide.kicker) slide.kicker = readable(slide.kicker)
    }
  }
}

/** The text of an article's paragraphs, far enough to tell its language. */
function proseOf(blocks: RootContent[]): string {
  let prose = ''
  for (const block of blocks) {
    if (prose.length > 6000) break
    if (block.type === 'paragraph' || block.type === 'blockquote' || block.type === 'list') prose += ` ${toString(block)}`
  }
  return prose
}

/** A photo credit ("Photo by … on Unsplash", `<!-- Photo by Seth Jensen -->`): the picture beside it is a stock or cover photo. */
const photoCredit = /\b(?:photo|image|picture|cover)\b[^.\n]{0,40}?\b(?:by|credit)\b|\b(?:unsplash|pexels|pixabay)\b/i

/**
 * Whether a picture in the opening is the post's cover: the frontmatter names its file
 * (`featured: image_url:`, `cover:`, `image:`), or a photo credit goes with it.
 */
function isCover(image: Paragraph, near: Array<RootContent | undefined>, frontmatter: Record<string, unknown>): boolean {
  const urls: string[] = []
  visit(image, (node) => {
    if (node.type === 'image') urls.push(node.url)
  })
  const file = urls.length === 1 ? urls[0].split(/[?#]/)[0].split('/').pop() : undefined
  if (file && frontmatterStrings(frontmatter).some((value) => value.split(/[?#]/)[0].split('/').pop() === file)) return true
  return near.some((node) => {
    if (!node || (node.type !== 'paragraph' && node.type !== 'html')) return false
    const words = node.type === 'html' ? node.value : toString(node)
    return words.length < 200 && photoCredit.test(words)
  })
}

function frontmatterStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(frontmatterStrings)
  return []
}

/** A paragraph that is nothing but images (and links around them, and whitespace). */
function onlyImages(node: Paragraph): boolean {
  return node.children.every(
    (child) =>
      child.type === 'image' ||
      child.type === 'imageReference' ||
      isBlank(child) ||
      (child.type === 'link' && child.children.every((inner) => inner.type === 'image' || inner.type === 'imageReference')),
  )
}

/** Text of white space and invisible format characters only (soft hyphen, zero-width spaces and joiners, BOM). */
const invisible = /^[\s\p{Cf}]*$/u

/** Whitespace, a line break, or a raw `<br>` after a picture (as many blogs put one): nothing to say. */
function isBlank(child: PhrasingContent): boolean {
  return (
    (child.type === 'text' && child.value.trim() === '') ||
    child.type === 'break' ||
    (child.type === 'html' && /^\s*<br\s*\/?>\s*$/i.test(child.value))
  )
}

/** A picture paragraph without its line breaks, which would make it read as text. */
function withoutBreaks(node: Paragraph): Paragraph {
  const children = node.children.filter((child) => child.type !== 'break' && child.type !== 'html')
  return children.length === node.children.length ? node : { ...node, children }
}

/** The most paragraphs of notes on the writer or the post under an article's last rule. */
const maxEndMatter = 3

/**
 * Where the notes on the writer or the post begin: the article's last rule (`---`), when all that follows it is one to
 * {@link maxEndMatter} paragraphs: a project's blurb that invites the reader in, or paragraphs each wholly in italics, the first about the writer ("_Ee Durbin is the Director of…_", "_Jane
 * Doe works on…_", "_Maria is a site reliability engineer at Acme…_") or the post ("_This post was originally published on…_", "_About the author: …_"). Not an update in
 * italics ("*Update, March 3: Version 2.1.1 turned out to be incomplete…*"), nor an essay's closing line: the article's own.
 * The body's length when there are none.
 */
function endMatterFrom(body: RootContent[]): number {
  const rule = body.findLastIndex((node) => node.type === 'thematicBreak')
  // (Footnotes and link definitions written after it are no words of the end.)
  const after = body.slice(rule + 1).filter((node) => node.type !== 'footnoteDefinition' && node.type !== 'definition')
  const italic = (node: RootContent) => {
    if (node.type !== 'paragraph') return false
    const shown = node.children.filter((child) => !isBlank(child))
    return shown.length === 1 && shown[0].type === 'emphasis'
  }
  if (rule === -1 || after.length === 0 || after.length > maxEndMatter) return body.length
  const note = toString(after[0]).replace(/\s+/g, ' ').trim()
  // ("Linkerd is a community project and is hosted by the Cloud Native Computing Foundation. If you have feature requests…,
  // we'd love to have you join our rapidly-growing community!" (review 128, Linkerd's blog): the project's own blurb under
  // every post, in plain words, is a note on the post's maker too.)
  if (after.every((node) => node.type === 'paragraph') && aboutProject.test(note) && invites.test(note)) return rule
  if (!after.every(italic)) return body.length
  return aboutWriter.test(note) || aboutPost.test(note) ? rule : body.length
}

/**
 * The opening of a project's blurb: its name and what kind of project it is, by who hosts it or how it is run ("Linkerd is a
 * community project and is hosted by the CNCF…"); not a judgement, "SQLite is a remarkable project".
 */
const aboutProject =
  /^[\p{Lu}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}][\p{L}\p{N}.-]*){0,2}\s+is\s+(?:a|an)\s+(?:(?:community|open[- ]source|non-?profit|free|incubating|graduated|sandbox|volunteer)(?:[- ](?:run|driven|led))?\s+)+(?:project|foundation|organi[sz]ation)\b/iu
/** Words that ask the reader to join in or get in touch: English's closed class. */
const invites = /\b(?:join\s+(?:us|our|the)|get\s+involved|get\s+in\s+touch|come\s+and\s+join)\b/iu

/**
 * The opening of a note on the writer (a name of two to four words and what they are or do) or on the post (where it first
 * appeared, who edited or translated it): English's closed classes.
 */
const aboutWriter =
  /^[\p{Lu}][\p{L}'’.-]+(?:(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}\s+(?:is|was|works|worked|writes|leads|led|has\s+been|maintains|teaches|lives|runs|co-founded|founded)\b|\s+(?:is|was)\s+(?:a|an|the)\s+[\p{Ll}][^.!?]{0,80}\b(?:at|of|for|with)\s+[\p{Lu}])/u
const aboutPost =
  /^(?:about\s+the\s+authors?\b|(?:this|the)\s+(?:post|article|piece|essay|story|interview)\s+(?:was|is|has\s+been|first)\s+(?:originally\s+|first\s+)?(?:published|posted|written|edited|translated|adapted|appeared|cross-?posted)\b|(?:originally|first)\s+(?:published|posted)\b|(?:edited|translated)\s+by\b)/iu

/** The most words of a line under a picture, in the picture's paragraph, read as its caption. */
const captionWords = 12
/** The most words of a caption set apart in italics or small type (`*Figure 2: …*`, `<small>…</small>`). */
const setApartCaptionWords = 40

/**
 * Words set apart as a caption: all in italics (`_Figure 1: the latency histogram._`) or small
 * type (`<small>…</small>`, `<sub>`), and no longer than a caption is.
 */
function isCaptionLine(children: PhrasingContent[]): boolean {
  const shown = children.filter((child) => !isBlank(child))
  if (shown.length === 0) return false
  // ("*Instructor trainees … at the inaugural Research Bazaar (University of Melbourne, February 2015).* Image credit: Nicole
  // La Mela" (review 126, a Carpentries testimonial): the picture's credit may follow its caption.)
  const credited =
    shown.length >= 2 &&
    shown.slice(1).every((child) => child.type === 'text' || child.type === 'emphasis' || child.type === 'link') &&
    creditsPicture(
      toString({ type: 'paragraph', children: shown.slice(1) })
        .trim()
        .replace(/^[([]|[)\]]$/gu, ''),
    )
  const italic = (shown.length === 1 || credited) && shown[0].type === 'emphasis'
  const [first, last] = [shown[0], shown[shown.length - 1]]
  const small =
    shown.length >= 3 &&
    first.type === 'html' &&
    last.type === 'html' &&
    /^<(small|sub|em|i|figcaption)\b[^>]*>$/i.test(first.value.trim()) &&
    new RegExp(`^</${/^<(\w+)/.exec(first.value.trim())![1]}>$`, 'i').test(last.value.trim())
  return (
    (italic || small || isLabelledCaption(shown)) && countWords(toString({ type: 'paragraph', children: shown })) <= setApartCaptionWords
  )
}

/**
 * "<i class="fa fa-camera"></i> **Pic:** View of Pest from the Buda-side." under each picture of a travel essay (review 150):
 * words a label names as a picture's caption, "Pic:", "Photo:", "Figure 3:", whatever type they are set in, a caption long.
 */
function isLabelledCaption(children: PhrasingContent[]): boolean {
  const words = children.filter((child) => child.type !== 'html' && !isBlank(child))
  const text = toString({ type: 'paragraph', children: words }).replace(/\s+/g, ' ').trim()
  return words.length > 0 && captionLabel.test(text) && countWords(text) <= setApartCaptionWords
}

/** Split a paragraph into what goes on the slide (its images) and what goes in the notes (its words). */
function splitParagraph(node: Paragraph): { images: Paragraph[]; notes: Paragraph[] } {
  // Whether a picture stands in a line of words reads the line around it: asked of pictures only, not of every word and link.
  const isImage = (child: PhrasingContent, index: number) => isPicture(child) && !isInlinePicture(node.children, index)
  const images = node.children.filter(isImage)
  if (images.length === 0) return { images: [], notes: [node] }
  const words = node.children.filter((child, index) => !isImage(child, index))
  if (words.every(isBlank)) return { images: [{ type: 'paragraph', children: images, position: node.position }], notes: [] }
  // A short line set under the picture in its own paragraph (`![…](shot.png)<br>Name Manager`)
  // is the picture's caption: said with it, not a point of its own.
  const lastImage = node.children.findLastIndex(isImage)
  const said = toString({ ...node, children: words.filter((child) => !isBlank(child)) }).trim()
  const caption =
    node.children.slice(0, lastImage).every((child, index) => isImage(child, index) || isBlank(child)) &&
    ((countWords(said) <= captionWords && !/[.!?:;。！？]$/.test(said)) || isCaptionLine(node.children.slice(lastImage + 1)))
  const paragraph: Paragraph = { ...node, children: words, ...(caption && { data: { ...node.data, lecternNoteOnly: true } }) }
  return { images: [{ type: 'paragraph', children: images, position: node.position }], notes: [paragraph] }
}

/** Whether a paragraph is the note of a mark in the text: "*Not in the free plan", "† Since 2021", at most a sentence or two. */
function isMarkedFootnote(text: string): boolean {
  return (
    // (An asterisk before a capital or a figure: "*nix systems all ship a POSIX shell" is a word.)
    /^(?:\*{1,3}(?=[\p{Lu}\p{N}])|[†‡]\s?)/u.test(text) &&
    !/\*(?:[^*\s]|$)/u.test(text.slice(1).replace(/^\*+/u, '')) &&
    countWords(text) <= 40
  )
}

/**
 * Raw HTML that shows nothing once sanitized: comments, style sheets, scripts, links and meta
 * tags; and no words nor anything to see: `<br>`s, a decorative `<hr>`, an element opened and
 * closed empty in place (`<div id="timeline"></div>`, which a page's script would have filled
 * and which never runs in the deck). On a slide it is a blank one. An element opened here and
 * closed blocks later wraps what is between, and stays.
 */
const unseen =
  /^\s*(?:(?:<!--[\s\S]*?-->|<style\b[\s\S]*?<\/style\s*>|<script\b[\s\S]*?<\/script\s*>|<(?:link|meta)\b[^>]*>|<br\s*\/?>|<hr\b[^>]*>|<(?<tag>[a-z][\w-]*)\b[^>]*>\s*<\/\k<tag>\s*>|&nbsp;)\s*)+$/i

/**
 * Raw HTML of tags and comments only, each element closed in it, none of them one that shows
 * something without text. An element left open (`<details>` around the blocks after it) wraps
 * more than it shows here.
 */
function onlyTags(html: string): boolean {
  const open: string[] = []
  let balanced = true
  const rest = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(
      /<(\/?)([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g,
      (tag, closing: string, tagName: string, selfClosing: string) => {
        const name = tagName.toLowerCase()
        if (shows.has(name)) return tag
        if (closing) balanced &&= open.pop() === name
        else if (!selfClosing && !voidElements.has(name)) open.push(name)
        return ''
      },
    )
  return balanced && open.length === 0 && rest.trim() === ''
}

/** Elements that have no closing tag. */
const voidElements = new Set(['br', 'wbr', 'col', 'area', 'base', 'link', 'meta', 'source', 'track', 'param'])

/** Elements that show something with no text in them. */
const shows = new Set(['img', 'video', 'audio', 'iframe', 'svg', 'hr', 'table', 'math', 'canvas', 'object', 'embed', 'picture'])

/** Raw HTML that opens with an element classed as footnotes. */
const footnotesBlock = /^\s*<(?:div|section|aside|ol)\b[^>]*\bclass\s*=\s*["'][^"']*\bfoot-?notes?\b/i

/** An opening `<a>` whose only target is a place in the page. */
const inPageAnchor = /^<a\s[^<>]{0,300}?\bhref\s*=\s*["']#[^"'<>]*["'][^<>]{0,300}>$/i

/** A list whose every item is only a link to a place in the page (`[First things first](#first-things-first)`), nested or not. */
function isContents(list: List): boolean {
  const only = (item: ListItem): boolean =>
    item.children.length > 0 &&
    item.children.every((child) => {
      if (child.type === 'list') return child.children.every(only)
      return child.type === 'paragraph' && isContentsEntry(child.children)
    })
  return list.children.length >= 2 && list.children.every(only)
}

/**
 * "[1. Giving a presentation](#oral_presentation)", then "[2. Exciting scientific discussions](#science_disc)", each a
 * paragraph of its own under a trip report's opening (review 150): a table of contents written without a list, every
 * line of the paragraph a link to a place in the page. (A paragraph of one such link is the page's navigation too.)
 */
function isContentsParagraph(paragraph: Paragraph): boolean {
  // (An entry runs on over a line break to what its part holds, "[**Security**](#security)<br>– memory safety fixes": a new one
  // opens on a link.)
  // (A paragraph with no link to a place in the page is none, whatever its length: asked first, not of every inline.)
  if (!paragraph.children.some((inline) => inline.type === 'link' || inline.type === 'html')) return false
  const entries: PhrasingContent[][] = [[]]
  let broken = false
  for (const inline of paragraph.children) {
    if (inline.type === 'break') broken = true
    else if (inline.type === 'text' && inline.value.trim() === '') entries.at(-1)!.push(inline)
    else {
      if (broken && (inline.type === 'link' || inline.type === 'html')) entries.push([])
      else if (broken) entries.at(-1)!.push({ type: 'break' })
      broken = false
      entries.at(-1)!.push(inline)
    }
  }
  return entries.every(isContentsEntry)
}

/** Whether a contents entry's words are only a link to a place in the page, maybe with a few words on what its part holds. */
function isContentsEntry(children: PhrasingContent[]): boolean {
  const shown = children.filter((inline) => inline.type !== 'text' || inline.value.trim() !== '')
  if (shown.length === 0) return false
  if (shown.length === 1) return shown[0].type === 'link' && shown[0].url.startsWith('#')
  // ("[**Security**](#security)<br>– memory safety fixes", Servo's monthly update (review 106): each part's link and, after
  // a dash, what it holds in a few words.)
  if (shown[0].type === 'link' && shown[0].url.startsWith('#') && describesPart(shown.slice(1))) return true
  // The same written as raw HTML (`<a href="#core">Core</a>`, Godot's and many a CMS's index).
  const [open, ...rest] = shown
  const close = rest.pop()
  return (
    open?.type === 'html' &&
    inPageAnchor.test(open.value) &&
    close?.type === 'html' &&
    /^<\/a\s*>$/i.test(close.value) &&
    rest.length > 0 &&
    rest.every((inline) => inline.type !== 'html' && inline.type !== 'link')
  )
}

/** Words after a contents entry's link that say what its part holds: a line break or not, then a dash or colon and a few words. */
function describesPart(rest: PhrasingContent[]): boolean {
  const words = rest.filter((inline) => !isBreak(inline))
  if (words.some((inline) => inline.type === 'link' || inline.type === 'html' || inline.type === 'image')) return false
  const text = words
    .map((inline) => toString(inline))
    .join('')
    .trim()
  return /^[–—:-]\s*\S/u.test(text) && text.split(/\s+/).length <= maxPartWords
}

/** Words at most of what a contents entry says its part holds. */
const maxPartWords = 16

declare module 'mdast' {
  interface ParagraphData {
    /** Page furniture said in the notes (where an embedded video plays): no slide of its own. */
    lecternFurniture?: boolean
    /** That note is an embedded player's: a caption in the block after it goes with it. */
    lecternMedia?: boolean
  }
}

/** The words of a raw-HTML block that is only a figure's caption, and the closing tags after it. */
function figcaptionAlone(html: string): string | undefined {
  const match = /^\s*<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>\s*(?:<\/(?:div|p|figure|center)>\s*)*$/i.exec(html)
  if (!match) return undefined
  const words = decodeReferences(match[1].replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
  return words || undefined
}

/** Raw HTML that is one embedded player's placeholder (see links.ts), maybe in wrappers: its note, a link to where it plays. */
function onlyMedia(html: string): Paragraph | undefined {
  const match =
    /^\s*(?:<(?:div|p|figure|center)\b[^>]*>\s*)*<span class="lectern-missing-image" data-lectern-media="([^"]*)" title="([^"]*)">[^<]*<\/span>\s*(?:<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>\s*)?(?:<\/(?:div|p|figure|center)>\s*)*$/i.exec(
      html,
    )
  if (!match) return undefined
  // An embed's default title ("YouTube video player") names the player, not the video.
  // ("https://www.youtube.com/embed/PEnJbjBuxnw?si=…" (review 144, a Japanese post's song of the day): a YouTube player's
  // address is the video's own page, where it plays, named as the shortcodes' videos are.)
  const embedded = decodeReferences(match[1])
  const youtube = /^https:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})(?:[?#]|$)/.exec(embedded)?.[1]
  const url = youtube ? `https://www.youtube.com/watch?v=${youtube}` : embedded
  const label = decodeReferences(match[2]).replace(/:\s*[\w ]*\b(?:player|embed)$/i, '')
  // A figure's caption says what the video shows: it goes with it, not on the slide alone under a box.
  const caption = decodeReferences((match[3] ?? '').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
  return {
    type: 'paragraph',
    children: [
      { type: 'text', value: caption ? `${label} (${caption}): ` : `${label}: ` },
      { type: 'link', url, children: [{ type: 'text', value: url }] },
    ],
    data: { lecternFurniture: true, lecternMedia: true },
  }
}

/**
 * A series' navigation (`I. Les raisons` / `II. La technique` / `III. Le bilan`, each a link to
 * its post but the one being read) or a "read next" list: every item is only a link to another
 * page of the same site (a relative or site-absolute URL, Jekyll's `{% post_url %}`), at most
 * one item is unlinked (the current post). A talk has nothing to say over it, so it goes to the notes.
 */
function isSiteNavigation(list: List): boolean {
  let linked = 0
  let plain = 0
  const pages = new Set<string>()
  let placed = 0
  for (const item of list.children) {
    const [child, ...rest] = item.children
    if (!child || rest.length > 0 || child.type !== 'paragraph') return false
    const shown = child.children.filter((inline) => inline.type !== 'text' || inline.value.trim() !== '')
    if (shown.length === 1 && shown[0].type === 'link') {
      if (!isSitePath(shown[0].url) || shown[0].children.some((inline) => inline.type === 'image')) return false
      linked++
      const [page, place] = shown[0].url.trim().split('#', 2)
      pages.add(page)
      if (place) placed++
    } else if (shown.every((inline) => inline.type === 'text' || inline.type === 'emphasis' || inline.type === 'strong')) plain++
    else return false
  }
  // ("Main Changes": "[JSON stringify](/guide/migration#json-stringify)", "[Sass now uses modern API by
  // default](/guide/migration#sass…)": links to the places of one other page name what it holds, a
  // release's changes, not the site's other posts: shown.)
  if (pages.size === 1 && placed === linked) return false
  return linked >= 2 && plain <= 1
}

/** A link to another page of the same site: no scheme, no `//` host, not a place in this page. */
function isSitePath(url: string): boolean {
  return !/^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i.test(url.trim())
}

/** Whether every sentence of a text is thanks, a greeting or a call to follow the writer (see `isCourtesy`). */
function onlyCourtesy(text: string, lang: string): boolean {
  const sentences = sentencesOf(text.replace(/\s+/gu, ' ').trim(), lang)
  // (Not a call to help, "> Reach out to us if your company would like to contribute on work time…": what the talk asks for.)
  return (
    sentences.length > 0 &&
    sentences.length <= 3 &&
    sentences.every((sentence) => isCourtesy(sentence, lang)) &&
    !/\b(?:reach\s+out|join|contribute|contact|help|sponsor|donate|support)\b/iu.test(text)
  )
}

function toItems(node: RootContent, lang: string, allowHtml = false, introduced = false, cited = false): SegmentItem[] {
  // An HTML comment is the author's note to self: it shows nowhere, so it takes no slide. Nor
  // does a style sheet, a script or a link to one, which the sanitizer removes.
  if (node.type === 'html' && /^\s*(<!--[\s\S]*?-->\s*)+$/.test(node.value)) return []
  // A figure's caption or an interview's acknowledgement (see raw-html.ts, speaker-turns.ts): said, not shown.
  if (node.type === 'paragraph' && node.data?.lecternNoteOnly) return [{ kind: 'note', node }]
  // So is a line its label names a picture's caption, "**Pic:** View of Pest from the Buda-side." (review 150, a travel
  // essay), wherever it stands: under a picture the build could not find, which left nothing above it, it was a point.
  if (node.type === 'paragraph' && isLabelledCaption(node.children))
    return [{ kind: 'note', node: { ...node, data: { ...node.data, lecternNoteOnly: true } } }]
  // Nor tags left with nothing between them (`<div>` and `</div>` around MDX components that
  // were left out), which would split the slide's points in two.
  if (node.type === 'html' && !allowHtml && (unseen.test(node.value) || onlyTags(node.value))) return []
  // An embedded player (a YouTube `<iframe>`) plays nothing in a deck: a framed "Video: YouTube
  // video player" alone on a slide has nothing to say over it, so where it plays goes in the notes.
  const media = node.type === 'html' && !allowHtml ? onlyMedia(node.value) : undefined
  if (media) return [{ kind: 'note', node: media }]
  // A table of contents (every item a link to one of the post's own headings) is the slides' order: said, not shown.
  if ((node.type === 'list' && isContents(node)) || (node.type === 'paragraph' && isContentsParagraph(node)))
    return [{ kind: 'note', node }]
  // A disclaimer ("> Disclaimer: I work at Microsoft… These are personal observations and opinions.") says
  // whose view the talk gives, not what it says: said, not shown large as a quote or a point.
  // So does a note on where else the post was published ("> 本文最先发表于 RustMagazine 中文月刊" and its address).
  if ((node.type === 'blockquote' || node.type === 'paragraph') && (isDisclaimer(toString(node)) || isPublicationNote(toString(node))))
    return [{ kind: 'note', node }]
  // ("> 如果觉得本文不错，请关注作者公众号：【阿飞的博客】，多谢！" closing a Chinese comparison of APM tools (review 119), "> Thanks for
  // reading!"): so is a quotation that is only thanks or a call to follow the writer, every sentence of it.
  if (node.type === 'blockquote' && onlyCourtesy(toString(node), lang)) return [{ kind: 'note', node }]
  // So is a picture's credit set as a quotation ("> Photo by Hannah Busing on Unsplash" under the post's last
  // picture, review 102): whose photo it was, not someone's words.
  if (node.type === 'blockquote' && creditsPicture(toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim()))
    return [{ kind: 'note', node }]
  // So is a series' navigation between its posts.
  if (node.type === 'list' && !introduced && !cited && isSiteNavigation(node)) return [{ kind: 'note', node }]
  // A blog template's own footnotes block (`<div class="dg-footnote">`, `<section class="footnotes">`):
  // said in the notes like markdown's footnotes, not a list on the slide after the last point.
  if (node.type === 'html' && footnotesBlock.test(node.value)) return [{ kind: 'note', node }]
  if (node.type === 'paragraph') {
    // "&shy;", a zero-width space: a spacer some blogs put between paragraphs shows and says nothing.
    if (node.children.every((child) => child.type === 'text' && invisible.test(child.value))) return []
    // ("<small>*Realtime server does not broadcast TRUNCATE changes</small>" under a list that marked "TRUNCATE\*" (review
    // 139, Supabase's post on Realtime): the small print of a mark, an asterisk or a dagger run into its first word, is a
    // footnote, said in the notes; shown, it was a point that opened on a stray asterisk.)
    if (isMarkedFootnote(toString(node, { includeHtml: false }).trim())) return [{ kind: 'note', node }]
    if (onlyImages(node)) return [{ kind: 'visual', node: withoutBreaks(node) }]
    const { images, notes } = splitParagraph(node)
    return [
      ...images.map((image): SegmentItem => ({ kind: 'visual', node: image })),
      ...notes.map((paragraph): SegmentItem => ({ kind: paragraph.data?.lecternNoteOnly ? 'note' : 'paragraph', node: paragraph })),
    ]
  }
  if (node.type === 'heading' || node.type === 'definition' || node.type === 'footnoteDefinition') return [{ kind: 'note', node }]
  // A list of paragraphs is said as paragraphs: a point each on the slide, each item whole in the notes.
  const prose = node.type === 'list' && !cited ? proseItems(node, lang) : undefined
  if (prose) {
    return prose.flatMap(({ paragraph, said, number, rest }): SegmentItem[] => [
      { kind: 'paragraph', node: paragraph, said, number },
      ...rest.flatMap((block) => toItems(block, lang, allowHtml)),
    ])
  }
  return [{ kind: 'visual', node }]
}

/**
 * Whether a block only says whose view the post gives: it opens on "Disclaimer:", or says the
 * opinions are the writer's own, not their employer's. (English's set phrases.)
 */
export function isDisclaimer(text: string): boolean {
  // (A quick look first: every paragraph of every article is asked.)
  if (!/disclaimer|disclosure|\bown\b|employer|compan/i.test(text)) return false
  const said = text.replace(/\s+/g, ' ').trim()
  if (said.split(' ').length > maxDisclaimerWords) return false
  return (
    /^(?:disclaimer|disclosure)\s*[:：.—–-]/i.test(said) ||
    /\b(?:opinions?|views?|thoughts)(?:\s+(?:expressed|stated|shared))?(?:\s+(?:here|in\s+this\s+(?:post|article|blog(?:\s+post)?)))?\s+are\s+(?:(?:solely|entirely|purely|only)\s+)?(?:my|our)\s+own\b/i.test(
      said,
    ) ||
    /\bdo(?:es)?\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+(?:the\s+(?:views|opinions|position)|those)\s+of\s+(?:my|our|any)\s+(?:employers?|company|companies)\b/i.test(
      said,
    )
  )
}

/** Words at most of a disclaimer: a longer block that opens on "Disclaimer:" says more than whose view it is. */
const maxDisclaimerWords = 80

/**
 * "〰〰〰", "⁂", "• • •" alone between paragraphs (review 114, an essay of seventeen items each closed by "〰〰〰"): a line
 * of ornaments only is the writer's break in the text, as `* * *` is, not words to say. Marks that only ornament, a closed
 * class; not a reaction, "😭", "🎉 🎉 🎉", "(╯°□°)╯︵ ┻━┻" (review 114, a Rust tutorial), which the writer says.
 */
function isOrnament(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0].type !== 'text') return false
  const marks = [...node.children[0].value.replace(/\s+/g, '')]
  if (marks.length === 0 || marks.length > 12 || !marks.every((mark) => ornaments.includes(mark))) return false
  return marks.length >= 2 || dinkuses.includes(marks[0])
}

/** Marks a writer repeats to break the text: "〰〰〰", "• • •", "✦ ✦ ✦". */
const ornaments = '〰~～*＊•·∙◦◆◇◈●○★☆✦✧✶✷✸✹✺✻✼❋❖❦❧☙⁂※§¶⸻'
/** Marks that break it alone: "⁂", "❦". */
const dinkuses = '⁂❦❧☙※§¶⸻❖'
