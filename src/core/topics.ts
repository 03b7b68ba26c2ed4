import type { WrittenPhrase } from './written-phrase.ts'

/*
 * Topic segments of a long section without subheadings, TextTiling-style (Hearst 1997):
 * the lexical cohesion across each gap between paragraphs is the similarity of the words
 * just before it and just after it; the deepest valleys of that curve are where the topic
 * changes.
 */

/** Paragraphs on each side of a gap whose words are compared. */
const window = 3

type Vector = Map<string, number>

function add(into: Vector, terms: string[]): void {
  for (const term of terms) into.set(term, (into.get(term) ?? 0) + 1)
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0
  let left = 0
  let right = 0
  for (const [term, weight] of a) {
    dot += weight * (b.get(term) ?? 0)
    left += weight * weight
  }
  for (const weight of b.values()) right += weight * weight
  return left && right ? dot / Math.sqrt(left * right) : 0
}

/**
 * Where to cut a run of blocks into `count` topics: indices (into `terms`, one entry per
 * block, empty for blocks without words) where a topic starts. Every topic spans at least
 * `minBlocks` blocks. Deterministic: ties go to the earlier gap.
 */
export function topicBoundaries(terms: string[][], count: number, minBlocks: number): number[] {
  const gaps: Array<{ index: number; score: number }> = []
  for (let index = 1; index < terms.length; index++) {
    if (terms[index].length === 0) continue
    const before: Vector = new Map()
    const after: Vector = new Map()
    for (const each of terms.slice(Math.max(0, index - window), index)) add(before, each)
    for (const each of terms.slice(index, index + window)) add(after, each)
    gaps.push({ index, score: cosine(before, after) })
  }
  // Depth: how far the cohesion climbs on both sides before it falls again.
  const depths = gaps.map((gap, position) => {
    let left = gap.score
    for (let at = position - 1; at >= 0 && gaps[at].score >= left; at--) left = gaps[at].score
    let right = gap.score
    for (let at = position + 1; at < gaps.length && gaps[at].score >= right; at++) right = gaps[at].score
    return { index: gap.index, depth: left - gap.score + (right - gap.score) }
  })
  const chosen: number[] = []
  for (const { index } of [...depths].sort((a, b) => b.depth - a.depth || a.index - b.index)) {
    if (chosen.length === count - 1) break
    if (index < minBlocks || terms.length - index < minBlocks) continue
    if (chosen.some((other) => Math.abs(other - index) < minBlocks)) continue
    chosen.push(index)
  }
  return chosen.sort((a, b) => a - b)
}

/**
 * Words that open a phrase by how much or which of a thing it means, not what it is:
 * determiners, quantifiers ("lot more experience"), numerals, ordinals ("second improvement") and
 * the adjectives that pick out one of a series or set it beside another ("next decade", "same
 * time", "own updater", "at least chip capacity"), a closed class of English.
 */
const quantifier =
  /^(?:a|an|the|this|that|these|those|other|another|some|any|many|much|more|most|least|few|fewer|several|various|certain|each|every|all|both|such|same|own|different|similar|next|last|no|lot|lots|first|second|third|fourth|fifth|final|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i
/**
 * Adjectives that judge a thing rather than say which it is ("interesting problems", "better
 * stories", "main compelling reason"): a phrase they open names the writer's view of something
 * said before, not a topic. A closed class of English.
 */
const judging =
  /^(?:good|better|best|bad|worse|worst|great|greater|nice|interesting|important|main|major|minor|key|substantial|significant|huge|big|bigger|little|real|whole|biggest|clear|ambitious|reasonable|compelling|crazy|cool|amazing|awesome|simple|easy|hard|difficult)$/i
/**
 * Adjectives of kind that pick out no topic in lower case ("common option", "famous two dimensional
 * example", "arbitrary number"); capitalised, they may open a name ("Common Lisp", "Classic ASP").
 */
const ofKind = /^(?:famous|popular|common|typical|arbitrary|conceptual|current|obvious|classic)$/
/** Plurals English sets before a noun as its modifier ("savings accounts", "sports cars"): a closed class. */
const pluralModifier =
  /^(?:savings|sales|sports|systems|arms|goods|operations|communications|news|customs|earnings|graphics|analytics|services|jobs|skills|parts|records|rights|means|works|economics|physics|electronics|ethics|logistics|wages|clothes|outdoors|proceeds|commons|sciences|humanities)$/i

/**
 * Swear words an author may use in passing: never a slide's title. A short closed list of
 * English roots (the words themselves, not a judgement of the text).
 */
const crude = /^(?:fuck\w*|shit\w*|crap\w*|damn\w*|bullshit\w*|ass(?:hole)?s?|bitch\w*|bastard\w*|piss\w*|wtf)$/i

/** Longest topic label worth showing after a section's title, in characters. */
const maxLabelCharacters = 32

/**
 * Why a keyphrase would make a poor topic title after its section's (`previous`: the label of
 * the topic before), or undefined when it makes a good one. Pure.
 */
export function labelProblem(
  label: string,
  previous: string | undefined,
  lang: string,
  termsOf: (text: string, lang: string) => string[],
  tagsOf?: (text: string) => string[],
): string | undefined {
  const terms = termsOf(label, lang)
  const words = label.split(/\s+/).filter(Boolean)
  const english = lang.toLowerCase().startsWith('en')
  // "other macro", "two pointer dereferences": a phrase led by a quantity picks out some of a
  // thing the text spoke of before, and names no topic.
  if (english && quantifier.test(words[0] ?? '')) return 'quantity'
  if (english && words.some((word) => crude.test(word))) return 'crude'
  if (english && (judging.test(words[0] ?? '') || ofKind.test(words[0] ?? ''))) return 'judgement'
  // "Sources https": a link's scheme is no word of a title.
  if (words.some((word) => /^(?:https?|www|ftp)$/i.test(word))) return 'link'
  // A title names a thing: its last word a noun, not a verb or a preposition ("find out if").
  const tags = english && tagsOf ? tagsOf(label) : []
  if (tags.length > 0 && !/^(NN|CD)/.test(tags[tags.length - 1])) return 'no noun'
  // "IDE setups users" (from "what IDE setups users used"): two plurals in "-s" in a row belong to
  // two phrases of the sentence. (A plural may modify a singular, "axes object"; "data" is no "-s" plural.)
  // (Not one a plural always modifies in, "savings accounts", "sales teams", "systems engineers": a closed class.)
  const plural = (index: number) => tags[index] === 'NNS' && tags.length === words.length && /[^s]s$/i.test(words[index])
  if (tags.slice(0, -1).some((_, index) => plural(index) && !pluralModifier.test(words[index]) && plural(index + 1))) return 'two phrases'
  // "range Inclusive ranges", "Trait trait": the same word twice reads as a stutter.
  if (new Set(terms).size < terms.length) return 'stutter'
  if (label.length > maxLabelCharacters || words.length > 4) return 'too long'
  // One common word ("code", "section", "work") says nothing of the topic; a name or an acronym can.
  if (words.length === 1 && !/^\p{Lu}/u.test(label)) return 'generic'
  // "trait object version" then "trait object": the next topic reads as the same.
  if (previous) {
    const before = new Set(termsOf(previous, lang))
    if (terms.some((term) => before.has(term))) return 'repeat'
  }
  return undefined
}

/**
 * A noun the keyphrase ends on that the text uses as a verb: "The current implementation
 * models all data types" gives "current implementation models", a phrase the tagger reads as
 * nouns. In English a word that ends a noun phrase is not followed by a determiner or a
 * possessive; a verb is, by its object's. `phrase` is the phrase as written (its words in a row).
 */
export function endsOnVerb(
  phrase: WrittenPhrase,
  texts: string[],
  lang: string,
  presentVerb?: (text: string, start: number, end: number) => boolean,
): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  if (texts.some((text) => phrase.testBefore(text, withObject))) return true
  // ("…which is that red area lives in this constituency" (review 108, a talk's transcript): a last word in -s that
  // is a present verb as well as a plural, before a preposition, is the verb of the words before it where its clause
  // has no other, in every text that says it so; `presentVerb` reads the phrase's clause.)
  const before = texts.filter((text) => phrase.testBefore(text, withPreposition))
  return (
    presentVerb !== undefined &&
    before.length > 0 &&
    before.every((text) =>
      phrase.testWhere(text, (start, end) => {
        withPreposition.lastIndex = end
        return withPreposition.test(text) && presentVerb(text, start, end)
      }),
    )
  )
}

/** After the phrase, a preposition a verb goes on with (a closed class). */
const withPreposition = /(?![\p{L}\p{N}])\s+(?:in|on|at|into|from|with|to|for|through|across)(?![\p{L}\p{N}])/iuy

/**
 * A phrase whose first word the text uses as a verb: "we all know abstractions aren't free" gives
 * "know abstractions", which the tagger reads as a noun after "all". In English a word right after a
 * subject pronoun (and an adverb, a quantifier or an auxiliary) is the verb of its clause; a title's
 * words name a thing.
 */
export function opensOnVerb(phrase: WrittenPhrase, texts: string[], lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  return texts.some((text) => phrase.testAfter(text, afterSubject))
}

/** A subject pronoun or a relative one ("…, which associates words with…"), then at most one adverb, quantifier or auxiliary, at the end of what comes before a phrase (closed classes of English). */
const afterSubject =
  /(?:^|[^\p{L}\p{N}'’])(?:i|we|you|they|he|she|who|which)\s+(?:(?:all|both|also|just|really|still|already|never|always|often|usually|only|do|did|don['’]t|didn['’]t|can|could|will|would|should|must|may|might)\s+)?$/iu

/** After the phrase, a word that opens a verb's object and never follows the noun phrase it would end: English determiners and possessives. */
const withObject = /(?![\p{L}\p{N}])\s+(?:the|a|an|all|every|each|its|their|his|her|our|your|my|these|those)(?![\p{L}\p{N}])/iuy
