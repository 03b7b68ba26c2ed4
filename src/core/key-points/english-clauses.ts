import { adverbialSubordinator } from './dependence.ts'
import type { Token } from './tagging.ts'

/*
 * Where the clauses of a tagged English sentence start and what opens each: the boundaries
 * a key point may be cut at.
 */

export const subordinating = /^(IN|WDT|WP|WP\$|WRB)$/

export interface Clause {
  start: number
  end: number
  words: Token[]
}

/** Split tagged tokens where a clause may start: after , ; : or a dash, before a relative or subordinate word. */
export function clausesOf(tokens: Token[]): Clause[] {
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
export const hasVerb = (words: Token[]) => words.some((word) => /^(VB[DNPZ]?|MD)$/.test(word.tag))
/** The clause opens with a subordinating word; "what" may open the subject ("What began with S3 has grown"). */
export const startsSubordinate = (words: Token[]) =>
  words.length > 0 && subordinating.test(words[0].tag) && !freeRelative.test(words[0].value)
const freeRelative = /^what(ever)?$/i
/** A clause that can stand alone after another opens with its subject. */
export const startsWithSubject = (words: Token[]) =>
  words.length > 0 && /^(NN|PRP|DT|JJ|EX)/.test(words[words[0].tag === 'CC' ? 1 : 0]?.tag ?? '')
/**
 * "To decode X," "Given the reader," "Looking back,": an opening phrase, not a clause that
 * stands alone; "Deploying the change took longer" has a gerund for subject and its own verb.
 */
export const startsIntroductory = (words: Token[]) =>
  words.length > 0 && /^(TO|VBG|VBN)$/.test(words[0].tag) && !words.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag))

/** The clause opens with a subordinating word, after any linking adverb ("Also, once X exists"). */
export function opensSubordinate(words: Token[]): boolean {
  const index = subordinatorIndex(words)
  return index !== -1 && words[index].tag !== 'TO'
}

/** Where the subordinating word (or the "to" of an opening purpose clause) that opens `words` stands; -1 if none. */
export function subordinatorIndex(words: Token[]): number {
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
export const opensAdverbialClause = (words: Token[]) => words.length > 0 && adverbialConjunction.test(words[0].value)

/** The run opened an adverbial clause ("since…", "if…") and no comma has closed it yet. */
export function waitsForMainClause(tokens: Token[]): boolean {
  const at = tokens.findLastIndex(
    (token) => token.kind === 'word' && /^(IN|WRB)$/.test(token.tag) && adverbialConjunction.test(token.value),
  )
  const end = tokens.findLastIndex((token) => token.kind === 'word')
  return at > 0 && !tokens.slice(at, end).some((token) => token.value === ',')
}

/** The clause opens with a relative pronoun ("which", "who", "that"). */
export const opensRelative = (words: Token[]) =>
  words.length > 0 && (/^(WDT|WP)$/.test(words[0].tag) || /^(that|where)$/i.test(words[0].value))

/** The phrase ends on a noun phrase opened by "a" or "an" ("…is a system"). */
export function endsIndefinite(words: Token[]): boolean {
  let index = words.length - 1
  while (index > 0 && /^(NN|JJ|CD|VBG)/.test(words[index].tag)) index--
  return index < words.length - 1 && /^an?$/i.test(words[index].value)
}
