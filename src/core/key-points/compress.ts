import { determinesNoun, isMetaSentence, leansOnPreviousTokens } from './dependence.ts'
import { compressClauses } from './clauses.ts'
import { isCjk } from './text.ts'
import { joinTokens, tagSentence, type Token } from './tagging.ts'

/** A sentence made short enough for a slide, and how much of it survived. */
export interface Compressed {
  text: string
  /** 1 for the whole sentence, less for a clause of it, least for a phrase cut before a preposition. */
  quality: number
  /** It opens with a word that needs the sentence before ("It…", "This was…", "Esto…"). */
  leans?: boolean
  /** The sentence talks about the talk ("Let's look at…"); English only. */
  meta?: boolean
}

/** A shortened run of tagged tokens, before it becomes text. */
interface Cut {
  tokens: Token[]
  quality: number
}

/** Longest point: words, or characters in CJK. */
export const maxWords = 12
export const maxCjkCharacters = 30

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
  const tagged = tagSentence(sentence.replace(/(\.{3}|…)\s*$/u, '.'))
  const tokens = dropLeading(removeAsides(tagged))
  const words = tokens.filter((token) => token.kind === 'word')
  if (words.length === 0) return undefined
  const modified = tokens.length !== tagged.length
  const cut: Cut | undefined =
    words.length <= maxWords ? { tokens, quality: modified ? 0.95 : 1 } : (byClauses(tokens) ?? nounPhrase(tokens))
  if (!cut) return undefined
  return {
    text: finish(cut.tokens),
    quality: cut.quality * (promisesMore(cut.tokens) ? 0.5 : 1),
    leans: leansOnPreviousTokens(cut.tokens),
    meta: isMetaSentence(tagged),
  }
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
 * The sentence's longest noun phrase with the prepositional phrases that complete it
 * ("differential equation solvers with neural networks in Julia"), when no clause fits.
 */
function nounPhrase(tokens: Token[]): Cut | undefined {
  // A comma ends a phrase: "Airbnb, Dropbox" is a list, not one name.
  const firstBreak = tokens.findIndex((token) => token.kind === 'punctuation')
  const words = (firstBreak === -1 ? tokens : tokens.slice(0, firstBreak)).filter((token) => token.kind === 'word')
  const inPhrase = (tag: string) => /^(JJ|NN|CD|VBG|POS)/.test(tag)
  let best: Token[] = []
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
    if (phrase.length > best.length) best = phrase
  }
  if (best.length < 3 || opensClauseWithoutVerb(best)) return undefined
  const from = tokens.indexOf(best[0])
  const to = tokens.indexOf(best[best.length - 1])
  return { tokens: tokens.slice(from, to + 1), quality: 0.2 }
}

/** Parentheses, brackets and an aside between two dashes are details, not the point. */
function removeAsides(tokens: Token[]): Token[] {
  const kept: Token[] = []
  let depth = 0
  for (const token of tokens) {
    if (token.kind === 'punctuation' && /^[([]$/.test(token.value)) depth++
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

function isDash(token: Token): boolean {
  return token.kind === 'punctuation' && /^[—–]$|^--?$/.test(token.value)
}

function tidySpaces(tokens: Token[]): Token[] {
  const result: Token[] = []
  for (const token of tokens) {
    const last = result[result.length - 1]
    if (token.kind === 'space' && (!last || last.kind === 'space')) continue
    if (token.kind === 'punctuation' && /^[,.;:!?]$/.test(token.value) && last?.kind === 'space') result.pop()
    result.push(token)
  }
  while (result[result.length - 1]?.kind === 'space') result.pop()
  return result
}

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
    else if (/^RB/.test(first.tag) && second && /^(PRP|DT|EX|NNP)/.test(second.tag)) rest = rest.slice(rest.indexOf(first) + 1)
    else break
    rest = tidySpaces(rest)
  }
  return theForDemonstrative(rest)
}

/** "That tactical shift…" reads as "The tactical shift…" on its own slide. */
function theForDemonstrative(tokens: Token[]): Token[] {
  const words = tokens.filter((token) => token.kind === 'word')
  const [first, second] = words
  if (!first || !second || !/^(this|that|these|those)$/i.test(first.value) || !determinesNoun(second)) return tokens
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
  if (!next[0] || !/^(DT|PRP|NN|JJ|CD|EX)/.test(next[0].tag)) return false
  for (const word of next) {
    if (/^(VB[DPZ]|MD)$/.test(word.tag)) return true
    if (word.tag === 'IN') return false
  }
  return false
}

/** A clause has a verb of its own; a gerund alone ("negotiating with vendors") is a phrase. */
const hasVerb = (words: Token[]) => words.some((word) => /^(VB[DNPZ]?|MD)$/.test(word.tag))
const startsSubordinate = (words: Token[]) => words.length > 0 && subordinating.test(words[0].tag)
/** A clause that can stand alone after another opens with its subject. */
const startsWithSubject = (words: Token[]) => words.length > 0 && /^(NN|PRP|DT|JJ|EX)/.test(words[words[0].tag === 'CC' ? 1 : 0]?.tag ?? '')
/** "To decode X," "Given the reader," "Looking back,": an opening phrase, not a clause that stands alone. */
const startsIntroductory = (words: Token[]) => words.length > 0 && /^(TO|VBG|VBN)$/.test(words[0].tag)

function dangles(all: Token[]): boolean {
  // "…understood that just": an adverb at the end leans on what it was going to modify.
  let end = all.length
  while (end > 1 && /^RB/.test(all[end - 1].tag) && danglingTags.has(all[end - 2].tag)) end--
  const words = all.slice(0, end)
  const last = words[words.length - 1]
  const before = words[words.length - 2]
  if (!last) return true
  if (danglingTags.has(last.tag)) return true
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
    // "because of the bug" is a preposition, not a clause.
    if (/^(IN|WDT)$/.test(word.tag) && complementizer.test(word.value) && !/^of$/i.test(words[index + 1]?.value ?? '')) return true
  }
  return false
}

/** The longest run of whole clauses that fits, preferring the sentence's own start. */
function byClauses(tokens: Token[]): Cut | undefined {
  const clauses = clausesOf(tokens)
  let best: Cut | undefined
  let bestLength = 0
  for (let first = 0; first < clauses.length; first++) {
    if (first > 0 && best) break
    const opening = clauses[first].words
    if (startsSubordinate(opening) || (first > 0 && !startsWithSubject(opening))) continue
    // A run after a verbless clause would start mid-list ("…Airbnb, Dropbox, and Slack did…").
    if (first > 0 && (!hasVerb(opening) || (!hasVerb(clauses[first - 1].words) && !startsSubordinate(clauses[first - 1].words)))) continue
    const words: Token[] = []
    for (let last = first; last < clauses.length; last++) {
      words.push(...clauses[last].words)
      if (words.length > maxWords) break
      const next = clauses[last + 1]
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
      if (words.length < 3 || !hasVerb(words) || dangles(words)) continue
      if (next && promisesMore(words)) continue
      if (last === first && first === 0 && startsIntroductory(opening) && clauses.length > 1) continue
      if (words.length > bestLength) {
        const wordTokens = dropLeading(tokens.slice(clauses[first].start, clauses[last].end))
        best = { tokens: wordTokens, quality: first === 0 ? 0.85 : 0.75 }
        bestLength = words.length
      }
    }
  }
  if (best) return best
  const main = clauses.find((clause, index) => index > 0 && startsWithSubject(clause.words) && startsSubordinate(clauses[0].words))
  const whole = byPhrase(tokens)
  if (whole || !main) return whole
  const cut = byPhrase(dropLeading(tokens.slice(main.start)))
  return cut && { ...cut, quality: 0.45 }
}

/** Last resort: stop before a preposition or conjunction, keeping a verb and a noun. */
function byPhrase(tokens: Token[]): Cut | undefined {
  const words = tokens.filter((token) => token.kind === 'word')
  if (startsSubordinate(words)) return undefined
  // "…not as X but as Y" cut after X says the opposite.
  const negation = words.findIndex((word) => /^(not|n[’']t|never)$/i.test(word.value))
  const contrast = words.findIndex((word, index) => index > negation && word.tag === 'CC' && /^but$/i.test(word.value))
  for (let count = Math.min(maxWords, words.length - 1); count >= 5; count--) {
    const next = words[count]
    // "…raise millions | just to buy servers": an adverb can open the phrase that is cut off.
    const opensPhrase = /^RB/.test(next.tag) && /^(IN|TO)$/.test(words[count + 1]?.tag ?? '')
    // Not before "to": "a way | to describe", "want | to learn" leave the verb or noun wanting.
    if (!/^(IN|CC|WDT|WP|WRB)$/.test(next.tag) && !opensPhrase) continue
    // "…to figure | out" or "…framed it | not as": a particle or a negation belongs to its verb.
    if (/^(VB|RB)/.test(words[count - 1].tag) || (words[count - 2] && /^VB/.test(words[count - 2].tag) && words[count - 1].tag === 'PRP'))
      continue
    if (negation !== -1 && contrast !== -1 && count > negation && count <= contrast) continue
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
    .replace(/[\s,;:—–-]+$/u, '')
    .replace(/(\.{3}|…)$/u, '')
    .replace(/(?<!\.)\.$/u, '')
    .trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}
