import { dangles, lacksMainClause, opensClauseWithoutVerb, promisesMore } from './completeness.ts'
import {
  clausesOf,
  endsIndefinite,
  hasVerb,
  opensAdverbialClause,
  opensRelative,
  opensSubordinate,
  startsIntroductory,
  startsSubordinate,
  startsWithSubject,
  waitsForMainClause,
} from './english-clauses.ts'
import { dropLeading, theForDemonstrative } from './leading.ts'
import { type Cut, maxLongWords, maxWords } from './limits.ts'
import type { Token } from './tagging.ts'

/*
 * The ways an English sentence too long for a slide is shortened, from the best to the
 * last resort: a run of whole clauses, the main clause up to a preposition, the subject's
 * noun phrase.
 */

/**
 * The sentence's subject with the prepositional phrases that complete it ("The main sponsor
 * for the workshop"), with its determiner, when no clause fits.
 */
export function nounPhrase(tokens: Token[]): Cut | undefined {
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

/** The longest run of whole clauses that fits, preferring the sentence's own start. */
export function byClauses(tokens: Token[], limit: number): Cut | undefined {
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
export function byMainClause(tokens: Token[]): Cut | undefined {
  const clauses = clausesOf(tokens)
  const main = clauses.find((clause, index) => index > 0 && startsWithSubject(clause.words) && startsSubordinate(clauses[0].words))
  const whole = byPhrase(tokens, maxWords) ?? byPhrase(tokens, maxLongWords)
  if (whole || !main) return whole
  const cut = byPhrase(dropLeading(tokens.slice(main.start)), maxWords)
  return cut && { ...cut, quality: 0.45 }
}

/** Last resort: stop before a preposition or conjunction, keeping a verb and a noun. */
export function byPhrase(tokens: Token[], limit: number): Cut | undefined {
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
