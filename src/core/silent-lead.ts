import { reportsAmountOrCount } from './key-points/amounts.ts'
import { picturesOnly } from './pictures.ts'
import type { Paragraph, PhrasingContent, RootContent } from 'mdast'
import type { InlineMath } from 'mdast-util-math'
import { toString } from 'mdast-util-to-string'
import {
  introducesSelf,
  isByline,
  isHandWrittenFootnote,
  isMarkedAside,
  laterPostSentences,
  introducesPart,
  isCourtesy,
  remarksOnOwnTalk,
  movesOn,
  reassures,
  saidAroundAPoint,
  voicesOf,
} from './key-points/asides.ts'
import { announcesWhatFollows, teasesWhatFollows, turnsToParts } from './key-points/announcements.ts'
import { isCaption } from './key-points/captions.ts'
import { compress, isDebris, maxLongWords } from './key-points/compress.ts'
import { claimOf } from './key-points/dependence.ts'
import { lacksMainClause } from './key-points/completeness.ts'
import { clausesOf } from './key-points/english-clauses.ts'
import { withoutConnective } from './key-points/clauses.ts'
import {
  addsToAnother,
  endsInsideName,
  formulaText,
  holdsDisplayedFormula,
  isMediaPoint,
  linkTexts,
  opensLater,
  sentencesOfParagraph,
  thanksAfterOpening,
  undoneByNext,
  withFormulas,
} from './key-points/extract.ts'
import { maxGlanceWords } from './key-points/limits.ts'
import { standsAlone } from './key-points/index.ts'
import { emphasise, markedText, marksOf } from './key-points/emphasis.ts'
import { joinTokens, type Token, tagSentence } from './key-points/tagging.ts'
import { charsPerLine } from './split-visual.ts'
import { countWords } from './words.ts'

/** What of pagination's unit (see paginate.ts) a lead point reads and sets. */
interface LeadUnit {
  lines: number
  paragraph?: Paragraph
  said?: RootContent
  point?: PhrasingContent[]
  visual?: RootContent
  leadIn?: boolean
}

/** Paragraphs of a silent segment at most that are searched for its claim. */
const maxTried = 3

/** Words of a sentence at most that a segment without any point shows whole, as its point. */
const maxLeadWords = 20

/** Blocks that say nothing by themselves: a list, a quotation, a listing or a table shown bare needs its words. */
const bareBlocks = /^(list|blockquote|code|table)$/

/**
 * A segment whose paragraphs all got no point, and that shows nothing else, would be its heading
 * alone: a divider in the middle of a section (or a closing "Summary"), its words said over a
 * slide that says nothing. One that shows only a list or a quotation would show it bare, with
 * nothing saying what it is for; so would a listing or a table. Its first claim is its point
 * instead: from the first paragraph that neither asks nor leads into its block ("…works as
 * follows:") and has a sentence that can be shown, the first sentence that stands alone, whole
 * when short enough to read at a glance, else made short as any point is (see
 * key-points/compress.ts), else its first clause when that is a sentence of its own ("X differs
 * from Y, but …"). With `glance`, only what reads at a glance.
 */
export function leadWhenSilent(units: LeadUnit[], lang: string, { glance = false } = {}): void {
  // (A video's link says nothing of what the section claims: "YouTube video" under the section's listing.)
  if (
    units.some(
      (unit) =>
        (unit.point && !isMediaPoint(unit.point)) ||
        (unit.visual && !bareBlocks.test(unit.visual.type) && !onlyCaptions(unit.visual) && !picturesOnly(unit.visual)),
    )
  )
    return
  // Thanks, greetings and invitations are not what a section says when it says more ("Feel free
  // to join our channel and ask!" after a paragraph of advice); alone, they are its words.
  // (Each paragraph's sentences found once, for this and for the search below.)
  // (A formula is one mark in its sentence, as in a key point's (key-points/extract.ts), put back as a formula in the point.)
  const formulas = units.map((): InlineMath[] => [])
  const spoken = units.map((unit, index) =>
    unit.paragraph && !unit.paragraph.data?.lecternNoteOnly
      ? sentencesOfParagraph(withoutSpeaker(unit.said ?? unit.paragraph, formulas[index]), unit.said ?? unit.paragraph, lang)
      : [],
  )
  const saysMore = spoken.some((sentences) =>
    sentences.some((sentence) => !isCourtesy(sentence, lang) && !remarksOnOwnTalk(sentence, lang)),
  )
  // Where no sentence of its first paragraphs can be shown as it stands, a cut that leans a little on
  // what came before ("That said, senior engineers should still hold themselves to a higher level…")
  // says more of the section than its heading alone does.
  // (English only: there a cut's leaning is read from its words and tags; a CJK cut's "这", "ここ" are not.)
  // Last, where nothing else can be shown, the clause a sentence grants before its "but" still says more than the
  // heading alone ("Laravel's tutorials aren't necessarily shorter than any others, but…").
  if (
    !leadFound(units, spoken, formulas, saysMore, lang, glance, false) &&
    lang.toLowerCase().startsWith('en') &&
    !leadFound(units, spoken, formulas, saysMore, lang, glance, true) &&
    !glance
  )
    leadFound(units, spoken, formulas, saysMore, lang, glance, false, true)
}

/** Sets the first claim of a silent segment as its point; whether one was found. */
function leadFound(
  units: LeadUnit[],
  spoken: string[][],
  formulas: InlineMath[][],
  saysMore: boolean,
  lang: string,
  glance: boolean,
  leaning: boolean,
  beforeTurn = false,
): boolean {
  let tried = 0
  for (const [index, unit] of units.entries()) {
    // A paragraph that leads into the block after it ("Check out everything that changed in" over its list) is no claim.
    if (!unit.paragraph || unit.paragraph.data?.lecternNoteOnly || unit.leadIn) continue
    // The post's byline ("February 14, 2025 by Matt Carroll and Ricky Hanlon") says who wrote it, not what it says.
    // (Its words, not the tags of raw HTML around them: `<span class="maintainers">Maintained by @phil-opp…</span>`, review 104.)
    const words = toString(unit.paragraph, { includeHtml: false }).replace(/\s+/g, ' ')
    if (isByline(words)) continue
    // ("*表5-1: SDD と deckrd の設計単位比較*" under its table (review 96): a caption names the block, it claims nothing.)
    if (isCaption(words)) continue
    // ("(TMI) 이전 발표를 연습하면서…" (review 124), "[1]: Actually there is…": an aside or a footnote the writer marked as one.)
    if (isMarkedAside(words) || isHandWrittenFootnote(words)) continue
    const sentences = spoken[index]
    if (sentences.length === 0 || /[:：?？]["'”’)）]*\s*$/u.test(sentences[0])) continue
    // ("En la próxima publicación de esta serie, profundizaremos en…" (review 126): what the next post will say, see
    // `laterPostSentences`.)
    const laterPost = laterPostSentences(sentences, lang)
    // A section's claim is said early: past its first paragraphs, its words are detail.
    if (++tried > maxTried) return false
    // (Nor someone else's words the writer quotes, a quotation running over sentences: "He wrote: "never make
    // transportation an issue by itself. … One place for work, another for “living,” …"".)
    const voices = voicesOf(sentences)
    // (Nor a remark on the speaker's own talking, "I'm just rambling about nothing...", said around a turn's points.)
    const said = sentences.filter((sentence, at) => !isCourtesy(sentence, lang) && !remarksOnOwnTalk(sentence, lang) && voices[at].own > 0)
    // A pointer to another page ("For a complete list of all changes, see the full release notes"),
    // a turn ("Let's dive in"), what to look at first ("it's helpful to look backward for a moment")
    // or a promise of what follows ("Below are actionable steps you can take…", "There are other
    // things we can learn from the breach") is what a speaker
    // says around a point: a slide shows nothing rather than it.
    const links = linkTexts(unit.paragraph.children)
    const claims = (said.length > 0 || saysMore ? said : sentences).filter(
      (sentence) =>
        !laterPost[sentences.indexOf(sentence)] &&
        !saidAroundAPoint(sentence, links, lang) &&
        // ("I’ll now move on from the history to how it works." (review 143, a talk's transcript): a turn to the next part.)
        !movesOn(sentence, lang) &&
        !(lang.toLowerCase().startsWith('en') && (announcesWhatFollows(sentence) || turnsToParts(sentence))) &&
        !teasesWhatFollows(sentence, lang) &&
        // ("This section provides an overview of the underlying refactors…": what the part will do, not what it says.)
        !introducesPart(sentence, lang) &&
        // ("I was like, panic attack.", "A notable exception is…", "(Eg: Apple Keychain exploit)": words that only add to
        // a sentence beside them, as the search for a paragraph's point reads them.)
        !addsToAnother(sentence, sentences.length, lang) &&
        // ("…is reverted due to suspicion that it caused the errors. It turns out this is not the case, …": what the
        // sentence after it doubts or refutes, review 103.)
        !(lang.toLowerCase().startsWith('en') && undoneByNext(sentences[sentences.indexOf(sentence) + 1], sentence)) &&
        // ("Are you sitting comfortably? Then let's begin.": a question that only leads into the turn to
        // the talk after it asks the room, not what the talk claims.)
        // ("Do you have any further benefits or do you disagree with something?" (review 143, a conclusion that asks readers to
        // write in): nor a question put to the reader, which asks for their answer and claims nothing.)
        !(
          /[?？]["'”’)）]*\s*$/u.test(sentence) &&
          (turnsAfter(sentences[sentences.indexOf(sentence) + 1], links, lang) || /\byou(?:rs?)?\b/iu.test(sentence))
        ),
    )
    // The paragraph's claim may come after an answer's "Yes, …" that is too long to show.
    // A sentence read at a glance, or a claim made short, before one whole up to the longest a lead may be:
    // "How can we be more purposeful in the open space?" after a 20-word theme's title.
    // (Only at a glance where `glance` says so: an item among a list's short points.)
    // (Nor the writer's "I am Claire Novotny", which says who speaks.)
    // (Nor one cut inside a linked name, "…and Domain-based Message Authentication".)
    // (Nor one that holds a formula set apart from its line: see `holdsDisplayedFormula`.)
    const shown = (point: string | undefined) =>
      point !== undefined &&
      point !== '' &&
      !introducesSelf(point, lang) &&
      !endsInsideName(point, links) &&
      !holdsDisplayedFormula(point, formulas[index])
    const point = beforeTurn
      ? (claims.map((sentence) => afterTurn(sentence, lang)).find(shown) ??
        claims.map((sentence) => firstConjunct(sentence, lang, maxLeadWords, true)).find(shown))
      : leaning
        ? claims.map((sentence) => leadPoint(sentence, lang, maxGlanceWords, true)).find(shown)
        : (claims.map((sentence) => leadPoint(sentence, lang, maxGlanceWords)).find(shown) ??
          claims.map((sentence) => firstConjunct(sentence, lang, maxGlanceWords)).find(shown) ??
          (glance ? undefined : claims.map((sentence) => leadPoint(sentence, lang)).find(shown)) ??
          (glance ? undefined : claims.map((sentence) => firstConjunct(sentence, lang)).find(shown)))
    if (point) {
      // ("**Internal team:** set email to contain your domain, like `email contains posthog.com`…" (review 127, PostHog's
      // tutorial): words after a bold label that go on in lower case are what the label names, which they need, as a
      // paragraph's point keeps it (see extract.ts).)
      const label = boldLabelOf(unit.paragraph)
      if (label && /^[\p{Ll}]/u.test(point) && countWords(`${label} ${point}`, lang) <= maxLongWords) {
        const content: PhrasingContent[] = [
          { type: 'strong', children: [{ type: 'text', value: label }] },
          { type: 'text', value: `: ${point}` },
        ]
        unit.point = withFormulas(content, formulas[index])
        unit.lines = Math.ceil((label.length + point.length + 2) / charsPerLine) + 0.3
        return true
      }
      // (With the writer's marks where its words hold them: "Rather than *utilise,* write *use.*" (review 118, a talk on
      // writing) read as garbled words without its italics.)
      const marks = marksOf(unit.paragraph.children)
      const content: PhrasingContent[] =
        marks.length > 0 ? emphasise(point, marks, words, markedText(unit.paragraph.children)) : [{ type: 'text', value: point }]
      unit.point = withFormulas(content, formulas[index])
      unit.lines = Math.ceil(point.length / charsPerLine) + 0.3
      return true
    }
    // No sentence of this paragraph can be shown: the section's next paragraph may say its claim.
  }
  return false
}

/** Whether a sentence only turns to what comes next ("Then let's begin.", "Let's dive in."). */
function turnsAfter(sentence: string | undefined, links: string[], lang: string): boolean {
  return sentence !== undefined && (saidAroundAPoint(sentence, links, lang) || movesOn(sentence, lang))
}

/** The caption line of a raw-HTML picture that cannot be shown, or the frame naming a video the deck cannot play (links.ts), maybe in wrappers. */
const captionHtml =
  /^\s*(?:<(?:p|div|center|figure|a)\b[^<>]{0,300}>\s*)*<span class="lectern-(?:image-caption|missing-image)"[^<>]{0,600}>[^<]*<\/span>\s*(?:<\/(?:p|div|center|figure|a)>\s*)*$/i

/**
 * Whether a block shows only pictures that are not there, each as its caption line ("Universe"
 * where a game's screenshot was), or the frame that names a video ("Video: demo.mp4"): words
 * that name a picture or a clip say nothing of the section, so they are no reason to leave its
 * slide without a point.
 */
export function onlyCaptions(node: RootContent): boolean {
  if (node.type === 'html') return captionHtml.test(node.value)
  if (node.type !== 'paragraph') return false
  const shown = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  const caption = (child: PhrasingContent): boolean =>
    ((child.type === 'image' || child.type === 'imageReference') && Boolean(child.data?.lecternLeftOut)) ||
    (child.type === 'html' && (captionHtml.test(child.value) || /^\s*<br\s*\/?>\s*$/i.test(child.value))) ||
    (child.type === 'link' && child.children.length > 0 && child.children.every(caption)) ||
    child.type === 'break'
  return shown.length > 0 && shown.every(caption)
}

/** An opening phrase that holds the claim to what came before ("In that case,", "For this reason,", "Because of these"). */
const boundToBefore = /^\s*(?:in|for|because\s+of|with|under|at|on|by|after|before|given|despite)\s+(?:that|this|these|those|such)\b/i

/**
 * A sentence as a lead point: whole when short, else shortened; none when it leans on what came
 * before, or (in English) is no clause (no verb: "Not only people and voices, but also satellite
 * imagery") or stops on a word that needs more after it ("Check out everything that changed in").
 */
function leadPoint(sentence: string, lang: string, most = maxLeadWords, leaning = false): string | undefined {
  // ("（完）", "(fin)": the text's end mark, no sentence of it.)
  if (isDebris(sentence)) return undefined
  // ("Luego, analizamos los eventos emitidos por ese token fraudulento…" (review 122, a Spanish tutorial): whole, a sentence
  // outside English goes without the connective that links it to the one before, as its cut would.)
  const unlinked = lang.toLowerCase().startsWith('en') ? sentence : withoutConnective(sentence, lang)
  const whole = countWords(unlinked, lang) <= most && standsAlone(unlinked, lang) ? unlinked.replace(/[.。]\s*$/u, '') : undefined
  const short = whole === undefined ? compress(claimOf(sentence, lang), lang, Math.min(most, maxLongWords)) : undefined
  // (With `leaning`, a cut that leans only inside, past its opening: still no "It…", "This…", "But…",
  // nor one cut from its case, "In that case, however, you may have a clearer idea…".)
  const leans = short?.leans === true && (!leaning || boundToBefore.test(sentence))
  // ("We had an MVP working and we had developers | at 10 companies saying they were interested": nor one
  // that leaves out the amount or count the sentence reports, its finding.)
  const dropsFigure = short !== undefined && reportsAmountOrCount(sentence) && !reportsAmountOrCount(short.text)
  const point =
    whole ?? (short && !leans && !dropsFigure && !short.meta && !short.leadIn && standsAlone(short.text, lang) ? short.text : undefined)
  // ("System reliability is our top priority, and we recognize that…": a cut that only reassures.)
  // (Nor thanks a cut finds after a long opening: "Before we talk about the highlights, | we would like to thank…".)
  if (point !== undefined && (reassures(point, lang) || thanksAfterOpening(point, sentence, lang))) return undefined
  if (point === undefined || !lang.toLowerCase().startsWith('en')) return point
  const words = tagSentence(point).filter((token) => token.kind === 'word')
  const tags = words.map((word) => word.tag)
  const clause = words.some((word, index) => /^(VB|MD)/.test(word.tag) || pluralReadVerb(words, index))
  // (A whole sentence may end on "before" or "in" used as an adverb; a cut one is only cut there.)
  return clause && (whole !== undefined || !/^(IN|CC|DT|TO|PRP\$|WDT)$/.test(tags.at(-1) ?? '')) ? point : undefined
}

/**
 * What a sentence holds after its ", but" or ", yet", made short up to the longest a lead may be, where it stands
 * alone: "Redox currently has a basic implementation of Signals, but this project will allow us to move most of
 * signals code out of the kernel into user-space, and…" (review 101) holds the project's aim; the clause it grants
 * first says only what was there before. English only, as the turn is read from its words.
 */
function afterTurn(sentence: string, lang: string): string | undefined {
  if (!lang.toLowerCase().startsWith('en') || !/,\s+(?:but|yet)\s/i.test(sentence)) return undefined
  const short = compress(sentence, lang, maxLeadWords)
  if (!short || short.leans || short.meta || short.leadIn || !standsAlone(short.text, lang)) return undefined
  // (Only a cut that opens later than the sentence: one that opens as it does is its granted clause again.)
  return opensLater(short.text, sentence) ? short.text : undefined
}

/**
 * The first of two main clauses joined by a coordinating conjunction or a semicolon ("Electron
 * and WebView2 have a number of differences, but don't expect…"), when it is a whole sentence
 * by itself: a subject, a verb, and nothing it waits for. English only: it reads the clause
 * boundaries and parts of speech the tagger gives.
 */
function firstConjunct(sentence: string, lang: string, most = maxLeadWords, beforeTurn = false): string | undefined {
  if (!lang.toLowerCase().startsWith('en')) return undefined
  const tokens = tagSentence(sentence)
  const clauses = clausesOf(tokens)
  if (clauses.length < 2) return undefined
  // ("Currently, | Rspack is a project with performance as the core selling point, | so in the future we will…" (review
  // 102, Rspack's launch): an opening phrase of a few words and no verb goes with the clause after its comma.)
  // (Not one that points back, "At that point, | `poll_ready` can be called again, and…": its clause holds only there.)
  const opening =
    clauses.length > 2 &&
    clauses[0].words.length <= 4 &&
    !clauses[0].words.some((word) => /^(VB|MD)/.test(word.tag) || /^(?:this|that|these|those|then|there|such)$/i.test(word.value))
      ? 1
      : 0
  const next = clauses[opening + 1]
  const boundary = tokens
    .slice(0, next.start)
    .findLast((token) => token.kind !== 'space')
    ?.value.trim()
  // ("There are still many optimizations that we may pursue, | but the ones here can be very helpful…"
  // (review 92): what comes after "but" or "yet" is what the writer holds, and a clause of its own, with its
  // subject, is found as the lead instead; the clause before it only grants. One that goes straight on to its
  // verb, "…, but don't expect much difference…", cannot stand alone, and the first conjunct is the section's claim.)
  const after = next.words.slice(1).find((word) => !/^RB/.test(word.tag))
  const turn = !beforeTurn && /^(?:but|yet)$/i.test(next.words[0]?.value ?? '') && !/^(?:VB|MD)/.test(after?.tag ?? '')
  // (A ", so" that says what follows from the clause before joins two clauses as "and" does; ", so that" gives an aim.)
  const result = /^so$/i.test(next.words[0]?.value ?? '') && !/^that$/i.test(next.words[1]?.value ?? '')
  const joined = boundary === ';' || (boundary === ',' && (next.words[0]?.tag === 'CC' || result) && !turn)
  if (!joined) return undefined
  const first = {
    start: clauses[0].start,
    end: clauses[opening].end,
    words: clauses.slice(0, opening + 1).flatMap((clause) => clause.words),
  }
  // A subject before its verb: a noun or pronoun, then a verb (not an imperative or a bare phrase).
  // (Or a verb in -s the tagger read as a plural after its noun, before what reads as its object: "Most lesson material
  // comes/NNS with illustrations" (review 113, Software Carpentry's tips).)
  const verb = first.words.findIndex((word, index) => /^(VB|MD)/.test(word.tag) || pluralReadVerb(first.words, index))
  if (verb <= 0 || !first.words.slice(0, verb).some((word) => /^(NN|PRP|CD|EX)/.test(word.tag))) return undefined
  // ("If the user's ID is `gloom`, | and the project's name is…, then…": a condition is no conjunct that stands.)
  if (lacksMainClause(tokens.slice(first.start, first.end))) return undefined
  const text = joinTokens(tokens.slice(first.start, first.end)).replace(/[,;]\s*$/u, '')
  if (countWords(text, lang) < 4 || countWords(text, lang) > most) return undefined
  return leadPoint(text, lang, most)
}

/**
 * Whether the word at `index` is a verb in -s the tagger read as a plural after its noun, before what reads as its
 * object: "Most lesson material comes/NNS with illustrations" (review 113, Software Carpentry's tips).
 */
function pluralReadVerb(words: Token[], index: number): boolean {
  const word = words[index]
  return (
    word?.tag === 'NNS' &&
    index > 0 &&
    /[^s]s$/i.test(word.value) &&
    /^(NN|JJ)/.test(words[index - 1].tag) &&
    /^(IN|DT|PRP\$)/.test(words[index + 1]?.tag ?? '')
  )
}

/** The words of a bold label closed by its colon that opens a paragraph ("**Internal team:** set email…"), without the colon. */
function boldLabelOf(paragraph: Paragraph): string | undefined {
  const [first] = paragraph.children
  if (first?.type !== 'strong') return undefined
  const label = toString(first).replace(/\s+/g, ' ').trim()
  return /[:：]$/u.test(label) && label.length > 1 ? label.replace(/\s*[:：]$/u, '') : undefined
}

/** A paragraph's words without the bold name of who speaks them ("**JS and NF:** Yes, …"). */
function withoutSpeaker(node: RootContent, formulas: InlineMath[]): string {
  // A paragraph's soft line breaks are spaces: a sentence runs on across them.
  // (Without its raw HTML: "…by clicking <a href="…">here</a>" is "…by clicking here", as the slide shows it.)
  const text = formulaText(node, formulas).replace(/\s+/g, ' ').trim()
  const [first] = node.type === 'paragraph' ? node.children : []
  const label = first?.type === 'strong' ? formulaText(first, formulas) : ''
  return label && /[:：]\s*$/u.test(label) && text.startsWith(label) ? text.slice(label.length).trim() : text
}
