import { clausesOf, hasVerb, subordinatorIndex } from './english-clauses.ts'
import type { Token } from './tagging.ts'

/*
 * Whether a cut English phrase is complete: it has its main clause, does not dangle on a
 * word that wants more ("…of the", "…because") and keeps the half a claim promised.
 */

// A phrase ending in one of these tags dangles ("…of the", "…because", "…their").
const danglingTags = new Set(['DT', 'IN', 'CC', 'TO', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'POS', 'MD', 'PDT', 'EX'])
export const auxiliary = /^(is|was|are|were|be|been|being|am|has|have|had|do|does|did|'s|’s)$/i

/**
 * "A tradition Lukas started last year", "the one we shipped": a noun phrase and, with no
 * "that", a clause about it whose subject is a name or a pronoun. An apposition cut off from
 * its sentence reads so; its verb is the clause's, not the phrase's. (Not a time, "The next
 * day we shipped it", which says when the clause happened.)
 */
export function contactRelative(words: Token[]): boolean {
  let subject = words.length - 1
  if (!(words[subject]?.tag === 'NNP' || contactSubject.test(words[subject]?.value ?? ''))) return false
  while (subject > 0 && words[subject - 1].tag === 'NNP') subject--
  const noun = words[subject - 1]
  // (A capitalised noun before the name is part of it: "the Backtrace API allows…".)
  if (!noun || !/^NNS?$/.test(noun.tag) || timeNoun.test(noun.value) || !/^[\p{Ll}]/u.test(noun.value)) return false
  return /^(an?|the|another)$/i.test(words[0].value) && words.slice(1, subject - 1).every((word) => /^(JJ|NN)/.test(word.tag))
}

// Subject pronouns: a closed class.
const contactSubject = /^(i|we|you|he|she|they)$/i
// Nouns of time, which open a clause without a relative: a closed class.
const timeNoun =
  /^(day|days|week|weeks|month|months|year|years|time|times|morning|evening|night|moment|hour|minute|decade|season|summer|winter|spring|autumn|fall)$/i

/**
 * A subject and its relative clause, without the verb of the sentence ("Startups that once
 * needed capital", "The system, which had grown over many years"): its only verb group comes
 * after a relative pronoun.
 */
export function onlyRelativeVerb(words: Token[]): boolean {
  // (An infinitive, "To begin with", is not the sentence's verb.)
  const first = words.findIndex(
    (word, index) => /^(VB[DNPZ]?|MD)$/.test(word.tag) && !(word.tag === 'VB' && words[index - 1]?.tag === 'TO'),
  )
  if (first <= 0) return false
  const relative = words
    .slice(0, first)
    // (Before any verb, "that" after the subject's noun opens its relative clause, whatever tag the
    // tagger gave that noun: "One signal/JJ that we have been listening for…".)
    .some((word, index) => /^(WDT|WP)$/.test(word.tag) || (/^that$/i.test(word.value) && /^(NN|JJ)/.test(words[index - 1]?.tag ?? '')))
  if (!relative && !contactRelative(words.slice(0, first))) return false
  let groups = 0
  for (let index = first; index < words.length; index++) {
    if (!/^(VB[DNPZ]?|MD)$/.test(words[index].tag)) continue
    // (An infinitive is the verb group's object: "…the rope crate we use to represent all documents".)
    if (words[index].tag === 'VB' && words[index - 1]?.tag === 'TO') continue
    // "had not been" is one group; "once required | now required" two.
    let before = index - 1
    while (before > 0 && /^RB/.test(words[before].tag)) before--
    // (A participle between an article and its noun is an adjective: "from a dynamically typed/VBN background".)
    if (words[index].tag === 'VBN' && /^(DT|PRP\$)/.test(words[before].tag) && /^(NN|JJ)/.test(words[index + 1]?.tag ?? '')) continue
    if (!/^(VB|MD)/.test(words[before].tag)) groups++
  }
  return groups < 2
}

// Words in -er the tagger may give as a plain adjective or adverb that are no comparatives: a closed class.
const notComparative =
  /^(other|former|latter|inner|outer|upper|proper|clever|eager|bitter|tender|sober|over|under|after|never|ever|rather|either|neither|together|whether|however|super|utter|sheer|mere)$/i

/** "more", "less", "fewer" or a comparative ("longer", "sooner", which the tagger may give as RB). */
const comparative = (word: Token | undefined) =>
  word !== undefined &&
  (/^(JJR|RBR)$/.test(word.tag) ||
    /^(more|less|fewer)$/i.test(word.value) ||
    (/^(JJ|RB)$/.test(word.tag) && /er$/i.test(word.value) && !notComparative.test(word.value)))

/**
 * One half of "the more…, the more…" ("The longer this window is", "the more statuses the
 * helper can see"): each half only says anything with the other. A half has a subject of its
 * own before its verb ("the longer | this window | is"), which "The bigger picture is…" has not.
 */
function halfCorrelative(tokens: Token[], words: Token[]): boolean {
  const opensHalf = (index: number) => {
    if (!/^the$/i.test(words[index]?.value ?? '') || !comparative(words[index + 1])) return false
    const verb = words.findIndex((word, at) => at > index + 1 && /^(VB|MD)/.test(word.tag))
    const subject = words
      .slice(index + 2, verb === -1 ? undefined : verb)
      // ("the more companies use open source, | the more they will provide code back" (review 141, an interview): a noun bare.)
      .some((word) => word.tag === 'DT' || /^NNS?$/.test(word.tag) || /^(i|we|you|he|she|they|it)$/i.test(word.value))
    const before = tokens.slice(0, tokens.indexOf(words[index])).findLast((token) => token.kind !== 'space')
    // (Or after the word that opens the clause it is in: "…the tradeoff where | the stronger the consensus required".)
    // (Or after a colon: "But there's a problem of scale: | The more tests we added to gating, the more likely…" (review 149,
    // Cockpit's post on testing).)
    return subject && (index === 0 || /^[,:;—–]$/u.test(before?.value ?? '') || /^(WRB|WDT)$/.test(words[index - 1]?.tag ?? ''))
  }
  const first = words.findIndex((_, index) => opensHalf(index))
  if (first === -1) return false
  return !words.some((_, index) => index > first && opensHalf(index))
}

/**
 * A subordinate clause without the main clause it needs ("When calling a function",
 * "Once errWriter exists"): what is left when a code block cuts a sentence in two, or a cut
 * keeps only the sentence's opening.
 */
export function lacksMainClause(whole: Token[]): boolean {
  // "Note: to ensure the focus stays on…, not individuals": a label of a word or two before a
  // colon names the kind of sentence; the clause after it is what must stand.
  const colon = whole.findIndex((token) => token.value === ':')
  const labelled = colon > 0 && whole.slice(0, colon).filter((token) => token.kind === 'word').length <= 2
  const tokens = labelled ? whole.slice(colon + 1) : whole
  const words = tokens.filter((token) => token.kind === 'word')
  if (onlyRelativeVerb(words)) return true
  if (halfCorrelative(tokens, words)) return true
  // "A few months ago when I was applying to the CFP": a phrase without a verb, then a clause
  // that waits for the main clause the cut left out.
  // ("A few days after they contacted us": "after" and "before" with a subject and its verb open such a clause too.)
  const clauseAfter = (index: number) =>
    /^(?:after|before)$/i.test(words[index].value) &&
    /^(?:PRP|DT|NNP)/.test(words[index + 1]?.tag ?? '') &&
    words.slice(index + 2, index + 5).some((word) => /^(?:VB[DPZ]|MD)$/.test(word.tag))
  const inner = words.findIndex(
    (word, index) => index > 0 && /^(IN|WRB)$/.test(word.tag) && (waiting.test(word.value) || clauseAfter(index)),
  )
  // (A comma that only ends the run is no main clause after it.)
  const lastWord = tokens.indexOf(words[words.length - 1])
  if (
    inner > 0 &&
    !words.slice(0, inner).some((word) => /^(VB[DPZ]|MD)$/.test(word.tag)) &&
    !tokens.slice(tokens.indexOf(words[inner]), lastWord + 1).some((token) => token.value === ',')
  )
    return true
  const opener = subordinatorIndex(words)
  if (opener === -1) return false
  // The main clause follows the opening one after a comma ("When X, Y"; "To X, use Y"); a
  // clause split off at "that" or "which" is still inside it.
  const at = tokens.indexOf(words[opener])
  return !clausesOf(tokens).some(
    // (A clause of an adverb and no verb, "…, not individuals", is a phrase of the opening one.)
    // ("To use the new, | streamed remote read…": a comma after an adjective sits inside a noun phrase.)
    (clause) =>
      clause.start > at &&
      tokens[clause.start - 1]?.kind === 'punctuation' &&
      !dangles(tokens.slice(at, clause.start).filter((token) => token.kind === 'word')) &&
      clause.words.length >= 2 &&
      // (Not a noun phrase of a few words the cut stopped after, "If the page is loaded via HTTPS, |
      // the URL", "…, all the URLs": the main clause's subject, without its verb. One that opens on
      // another word, or a longer one, is likelier the tagger's miss: "To iterate…, use/NN the range keyword".)
      (hasVerb(clause.words) || (!/^RB/.test(clause.words[0].tag) && !subjectAlone(clause.words))) &&
      !participlePhrase(clause.words) &&
      // ("If a licensing issue is found, | such as mixed source code with incompatible licenses" (review 140): examples of
      // the opening clause's noun are a phrase of it, not the main clause.)
      !examplesPhrase(clause.words),
  )
}

/** Whether words open on "such as", "including", "like" or "e.g.", and no finite verb follows: examples, set off. */
function examplesPhrase(words: Token[]): boolean {
  const [first, second] = words
  const opens =
    /^(?:including|like|especially|notably|namely|e\.g)$/i.test(first?.value ?? '') ||
    (/^such$/i.test(first?.value ?? '') && /^as$/i.test(second?.value ?? ''))
  return opens && !words.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag))
}

/** Words a clause without a verb the tagger saw has at least to be taken for the main clause. */
const minVerblessMainWords = 5

/** A noun phrase of a few words, opened by its determiner ("the URL", "all the URLs", "our abilities"), and nothing after it. */
const subjectAlone = (words: Token[]) => words.length < minVerblessMainWords && /^(DT|PDT|PRP\$)$/.test(words[0].tag)

/**
 * "To use the new, | streamed remote read…", "When you're collecting data, | making sure that…":
 * a phrase opened by a participle, with no tense of its own before any clause inside it, goes on
 * describing; it is not the main clause the opening one waits for.
 */
function participlePhrase(words: Token[]): boolean {
  const start = words[0]?.tag === 'CC' ? 1 : 0
  if (!/^(VBG|VBN)$/.test(words[start]?.tag ?? '')) return false
  const inner = words.findIndex((word, index) => index > start && /^(IN|WDT|WP|WRB)$/.test(word.tag))
  return !words.slice(start, inner === -1 ? undefined : inner).some((word) => /^(VB[DPZ]|MD)$/.test(word.tag))
}

/**
 * "X isn't just A" (or "X was partly A") without the correction that gives the other half: a
 * "but", "rather" or "instead", or a semicolon, colon or dash after which it comes ("AWS is not
 * just a business line; it is the backbone…"). The point is in the part left out.
 */
export function promisesMore(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word').map((token) => token.value.toLowerCase())
  const at = words.findIndex(
    (word, index) =>
      (/^(not|n['’]t)$/.test(word) && /^(just|only|merely|simply)$/.test(words[index + 1] ?? '')) ||
      // "The note was partly a joke": "partly" promises the other part.
      /^(partly|partially)$/.test(word),
  )
  if (at === -1) return false
  const denial = tokens.filter((token) => token.kind === 'word')[at]
  return !tokens
    .slice(tokens.indexOf(denial))
    .some((token) => (token.kind === 'word' ? correction.test(token.value) : /^[;:—–-]$/.test(token.value)))
}

// The words that give a denial's other half: a closed class.
const correction = /^(but|rather|instead)$/i

/** Whether a sentence may deny without correcting, so is worth tokenising for {@link promisesMore}. */
export const mayPromiseMore = (text: string) => /(?:\bnot|n['’]t)\s+(?:just|only|merely|simply)\b|\bpartly\b|\bpartially\b/i.test(text)

// Adverbs that, at the end of a phrase, open or lean on a clause that was cut off ("…like S3
// and Redis so", "…will work even"): a closed class the tagger gives the same RB as any adverb.
const clauseAdverb = /^(so|then|thus|hence|therefore|yet|even|just|however|nevertheless|nonetheless)$/i

export function dangles(all: Token[]): boolean {
  // "…understood that just": an adverb at the end leans on what it was going to modify.
  let end = all.length
  while (end > 1 && /^RB/.test(all[end - 1].tag) && danglingTags.has(all[end - 2].tag)) end--
  const words = all.slice(0, end)
  const last = words[words.length - 1]
  const before = words[words.length - 2]
  if (!last) return true
  // ("…did not keep up with them at all": "at all" closes a denial.)
  if (/^all$/i.test(last.value) && /^at$/i.test(before?.value ?? '')) return false
  // ("…that no person can climb them all" (review 128, Distill's essay): "all" or "both" after an object pronoun is the
  // pronoun's quantifier, said after it; nothing is left to come.)
  if (/^(?:all|both)$/i.test(last.value) && /^(?:them|us|it)$/i.test(before?.value ?? '')) return false
  // ("…the reporter probably thinks they did the best they could" (review 128, BurntSushi's essay), "…do everything we can":
  // a modal after a pronoun that ends a phrase of degree leaves out the verb said before it, as English does.)
  if (
    last.tag === 'MD' &&
    before?.tag === 'PRP' &&
    /^(?:best|most|all|everything|anything|whatever|much|little)$/i.test(words[words.length - 3]?.value ?? '')
  )
    return false
  if (danglingTags.has(last.tag) || clauseAdverb.test(last.value)) return true
  // ("…for the 2 minute | or longer samples" (review 108, an essay measuring iodine): a unit in the singular after a
  // number other than one is a modifier, "2 minute samples", that waits for its noun.)
  if (
    /^(?:second|minute|hour|day|week|month|year|mile|meter|metre|foot|inch|page|step|line|point|star|person|man)$/i.test(last.value) &&
    before?.tag === 'CD' &&
    !/^(?:1|one|a|single)$/i.test(before.value)
  )
    return true
  // "It's nice that we're able", "…is about": an adjective that takes an infinitive after "be"
  // waits for it.
  if (
    wantsInfinitive.test(last.value) &&
    before &&
    (auxiliary.test(before.value) || /^['’](re|m)$/i.test(before.value) || /^RB/.test(before.tag))
  )
    return true
  // ("…than the API checks do": a comparison ends on its auxiliary.)
  const compared = words.slice(-6).some((word) => /^(than|as)$/i.test(word.value))
  if (/^VB/.test(last.tag) && auxiliary.test(last.value) && !compared) return true
  // "…programmers may feel like they're": a pronoun and its contracted "be" or "have" wait for
  // what they are. (The tagger reads the contraction as a noun: "'re/NN".)
  if (/^['’](?:re|ve|m|ll|d|s)$/i.test(last.value) && before?.tag === 'PRP' && !compared) return true
  // "…data validation and dropdowns are not": an auxiliary and "not" leave the verb they deny
  // to the clause before.
  if (/^(not|n['’]t)$/i.test(last.value) && before && (auxiliary.test(before.value) || before.tag === 'MD') && !compared) return true
  // "Standard 52 cards, let": a verb that introduces the formula after it.
  if (introducesFormula.test(last.value)) return true
  // "…, I thought": a verb of saying or thinking without what was said or thought.
  // (Not one said of something, "…was noted": a passive ends there.)
  const passive = last.tag === 'VBN' && /^(is|was|are|were|be|been|being)$/i.test(before?.value ?? '')
  if (/^VB/.test(last.tag) && reporting.test(last.value) && !passive) return true
  // "The more advanced a civilization is, the argument goes": the words that say whose claim it is, without it.
  if (/^goes$/i.test(last.value) && /^(argument|saying|story|thinking|logic|reasoning|theory)$/i.test(before?.value ?? '')) return true
  // "It does not matter": what does not matter is the clause cut off. (The tagger often reads it as a noun.)
  if (/^(matter|matters|mattered)$/i.test(last.value) && before && /^(it|not|n['’]t|does|do|did)$/i.test(before.value)) return true
  if (opensClauseWithoutVerb(words)) return true
  // "…had two implementations, one": a word that goes on to share the plural out among its members waits for what each is.
  if (/^(one|another|each)$/i.test(last.value) && /^NNP?S$/.test(before?.tag ?? '')) return true
  // "…has led to the need | for a completely new internal feature": a noun that names a relation
  // to something waits, after its article, for the phrase that says to what.
  if (wantsComplement.test(last.value) && /^(the|a|an)$/i.test(before?.value ?? '')) return true
  // ("…to the next", "the same": an adjective standing for its noun is a closed class.)
  const standsForNoun = /^(next|last|first|same|other|rest|former|latter|latest|best|most|following|previous)$/i.test(last.value)
  // ("…create a more inclusive", "a very": a degree word between them waits for the noun too.)
  let determiner = words.length - 2
  // ("…to be a fully independent": any adverb of the adjective.)
  while (determiner > 0 && (/^RB/.test(words[determiner].tag) || degree.test(words[determiner].value))) determiner--
  // ("…instead of an encoded": a participle after an article is an adjective waiting for its noun too.)
  const participle = last.tag === 'VBN' && determiner >= 0 && /^(a|an|the)$/i.test(words[determiner].value)
  // ("…faster than usual", "as usual", "…better than expected": a comparison's adjective ends it.)
  const comparison = determiner >= 0 && /^(than|as)$/i.test(words[determiner].value)
  return (
    (/^JJ/.test(last.tag) || participle) &&
    !standsForNoun &&
    !comparison &&
    determiner >= 0 &&
    /^(DT|PRP\$|IN)$/.test(words[determiner].tag)
  )
}

// Adjectives that take an infinitive ("able to", "about to", "supposed to"): a closed class.
const wantsInfinitive = /^(able|unable|about|supposed|likely|unlikely|willing|bound|meant|going)$/i

// Nouns that take a complement saying what they relate to ("the need for", "the lack of", "the ability to"): a closed class.
const wantsComplement =
  /^(need|ability|lack|absence|importance|possibility|likelihood|kind|sort|type|number|amount|use|removal|introduction|addition|focus|emphasis|reliance)$/i

// Words of degree before an adjective ("more", "very"): a closed class.
const degree = /^(more|most|less|least|very|so|too|quite|rather|really|truly|highly|fairly)$/i

// Conjunctions whose clause waits for a main clause: a closed class.
const waiting = /^(when|while|whilst|because|although|though|if|once|since|until|unless|whenever)$/i

// Verbs of saying and thinking, which report the clause after them: a closed class.
const reporting =
  /^(thought|think|thinks|said|say|says|believe|believed|believes|realized|realised|realize|decided|knew|know|wondered|figured|noticed|guess|guessed|suppose|supposed|felt|mentioned|asked|told|wrote|explained|suggest|suggests|suggested|argue|argues|argued|claim|claims|claimed|note|notes|noted|admit|admits|admitted|insist|insists|insisted)$/i

// Verbs that introduce what the formula after them says ("let", "suppose"): a closed class.
const introducesFormula = /^(let|lets|suppose|assume|denote|define)$/i

// Words that always open a clause of their own, which needs a verb ("lucky that two members | of the team").
const complementizer = /^(that|if|whether|because|although|though|unless)$/i

/** The phrase stops inside a clause it opened ("…that", "…if") before that clause's verb. */
export function opensClauseWithoutVerb(words: Token[]): boolean {
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]
    // ("…that the business of trying to host the world's code": a gerund after a preposition and
    // an infinitive are inside a phrase; they are not the verb the clause waits for.)
    const preposition = words[index - 1]?.tag === 'IN' && !complementizer.test(words[index - 1].value)
    const phrasal = (word.tag === 'VBG' && preposition) || (word.tag === 'VB' && words[index - 1]?.tag === 'TO')
    if (/^(VB|MD)/.test(word.tag) && !phrasal) return false
    // The tagger often takes a verb in -s for a plural noun: "traffic costs", "retrieval yields".
    // (after a noun, before what reads as its object).
    // (Not a possessive "'s" the tagger read as a plural: "the world's code".)
    if (
      word.tag === 'NNS' &&
      !/^['’]s$/.test(word.value) &&
      /^NN[P]?$/.test(words[index - 1]?.tag ?? '') &&
      /^(DT|NN|PRP|JJ|CD)/.test(words[index + 1]?.tag ?? '')
    )
      return false
    // "a mode that disables the WAL": right after a relative pronoun, before its object, a "noun" is the verb.
    // ("…a real method that works/NNS with context" (review 111, a Go tutorial): so is a word in -s there before a
    // preposition or an adverb.)
    const nextTag = words[index + 1]?.tag ?? ''
    if (
      /^(that|which|who)$/i.test(words[index - 1]?.value ?? '') &&
      ((/^NNS?$/.test(word.tag) && /^(DT|PRP\$|JJ|CD)/.test(nextTag)) ||
        (word.tag === 'NNS' && /[^s]s$/i.test(word.value) && /^(IN|RB|TO)$/.test(nextTag)))
    )
      return false
    // "terminating that block early": "that" between a verb and a noun determines the noun.
    if (/^that$/i.test(word.value) && /^(NN|JJ)/.test(words[index + 1]?.tag ?? '') && /^(VB|IN)/.test(words[index - 1]?.tag ?? '')) continue
    // "because of the bug" is a preposition, not a clause.
    if (/^(IN|WDT)$/.test(word.tag) && complementizer.test(word.value) && !/^of$/i.test(words[index + 1]?.value ?? '')) return true
    // "…PhDs who, | unable to find jobs", "…shown us how flexible | and powerful they are": a relative
    // or an indirect question opened, its verb still to come: what follows the word can be no
    // subject (an adjective, an adverb). (Not "how people use/NN it", "folks who
    // report/NN bugs": the tagger may read the verb after a subject, or right after "who", as a noun.)
    const next = words[index + 1]
    if (whWord.test(word.value) && /^(WP|WDT|WRB)$/.test(word.tag) && /^(JJ|JJR|RB|RBR)$/.test(next?.tag ?? '')) return true
  }
  return false
}

// Words that open a relative clause or an indirect question (not "that", "when" or "where", which also open phrases): a closed class.
const whWord = /^(who|whom|which|what|how|why)$/i
