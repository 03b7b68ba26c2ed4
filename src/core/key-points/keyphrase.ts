import { termsOf } from './score.ts'
import { type Token, tagSentence } from './tagging.ts'
import { isCjk } from './text.ts'

/** How many topics a section has, and in how many of them each term appears. */
export interface SectionTerms {
  topics: number
  /** Term → the number of topics whose texts hold it. */
  topicsWith: Map<string, number>
}

/** The terms of a section's topics (each a list of its texts' terms), counted once per topic. */
export function sectionTerms(topics: string[][][]): SectionTerms {
  const topicsWith = new Map<string, number>()
  for (const texts of topics) for (const term of new Set(texts.flat())) topicsWith.set(term, (topicsWith.get(term) ?? 0) + 1)
  return { topics: topics.length, topicsWith }
}

/**
 * The tagged tokens of a topic's texts for {@link topicKeyphrase}, by index: a text is tagged
 * again only when it changed there (a keyphrase try took words out of it).
 */
export function topicTokens(): (text: string, index: number) => Token[] {
  const tagged: Array<{ text: string; tokens: Token[] }> = []
  return (text, index) => {
    if (tagged[index]?.text !== text) tagged[index] = { text, tokens: tagSentence(text) }
    return tagged[index].tokens
  }
}

/**
 * The phrase that names one topic among its section's others: the noun phrase (adjectives
 * and nouns, up to four words) whose words weigh most in this topic and least in the others
 * (TF-IDF; by frequency alone for a section of one topic), leaving out the section's own
 * heading words. `undefined` when none is found.
 * `section` counts the terms of all the section's topics, this one included (`sectionTerms`):
 * counted once per section, not again for each of its topics.
 */
export function topicKeyphrase(
  topic: string[],
  section: SectionTerms,
  heading: string,
  lang: string,
  /** The terms of `topic`'s texts, when they are known already. */
  topicTerms?: string[][],
  /** The tagged tokens of `topic`'s text at an index, for a caller that keeps them. */
  tokensOf: (text: string, index: number) => Token[] = tagSentence,
): string | undefined {
  const english = lang.toLowerCase().startsWith('en')
  if (!english || topic.some(isCjk)) return undefined
  const headingTerms = new Set(termsOf(heading, lang))
  const frequency = new Map<string, number>()
  for (const [index, text] of topic.entries())
    for (const term of topicTerms?.[index] ?? termsOf(text, lang)) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  const others = section.topics - 1
  // The other topics that hold a term: all that hold it, less this one.
  const elsewhere = (term: string) => (section.topicsWith.get(term) ?? 0) - (frequency.has(term) ? 1 : 0)
  // A topic alone (a part of its own) has no others to set it apart from: its terms weigh by how often it says them.
  const rarity = (term: string) => (others === 0 ? 1 : Math.log((1 + others) / (1 + elsewhere(term))))
  const weight = (term: string) => (headingTerms.has(term) ? 0 : (frequency.get(term) ?? 0) * rarity(term))

  let best: { phrase: string; score: number } | undefined
  for (const [index, text] of topic.entries()) {
    const tokens = tokensOf(text, index)
    const words = tokens.filter((token) => token.kind === 'word')
    // A phrase stops at punctuation: "…to hold our value. Disproportionate bytes…" are two phrases, as are "Go, Rust".
    const afterStop = new Set<Token>()
    let previous: Token | undefined
    for (const token of tokens) {
      if (token.kind === 'word' && previous?.kind === 'punctuation') afterStop.add(token)
      if (token.kind !== 'space') previous = token
    }
    const joined = (index: number) => !afterStop.has(words[index])
    for (let start = 0; start < words.length; start++) {
      if (!/^(JJ|NN)/.test(words[start].tag) || (start > 0 && joined(start) && /^(JJ|NN)/.test(words[start - 1].tag))) continue
      // ("the 67 page paper" (review 147, an essay on data science's history): a noun after a number is the measure it
      // counts, "67 page", which modifies the noun after it; without its number, "page paper" was the slide's title.)
      if (
        start > 0 &&
        joined(start) &&
        words[start - 1].tag === 'CD' &&
        words[start].tag === 'NN' &&
        /^NN/.test(words[start + 1]?.tag ?? '')
      )
        continue
      // A name and the common nouns after it ("Austin Clements other people") are two phrases.
      const proper = (index: number) => /^NNP/.test(words[index].tag)
      let end = start
      while (
        end < words.length &&
        end - start < 4 &&
        /^(JJ|NN)/.test(words[end].tag) &&
        (end === start || (joined(end) && proper(end) === proper(end - 1)))
      )
        end++
      while (end > start && !/^NN/.test(words[end - 1].tag)) end--
      if (end === start) continue
      const phrase = words
        .slice(start, end)
        .map((word) => word.value)
        .join(' ')
      const terms = termsOf(phrase, lang)
      if (terms.length === 0) continue
      const score = terms.reduce((sum, term) => sum + weight(term), 0) / terms.length ** 0.3
      if (!best || score > best.score) best = { phrase, score }
    }
  }
  return best && best.score > 0 ? best.phrase : undefined
}
