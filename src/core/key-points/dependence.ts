import { isCjk } from './text.ts'
import { tagSentence, type Token } from './tagging.ts'

// Pronouns of the first and second person stand on their own in a talk ("We built…");
// the third person and demonstratives point back at the sentence before.
const selfStanding = new Set(['i', 'we', 'you'])
const demonstratives = new Set(['this', 'that', 'these', 'those', 'such'])

// The Brill tagger reads "This was" as a determiner and a noun (its rule: DT + verb → DT + NN).
const verbLike =
  /^(is|was|are|were|be|been|has|have|had|does|did|do|will|would|can|could|should|may|might|must|seems?|means?|makes?|shows?)$/i

/** Whether the word after "this"/"that" is the noun it determines ("this idea"), not a verb ("this was"). */
export function determinesNoun(next: Token, demonstrative = ''): boolean {
  // "This works for refs": a singular "this" before a plural-looking word makes it a verb.
  if (/^(this|that)$/i.test(demonstrative) && next.tag === 'NNS') return false
  return /^(NN|JJ|CD)/.test(next.tag) && !verbLike.test(next.value) && !/['’]/.test(next.value)
}

// Subordinating conjunctions the Brill tagger reads as adverbs ("once it exists"): a closed
// class of a few words, which its lexicon cannot tell apart from "once upon a time".
export const adverbialSubordinator = /^(once|whenever|wherever|whereas)$/i

function firstWords(tokens: Token[], count: number): Token[] {
  return tokens.filter((token) => token.kind === 'word').slice(0, count)
}

/**
 * Whether a sentence (tagged) needs the one before it to make sense: it opens with a
 * conjunction ("But…"), a third-person or demonstrative pronoun ("It…", "This was…") or a
 * linking adverb ("Then…", "Still,…").
 */
export function leansOnPreviousTokens(tokens: Token[]): boolean {
  const [first, second] = firstWords(tokens, 2)
  if (!first) return false
  const word = first.value.toLowerCase()
  if (first.tag === 'CC') return true
  // A finite verb first: a question asks about its subject ("Is this the latest iteration?"),
  // which may point back; otherwise the subject was left in the sentence before ("Makes
  // linking easier!"). An imperative takes the base form (VB), and stands alone.
  if (/^(VBZ|VBD|MD)$/.test(first.tag) && !/^(let|please)$/.test(word)) {
    const question = tokens.some((token) => token.value === '?')
    if (!question) return first.tag !== 'MD'
    if (!second) return false
    const subject = second.value.toLowerCase()
    return (
      (second.tag === 'PRP' && !selfStanding.has(subject)) ||
      (demonstratives.has(subject) && !determinesNoun(firstWords(tokens, 3)[2] ?? second, subject))
    )
  }
  if (first.tag === 'PRP') return !selfStanding.has(word)
  if (demonstratives.has(word)) return !second || !determinesNoun(second, word) || word === 'such'
  if (/^RB/.test(first.tag) && !adverbialSubordinator.test(word) && !/^(not|never)$/.test(word)) {
    const next = tokens[tokens.indexOf(first) + 1]
    return next?.value === ',' || (second !== undefined && /^(PRP|DT|EX|NNP|MD|VB)/.test(second.tag))
  }
  return false
}

/** Whether `text` leans on a sentence before it (English only; other languages are not judged). */
export function leansOnPrevious(text: string, lang = 'en'): boolean {
  if (!lang.toLowerCase().startsWith('en') || isCjk(text)) return false
  // "It’s" is one word to the parser; its pronoun is what leans.
  const opening = text
    .split(/\s+/)
    .slice(0, 4)
    .join(' ')
    .replace(/^(\p{L}+)['’](s|re|ll|d|ve|m)\b/iu, '$1 $2')
  return leansOnPreviousTokens(tagSentence(/\?\s*$/.test(text) ? `${opening} ?` : opening))
}

/**
 * Whether a sentence talks about the talk rather than its subject ("Let's look at…",
 * "As you can see…", "Here is…").
 */
export function isMetaSentence(tokens: Token[]): boolean {
  const [first, second] = firstWords(tokens, 2)
  if (!first) return false
  const word = first.value.toLowerCase()
  if (word === "let's" || word === 'let’s' || (word === 'let' && second?.value.toLowerCase() === 'us')) return true
  if (word === 'here' && second && /^VB/.test(second.tag)) return true
  return first.tag === 'IN' && second?.tag === 'PRP' && selfStanding.has(second.value.toLowerCase())
}
