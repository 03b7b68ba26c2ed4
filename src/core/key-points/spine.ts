import { dangles, lacksMainClause, promisesMore } from './completeness.ts'
import { endsIndefinite, hasVerb, holdsCondition, startsWithSubject } from './english-clauses.ts'
import { boundsToCase, continuesList, holdsStance } from './leading.ts'
import { maxWords } from './limits.ts'
import { tidySpaces } from './parentheticals.ts'
import { isKnownNoun, type Token } from './tagging.ts'

/*
 * The spine of an English sentence too long for a slide and without a clause boundary to cut
 * at: the claim left when its adjuncts go. By parts of speech and clause structure: a one- or
 * two-word adverbial between commas, an opening adjunct before the main clause, a participle
 * phrase after the verb's object. Conditions, hedges and whose case it is stay.
 */

/** The sentence without its asides and adjuncts, or `undefined` when nothing could go. */
export function spineOf(tokens: Token[]): Token[] | undefined {
  let rest = withoutExtraposition(withoutCommaAsides(tokens))
  if (wordsOf(rest).length > maxWords) rest = afterLeadingAdjunct(rest) ?? rest
  if (wordsOf(rest).length > maxWords) rest = beforeTrailingParticiple(rest) ?? rest
  return wordsOf(rest).length < wordsOf(tokens).length ? rest : undefined
}

const space: Token = { kind: 'space', value: ' ', tag: '' }

const wordsOf = (tokens: Token[]) => tokens.filter((token) => token.kind === 'word')

// A negation is the sentence's meaning, never an aside.
const negation = /^(not|never|n['’]t|no)$/i

/**
 * ", at least,", ", actually,", ", again,": one or two adverbs (or a preposition and a
 * superlative) between commas inside the sentence only comment on it.
 */
function withoutCommaAsides(tokens: Token[]): Token[] {
  const kept = [...tokens]
  for (let open = kept.findIndex((token) => token.value === ','); open !== -1; ) {
    const close = kept.findIndex((token, index) => index > open && token.value === ',')
    if (close === -1) break
    const inner = wordsOf(kept.slice(open + 1, close))
    const adverbial =
      inner.length > 0 &&
      inner.length <= 2 &&
      inner.length === kept.slice(open + 1, close).filter((token) => token.kind !== 'space').length &&
      (inner.every((word) => /^RB/.test(word.tag)) || (inner[0].tag === 'IN' && /^(JJS|RBS)$/.test(inner[1]?.tag ?? '')))
    const inside = wordsOf(kept.slice(0, open)).length > 0
    if (adverbial && inside && !inner.some((word) => negation.test(word.value)) && !holdsStance(inner)) {
      kept.splice(open, close - open + 1, space)
      continue
    }
    open = kept.findIndex((token, index) => index > open && token.value === ',')
  }
  return kept.length === tokens.length ? tokens : tidySpaces(kept)
}

/**
 * "It turns out that X" says X: its "it" stands for the clause after it, and "turns out" only
 * says the writer found it. (The one English verb of finding out used so; "it seems" hedges and stays.)
 */
function withoutExtraposition(tokens: Token[]): Token[] {
  const words = wordsOf(tokens)
  const [it, turns, out, that] = words.map((word) => word.value.toLowerCase())
  if (it !== 'it' || !/^turn(s|ed)$/.test(turns ?? '') || out !== 'out') return tokens
  const from = that === 'that' ? words[4] : words[3]
  if (!from) return tokens
  const rest = tokens.slice(tokens.indexOf(from))
  return startsWithSubject(wordsOf(rest)) && hasVerb(wordsOf(rest)) ? rest : tokens
}

// "Either way you do it,": "either" before a noun opens an adjunct, as a preposition does. (A closed class.)
const adjunctWord = /^(either|whichever|whatever|no matter)$/i

/**
 * "In every case where a substitute was valid, | both of those edges lead to the same
 * vertex": an opening phrase or clause of place, time, purpose or concession before a comma,
 * then a main clause with its own subject and verb. Not a condition, a hedge or whose case it is.
 */
function afterLeadingAdjunct(tokens: Token[]): Token[] | undefined {
  const comma = tokens.findIndex((token) => token.value === ',')
  if (comma <= 0) return undefined
  const opening = wordsOf(tokens.slice(0, comma))
  const first = opening[0]
  if (!first || !(/^(IN|WRB|RB|VBG)$/.test(first.tag) || adjunctWord.test(first.value))) return undefined
  if (holdsCondition(tokens.slice(0, comma)) || holdsStance(opening) || negation.test(first.value)) return undefined
  // ("Where there's no real need for it, companies…", "In the most extreme case, …": the case the claim holds in.)
  if (boundsToCase(opening)) return undefined
  const rest = tokens.slice(comma + 1)
  const main = wordsOf(rest)
  // (The tagger reads some verbs as plural nouns: "both of those edges lead" is read with its verb by the finite forms.)
  if (main.length < 4 || !startsWithSubject(main) || !main.some((word) => /^(VB[DPZ]?|MD)$/.test(word.tag))) return undefined
  // ("While X, and implementations will change, the…": a second subordinate clause; "For testing
  // different behaviors, failure modes, and edge cases, add…": the list the opening began.)
  if (main[0].tag === 'CC' || continuesList(rest) || lacksMainClause(rest)) return undefined
  return tidySpaces(rest)
}

// Participles that give the thing its name ("a section called disabled features"): the name is the content.
const naming = /^(called|named|known|labelled|labeled|titled|entitled|dubbed)$/i

/**
 * "…requires a completely different implementation | compared to the one described in the
 * paper": a participle phrase after the object of a finished clause only qualifies it.
 */
function beforeTrailingParticiple(tokens: Token[]): Token[] | undefined {
  const words = wordsOf(tokens)
  for (let index = 5; index < Math.min(words.length, maxWords + 1); index++) {
    const word = words[index]
    // (A passive participle with its complement, "compared to", "described in"; not "jobs | failing
    // to execute", whose gerund says which jobs.)
    // (Not a noun the tagger reads as a participle for its "ed": "the hash seed | for each new map".)
    // (The tagger reads some as past tenses: "an option contributed/VBD by Endri" after the clause's own verb is one too.)
    const participle = word.tag === 'VBN' || (word.tag === 'VBD' && /ed$/i.test(word.value) && /^by$/i.test(words[index + 1]?.value ?? ''))
    // ("…static analysis | used when looking for vulnerabilities": so is one with the time or place it holds in.)
    const passive =
      participle &&
      (/^(IN|TO)$/.test(words[index + 1]?.tag ?? '') || /^(when|where|while)$/i.test(words[index + 1]?.value ?? '')) &&
      !isKnownNoun(word.value)
    if (!passive || !/^NNS?$/.test(words[index - 1].tag) || naming.test(word.value)) continue
    // ("…prune the code paths to only the ones | listed as dependencies": "the ones" stands for a noun
    // said before, and the participle says which.)
    if (/^ones?$/i.test(words[index - 1].value)) continue
    const head = words.slice(0, index)
    // ("So we wrote a Go program | tailored to the needs of a CA's test site": after a thing the
    // object leaves open, the participle says which; a comparison, "compared to…", only qualifies,
    // and so do who made it, "…a new tonemapper option | contributed by Endri", and one after a
    // definition, "Systemd is a system and service manager | used in…".)
    const defines = head.some((each) => /^(is|are|was|were)$/i.test(each.value))
    const qualifies = /^(compared|contrasted|opposed)$/i.test(word.value) || /^by$/i.test(words[index + 1]?.value ?? '')
    if (endsIndefinite(head) && !defines && !qualifies) continue
    // The clause's own verb comes before, with the object the participle follows.
    const verb = head.findIndex((each) => /^(VB[DPZ]|MD)$/.test(each.tag))
    if (verb === -1 || verb >= index - 2 || dangles(head)) continue
    // "The web is, at its core, | organized around…": after "be" or "have" and an aside, the participle is the verb's.
    if (/^(?:is|are|was|were|be|been|has|have|had)$/i.test(head[verb].value) && tokens[tokens.indexOf(head[verb]) + 1]?.value === ',')
      continue
    // "Not only does your monitoring system | need to know": after "do" the "participle" is the verb it supports.
    if (/^(do|does|did)$/i.test(head[verb].value)) continue
    // "…queries where the access pattern | required by…": inside a clause the cut leaves without its verb.
    if (head.slice(verb + 1).some((each) => /^(WDT|WP|WP\$|WRB)$/.test(each.tag) || /^that$/i.test(each.value))) continue
    const cut = tokens.slice(0, tokens.indexOf(word))
    const open = cut.filter((token) => /^[([“"]$/.test(token.value)).length
    const closed = cut.filter((token) => /^[)\]”]$/.test(token.value)).length
    if (open > closed || lacksMainClause(cut) || promisesMore(cut)) continue
    return cut
  }
  return undefined
}
