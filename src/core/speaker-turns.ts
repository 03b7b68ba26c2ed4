import type { Emphasis, Heading, Paragraph, PhrasingContent, Root, Strong, Text } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from './visit.ts'
import type { VFile } from 'vfile'
import { detectLang } from './detect-lang.ts'
import { extractKeyPoints } from './key-points/index.ts'
import { upperFirst } from './letter-case.ts'
import { countWords } from './words.ts'

/*
 * Interviews and Q&A transcripts open each turn with who speaks: `**Name**: text`,
 * `**Name** : text`, `Name: **question**`, `Q:` / `A:`, `**Q.**`. The label is not what a
 * slide should say: this step takes it off the paragraph (so the key-point code reads the
 * turn alone) and keeps it on the paragraph's data, for the notes and handout to print in
 * front of the turn (see handlers.ts). A turn that only acknowledges ("Sure.", "Exactly.",
 * "Même chose.") is said but gets no point of its own.
 *
 * Questions: the interviewer (the speaker whose turns most often end in a question) asks, the
 * guest answers. Each of the interviewer's turns that ends in a question of at most
 * {@link questionWords} words becomes the title of the slides that follow: a heading one level
 * below the article's sections (a section of its own when it has none), so the audience reads
 * what was asked above the points of the answer; a longer question is shortened as its key
 * point would be. The whole turn, label and all, stays in the notes.
 */

declare module 'mdast' {
  interface ParagraphData {
    /** Who speaks this paragraph in an interview, shown before it in the notes and handout. */
    lecternSpeaker?: string
  }
}

/** A question longer than this stays a point: a title must read at a glance. */
const questionWords = 20
/** How an interviewer asks without a question mark, in English: "I'm wondering if…", "tell us about…". */
const asksFor =
  /\b(?:wonder(?:ing)? (?:if|whether|how|what|why)|(?:could|can|would) you (?:talk|tell|describe|explain|say|walk)|tell (?:me|us) (?:about|how|what|why))\b/i
/** A turn of this many words or fewer, without a question, only acknowledges ("Sure.", "Yeah, exactly."). */
const acknowledgementWords = 3
/** Labels that name a part of a text, not a person, when a post writes them as run-in labels. */
const notSpeakers = /^(note|notes|nb|update|edit|tl;?dr|warning|tip|summary|example|source|credit|credits|disclaimer|p\.?s)$/i
/** Labels that name the one who asks by the role, not by name (a closed class, in the languages lectern labels callouts in). */
const askingRole =
  /^(?:question|questions|audience|audience member|attendee|participant|interviewer|frage|pregunta|pergunta|question du public|domanda|質問|问题|提问|질문)$/iu
/** A speaker's name: up to four capitalised words, or `Q`/`A`. */
const name = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}?[\p{L}\p{M}'’.-]+){0,3}$/u

interface Turn {
  paragraph: Paragraph
  label: string
  /** Take the label off the paragraph. */
  strip: () => void
}

/** Recognise the speakers' labels of an interview or Q&A and move them off their paragraphs. */
export function remarkSpeakerTurns() {
  return function (tree: Root, file: VFile) {
    withLoneLabelsJoined(tree)
    const turns: Turn[] = []
    visit(tree, 'paragraph', (paragraph) => {
      const turn = turnOf(paragraph)
      if (turn) turns.push(turn)
    })
    if (!isTranscript(turns)) return
    for (const turn of turns) {
      turn.strip()
      turn.paragraph.data = { ...turn.paragraph.data, lecternSpeaker: turn.label }
      unwrapWholeStrong(turn.paragraph)
      const said = toString(turn.paragraph).trim()
      if (countWords(said) <= acknowledgementWords && !said.includes('?')) turn.paragraph.data.lecternNoteOnly = true
    }
    const lang =
      typeof file.data.frontmatter?.lang === 'string'
        ? file.data.frontmatter.lang
        : (detectLang(turns.map((turn) => toString(turn.paragraph)).join(' ')) ?? 'en')
    questionsAsTitles(tree, turns, lang, file.data.frontmatter?.title)
  }
}

const endsInQuestion = /[?？]\s*["'”»)]*\s*$/

/**
 * A turn's words without what only trails its question: a smiley ("…a new edition? :-)") or a
 * remark in brackets ("What do you think about this? (meaning, about the Zed episode…)").
 */
function withoutTrailer(said: string): string {
  return said
    .replace(/\s*(?:[:;]-?[)(DPp]|\p{Extended_Pictographic}\uFE0F?)+\s*$/u, '')
    .replace(/([?？])\s*[(（][^()（）]*[)）]\s*$/u, '$1')
}

/** Put each short question of the interviewer above the answer, as a heading (see above). */
function questionsAsTitles(tree: Root, turns: Turn[], lang: string, frontmatterTitle: unknown): void {
  const depth = questionDepth(tree, frontmatterTitle)
  if (depth === undefined) return
  const asks = new Map<string, { turns: number; questions: number }>()
  for (const turn of turns) {
    const count = asks.get(turn.label) ?? { turns: 0, questions: 0 }
    count.turns++
    if (endsInQuestion.test(withoutTrailer(toString(turn.paragraph).trim()))) count.questions++
    asks.set(turn.label, count)
  }
  const share = (count: { turns: number; questions: number }) => count.questions / count.turns
  // A speaker named once in full and then by initials ("Melody Kramer:", then "MK:") has a one-turn label to pass over.
  const speakers = [...asks].filter(([, count]) => count.turns >= 2)
  if (speakers.length === 0) return
  const [[interviewer, most], next] = speakers.sort((a, b) => share(b[1]) - share(a[1]))
  // An interviewer asks in a good part of their turns, far more often than anyone answering them.
  if (most.questions < 2 || share(most) < 0.25 || (next && share(next[1]) * 3 > share(most))) return
  const labelled = new Set(turns.map((turn) => turn.paragraph))
  for (const turn of turns) {
    if (turn.label !== interviewer || turn.paragraph.data?.lecternNoteOnly) continue
    const at = tree.children.indexOf(turn.paragraph)
    const own = withoutTrailer(toString(turn.paragraph).replace(/\s+/g, ' ').trim())
    // "**AkitaOnRails:** In the light of the current Zed episode, …" and a paragraph more without a
    // label that ends on the question: the interviewer's turn goes on to it, and is theirs, not the
    // answer's. (Only then: paragraphs after a turn that asks are the answer, however labelled.)
    // (One paragraph more: a longer run, a moderator's opening that introduces a panel, has points of its own.)
    const more = endsInQuestion.test(own) ? [] : goesOn(tree, at, labelled)
    const last = more.length === 1 ? more[0] : undefined
    const closing = last ? withoutTrailer(toString(last).replace(/\s+/g, ' ').trim()) : ''
    const continued = last !== undefined && endsInQuestion.test(closing)
    const said = continued ? closing : own
    const asks = endsInQuestion.test(said)
    // A prompt without a question mark ("…I'm wondering if you could talk about how…") still opens what the
    // guest answers: its point titles it. A remark ("I think that's a really good point.") does not.
    if (at === -1 || (!asks && !asksFor.test(said))) continue
    const question = asks ? questionOf(said) : undefined
    // ("**Question**: So my question is, basically, I'm belonging to northeast part of India. …" (review 108, a talk's
    // audience questions): where the one who asks is named by the role, not a name, and says no question short enough,
    // the role titles the answer; the key point of a rambling question, "My question is I'm belonging to…", did.)
    // (Only where the question has a point to title it with; and not "Q", a letter that names nothing.)
    const fallback = () => {
      const point = pointOf(turn.paragraph, lang)
      return point && askingRole.test(turn.label) ? [{ type: 'text' as const, value: turn.label }] : point
    }
    const children: PhrasingContent[] | undefined =
      question === said && !continued && said === toString(turn.paragraph).replace(/\s+/g, ' ').trim()
        ? structuredClone(turn.paragraph.children)
        : question
          ? [{ type: 'text', value: question }]
          : (shortened(said, lang) ?? fallback())
    if (!children) continue
    turn.paragraph.data = { ...turn.paragraph.data, lecternNoteOnly: true }
    // (The paragraph the question closes is the interviewer's too, said and not shown, once it titles the answer.)
    if (continued && last) last.data = { ...last.data, lecternNoteOnly: true }
    // "### Measuring AI Impact on Productivity", then "**Tim:** Are AI agents making developers more
    // efficient?": the writer titled the answer already, at the level a question would take; the
    // question is said under that title. (Under "## Transcript", a question still titles its answer.)
    const above = tree.children[at - 1]
    if (above?.type === 'heading' && above.depth >= depth) continue
    const heading: Heading = { type: 'heading', depth, children, position: turn.paragraph.position }
    tree.children.splice(at, 0, heading)
  }
}

/** The paragraphs after the turn at `at` up to the next speaker's label, the next heading or anything but a paragraph. */
function goesOn(tree: Root, at: number, labelled: Set<Paragraph>): Paragraph[] {
  const more: Paragraph[] = []
  for (let index = at + 1; index < tree.children.length; index++) {
    const node = tree.children[index]
    if (node.type !== 'paragraph' || labelled.has(node)) break
    more.push(node)
  }
  return more
}

/**
 * The heading level for questions: one below the article's sections, `##` when it has none.
 * A question then opens slides of its own beside any sub-heading the author wrote.
 */
function questionDepth(tree: Root, frontmatterTitle: unknown): Heading['depth'] | undefined {
  const blocks = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'toml')
  const headings = blocks.filter((node): node is Heading => node.type === 'heading')
  if (headings.length === 0) return 2
  // The article's title is no section: a `#` that opens it or is its only one, unless the frontmatter names another title.
  const first = headings[0]
  const opens = blocks[0] === first
  const renamed =
    !opens && typeof frontmatterTitle === 'string' && frontmatterTitle.trim() !== '' && frontmatterTitle.trim() !== toString(first).trim()
  const isTitle = first.depth === 1 && !renamed && (opens || headings.filter((heading) => heading.depth === 1).length === 1)
  const sections = isTitle ? headings.slice(1) : headings
  if (sections.length === 0) return 2
  const depth = Math.min(...sections.map((heading) => heading.depth)) + 1
  return depth > 6 ? undefined : (depth as Heading['depth'])
}

/** A long question made short enough for a title, as its key point would be: the last question of the turn, compressed. */
function shortened(said: string, lang: string): PhrasingContent[] | undefined {
  const sentences = said.split(/(?<=[.!?…。！？])\s+(?=\S)/)
  const question: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: sentences[sentences.length - 1] }] }
  return extractKeyPoints([question], { heading: '', lang, mode: 'auto' })[0]
}

/** A turn's key point, as the title of the answer after it, when its question cannot be one. */
function pointOf(paragraph: Paragraph, lang: string): PhrasingContent[] | undefined {
  return extractKeyPoints([paragraph], { heading: '', lang, mode: 'auto' })[0]
}

/**
 * A long question's own question, after the remark that leads to it ("Jumping to a different
 * paper I read: How might 3D printing disrupt logistics?").
 */
function afterLeadIn(sentence: string): string {
  const found = /^[^:：]+[:：]\s+(?=\p{Lu}|[^\p{L}]*\p{Lo})/u.exec(sentence)
  return found ? sentence.slice(found[0].length) : sentence
}

/**
 * The question a turn ends with: the first of its closing run of questions ("How has the team
 * scaled with that? Are you staying ahead of it?" asks the first, the second follows it up),
 * else the last one, when short enough for a title.
 */
function questionOf(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?…。！？])\s+(?=\S)/)
  let first = sentences.length - 1
  while (first > 0 && endsInQuestion.test(sentences[first - 1])) first--
  // ("What were the main reasons for choosing this stack, and what trade-offs did you consider?" (review 121, a Beam
  // Summit interview): a long question's first of two joined questions titles the answer, where the whole is too long.)
  // ("…to this role? And for readers who are interested in pursuing a career in ML, what advice would you give them?": a
  // question that opens on "And" or "So" goes on from the one before; the title asks it alone.)
  const found = [sentences[first], sentences[sentences.length - 1]]
    .flatMap((sentence) => [sentence, afterLeadIn(sentence), firstOfJoined(sentence)])
    .find((sentence) => countWords(sentence) <= questionWords)
  const untied = found?.replace(/^(?:and|so|but|also)\s*,?\s+(?=\S)/iu, '')
  return untied && untied !== found ? upperFirst(untied) : found
}

/**
 * A question's first part, where it joins a second question with ", and what…": itself a question, opening on a question
 * word or an auxiliary ("What were the main reasons for choosing this stack"; not "Since you joined the project…"). Not at
 * ", or", which asks one question of two choices.
 */
function firstOfJoined(sentence: string): string {
  if (!/[?？]$/u.test(sentence) || !questionOpening.test(sentence)) return sentence
  const joined =
    /,\s+(?:and|but)\s+(?:what|how|why|which|who|where|when|do|does|did|is|are|was|were|can|could|would|should|will|have|has)\b/iu.exec(
      sentence,
    )
  return joined ? `${sentence.slice(0, joined.index)}?` : sentence
}

/** The words an English question opens on: a question word or an auxiliary. */
const questionOpening =
  /^(?:what|how|why|which|who|whom|whose|where|when|do|does|did|is|are|was|were|can|could|would|should|will|have|has|had)\b/iu

/**
 * A transcript has at least two speakers who each speak at least twice: one run-in label
 * used twice ("**Note**: …") is the author's emphasis, not a conversation.
 */
function isTranscript(turns: Turn[]): boolean {
  const counts = new Map<string, number>()
  for (const turn of turns) counts.set(turn.label, (counts.get(turn.label) ?? 0) + 1)
  return [...counts.values()].filter((count) => count >= 2).length >= 2
}

/**
 * "**Amanda**:" alone on its line, then her answer in a block quote, or the interviewer's question in the paragraph after
 * it (review 149, a conference's interview of five attendees): each turn's label set apart from what is said. Joined to the
 * words it labels, `**Amanda**: I'm a PM…`, as other interviews write it, the turn is read as one: where they stood apart,
 * every slide showed a column of names as its points and the answers as quotes, too long for the slide and missing from
 * the notes. Only where the labels make a transcript (two speakers or more, twice each); a lone "**Update**:" over a
 * quote stays as written. A block quote's paragraphs become the turn's, the first one labelled.
 */
function withLoneLabelsJoined(tree: Root): void {
  const joins: Array<{ at: number; label: string }> = []
  for (const [at, node] of tree.children.entries()) {
    const label = node.type === 'paragraph' ? loneLabel(node) : undefined
    const next = tree.children[at + 1]
    const said =
      (next?.type === 'paragraph' && loneLabel(next) === undefined) ||
      (next?.type === 'blockquote' && next.children[0]?.type === 'paragraph')
    if (label && said) joins.push({ at, label })
  }
  const counts = new Map<string, number>()
  for (const { label } of joins) counts.set(label, (counts.get(label) ?? 0) + 1)
  if ([...counts.values()].filter((count) => count >= 2).length < 2) return
  for (const { at, label } of joins.reverse()) {
    const labelled = tree.children[at] as Paragraph
    const next = tree.children[at + 1]
    const blocks = next.type === 'blockquote' ? next.children : [next]
    const first = blocks[0] as Paragraph
    const opening: PhrasingContent[] = [
      { type: 'strong', children: [{ type: 'text', value: label }] },
      { type: 'text', value: ': ' },
    ]
    const joined: Paragraph = {
      ...first,
      children: [...opening, ...first.children],
      position: labelled.position && first.position ? { start: labelled.position.start, end: first.position.end } : first.position,
    }
    tree.children.splice(at, 2, joined, ...blocks.slice(1))
  }
}

/** The speaker's name of a paragraph that holds only it, in bold, and its colon: "**Amanda**:", "**Interviewer Tim:**". */
function loneLabel(paragraph: Paragraph): string | undefined {
  const [first, ...rest] = paragraph.children
  if (first?.type !== 'strong' || !first.children.every((child) => child.type === 'text')) return undefined
  const inside = toString(first).trim()
  const after = rest.map((child) => (child.type === 'text' ? child.value : '\u0000')).join('')
  const closed = inside.endsWith(':') ? /^\s*$/.test(after) : /^\s*:\s*$/.test(after)
  const label = inside.replace(/\s*:$/, '')
  return closed && isLabel(label) ? label : undefined
}

/** The speaker's label that opens a paragraph, if it has one. */
function turnOf(paragraph: Paragraph): Turn | undefined {
  const [first, second] = paragraph.children
  if (!first) return undefined
  // ("*FM (0:01:47)*: Yeah, 400." (review 122, a podcast's transcript): the name set in italics with the time into the
  // recording, as in bold; not an italic label alone, "*Pros*: …", "*Input*: …".)
  const timed = first.type === 'emphasis' && recordingTime.test(toString(first).trim())
  if ((first.type === 'strong' || timed) && first.children.every((child) => child.type === 'text')) {
    const turn = boldLabelTurn(paragraph, first, second)
    if (turn) return turn
  }
  // `**Name: the whole question in bold?**`: the label is inside the bold.
  if (first.type === 'strong' && first.children[0]?.type === 'text') return leadingLabelTurn(paragraph, first.children[0], first.children)
  // `Name: **question**`, `Name : text`, `Q: text`.
  if (first.type === 'text') return leadingLabelTurn(paragraph, first, paragraph.children)
  return undefined
}

/** A label and its colon at the start of `text`, the first of `siblings` (the paragraph's children, or its opening bold's). */
function leadingLabelTurn(paragraph: Paragraph, text: Text, siblings: PhrasingContent[]): Turn | undefined {
  const found = /^([^:\n]{1,40}?)\s?:\s+/.exec(text.value)
  if (!found || !isLabel(found[1]) || (text.value.length === found[0].length && siblings.length === 1)) return undefined
  return {
    paragraph,
    label: found[1],
    strip: () => {
      text.value = text.value.slice(found[0].length)
      if (text.value === '') siblings.splice(0, 1)
    },
  }
}

/** `**Name**: text`, `**Name** : text`, `**Name:** text`, `**Q.** text`: a bold label of its own. */
function boldLabelTurn(paragraph: Paragraph, first: Strong | Emphasis, second: PhrasingContent | undefined): Turn | undefined {
  // (The time into the recording the turn starts at is no part of the name: "*Farhad Mehta (0:01:11)*:".)
  const inside = toString(first).trim().replace(recordingTime, '')
  const after = second?.type === 'text' ? second.value : ''
  const closed = /[:.]$/.test(inside)
  const colon = closed ? /^\s+/.exec(after) : /^\s*:\s*/.exec(after)
  const label = inside.replace(/\s*[:.]$/, '')
  if (!colon || !isLabel(label) || (inside.endsWith('.') && !/^[QA]$/.test(label))) return undefined
  if (second?.type !== 'text' || (second.value.length === colon[0].length && paragraph.children.length === 2)) return undefined
  return {
    paragraph,
    label,
    strip: () => {
      second.value = second.value.slice(colon[0].length)
      paragraph.children.splice(0, second.value === '' ? 2 : 1)
    },
  }
}

/** A time into a recording after a speaker's name, in brackets: "(0:01:47)", "[00:14]", "(0: 00:14)". */
const recordingTime = /\s*[([]\s*\d{1,2}:\s?\d{2}(?::\d{2})?\s*[)\]](?=\s*:?$)/u

function isLabel(text: string): boolean {
  return name.test(text) && !notSpeakers.test(text)
}

/** A question set all in bold (`Frank : **…?**`) reads as any other turn once its label is off. */
function unwrapWholeStrong(paragraph: Paragraph): void {
  const shown = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  if (shown.length !== 1 || shown[0].type !== 'strong') return
  const strong = shown[0]
  paragraph.children = paragraph.children.flatMap((child): PhrasingContent[] => (child === strong ? strong.children : [child]))
}
