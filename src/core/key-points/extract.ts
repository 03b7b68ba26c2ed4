import { isPersonName } from '../person-names.ts'
import type { Link, Paragraph, PhrasingContent, RootContent, Text } from 'mdast'
import type { InlineMath } from 'mdast-util-math'
import { reportsAmount, reportsAmountOrCount } from './amounts.ts'
import { toString } from 'mdast-util-to-string'
import {
  isHandWrittenFootnote,
  isMarkedAside,
  addressesSomeone,
  closesDialog,
  introducesSelf,
  continuesCourtesy,
  isCourtesy,
  isByline,
  isExample,
  saysInPassing,
  remarksOnOwnTalk,
  isNameList,
  isSetApartNote,
  movesOn,
  namesUnsaid,
  pointsBackInText,
  pointsIntoBlock,
  reassures,
  saidAroundAPoint,
  requestOf,
  type Voice,
  voicesOf,
  saysInPresent,
  laterPostSentences,
  saysAlreadySaid,
  talksAboutText,
  tellsStory,
  wholeInBrackets,
} from './asides.ts'
import { citesWork, isCaption, pointsAtFigure } from './captions.ts'
import { type RunIn, runInLabelOf, withoutLabel } from './labels.ts'
import { claimBeforeAnnouncement, countsWhatFollows, introducesBlock, runsIntoBlock } from './introductions.ts'
import { type Compressed, compress, maxLongWords, maxWords } from './compress.ts'
import { maxCjkCharacters, maxGlanceWords, maxShownWords, phraseQuality } from './limits.ts'
import {
  announcesOwnThought,
  answersUnasked,
  claimOf,
  countsParts,
  deniesSentenceBefore,
  demonstrativeNoun,
  leansOnPrevious,
  namesBack,
  nounNamedBack,
  refersBack,
  statesFinding,
  withNamedSubject,
} from './dependence.ts'
import { emphasise, marksOf, markedText, type Mark, standsAsPoint } from './emphasis.ts'
import { centralities, jaccard, overlap, similarity, termsOf } from './score.ts'
import { mayPromiseMore, promisesMore } from './completeness.ts'
import { announcesWhatFollows, teasesWhatFollows } from './announcements.ts'
import { concedes, onlySetsScene, setsUpNorm, setUpShifts, stressed, wonders } from './set-ups.ts'
import { thisHere } from './leading.ts'
import { escapeRegExp } from '../regexp.ts'
import { withoutTime, withTime } from '../timeline.ts'
import { embedLabelOf, isEmbedLinkText } from '../shortcodes.ts'
import { asSentence, finiteWord, forgetTagged, isKnownWord, readingsOf, type Token, tagSentence, tagWords } from './tagging.ts'
import { isCjk, pointLength, sentencesOf, webAddress } from './text.ts'
import { upperFirst } from '../letter-case.ts'

/** What the points of one run of paragraphs (a slide group's segment) are chosen against. */
export interface KeyPointContext {
  /** The heading the points sit under: a point must not repeat it. */
  heading: string
  /** The title of the section that heading belongs to, when it is a sub-heading's. */
  section?: string
  /** The article's `lang`, for sentence and word boundaries. */
  lang: string
  /** `auto` picks each paragraph's most informative sentence; `lead` its first one. */
  mode: 'auto' | 'lead'
  /** For each paragraph, whether a formula, code block, list or picture comes right after it. */
  beforeBlock?: boolean[]
  /** For each paragraph, whether a block quotation comes right after it. */
  beforeQuote?: boolean[]
  /** For each paragraph, whether it comes right after a formula, code block, list or picture. */
  afterBlock?: boolean[]
  /** Per paragraph: only pictures stand between it and the heading above it (the segment's own or a deeper one). */
  afterHeading?: boolean[]
  /** The items of the lists shown beside the points: a point must not only say one again. */
  shown?: string[]
}

interface Sentence {
  text: string
  terms: string[]
  index: number
  centrality: number
  /** Thanks or a greeting (found when the sentence is scored). */
  courtesy?: boolean
}

interface Candidate {
  text: string
  score: number
  /** The author's own words and formatting, for a bold phrase taken whole. */
  nodes?: PhrasingContent[]
  /** It is the paragraph's run-in label. */
  label?: boolean
  /** It is a thesis the writer set wholly in bold, shown up to its own longer limit. */
  thesis?: boolean
}

/**
 * "**Startup:** ~5 ms vs ~635 ms. In a Kubernetes cluster…, a 635 ms gap means lost telemetry…" (SkyWalking's benchmarks,
 * review 106): under a label that names what was measured, a first sentence of figures alone is the item's finding, said
 * under its label ("Startup: ~5 ms vs ~635 ms"); the sentences after it say why it matters. (Figures: two numbers at least,
 * and besides them only a few short words, units and "vs".)
 */
function measureCandidates(runIn: RunIn | undefined, sentences: Sentence[]): Candidate[] {
  const first = sentences[0]?.text.trim().replace(/[.。]$/u, '')
  if (runIn?.kind !== 'topic' || !first || sentences.length < 2) return []
  const tokens = first.split(/\s+/u)
  const figure = (token: string) => /^[~≈<>±+-]?[\p{Sc}]?\d[\d.,]*[%×x]?$/u.test(token)
  const numbers = tokens.filter(figure).length
  const others = tokens.filter((token) => !figure(token))
  if (numbers < 2 || tokens.length > maxMeasureTokens || others.some((word) => !/^[\p{L}/%]{1,5}[.,;]?$/u.test(word))) return []
  return [{ text: first, score: 4 }]
}

/** Words and figures at most of a sentence of figures alone (see `measureCandidates`). */
const maxMeasureTokens = 10

/**
 * Whether a sentence says what others believe ("Many people think…", "Some developers assume…", "It is often said that…",
 * "A common misconception is that…", "很多人认为"): a belief the writer reports, often to answer it; not what others say or
 * expect, which the writer as often agrees with ("Most users expect pages to load in under two seconds"). (A closed class.)
 */
function othersBelieve(text: string): boolean {
  return beliefOfOthers.test(text.trim())
}

/**
 * Whether a point shows what others believe as if the writer said it: the belief the sentence reports, without the words
 * that say whose it is; or, beside other sentences, the report itself, which the writer answers. (Not the writer's answer
 * after it: "It is often said that Rust is hard, but | the compiler's messages make it easier" is the writer's.)
 */
function showsBeliefAsClaim(sentence: string, point: string, count: number): boolean {
  const frame = beliefOfOthers.exec(sentence.trim())
  if (!frame) return false
  if (othersBelieve(point)) return count > 1
  const belief = sentence
    .trim()
    .slice(frame[0].length)
    .replace(/^[\s,:]*(?:that\s+)?/iu, '')
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  // (Past an adjunct of the belief the cut left out: "It was widely publicized that as a result of the first bug, | some
  // very newly spent outputs… were guaranteed identifiable…, however, this is not actually the case" (review 108,
  // Monero's post-mortem).)
  // (Up to the writer's turn from it: "It is often said that Rust is hard to learn, but | the compiler's messages…" is the writer's.)
  // (After its comma, the adverbs too: "…is not yet fixed" goes on believing.)
  const believed = belief.split(/[,;]\s+(?:but|however|yet|although|though|whereas)\b|\s+(?:but|however|whereas)\b/iu)[0]
  return letters(believed).includes(letters(point).slice(0, 16))
}

const beliefOfOthers =
  /^(?:(?:because|since|but|and|so|while|although|though|yet)\s+)?(?:(?:many|most|some|a\s+lot\s+of|lots\s+of|plenty\s+of)\s+(?:people|developers|engineers|programmers|users|folks|of\s+us|teams|companies|critics|observers)\s+(?:still\s+|often\s+|usually\s+|wrongly\s+)?(?:think|believe|assume|imagine)s?\b|(?:it\s+is|it['’]s)\s+(?:often|commonly|widely|generally|frequently)\s+(?:said|believed|assumed|thought|claimed)\b|it\s+(?:was|is|has\s+been|had\s+been)\s+(?:(?:widely|commonly|often|frequently|previously|initially|originally|falsely|wrongly|repeatedly)\s+(?:publici[sz]ed|reported|claimed|said|believed|assumed|thought|stated|suggested)|claimed|rumou?red|alleged)\b|(?:a|one)\s+(?:common|popular|widespread|frequent)\s+(?:belief|misconception|myth|assumption)\b|(?:因为|由于|但是?|而且?)?(?:很多人|许多人|不少人|有人|有些人|大家|人们)(?:普遍|一直|常常|总是|都)?(?:认为|以为|觉得|相信))/iu

/** Words at most of the writer's own that only say who speaks a quotation beside them. */
const maxFrameWords = 6
/** Whether a short text has a subject and a verb after it ("Amazon EMR simplified…"), not only an imperative or a noun ("Find another route"). */
function hasClause(text: string): boolean {
  const words = tagSentence(text).filter((token) => token.kind === 'word')
  // (A past tense after a noun may be read as an adjective: "EMR simplified/JJ".)
  const verb = (word: Token) => /^(VB[DNPZ]|MD)$/.test(word.tag) || (word.tag === 'JJ' && /ed$/i.test(word.value))
  return words.some((word, index) => index > 0 && verb(word) && /^(NN|PRP|CD|DT)/.test(words[index - 1].tag))
}

/** "I was wrong", "It's fine", "They are right": a pronoun, "be" and a word or two say only how something the sentences around name is. */
const bareVerdict = /^(?:i|we|you|he|she|it|they|that|this)(?:\s+(?:am|is|are|was|were)|['’](?:m|re|s))(?:\s+[\p{L}]+){1,2}[.!]?$/iu

/** Whether the text after a cut of `sentence` opens on a comma, semicolon, colon or dash. */
function endsAtMark(sentence: string, cut: string): boolean {
  return /^\s*[,;:—–]/u.test(afterCut(sentence, cut) ?? '')
}

/** The words of `sentence` after its cut `cut` (found by its words past the first letter, which a cut may have set in capitals). */
function afterCut(sentence: string, cut: string): string | undefined {
  const at = sentence.indexOf(cut.slice(1))
  return at === -1 ? undefined : sentence.slice(at + cut.length - 1)
}

/**
 * "I won't complain", "We're just getting started", "There is still something missing", "You can
 * go further": a point whose subject is a pronoun and that names nothing (no noun, number, name
 * or acronym, by its parts of speech and capitals) says how the writer feels or what comes next,
 * of a subject only the sentences around it name.
 */
function namesNothing(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  const subject = words.find((word) => !/^(RB|CC|UH)/.test(word.tag))
  if (!subject || !/^(PRP|EX)$/.test(subject.tag)) return false
  return !words.some(
    (word, index) =>
      /^(NN|CD|FW|URL)/.test(word.tag) || (index > 0 && /^[\p{Lu}]/u.test(word.value) && !/^I(['’][\p{L}]+)?$/u.test(word.value)),
  )
}

/** A post's closing question to its reader about the post itself, and what to do about it: English's set phrases. */
const invitesFeedback =
  /^(?:questions|comments|feedback|thoughts|suggestions|(?:found|spotted|see) (?:a|an|any) (?:typo|error|mistake|bug)s?|(?:something|anything) (?:wrong|missing|unclear) (?:with|in|on) this (?:post|page|article|tutorial|guide))\s*\?\s+(?:contact|ping|email|e-mail|tweet|message|reach|write|fork|open|file|send|let|tell|drop|leave|feel)\b/iu

/** A sentence of answer words and hesitations alone ("Err, well no.", "Nope!", "Yes, yes.", "Hard to say.", review 146): English's closed class. */
const onlyAnswers =
  /^(?:(?:err|erm|um+|uh+|well|oh|ah|hm+|nope|no|yes|yeah|yep|sure|ok|okay|right|nah|indeed|exactly|absolutely|(?:(?:that['’]s|it['’]s|what)\s+)?(?:an?\s+)?(?:very\s+|really\s+)?(?:good|great|interesting|excellent|tough|hard|fair)\s+question|(?:it['’]s\s+)?(?:hard|difficult|impossible|too\s+early)\s+to\s+(?:say|tell)|it\s+depends|who\s+knows|not\s+(?:sure|really|quite)|maybe|perhaps|probably(?:\s+not)?)[\s,.!?…]*)+$/iu

/** "そうなのです。", "その通りです。" (review 114, a Japanese history of TypeScript): Japanese words that only answer the question before. */
const onlyAnswersJapanese = /^(?:そう|その通り|本当)(?:なの|なん)?(?:です|だ|でした)(?:ね|よ)?[。！!]?$/u

/** "That's where X comes in", "This is where Y steps in": English's set phrase that brings a thing in. */
const bringsIn = /^(?:that|this)(?:['’]s|\s+is)\s+(?:where|when)\b[^.!?]{1,120}\b(?:comes?|come|steps?|kicks?)\s+in[.!]?$/iu

/** Words said alone as a cry, not a name: a closed class of English. */
const interjection =
  /^(?:yikes|ouch|oops|whoops|whoa|woah|wow|phew|oof|ugh|meh|yay|hooray|hurrah|bingo|voil[aà]|boom|bam|eek|duh|hmm+|huh|aha|yep|nope|welp|alas|gosh|jeez|geez|yup|sigh|ta-?da|eureka|bummer|damn|dang|darn|crikey|blimey)$/i

/** Characters at most of a sentence that is only a name ("JavaScript.", "Ruby on Rails."). */
const maxNameLength = 60

/**
 * "And thus, we reach the final item on the 1995 list. JavaScript.": a name alone as a sentence
 * (one to three capitalised words, no verb) is what the sentence before it led up to; the two
 * are one point, "…the final item on the 1995 list: JavaScript". English only.
 */
function withNamesAfter(sentences: string[], lang: string): string[] {
  if (sentences.length < 2 || !lang.toLowerCase().startsWith('en')) return sentences
  const merged: string[] = []
  for (const sentence of sentences) {
    const before = merged.at(-1)
    // (A name of three words is short: a longer sentence is kept as it is without a look.)
    if (sentence.length > maxNameLength) {
      merged.push(sentence)
      continue
    }
    const name = sentence.trim().replace(/[.!]$/u, '')
    const words = name.split(/\s+/u)
    const named =
      before !== undefined &&
      /[.]$/u.test(before.trim()) &&
      /[.!]$/u.test(sentence.trim()) &&
      words.length <= 3 &&
      // (Nor an interjection the lexicon does not know, "…were failing completely. Yikes." (review 111, an incident
      // report): the writer's cry, a closed class.)
      !(words.length === 1 && interjection.test(name)) &&
      // (A name, not a common word said alone, "Thanks.", "Great.": one the lexicon does not know, or written as names are, "JavaScript", "C++".)
      words.every(
        (word) => /^[\p{Lu}][\p{L}\p{N}.+#-]*$/u.test(word) && (/.[\p{Lu}]|[\p{N}.+#-]/u.test(word) || !isKnownWord(word.toLowerCase())),
      )
    if (named) merged[merged.length - 1] = `${before.trim().replace(/\.$/u, '')}: ${name}.`
    else merged.push(sentence)
  }
  return merged
}

/** Whether a cut names nothing where the sentence it was cut from, short enough to read at a glance, does. */
function namesNothingCut(cut: string, sentence: string, lang: string): boolean {
  return (
    pointLength(cut, lang) < pointLength(sentence, lang) &&
    pointLength(sentence, lang) <= maxGlanceWords &&
    namesNothing(tagSentence(cut)) &&
    !namesNothing(tagSentence(sentence))
  )
}

/** A sentence shown whole in place of a cut of it: as a cut would be, without its stop, leaning where it leans. */
function wholeSentence(sentence: string, cut: Compressed): Compressed {
  const text = sentence.trim().replace(/[.。]\s*$/u, '')
  return { ...cut, text: asSentence(text), quality: cut.quality * 0.9, leans: leansOnPrevious(text) }
}

/**
 * "Tavis Ormandy⏎Eduardo Vela Nava⏎Josh Eads⏎Alexandra Sandulescu" (review 110, a security advisory's authors under its
 * title): one of a run's first two paragraphs (under a title and its subtitle) whose lines, two or more, are each a
 * person's name is who wrote the post, a byline, no point. (Only there: further on, lines of capitalised words are as
 * often places or products, "San Francisco".)
 */
function namesByLine(paragraph: Paragraph): boolean {
  if (!paragraph.children.some((child) => child.type === 'break')) return false
  const lines: string[] = ['']
  for (const child of paragraph.children) {
    if (child.type === 'break') lines.push('')
    else lines[lines.length - 1] += toString(child)
  }
  const names = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean)
  return names.length >= 2 && names.every(isPersonName)
}

/**
 * The titles of works a paragraph names: its links' texts and its italic runs in title case
 * ("_A Relational Model of Data for Large Shared Data Banks_", "[What is a Layer](…)"); a link on
 * words of the sentence ("[I said we needed to focus](…)") is no title.
 */
function titlesOf(paragraph: Paragraph, marks: Mark[]): string[] {
  const italic = marks.filter((mark) => mark.kind === 'emphasis').map((mark) => mark.text)
  return [...linkTexts(paragraph.children), ...italic].filter(titleCase)
}

/** Whether most of a phrase's words of four letters or more open in a capital ("Formatting Numbers for Machines"). */
function titleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((word) => /^[\p{L}]{4,}/u.test(word))
  return long.length >= 2 && long.filter((word) => /^[\p{Lu}]/u.test(word)).length * 3 >= long.length * 2
}

/** Whether every verb of an English point lies inside one of the titles it holds (none outside them). */
function verbOnlyInTitles(text: string, titles: string[]): boolean {
  const held = titles.filter((title) => text.toLowerCase().includes(title.toLowerCase()))
  if (held.length === 0) return false
  let rest = text
  for (const title of held) rest = rest.replace(new RegExp(escapeRegExp(title), 'iu'), ' ')
  const words = tagSentence(rest).filter((token) => token.kind === 'word')
  return !words.some((word) => /^(VB|MD)/.test(word.tag))
}

/**
 * Whether a point is a denial without a verb ("Not this time", "Not yet"), or more of a list
 * the sentence before began ("And of course many people from adjacent communities, adopter
 * companies and of course the CNCF"): it answers or goes on with what the sentence before said.
 */
function verbless(text: string): boolean {
  if (singlingOut.test(text)) return !mainVerbBeforeClause(tagSentence(text))
  // "Icky icky icky.", "No no no": one word said over is a sound the writer makes, no claim.
  if (/^([\p{L}]+)(?:[\s,!.]+\1)+[\s.!?]*$/iu.test(text.trim())) return true
  // "For keyboard science." under its photo, "In the meantime.": a short phrase a preposition
  // opens, with no verb, says how or why of something another line says. (A subject pronoun has its
  // verb, whatever the tagger reads it as: "On Android we leverage/NN the events"; and only a short one
  // without a comma, as the tagger reads many a verb in -s as a plural: "By default, Nginx logs/NNS every request".)
  if (
    /^(?:for|in|on|at|with|by|from|of|about|into|over|under|through|after|before|during|without|within|across|towards?)\s/i.test(text) &&
    !text.includes(',') &&
    text.trim().split(/\s+/).length <= maxVerblessWords
  )
    return !tagSentence(text).some(
      (token) => token.kind === 'word' && (/^(VB|MD)/.test(token.tag) || /^(?:i|we|you|they|he|she|it)$/i.test(token.value)),
    )
  if (!/^(?:not|of course|and|or|but|plus|as well as)\b/i.test(text)) return false
  return !tagSentence(text).some((token) => token.kind === 'word' && /^(VB|MD)/.test(token.tag))
}

/** Words at most of a phrase a preposition opens that is read for its verb (see `verbless`). */
const maxVerblessWords = 4

/** Adverbs that single out a case of what the sentence before said: a closed class. */
const singlingOut = /^(?:particularly|especially|notably|mainly|mostly|chiefly|largely|except)\b/i

/**
 * Whether a sentence has a verb with a tense before any subordinating or relative word: "Even
 * so, the cache is slow", "Especially in winter, the roads are icy"; not "Particularly in the
 * current environment, where capital is highly abundant" or "Especially when the cache is cold",
 * which only single out a case of the sentence before.
 */
function mainVerbBeforeClause(tokens: Token[]): boolean {
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (
      /^(?:when|whenever|where|if|unless|because|since|while|whilst|which|who|whom|whose|that|as|after|before|until|given)$/i.test(
        token.value,
      )
    )
      return false
    if (/^(VB[DPZ]|MD)$/.test(token.tag)) return true
  }
  return false
}

/** "would", "'d": the verb of what would follow from a supposition. */
const conditional = /\bwould\b|\b[\p{L}]+['’]d\b/iu

/** Words under which an answer right after its question leans on it. */
const maxAnswerWords = 7

/** Whether a sentence's own words only say who speaks the quotation in it ("Djanik replies “…”"), or it has none. */
function isFrame(voice: Voice): boolean {
  return voice.own <= maxFrameWords || voice.own * 3 < voice.quoted
}

/** Items under labels of their own, at least, whose labels name their topics whatever the items say. */
const seriesOfLabels = 3
/** How much less likely a plea to the reader ("Please…") is than the paragraph's statements. */
const pleaPenalty = 0.8
/** Words at most of a noun phrase said as a sentence that gives way to the paragraph's other sentences. */
const maxFragmentWords = 8
/** Candidates compressed per paragraph: tagging is the costly step, so only the likeliest few. */
const candidatesPerParagraph = 2

/** See where it is used: a question set up as open, a turn to what comes next, an example only named (English's closed classes). */
const opensQuestionOrTurn =
  /^(?:it\s+is\s+(?:arguable|debatable|unclear|an\s+open\s+question)\s+whether\b|i['’]d\s+be\s+remiss\s+(?:if\s+i\s+(?:didn['’]t|did\s+not)|not\s+to)\s+mention\b|take\s+[^,.]{1,40},\s+for\s+(?:instance|example)[.!]?$)/iu

/**
 * How much lower a candidate may score than one too long to show and still be shown instead:
 * within it the corpus's fallbacks were the paragraph's claim or a fair part of it; past it,
 * asides, set-ups and sentences that lean.
 */
const nearlyAsLikely = 0.5
/** How far down a paragraph's sentences to look when the likeliest make poor points. */
const maxCandidates = 5
/** How much a whole sentence counts over a clause of it, or a clause over a noun phrase. */
const qualityWeight = 1.2
/** Points this alike (Jaccard on stemmed words) are the same point twice. */
const nearDuplicate = 0.75

/**
 * One key point per paragraph (or `undefined` where none reads well), as phrasing content
 * for a bullet: the author's own bold phrase when it is a phrase of its own, else the
 * paragraph's most informative sentence (or its first, in `lead` mode) made short at
 * clause boundaries. Deterministic: the same paragraphs give the same points.
 */
export function extractKeyPoints(given: Paragraph[], context: KeyPointContext): Array<PhrasingContent[] | undefined> {
  const { lang } = context
  // (A timeline entry's time opens its point, not its sentences: see timeline.ts.)
  const paragraphs = given.map((paragraph) => withoutMediaLink(withoutTime(paragraph)))
  const formulas = paragraphs.map((): InlineMath[] => [])
  // (A list item's label on a paragraph of its own, "**No CDK**", names the item, whatever its words: see prose-lists.ts.)
  const runIns = paragraphs.map((paragraph) => {
    const runIn = runInLabelOf(paragraph.children)
    return runIn && paragraph.data?.lecternLabelled ? { ...runIn, names: true, kind: 'topic' as const } : runIn
  })
  const written = paragraphs.map((paragraph, index) => plainText(paragraph.children, formulas[index]).replace(/\s+/g, ' ').trim())
  // A bold sentence that opens a paragraph ("**I believe that the IDEs of the future will…**")
  // is one of its sentences, often its claim: only a label that names the paragraph is left out.
  const texts = written.map((text, index) => (isStatement(runIns[index]) ? text : withoutLabel(runIns[index], text)))
  // (Inline code is guarded while the text is split, as while a sentence is cut: "So if `s` is a
  // `String?` then…" goes on past the "?" of the code.)
  // (A mark's words as the sentences hold them: a formula in bold, "**Step 4: Calculate the probability that $\delta$…**", is its mark, put back as a formula.)
  const marked = paragraphs.map((paragraph, index) => marksOf(paragraph.children, (node) => formulaText(node, formulas[index])))
  const sentences = texts.map((text, at) =>
    withNamesAfter(
      splitAtUnspacedStops(
        splitBeforeCode(guardedSentences(text, paragraphs[at].children, marked[at], lang), paragraphs[at].children),
        marked[at],
      ),
      lang,
    ).map((sentence, index): Sentence => ({ text: sentence, terms: termsOf(sentence, lang), index, centrality: 0 })),
  )
  const flat = sentences.flat()
  // The words the writer opens a sentence of the run with, in capitals ("Kombu is a kind of kelp…", "Plugins hot reload…").
  const opened = new Set(flat.flatMap((sentence) => /^[\p{Lu}][\p{Ll}]+(?![\p{L}\p{N}._-])/u.exec(sentence.text)?.[0] ?? []))
  const central = centralities(flat.map((sentence) => sentence.terms))
  const most = Math.max(1e-9, ...central)
  flat.forEach((sentence, index) => (sentence.centrality = central[index] / most))

  const headingTerms = termsOf(context.heading, lang)
  const shownItems = (context.shown ?? []).map((item) => termsOf(item, lang))
  const heading = new Set(headingTerms)
  // The terms of the points chosen so far, each compared with every later candidate.
  const chosen: Array<Set<string>> = []
  // Items that each open with a label ("Hybrid workplaces: …", "Digital competency: …") are a
  // series the labels name: each point needs its item's label to say what it is about.
  // A label said again is a speaker's name ("Alex Cohen:" before each answer), whatever its words.
  const said = new Map<string, number>()
  for (const runIn of runIns) if (runIn) said.set(runIn.text, (said.get(runIn.text) ?? 0) + 1)
  // A topic is what its item goes on about: a word of it comes back in the item ("Digital
  // competency: … Specific competencies include…"). A label that says what kind of text follows
  // ("Definition:", "Key Point:") names no topic.
  // (In a run of three items or more, each under a label of its own, the labels are the run's topics
  // whatever words the items use: "**Consistency.** You click on a “Like” button…", "**Latency.** Both
  // computations and network access take time…".)
  const distinct = runIns.filter((runIn) => runIn?.kind === 'topic' && said.get(runIn.text) === 1).length
  // (So are two, items of a list the writer made each under a label of its own: "**Web site defacement**: consiste nel
  // minare…", "**Denial of Service**: attacco il cui scopo…" (review 98, an Italian guide).)
  const listed = paragraphs.filter((paragraph, index) => paragraph.data?.lecternListed && runIns[index]?.kind === 'topic').length
  // (So are two or more whose labels share a word, set side by side to compare: "**Before limit pruning**: DataFusion scans
  // RG2…", "**With limit pruning**: The system detects…" (review 130, DataFusion's post on limit pruning).)
  const labelTerms = runIns.map((runIn) =>
    runIn?.kind === 'topic' && said.get(runIn.text) === 1 ? new Set(termsOf(runIn.text, lang)) : undefined,
  )
  // (Or labels that open on the two halves of a pair, "**Before**: …", "**After**: …", "**Pros**"/"**Cons**".)
  const opening = runIns.map((runIn, index) => (labelTerms[index] ? (/^[\p{L}'’]+/u.exec(runIn?.text ?? '')?.[0] ?? '').toLowerCase() : ''))
  const paired = (index: number) =>
    opening.some(
      (other, at) =>
        at !== index &&
        other !== '' &&
        labelPairs.some(([a, b]) => (opening[index] === a && other === b) || (opening[index] === b && other === a)),
    )
  const parallel = labelTerms.filter(
    (terms, index) =>
      terms && (paired(index) || labelTerms.some((other, at) => at !== index && other && [...terms].some((term) => other.has(term)))),
  ).length
  const labelled = distinct >= seriesOfLabels || (listed >= 2 && listed === distinct) || parallel >= 2
  const topics = runIns.map((runIn, index) => {
    if (runIn?.kind !== 'topic' || said.get(runIn.text) !== 1) return undefined
    const item = new Set(sentences[index].flatMap((sentence) => sentence.terms))
    // ("**CPU飙高**：…", "**磁盘打满**：…", "**数据库压力**：…" (review 122, a Chinese post): a short label in Chinese or Japanese is
    // counted in characters, a word in two or three.)
    const short = pointLength(runIn.text, lang) <= (isCjk(runIn.text) ? 8 : 3)
    const named = termsOf(runIn.text, lang).some((term) => item.has(term)) || (labelled && short)
    return named ? runIn.text.replace(/[:：.]\s*$/u, '') : undefined
  })
  // The speakers who answer in the run (a speaker's label before words that do not ask).
  const answerers = new Set(
    // (One who speaks at length, not who only greets or thanks, "Welcome to the show", and not who asks.)
    paragraphs.flatMap((paragraph, index) => {
      const speaker = speakerOf(paragraph)
      return speaker && !/[?？]\s*$/u.test(written[index]) && sentences[index].length >= 2 ? [speaker] : []
    }),
  ).size
  // Paragraphs whose opening sentences the writer numbers ("First, …", "Second, …") each open on their claim.
  const numbered = sentences.filter((each) => each[0] && numbersClaim(each[0].text)).length >= 2
  const series = runIns.filter((runIn, index) => topics[index] || runIn?.kind === 'claim').length >= 2
  // Where each term is first said in the run: a noun said in an earlier paragraph is one the slide has named.
  const firstSaid = new Map<string, number>()
  for (const [index, each] of sentences.entries())
    for (const sentence of each) for (const term of sentence.terms) if (!firstSaid.has(term)) firstSaid.set(term, index)
  // Paragraphs that are only a question set in bold.
  const boldQuestions = paragraphs.flatMap((paragraph, index) =>
    paragraph.children.length === 1 && paragraph.children[0].type === 'strong' && /[?？]\s*$/u.test(texts[index]) ? [index] : [],
  )
  // "## References", "## Bibliography": the works a section lists are where to read, each a citation, not a point.
  if (context.mode === 'auto' && namesWorksCited(context.heading)) return paragraphs.map(() => undefined)
  return paragraphs.map((paragraph, index) => {
    forgetTagged()
    // ("{{< youtube 0v6i9oMUGqA >}}" under each talk of a conference's recap (review 117, Linkerd's post): the video is
    // what the section shows; a slide loads nothing from the network, so it shows the link to where it plays, in every mode.)
    const media = mediaOnly(paragraph, lang)
    if (media) return [media]
    if (
      isCaption(written[index]) ||
      (context.mode === 'auto' && (isByline(written[index]) || isNameList(written[index]) || (index < 2 && namesByLine(paragraph))))
    )
      return undefined
    // "Drake, B. L.: The influence of climatic change…, 39(6), 1862–1870, doi:…, 2012.": a work cited, under a heading or not.
    if (context.mode === 'auto' && citesWork(written[index])) return undefined
    // ("[English Version](/p/24-en) and [本文在微软学术合作官方微信公众号上的推送](https://mp.weixin.qq.com/…)" atop a Chinese talk's
    // write-up (review 150): links side by side, only a word or a mark between them, are where else to read it, in any language.)
    if (context.mode === 'auto' && onlyLinks(paragraph)) return undefined
    // ("[1]: Actually there is a string concatenation operator…" (review 124, Zig's essay): a footnote written by hand, its
    // mark and a colon before it, qualifies the sentence that marked it; shown as a point it reads as one of the section's own.)
    if (context.mode === 'auto' && isHandWrittenFootnote(written[index])) return undefined
    // ("(TMI) 이전 발표를 연습하면서…", "TMI를 하자면, …" (review 124, a Korean talk's retrospective), "(Side note) …": a paragraph
    // the writer marks as an aside says something beside the section's points.)
    if (context.mode === 'auto' && isMarkedAside(written[index])) return undefined
    // "Questions? Contact me via Twitter…", "Something wrong with this post? Fork this page's source on GitHub…" (review 97,
    // Full Stack Python's footer): an invitation to write to the writer about the post, said to the reader, never a point.
    if (context.mode === 'auto' && lang.toLowerCase().startsWith('en') && invitesFeedback.test(written[index])) return undefined
    // "(I hit Control-D to exit.)" between two listings: a paragraph the writer set wholly in brackets is an aside.
    if (context.mode === 'auto' && /^\([^()]*\)[.!?]?$/u.test(written[index])) return undefined
    // ("*FM (0:01:47)*: Yeah, 400.", "*DTC*: That’s right.", "*JB*: Two hours each." (review 122, a podcast's transcript): a
    // speaker's turn of a few words answers or acknowledges the turn before; it says nothing alone.)
    if (context.mode === 'auto' && paragraph.data?.lecternSpeaker && isShortTurn(texts[index], lang)) return undefined
    // "NB2: Je ne parle pas ici, par choix, …", "P.S. We've learned…": a note set apart from the run's points.
    if (context.mode === 'auto' && paragraphs.length > 1 && isSetApartNote(written[index])) return undefined
    // A one-sentence paragraph that counts the numbered paragraphs after it ("A few themes stand out.") introduces them.
    const next = sentences[index + 1]?.[0]
    if (
      context.mode === 'auto' &&
      numbered &&
      sentences[index].length === 1 &&
      next &&
      numbersClaim(next.text) &&
      countsWhatFollows(texts[index], lang)
    )
      return undefined
    // "Readable code offers several significant benefits.", "This design has two drawbacks.": a
    // paragraph of one short sentence that counts the benefits, reasons or steps the paragraphs or
    // list after it spell out is their teaser; they make the points.
    const followed = index < paragraphs.length - 1 || (context.beforeBlock?.[index] ?? false)
    if (context.mode === 'auto' && followed && sentences[index].length === 1 && teasesWhatFollows(texts[index], lang)) return undefined
    // "Why do we want a specification at all?": a paragraph that only asks, with more of its run
    // after it, asks what the paragraphs after it answer; the answer is the point.
    // (Not an interview's question, set in bold or after its speaker's name ("Alice: how do you do?"): it stays with its answer.)
    // (A lone bold question over the paragraphs that answer it, "**What is ncdu?**" in a tutorial's
    // opening, is a heading the writer set in bold; several are an interview's.)
    // (Nor one the quotation right after it answers, "What feature are you most excited about?" over
    // "> The customizations we offer for the window…" (review 94, a release's interviews): it labels its answer.)
    if (
      context.mode === 'auto' &&
      index < paragraphs.length - 1 &&
      !context.beforeQuote?.[index] &&
      sentences[index].length === 1 &&
      /[?？]\s*$/u.test(texts[index]) &&
      !/^[^\s:：]{1,30}[:：]\s/u.test(written[index]) &&
      ((!runIns[index] && !paragraph.children.some((child) => child.type === 'strong')) ||
        (boldQuestions.length === 1 && boldQuestions[0] === index))
    )
      return undefined
    const runIn = context.mode === 'auto' ? runIns[index] : undefined
    // A bold speaker's name or label before a colon, or a FAQ's question, names the paragraph; it
    // is not the point. A bold statement that opens it ("**Back up first.** …") may well be.
    const label = runIns[index]?.names ? runIns[index].text : undefined
    const marks = marked[index].filter((mark) => mark.text !== label && !(label && mark.text.startsWith(`${label}:`)))
    const candidates = [
      ...labelCandidates(runIn, lang),
      ...measureCandidates(runIn, sentences[index]),
      ...boldCandidates(marks, texts[index], lang, context.mode === 'auto'),
      ...sentenceCandidates(sentences[index], marks, heading, context, {
        // (A timeline entry is its own moment, as a section of one paragraph is: "Launches begin failing again" stands there.)
        alone: paragraphs.length === 1 || paragraph.data?.lecternTime !== undefined,
        numbered,
        links: linkTexts(paragraph.children),
        beforeBlock: context.beforeBlock?.[index] ?? false,
        afterBlock: context.afterBlock?.[index] ?? false,
        followed,
        saidBefore: (term) => (firstSaid.get(term) ?? index) < index,
        first: context.afterHeading?.[index] ?? index === 0,
        repeats: (terms) => repeatsHeading(terms, headingTerms, heading),
      }),
    ].sort((a, b) => b.score - a.score)
    const pair = context.mode === 'auto' ? leaningPair(sentences[index], marks, lang) : undefined
    if (pair) candidates.unshift(pair)
    // The score of the likeliest candidate passed over as too long to show.
    let tooLong: number | undefined
    for (const candidate of candidates) {
      const terms = termsOf(candidate.text, lang)
      if (!isCjk(candidate.text) && pointLength(candidate.text, lang) + formulasIn(candidate.text) < 3) continue
      if (lang.toLowerCase().startsWith('en') && (bareVerdict.test(candidate.text) || verbless(candidate.text))) continue
      // "A Relational Model of Data for Large Shared Data Banks" cut from "In his 1970 paper, _A Relational Model…_, he
      // states…", "And thoughts on [What is a Layer](…)": a verb only inside a work's title is the title's, not the point's.
      if (lang.toLowerCase().startsWith('en') && !candidate.label && verbOnlyInTitles(candidate.text, titlesOf(paragraph, marks))) continue
      if (repeatsHeading(terms, headingTerms, heading)) continue
      // ("I am Claire Novotny": who speaks, not what.)
      if (introducesSelf(candidate.text, lang)) continue
      // 'I asked my Cloud Code session: "Teach me': a quotation the point opens and does not close
      // was cut inside (the sentence split inside it); on the slide it stops mid-quote.
      if (opensQuoteUnclosed(candidate.text)) continue
      // ("The cost in lap n+1 has conditional mean $$\begin{align}…\end{align}$$ and variance…" (review 120, a blog's
      // derivation): a formula its writer set apart from the line, in rows or at display size, is no part of a line on a slide.)
      if (holdsDisplayedFormula(candidate.text, formulas[index])) continue
      const own = new Set(terms)
      // "The worst-case can be rare" beside the list item "The worst-case can be rare": the slide
      // shows it already. (An item of three terms or more, all said, and at most one more: "The best-case can be misleading" says what the item "Best-case" only
      // names, "Linux and Windows continue to dominate" sums up the list's shares, and "The
      // combination of --tint-composited-content and …-modulate was helpful" says what its flags did.)
      const repeatsShown = (item: string[]) =>
        item.length >= 3 && item.every((term) => own.has(term)) && [...own].filter((term) => !item.includes(term)).length <= 1
      if (shownItems.some(repeatsShown)) continue
      if (chosen.some((other) => jaccard(own, other) >= nearDuplicate)) continue
      // A point of 16 words or more is read, not glanced at (`maxShownWords`): the paragraph shows
      // another of its candidates nearly as likely ("Grouped aggregations are a core part of any
      // analytic tool" beside a 16-word "…is 2-3x faster in the newly released version 28.0.0"), or
      // none; one that scored well below it did so for a reason: an aside, a set-up, a sentence
      // that leans. (Nor past the writer's thesis set wholly in bold, which a reviewer missed where it was not shown.)
      if (!isCjk(candidate.text) && !candidate.thesis && pointLength(candidate.text, lang) > maxShownWords) {
        tooLong ??= candidate.score
        continue
      }
      if (tooLong !== undefined && candidate.score < tooLong - nearlyAsLikely) return undefined
      chosen.push(own)
      if (candidate.nodes) return pointOf(paragraph, withoutFullStop(structuredClone(candidate.nodes)))
      const content = openedAsWritten(
        withFormulas(emphasise(candidate.text, marks, texts[index], markedText(paragraph.children)), formulas[index]),
        opened,
      )
      // ("**Phase porte fermée** : vous, le bug, et votre compréhension du code": words after a label
      // that go on in lower case are what the label names, which they need.)
      const label = runIns[index]
      const continued =
        context.mode === 'auto' && label?.names && label.kind !== 'name' && /^[\p{Ll}]/u.test(candidate.text)
          ? label.text.replace(/\s*[:：.]\s*$/u, '')
          : undefined
      // ("**Nabarun**: Hi, I am Nabarun from India. I have been working on Kubernetes since 2019…" among four others'
      // answers to one question (review 110, an interview of a committee): where two speakers or more answer, a point in
      // the first person says whose it is; "I have been working on Kubernetes since 2019" alone could be anyone's.)
      const speaker = context.mode === 'auto' && answerers >= 2 && firstPerson.test(candidate.text) ? speakerOf(paragraph) : undefined
      const topic = (series && context.mode === 'auto' ? topics[index] : undefined) ?? continued ?? speaker
      return pointOf(paragraph, topic && !candidate.label ? withTopic(topic, content, paragraph, lang) : content)
    }
    // "**Open and transparent**: Because we are following an open-source approach, anyone can see…":
    // an item of a series of labels whose sentences give no point is shown by its label, the words
    // the writer chose for it, rather than left out of the series the slide shows. (Not a label of
    // one or two words, "Sort.": alone it names a topic, and says nothing of it.)
    // (Nor a label alone, "**What to expect:**" over a list: it leads into the list the slide shows.)
    const topic =
      series && context.mode === 'auto' && written[index].length > (runIns[index]?.text.length ?? 0) + 1 ? topics[index] : undefined
    const named = topic && pointLength(topic, lang) >= 3 ? new Set(termsOf(topic, lang)) : undefined
    if (topic && named && !chosen.some((other) => jaccard(named, other) >= nearDuplicate)) {
      chosen.push(named)
      const label: PhrasingContent = { type: 'text', value: topic }
      return pointOf(paragraph, [paragraph.children[0]?.type === 'strong' ? { type: 'strong', children: [label] } : label])
    }
    return undefined
  })
}

/**
 * "Let clean code guide you. **Then let it go.**", "Cheap storage was easy. But trust had to be
 * earned.": a paragraph of two short sentences, the second turning from the first, says its point
 * in the turn; alone, the first drops it and the second cannot stand. Within a point's length the
 * two are shown whole; not where the writer set the first alone in bold. (English only.)
 */
function leaningPair(sentences: Sentence[], marks: Mark[], lang: string): Candidate | undefined {
  if (sentences.length !== 2 || !lang.toLowerCase().startsWith('en')) return undefined
  const [first, second] = sentences.map((sentence) => sentence.text.trim())
  const text = `${first} ${second}`
  if (/[?:;]/.test(text) || pointLength(text, lang) > maxWords) return undefined
  if (pointLength(first, lang) < 3 || pointLength(second, lang) < 3 || !/[.!]$/.test(first)) return undefined
  if (!turn.test(second) || leansOnPrevious(first, lang)) return undefined
  if (marks.some((mark) => mark.kind === 'strong' && first.startsWith(mark.text) && first.length - mark.text.length <= 1)) return undefined
  return { text: text.replace(/\.$/, ''), score: Number.POSITIVE_INFINITY }
}

/** A sentence that turns from the one before: a contrast or what comes after it. */
const turn = /^(?:but|however|yet|then|still|instead|only then|and then|otherwise)\b/i

/**
 * Whether a heading names a list of works cited or to read ("References", "Bibliography", "Further reading", "Literatur",
 * "Lectures complémentaires", "Weiterführende Literatur", "Lecturas recomendadas", "関連リンク").
 */
export function namesWorksCited(heading: string): boolean {
  return /^(?:references|bibliography|works cited|sources|further reading|suggested reading|recommended reading|reading list|citations|footnotes|endnotes|literature|literatur|weiterführende literatur|literaturverzeichnis|quellen|références|bibliographie|lectures complémentaires|referencias|bibliografía|lecturas recomendadas|referências|bibliografia|leituras recomendadas|riferimenti|letture consigliate|参考文献|参考资料|参考資料|参考|参考リンク|関連リンク|참고 문헌|참고 자료|참고)$/iu.test(
    heading.replace(/[:：.]\s*$/u, '').trim(),
  )
}

/** Whether a cut of `source` ends on going somewhere ("…go to each AWS service") right before the "and" of what is done there. */
function goesToDo(source: string, cut: string): boolean {
  if (
    !/\b(?:go|goes|going|went|come|comes|came|head|heads|navigate|navigates|return|returns)\s+(?:back\s+|over\s+)?(?:to|into)\b(?!\s+(?:play|effect|force|being|existence|view|question|mind|light|life|terms|an?\s+end|the\s+(?:fore|conclusion|point))\b)/iu.test(
      cut,
    )
  )
    return false
  return /^[.!]?\s*,?\s*and\s+(?:then\s+)?[\p{Ll}]/u.test(afterCut(source, cut) ?? '')
}

/**
 * Whether the words of cut `later` come wholly after those of cut `earlier` in the sentence `source` (each found by its words
 * past the first letter, which a cut may have set in capitals).
 */
function follows(source: string, earlier: string, later: string): boolean {
  const at = (text: string) => source.indexOf(text.slice(1, 40))
  const start = at(earlier)
  const next = at(later)
  return start !== -1 && next !== -1 && next >= start + earlier.length - 1
}

/** Whether a text opens a quotation it does not close (straight double quotes unpaired, or more “ than ”). */
function opensQuoteUnclosed(text: string): boolean {
  const count = (mark: RegExp) => text.match(mark)?.length ?? 0
  return count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g) || count(/«/g) > count(/»/g) || count(/「/g) > count(/」/g)
}

/** Whether a run-in is a whole sentence of the paragraph ("**Back up first.**"), not a label naming it. */
function isStatement(runIn: RunIn | undefined): boolean {
  return runIn !== undefined && !runIn.names && /[.!?]$/.test(runIn.text)
}

/** A paragraph's point as the slide shows it: after its timeline entry's time and its status mark, where it has them. */
function pointOf(paragraph: Paragraph, point: PhrasingContent[]): PhrasingContent[] {
  return withTime(paragraph, withStatusMark(paragraph, point))
}

/**
 * "- ❌ **Publish at least 12 posts on my blog.** I fell short…", "- ✅ **Convert my blog…**": a mark
 * that opens the paragraph on its own, before its words, says how it went; the point keeps it, or a
 * goal failed reads as one met.
 */
function withStatusMark(paragraph: Paragraph, point: PhrasingContent[]): PhrasingContent[] {
  const first = paragraph.children[0]
  const mark = first?.type === 'text' ? statusMark.exec(first.value)?.[1] : undefined
  if (!mark || (point[0]?.type === 'text' && point[0].value.startsWith(mark))) return point
  return [{ type: 'text', value: `${mark} ` }, ...point]
}

/**
 * One mark of how a thing went, alone before a paragraph's words, with its variation selector: a
 * check, a cross, a warning, a traffic light, work in progress. (A closed set: an emoji of feeling,
 * "😱 Taking the night bus…", says the writer's mood and is left out of the point.)
 */
const statusMark = /^\s*([✅❌❎✔✓✗✘☑☒☐⚠🚫⛔⭕🟢🟡🟠🔴⏳🚧]\uFE0F?)\s+(?=\S|$)/u

/** A bold phrase taken whole as a point, without the full stop that ended it as a sentence (as no point has one). */
function withoutFullStop(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes[nodes.length - 1]
  if (last?.type === 'text') last.value = last.value.replace(/(?<!\.)\.\s*$/, '')
  return nodes
}

/*
 * A formula is one unit of a key point: it stands in the text as one private-use character
 * while the sentence is chosen and cut, so a cut never falls inside it, and comes back whole.
 */
const formulaMark = 0xe000

/**
 * "…for our schema validation which was 32% smaller. `ajv` was already bundled…": a sentence that
 * opens on inline code in lower case reads to the segmenter as the one before going on (as after
 * "e.g."), as does one opening on code in marks ("…TypeScript's. `// eslint-disable` …"); where the
 * code is the paragraph's own, the stop before it ends a sentence.
 */
function splitBeforeCode(sentences: string[], children: PhrasingContent[]): string[] {
  const codes = new Set<string>()
  const collect = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      // (As the sentences hold it: code broken over lines, "`mkdir -p⏎cmd/server`" (review 108, Connect's guide), is one line.)
      if (node.type === 'inlineCode' && !/^[\p{Lu}]/u.test(node.value)) codes.add(node.value.replace(/\s+/g, ' '))
      else if ('children' in node) collect(node.children as PhrasingContent[])
    }
  }
  collect(children)
  if (codes.size === 0) return sentences
  return sentences.flatMap((sentence) => {
    const parts: string[] = []
    let start = 0
    for (const stop of sentence.matchAll(/(?<=[\p{L}]{2}|['’][\p{L}]|[\p{N}]|[)\]])[.!?]["'”’)]*\s+/gu)) {
      const at = (stop.index ?? 0) + stop[0].length
      if (![...codes].some((code) => sentence.startsWith(code, at) && !/^[\p{L}\p{N}_]/u.test(sentence.charAt(at + code.length)))) continue
      const before = sentence.slice(start, at).trimEnd()
      if (/\b(?:e\.g|i\.e|etc|vs|cf|approx|incl)\.$/i.test(before)) continue
      parts.push(before)
      start = at
    }
    parts.push(sentence.slice(start))
    return parts
  })
}

/**
 * "…the root cause of scaling issues.Traditionally, the data layer…" (review 108, an essay on microservices): a full stop
 * the writer left without its space still ends the sentence, between two words the lexicon knows, the first in lower
 * case, the second in capitals and lower case, a comma or a space after it. (Not a name's dot, "rand.Source" in
 * Go's post on ChaCha8, nor one inside the paragraph's code.)
 */
function splitAtUnspacedStops(sentences: string[], marks: Mark[]): string[] {
  return sentences.flatMap((sentence) => {
    // (A stop right before a capital first: the lookbehind below, tried at every stop of every sentence, costs more than this.)
    if (!unspacedStop.test(sentence)) return [sentence]
    const parts: string[] = []
    let start = 0
    for (const stop of sentence.matchAll(/(?<=(?:^|[\s(])([\p{Ll}]{3,}))[.!?](?=([\p{Lu}][\p{Ll}]*)[,\s])/gu)) {
      const [, before, after] = stop
      const joined = `${before}${stop[0]}${after}`
      // (The next sentence's first word is one that opens a sentence: a determiner or a pronoun, or an adverb in "-ly"
      // before its comma, "Traditionally,"; not "file.Close example", "net.Error, as shown", "time.Now", "sync.Once,",
      // "promise.Then": a method, a type or a constant.)
      const comma = sentence.charAt((stop.index ?? 0) + stop[0].length + after.length) === ','
      const opens = sentenceOpener.test(after) || (comma && /ly$/.test(after) && readingsOf(after.toLowerCase())?.[0] === 'RB')
      if (!opens || !isKnownWord(before) || marks.some((mark) => mark.kind === 'inlineCode' && mark.text.includes(joined))) continue
      const at = (stop.index ?? 0) + 1
      parts.push(sentence.slice(start, at))
      start = at
    }
    return start === 0 ? [sentence] : [...parts, sentence.slice(start)]
  })
}

/** Words about the text that say what it showed of its subject: "This article detailed how…", "In this post, we have seen how…". (English's closed classes.) */
const textToldHow =
  /^(?:in\s+)?(?:this|the)\s+(?:article|post|blog\s+post|piece|essay|write-?up|talk)\s*,?\s+(?:(?:we|I)\s+)?(?:(?:has|have)\s+)?(?:detailed|described|explained|showed|shown|covered|outlined|explored|discussed|seen|learned|learnt|looked\s+at)\s+how\s+/iu

/**
 * The clause a sentence about the text says it showed ("This article detailed how Wasmtime uses language safety…" is
 * "Wasmtime uses language safety…"), where that clause has a subject and verb of its own: not "how to…", which names a task.
 */
function howTheTextTold(sentence: string): string | undefined {
  const found = textToldHow.exec(sentence.trim())
  if (!found) return undefined
  const rest = sentence.trim().slice(found[0].length)
  if (/^to\s/iu.test(rest) || rest.split(/\s+/u).length < 4) return undefined
  const words = tagSentence(rest).filter((token) => token.kind === 'word')
  const verb = words.findIndex((word) => /^(?:VB[DPZ]|MD)$/.test(word.tag))
  // (Not "how long…", "how much faster…", "how different…": a degree asked, whose words are no clause's subject.)
  return verb >= 1 &&
    verb <= 4 &&
    /^(?:NN|PRP|DT|JJ)/.test(words[0].tag) &&
    !/^(?:long|much|many|far|often|fast|well|little|few|different|big|large|small|hard|easy|quick|quickly|important|good|bad|close|similar)$/i.test(
      words[0].value,
    )
    ? upperFirst(rest)
    : undefined
}

/** Whether `cut` stops at the colon of `sentence` before a name of four words at most that ends it ("…who welcomed me: Karthik Ram."). */
function namesAfterColon(sentence: string, cut: string): boolean {
  const at = sentence.indexOf(cut)
  if (at === -1) return false
  const after = /^\s*[:：]\s*(.+?)[.!]?\s*$/u.exec(sentence.slice(at + cut.length))?.[1]
  return after !== undefined && /^[\p{Lu}]/u.test(after) && after.split(/\s+/u).length <= 4 && !/[,;:]/u.test(after)
}

/** A sentence that opens as a relative clause of a part, "The first of which…", "Some of whom…" (English's closed shapes). */
const ofWhich =
  /^(?:the\s+(?:first|second|third|last|latter|former|most|best|biggest|largest|main)|one|some|most|all|both|none|each|many|several|few|two|three|four|half)\s+of\s+(?:which|whom)\b/i

/** A sentence's stop with a capital right after it, the one place `splitAtUnspacedStops` may split. */
const unspacedStop = /[.!?][\p{Lu}]/u

/** Determiners and pronouns that open a sentence, never a name's part after a dot: a closed class. */
const sentenceOpener = /^(?:The|This|These|Those|It|Its|We|Our|They|Their|You|Your|He|She|His|Her|There|I|My)$/

/**
 * A node's words as its sentences hold them: without raw HTML, each inline formula one mark
 * (one word, never cut inside), kept in `formulas` to be put back ({@link withFormulas}); a
 * formula already there keeps its mark (a bold phrase's formula is the one its sentence holds).
 */
export function formulaText(node: RootContent | PhrasingContent, formulas: InlineMath[]): string {
  if (node.type === 'inlineMath') {
    const at = formulas.indexOf(node)
    return String.fromCharCode(formulaMark + (at === -1 ? formulas.push(node) - 1 : at))
  }
  if ('children' in node) return (node.children as RootContent[]).map((child) => formulaText(child, formulas)).join('')
  return toString(node, { includeHtml: false })
}

/** The words of phrasing content; raw HTML tags are markup, not words, struck-through text is taken back; each formula one mark. */
function plainText(children: PhrasingContent[], formulas: InlineMath[]): string {
  const raised = superscripts(children)
  // The links to an issue by its number left out, whose brackets go with them.
  const cited: number[] = []
  const words = children.map((child, index): string => {
    const replaced = raised.get(index)
    if (replaced !== undefined) return replaced

    // Struck-through text is what the author took back: never part of a point.
    // (A line break in HTML ends a line as the markdown one does: "Line one<br>line two" is not "Line oneline two".)
    if (child.type === 'html') return /^\s*<br\s*\/?>\s*$/i.test(child.value) ? ' ' : ''
    if (child.type === 'delete') return ''
    // "…more of an IDE feel to them (activated by Ctrl+N) [#11593](…/pull/11593)": a link to an issue
    // or pull request by its number cites where the change was made, as a footnote's marker does.
    // (Only one set apart, in brackets or after the sentence's words: "…in #1187" names where, and stays.)
    if (child.type === 'link' && issueNumber.test(toString(child)) && citesApart(children, index)) {
      cited.push(index)
      return ''
    }
    // ("…컨트리뷰션 로드맵([링크](…))을 공유합니다" (review 134, a Korean event review), "…the roadmap ([link](…)) for…": a link in
    // brackets whose words only say it is one points at where to read, as a footnote's marker does; its brackets go with it.)
    if (pointerInBrackets(children, index)) {
      cited.push(index)
      return ''
    }
    if (child.type === 'inlineMath') return formulaText(child, formulas)
    // A line break ends a line: "**Mentoring**␣␣⏎Sprints may…" is two words, not "MentoringSprints".
    if (child.type === 'break') return ' '
    if ('children' in child) return plainText(child.children as PhrasingContent[], formulas)
    return toString(child)
  })
  // (Its brackets go with it: "…auto-expand the glob pattern (#11569)".)
  for (const index of cited) {
    if (/\($/u.test(words[index - 1] ?? '') && /^\)/u.test(words[index + 1] ?? '')) {
      words[index - 1] = words[index - 1].replace(/\s*\($/u, '')
      words[index + 1] = words[index + 1].slice(1)
    }
  }
  return words.join('')
}

/**
 * Phrasing without the links in brackets whose words only say they are links, and their brackets: "…the roadmap
 * ([link](…)) for…" is "…the roadmap for…" (a statement shown whole, as a point is cut: see `plainText`).
 */
export function withoutPointerLinks(children: PhrasingContent[]): PhrasingContent[] {
  const kept = structuredClone(children)
  for (let index = kept.length - 2; index > 0; index--) {
    if (!pointerInBrackets(kept, index)) continue
    const [before, after] = [kept[index - 1] as Text, kept[index + 1] as Text]
    before.value = before.value.replace(/\s*\($/u, '')
    after.value = after.value.slice(1)
    kept.splice(index, 1)
  }
  return kept
}

/** Whether the child at `index` is a link in brackets whose words only say it is one: "…roadmap([링크](…))을", "([link](…))". */
function pointerInBrackets(children: PhrasingContent[], index: number): boolean {
  const [before, link, after] = [children[index - 1], children[index], children[index + 1]]
  return (
    link?.type === 'link' &&
    pointerWord.test(toString(link).trim()) &&
    before?.type === 'text' &&
    /\($/u.test(before.value) &&
    after?.type === 'text' &&
    after.value.startsWith(')')
  )
}

/** The words of a link that only say it is one: "link", "here", "링크", "链接", "リンク", "lien", "enlace" (a closed class). */
const pointerWord =
  /^(?:link|links|here|source|this|링크|여기|链接|鏈接|连结|這裡|这里|リンク|こちら|lien|ici|enlace|aquí|ligação|aqui|hier)$/iu

/**
 * Whether the child at `index` stands apart from the sentence's words: in brackets of its own,
 * "(#11569)", or last in its paragraph or sentence, after words that do not wait for it ("…feel
 * to them (activated by Ctrl+N) #11593", not "…property in #1423" nor "…such as #1, #2 and #3").
 */
function citesApart(children: PhrasingContent[], index: number): boolean {
  const before = children[index - 1]
  const after = children[index + 1]
  const textOf = (node: PhrasingContent | undefined) => (node?.type === 'text' ? node.value : undefined)
  if (/\(\s*$/u.test(textOf(before) ?? '') && /^\s*\)/u.test(textOf(after) ?? '')) return true
  // (Last in the paragraph, or in its sentence: "…at parse time [#11562](…). This gives you…". Only
  // the next child is read, so a paragraph of thousands of such links is read in linear time.)
  const rest = textOf(after)
  const last = after === undefined || (rest !== undefined && index + 2 === children.length && /^[\s.!?]*$/u.test(rest))
  if (!last && !(rest !== undefined && /^[.!?](?:\s|$)/u.test(rest))) return false
  const words = (textOf(before) ?? 'x').slice(-40)
  return !/(?:^|\s)(?:in|by|via|from|at|see|and|or|of|to|for|with|on|as|under|into|per)\s*$/iu.test(words) && !/,\s*$/u.test(words)
}

/** A link's text that is an issue's or pull request's number: "#11593". */
const issueNumber = /^\s*#\d{1,7}\s*$/u

/**
 * The children of raw-HTML superscripts that number a citation or note ("the HPAC framework<sup>[9]</sup>",
 * "…results.<sup><a href=\"#fn3\">3</a></sup>"): a reference for readers, not words of the point. A
 * number raised after a number or a one-letter name is a power ("10<sup>6</sup>", "x<sup>2</sup>"): its
 * digits are written raised ("10⁶"), where the tags dropped would leave "106".
 */
function superscripts(children: PhrasingContent[]): Map<number, string> {
  const marks = new Map<number, string>()
  for (let open = 0; open < children.length; open++) {
    const start = children[open]
    if (start.type !== 'html' || !/^<sup(?:\s[^<>]{0,200})?>$/i.test(start.value)) continue
    const close = children.findIndex((child, index) => index > open && child.type === 'html' && /^<\/sup\s*>$/i.test(child.value))
    if (close === -1) break
    const inner = children
      .slice(open + 1, close)
      .map((child) => (child.type === 'html' ? '' : toString(child)))
      .join('')
      .trim()
    const before = children[open - 1]
    const said = before && before.type !== 'html' ? toString(before) : ''
    const power = !/[[\]]/.test(inner) && /(?:^|[^\p{L}])[\p{L}]$|[\p{N}]$/u.test(said)
    if (power && /^[-−+]?\d{1,4}$/u.test(inner)) {
      for (let index = open + 1; index < close; index++) marks.set(index, '')
      marks.set(close, [...inner].map((character) => raisedDigits[character] ?? character).join(''))
    } else if (/^\[?\s*\d{1,4}(?:\s*[,–-]\s*\d{1,4}){0,6}\s*\]?$/u.test(inner) && !power)
      for (let index = open + 1; index < close; index++) marks.set(index, '')
    open = close
  }
  return marks
}

const raisedDigits: Record<string, string> = Object.fromEntries([...'0123456789-−+'].map((digit, index) => [digit, '⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺'[index]]))

/*
 * Inline code whose characters read as a sentence's structure ("`int16.Add(a, b)`", "`[1,2,3].filter(v => v >= 2)`")
 * is guarded while a paragraph is split into sentences and while a sentence is cut: each such character stands as its own private-use character
 * (plane 15, away from the formulas' marks), so the clause cutter finds no comma inside it and the
 * asides no bracket, and comes back after. Letters, digits and the joiners inside a word stay, so
 * the tagger and the word counts see the code's words as before.
 */
const codeGuard = 0xf0000
/** A guarded character: plane 15's private-use area. */
const guardedCharacter = /[\u{f0000}-\u{ffffd}]/u

/** `text` with the structure characters of the paragraph's inline code guarded. */
function guardCode(text: string, marks: Mark[]): string {
  let guarded = text
  // (The longest first: "`var l = s.length()`" is also a part of "`var l = s.length() ?: 0`".)
  for (const mark of [...marks].sort((a, b) => b.text.length - a.text.length)) {
    if (mark.kind !== 'inlineCode' || !guardsCode(mark.text)) continue
    // ("I selettori che iniziano con `.` indicano una classe." (review 112, an Italian tutorial): code of marks alone is guarded
    // where it stands as a word, between spaces, never at each full stop of the paragraph, which it would join into one sentence.)
    guarded = /[\p{L}\p{N}]/u.test(mark.text)
      ? guarded.replaceAll(mark.text, guardedCode(mark.text))
      : // ("Eine atomare Gruppe verwendet die `?>`-Syntax, um…" (review 121, a German tutorial on regular expressions): or
        // joined to the word after it by a hyphen; or before the sentence's stop, "…even arithmetic operations with `+` and `-`."
        // (review 142, a history of programming languages), whose minus was read as a dash at the end and dropped.)
        guarded.replace(new RegExp(`(?<=^|[\\s(“"'‘])${escapeRegExp(mark.text)}(?=$|[\\s)”"'’,;:.!?-])`, 'gu'), () =>
          guardedCode(mark.text),
        )
  }
  return guarded
}

/** The sentences of a paragraph's text, its inline code and its links' titles guarded while it is split (see `guardCode`, `guardTitles`). */
function guardedSentences(text: string, children: PhrasingContent[], marks: Mark[], lang: string): string[] {
  return sentencesOf(guardTitles(guardCode(text, marks), children), lang).map(unguardCode)
}

/**
 * The sentences of a paragraph's text split as its key point's are: "…as SQLite does not support `SELECT .. FOR UPDATE`."
 * (review 117, a Go tutorial) is one sentence, not one that ends "SELECT ." and one of "FOR UPDATE".
 */
export function sentencesOfParagraph(text: string, paragraph: RootContent, lang: string): string[] {
  const children = paragraph.type === 'paragraph' ? paragraph.children : []
  return guardedSentences(text, children, marksOf(children), lang)
}

/** Whether inline code holds a character that reads as a sentence's structure. */
function guardsCode(code: string): boolean {
  return /[^\p{L}\p{M}\p{N}_.'’-]|[.'’-](?![\p{L}\p{M}\p{N}_])/u.test(code)
}

/**
 * A text with the question and exclamation marks of its links' texts guarded where the sentence
 * goes on after the link ("…a study titled [Are Generation Z Less Car‑Centric Than Millennials?](…)
 * shows a clear generational shift"): a title's mark ends no sentence of the writer's.
 */
function guardTitles(text: string, children: PhrasingContent[]): string {
  let guarded = text
  for (const title of linkTexts(children)) {
    if (!/[?!？！]/u.test(title)) continue
    const marked = title.replace(/[?!？！]/gu, guard)
    // ("…や [動画で分かる！ブラウザと Node.js の Event Loop 解説](…) などの解説がわかりやすかったです" (review 149, a Japanese post on
    // JavaScript runtimes): in Chinese or Japanese the sentence goes on after the link in kana or kanji, with or without a space.)
    guarded = guarded.replace(
      new RegExp(
        `${escapeRegExp(title)}(?=["'”’)」』]*(?:\\s+\\p{Ll}|\\s*[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}、，]))`,
        'gu',
      ),
      () => marked,
    )
  }
  return guarded
}

/** Inline code with its structure characters guarded. */
function guardedCode(code: string): string {
  return code.replace(/[^\p{L}\p{M}\p{N}_.'’-]|[.'’-](?![\p{L}\p{M}\p{N}_])|(?<![\p{L}\p{M}\p{N}_])[.'’-]/gu, guard)
}

/** One character guarded: its twin in plane 15 (a character past U+FFFD has none, and stays). */
function guard(character: string): string {
  const point = character.codePointAt(0) ?? 0
  return point < 0xfffe ? String.fromCodePoint(codeGuard + point) : character
}

/**
 * Whether a cut of a guarded sentence stops inside a piece of inline code, at a word of it the
 * cutter read ("…you have to say `var l = s.length() ?: 0` or `var l = | if (s!=null)…`"): its
 * start or end is a part of the code that holds a guarded character, and not the whole code.
 */
function cutsInsideCode(cut: string, marks: Mark[]): boolean {
  for (const mark of marks) {
    if (mark.kind !== 'inlineCode' || !/\s/u.test(mark.text.trim()) || !guardsCode(mark.text)) continue
    const code = guardedCode(mark.text)
    if (cut.includes(code)) continue
    const lower = cut.charAt(0).toLowerCase() + cut.slice(1)
    // (A piece with a word of the code and a guarded character: not a quotation mark alone, which another piece of code may end on.)
    const piece = (part: string) => guardedCharacter.test(part) && /[\p{L}\p{N}]/u.test(part)
    for (let at = 1; at < code.length - 1; at++) {
      const head = code.slice(0, at)
      const tail = code.slice(at)
      if (piece(head) && cut.trimEnd().endsWith(head.trimEnd())) return true
      if (piece(tail) && (cut.startsWith(tail) || lower.startsWith(tail))) return true
    }
  }
  return false
}

/** A guarded text with its inline code as written. */
function unguardCode(text: string): string {
  if (!guardedCharacter.test(text)) return text
  return text.replace(new RegExp(guardedCharacter.source, 'gu'), (character) =>
    String.fromCodePoint((character.codePointAt(0) ?? 0) - codeGuard),
  )
}

/**
 * Whether a cut opens after the colon of a title the writer set in italics or bold, or linked ("I've taken the advice given out in
 * _DDD East Midlands: Speaker Workshop_ and decided to write…" (review 107, a talk's transcript) gave "Speaker Workshop and
 * decided to write out a transcript of the talk"): the colon is the title's, no clause boundary of the sentence.
 */
function opensInsideTitle(cut: string, titles: string[]): boolean {
  return titles.some((title) => {
    const colon = title.search(/[:：]\s+\S/u)
    if (colon === -1) return false
    const rest = title.slice(colon + 1).trim()
    if (!/^[\p{L}][\p{L}\p{N}'’-]{2,}/u.test(rest)) return false
    return cut.startsWith(rest) || (cut.charAt(0).toLowerCase() + cut.slice(1)).startsWith(rest)
  })
}

/**
 * Whether a cut stops at a comma inside a link's text: "PyPI has settings for SPF, DKIM, and [Domain-based Message
 * Authentication, Reporting & Conformance (DMARC)](…)" (review 109, an incident report) gave "…and Domain-based Message
 * Authentication", half a name. A linked text is one name, never cut.
 */
export function endsInsideName(cut: string, links: string[]): boolean {
  const end = cut.trimEnd()
  return links.some((link) => {
    for (let at = link.search(/[,;:—–]/u); at > 0; at = link.slice(at + 1).search(/[,;:—–]/u) + at + 1) {
      const head = link.slice(0, at).trimEnd()
      if (/[\p{L}\p{N}]/u.test(head) && head.includes(' ') && end.endsWith(head)) return true
      if (link.slice(at + 1).search(/[,;:—–]/u) === -1) break
    }
    return false
  })
}

/** A cut of a guarded sentence with its inline code as written; none that stops inside a piece of the code. */
function restoreCode(cut: Compressed | undefined, marks: Mark[], links: string[]): Compressed | undefined {
  if (
    !cut ||
    cutsInsideCode(cut.text, marks) ||
    opensInsideTitle(cut.text, [...marks.filter((mark) => mark.kind !== 'inlineCode').map((mark) => mark.text), ...links]) ||
    endsInsideName(cut.text, links)
  )
    return undefined
  return { ...cut, text: unguardCode(cut.text) }
}

/** Whether a text holds a formula set apart from its line: in rows (`\\`, `\begin{…}`) or at display size. */
export function holdsDisplayedFormula(text: string, formulas: InlineMath[]): boolean {
  for (const mark of text.match(/[\ue000-\uf8ff]/g) ?? []) {
    const tex = formulas[mark.charCodeAt(0) - formulaMark]?.value ?? ''
    // (Not a matrix or cases set in the line, "$R = \begin{pmatrix}0 & -1\\ 1 & 0\end{pmatrix}$", whose rows are its own.)
    const unboxed = tex.replace(/\\begin\{([pbvBV]?matrix|smallmatrix|cases|array)\}[\s\S]*?\\end\{\1\}/g, '')
    if (/^\s*\\displaystyle\b|\\begin\{|\\\\/.test(unboxed)) return true
  }
  return false
}

/** How many formulas a text holds: each counts as a word. */
function formulasIn(text: string): number {
  return text.match(/[\ue000-\uf8ff]/g)?.length ?? 0
}

/** A point's text nodes with each formula mark turned back into its formula. */
export function withFormulas(content: PhrasingContent[], formulas: InlineMath[]): PhrasingContent[] {
  if (formulas.length === 0) return content
  return content.flatMap((node): PhrasingContent[] => {
    if (node.type === 'text') {
      return node.value
        .split(/([\ue000-\uf8ff])/)
        .filter(Boolean)
        .map((part): PhrasingContent => {
          const formula = part.length === 1 ? formulas[part.charCodeAt(0) - formulaMark] : undefined
          return formula ? structuredClone(formula) : { type: 'text', value: part }
        })
    }
    if ('children' in node) return [{ ...node, children: withFormulas(node.children as PhrasingContent[], formulas) } as PhrasingContent]
    return [node]
  })
}

/**
 * A label that is a clause of its own ("**Vendors take risks too:**", "Change is certain:") is
 * the author's statement of the item's point: it comes before any sentence of the item.
 */
function labelCandidates(runIn: RunIn | undefined, lang: string): Candidate[] {
  if (runIn?.kind !== 'claim' || pointLength(runIn.text, lang) > maxWords) return []
  // ("And I have a hypothesis: I think the issue…" (review 127, an essay on creativity): a run-in that only says a thought
  // follows claims nothing; the words after its colon do.)
  if (lang.toLowerCase().startsWith('en') && announcesOwnThought.test(runIn.text.trim())) return []
  return [{ text: runIn.text.replace(/[:：]\s*$/u, ''), score: 4, label: true }]
}

/** "Hybrid workplaces: Navigating this new work paradigm requires flexibility": the item's topic before its point, when both fit. */
function withTopic(topic: string, content: PhrasingContent[], paragraph: Paragraph, lang: string): PhrasingContent[] {
  const point = toString({ type: 'paragraph', children: content })
  if (point.toLowerCase().startsWith(topic.toLowerCase())) return content
  // (Chinese or Japanese is counted in characters, up to a point's length of them, and its colon is its own wide one.)
  const cjk = isCjk(point)
  if (pointLength(topic, lang) + pointLength(point, lang) > (cjk ? maxCjkCharacters : maxLongWords)) return content
  const label: PhrasingContent = { type: 'text', value: topic }
  const shown = paragraph.children[0]?.type === 'strong' ? { type: 'strong' as const, children: [label] } : label
  return [shown, { type: 'text', value: cjk ? '：' : ': ' }, ...content]
}

/**
 * Who speaks a paragraph: the speaker an interview's turn names (speaker-turns.ts, which took the label off), by name,
 * not by role ("Q:").
 */
function speakerOf(paragraph: Paragraph): string | undefined {
  const label = paragraph.data?.lecternSpeaker ?? ''
  // (Not who asks, named by a letter or the role: "Q:", "A:", "Interviewer:".)
  if (/^(?:Q|A|Question|Answer|Interviewer|Host)$/i.test(label)) return undefined
  return /^[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}$/u.test(label) ? label : undefined
}

/** A point said in the first person (English): "I have been…", "My biggest drive…", "We've been helping…". */
const firstPerson = /^(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|our|us)\b/iu

/**
 * A sentence's closing aside that takes it back: "(ダメ)", "(嘘)", "(just kidding)", "(not really)", "(kidding)". (Not "(no)",
 * which answers as often: "…Firefox (yes) and Safari (no).")
 */
const takenBack = /[(（]\s*(?:ダメ|だめ|嘘|うそ|冗談です|just kidding|kidding|jk|not really)\s*[!！]?\s*[)）]\s*[.!。！]?\s*$/iu

/**
 * Whether a speaker's turn only answers or acknowledges the one before: a few words (six at most) that open on an
 * acknowledgement ("That's right", "Yeah, sounds like it", "So tell me about it") or have no verb ("Two hours each", "A little
 * over a year"). Not "It ships in March.", nor "We love working with Raw Fury!": a claim of its own. (English's words.)
 */
function isShortTurn(text: string, lang: string): boolean {
  if (isCjk(text) || !lang.toLowerCase().startsWith('en') || pointLength(text, lang) > 6) return false
  const words = tagSentence(text).filter((token) => token.kind === 'word')
  // (A verb in -s the tagger read as a plural after its pronoun is one too: "It ships/NNS in March.")
  const verb = words.some((word, index) => finiteWord(word) || (words[index - 1]?.tag === 'PRP' && /^(?:NNS|VB)$/.test(word.tag)))
  return acknowledges.test(text.trim()) || !verb
}

/** The words that open a turn that only acknowledges, answers or hands over: a closed class. */
const acknowledges =
  /^(?:yeah|yes|yep|okay|ok|oh|right|exactly|sure|well|so|all right|alright|thanks|thank you|great|cool|wow|hello|hi|indeed|absolutely|definitely|of course|that['’]s (?:right|true|it|correct))\b/iu

/** A bold CJK phrase shorter than this is emphasis, as one or two words are elsewhere. */
const minCjkBold = 6

/** "**Pitfall**: …", "**落とし穴**: …": a bold phrase before a colon labels the paragraph. */
function isLabel(mark: string, text: string): boolean {
  const at = text.indexOf(mark)
  return at !== -1 && /^\s*[:：]/u.test(text.slice(at + mark.length))
}

/**
 * A bold phrase of three words or more that reads as a point of its own is the author's
 * choice; one that goes on a phrase begun before it ("shares the **same repository
 * structure**") is emphasis inside the sentence.
 */
function boldCandidates(marks: Mark[], text: string, lang: string, auto: boolean): Candidate[] {
  const candidates: Candidate[] = []
  for (const mark of marks) {
    // A bold label before a colon ("**The silent schema drift:** New tables…") names what follows.
    if (mark.kind !== 'strong' || isLabel(mark.text, text) || /[:：]\s*$/u.test(mark.text) || continuesPhrase(text, mark.text, lang))
      continue
    // "**No matter whether it is your intention or not,** they will feel compelled to answer" (review 99, a talk's
    // transcript): a bold run that ends on a comma opens the clause after it, which says what it is about.
    if (/[,，、]\s*$/u.test(mark.text)) continue
    // A bold run inside a sentence that is no clause of its own is a fragment of that sentence.
    if (auto && !standsAsPoint(mark.text, text, lang)) continue
    // "**在学习难度方面**，Rust 语言和 C++ 学习难度比较高…" (review 94): a bold phrase that frames the clause
    // after its comma ("in terms of…", "for…", "when…") is the topic the writer stresses, not what is said of it.
    if (
      auto &&
      isCjk(mark.text) &&
      cjkFrame.test(mark.text.trim()) &&
      /^\s*[，,]/u.test(text.slice(text.indexOf(mark.text) + mark.text.length))
    )
      continue
    // "只有 **年中稍微自律些**", "only **in the middle of the year**": the bold run a negation or "only"
    // just before it bounds says the opposite without it.
    if (auto && boundedBefore(text, mark.text)) continue
    // ".NET의 비동기 처리는 **스레드 풀**, **운영체제의 비동기 I/O 메커니즘**, **Task 기반 모델**…이 함께 맞물려
    // 동작하는 구조다": a bold run beside another in its sentence is one of the terms the writer stresses, no point alone.
    if (auto && besideOtherMark(mark, marks, text)) continue
    // "**구조체(또는 클래스)**를 자동 생성하고", "**状態**を": a bold run a Korean or Japanese particle
    // goes on from, right after it, is a noun phrase of its sentence.
    if (auto && /^[\p{Script=Hangul}\p{Script=Hiragana}]/u.test(text.slice(text.indexOf(mark.text) + mark.text.length))) continue
    const length = pointLength(mark.text, lang)
    if (length > maxWords || length < (isCjk(mark.text) ? minCjkBold : 3)) continue
    if (auto && isCourtesy(mark.text, lang)) continue
    // ("**December 31, 2020.** *Why is the sky blue?…*" (review 109, a physics explainer): a date the writer sets in bold
    // before the opening is the post's dateline, as it is alone on its line.)
    if (auto && isByline(mark.text)) continue
    // ("**Want to submit to our blog? Sign up and let us know.**", Couchers' blog footer (review 105): a question to the
    // reader and a courtesy, sentence by sentence, are no point however bold.)
    if (auto && sentencesOf(mark.text, lang).every((sentence) => asks(sentence) || isCourtesy(sentence, lang))) continue
    // A bold "This means X." is the author's stress on X: the clause, without the words that lean.
    const claim = auto ? claimOf(mark.text, lang) : mark.text
    const compressed = compress(claim, lang)
    if (!compressed || compressed.quality < 0.95) continue
    if (auto && lang.toLowerCase().startsWith('en') && refersBack(tagSentence(compressed.text))) continue
    // "**There are two key differences** with the autoencoders of yore:" over its list: a count of
    // what follows teases it, bold or not.
    if (auto && teasesWhatFollows(compressed.text, lang)) continue
    // (A clause the bold ran in after "that" opens the point: its first word is capitalised as the cut's is.)
    const nodes = claim === mark.text && mark.children ? withFirstLetterOf(compressed.text, mark.children) : undefined
    candidates.push({ text: compressed.text, score: 3, nodes })
  }
  return candidates.slice(0, 1)
}

/** Whether another bold run stands in the same sentence of the text as a bold run (their first occurrences). */
function besideOtherMark(mark: Mark, marks: Mark[], text: string): boolean {
  const at = text.indexOf(mark.text)
  if (at === -1) return false
  const ends = /[.!?。！？]\s|[。！？]/gu
  let start = 0
  let end = text.length
  for (const found of text.matchAll(ends)) {
    const stop = found.index + found[0].length
    if (stop <= at) start = stop
    else {
      // (The first stop past the run's start ends its sentence, its own closing stop included:
      // "**Always back up first.** We learned that…" is a sentence of its own.)
      end = found.index
      break
    }
  }
  const sentence = text.slice(start, end + 1)
  // (A whole word, where the run opens or ends on a Latin letter or digit: a bold "no" is not in "know".)
  const holds = (other: string) => {
    const edge = (character: string) => (/[A-Za-z0-9]/.test(character) ? '(?<![A-Za-z0-9])' : '')
    const after = (character: string) => (/[A-Za-z0-9]/.test(character) ? '(?![A-Za-z0-9])' : '')
    return new RegExp(`${edge(other.charAt(0))}${escapeRegExp(other)}${after(other.charAt(other.length - 1))}`, 'u').test(sentence)
  }
  return marks.some((other) => other !== mark && other.kind === 'strong' && other.text !== mark.text && holds(other.text))
}

// Words that bound what follows them, by negation or focus, in the languages lectern reads: a closed class.
const bounding =
  /(?:\b(?:only|not|never|no|just|even|hardly|barely|merely|nur|nicht|kein|nie|seulement|pas|jamais|ne|solo|sólo|nunca|apenas|só|não)|只有|只是|只|仅仅|仅|不|没有|没|并非|才|未|しか|だけ|ない)\s*$/iu

/** Whether the words right before a marked run (its first occurrence) bound it by negation or focus. */
function boundedBefore(text: string, marked: string): boolean {
  const at = text.indexOf(marked)
  return at > 0 && bounding.test(text.slice(Math.max(0, at - 12), at))
}

/**
 * "In the west, | kombu is becoming increasingly popular…", "In Parcel v2.9.0, | plugins can be referenced…" (review 108): a
 * point cut from inside its sentence that opens on a word the lexicon does not know stays in lower case, as a name in
 * lower case does ("npm", "htmx"); where the writer opens another sentence of the run with that word in capitals,
 * "Kombu is a kind of kelp", "Plugins hot reload…", it is a word like any other, and opens the point in capitals.
 */
function openedAsWritten(nodes: PhrasingContent[], opened: Set<string>): PhrasingContent[] {
  const [first, ...rest] = nodes
  const word = first?.type === 'text' ? /^[\p{Ll}]+(?![\p{L}\p{N}._-])/u.exec(first.value)?.[0] : undefined
  if (first?.type !== 'text' || !word || !opened.has(word.charAt(0).toUpperCase() + word.slice(1))) return nodes
  return [{ ...first, value: first.value.charAt(0).toUpperCase() + first.value.slice(1) }, ...rest]
}

/** `nodes` with their first letter as `text` has it ("open source…" → "Open source…"), when the text opens with it. */
function withFirstLetterOf(text: string, nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes
  if (first?.type !== 'text' || !first.value || first.value.charAt(0) === text.charAt(0)) return nodes
  if (first.value.charAt(0).toUpperCase() !== text.charAt(0)) return nodes
  return [{ ...first, value: text.charAt(0) + first.value.slice(1) }, ...rest]
}

/**
 * "Shield blocking by @Papinha" over a `{{ video(src=…) }}` on the line after it: the link to where
 * a video plays that ends a paragraph of other words (`isEmbedLinkText`) is said in the
 * notes, never shown as part of a point ("…by @Papinha Video: https://s3.…/2024-01-11.mp4").
 */
function withoutMediaLink(paragraph: Paragraph): Paragraph {
  const children = [...paragraph.children]
  while (children.length > 0 && children.at(-1)?.type === 'text' && /^\s*$/.test((children.at(-1) as { value: string }).value))
    children.pop()
  const last = children.at(-1)
  if (last?.type !== 'link' || !isEmbedLinkText(toString(last))) return paragraph
  const rest = children.slice(0, -1)
  if (toString({ type: 'paragraph', children: rest }).trim() === '') return paragraph
  return { ...paragraph, children: rest }
}

/** The link of a paragraph that is only a template's video player in place (see `isEmbedLinkText`), as a point: "Watch the video on YouTube". */
function mediaOnly(paragraph: Paragraph, lang: string): Link | undefined {
  const children = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const [link] = children
  if (children.length !== 1 || link.type !== 'link') return undefined
  const label = embedLabelOf(toString(link))
  if (!label || !/video/i.test(label)) return undefined
  // (Its site alone, "Watch the video on YouTube": its address is said in the notes. No "▶": the shipped fonts have no such character.)
  return {
    type: 'link',
    url: link.url,
    title: link.title,
    children: [{ type: 'text', value: watchLine(label, lang) }],
    data: { lecternMedia: true },
  }
}

/** The line a video's link shows, in the talk's language: "Watch the video on YouTube" for "YouTube video", "Watch the video" for "Video". */
function watchLine(label: string, lang: string): string {
  const site = /^(.+?)\s+video$/i.exec(label)?.[1]
  const [plain, onSite] = watchLines[lang.toLowerCase().split('-')[0]] ?? watchLines.en
  return site ? onSite.replace('{site}', site) : plain
}

/** "Watch the video", and on a site, by language (the first subtag of `lang`): a closed table. */
const watchLines: Record<string, [string, string]> = {
  en: ['Watch the video', 'Watch the video on {site}'],
  de: ['Video ansehen', 'Video auf {site} ansehen'],
  fr: ['Voir la vidéo', 'Voir la vidéo sur {site}'],
  es: ['Ver el vídeo', 'Ver el vídeo en {site}'],
  pt: ['Assistir ao vídeo', 'Assistir ao vídeo no {site}'],
  it: ['Guarda il video', 'Guarda il video su {site}'],
  nl: ['Bekijk de video', 'Bekijk de video op {site}'],
  ru: ['Смотреть видео', 'Смотреть видео на {site}'],
  uk: ['Дивитися відео', 'Дивитися відео на {site}'],
  pl: ['Obejrzyj wideo', 'Obejrzyj wideo na {site}'],
  zh: ['观看视频', '在 {site} 上观看视频'],
  ja: ['動画を見る', '{site} で動画を見る'],
  ko: ['동영상 보기', '{site}에서 동영상 보기'],
}

/** Words at most between two links of a line of links ("and", "|", "·", "或"). */
const maxLinkJoinWords = 2

/** Whether a paragraph is two links or more with nothing but a few joining words or marks between and around them. */
function onlyLinks(paragraph: Paragraph): boolean {
  const shown = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break')
  if (shown.filter((child) => child.type === 'link').length < 2) return false
  return shown.every(
    (child) =>
      child.type === 'link' ||
      (child.type === 'text' && child.value.trim().split(/\s+/u).length <= maxLinkJoinWords && !/[\p{L}\p{N}]{4}/u.test(child.value)),
  )
}

/** Whether a paragraph is only a template's video player in place, shown as the link to it (`mediaOnly`). */
export function isMediaParagraph(paragraph: Paragraph): boolean {
  return mediaOnly(paragraph, 'en') !== undefined
}

/** Whether a point is only the link to where a video plays (`mediaOnly`): it shows no claim of the section's. */
export function isMediaPoint(point: PhrasingContent[]): boolean {
  return point.length === 1 && point[0].type === 'link' && point[0].data?.lecternMedia === true
}

declare module 'mdast' {
  interface LinkData {
    /** A point that is only the link to a video a template played in place (see `mediaOnly`). */
    lecternMedia?: boolean
  }
}

/** The texts of a paragraph's links, as they read in its sentences. */
export function linkTexts(children: PhrasingContent[]): string[] {
  const texts: string[] = []
  for (const child of children) {
    if (child.type === 'link' || child.type === 'linkReference') texts.push(toString(child).replace(/\s+/g, ' ').trim())
    else if ('children' in child) texts.push(...linkTexts(child.children as PhrasingContent[]))
  }
  return texts
}

/** What a paragraph's sentences are chosen against, beyond their own words. */
interface ParagraphFacts {
  /** The paragraph is the only one of its run, so a slide of its own may say it as a statement. */
  alone: boolean
  /** Its run numbers its paragraphs' opening sentences ("First, …"). */
  numbered: boolean
  /** The texts of its links. */
  links: string[]
  /** A formula, code block, list or picture comes right after it. */
  beforeBlock: boolean
  /** It comes right after a formula, code block, list or picture. */
  afterBlock: boolean
  /** A paragraph or block of its run comes after it. */
  followed: boolean
  /** Whether a paragraph before it in the run said this term. */
  saidBefore: (term: string) => boolean
  /** It opens its run or follows a deeper heading of it, right under the heading (pictures aside). */
  first: boolean
  /** Whether a point of these terms only says again what the heading says. */
  repeats: (terms: string[]) => boolean
}

/** Whether a point's terms say again what the heading's say: the slide's title shows them already. */
function repeatsHeading(terms: string[], headingTerms: string[], heading: Set<string>): boolean {
  return similarity(terms, headingTerms) >= 0.7 || (terms.length > 0 && overlap(terms, heading) === 1 && terms.length <= heading.size)
}

function sentenceCandidates(
  sentences: Sentence[],
  marks: Mark[],
  heading: Set<string>,
  context: KeyPointContext,
  { alone, numbered, links, beforeBlock, afterBlock, followed, saidBefore, first, repeats }: ParagraphFacts,
): Candidate[] {
  const { lang } = context
  const auto = context.mode === 'auto'
  // A writer's story gives way only to a sentence of the paragraph that says what it means, in the present.
  const stories = auto ? sentences.map((sentence) => sentences.length > 1 && tellsStory(sentence.text, lang)) : []
  const meaning = stories.some(Boolean) && sentences.some((sentence, index) => !stories[index] && saysInPresent(sentence.text, lang))
  // The event a news post starts from, the state of things before a plan: set-ups of the point.
  const setUps = auto ? setUpShifts(sentences, lang) : []
  // "The Financial Impact: Saving $230,000+ per Year": a heading that reports an amount is answered
  // by the sentences that report one ("Our monthly bills amounted to $38,000+"), whatever their words.
  const measured = auto && (reportsAmount(context.heading) || reportsAmount(context.section ?? ''))
  const ranked = sentences
    .map((sentence, index) => ({
      sentence,
      score: auto
        ? preScore(sentence, marks, heading, lang, sentences.length, numbered) -
          (meaning && stories[index] ? 0.45 : 0) +
          setUps[index] +
          (measured && reportsAmount(sentence.text) ? measuredHeadingWeight : 0)
        : -sentence.index,
    }))
    .sort((a, b) => b.score - a.score)
  if (auto)
    for (const [index, sentence] of sentences.entries())
      if (index > 0 && sentences[index - 1].courtesy && continuesCourtesy(sentence.text, lang)) sentence.courtesy = true
  const candidates: Candidate[] = []
  const english = lang.toLowerCase().startsWith('en')
  const voices = auto ? voicesOf(sentences.map((sentence) => sentence.text)) : []
  // A quotation with only a few words of the writer's around it ("I go on.", "Kjin-ti figures it
  // out first.", "Djanik replies “…”") is a turn of speech: those words say who speaks, not what
  // the paragraph claims.
  if (voices.some((voice) => voice.quotes) && voices.every(isFrame)) return []
  // ("En la próxima publicación de esta serie, profundizaremos en… Exploraremos cómo agregar el contexto…" (review 126,
  // OpenTelemetry's post in Spanish): a paragraph that opens on the next post of the series says, in the future, what that
  // post will say; "For now, the key result is…" after it is this post's.)
  const laterPost = auto
    ? laterPostSentences(
        sentences.map((sentence) => sentence.text),
        lang,
      )
    : []
  let good = 0
  for (const [rank, { sentence, score }] of ranked.entries()) {
    // Past the likeliest few, look further only while nothing good has turned up.
    if (rank >= candidatesPerParagraph && (good > 0 || rank >= maxCandidates)) break
    // A paragraph that opens in lower case on a function word goes on with a sentence a code
    // block cut ("all the time, something must be wrong"): its opening is not a sentence.
    if (sentence.index === 0 && continuesSentence(sentence.text, lang, afterBlock)) continue
    // Its last sentence, run on into the formula or code after it ("We can verify this claim by
    // replacing it in"), is finished there: on a slide alone it stops mid-phrase.
    // ("However, as described above, the TBL is annoying to work with, because" over its numbered reasons:
    // the claim before the "because" stands; the reasons are the list the slide shows.)
    // ("Um, so all of my experience prior to get lab," (review 132, a podcast's transcript): a paragraph's last sentence that
    // stops on a comma, with no block after it to go on into, was never finished.)
    if (auto && !beforeBlock && sentence.index === sentences.length - 1 && /[,，、]\s*$/u.test(sentence.text)) continue
    // ("冒頭で記載した" over the quotation "> シンプルなインターフェースで…" (review 146, a Zenn post): a Japanese sentence that stops on a
    // word, without its "。", goes on into the block after it.)
    const runsOn =
      auto &&
      beforeBlock &&
      sentence.index === sentences.length - 1 &&
      (runsIntoBlock(sentence.text, lang) ||
        (lang.toLowerCase().startsWith('ja') && /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]$/u.test(sentence.text.trim())))
    const beforeReasons = runsOn && english ? sentence.text.replace(reasonsFollow, '.') : undefined
    if (runsOn && (beforeReasons === undefined || beforeReasons === sentence.text)) continue
    // Outside English, without a tagger to find a claim before it, a sentence that ends in a colon
    // is the writer's sign that it leads into what follows ("Ecrivons notre deuxième test :", "Ofrece
    // tres ventajas principales:"); a paragraph opening in lower case goes on with a sentence a code
    // block cut ("on obtient un message d'erreur plus conventionnel :").
    if (auto && !english && (/[:：]\s*$/u.test(sentence.text) || (sentence.index === 0 && /^[\p{Ll}][\p{L}]*\s/u.test(sentence.text))))
      continue
    // Words wholly in quotation marks are someone else's voice: a character's line, a quoted
    // opponent the rest answers. The writer's own sentence is the point, or none is.
    const voice = voices[sentence.index]
    if (auto && (voice.own === 0 || (voice.quotes && isFrame(voice)))) continue
    // Thanks and greetings are said around a talk's points, never shown as one; an example that
    // leads into the code or figure after it ("For example, …, you can start with a landing page:") is shown there.
    if (auto && sentence.courtesy) continue
    if (laterPost[sentence.index]) continue
    // A reaction quoted with "like", a phrase without a verb, an exception to a rule or an aside in brackets beside the
    // paragraph's sentences adds to one of them (see `addsToAnother`).
    if (auto && addsToAnother(sentence.text, sentences.length, lang)) continue
    // ("Paul Slaughter, [Conventional comments](…). I believe code reviews can raise quality…" (review 114, an essay on the
    // essays its writer rereads): a name and the title of the work it links to say whose work the paragraph is about.)
    if (auto && citesByName(sentence.text, links)) continue
    // ("Tuesday swung around.", a founder's story of review 96: a sentence that only names the day of the story, beside what happened then.)
    if (auto && english && sentences.length > 1 && onlySetsScene(sentence.text)) continue
    // ("Err, well no.", a talk's answer to its own "All good, right?" (review 97): words that only answer or hesitate.)
    if (auto && english && sentences.length > 1 && onlyAnswers.test(sentence.text.trim())) continue
    if (auto && lang.toLowerCase().startsWith('ja') && sentences.length > 1 && onlyAnswersJapanese.test(sentence.text.trim())) continue
    // ("That's where a concept known as "chaos engineering" can come in.", a talk's transcript of review 97: a
    // sentence that only brings a thing in where the one before left off; the sentences after it say what it is.)
    if (auto && english && sentence.index < sentences.length - 1 && bringsIn.test(sentence.text.trim())) continue
    // ("Click Done to close the dialog.": a step that only closes what the step before opened.)
    if (auto && closesDialog(sentence.text)) continue
    // ("Triage done by @rylev. Revision range: 21d94a3..73476d": a line that labels a file, a range or an address is a caption here too.)
    if (auto && sentences.length > 1 && isCaption(sentence.text)) continue
    if (auto && isExample(sentence.text, lang) && /[:：]\s*$/u.test(sentence.text)) continue
    // "Not mentioning cloud vendors adopting Prometheus' API and data model (e.g. …)": one more
    // example said in passing, a fragment without the claim it adds to.
    if (auto && /^(?:not\s+(?:to\s+mention|mentioning)|let\s+alone)\b/iu.test(sentence.text.trim())) continue
    // "You may think to use overflow: hidden, as did I." before the sentence that says why not:
    // alone on a slide, the view the writer answers reads as the writer's.
    if (auto && english && sentence.index < sentences.length - 1 && concedes(sentence.text)) continue
    // ("The goal of most conferences is to make money. … Our main goal of the conference was not to make money…" (review 146, a
    // conference's recap): so does the norm the writer sets up to depart from; alone, it reads as the writer's claim.)
    if (auto && english && setsUpNorm(sentences, sentence.index)) continue
    // ("It is arguable whether or not precedent is important. This RFC argues that precedent is important." (review 125, a
    // Rust RFC): a question the writer opens as open, before the sentence that answers it; "I'd be remiss if I didn't
    // mention the Ember router", a turn to what the next sentences say; "Take climate change, for instance", an example
    // named before it is told.)
    if (auto && english && sentence.index < sentences.length - 1 && opensQuestionOrTurn.test(sentence.text.trim())) continue
    // ("Simply said, grpc-dotnet seems to be a better bet for the future. Some of the most important points were already
    // mentioned." (review 126, gRPC's post on its C# future): a sentence that only says what was said before is about the text.)
    if (auto && english && sentences.length > 1 && saysAlreadySaid(sentence.text)) continue
    // ("We keep having the same arguments at work. And I have a hypothesis. We have systematically drummed creativity out of
    // people…" (review 127, an essay on creativity): a sentence that only says the writer has a thought the next one says.)
    // ("I'd say the most challenging part of my first contribution was twofold." (review 127, Servo's interview): so does one
    // that only counts the parts the next sentences give.)
    // (At a paragraph's end too, where the next paragraph gives it: "What do we do then?.. Well, I have a paradoxical answer!"
    // (review 149, a keynote's transcript).)
    if (
      auto &&
      english &&
      (announcesOwnThought.test(sentence.text.trim()) || (sentence.index < sentences.length - 1 && countsParts.test(sentence.text.trim())))
    )
      continue
    // ("Who doesn’t love tinkering with shaders on ShaderToy?" (review 129, a shader tutorial's opening): a question that
    // answers itself, everyone, is the writer's hook into what the paragraph goes on to ask or say.)
    if (auto && english && sentences.length > 1 && everyoneDoes.test(sentence.text.trim())) continue
    // "Figure 2 shows the battles count of each model pair." beside the sentences that say what it means.
    if (auto && sentences.length > 1 && pointsAtFigure(sentence.text)) continue
    // A sentence that announces the code, list or quotation after it is no point; a claim it
    // makes before the announcement ("Rust doesn't support async trait methods, so we have two options:") may be.
    // ("This article detailed how Wasmtime uses language safety, … fuzzing, and verification to bolster its security posture"
    // (review 126, Wasmtime's conclusion): what the text says it showed is the claim, without the words about the text.)
    const told = auto && english ? howTheTextTold(beforeReasons ?? sentence.text) : undefined
    const said = told ?? beforeReasons ?? sentence.text
    // (Its inline code guarded while the claim is found: "Because the `$: area = ...` declaration can only see `width`, …"
    // (review 110, Svelte's post) has no colon between clauses.)
    const shielded = guardCode(said, marks)
    let source = auto ? unguardCode(claimOf(requestOf(shielded, lang) ?? shielded, lang)) : said
    // (A lone one too, "First, CAs are not well positioned to…" after "…problematic for several reasons." (review 97,
    // Let's Encrypt's essay, no "Second," after it): on the slide it points back at the sentence that counted.)
    // (And one inside its paragraph: "…there are a couple bits to say about it. First, CD is a collection of…".)
    if (auto && numbersClaim(source)) source = withoutEnumerator(source)
    if (auto && introducesBlock(sentence.text, lang)) {
      const claim = claimBeforeAnnouncement(sentence.text)
      // (The claim is a cut of the sentence, so it has no stop of its own.)
      if (!claim || introducesBlock(`${claim}.`, lang)) continue
      source = claim
    }
    // A question the paragraph goes on to answer ("¿Por dónde empezamos? ¿Qué necesitamos para
    // generar reportes de cobertura? Usaremos OpenCover…"): the answer is the point, or none is.
    const answered = sentences.slice(sentence.index + 1).some((other) => !asks(other.text))
    if (auto && asks(sentence.text) && answered) continue
    // ("You might be wondering what all of the comments … mean. Those map 1:1 with…": so does one asked as a clause of wondering.)
    if (auto && english && answered && wonders(sentence.text)) continue
    // "What more could you want from an incident?" after the paragraph's statements: a rhetorical
    // question sums up or turns the page; the statements before it are the point, or none is.
    if (auto && asks(sentence.text) && sentences.some((other) => !asks(other.text))) continue
    // ("…からです", "it is because…" (review 103, a Japanese post on the surveyor exams): a Japanese sentence that gives a
    // reason says why the sentence before holds, which it needs. A question Japanese ends on its particle, without a
    // question mark, is read as one above: see `asks`.)
    // (Not the answer to its paragraph's question, "なぜ…でしょうか。…ためです。": that is the point.)
    if (
      auto &&
      !(sentence.index > 0 && asks(sentences[sentence.index - 1].text)) &&
      (japaneseReason.test(sentence.text) || koreanReason.test(sentence.text))
    )
      continue
    // "What a concept!", "Many good friends really!": an exclamation of a few words beside the
    // paragraph's sentences voices the writer's feeling about them.
    // (Not one that opens its paragraph as its label, "Contributing as a group! Gather a few friends…",
    // nor one the writer set in bold; "But hang on a minute!" opening it is no label.)
    const linked = interjected.exec(sentence.text)
    const labelled = (sentence.index === 0 && !linked) || marks.some((mark) => mark.kind === 'strong' && sentence.text.includes(mark.text))
    // ("And what a year it has been!": an exclamative, "what a…" or "how…", voices it at any length.)
    const short =
      pointLength(sentence.text.slice(linked?.[0].length ?? 0), lang) < maxExclamationWords ||
      (english && exclamative.test(sentence.text.slice(linked?.[0].length ?? 0)))
    if (auto && /[!！]\s*$/u.test(sentence.text) && sentences.length > 1 && short && !labelled) continue
    // "Modern web does a good job of bringing you live, real-time web applications. Or does it?": a
    // claim the next sentence doubts is set up to be taken apart, not the writer's own.
    // ("18:22 pycurl PR is reverted due to suspicion that it caused the errors. It turns out this is not the case, …",
    // mybinder's incident report (review 103): so is one the next sentence says is false.)
    if (auto && english && undoneByNext(sentences[sentence.index + 1]?.text, sentence.text)) continue
    if (auto && english && retracts.test(sentence.text.trim())) continue
    // ("The first of which is a change to how we link to the changelog…" (review 149, Pulsar's release notes): a relative
    // clause the writer set as a sentence of its own; "which" is what the sentence before named.)
    if (auto && english && ofWhich.test(sentence.text.trim())) continue
    // "There are two reasons for this.", "Here's what happened.": a promise the next sentence keeps.
    // (Or the block after it, where it leads into it: "Our conclusions are simple:" over the list of them.)
    const kept = sentence.index < sentences.length - 1 || (beforeBlock && /[:：]\s*$/u.test(sentence.text))
    if (auto && english && kept && announcesWhatFollows(sentence.text)) continue
    // "You can read a detailed walkthrough … in this blog post" (a pointer to another page, or
    // only its link: no claim), "It's first helpful to understand what static analysis is" (what to look at before
    // the point), "Let's dive in.", "Below are actionable steps you can take…" (a turn to what
    // comes next, or a promise of it, which names nothing of it, even alone); and "I then moved on
    // to preparing the presentation", which only turns the story's page, and "In the example below,
    // you see…", which points into the block after it.
    if (
      auto &&
      !told &&
      (saidAroundAPoint(sentence.text, links, lang) || movesOn(sentence.text, lang) || pointsIntoBlock(sentence.text, lang))
    )
      continue
    // The writer's thesis set wholly in bold ("**The number of companies sponsoring OSS work should
    // be greater than the number of individuals supporting OSS work**") is the point even when no
    // cut of it stands: whole, up to a longer limit.
    // (English: elsewhere no tagger tells a thesis from a bold aside, "**Y creo honestamente que Microsoft también.**")
    const thesis =
      auto &&
      english &&
      marks.some((mark) => mark.kind === 'strong' && mark.text.replace(/[.!]$/u, '').trim() === sentence.text.replace(/[.!]$/u, '').trim())
    // (Inline code is one unit, as a formula is: a cut never falls inside it, nor drops a bracket of it as an aside.)
    const guarded = guardCode(source, marks)
    const cutOf = restoreCode(compress(guarded, lang) ?? (thesis ? wholeThesis(guarded, lang) : undefined), marks, links)
    // "I am quite introverted | , I am not good at chatting or making conversations": a cut that
    // names nothing, of a sentence that does within a glance, gives way to the sentence whole.
    const found = auto && english && cutOf && namesNothingCut(cutOf.text, source, lang) ? wholeSentence(source, cutOf) : cutOf
    // A sentence past a glance's length said within it, where a cut of it stands: "Having traces
    // enables developers to see if there's actually an error | in the response body".
    const glance =
      auto && found && !isCjk(found.text) && pointLength(found.text, lang) > maxGlanceWords
        ? restoreCode(compress(guarded, lang, maxGlanceWords), marks, links)
        : undefined
    // (A whole clause only, ending where the writer's punctuation does: a phrase cut before a
    // preposition, "…and its support | for MCP servers", says less than the sentence.)
    const clause = glance !== undefined && (glance.quality > phraseQuality || endsAtMark(source, glance.text))
    // (Nor one that needs the clause it left out: "…every year, but | memory did not keep up with them".)
    const stands = glance !== undefined && !glance.leans && !(english && refersBack(tagSentence(glance.text)))
    // (Nor one that leaves out the amount the longer cut reports: "…for our schema validation | which was 32% smaller".)
    const measured = found !== undefined && glance !== undefined && reportsAmountOrCount(found.text) && !reportsAmountOrCount(glance.text)
    // (Nor one that leaves out how the claim comes true: "By registering subdissectors, | you can have Wireshark further decode
    // fields…" (review 118, gRPC's Wireshark tutorial) holds only by the means it opens on.)
    const means = /^by\s+(?!(?:morning|evening|spring|nothing|anything|something|everything|during)\b)[\p{L}]+ing\b/iu
    // (Not means that point back, "By building them in, | Nu can have better syntax…": the claim stands without them.)
    const meant =
      found !== undefined &&
      glance !== undefined &&
      means.test(found.text) &&
      !means.test(glance.text) &&
      !/\b(?:it|them|this|that|these|those|so)\b/iu.test(found.text.split(',')[0])
    // (A found point past what a slide shows, `maxShownWords`, would give the paragraph none: a phrase
    // cut within a glance says most of it. "I came to prefer the minimalism and explicitness of Go's
    // standard testing library | over third-party libraries".)
    // (Only one that ends on its noun, not inside a name or on a word that waits for more: "…in Last In
    // First | Out", "…of incoming data relative | to…", "…again, this time | …".)
    const unshown =
      found !== undefined &&
      !isCjk(found.text) &&
      pointLength(found.text, lang) > maxShownWords &&
      glance !== undefined &&
      endsOnNoun(glance.text, source)
    // (Nor one that leaves out the condition the claim holds under: "Next.js is able to automatically pre-render a page to HTML |
    // , whenever a page meets some pre-conditions" (review 119, Supabase's post on its dashboard's speed) claims it always.)
    const conditioned = found !== undefined && glance !== undefined && condition.test(found.text) && !condition.test(glance.text)
    // (Nor one cut at the colon before the few words that name what the clause promised: "My entryway to #rstats all started
    // with a single person who welcomed me | : Karthik Ram." (review 126, an essay on rOpenSci) only teases.)
    const colonName = glance !== undefined && namesAfterColon(source, glance.text)
    // (Nor the clause after the one the longer cut keeps, where that one is shown: "Normconf was one of the most amazing things
    // I've ever seen in the data community | , and I've been around a lot", "The event was a 15-hour long event… hosted by 2 MCs |
    // , free and streamed on YouTube" (review 146, a conference's recap): the sentence's first clause is its claim, what
    // follows adds to it.)
    const afterFound = found !== undefined && glance !== undefined && !unshown && follows(source, found.text, glance.text)
    // (Nor the first of two steps where it only goes where the second is done: "…you can go to each AWS service | and select the
    // Ion-generated Lambda as an event target" (review 146, a talk's transcript).)
    const errand = english && glance !== undefined && goesToDo(source, glance.text)
    const compressed =
      glance &&
      (clause || unshown) &&
      !afterFound &&
      !errand &&
      stands &&
      !measured &&
      !meant &&
      !conditioned &&
      !colonName &&
      pointLength(glance.text, lang) <= maxGlanceWords
        ? glance
        : found
    if (!compressed || compressed.leadIn) continue
    // (Nor one whose cut only promises what the next sentence says: "On the topic of the `about` package, | we have some nice
    // quality of life changes" (review 149, Pulsar's release notes).)
    if (auto && english && kept && compressed.text !== sentence.text && announcesWhatFollows(compressed.text)) continue
    // ("System reliability is our top priority, and we recognize that…": a cut that only reassures.)
    if (auto && reassures(compressed.text, lang)) continue
    if (auto && thanksAfterOpening(compressed.text, sentence.text, lang)) continue
    // "In this case, a threaded worker.", "A huge time saver and reliability booster!" (review 93): a noun
    // phrase said as a sentence beside the paragraph's sentences adds to one of them; alone on a slide it
    // says nothing of what. (A short one only: the tagger reads many a verb in -s as a plural noun.)
    if (
      auto &&
      english &&
      sentences.length > 1 &&
      pointLength(compressed.text, lang) <= maxFragmentWords &&
      nounPhraseOnly(compressed.text) &&
      // (The sentence said, not its claim: "The Nim Team is proud to announce the much-anticipated version 1.0" has its verb.)
      withoutVerb(tagSentence(sentence.text).filter((token) => token.kind === 'word'))
    )
      continue
    // "Not because someone told them to care. Or they're trying to collect accolades. Or looking for a
    // promotion." (review 95, a talk's transcript): a sentence that opens on "or" or "and" without a verb
    // of its own goes on with the one before, whose verb (or denial) it shares; alone it says what is not.
    if (
      auto &&
      english &&
      sentence.index > 0 &&
      /^(?:or|and|nor)\s/i.test(sentence.text.trim()) &&
      // (An imperative is a verb of its own: "Or use a connection pool.")
      !tagSentence(sentence.text)
        .filter((token) => token.kind === 'word')
        .some((token, index) => finiteWord(token) || (index === 1 && token.tag === 'VB'))
    )
      continue
    // A run-in label said as a sentence ("Technical writing. The editor…") is too short to be the
    // point: it neither stands nor stops the search for the sentence that says it.
    if (!isCjk(compressed.text) && pointLength(compressed.text, lang) + formulasIn(compressed.text) < 3) continue
    // "Commit: https://reviews.llvm.org/D145397 (John Brawn)": an address is where to read, not a point, however many words it segments into.
    // ("Earlier discussion at https://go.dev/issue/55090.", "Slides: https://…": a few words that only say what is there.)
    const besideAddress = compressed.text.replace(webAddress, ' ')
    if (pointLength(besideAddress, lang) < (besideAddress === compressed.text ? 2 : 4)) continue
    // "Once again, there are different trade-offs, and…", "There are other things we can learn
    // too": a cut that only counts what the sentences or paragraphs after it spell out teases them.
    // (A cut that keeps only the count drops what the sentence said of it: a teaser wherever it stands.)
    const cut = pointLength(compressed.text, lang) < pointLength(sentence.text, lang)
    if (auto && (followed || cut || sentence.index < sentences.length - 1) && teasesWhatFollows(compressed.text, lang, sentence.text))
      continue
    // ("晴れて、代紋をいただければあとは好きに暴れて結構(ダメ)。" (review 123, a Japanese post): a sentence the writer takes back in
    // brackets right after it, "(No!)", "(just kidding)", says the opposite of what it claims.)
    if (auto && takenBack.test(sentence.text)) continue
    // Talk about the text itself ("Code used in this article can be seen in my github") is talk about the talk.
    // "ChatGPT helped with the article" is no point even alone: it is about the text, not its
    // subject. ("In this article, we have seen how to create dependent dropdowns" sums up the subject.)
    if (auto && !told && talksAboutText(sentence.text.replace(/^[^,]{1,40},\s+/u, ''), lang)) continue
    // ("Because many people think, WebAssembly can replace JavaScript in the browser and is only used for games" (review 106,
    // KubeSphere's talk on WebAssembly): a cut that drops whose belief the claim is shows the belief the writer answers as
    // the writer's.)
    if (auto && showsBeliefAsClaim(sentence.text, compressed.text, sentences.length)) continue
    const meta = compressed.meta || (auto && !told && talksAboutText(sentence.text, lang))
    // Talk about the talk that ends a paragraph right before a formula or code ("Let's break down
    // the problem", "We will examine the two derivatives one by one") leads into it.
    if (meta && auto && beforeBlock && sentence.index === sentences.length - 1) continue
    // A point that leans on the sentence before it, or names what only the sentences around it
    // name ("To solve this, …", "We do that using EIA data"), cannot be presented as written:
    // none is better. A paragraph of one short sentence alone under its heading ("That’s the
    // spark that lit AWS.") follows on from the slide before and stays, whole, said as a
    // statement; among other points ("Notice this follows a very similar pattern to Timeout")
    // it reads as a fragment. `lead` mode takes the first sentence as it is.
    // Tagging the point again is the costly step: only for one with a word a rule below looks at.
    const tokens =
      auto && english && (mayDepend.test(compressed.text) || endsComparative(compressed.text)) ? tagSentence(compressed.text) : undefined
    // Handing the turn to someone by name ("Danya, I wanna…") says who speaks next, not a point.
    if (tokens && addressesSomeone(tokens)) continue
    // (Here, before the search stops at a sentence that stands: the sentence after it may name what this one only feels.)
    // (Tagged once: the rules above may have tagged the point already.)
    if (auto && english && namesNothing(tokens ?? tagSentence(compressed.text))) continue
    const others = () => [...sentences.filter((other) => other !== sentence).map((other) => other.text), context.heading]
    // A short answer without a clause of its own, right after the paragraph's question ("What
    // does this program do? The answer: nothing.", "…? Find another route."), says what it is
    // about only in the question; one with its own subject and verb ("Big data? Amazon EMR
    // simplified running Hadoop clusters.") stands alone.
    // (Without a tagger, in other languages, a short answer is judged by its length alone: "¿Eso sería algo
    // malo para el ecosistema? Creo que todo lo contrario.")
    const answers =
      auto &&
      sentence.index > 0 &&
      /[?？]\s*$/u.test(sentences[sentence.index - 1].text) &&
      pointLength(compressed.text, lang) < maxAnswerWords &&
      (english ? !hasClause(compressed.text) : !isCjk(compressed.text))
    // "You don't need to make this change manually", "…record its operation for this query": a
    // thing a demonstrative names after the point's opening is one only the sentences before say,
    // unless the heading names it, or it is the time or the text the talk is in ("this year", "this post").
    const backNoun = tokens && nounNamedBack(tokens)
    // "In this sandbox gravity game, you create…" opening the first paragraph under "#6: Expanding
    // Universe": a setting the heading names, as the slide's title does.
    const setUnderHeading = first && sentence.index === 0 && /^(?:in|on|for|with|at)\s+(?:this|these)\s/i.test(compressed.text)
    const namesThingBefore =
      backNoun !== undefined &&
      !thisHere.test(backNoun) &&
      !heading.has(termsOf(backNoun, lang)[0] ?? backNoun) &&
      !setUnderHeading &&
      auto &&
      english
    // "What if, instead, it converted your application…? You'd pay no upfront cost…": a conditional
    // right after a question says what would follow from the question's supposition.
    const supposes =
      auto && english && sentence.index > 0 && /[?？]\s*$/u.test(sentences[sentence.index - 1].text) && conditional.test(compressed.text)
    // ("However, the plugin did not work on our codebase" after "We tried a VSCode plugin called Import cost…" (review 119,
    // Supabase's post on its dashboard's speed): "the" and a bare noun the sentence before brought in is that one thing.)
    const before = sentence.index > 0 ? sentences[sentence.index - 1].text : ''
    const takesUpNoun = auto && english && before !== '' && namesNounBefore(compressed.text, before, heading, context.heading, lang)
    const leans =
      answers ||
      supposes ||
      namesThingBefore ||
      takesUpNoun ||
      compressed.leans ||
      (tokens !== undefined && refersBack(tokens)) ||
      // ("This workshop introduces…" right under "#### CodeQL: From Zero to Hero": a section's first
      // words point at what its heading, shown over them, names.)
      (auto && english && !(first && sentence.index === 0) && unnamedDemonstrative(sentence, sentences, heading, saidBefore, lang)) ||
      (auto && !english && namesUnsaid(compressed.text, others(), lang)) ||
      (auto && english && (elidesPredicate(compressed.text) || opensAbsolute(compressed.text))) ||
      // ("So why did it sometimes pass? Because the testing framework executes tests in a randomized order." (review 103,
      // gVisor's study): a reason said as a sentence of its own gives the why of what the sentence before said.)
      // (Not the answer to a heading's question, "Why are you deliberately making less money?" over "Because it's the right
      // thing to do…", PostHog's pricing post: the slide shows that question over it.)
      (auto &&
        english &&
        /^(?:(?:simply|just|mainly|mostly|partly|only|largely)\s+)?because\b/iu.test(compressed.text.trim()) &&
        !compressed.text.includes(',') &&
        !(first && sentence.index === 0 && /[?？]\s*$/u.test(context.heading))) ||
      (auto && english && answersUnasked(compressed.text))
    // "It's the backbone of the modern internet" after "Kubernetes is not just a scheduler.":
    // leaning by its subject pronoun alone, it says the same with the noun it stands for.
    const named =
      leans && auto && english && sentence.index > 0 ? namedPoint(compressed.text, sentences[sentence.index - 1].text, lang) : undefined
    if (named) {
      candidates.push({ text: named, score: score + qualityWeight * compressed.quality - namedPenalty })
      good++
      continue
    }
    // "This is almost native speed." alone after the benchmark's table: its demonstrative points
    // at the block the slide shows just above it, as a statement says what the list before it shows.
    const saysWhatBlockShows = afterBlock && sentences.length === 1 && compressed.quality >= 0.95 && pointsAtShown(compressed.text)
    if (leans && auto && !saysWhatBlockShows && (sentences.length > 1 || !alone || compressed.quality < 0.95)) continue
    // Talk about the talk ("Now let's give it a scientific definition", "We begin by introducing
    // three algorithms", "Let's start by looking at the survey audience") is no point either, even
    // alone: the slide says nothing rather than it. Talk about the text that sums up its subject
    // ("In this article, we have seen how to…") is one, when the paragraph has no other sentence.
    if (auto && (compressed.meta || (meta && sentences.length > 1))) continue
    let final = score + qualityWeight * compressed.quality
    // "Another thing that people often found confusing about Svelte is the way computed properties
    // work": a sentence past a glance's length yields to a shorter one of its paragraph.
    const long = !isCjk(compressed.text) && pointLength(compressed.text, lang) > maxGlanceWords
    if (long) final -= longPenalty
    if (leans) final -= 0.9
    if (tokens && namesBack(tokens)) final -= 0.5
    // "This experience…" named only by an earlier paragraph: presentable, but a sentence of its own paragraph reads better.
    const namedEarlier = !leans && auto && english && unnamedDemonstrative(sentence, sentences, heading, () => false, lang)
    if (namedEarlier && !(tokens && namesBack(tokens))) final -= 0.5
    if (meta) final -= 0.6
    // "…The migrate command will take care of all the breaking changes for you. Please get accustomed to the
    // changes…" (Biome's release notes, review 93): a plea to the reader beside the paragraph's statements
    // asks something of the listener; the statement says what is so.
    const plea = auto && english && sentences.length > 1 && /^please\b/i.test(sentence.text.trim())
    if (plea) final -= pleaPenalty
    if (
      auto &&
      english &&
      mayPromiseMore(sentence.text) &&
      promisesMore(tagSentence(sentence.text)) &&
      sentence.index < sentences.length - 1
    )
      final -= denialPenalty
    candidates.push({
      text: compressed.text,
      score: final,
      thesis: thesis && pointLength(compressed.text, lang) > maxShownWords,
    })
    // (A set-up stands, but the sentences after it may well say the point: they are looked at too;
    // so are they after a point that only says the heading again, "Claude Code is genuinely good at
    // writing code" under "Claude Code Is Good at Writing Code", which the slide will not show.)
    // (A plea stands, but the statements after it may say what is so: they are looked at too.)
    const standsAlone =
      compressed.quality >= 0.75 &&
      !meta &&
      !plea &&
      !namedEarlier &&
      !long &&
      !(setUps[sentence.index] < 0) &&
      !repeats(termsOf(compressed.text, lang))
    if (standsAlone) good++
    // A sentence or clause that stands on its own: the next, less likely one seldom beats it.
    if (standsAlone && rank === 0) break
  }
  return candidates
}

/** "Kent C. Dodds, AHA Programming.", "Zed Shaw via Abhishek Nagekar, Advice From An Old Programmer.": a name, a comma, then the rest. */
const byName = /^([\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:via|and|&|de|van|von|da|di)\s+)?[\p{Lu}][\p{L}'’.-]*){0,5}),\s+(.+?)[.!?]?$/u

/** A sentence that is only a name and, after its comma, the words of a link of its paragraph: whose work the link is. */
function citesByName(sentence: string, links: string[]): boolean {
  const cited = byName.exec(sentence.trim())
  if (!cited) return false
  const title = cited[2].replace(/\s+/g, ' ').trim()
  return links.some((link) => link.replace(/\s+/g, ' ').trim() === title)
}

/**
 * Whether a phrase cut of `sentence` ends on a common noun or a number, with no capitalised word
 * right after it in the sentence (a name going on), and not on an adverbial "this time", "the way".
 */
function endsOnNoun(cut: string, sentence: string): boolean {
  const words = tagSentence(cut).filter((token) => token.kind === 'word')
  const last = words.at(-1)
  if (!last || !/^(NNS?|CD)$/.test(last.tag) || /^(time|way|moment|point)$/i.test(last.value)) return false
  const tail = cut.slice(-Math.min(cut.length, 24))
  const at = sentence.indexOf(tail)
  return at === -1 || !/^\s+[\p{Lu}]/u.test(sentence.slice(at + tail.length))
}

/**
 * Whether a sentence is a noun phrase without a verb ("A threaded worker", "Time for another cup of tea"): no
 * word the tagger reads as a verb, nor one after a plural noun the lexicon also knows as a verb in the
 * present ("Nu users love/NN tables!" is a claim the tagger misread).
 */
function nounPhraseOnly(text: string): boolean {
  // (Opened by an article: "No boxing, no dynamic dispatch." is a slogan, and says its claim. Looked at
  // before the text is tagged, the costly step, which most candidates then skip.)
  if (!/^[^\p{L}\p{N}]*(?:a|an|the|some|another)(?![\p{L}\p{N}])/iu.test(text)) return false
  const words = tagSentence(text).filter((token) => token.kind === 'word')
  return /^(?:a|an|the|some|another)$/i.test(words[0]?.value ?? '') && withoutVerb(words)
}

/** Whether a cut opens on another word than its sentence's first (an opening clause or phrase left out before it). */
export function opensLater(cut: string, sentence: string): boolean {
  const first = (text: string) => /[\p{L}\p{N}]+/u.exec(text)?.[0].toLowerCase()
  return first(cut) !== first(sentence)
}

/**
 * Whether a cut is thanks found after an opening too long to tell them by: "Before we talk about some of the Summit
 * highlights, | we would like to thank the entire Apache Pulsar community…" (review 101). Only a cut that opens later
 * than its sentence: "Thanks to all for using Babel!" without its "!" was weighed as the sentence it is.
 */
export function thanksAfterOpening(cut: string, sentence: string, lang: string): boolean {
  return opensLater(cut, sentence) && isCourtesy(cut, lang)
}

/**
 * Whether a sentence, beside the other sentences of its paragraph (`count` of them in all), only adds to one of them,
 * so that the point is another sentence, or none; the search for a paragraph's point and a silent section's lead
 * (silent-lead.ts) both pass over it:
 * - a reaction quoted with "like", a few words without a verb ("I was like, panic attack.", a transcript of review 92);
 * - a phrase without a verb that opens on a preposition, "etc." or a degree ("With explanations and the ability to
 *   dismiss the error.", "Etc. Way more valuable.", review 101), or one on "plus", which adds to the paragraph before
 *   even alone (see `addsVerbless`);
 * - an exception to the rule the sentences beside it state ("A notable exception is the RL4LMs project by AllenAI");
 * - an aside set wholly in brackets after the claim it backs ("(Eg: Apple Keychain exploit)").
 */
export function addsToAnother(sentence: string, count: number, lang: string): boolean {
  const english = lang.toLowerCase().startsWith('en')
  return (
    (english && count > 1 && reactsLike(sentence)) ||
    (english && addsVerbless(sentence, count > 1)) ||
    (english && count > 1 && namesException(sentence)) ||
    (count > 1 && wholeInBrackets(sentence))
  )
}

/** "A notable exception is…", "The one exception was…", "Exceptions are…": a sentence that names an exception to a rule said beside it. */
// (A modifier or "one", "the only" before it: a bare "An exception is raised if…" is a program's exception, and so is
// one that is raised, thrown, caught or made.)
const exceptionTo =
  /^(?:(?:a|an)\s+(?:notable|major|big|key|important|interesting|obvious|rare|small|slight)|one(?:\s+(?:notable|major|big|key|important|interesting|obvious))?|the\s+(?:only|one|main|sole)(?:\s+(?:notable|major|big|real))?)\s+exception\s+(?:is|was|here\s+is)\s+(?!(?:raised|thrown|caught|made|handled|granted|logged|returned|when|if)\b)/i

/** Whether a sentence names an exception to a rule said beside it (see `exceptionTo`). English. */
function namesException(sentence: string): boolean {
  return exceptionTo.test(sentence.trim())
}

/** The words `addsVerbless` looks at: common prepositions, "plus", "etc." and degrees. */
const addingOpening =
  /^[^\p{L}]*(?:with|without|in|on|at|by|for|from|of|to|into|through|about|after|before|during|under|over|between|among|like|unlike|despite|via|per|plus|etc|way|far|much)(?![\p{L}])/iu

/**
 * Whether a sentence is a phrase that adds to another (beside other sentences, `amongOthers`; one on "plus" adds to the
 * paragraph before even alone): no finite verb (nor an imperative opening it), and it opens on
 * a preposition ("With explanations and…"), "plus", "etc." or a degree before a comparative ("Way more valuable").
 * (The opening word is looked at first: the tagger, the costly step, only for such an opening.)
 */
function addsVerbless(sentence: string, amongOthers: boolean): boolean {
  if (!addingOpening.test(sentence) || (!amongOthers && !/^\W*plus\s/i.test(sentence))) return false
  const words = tagSentence(sentence).filter((token) => token.kind === 'word')
  const [first, second] = words
  // (No verb of any form but an infinitive's, nor a pronoun that would be a subject: the tagger reads some verbs as
  // participles or nouns, "BitTorrent used/VBN TCP", "we lead/VB a sprint".)
  // ("Plus the natively reimplemented commands listed under…": after "plus", participles are the noun's, and only a
  // finite verb makes a clause.)
  const plus = /^plus$/i.test(first?.value ?? '')
  const verb = words.some(
    (word, index) => (plus ? finiteWord(word) : /^(?:VB|MD)/.test(word.tag)) && !(word.tag === 'VB' && words[index - 1]?.tag === 'TO'),
  )
  // (Nor a plural noun before a word the lexicon also knows as a verb: "Over 90% of respondents use/NN Rust".)
  const plural = words.some((word, index) => {
    const next = words[index + 1]
    return word.tag === 'NNS' && /^(?:NN|VB|JJ)/.test(next?.tag ?? '') && (readingsOf(next.value.toLowerCase()) ?? []).includes('VBP')
  })
  if (!first || verb || plural || words.some((word) => word.tag === 'PRP')) return false
  const opens =
    // (A phrase before a comma opens a clause after it: "In the early days, BitTorrent…".)
    (first.tag === 'IN' && !/^(?:that|whether|if)$/i.test(first.value) && !sentence.includes(',')) ||
    plus ||
    /^etc$/i.test(first.value) ||
    (/^(?:way|far|much)$/i.test(first.value) && /^(?:JJR|RBR)$/.test(second?.tag ?? ''))
  return opens
}

/** Whether tagged words have no verb (see `nounPhraseOnly`). */
function withoutVerb(words: Token[]): boolean {
  return (
    words.length > 0 &&
    !words.some(
      (word, index) =>
        /^(?:VB[DPZ]?|MD)$/.test(word.tag) ||
        // (A participle after its determiner or adjective is the noun's, "a threaded worker".)
        (/^VB[GN]$/.test(word.tag) && !/^(?:DT|JJ|PRP\$)/.test(words[index - 1]?.tag ?? '')) ||
        (index > 0 && words[index - 1].tag === 'NNS' && (readingsOf(word.value.toLowerCase()) ?? []).includes('VBP')) ||
        // ("The queue drains/NNS faster": a word in -s after a singular noun, which the lexicon knows as a verb.)
        (index > 0 && word.tag === 'NNS' && words[index - 1].tag === 'NN' && (readingsOf(word.value.toLowerCase()) ?? []).includes('VBZ')),
    )
  )
}

/** "I was like, panic attack.", "And he's like, whoa!": a reaction quoted with "like", of a few words. */
export function reactsLike(sentence: string): boolean {
  const quoted =
    /^(?:and\s+|so\s+)?(?:i|we|he|she|they|you|everyone|everybody)(?:\s+(?:was|were|am|are|is)|['’](?:m|re|s))\s+(?:just\s+|all\s+)?like,\s+(.*)$/iu.exec(
      sentence.trim(),
    )
  return quoted !== null && quoted[1].split(/\s+/).length <= 4
}

/**
 * Whether a point opens on a demonstrative pronoun and a form of "be" ("This is almost native
 * speed", "That's a 3x speedup"): it says what the thing pointed at is. (Closed classes.)
 */
function pointsAtShown(point: string): boolean {
  return /^(?:this|that|these|those)(?:\s+(?:is|was|are|were)\b|['’]s\b)/iu.test(point)
}

// A connective or interjection opening a sentence ("But hang on…", "Oh well,", "Ok, now…"): a closed class of English.
const interjected = /^(?:but|and|so|oh|well|wait|ok|okay|now|hey|wow|yes|no)\b[,!]?\s*/i

// A short question that doubts the sentence before it: "Or does it?", "Or is it?", "But is it?", "Really?" (closed shapes of English).
const doubted =
  /^(?:(?:or|but)\s+(?:does|do|did|is|are|was|were|can|could|will|would|has|have|should)(?:n['’]t)?\s+(?:it|they|he|she|this|that|we|you|there)(?:\s+[\p{L}'’-]+){0,2}|really|right|or not|is it)\s*\?$/iu

/** Whether a sentence asks: it ends on a question mark, or on Japanese's question particle after a polite or plain ending. */
function asks(text: string): boolean {
  return /[?？]\s*$/u.test(text) || japaneseQuestion.test(text)
}

/** Japanese's polite and plain endings of a question, on the particle か (a closed class). */
const japaneseQuestion = /(?:でしょうか|ですか|ましたか|でしたか|ませんか|だろうか|のでしょうか)[。．]?\s*$/u

/** A Japanese sentence that gives the reason for the one before it: "…からです", "…ためだ" ("it is because…"). */
const japaneseReason = /(?:から|ため|ので)(?:です|だ|である|でした|だった)[。．]?\s*$/u
/** ("…구축할 수 있기 때문이다." (review 147, a Korean wiki's story): so does a Korean one, "it is because…".) */
const koreanReason = /(?:때문이다|때문입니다|때문이에요|때문이죠|때문이었다|때문이었습니다)[.。]?\s*$/u

/** Whether the sentence after a claim doubts it ("Or does it?") or says it is false ("It turns out this is not the case"). */
export function undoneByNext(next: string | undefined, sentence = ''): boolean {
  const text = next?.trim() ?? ''
  return (
    doubted.test(text) ||
    retracts.test(text) ||
    deniedShort.test(text) ||
    corrected.test(text) ||
    (turnsWithThough.test(text) && deniesSomething.test(text) && !limitsBefore.test(text)) ||
    deniesSentenceBefore(next) ||
    turnsDown.test(text) ||
    (fallsShort.test(text) && triesOrOffers.test(sentence))
  )
}

/**
 * "…you could fetch the slow data in the component itself, so it first renders… But this was not ideal: …" (review 126,
 * SvelteKit's post), "A C++ implementation was also considered. However, this option was not pursued…" (review 127, Istio's post on
 * ztunnel): a way the next sentence judges wanting or drops was tried or offered, then turned down; alone on a slide it
 * reads as the writer's advice. (English's closed shapes. Not a judgement that only limits it, "But it is not enough: you
 * still need tests", "…not perfect", nor one that says for what, "…not great for batch jobs".)
 */
const turnsDown =
  /^(?:but|however|unfortunately|sadly)\s*,?\s+(?:this|that|it|these|those|(?:this|that|the|such\s+an?)\s+(?:approach|solution|workaround|option|method|way|fix|setup|design|idea|plan|proposal))\s+(?:(?:was|were)\s+(?:not\s+(?:pursued|chosen|adopted|taken|accepted)|rejected|abandoned|dropped|ruled\s+out|discarded|scrapped)\b|(?:is|was|are|were)(?:\s+not|n['’]t)\s+(?:(?:very|really|quite|exactly|always)\s+)?(?:ideal|optimal|great|good|practical|viable|sustainable|scalable)(?=\s*(?:[:.,;!—–]|$)|\s+(?:since|because|as|either|for\s+(?:us|me|our\s+(?:use\s+)?case|our\s+needs)|at\s+(?:our|this|that|such)\s+scale|in\s+(?:practice|production))\b)|(?:is|was|are|were)\s+(?:far\s+from\s+(?:ideal|perfect|optimal)|less\s+than\s+ideal|(?:quite\s+|very\s+|rather\s+)?(?:suboptimal|cumbersome|fragile|brittle|error-prone|clunky|awkward|problematic|painful|hacky))\b)/iu

/**
 * "We first tried adding more memory to the build machines. But this was not enough." (a fresh review of review 126's rules):
 * a judgement that something falls short turns down a way the writer tried or offered; after a claim, "Type checking catches
 * a whole class of bugs… But it is not enough: you still need tests", it only limits it.
 */
const fallsShort =
  /^(?:but|however|unfortunately|sadly)\s*,?\s+(?:this|that|it)\s+(?:is|was)(?:\s+not|n['’]t)\s+(?:(?:quite|really)\s+)?(?:enough|perfect)\s*[.!]?$/iu

/** A sentence that tries or offers a way ("We first tried…", "You could upload…", "One option is…"): English's closed class. */
const triesOrOffers = /\b(?:tried|try|could|might|first|one\s+(?:option|approach|way|idea))\b/iu

/**
 * "Not every investment pays for itself. That a change is an investment delivering value sometime besides today does not make
 * it less valuable, though." (review 119, an essay on TypeScript): a sentence that closes on its ", though" turns against
 * the one before, which the writer only granted. (English's closed shape.)
 */
const turnsWithThough = /,\s*though\s*[.!]*["'’”)]*$/iu

/** (A denial, "…does not make it less valuable, though": one that only adds a limit, "Migrating takes some work, though.", qualifies.) */
const deniesSomething = /\b(?:not|never|no\s+longer)\b|n['’]t\b/iu

/** (Not one that only limits what the sentence before said, its subject a pronoun for it: "That is not true of everyone, though.") */
const limitsBefore =
  /^(?:it\b|(?:that|this|which)\s+(?:is|was|are|were|isn['’]t|wasn['’]t|does|doesn['’]t|did|didn['’]t|has|had|can|could|may|might|will|would|should|applies|holds|depends)\b|(?:that|this)['’]s\b)/iu

/**
 * "Often people think of the three principal forms of dashes as being interchangeable. They really are not." (review 118, a
 * talk on writing): a sentence of a pronoun and its verb denied, nothing else, says the one before is false. (English's closed shape.)
 */
const deniedShort =
  /^(?:(?:but|and)\s+)?(?:they|it|this|that|these|those|he|she)\s+(?:(?:really|simply|actually|just|certainly)\s+)?(?:are|is|was|were|do|does|did|can|could|will|would|should)(?:\s+not|n['’]t)(?:\s+(?:at\s+all|really))?\s*[.!]*$|^(?:(?:but|and)\s+)?(?:this|that|it)\s+(?:(?:is|seems|sounds)\s+(?:(?:probably|likely|almost\s+certainly|plainly|simply|just)\s+)?(?:incorrect|false|untrue|mistaken|a\s+myth|not\s+(?:true|correct|the\s+case))|(?:is|was|seems|sounds)\s+(?:probably|likely|almost\s+certainly|plainly)\s+wrong)\s*[.!]*$/iu

/**
 * "I quickly wrote off the problem as an 'edge case'. I was quickly corrected." (review 118, an essay on trust and safety): the
 * writer says the view of the sentence before was theirs and wrong. (English's closed shape.)
 */
const corrected =
  /^(?:(?:but|and)\s+)?(?:i|we)\s+(?:was|were)\s+(?:(?:quickly|soon|promptly|swiftly|later|very|so|completely|totally)\s+)?(?:corrected|proven\s+wrong|proved\s+wrong|wrong|mistaken)\b[^.!?]{0,40}[.!]*$/iu

/**
 * "I got nearly every one of the 16 possibilities. OK, maybe not that many." (review 110, an essay on "unless"): the writer
 * takes back what the sentence before said, in a few words that are no claim themselves. (English's closed shapes.)
 */
export const retracts =
  /^(?:(?:ok(?:ay)?|well|alright|fine|actually|or)[,.]?\s+)?(?:maybe|perhaps|probably|possibly)\s+not\b[^.!?]{0,30}[.!]?$/iu

// An exclamative sentence: "What a year it has been!", "How lucky we were!" (English's two closed shapes).
const exclamative = /^(?:what\s+an?\s|how\s+(?!to\b)[\p{L}]+\b)[^.?!]*!+\s*$/iu

/** Words below which an exclamation among other sentences is an interjection ("What a concept!"), not a claim. */
const maxExclamationWords = 5

// A web address written out in the text: a closed shape.

/** Words at most of a thesis the writer set wholly in bold, said whole when no cut of it stands. */
const maxThesisWords = 20

/**
 * A bold thesis as its point: cut to the longer limit where a cut stands, else whole, when the
 * writer ended it and it fits ("You cannot assume that every OSS maintainer is willing to do the
 * type of work that is needed to become sponsored."), since no cut of it says it.
 */
function wholeThesis(sentence: string, lang: string): Compressed | undefined {
  const cut = compress(sentence, lang, maxThesisWords)
  if (cut) return cut
  const text = sentence.trim().replace(/\.$/u, '')
  if (!/[.!]$/u.test(sentence.trim()) || pointLength(text, lang) > maxThesisWords || leansOnPrevious(text)) return undefined
  return { text, quality: 0.6 }
}

/** How much a sentence reporting an amount gains under a heading that reports one. */
const measuredHeadingWeight = 0.8
/** How much a sentence gains that the writer opens on its mattering ("Crucially, …"). */
const stressWeight = 1.5

/** How much a point past a glance's length yields to a shorter sentence of its paragraph. */
const longPenalty = 0.5

/** How much a denial whose correction follows yields to the other sentences of its paragraph. */
const denialPenalty = 0.6

/** A point whose pronoun is said as its noun reads a little less like the writer's own sentence. */
const namedPenalty = 0.2

/** The point with its subject pronoun said as the noun the sentence before opens on, when that is all it leans by. */
function namedPoint(point: string, before: string, lang: string): string | undefined {
  const named = withNamedSubject(point, before)
  if (!named || pointLength(named, lang) > maxLongWords || refersBack(tagSentence(named))) return undefined
  return named
}

/**
 * "The fact that it only caters to US students isn't.", "…but ours can't": a sentence that ends on
 * its auxiliary leaves out the predicate the sentence before said ("…is great"). (Auxiliaries, the
 * forms of "be" and the question words are closed classes.)
 */
export function elidesPredicate(point: string): boolean {
  // ("…makes clear how trivial it is", "…tells us what the fix is": a question word's clause ends on its verb.)
  if (/\b(?:what|how|who|whom|where|why|which|whatever|whoever|wherever|than|as)(?:\s+[\p{L}\p{N}'’/-]+){1,5}\W*$/iu.test(point))
    return false
  // ("Rust does this too. Many compilers do." (review 101): a subject and a bare "do", a sentence of a few words; not
  // "the work they do", "more work to do", whose "do" has its object before it.)
  // (A quantifier and its noun only: "the work they do", "everything we do" say what is done.)
  if (/^(?:many|most|some|several|few|all|other|both|plenty\s+of|lots\s+of)\s+[\p{L}'’-]+\s+do(?:n['’]t|\s+not)?\W*$/iu.test(point.trim()))
    return true
  // ("Java and C# don't protect against overflow. Python does, using slow arbitrary-precision integers." (review 104, Cap'n
  // Proto's advisory): a short subject's bare "does", then only how or a contrast after its comma.)
  if (
    /^[^\s,]+(?:\s+[^\s,]+){0,2}\s+(?:do|does|did)(?:n['’]t|\s+not)?\s*,\s+(?:[\p{L}]+ing|but|though|although|and|by|with)\b/iu.test(
      point.trim(),
    )
  )
    return true
  // ("…, but you want a machine to." (review 106, a talk on the IndieWeb): a verb that takes an infinitive, its "to" the
  // last word, leaves the infinitive to the clause before, "…needs to read all the metadata". Not "something to look
  // forward to", a preposition its noun stranded: the verbs that take an infinitive are a closed class.)
  if (elidedInfinitive.test(point)) return true
  const bare =
    /\s(?:is|are|was|were|does|did|can|could|will|would|should|has|have|had)(?:n['’]t|\s+not)?\W*$|\s(?:can['’]t|cannot|won['’]t)\W*$/iu
  if (!bare.test(point)) return false
  // ("`c.value++` looks like a single, indivisible operation, but it isn't" (review 150, a Go tutorial on mutexes): the
  // predicate a clause after "but" or "and" leaves out is the one the clause before it in the point says.)
  const turn = /^(.*\S)\s*[,;]\s*(?:but|and|yet|though|although|whereas|while)\s+(?:[\p{L}'’-]+\s+){1,3}\S+\W*$/iu.exec(point.trim())
  return !(turn && turn[1].split(/\s+/u).length >= 4)
}

/**
 * "The idea being that I could work on a machine without Git, then git am the mbox elsewhere." (review 106, an essay
 * looking back on a year): a noun and "being", a clause without a finite verb of its own, goes on from the sentence
 * before (the idea of what it said). Not "The human being is…", where "being" is the noun and a verb follows it.
 */
export function opensAbsolute(point: string): boolean {
  // (An article, a noun and "being", then "that" or a comma: "The reason being, nobody tested it". Not a possessive's
  // gerund, "Our being able to ship weekly is…", nor "The human being behind the chat window reads…".)
  return /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}being\s*(?:,|that\b)/iu.test(point.trim())
}

// (Its object between, "want a machine to", but no infinitive of its own: "…the people you really want to talk to" ends on
// the preposition of "talk to". Not "used": "…everyone quickly gets used to".)
const elidedInfinitive =
  /\b(?:wants?|wanted|needs?|needed|ought|going|try|tries|tried|plans?|planned|likes?|liked|loves?|loved|hopes?|hoped|means?|meant|expects?|expected|chooses?|chose|able|supposed|allowed|asked|told|forced|helps?|helped)(?:\s+(?!to\b)[\p{L}'’-]+){0,3}\s+to\W*$/iu

/** Words without which a point neither refers back, names back nor hands the turn to someone by name ("If one is found, …": "one" of a noun said before). */
const mayDepend =
  /\b(this|that|these|those|it|its|they|them|their|theirs|he|him|his|she|her|hers|here|there|which|similarly|likewise)\b|\s(above|below)$|^[\p{Lu}][\p{L}-]*,|\b(do|does|did|doing|done) so\b|\b(one|another|both)(\s+(in|at|on|for|from|with|that|which|who)\b|[.,;!?]|$)|\s\bboth\s+[\p{L}]+s\b(?!.*\band\b)|\b(?:if|when|once|unless|until|where)\s+one\s+(?:(?:is|was|are|were|gets|got)\s+(?:[\p{L}]+ed|found|given|chosen|seen|known|made|built|written|shown|taken|missing|present|available|absent)|exists|appears)\b|\s(different|similar|more|less)$|\s(same|similar)(\s+[\p{L}-]+)?$|\bone\b.*\sthe\s+other$|\bthe\s+(?:exact\s+|very\s+|complete\s+)?(?:opposite|reverse|converse)\b(?!\s+of\b)|\bof\s+the\s+(?:two|three|both)\b|\b(?:do|does|did|doing|done)\s+(?:(?:much|exactly|just|pretty|roughly)\s+)?the\s+same\b|^the\s+(?:previous|preceding|above|aforementioned|former|latter)\b|^the\s+(?:first|second|third|last|next|other)\s+ones?\b|^another\s/iu

/** Whether a point ends on a comparative ("…is faster"), by the lexicon alone: only such a point is tagged for it. */
function endsComparative(text: string): boolean {
  // (Its last two letters first: a pattern anchored at the end is tried from every character of the text.)
  if (!/^er$/i.test(text.slice(-2))) return false
  const last = /([\p{L}]+)$/u.exec(text)?.[1]
  return last !== undefined && /er$/i.test(last) && /^(JJR|RBR)$/.test(tagWords([last.toLowerCase()])[0])
}

/**
 * Whether a sentence opens on a demonstrative whose noun nothing else in the paragraph or the
 * heading names ("Unfortunately, this wound up reverted", "That tactical shift carried…"): the
 * point would read "The…" about something the slide never shows.
 */
function unnamedDemonstrative(
  sentence: Sentence,
  sentences: Sentence[],
  heading: Set<string>,
  saidBefore: (term: string) => boolean,
  lang: string,
): boolean {
  const noun = demonstrativeNoun(sentence.text)
  // ("This release includes about twenty new packages": the release, the year, the post the talk is about.)
  if (!noun || thisHere.test(noun)) return false
  const [term] = termsOf(noun, lang)
  // "This experience has reinforced…" after "Reflecting on the experience, …" on the same slide: named already.
  if (term && saidBefore(term)) return false
  // A short noun ("fix", "way") has no term: its word is looked for instead.
  const names = (other: Sentence) => (term ? other.terms.includes(term) : new RegExp(`\\b${noun}\\b`, 'i').test(other.text))
  return !(term && heading.has(term)) && !sentences.some((other) => other !== sentence && names(other))
}

/** A condition after a claim's comma: ", whenever…", ", if…", ", unless…", ", as long as…" (English's closed class). */
const condition = /,\s+(?:whenever|if|unless|as\s+long\s+as|provided(?:\s+that)?|only\s+if|only\s+when)\s/iu

/**
 * Whether a point opens on "the" and a bare common noun before its verb ("The plugin did not work…", "The code was
 * previously loaded…") that the sentence before brought in with another determiner ("a VSCode plugin", "this code"), and
 * the heading does not name: that one thing, which the slide does not show.
 */
function namesNounBefore(point: string, before: string, heading: Set<string>, headingText: string, lang: string): boolean {
  const words = tagSentence(point).filter((token) => token.kind === 'word')
  if (
    !/^the$/i.test(words[0]?.value ?? '') ||
    !/^[\p{Ll}][\p{Ll}-]+$/u.test(words[1]?.value ?? '') ||
    !/^(?:VB[DZP]?|MD)$/.test(words[2]?.tag ?? '')
  )
    return false
  const noun = words[1].value
  // (A short noun has no term: its word is looked for in the heading instead, "The app".)
  const [term] = termsOf(noun, lang)
  if (term ? heading.has(term) : new RegExp(`\\b${noun}\\b`, 'iu').test(headingText)) return false
  // (Brought in as the head of its phrase, not as a modifier of another noun: "a browser extension" brings in no browser.)
  const said = tagSentence(before).filter((token) => token.kind === 'word')
  return said.some(
    (word, index) =>
      word.value.toLowerCase() === noun &&
      !/^NN/.test(said[index + 1]?.tag ?? '') &&
      (said.slice(Math.max(0, index - 4), index).some((each) => /^(?:a|an|this|our|their|its|another)$/i.test(each.value)) ||
        // (Or a plural brought in bare as a verb's object: "…the attackers sent emails to addresses…", then "The emails contained…".)
        (word.tag === 'NNS' && /^VB/.test(said[index - 1]?.tag ?? ''))),
  )
}

/** A reason's conjunction a sentence runs on with into the list of reasons after it: ", because", "since:". */
const reasonsFollow = /,?\s+(?:because|since)\s*:?\s*$/i

/** How informative a sentence looks before it is tagged and shortened. */
function preScore(sentence: Sentence, marks: Mark[], heading: Set<string>, lang: string, count: number, series: boolean): number {
  const { text, terms } = sentence
  let score = sentence.centrality + 0.5 * overlap(terms, heading)
  // An example illustrates the claim another sentence of the paragraph makes; a sentence the
  // writer set in brackets ("(The teams get very competitive 🔥)") is an aside to it.
  if (count > 1 && (isExample(text, lang) || /^\(.*\)[.!?]?$/su.test(text.trim()) || saysInPassing(text, lang))) score -= 0.6
  sentence.courtesy = isCourtesy(text, lang) || remarksOnOwnTalk(text, lang)
  if (sentence.courtesy) score -= 1
  if (sentence.index === 0) score += 0.35
  // A writer who numbers the opening sentences of several paragraphs ("First, solve your own pain first.
  // AWS was born from…") says which sentence each paragraph supports.
  if (series && sentence.index === 0 && count > 1 && numbersClaim(text)) score += 1
  if (/[\p{N}]/u.test(text)) score += 0.15
  // A measured share or factor ("more than 90% of CPU time", "3x faster"), or an amount in its
  // unit ("saved around 750 ms", "from 512MB to 1GB", "20 à 30 minutes", "$6/month"), is what a finding reports.
  // (Not the level of a confidence interval, which says how a figure was drawn.)
  if (reportsAmount(text)) score += 0.25
  if (/\s[\p{Lu}][\p{Ll}]/u.test(text.slice(1))) score += 0.15
  if (marks.some((mark) => mark.kind === 'strong' && text.includes(mark.text))) score += 0.3
  else if (marks.some((mark) => text.includes(mark.text))) score += 0.1
  if (terms.length < 2 && !isCjk(text)) score -= 0.3
  if (/\?\s*$/.test(text)) score -= 0.2
  // An exclamation ("I could not believe my eyes!") voices the writer's surprise at what another
  // sentence of the paragraph says; a sentence that points back ("As mentioned earlier, …") says again what was said.
  if (count > 1 && /!\s*$/.test(text)) score -= 0.5
  if (pointsBackInText(text, lang)) score -= 0.8
  if (count > 1 && lang.toLowerCase().startsWith('en') && statesFinding(text)) score += 0.5
  // "Crucially, all Instant databases are hosted under one Aurora Postgres instance.": the writer says which sentence matters.
  if (count > 1 && lang.toLowerCase().startsWith('en') && stressed(text)) score += stressWeight
  return score
}

/** The openings of labels set side by side as the two halves of a pair (a closed class of English). */
const labelPairs = [
  ['before', 'after'],
  ['pros', 'cons'],
  ['advantages', 'disadvantages'],
  ['benefits', 'drawbacks'],
  ['do', 'don’t'],
  ['do', "don't"],
  ['old', 'new'],
  ['with', 'without'],
  ['problem', 'solution'],
]

/** A question whose answer is "everyone": "Who doesn't love…?", "Who wouldn't want…?" (a closed class of English). */
const everyoneDoes =
  /^who\s+(?:doesn['’]t|does\s+not|wouldn['’]t|would\s+not|hasn['’]t|has\s+not|didn['’]t|did\s+not|isn['’]t|is\s+not)\s[^?]*\?$/iu

/**
 * The words that number a writer's claims ("First, solve your own pain first."). A closed
 * class: the tagger reads "Second" as an adjective and "First" as an adverb, so no tag finds them all.
 */
const enumerator =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|firstly|secondly|thirdly|last(?:,?\s+but\s+not\s+least|\s+of\s+all)?|lastly|finally)\s*,\s*/iu

/** Whether a sentence opens with a word that numbers the writer's claims ("Second, think in primitives."). */
function numbersClaim(text: string): boolean {
  return enumerator.test(text)
}

/** A numbered claim without its number, which the slide's bullets say by their order: "Think in primitives." */
function withoutEnumerator(text: string): string {
  const rest = text.replace(enumerator, '')
  return upperFirst(rest)
}

/** Whether the word before `phrase` in `text` is one a phrase cannot end on ("the", "of", "to"). */
function continuesPhrase(text: string, phrase: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const at = text.indexOf(phrase)
  const before = at > 0 ? /([\p{L}']+)\s*$/u.exec(text.slice(0, at))?.[1] : undefined
  // "All of this is to say that **open source has nothing to do with being cloned**": a clause
  // of its own after "that" is what the sentence says; the bold is the writer's claim.
  if (before !== undefined && /^that$/i.test(before) && standsAsPoint(phrase, text, lang)) return false
  return before !== undefined && /^(DT|IN|TO|PRP\$|POS)$/.test(tagWords([before])[0])
}

/** A Chinese phrase that frames a clause: opened by a preposition of topic, time or means, or closed by its postposition (a closed class). */
const cjkFrame = /^(?:在|对于|对|从|关于|就|随着|为了|通过|根据|由于|当)|(?:方面|上|中|里|来说|而言|来看|之下|时|之后|以后|之前|以前)$/u

/** Japanese words that open a sentence on a particle's kana ("でも", "では", "とても", "もし", "もちろん", "はじめに"). */
const japaneseOpeners =
  /^(?:でも|では|でした|でしょう|とても|とにかく|とりあえず|ところで|ところが|として|とはいえ|ともかく|もし|もう|もっと|もちろん|もしかして|もともと|はじめ|はい|ほぼ|のちに|のみ|にも|には|がっかり)/u

/** Whether a paragraph's first sentence continues one begun before it (English and Japanese). */
function continuesSentence(text: string, lang: string, afterBlock = false): boolean {
  // (Japanese: no sentence opens on a particle; "という一連の処理のことです", "などがあります" (review 146) after a list goes on
  // from the sentence before it.)
  // (A particle before a word in kanji, katakana or Latin letters: "を使って…"; not a word of hiragana, "とても", "でも".)
  // (Right after a code block, before a verb in hiragana too, "でいけるようだ", "とすることもできる": the sentence the block
  // cut goes on; not a word that opens one, "でも", "では", "とても", "もし", "もちろん".)
  if (lang.toLowerCase().startsWith('ja'))
    return (
      /^(?:という|といった|など|[をがにでとのもはへ](?=[^\p{Script=Hiragana}\s、。]))/u.test(text.trim()) ||
      (afterBlock && /^[をがにでとのもはへ][\p{Script=Hiragana}]/u.test(text.trim()) && !japaneseOpeners.test(text.trim()))
    )
  const first = /^([\p{Ll}][\p{L}']*)/u.exec(text)?.[1]
  return first !== undefined && lang.toLowerCase().startsWith('en') && /^(DT|IN|CC|TO|PRP|RB|WDT|WRB)/.test(tagWords([first])[0])
}
