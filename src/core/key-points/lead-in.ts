import { auxiliary } from './completeness.ts'
import type { Token } from './tagging.ts'

/*
 * Sentences that only lead into the code, list or figure after them ("Here is the output:"):
 * beside what they introduce they read, on a slide alone they do not.
 */

/**
 * A sentence that only leads into the code, list or figure after it: it ends in a colon
 * after a word that wants its object ("…is:", "…you just use:", "…for writing:", "…the
 * following:"), points at something shown ("I heard this", "…something like this"), or
 * opens with "Here is" or "Below are".
 */
export function leadsIn(sentence: Token[]): boolean {
  const words = sentence.filter((token) => token.kind === 'word')
  // "Here is the output", and the same after an opening phrase ("As an example, here is…").
  // (Asked only of the few words a rule looks at: finding a word's token is a search of the sentence.)
  // (After a connective alone too: "And here's how class components would use it:".)
  const opens = (index: number) =>
    index === 0 ||
    sentence[sentence.indexOf(words[index]) - 2]?.value === ',' ||
    (index === 1 && /^(and|so|but|now|then)$/i.test(words[0].value))
  // ("Here's": the tagger reads the clitic after "here" as a possessive.)
  const verbAfter = (index: number) => /^VB/.test(words[index + 1]?.tag ?? '') || /^['’]s$/.test(words[index + 1]?.value ?? '')
  if (words.some((word, index) => /^(here|below|above)$/i.test(word.value) && verbAfter(index) && opens(index))) return true
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
  if (words.some((word, index) => points(word, index) && opens(index))) return true
  // "…feels like this.": the sentence ends on what it shows.
  if (/^(this|these)$/i.test(words[words.length - 1]?.value ?? '') && !/[?!]/.test(sentence[sentence.length - 1]?.value ?? '')) return true
  // It ends in a colon, or in no punctuation at all where a code block cuts the sentence off.
  const mark = sentence.findLastIndex((token) => token.kind === 'punctuation' && token.value !== '' && !/^[)\]"'’”]$/.test(token.value))
  const open = mark === -1 || sentence.slice(mark).some((token) => token.kind === 'word')
  if (!open && sentence[mark].value !== ':') return false
  const before = (open ? sentence : sentence.slice(0, mark)).filter((token) => token.kind === 'word')
  // "The tasks of the editor (as suggested by Joel):", "Talks from the community on tooling:": a
  // noun phrase without any verb before a colon is the title of the list after it, not a claim.
  // (Words in brackets are an aside, not the phrase's verb.)
  const colon = !open && sentence[mark].value === ':'
  if (colon && nounPhrase(outsideBrackets(sentence.slice(0, mark)))) return true
  const end = before[before.length - 1]
  if (!end) return false
  // A verb at the end wants its object only after its subject ("you just use:"); after a
  // noun it is most likely a noun the tagger misread ("take the read lock:").
  let subject = before.length - 2
  while (subject > 0 && /^RB/.test(before[subject].tag)) subject--
  // "…a note that read:": a verb right after a relative pronoun wants its object too.
  const verbWithoutObject =
    (/^(VB[PZ]?|NN)$/.test(end.tag) && /^(PRP|MD)$/.test(before[subject]?.tag ?? '')) ||
    (/^VB[DPZ]?$/.test(end.tag) && /^(WDT|WP)$/.test(before[subject]?.tag ?? '')) ||
    (/^VB[DPZ]?$/.test(end.tag) && /^that$/i.test(before[subject]?.value ?? ''))
  return (
    (/^(IN|TO|DT|CC|WDT|WP|WRB|MD|VBG)$/.test(end.tag) && !endsRange(before)) ||
    auxiliary.test(end.value) ||
    verbWithoutObject ||
    /^(following|follows|below)$/i.test(end.value)
  )
}

/**
 * Whether words end on the open end of a range ("…at 1536px and above", "v18 or later"): the
 * preposition or adverb has its object, and leads into nothing after a colon. (A closed class.)
 */
export function endsRange(words: Token[]): boolean {
  const last = words[words.length - 1]
  return (
    /^(above|below|up|over|under|later|newer|higher)$/i.test(last?.value ?? '') && /^(and|or)$/i.test(words[words.length - 2]?.value ?? '')
  )
}

/**
 * Words that make only a noun phrase: determiners, adjectives, nouns, numbers and the
 * prepositions and conjunctions between them. (Not a plural right after a noun, which may be a
 * verb the tagger misread, "a two-value assignment tests for…", nor an infinitive "to".)
 */
function nounPhrase(words: Token[]): boolean {
  return (
    words.length > 0 &&
    words.every(
      (word, index) =>
        /^(DT|PDT|PRP\$|JJ|JJR|JJS|NN|NNP|NNPS|NNS|CD|IN|CC|POS|RB)$/.test(word.tag) &&
        !auxiliary.test(word.value) &&
        !(word.tag === 'NNS' && /^NNP?$/.test(words[index - 1]?.tag ?? '')),
    )
  )
}

/** The words of `tokens` outside round brackets. */
function outsideBrackets(tokens: Token[]): Token[] {
  let depth = 0
  const words: Token[] = []
  for (const token of tokens) {
    if (token.value === '(') depth++
    else if (token.value === ')' && depth > 0) depth--
    else if (depth === 0 && token.kind === 'word') words.push(token)
  }
  return words
}
