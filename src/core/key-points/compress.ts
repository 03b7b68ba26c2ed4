import { compressClauses } from './clauses.ts'
import { adverbialSubordinator, determinesNoun, isMetaSentence, leansOnPreviousTokens } from './dependence.ts'
import { isCjk } from './text.ts'
import { isKnownWord, joinTokens, tagSentence, type Token } from './tagging.ts'

/** A sentence made short enough for a slide, and how much of it survived. */
export interface Compressed {
  text: string
  /** 1 for the whole sentence, less for a clause of it, least for a phrase cut before a preposition. */
  quality: number
  /** It opens with a word that needs the sentence before ("It…", "This was…", "Esto…"). */
  leans?: boolean
  /** The sentence talks about the talk ("Let's look at…"); English only. */
  meta?: boolean
  /**
   * The sentence only leads into what follows it ("The basic idea is:", "Here is the
   * output", "…something like this"): beside the code or figure it reads, on a slide
   * alone it does not; English only.
   */
  leadIn?: boolean
}

/** A shortened run of tagged tokens, before it becomes text. */
interface Cut {
  tokens: Token[]
  quality: number
}

/** Longest point: words, or characters in CJK. */
export const maxWords = 12
export const maxCjkCharacters = 30
/** A whole sentence or run of clauses this long still beats a fragment of a shorter one. */
export const maxLongWords = 16

// A phrase ending in one of these tags dangles ("…of the", "…because", "…their").
const danglingTags = new Set(['DT', 'IN', 'CC', 'TO', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'POS', 'MD', 'PDT', 'EX'])
const auxiliary = /^(is|was|are|were|be|been|being|am|has|have|had|do|does|did|'s|’s)$/i
const subordinating = /^(IN|WDT|WP|WP\$|WRB)$/

/**
 * Shorten a sentence to a complete phrase for a slide: drop asides and leading connectives,
 * then keep the whole sentence, or its longest leading run of whole clauses, or a main clause,
 * within {@link maxWords} words. Never ends in "…"; `undefined` when no clause fits.
 */
export function compress(sentence: string, lang: string): Compressed | undefined {
  if (isCjk(sentence)) return compressClauses(sentence, lang, maxCjkCharacters)
  if (!lang.toLowerCase().startsWith('en') || !isLatin(sentence)) return compressClauses(sentence, lang, maxWords)
  // " -- " and " - " between words are typed dashes: one dash, a clause boundary, as "—" is.
  const tagged = tagSentence(sentence.replace(/(\.{3}|…)\s*$/u, '.').replace(/ --? /g, ' — '))
  const tokens = dropLeading(removeAsides(tagged))
  const words = tokens.filter((token) => token.kind === 'word')
  if (words.length === 0) return undefined
  const modified = tokens.length !== tagged.length
  const short = words.length <= maxWords ? { tokens, quality: modified ? 0.95 : 1 } : byClauses(tokens, maxWords)
  // A later clause that leans on the one before ("…, and he was not wrong") loses to a longer cut.
  const standing = short && (words.length <= maxWords || !leansOnPreviousTokens(short.tokens)) ? short : undefined
  const cut = standing ?? longSentence(tokens, words) ?? byMainClause(tokens) ?? short ?? nounPhrase(tokens)
  if (!cut) return undefined
  // A fragment the author ended with a full stop ("A claim that needs a source.") is theirs to
  // present; one a cut made, or a code block cut off, is not.
  const finished = cut.tokens === tokens && /[.!?…]["'’”)\]]*$/u.test(sentence.trim())
  if (!finished && lacksMainClause(cut.tokens)) return undefined
  return {
    text: finish(cut.tokens),
    quality: cut.quality * (promisesMore(cut.tokens) ? 0.5 : 1),
    leans: leansOnPreviousTokens(cut.tokens),
    meta: isMetaSentence(tagged),
    leadIn: leadsIn(tagged),
  }
}

/**
 * When no run of clauses fits in {@link maxWords}, the whole sentence (or its leading clauses)
 * up to {@link maxLongWords}: a complete sentence a little long reads better than a fragment.
 */
function longSentence(tokens: Token[], words: Token[]): Cut | undefined {
  if (words.length <= maxLongWords && !dangles(words)) return { tokens, quality: 0.6 }
  const run = byClauses(tokens, maxLongWords)
  return run && !leansOnPreviousTokens(run.tokens) ? { ...run, quality: run.quality * 0.7 } : undefined
}

/**
 * A sentence that only leads into the code, list or figure after it: it ends in a colon
 * after a word that wants its object ("…is:", "…you just use:", "…for writing:", "…the
 * following:"), points at something shown ("I heard this", "…something like this"), or
 * opens with "Here is" or "Below are".
 */
function leadsIn(sentence: Token[]): boolean {
  const words = sentence.filter((token) => token.kind === 'word')
  // "Here is the output", and the same after an opening phrase ("As an example, here is…").
  const opens = (index: number) => index === 0 || sentence[sentence.indexOf(words[index]) - 2]?.value === ','
  if (words.some((word, index) => opens(index) && /^(here|below|above)$/i.test(word.value) && /^VB/.test(words[index + 1]?.tag ?? '')))
    return true
  // "the above example", "the following program": it points at what is shown beside it.
  if (
    words.some(
      (word, index) =>
        /^(above|following|below)$/i.test(word.value) && words[index - 1]?.tag === 'DT' && /^(NN|JJ)/.test(words[index + 1]?.tag ?? ''),
    )
  )
    return true
  // "So what to do?": a question without a noun leads into its answer.
  if (sentence.some((token) => token.value === '?') && !words.some((word) => /^NN/.test(word.tag))) return true
  // "See the docs for useOptimistic", "Read more in…": the sentence sends the reader elsewhere;
  // these verbs of pointing are a closed class the tagger cannot tell from others.
  const points = (word: Token, index: number) =>
    /^(see|read|visit|refer)$/i.test(word.value) || (/^check$/i.test(word.value) && /^out$/i.test(words[index + 1]?.value ?? ''))
  if (words.some((word, index) => opens(index) && points(word, index))) return true
  // "…feels like this.": the sentence ends on what it shows.
  if (/^(this|these)$/i.test(words[words.length - 1]?.value ?? '') && !/[?!]/.test(sentence[sentence.length - 1]?.value ?? '')) return true
  // It ends in a colon, or in no punctuation at all where a code block cuts the sentence off.
  const mark = sentence.findLastIndex((token) => token.kind === 'punctuation' && token.value !== '' && !/^[)\]"'’”]$/.test(token.value))
  const open = mark === -1 || sentence.slice(mark).some((token) => token.kind === 'word')
  if (!open && sentence[mark].value !== ':') return false
  const before = (open ? sentence : sentence.slice(0, mark)).filter((token) => token.kind === 'word')
  const end = before[before.length - 1]
  if (!end) return false
  // A verb at the end wants its object only after its subject ("you just use:"); after a
  // noun it is most likely a noun the tagger misread ("take the read lock:").
  let subject = before.length - 2
  while (subject > 0 && /^RB/.test(before[subject].tag)) subject--
  const verbWithoutObject = /^(VB[PZ]?|NN)$/.test(end.tag) && /^(PRP|MD)$/.test(before[subject]?.tag ?? '')
  return (
    /^(IN|TO|DT|CC|WDT|WP|WRB|MD|VBG)$/.test(end.tag) ||
    auxiliary.test(end.value) ||
    verbWithoutObject ||
    /^(following|follows|below)$/i.test(end.value)
  )
}

/**
 * A subject and its relative clause, without the verb of the sentence ("Startups that once
 * needed capital", "The system, which had grown over many years"): its only verb group comes
 * after a relative pronoun.
 */
function onlyRelativeVerb(words: Token[]): boolean {
  const first = words.findIndex((word) => /^(VB[DNPZ]?|MD)$/.test(word.tag))
  if (first <= 0) return false
  const relative = words
    .slice(0, first)
    .some((word, index) => /^(WDT|WP)$/.test(word.tag) || (/^that$/i.test(word.value) && /^NN/.test(words[index - 1]?.tag ?? '')))
  if (!relative) return false
  let groups = 0
  for (let index = first; index < words.length; index++) {
    if (!/^(VB[DNPZ]?|MD)$/.test(words[index].tag)) continue
    // "had not been" is one group; "once required | now required" two.
    let before = index - 1
    while (before > 0 && /^RB/.test(words[before].tag)) before--
    if (!/^(VB|MD)/.test(words[before].tag)) groups++
  }
  return groups < 2
}

/**
 * A subordinate clause without the main clause it needs ("When calling a function",
 * "Once errWriter exists"): what is left when a code block cuts a sentence in two, or a cut
 * keeps only the sentence's opening.
 */
function lacksMainClause(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  if (onlyRelativeVerb(words)) return true
  const opener = subordinatorIndex(words)
  if (opener === -1) return false
  // The main clause follows the opening one after a comma ("When X, Y"; "To X, use Y"); a
  // clause split off at "that" or "which" is still inside it.
  const at = tokens.indexOf(words[opener])
  return !clausesOf(tokens).some(
    (clause) => clause.start > at && tokens[clause.start - 1]?.kind === 'punctuation' && clause.words.length >= 2,
  )
}

/** "X isn't just A" without its "but B" (or "; it's B"): the point is in the part left out. */
function promisesMore(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word').map((token) => token.value.toLowerCase())
  const at = words.findIndex((word, index) => /^(not|n['’]t)$/.test(word) && /^(just|only|merely|simply)$/.test(words[index + 1] ?? ''))
  return at !== -1 && !words.slice(at).includes('but')
}

/** Whether most letters of `text` are Latin: the English tagger reads nothing else. */
function isLatin(text: string): boolean {
  if (!/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]/.test(text)) return true
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  return letters > 0 && (text.match(/\p{Script=Latin}/gu)?.length ?? 0) / letters > 0.7
}

/**
 * The sentence's subject with the prepositional phrases that complete it ("The main sponsor
 * for the workshop"), with its determiner, when no clause fits.
 */
function nounPhrase(tokens: Token[]): Cut | undefined {
  // A comma ends a phrase: "Airbnb, Dropbox" is a list, not one name.
  const firstBreak = tokens.findIndex((token) => token.kind === 'punctuation')
  const words = (firstBreak === -1 ? tokens : tokens.slice(0, firstBreak)).filter((token) => token.kind === 'word')
  const inPhrase = (tag: string) => /^(JJ|NN|CD|VBG|POS)/.test(tag)
  const subjectStart = /^(DT|PRP\$)$/.test(words[0]?.tag ?? '') ? 1 : 0
  let subject: Token[] = []
  for (let start = 0; start < words.length; start++) {
    if (!inPhrase(words[start].tag) || (start > 0 && inPhrase(words[start - 1].tag))) continue
    let end = start
    let phrase: Token[] = []
    while (end < words.length) {
      if (inPhrase(words[end].tag)) end++
      else if (words[end].tag === 'IN' && inPhrase(words[end + 1]?.tag ?? '')) end += 2
      else if (words[end].tag === 'IN' && words[end + 1]?.tag === 'DT' && inPhrase(words[end + 2]?.tag ?? '')) end += 3
      else break
      if (end - start > maxWords) break
      const candidate = words.slice(start, end)
      // A "noun" before an adverb or "to" is most likely a verb the tagger missed ("trace back to").
      if (/^NN/.test(candidate[candidate.length - 1].tag) && !/^(RB|TO)/.test(words[end]?.tag ?? '')) phrase = candidate
    }
    const determiner = start > 0 && /^(DT|PRP\$)$/.test(words[start - 1].tag) ? [words[start - 1]] : []
    if (start === subjectStart) subject = [...determiner, ...phrase]
  }
  // "The diagram traces | a byte": a plural "noun" before an object is the verb the tagger missed.
  const last = subject.length - 1
  if (
    last > 0 &&
    subject[last].tag === 'NNS' &&
    /^NN/.test(subject[last - 1].tag) &&
    /^(DT|PRP\$|JJ|CD)/.test(words[words.indexOf(subject[last]) + 1]?.tag ?? '')
  )
    subject = subject.slice(0, last)
  // Only the subject, and one with its head noun before any preposition ("Implicit in this
  // mechanism" is an adjective's phrase); a noun phrase from mid-sentence reads as a fragment.
  const preposition = subject.findIndex((word) => word.tag === 'IN')
  const headed = preposition === -1 || /^NN/.test(subject[preposition - 1]?.tag ?? '')
  const phrase = subject.length >= 3 && headed ? subject : []
  if (phrase.length === 0 || opensClauseWithoutVerb(phrase)) return undefined
  const from = tokens.indexOf(phrase[0])
  const to = tokens.indexOf(phrase[phrase.length - 1])
  return { tokens: theForDemonstrative(tokens.slice(from, to + 1)), quality: 0.2 }
}

/** Parentheses, brackets and an aside between two dashes are details, not the point. */
function removeAsides(tokens: Token[]): Token[] {
  const kept: Token[] = []
  const listed = squareLists(tokens)
  let depth = 0
  for (const [index, token] of tokens.entries()) {
    // "`.backward()`": empty brackets right after a word are a call, not an aside.
    const call = token.value === '(' && tokens[index + 1]?.value === ')' && tokens[index - 1]?.kind === 'word'
    if (listed.has(index)) {
      if (depth === 0) kept.push(token)
    } else if (call || (token.value === ')' && tokens[index - 1]?.value === '(' && tokens[index - 2]?.kind === 'word')) {
      if (depth === 0) kept.push(token)
    } else if (token.kind === 'punctuation' && /^[([]$/.test(token.value)) depth++
    else if (token.kind === 'punctuation' && /^[)\]]$/.test(token.value) && depth > 0) depth--
    else if (depth === 0) kept.push(token)
  }
  // A sentence that is all aside ("(For those familiar with…)") is kept, brackets dropped.
  if (!kept.some((token) => token.kind === 'word')) return tidySpaces(tokens.filter((token) => !/^[()[\]]$/.test(token.value)))
  const dashes = kept.flatMap((token, index) => (isDash(token) ? [index] : []))
  // The aside leaves a clause boundary behind: an empty punctuation token.
  const boundary: Token = { kind: 'punctuation', value: '', tag: '' }
  const result = dashes.length >= 2 ? [...kept.slice(0, dashes[0]), boundary, space, ...kept.slice(dashes[1] + 1)] : kept
  return tidySpaces(result)
}

const space: Token = { kind: 'space', value: ' ', tag: '' }

/**
 * The tokens of square-bracketed lists ("becomes [BOS, e, m, m, a, BOS]"): content the
 * sentence needs, unlike an editor's "[sic]" or a citation "[1, 2]", which stay asides.
 */
function squareLists(tokens: Token[]): Set<number> {
  const listed = new Set<number>()
  for (const [open, token] of tokens.entries()) {
    if (token.value !== '[') continue
    const close = tokens.findIndex((each, index) => index > open && /^[[\]]$/.test(each.value))
    if (close === -1 || tokens[close].value !== ']') continue
    const inside = tokens.slice(open + 1, close)
    const words = inside.filter((each) => each.kind === 'word')
    if (inside.some((each) => each.value === ',') && words.some((each) => !/^\d+$/.test(each.value)))
      for (let index = open; index <= close; index++) listed.add(index)
  }
  return listed
}

/** An em or en dash; typed hyphens between spaces became one before tagging, and "-m" is a flag. */
function isDash(token: Token): boolean {
  return token.kind === 'punctuation' && /^[—–]$/.test(token.value)
}

function tidySpaces(tokens: Token[]): Token[] {
  const result: Token[] = []
  for (const [index, token] of tokens.entries()) {
    const last = result[result.length - 1]
    if (token.kind === 'space' && (!last || last.kind === 'space')) continue
    // (Not the dot that opens a name: "PyTorch’s .backward()".)
    const opensWord = token.value === '.' && tokens[index + 1]?.kind === 'word'
    if (token.kind === 'punctuation' && /^[,.;:!?]$/.test(token.value) && last?.kind === 'space' && !opensWord) result.pop()
    result.push(token)
  }
  while (result[result.length - 1]?.kind === 'space') result.pop()
  return result
}

// A negation is the sentence's meaning, never a link to the one before: "not all of these rules apply".
const negation = /^(not|never|n['’]t|no)$/i

/** Drop what only links a sentence to the one before: "But", "However,", "In fact,", "Then". */
function dropLeading(tokens: Token[]): Token[] {
  let rest = tokens
  for (let round = 0; round < 3; round++) {
    const words = rest.filter((token) => token.kind === 'word')
    const [first, second] = words
    if (!first || words.length < 4) break
    const comma = rest.findIndex((token) => token.value === ',')
    const intro = comma > 0 ? rest.slice(0, comma).filter((token) => token.kind === 'word') : []
    if (first.tag === 'CC') rest = rest.slice(rest.indexOf(first) + 1)
    else if (
      intro.length > 0 &&
      intro.length <= 4 &&
      /^(IN|RB|VBG|TO|UH)/.test(first.tag) &&
      !intro.some((token) => /^(CD|NNP)/.test(token.tag) || (/^(VB|MD)/.test(token.tag) && token !== first))
    )
      rest = rest.slice(comma + 1)
    else if (
      /^RB/.test(first.tag) &&
      !adverbialSubordinator.test(first.value) &&
      !negation.test(first.value) &&
      second &&
      /^(PRP|DT|EX|NNP)/.test(second.tag)
    )
      rest = rest.slice(rest.indexOf(first) + 1)
    else break
    rest = tidySpaces(rest)
  }
  return theForDemonstrative(rest)
}

/** "That tactical shift…" reads as "The tactical shift…" on its own slide. */
function theForDemonstrative(tokens: Token[]): Token[] {
  const words = tokens.filter((token) => token.kind === 'word')
  const [first, second] = words
  if (!first || !second || !/^(this|that|these|those)$/i.test(first.value) || !determinesNoun(second, first.value)) return tokens
  return tokens.map((token) => (token === first ? { ...token, value: 'The', tag: 'DT' } : token))
}

interface Clause {
  start: number
  end: number
  words: Token[]
}

/** Split tagged tokens where a clause may start: after , ; : or a dash, before a relative or subordinate word. */
function clausesOf(tokens: Token[]): Clause[] {
  const starts = [0]
  const words = tokens.filter((token) => token.kind === 'word')
  let wordIndex = 0
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]
    const previous = tokens[index - 1]
    if (token.kind === 'word') wordIndex = words.indexOf(token, wordIndex)
    if (previous.kind === 'punctuation' && /^[,;:—–]?$/.test(previous.value)) starts.push(index)
    else if (token.kind === 'word' && subordinating.test(token.tag) && opensClause(words, wordIndex)) starts.push(index)
  }
  const unique = [...new Set(starts)].filter((start) => tokens.slice(start).some((token) => token.kind === 'word'))
  return unique.map((start, index) => {
    const end = unique[index + 1] ?? tokens.length
    return { start, end, words: tokens.slice(start, end).filter((token) => token.kind === 'word') }
  })
}

/**
 * A relative word opens a clause unless it is the object of the word before ("figure out
 * what…"); a preposition opens one when a subject and a verb follow ("because it was…").
 */
function opensClause(words: Token[], index: number): boolean {
  const before = words[index - 1]
  const next = words.slice(index + 1, index + 5)
  if (before && /^(VB|IN|RP|TO)/.test(before.tag)) return false
  // "a program called Moustachio | that makes…": "that" after a noun, before a verb, is relative.
  if (/^that$/i.test(words[index].value) && before && /^NN/.test(before.tag)) return /^(VB|MD)/.test(next[0]?.tag ?? '')
  if (words[index].tag !== 'IN') return true
  // "the trove | of occurrence data it makes": "of" completes a noun, never opens a clause.
  if (/^of$/i.test(words[index].value)) return false
  if (!next[0] || !/^(DT|PRP|NN|JJ|CD|EX)/.test(next[0].tag)) return false
  for (const word of next) {
    if (/^(VB[DPZ]|MD)$/.test(word.tag)) return true
    if (word.tag === 'IN') return false
  }
  return false
}

/** A clause has a verb of its own; a gerund alone ("negotiating with vendors") is a phrase. */
const hasVerb = (words: Token[]) => words.some((word) => /^(VB[DNPZ]?|MD)$/.test(word.tag))
/** The clause opens with a subordinating word; "what" may open the subject ("What began with S3 has grown"). */
const startsSubordinate = (words: Token[]) => words.length > 0 && subordinating.test(words[0].tag) && !freeRelative.test(words[0].value)
const freeRelative = /^what(ever)?$/i
/** A clause that can stand alone after another opens with its subject. */
const startsWithSubject = (words: Token[]) => words.length > 0 && /^(NN|PRP|DT|JJ|EX)/.test(words[words[0].tag === 'CC' ? 1 : 0]?.tag ?? '')
/**
 * "To decode X," "Given the reader," "Looking back,": an opening phrase, not a clause that
 * stands alone; "Deploying the change took longer" has a gerund for subject and its own verb.
 */
const startsIntroductory = (words: Token[]) =>
  words.length > 0 && /^(TO|VBG|VBN)$/.test(words[0].tag) && !words.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag))

/** The clause opens with a subordinating word, after any linking adverb ("Also, once X exists"). */
function opensSubordinate(words: Token[]): boolean {
  const index = subordinatorIndex(words)
  return index !== -1 && words[index].tag !== 'TO'
}

/** Where the subordinating word (or the "to" of an opening purpose clause) that opens `words` stands; -1 if none. */
function subordinatorIndex(words: Token[]): number {
  let index = 0
  while (
    index < words.length - 1 &&
    (words[index].tag === 'CC' || (/^RB/.test(words[index].tag) && !adverbialSubordinator.test(words[index].value)))
  )
    index++
  const word = words[index]
  if (word === undefined) return -1
  // "Now that we have…", "so that": "that" after an adverb opens a clause, whatever its tag.
  // ("What began with S3 has grown…": a clause opened by "what" can be the subject itself.)
  const opens =
    (subordinating.test(word.tag) && !freeRelative.test(word.value)) ||
    adverbialSubordinator.test(word.value) ||
    (index > 0 && /^that$/i.test(word.value))
  return opens || (index === 0 && word.tag === 'TO') ? index : -1
}

// Penn tags give IN to prepositions and subordinating conjunctions alike ("for", "since"):
// the conjunctions that open an adverbial clause before its main clause are a closed class.
const adverbialConjunction = /^(since|because|although|though|unless|if|once|while|whereas|when|whenever|as)$/i

/** The clause opens with a conjunction whose main clause comes after it ("since errors are values, …"). */
const opensAdverbialClause = (words: Token[]) => words.length > 0 && adverbialConjunction.test(words[0].value)

/** The run opened an adverbial clause ("since…", "if…") and no comma has closed it yet. */
function waitsForMainClause(tokens: Token[]): boolean {
  const at = tokens.findLastIndex(
    (token) => token.kind === 'word' && /^(IN|WRB)$/.test(token.tag) && adverbialConjunction.test(token.value),
  )
  const end = tokens.findLastIndex((token) => token.kind === 'word')
  return at > 0 && !tokens.slice(at, end).some((token) => token.value === ',')
}

/** The clause opens with a relative pronoun ("which", "who", "that"). */
const opensRelative = (words: Token[]) => words.length > 0 && (/^(WDT|WP)$/.test(words[0].tag) || /^(that|where)$/i.test(words[0].value))

/** The phrase ends on a noun phrase opened by "a" or "an" ("…is a system"). */
function endsIndefinite(words: Token[]): boolean {
  let index = words.length - 1
  while (index > 0 && /^(NN|JJ|CD|VBG)/.test(words[index].tag)) index--
  return index < words.length - 1 && /^an?$/i.test(words[index].value)
}

// Adverbs that, at the end of a phrase, open or lean on a clause that was cut off ("…like S3
// and Redis so", "…will work even"): a closed class the tagger gives the same RB as any adverb.
const clauseAdverb = /^(so|then|thus|hence|therefore|yet|even|just)$/i

function dangles(all: Token[]): boolean {
  // "…understood that just": an adverb at the end leans on what it was going to modify.
  let end = all.length
  while (end > 1 && /^RB/.test(all[end - 1].tag) && danglingTags.has(all[end - 2].tag)) end--
  const words = all.slice(0, end)
  const last = words[words.length - 1]
  const before = words[words.length - 2]
  if (!last) return true
  if (danglingTags.has(last.tag) || clauseAdverb.test(last.value)) return true
  if (/^VB/.test(last.tag) && auxiliary.test(last.value)) return true
  if (opensClauseWithoutVerb(words)) return true
  return /^JJ/.test(last.tag) && before !== undefined && /^(DT|PRP\$|IN)$/.test(before.tag)
}

// Words that always open a clause of their own, which needs a verb ("lucky that two members | of the team").
const complementizer = /^(that|if|whether|because|although|though|unless)$/i

/** The phrase stops inside a clause it opened ("…that", "…if") before that clause's verb. */
function opensClauseWithoutVerb(words: Token[]): boolean {
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]
    if (/^(VB|MD)/.test(word.tag)) return false
    // The tagger often takes a verb in -s for a plural noun: "traffic costs", "retrieval yields".
    // (after a noun, before what reads as its object).
    if (word.tag === 'NNS' && /^NN[P]?$/.test(words[index - 1]?.tag ?? '') && /^(DT|NN|PRP|JJ|CD)/.test(words[index + 1]?.tag ?? ''))
      return false
    // "a mode that disables the WAL": right after a relative pronoun, before its object, a "noun" is the verb.
    if (
      /^NNS?$/.test(word.tag) &&
      /^(that|which|who)$/i.test(words[index - 1]?.value ?? '') &&
      /^(DT|PRP\$|JJ|CD)/.test(words[index + 1]?.tag ?? '')
    )
      return false
    // "because of the bug" is a preposition, not a clause.
    if (/^(IN|WDT)$/.test(word.tag) && complementizer.test(word.value) && !/^of$/i.test(words[index + 1]?.value ?? '')) return true
  }
  return false
}

/** The longest run of whole clauses that fits, preferring the sentence's own start. */
function byClauses(tokens: Token[], limit: number): Cut | undefined {
  const clauses = clausesOf(tokens)
  let best: Cut | undefined
  let bestLength = 0
  for (let first = 0; first < clauses.length; first++) {
    if (first > 0 && best) break
    const opening = clauses[first].words
    if (opensSubordinate(opening) || (first > 0 && !startsWithSubject(opening))) continue
    // A run after a verbless clause would start mid-list ("…Airbnb, Dropbox, and Slack did…").
    if (first > 0 && (!hasVerb(opening) || (!hasVerb(clauses[first - 1].words) && !startsSubordinate(clauses[first - 1].words)))) continue
    const words: Token[] = []
    for (let last = first; last < clauses.length; last++) {
      words.push(...clauses[last].words)
      if (words.length > limit) break
      const next = clauses[last + 1]
      // "…said to me | that statisticians can learn…": the "that" clause is what was said.
      if (next && /^that$/i.test(next.words[0]?.value ?? '') && /^(VB|PRP|TO|IN)/.test(words[words.length - 1].tag)) continue
      // "The result is a system | that handles…": a relative clause defines what "a" left open.
      if (next && last === first && opensRelative(next.words) && endsIndefinite(words)) continue
      // "…only becomes extraordinary | when scaled…": "only" makes the condition the point.
      if (next && opensSubordinate(next.words) && words.some((word) => /^only$/i.test(word.value))) continue
      // A comma between list items ("Go, Rust, C") is not a place to stop.
      if (next && tokens[next.start - 1]?.value === ',' && !hasVerb(next.words) && !startsSubordinate(next.words)) continue
      if (next && last > first && tokens[next.start - 1]?.value === ',' && !hasVerb(clauses[last].words) && next.words[0]?.tag === 'CC')
        continue
      // What follows a colon is the point of the sentence: not one item of it alone.
      if (last > first && !hasVerb(clauses[last].words) && tokens[clauses[last].start - 1]?.value === ':') continue
      if (
        last > first + 1 &&
        !hasVerb(clauses[last].words) &&
        !hasVerb(clauses[last - 1].words) &&
        tokens[clauses[last - 1].start - 1]?.value === ':'
      )
        continue
      // "…and since errors are values, | errors can be…": the main clause of "since" is still to come.
      if (next && last > first && opensAdverbialClause(clauses[last].words) && tokens[next.start - 1]?.value === ',') continue
      // "…at all times, | even": an adverb alone opens a clause still to come.
      if (next && last > first && clauses[last].words.length > 0 && clauses[last].words.every((word) => /^RB/.test(word.tag))) continue
      // "Note that since X treats Y, | these examples…": "since" still waits for its main clause.
      if (next && tokens[next.start - 1]?.value === ',' && waitsForMainClause(tokens.slice(clauses[first].start, clauses[last].end)))
        continue
      // "…on every iteration, | but in the real API": a conjunction opens a clause still to come.
      if (next && last > first && clauses[last].words[0]?.tag === 'CC' && !hasVerb(clauses[last].words)) continue
      if (words.length < 3 || !hasVerb(words) || dangles(words)) continue
      if (lacksMainClause(tokens.slice(clauses[first].start, clauses[last].end))) continue
      if (next && promisesMore(words)) continue
      if (last === first && first === 0 && startsIntroductory(opening) && clauses.length > 1) continue
      if (words.length > bestLength) {
        const wordTokens = dropLeading(tokens.slice(clauses[first].start, clauses[last].end))
        best = { tokens: wordTokens, quality: first === 0 ? 0.85 : 0.75 }
        bestLength = words.length
      }
    }
  }
  return best
}

/** No run of clauses fits: the sentence, or its main clause, up to a preposition or conjunction. */
function byMainClause(tokens: Token[]): Cut | undefined {
  const clauses = clausesOf(tokens)
  const main = clauses.find((clause, index) => index > 0 && startsWithSubject(clause.words) && startsSubordinate(clauses[0].words))
  const whole = byPhrase(tokens, maxWords) ?? byPhrase(tokens, maxLongWords)
  if (whole || !main) return whole
  const cut = byPhrase(dropLeading(tokens.slice(main.start)), maxWords)
  return cut && { ...cut, quality: 0.45 }
}

/** Last resort: stop before a preposition or conjunction, keeping a verb and a noun. */
function byPhrase(tokens: Token[], limit: number): Cut | undefined {
  const words = tokens.filter((token) => token.kind === 'word')
  if (startsSubordinate(words)) return undefined
  // "…not as X but as Y" cut after X says the opposite.
  const negation = words.findIndex((word) => /^(not|n[’']t|never)$/i.test(word.value))
  const contrast = words.findIndex((word, index) => index > negation && word.tag === 'CC' && /^but$/i.test(word.value))
  for (let count = Math.min(limit, words.length - 1); count >= 5; count--) {
    const next = words[count]
    // "…raise millions | just to buy servers": an adverb can open the phrase that is cut off.
    // (Not "…took way | longer than expected": a comparative and its "than" complete the verb.)
    const opensPhrase = /^RB/.test(next.tag) && /^(IN|TO)$/.test(words[count + 1]?.tag ?? '') && !/^than$/i.test(words[count + 1].value)
    // Not before "to": "a way | to describe", "want | to learn" leave the verb or noun wanting.
    // A "to" before a noun phrase is a preposition, and may be cut before ("refers | to the kind of…").
    const preposition = next.tag === 'TO' && /^(DT|PRP\$|JJ|CD)/.test(words[count + 1]?.tag ?? '')
    if (!/^(IN|CC|WDT|WP|WRB)$/.test(next.tag) && !opensPhrase && !preposition) continue
    // Nor before the relative clause that says which "a place" is meant ("a place | where…").
    if (opensRelative(words.slice(count)) && endsIndefinite(words.slice(0, count))) continue
    // Nor before "of", which completes the noun before it ("was part | of the workflow"), nor
    // before the "that" clause a verb reports ("said to me | that statisticians can learn").
    if (/^of$/i.test(next.value) || (/^that$/i.test(next.value) && /^(VB|PRP|JJ)/.test(words[count - 1].tag))) continue
    // "…to figure | out" or "…framed it | not as": a particle or a negation belongs to its verb.
    if (/^(VB|RB)/.test(words[count - 1].tag) || (words[count - 2] && /^VB/.test(words[count - 2].tag) && words[count - 1].tag === 'PRP'))
      continue
    if (negation !== -1 && contrast !== -1 && count > negation && count <= contrast) continue
    // "…only becomes extraordinary | when scaled…": "only" makes the condition the point.
    if (/^(IN|WRB)$/.test(next.tag) && words.slice(0, count).some((word) => /^only$/i.test(word.value))) continue
    // A preposition that opens no noun phrase is a particle of the verb before it ("pop up").
    if (next.tag === 'IN' && !/^(DT|PRP|NN|JJ|CD|VBG)/.test(words[count + 1]?.tag ?? '')) continue
    const head = words.slice(0, count)
    if (!hasVerb(head) || dangles(head) || !head.some((word) => /^(NN|PRP|CD)/.test(word.tag))) continue
    return { tokens: tokens.slice(0, tokens.indexOf(next)), quality: 0.5 }
  }
  return undefined
}

/** Capitalise, drop the closing full stop and any trailing comma or dash; keep ? and !. */
function finish(tokens: Token[]): string {
  const text = joinTokens(tokens)
    // "###Web History features…": a heading without its space, which CommonMark reads as text.
    .replace(/^#{1,6}(?=\p{L})/u, '')
    .replace(/[\s,;:—–-]+$/u, '')
    .replace(/(\.{3}|…)$/u, '')
    .replace(/(?<!\.)\.$/u, '')
    .trim()
  // A name or identifier keeps its case ("npm", "useActionState", "rentrez"): only a word the
  // lexicon knows is capitalised.
  const first = /^\p{L}+/u.exec(text)?.[0] ?? ''
  if (!first || first !== first.toLowerCase() || !isKnownWord(first)) return text
  return text.charAt(0).toUpperCase() + text.slice(1)
}
