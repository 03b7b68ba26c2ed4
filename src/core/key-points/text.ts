/*
 * Sentences and words in any script, through the platform's Unicode segmenter
 * (`Intl.Segmenter`, ICU's rules and dictionaries, CJK included) rather than spaces and
 * full stops.
 */

import { segmentLong } from '../long-segments.ts'

interface Segmenters {
  sentence: Intl.Segmenter
  word: Intl.Segmenter
}

const cache = new Map<string, Segmenters>()

function segmenters(lang: string): Segmenters {
  let found = cache.get(lang)
  if (!found) {
    let locale = lang
    try {
      Intl.Segmenter.supportedLocalesOf(lang)
    } catch {
      locale = 'en'
    }
    found = {
      sentence: new Intl.Segmenter(locale, { granularity: 'sentence' }),
      word: new Intl.Segmenter(locale, { granularity: 'word' }),
    }
    cache.set(lang, found)
  }
  return found
}

// ICU ends a sentence after any of these; a guard where it errs ("Mr. Smith", "e.g. this",
// "z.B. das", "див. Зображення"): abbreviations of the languages lectern reads most.
const abbreviations = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  // (Not "no": "Err, well no. Stuff can still break" (review 97) ends a sentence; "No. 5" is a number's, see `boundsNumber`.)
  'fig',
  'approx',
  'esp',
  'incl',
  'excl',
  'resp',
  'cf',
  'al',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'bzw',
  'z.b',
  'd.h',
  'u.a',
  'evtl',
  'inkl',
  'incl',
  'bspw',
  'sog',
  'usw',
  'vgl',
  'ca',
  'ggf',
  'p.ex',
  'ex',
  'ej',
  'p.ej',
  'pág',
  'sr',
  'sra',
  'ecc',
  'см',
  'т.е',
  'т.д',
  'т.п',
  'напр',
  'рис',
  'див',
  'напр',
  'тощо',
])

// The segmenter breaks only after a sentence terminator or a paragraph separator: a text
// with neither before its closing punctuation is one sentence, and segmenting it is the
// slowest step of picking a key point.
const closing = /^[\p{Sentence_Terminal}\p{Pe}\p{Pf}\p{Po}"'\s]$/u
const breakable = /[\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u

/**
 * `text` without its closing punctuation and spaces, found from the end, a character (code
 * point) at a time: a pattern anchored at the end is tried from every character of the text.
 */
function withoutClosing(text: string): string {
  let end = text.length
  while (end > 0) {
    const last = text.charCodeAt(end - 1)
    const before = end > 1 ? text.charCodeAt(end - 2) : 0
    const size = last >= 0xdc00 && last <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? 2 : 1
    if (!closing.test(text.slice(end - size, end))) break
    end -= size
  }
  return text.slice(0, end)
}

/** The sentences of `text`, trimmed, in the language `lang`. */
export function sentencesOf(text: string, lang: string): string[] {
  const trimmed = text.trim()
  if (!breakable.test(withoutClosing(trimmed))) return trimmed ? [trimmed] : []
  // Each sentence as written, separators included, so a merge puts back what was there
  // ("/health?serializable", not "/health? serializable").
  const raw: string[] = []
  // The quotation marks of the last sentence so far, counted as its segments are added (counting them again for each would
  // be quadratic in a paragraph whose quotation never closes); in a text without any, none are counted.
  const quotes = /["“”]/u.test(text)
  let marks = noMarks
  for (const found of segmentLong(segmenters(lang).sentence, text)) {
    let { segment } = found
    const own = quotes ? quotationMarks(segment) : noMarks
    // (Within a sentence of ordinary length: a run of quotations each closed in the next segment is no one sentence.)
    const quoted = quotes && raw.length > 0 && raw[raw.length - 1].length <= maxMergedLength && closesQuotation(marks, segment, own)
    // ("…may be better suited._ |" When conflicts do occur…" (review 117, Hudi's post): the mark that closes a quotation the
    // sentence before opened ends that sentence; the words after it are the writer's next one.)
    const closing = quoted ? closingMarkFirst.exec(segment)?.[0] : undefined
    if (closing) {
      raw[raw.length - 1] += closing
      segment = segment.slice(closing.length)
      if (!segment) continue
      raw.push(segment)
      marks = quotationMarks(segment)
      continue
    }
    // ("…です。「 | もしかして…のでは？」 | とひらめいて、…" (review 121, a Japanese post): the segmenter leaves a quotation's
    // opening bracket on the sentence before, and splits at the question inside it; the bracket opens the next sentence, and
    // the words that quote it, "…」とひらめいて", go on with it.)
    if (raw.length > 0 && /[「『（]$/u.test(raw[raw.length - 1])) {
      const opened = raw[raw.length - 1]
      raw[raw.length - 1] = opened.slice(0, -1)
      segment = opened.slice(-1) + segment
      if (raw[raw.length - 1].trim() === '') raw.pop()
    }
    // (The quoting と, not a word it opens: "「これで完了です。」とても簡単でしたね。", ところが, とりあえず, とにかく.)
    // (Nor "「…これをやろう！」みたいな決め方", "企業秘密(?)にしておく" (review 144, a Japanese post): what the quotation is like goes on
    // with it, and a question or a cry set in brackets is an aside inside the sentence, in any language.)
    if (
      raw.length > 0 &&
      ((/[」』]\s*$/u.test(raw[raw.length - 1]) &&
        /^(?:と(?!ても|ころ|りあえず|にかく|はいえ|もかく|もに|くに)|って|という|との|みたいな|みたいに|のような|のように|なんて|などの)/u.test(
          segment,
        )) ||
        (/[?？!！]+\s*[)）]$/u.test(raw[raw.length - 1]) && /^\S/u.test(segment) && !/^[\p{Lu}]/u.test(segment)))
    ) {
      raw[raw.length - 1] += segment
      continue
    }
    const previous = raw[raw.length - 1]
    const before = previous?.trimEnd()
    // "process v1.|Pod", "e.g. =Sheet1!|$A$1:$A$5": a Latin stop run into the next word sits
    // inside a name or inline code, not at a sentence's end.
    // (Nor "for .|Net core": a dot after a space that runs into a word starts a name.)
    const inside =
      previous !== undefined &&
      (stopAfterWord(previous) || (previous.endsWith('.') && /\s/u.test(previous.charAt(previous.length - 2)))) &&
      /^[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(segment)
    // (".|NET provides…": a segment of no letter or digit, a name's opening dot, is no sentence of its own.)
    const bare = previous !== undefined && !/[\p{L}\p{N}]/u.test(previous)
    // ("…at the 2016 useR! Conference Welcome Reception…" (review 147, an essay on data science's history): the "!" of a name
    // with a capital inside it, "useR!", is the name's; the sentence goes on.)
    const named = before !== undefined && /(?:^|\s)[\p{L}]*[\p{Ll}][\p{Lu}]!$/u.test(before) && /^\s*[\p{Lu}\p{N}]/u.test(segment)
    if (previous !== undefined && (!before || inside || bare || quoted || named || continuesAfter(before, segment.trimStart(), lang))) {
      raw[raw.length - 1] = previous + segment
      marks = addedMarks(marks, own)
    } else {
      raw.push(segment)
      marks = own
    }
  }
  return raw
    .flatMap(splitBeforeNumber)
    .flatMap(splitBeforeLowerCase)
    .flatMap(splitAfterSmiley)
    .flatMap(splitAfterBracketedLine)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

/**
 * "[Publicado originalmente el 04/07/2023]⏎A comienzos del siglo XX…" (review 104, a Spanish post): words wholly in square
 * brackets that open the paragraph, the editor's note over it, are a sentence of their own before the capital after them.
 */
function splitAfterBracketedLine(sentence: string): string[] {
  // (Its line break is a space by now: the sentence goes on in a capital after it.)
  const line = /^\s*\[[^[\]\n]{1,80}\]\s+(?=["“¿¡]?[\p{Lu}])/u.exec(sentence)
  return line ? [line[0], sentence.slice(line[0].length)] : [sentence]
}

/**
 * "…but you know, devotion. ;-) I arrived on Friday": a smiley after a sentence, or in place of
 * its stop, ends it; the segmenter reads the next sentence as going on.
 */
function splitAfterSmiley(sentence: string): string[] {
  if (!/[:;]-?[()DP]/u.test(sentence)) return [sentence]
  return sentence.split(/(?<=\s[:;]-?[()DP])(?=\s+["“]?[\p{Lu}])/u)
}

/**
 * "…for Android on servo.org! servoshell now supports gamepads": the segmenter reads a sentence
 * that opens on a name in lower case as going on; after "!" or "?" run into a word, it ends one,
 * and after a full stop before a name with a capital inside it ("… editor. iD is fast").
 * (A stop is left alone: after "e.g." or "approx." a word in lower case goes on.)
 */
function splitBeforeLowerCase(sentence: string): string[] {
  // ("…the de facto, browser-based OpenStreetMap editor. iD is fast…": so does a stop after a word
  // before a name in lower case with a capital inside it, "iD", "iPhone", "macOS", which no abbreviation's stop leads into.)
  const named = splitAt(sentence, /(?<=[\p{L}]{3}\.)(?=\s+[\p{Ll}]+[\p{Lu}][\p{L}\p{N}]*\b)/gu, (before) => !endsWithAbbreviation(before))
  if (!/[!?]\s/u.test(sentence)) return named
  return named.flatMap((each) => each.split(/(?=\s+[\p{Ll}])(?<=[\p{L}\p{N})\]][!?]["'”’)]{0,3})/u))
}

/** `text` split at the places `pattern` (global) matches where `splits` accepts the piece before the place. */
function splitAt(text: string, pattern: RegExp, splits: (before: string) => boolean): string[] {
  const pieces: string[] = []
  let start = 0
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0
    if (at <= start || !splits(text.slice(start, at))) continue
    pieces.push(text.slice(start, at))
    start = at
  }
  pieces.push(text.slice(start))
  return pieces
}

/**
 * "But I was wrong. 100kb of .js isn't…": the segmenter reads a sentence that opens on a
 * number with a word in lower case after it ("100kb", "3 people") as going on, so the stop
 * after a word before it is kept as a sentence's end. (Not after an abbreviation: "No. 5".)
 */
function splitBeforeNumber(sentence: string): string[] {
  if (!mayOpenNumber.test(sentence) || !numberOpens.test(sentence)) return [sentence]
  const parts: string[] = []
  let start = 0
  for (const match of sentence.matchAll(numberOpensAll)) {
    const end = (match.index ?? 0) + match[1].length
    const before = sentence.slice(start, end).trimEnd()
    if (endsWithAbbreviation(before) || boundsNumber(before) || /^\s*$/u.test(before)) continue
    parts.push(sentence.slice(start, end))
    start = end
  }
  parts.push(sentence.slice(start))
  return parts
}

// A word of two letters or more, its stop, and a number after a space.
const numberOpens = /[\p{L}]{2}[.!?]\s+[\p{N}]/u
// A stop, a space and anything but a space or a Latin letter after it: what `numberOpens` needs,
// found first without the Unicode flag, which makes a pattern tried at every character of every
// sentence several times slower (docs/benchmarks.md).
const mayOpenNumber = /[.!?]\s+[^\sA-Za-z]/
const numberOpensAll = /([\p{L}]{2}[.!?]\s+)(?=[\p{N}])/gu

/**
 * Whether a text ends on a Latin stop right after a letter, digit or underscore ("v1.",
 * "e.g."): its last two code units (or the surrogate pair) and stop tested, not a pattern
 * anchored at the end, which is tried from every character of the text.
 */
function stopAfterWord(text: string): boolean {
  const stop = text.charAt(text.length - 1)
  return (stop === '.' || stop === '!' || stop === '?') && /[\p{L}\p{N}_]$/u.test(text.slice(-3, -1))
}

/**
 * Where the segmenter errs: after an abbreviation ("Mr.", "z.B.", "див."), before a word
 * in lower case, and inside a parenthesis left open ("(см. рис. 1)").
 */
function continuesAfter(previous: string, next: string, lang: string): boolean {
  if (!next) return true
  if (/^[\p{Ll}]/u.test(next)) return true
  // ("…on some development cluster, such as minikube, kind etc. | Kind was as popular as minikube." (review 122, a survey
  // write-up): an abbreviation that closes a list, "etc.", "т. д.", ends its sentence before a capitalised word; one that
  // opens a name or an example, "Mr.", "e.g.", goes on. Not before a name written in capitals inside, "…POSIX, etc. APIs
  // directly…", nor in German, whose nouns are capitalised inside a sentence, "Für Python, Ruby, PHP usw. Projekte…".)
  if (endsWithAbbreviation(previous) && !(closesList.test(previous) && opensSentenceAfterList(next, lang))) return true
  // ("Yahoo! JAPAN はパスワードレスに移行すると判断しました" (review 116, a Japanese case study, split six times): a name
  // that holds its exclamation mark goes on after it. A closed class.)
  // (Before what it names, "JAPAN", "Mail", or Japanese; "I worked at Yahoo! Then I left." ends there.)
  if (
    /(?:^|[^\p{L}])Yahoo!$/u.test(previous) &&
    /^(?:[\p{Lu}]{2,}\b|(?:Japan|Mail|Finance|News|Answers|Messenger|Groups|Search)\b|[^\p{Script=Latin}\s])/u.test(next)
  )
    return true
  // "「それなら最初からFortranで書いておけば楽じゃない？」| と思うのも無理はないでしょう" (review 95): after a quotation
  // closed on its question or exclamation, the quoting particle goes on with the sentence that quotes it.
  // (Not a word that opens a sentence on と: "ところで", "とにかく", "とても".)
  if (/[?？!！][」』]$/u.test(previous) && /^(?:と(?:思|考|言|い[うっ]|感|し|の)|って)/u.test(next)) return true
  // ("師が大学の頃に読め！| と言われて買って読んだ", "…という声が聞こえてきますね" (review 123, a Japanese post): so does one
  // said without its brackets, after kana or kanji.)
  if (
    /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}][?？!！]+$/u.test(previous) &&
    /^(?:と(?:思|考|言|い[うっ]|感|聞|叫|表示|出力|悩|怒|書|返|答|呼|尋|問|笑|驚|喜|訴|誓|述|記)|って)/u.test(next)
  )
    return true
  if (/^[\p{N}]/u.test(next) && boundsNumber(previous)) return true
  // ("…dass das Gesetz bis zum 30. | April 2025 inkrafttreten soll" (review 119, a German NGO's press release): a day's or
  // a century's number with its ordinal stop, before the month or century it counts, goes on. A closed class.)
  if (lang.toLowerCase().startsWith('de') && /(?:^|[\s(])\d{1,2}\.$/u.test(previous) && ordinalFollows.test(next)) return true
  // ("Da 2017 die 19. | Bundestagswahl anstand…" (review 132, a German community's retrospective): so does any number after an
  // article or a preposition that takes one, "die 19.", "am 3.", "zur 5.": the number counts the noun after it.)
  if (
    lang.toLowerCase().startsWith('de') &&
    /(?:^|\s)(?:der|die|das|den|dem|des|im|zum|zur|vom|beim|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen|unser|unsere|unserem|unseren)\s+\d{1,3}\.$/iu.test(
      previous,
    ) &&
    /^[\p{Lu}]/u.test(next) &&
    // (Not before a word that opens a sentence, a pronoun, an article or an adverb: "…nur noch die 29. Viele Kunden…".)
    !/^(?:das|der|die|den|dem|des|ein|eine|einer|wir|ich|es|sie|er|ihr|man|bitte|dort|danach|dann|viele|diese|dieser|dies|auch|aber|und|so|hier|jetzt|heute|damit|deshalb|daher|doch|trotzdem|zudem|außerdem|insgesamt)\b/iu.test(
      next,
    )
  )
    return true
  // (Within a sentence of ordinary length: counted again for each segment, the brackets of a long run would take quadratic time.)
  if (previous.length > maxMergedLength || (!previous.includes('(') && !previous.includes('（'))) return false
  return (previous.match(/[(（]/gu)?.length ?? 0) > (previous.match(/[)）]/gu)?.length ?? 0)
}

/** An abbreviation that closes a list ("etc.", "ecc.", "т. д.", "тощо."), at the end of a sentence so far. */
const closesList = /(?:^|[\s,(])(?:etc|ecc|т\.\s?д|т\.\s?п|тощо)\.$/iu

/** Whether the words after a list's "etc." open a sentence: a plain capitalised word, outside German. */
function opensSentenceAfterList(next: string, lang: string): boolean {
  // (A capital alone too, "…, etc. I occasionally used Xcode…"; not "APIs", a name in capitals.)
  return !/^(?:de|lb|gsw)\b/iu.test(lang) && /^["“]?[\p{Lu}][\p{Ll}]*(?:['’][\p{Ll}]+)?(?![\p{L}\p{N}])/u.test(next)
}

/** The German months and "Jahrhundert", which an ordinal number with its stop counts ("30. April", "19. Jahrhundert"). */
const ordinalFollows =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert|Jahrhunderts|Jahrhunderten)\b/u

/** Characters of a sentence past which an open quotation or bracket no longer joins the next segment to it. */
const maxMergedLength = 2000

/** A closing quotation mark that opens a segment, with the emphasis marks and stop around it and the spaces after it. */
const closingMarkFirst = /^[ \t]*[_*]*["”][_*.!?]*[ \t]+(?=\S)/u

/** How many opening and closing curly quotation marks, and straight ones, a text holds. */
interface QuotationMarks {
  opening: number
  closing: number
  straight: number
}

const noMarks: QuotationMarks = { opening: 0, closing: 0, straight: 0 }

function quotationMarks(text: string): QuotationMarks {
  const count = (mark: RegExp) => text.match(mark)?.length ?? 0
  return { opening: count(/“/gu), closing: count(/”/gu), straight: count(/"/gu) }
}

function addedMarks(a: QuotationMarks, b: QuotationMarks): QuotationMarks {
  return { opening: a.opening + b.opening, closing: a.closing + b.closing, straight: a.straight + b.straight }
}

/**
 * Whether the sentence so far (its quotation marks, `marks`) opened a quotation that `next` (its marks, `nextMarks`) closes: "For example, automatic
 * updates "are [currently] only [supported] on macOS and Windows. Linux users…" says the Electron docs." (review 117, a post
 * on leaving Electron): the quoted sentences are part of the one that quotes them, not sentences of the writer's that leave a
 * quotation mark open. (Only where the next one closes it: a quotation of many sentences is split as it is written.)
 */
function closesQuotation(marks: QuotationMarks, next: string, nextMarks: QuotationMarks): boolean {
  if (marks.opening > marks.closing) return next.includes('”')
  return marks.straight % 2 === 1 && nextMarks.straight % 2 === 1
}

/**
 * "a pool of max. 50 goroutines", "ca. 200 pages": a bound or an estimate before its number,
 * which goes on the sentence. (Only before a number: "It took 5 min. Then…" ends its sentence.)
 */
function boundsNumber(text: string): boolean {
  // ("Das Recht zur Beschwerde nach Art. | 77 DSGVO…" (review 134, a German complaint), "§ 5 Abs. 2 Nr. 3", "see Fig. 3", "p. 12":
  // the article, paragraph, figure or page a law or a text is cited by, before its number.)
  // (Those of a citation only capitalised, and not "Art." after a word that inflects it as German's noun "kind": "…ganz anderer
  // Art.", "…dieser Art."; nor "…the Network tab.", in lower case.)
  return (
    /(?:^|\s)(?:max|min|ca|approx|vol|pp|nr|no)\.$/iu.test(text.slice(-8)) ||
    (/(?:^|[\s(\d])(?:Art|Abs|Ziff|Kap|Abschn|Rn|Bd|Fig|Eq|Sec|Ch|S|Tab|Para|Ref|p)\.$/u.test(text.slice(-9)) &&
      // (The noun is feminine, "der/einer/dieser/anderer Art", the article masculine, "des/dem/den Art.": a word in "-er" before it that
      // is no preposition or conjunction, "unter Art.", "oder Art.", inflects the noun.)
      !/(?:^|\s)(?:(?!(?:unter|über|oder|aber|hinter|wider|außer|entweder|nieder|weder|seiner|ihrer|unserer)\s)[\p{L}]{2,}er|die|eine|jede|welche|solche|gleiche|diese|jene)\s+Art\.$/iu.test(
        text.slice(-30),
      ))
  )
}

function endsWithAbbreviation(sentence: string): boolean {
  if (!sentence.endsWith('.')) return false
  // The last word alone: a pattern anchored at the end is tried from every character of the text.
  let start = sentence.length - 1
  while (start > 0 && !/\s/.test(sentence.charAt(start - 1))) start--
  const match = /(\S+)\.$/u.exec(sentence.slice(start))
  if (!match) return false
  const word = match[1].toLowerCase().replace(/^[^\p{L}]+/u, '')
  // "…use overflow: hidden, as did I. That prevents…": after a word in lower case, "I" is the
  // pronoun ending its sentence, not an initial ("by J. R. R. Tolkien" has capitals around them).
  if (match[1] === 'I' && /(?:^|\s)[\p{Ll}]+\s+$/u.test(sentence.slice(Math.max(0, start - 16), start))) return false
  // ("Startup: ~5 ms vs ~635 ms. In a Kubernetes cluster…" (review 106): "ms" after a number is milliseconds, not "Ms.".)
  if (match[1] === 'ms' && /[\p{N}]\s+$/u.test(sentence.slice(Math.max(0, start - 4), start))) return false
  // ("…almost halved from ~90s to ~50s. From our research, …" (review 119, Supabase's launch postmortem): letters run on
  // from a number are its unit, "50s", "10k", "2x", not an initial.)
  if (/[\p{N}][\p{L}]{1,3}$/u.test(match[1]) && !abbreviations.has(word)) return false
  // (Initials, "J.", and runs of them, "J.R.R.", "P.-S.": a name goes on after them.)
  return abbreviations.has(word) || /^[\p{L}](?:\.-?[\p{L}])*$/u.test(word)
}

// Scripts written without spaces between words (CJK, Thai, Lao, Khmer, Myanmar): only the
// segmenter's dictionaries find their words. Elsewhere a word is a run of letters and digits
// (with inner apostrophes, as the segmenter has it), and a regular expression finds the same
// words several times faster on long articles.
const spaceless = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/
const latinWord = /[\p{L}\p{M}\p{N}_]+(?:['’.][\p{L}\p{N}]+|,[\p{N}]+)*/gu
// The same words where every letter and digit is ASCII, as in most English: a class of ranges is
// matched about three times faster than one of Unicode properties, and the key-point rules count
// words tens of thousands of times on a long article. Typographic quotes, dashes and ellipses
// (U+2000–U+206F) are neither letters, marks nor digits, so they do not send text the slow way.
const asciiWord = /[A-Za-z0-9_]+(?:['’.][A-Za-z0-9]+|,[0-9]+)*/g
const beyondAscii = /[^\u0000-\u007f\u2000-\u206f]/

/** Whether every letter, mark and digit of `text` is ASCII: ASCII patterns then find its words. */
export function asciiLetters(text: string): boolean {
  return !beyondAscii.test(text)
}

function latinWords(text: string): RegExpMatchArray | null {
  return text.match(asciiLetters(text) ? asciiWord : latinWord)
}

/** The words of `text` (letters or digits; no punctuation or spaces). */
export function wordsOf(text: string, lang: string): string[] {
  if (!spaceless.test(text)) return latinWords(text) ?? []
  const words: string[] = []
  for (const { segment, isWordLike } of segmentLong(segmenters(lang).word, text)) if (isWordLike) words.push(segment)
  return words
}

const cjkCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/** Whether `text` is mostly Chinese, Japanese or Korean: its points are measured in characters. */
export function isCjk(text: string): boolean {
  if (!spaceless.test(text)) return false
  const letters = text.match(/[\p{L}]/gu)?.length ?? 0
  const cjk = text.match(cjkCharacter)?.length ?? 0
  return letters > 0 && cjk / letters > 0.3
}

/** What a speaker reads aloud: words of space-separated scripts, and CJK characters. */
export interface SpeechLength {
  words: number
  characters: number
}

/** Words and CJK characters in `text`, counted with the Unicode word segmenter. */
export function speechLength(text: string, lang = 'en'): SpeechLength {
  if (!spaceless.test(text)) return { words: latinWords(text)?.length ?? 0, characters: 0 }
  const length: SpeechLength = { words: 0, characters: 0 }
  for (const { segment, isWordLike } of segmentLong(segmenters(lang).word, text)) {
    if (!isWordLike) continue
    const cjk = segment.match(cjkCharacter)?.length ?? 0
    if (cjk > 0) length.characters += cjk
    else length.words++
  }
  return length
}

/** Characters of a written word that read as one word more: a long name or path is read as several. */
const charactersPerShownWord = 18

/**
 * How many words a point of a script with spaces reads as: its words as written between spaces
 * ("zero-cost", "serde::json" one each, where the word segmenter counts two), a long name or path
 * as one for every {@link charactersPerShownWord} characters of it.
 */
function shownWords(text: string): number {
  // (One pass over the characters, without splitting: every candidate point of every paragraph is measured.)
  let count = 0
  let start = -1
  let says = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code > 127 && /\s/u.test(text[index]))
    if (!space) {
      if (start === -1) start = index
      if (!says)
        says = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || (code > 127 && /[\p{L}\p{N}]/u.test(text[index]))
      continue
    }
    if (start !== -1 && says) count += Math.ceil((index - start) / charactersPerShownWord)
    start = -1
    says = false
  }
  return count
}

/**
 * The length of a point as a reader sees it: words, or in CJK text its width in CJK
 * characters, where a Latin letter or digit ("Pod", "v3.6") takes half the width of one.
 */
export function pointLength(text: string, lang: string): number {
  if (!spaceless.test(text)) return shownWords(text)
  if (!isCjk(text)) return wordsOf(text, lang).length
  const cjk = text.match(cjkCharacter)?.length ?? 0
  const others = (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) - cjk
  return cjk + Math.ceil(others / 2)
}

/** A web address written out in a text ("https://…", "www.…"): where to read, not words of a point. */
export const webAddress = /\b(?:https?:\/\/|www\.)\S+/giu

/** One to three marks, no letter, digit or space: an operator ("*", "+=", "->", "\\"). */
export const operatorAlone = /^[^\p{L}\p{N}\s()[\]]{1,3}$/u

/**
 * Whether words name one or two systems a claim may hold on, joined by "and" or "or" in the languages lectern reads ("Windows",
 * "Linux und macOS"), the words after "On", "Sur", "Unter"….
 */
export function namesPlatforms(names: string[]): boolean {
  return (
    names.length > 0 &&
    names.length <= 3 &&
    names.every((name, index) => (index % 2 === 0 ? platform.test(name) : /^(?:and|or|et|ou|und|oder|y|o|e|en|of)$/iu.test(name)))
  )
}

/** Systems a claim may hold on alone ("On Windows,", "Sur Windows,", "Under Linux,"): a closed class of operating systems and platforms. */
const platform =
  /^(?:windows|linux|macos|mac|osx|ios|ipados|android|ubuntu|debian|fedora|arch|freebsd|openbsd|wsl2?|chromeos|unix|x86|x64|arm|arm64|aarch64|mobile|desktop)$/i
