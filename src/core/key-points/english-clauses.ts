import type { Token } from './tagging.ts'

// Subordinating conjunctions the Brill tagger reads as adverbs ("once it exists"): a closed
// class of a few words, which its lexicon cannot tell apart from "once upon a time".
// ("Anytime you're messing with user databases, there's a risk…": "anytime" as "whenever".)
export const adverbialSubordinator = /^(once|whenever|wherever|whereas|anytime)$/i

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

// A sentence's tokens are split into clauses by several cuts in turn (runs of clauses at two
// lengths, the main clause), one after another; tokens are never changed once tagged, so the
// clauses of the array split last are kept for the next cut that asks.
let lastSplit: { tokens: Token[]; clauses: Clause[] } | undefined

/** Split tagged tokens where a clause may start: after , ; : or a dash, before a relative or subordinate word. */
export function clausesOf(tokens: Token[]): Clause[] {
  if (lastSplit?.tokens !== tokens) lastSplit = { tokens, clauses: splitClauses(tokens) }
  return lastSplit.clauses
}

/** A month's name or its abbreviation, as one word: "November", "Sept.". */
export const monthName =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i

/**
 * Whether the comma before the space `token` sits inside a date, "November 28, 2025": a month and its day
 * before it (the day the last word read, at `wordIndex`), a year after it. No clause ends there.
 */
function insideDate(words: Token[], wordIndex: number, token: Token): boolean {
  if (token.kind !== 'space') return false
  const [month, day, year] = [words[wordIndex - 1], words[wordIndex], words[wordIndex + 1]]
  return /^\d{4}$/.test(year?.value ?? '') && /^\d{1,2}(?:st|nd|rd|th)?$/i.test(day?.value ?? '') && monthName.test(month?.value ?? '')
}

function splitClauses(tokens: Token[]): Clause[] {
  const starts = [0]
  const words = tokens.filter((token) => token.kind === 'word')
  let wordIndex = 0
  let quoted = false
  let depth = 0
  let code = false
  // (Marks and tags compared as strings: this runs for every token of every sentence cut.)
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]
    const previous = tokens[index - 1]
    if (token.kind === 'word') wordIndex = words.indexOf(token, wordIndex)
    // A colon or comma inside a quotation ("“Go 1: Uint64” is faster") is the quotation's.
    quoted = quotationOpen(previous, quoted)
    // A comma inside brackets or inline code ("`elem(tuple, index)` may emit") is the call's.
    if (previous.value === '(' || previous.value === '[') depth++
    else if ((previous.value === ')' || previous.value === ']') && depth > 0) depth--
    else if (previous.value === '`') code = !code
    if (quoted || depth > 0 || code) continue
    const mark = previous.value
    // (A comma or colon run into the next word sits inside a number or a name: "3,5", "//go:debug";
    // a colon that opens one is an atom's or a symbol's, "return :error".)
    const inside =
      (mark === ',' || mark === ':') &&
      token.kind !== 'space' &&
      (tokens[index - 2]?.kind === 'word' || (mark === ':' && token.kind === 'word'))
    if (previous.kind === 'punctuation' && isClauseMark(mark) && !inside && !(mark === ',' && insideDate(words, wordIndex, token)))
      starts.push(index)
    else if (token.kind === 'word' && isSubordinating(token.tag) && opensClause(words, wordIndex)) starts.push(index)
    else if (token.kind === 'word' && opensResult(words, wordIndex)) starts.push(index)
  }
  // A clause starts at or before the last word.
  const lastWord = tokens.findLastIndex((token) => token.kind === 'word')
  // (A start right after a comma and one at the subordinator after its space would leave an
  // empty clause between them: "…, | | because…".)
  const distinct = starts.filter((start) => start <= lastWord)
  const unique = distinct.filter((start, index) => hasWord(tokens, start, distinct[index + 1] ?? tokens.length))
  return unique.map((start, index) => {
    const end = unique[index + 1] ?? tokens.length
    const clauseWords: Token[] = []
    for (let at = start; at < end; at++) if (tokens[at].kind === 'word') clauseWords.push(tokens[at])
    return { start, end, words: clauseWords }
  })
}

/**
 * "The Pacer had gotten much better | so we looked to see…": "so" without a comma, before a
 * subject pronoun and its verb, joins a clause that says what followed (the tagger reads it as
 * an adverb, so no subordinator opens it). (Not "so fast", "so that", "and so on", nor the "so" of
 * "to do so, we…", "if so, it…", "I think so": a closed class.)
 */
function opensResult(words: Token[], index: number): boolean {
  if (index === 0 || words[index].value.toLowerCase() !== 'so') return false
  const subject = words[index + 1]
  return (
    subject !== undefined &&
    /^(?:i|we|you|they|he|she|it|there)$/i.test(subject.value) &&
    /^(VB[DPZ]|MD)$/.test(words[index + 2]?.tag ?? '') &&
    words[index - 1].tag !== 'CC' &&
    !/^(?:do|does|did|doing|done|if|even|or|just|not|think|hope|believe|say|said|guess|suppose)$/i.test(words[index - 1].value)
  )
}

/** A mark after which a clause may start: a comma, semicolon, colon, dash or the empty mark an aside left. */
const isClauseMark = (mark: string) => mark === ',' || mark === ';' || mark === ':' || mark === '—' || mark === '–' || mark === ''

/** The tag is one of {@link subordinating}. */
const isSubordinating = (tag: string) => tag === 'IN' || tag === 'WDT' || tag === 'WP' || tag === 'WP$' || tag === 'WRB'

function hasWord(tokens: Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (tokens[index].kind === 'word') return true
  return false
}

/** Whether a quotation is open after `token`, given whether one was open before it. */
function quotationOpen(token: Token, open: boolean): boolean {
  if (token.kind !== 'punctuation') return open
  const mark = token.value
  if (mark === '"') return !open
  if (mark === '“' || mark === '«' || mark === '„') return true
  if (mark === '”' || mark === '»') return false
  return open
}

/** Whether the quotation marks in `tokens` are balanced: a cut must not stop inside a quotation. */
export function quotesBalanced(tokens: Token[]): boolean {
  return quotationsClosed(tokens) && tokens.filter((token) => token.value === "'").length % 2 === 0
}

/**
 * Whether every quotation opened in `tokens` by a mark that only opens or closes one is closed:
 * double marks, and single curly ones ("‘" only opens one; "’" alone, not inside "Servo’s",
 * closes it). (Not "'", which may be a prime or a lifetime: "u'=f(u)", "'static".)
 */
export function quotationsClosed(tokens: Token[]): boolean {
  let open = false
  let single = false
  for (const token of tokens) {
    open = quotationOpen(token, open)
    if (token.kind === 'punctuation' && token.value === '‘') single = true
    else if (token.kind === 'punctuation' && token.value === '’') single = false
  }
  return !open && !single
}

/**
 * A relative word opens a clause unless it is the object of the word before ("figure out
 * what…"); a preposition opens one when a subject and a verb follow ("because it was…").
 */
function opensClause(words: Token[], index: number): boolean {
  const before = words[index - 1]
  // (The next four words are read in place: this runs for every preposition of every sentence cut.)
  const next = words[index + 1] as Token | undefined
  if (before && /^(VB|IN|RP|TO)/.test(before.tag)) return false
  // "someone from Rust For Linux who felt…": a capitalised word between two capitalised ones, mid-sentence, is part of a name.
  if (index > 0 && /^[\p{Lu}]/u.test(words[index].value) && /^[\p{Lu}]/u.test(before?.value ?? '') && /^[\p{Lu}]/u.test(next?.value ?? ''))
    return false
  // "a program called Moustachio | that makes…": "that" after a noun, before a verb, is relative.
  if (/^that$/i.test(words[index].value) && before && /^NN/.test(before.tag)) return /^(VB|MD)/.test(next?.tag ?? '')
  if (words[index].tag !== 'IN') return true
  // "experts unfamiliar | with code can take part": a preposition after an adjective is its complement.
  if (before && /^JJ/.test(before.tag) && !adverbialConjunction.test(words[index].value)) return false
  // "the trove | of occurrence data it makes": "of" completes a noun, never opens a clause.
  if (/^(of|than)$/i.test(words[index].value)) return false
  // "…was created solely | by the Foundation and is being imposed…": a preposition that is never
  // a conjunction opens a phrase, whatever verb comes after its noun.
  if (!conjunctionLike.test(words[index].value)) return false
  if (!next || !/^(DT|PRP|NN|JJ|CD|EX)/.test(next.tag)) return false
  // ("The changes that landed in 1.0.0 since 0.36.1 | were focused on polishing" (review 120, Crystal's 1.0 post): a
  // version or a year after "since", "after" or "before" is the time it names, no subject of the verb after it.)
  if (next.tag === 'CD' && /^(?:since|after|before|until|till)$/i.test(words[index].value) && /^v?\d+(?:\.\d+)+$|^\d{4}$/.test(next.value))
    return false
  for (let at = 0; at < 4 && index + 1 + at < words.length; at++) {
    const word = words[index + 1 + at]
    // "in any order | it likes": a pronoun after the phrase opens a relative clause of its own.
    if (word.tag === 'PRP' && at > 0) return false
    // "…enables tools like Vite | to have better integrations": a verb after "to" is an infinitive
    // (the tagger may read it as a present tense, "to have/VBP"): the noun takes it, no subject does.
    if (word.tag === 'TO') return false
    if (/^(VB[DPZ]|MD)$/.test(word.tag)) return true
    if (word.tag === 'IN') return false
  }
  return false
}

/**
 * A clause has a verb of its own; a gerund alone ("negotiating with vendors") is a phrase, and
 * so is an infinitive ("To begin with, for any change").
 */
export const hasVerb = (words: Token[]) =>
  words.some((word, index) => /^(VB[DNPZ]?|MD)$/.test(word.tag) && !(word.tag === 'VB' && words[index - 1]?.tag === 'TO'))
/** The clause opens with a subordinating word; "what" may open the subject ("What began with S3 has grown"). */
export const startsSubordinate = (words: Token[]) =>
  words.length > 0 &&
  ((subordinating.test(words[0].tag) && !freeRelative.test(words[0].value)) ||
    opensQuantifiedRelative(words) ||
    (/^no$/i.test(words[0].value) && /^matter$/i.test(words[1]?.value ?? '')))
const freeRelative = /^what(ever)?$/i
/** A clause that can stand alone after another opens with its subject. */
export function startsWithSubject(words: Token[]): boolean {
  const at = words[0]?.tag === 'CC' ? 1 : 0
  // ("…, but | due to the shared code path was also being performed…" (review 115, Solidity's advisory): a preposition of
  // two words, "due to", "prior to", opens a phrase, not the clause's subject. A closed class.)
  const preposition = /^(?:due|prior|thanks|according|owing)$/i.test(words[at]?.value ?? '') && /^to$/i.test(words[at + 1]?.value ?? '')
  // ("…lyrics to your music libraries, | similar to how you can select the plugins providing metadata" (review 143, Jellyfin's
  // release notes): an adjective of likeness and its preposition open a comparison with the clause before, not a subject.)
  const likeness = comparedBy.test(words[at]?.value ?? '') && /^(?:to|from|with)$/i.test(words[at + 1]?.value ?? '')
  return words.length > 0 && /^(NN|PRP|DT|JJ|EX)/.test(words[at]?.tag ?? '') && !opensQuantifiedRelative(words) && !preposition && !likeness
}

/** Adjectives of likeness or difference that take the thing compared after a preposition: a closed class. */
const comparedBy = /^(?:similar|comparable|identical|analogous|akin|equivalent|contrary|different|opposite|parallel|unrelated)$/i

// "…, any of which could require…", "…, most of whom…": a quantifier before "of which" opens a
// relative clause, though the tagger reads its first word as a determiner. A closed class.
const relativeQuantifier = /^(any|all|some|none|each|many|most|much|both|either|neither|one|several|few|half)$/i

/** The clause opens with a quantified relative pronoun ("any of which", "some of whom"). */
export function opensQuantifiedRelative(words: Token[]): boolean {
  return (
    relativeQuantifier.test(words[0]?.value ?? '') &&
    /^of$/i.test(words[1]?.value ?? '') &&
    /^(which|whom|whose)$/i.test(words[2]?.value ?? '')
  )
}
/**
 * "To decode X," "Given the reader," "Looking back,": an opening phrase, not a clause that
 * stands alone; "Deploying the change took longer" has a gerund for subject and its own verb.
 */
export const startsIntroductory = (words: Token[]) =>
  // ("Having spent decent time exploring…," opens a phrase whatever the tagger makes of "spent".)
  (words.length > 1 && /^having$/i.test(words[0].value) && /^VB[DN]$/.test(words[1].tag)) ||
  (words.length > 0 &&
    /^(TO|VBG|VBN)$/.test(words[0].tag) &&
    // ("Based on how we do exploration": a verb inside the phrase's own clause is not the sentence's.)
    (!words.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag)) || (/^VB[GN]$/.test(words[0].tag) && words[1]?.tag === 'IN')))

/** The clause opens with a subordinating word, after any linking adverb ("Also, once X exists"). */
export function opensSubordinate(words: Token[]): boolean {
  const index = subordinatorIndex(words)
  return index !== -1 && words[index].tag !== 'TO'
}

// Adverbs of quantity that open a noun phrase ("More than 90% of CPU time…", "Much of the work…"):
// the "than" or "of" after them is no subordinator. A closed class.
const quantityAdverb = /^(more|less|much|most|least|fewer)$/i

/** Where the subordinating word (or the "to" of an opening purpose clause) that opens `words` stands; -1 if none. */
export function subordinatorIndex(words: Token[]): number {
  let index = 0
  while (
    index < words.length - 1 &&
    (words[index].tag === 'CC' ||
      (/^RB/.test(words[index].tag) && !adverbialSubordinator.test(words[index].value) && !quantityAdverb.test(words[index].value)))
  )
    index++
  const word = words[index]
  if (word === undefined) return -1
  // "Given that there are 200 people for each role, …": a participle and "that" open a clause as "since" does.
  // ("Given how much the idea already gets abused in ML, …": so does "given" with "how", "what" or "why";
  // not "Considering how the data will be queried is the first step…", a gerund subject.)
  const next = words[index + 1]?.value ?? ''
  if (
    participleConjunction.test(word.value) &&
    (/^that$/i.test(next) ||
      (/^given$/i.test(word.value) && /^(how|what|why|whether)$/i.test(next)) ||
      // ("Given the production database had been accessed, we had no choice…" (review 93): without its "that",
      // a subject and a verb with a tense make it a clause; "Given enough time, …" has none.)
      (/^(given|assuming|provided)$/i.test(word.value) &&
        words
          .slice(index + 1, index + 8)
          .some((each, at, run) => /^(VB[DPZ]|MD)$/.test(each.tag) && at > 0 && /^(NN|PRP|CD)/.test(run[at - 1].tag))))
  )
    return index
  if (opensTimeClause(words, index)) return index
  // ("No matter how open a platform seems, …", "Should your users experience an interruption…, they'll…" (review 107, a
  // talk's transcript and Gatsby's post): "no matter how" and a conditional's inverted opening open a clause as "if" does.)
  if (
    /^no$/i.test(word.value) &&
    /^matter$/i.test(next) &&
    /^(how|what|who|where|when|which|whether)$/i.test(words[index + 2]?.value ?? '')
  )
    return index
  if (
    index === 0 &&
    /^(should|had|were)$/i.test(word.value) &&
    /^(PRP|PRP\$|DT|NNP|NNPS)$/.test(words[1]?.tag ?? '') &&
    !/^(?:I|you|we|they|he|she|it)$/i.test(words[1]?.value ?? '')
  )
    return index
  // "Now that we have…", "so that": "that" after an adverb opens a clause, whatever its tag.
  // ("What began with S3 has grown…": a clause opened by "what" can be the subject itself.)
  const opens =
    (subordinating.test(word.tag) && !freeRelative.test(word.value)) ||
    adverbialSubordinator.test(word.value) ||
    (index > 0 && /^that$/i.test(word.value))
  return opens || (index === 0 && word.tag === 'TO') ? index : -1
}

/**
 * "Every time somebody wants to create a new HTTP library, they have to…", "Each time the server
 * restarts, …": "every time" and a subject open a clause as "whenever" does (not "Every time is
 * different", where "every time" is the subject, nor "Every time series database", "Each time zone",
 * where "time" is a noun's first word: a common noun after it is not taken for a subject, only a
 * pronoun the tagger reads as one, "somebody", "people").
 */
function opensTimeClause(words: Token[], index: number): boolean {
  // ("Last time we published a release blog, we said our next release would be…" (review 109, iroh's release post): "last
  // time" opens one too; not "The last time we met was in Lisbon", a subject.)
  return (
    /^(every|each|any|next|last)$/i.test(words[index]?.value ?? '') &&
    /^time$/i.test(words[index + 1]?.value ?? '') &&
    (/^(PRP|PRP\$|DT|EX|NNP|NNPS)$/.test(words[index + 2]?.tag ?? '') ||
      /^(?:somebody|someone|anybody|anyone|everybody|everyone|nobody|people)$/i.test(words[index + 2]?.value ?? ''))
  )
}

// Participles that open a condition or a reason with "that" ("given that", "provided that"): a closed class.
const participleConjunction = /^(given|provided|providing|assuming|considering|supposing|seeing)$/i

// Penn tags give IN to prepositions and subordinating conjunctions alike ("for", "since"):
// the conjunctions that open an adverbial clause before its main clause are a closed class.
// The words tagged IN that can open a clause with its own subject and verb: a closed class.
const conjunctionLike =
  /^(since|because|although|though|unless|if|once|while|whilst|whereas|when|whenever|as|after|before|until|till|that|whether|so|like|lest|except|for)$/i

const adverbialConjunction = /^(since|because|although|though|unless|if|once|while|whilst|whereas|when|whenever|as)$/i

/** The clause opens with a conjunction whose main clause comes after it ("since errors are values, …"). */
export const opensAdverbialClause = (words: Token[]) => words.length > 0 && adverbialConjunction.test(words[0].value)

/** The run opened an adverbial clause ("since…", "if…") and no comma has closed it yet. */
export function waitsForMainClause(tokens: Token[]): boolean {
  // ("just as with loops": an "as" before a preposition compares; it opens no clause.)
  // ("…a finite state, such as 0 or 1": "such as" gives examples; it opens no clause either.)
  const nextWord = (index: number) => tokens.slice(index + 1).find((token) => token.kind === 'word')
  const previousWord = (index: number) => tokens.slice(0, index).findLast((token) => token.kind === 'word')
  const at = tokens.findLastIndex(
    (token, index) =>
      token.kind === 'word' &&
      /^(IN|WRB)$/.test(token.tag) &&
      adverbialConjunction.test(token.value) &&
      !(/^as$/i.test(token.value) && (nextWord(index)?.tag === 'IN' || /^such$/i.test(previousWord(index)?.value ?? ''))) &&
      // ("put them as typed parameters": an "as" before an adjective and its noun says in what role, a preposition.)
      !(/^as$/i.test(token.value) && describedNounAfter(tokens.slice(index + 1))),
  )
  const end = tokens.findLastIndex((token) => token.kind === 'word')
  return at > 0 && !tokens.slice(at, end).some((token) => token.value === ',')
}

/** Whether the words open on an adjective or participle and its noun ("typed parameters", "separate files"). */
function describedNounAfter(tokens: Token[]): boolean {
  const [first, second] = tokens.filter((token) => token.kind === 'word')
  return /^(?:JJ|VBN)$/.test(first?.tag ?? '') && /^NN/.test(second?.tag ?? '')
}

/** A form of "be" that a noun phrase or "there" stands with ("is the place", "there are also…"): a closed class. */
export const beForm = /^(is|are|was|were|be|been)$/i

/** The clause opens with a relative pronoun ("which", "who", "that"). */
export const opensRelative = (words: Token[]) =>
  words.length > 0 && (/^(WDT|WP)$/.test(words[0].tag) || /^(that|where|when)$/i.test(words[0].value))

// Determiners and pronouns that leave open which thing is meant ("a tool", "any change",
// "everyone"): a relative clause after one says which, and a point cut before it says less.
// A closed class, which Penn tags do not tell apart from "the" (DT) or a noun (NN).
const undetermining = /^(an?|any|every|each|some|no|many|few|several|all|most|such|other)$/i
const indefinitePronoun = /^(everyone|everybody|everything|anyone|anybody|anything|someone|somebody|something|those|people)$/i

/**
 * The phrase ends on a noun phrase that does not yet say which thing it means: opened by
 * "a", "any" or "some" ("…is a system", "a variety of use cases"), a bare plural after a verb
 * or preposition ("heard from developers"), or "everyone": the relative clause after it does.
 */
export function endsIndefinite(words: Token[]): boolean {
  // ("…talking to a friend recently | who…", "…a database somewhere | that…": an adverb after the
  // noun phrase leaves it as open as before.)
  let last = words.length - 1
  while (last > 0 && /^RB/.test(words[last].tag) && /^(NN|JJ|CD)/.test(words[last - 1].tag)) last--
  if (last >= 0 && indefinitePronoun.test(words[last].value)) return true
  let index = last
  for (;;) {
    // ("a large and always growing set": an adverb of an adjective inside the phrase.)
    while (
      index > 0 &&
      (/^(NN|JJ|CD|VBG)/.test(words[index].tag) || (/^RB/.test(words[index].tag) && /^(JJ|VBG)/.test(words[index + 1]?.tag ?? '')))
    )
      index--
    // "a number of patterns", "programs and tests": the phrase goes on to its first noun.
    // ("a growing set/VBN of services": the tagger may read a noun before "of" as a participle after its adjective.)
    const before = words[index - 1]
    const noun = /^(NN|JJ|CD|VBG)/.test(before?.tag ?? '') || (before?.tag === 'VBN' && /^(JJ|VBG|DT)$/.test(words[index - 2]?.tag ?? ''))
    const joined = /^(of|and|or)$/i.test(words[index]?.value ?? '') && noun
    if (!joined || index <= 1) break
    index--
  }
  if (index === last) return false
  // ("two services": a number says how many, and determines them enough.)
  // (The lexicon tags some number words as nouns: "two/NN".)
  const counted = (word: Token) =>
    word.tag === 'CD' || /^(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)$/i.test(word.value)
  if (words.slice(index + 1).some(counted)) return false
  if (undetermining.test(words[index].value)) return true
  return words[last].tag === 'NNS' && /^(VB|IN)/.test(words[index].tag) && !/^of$/i.test(words[index].value)
}

// Conjunctions that set the condition or time a claim holds under: a main clause cut loose
// from one says more than the author did ("If the call fails, | the function returns…").
// A closed class the tagger gives the same IN as any preposition.
const conditional = /^(if|unless|until|till|when|whenever|anytime|once|provided|assuming)$/i

/** The clause sets a condition anywhere in it outside a quotation ("it makes sense that if your program…"). */
export function holdsCondition(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  if (opensCondition(words)) return true
  let quoted = false
  for (const token of tokens) {
    quoted = quotationOpen(token, quoted)
    if (!quoted && token !== words[0] && /^(IN|WRB)$/.test(token.tag) && conditional.test(token.value)) return true
  }
  return false
}

/** The clause opens with a condition ("if…", "unless…", "as soon as…", "only when…"). */
export function opensCondition(words: Token[]): boolean {
  const index = subordinatorIndex(words)
  if (index !== -1 && (conditional.test(words[index].value) || opensTimeClause(words, index))) return true
  const [first, second, third] = words.map((word) => word.value.toLowerCase())
  // ("In case you can't find a data science job, …": "in case" sets a condition as "if" does.)
  return (
    (first === 'as' && /^(soon|long)$/.test(second ?? '') && third === 'as') ||
    (first === 'only' && conditional.test(second ?? '')) ||
    (first === 'in' && second === 'case' && third !== 'of') ||
    // ("No matter whether it is your intention or not, they will feel compelled to answer" (review 99, a talk's
    // transcript): a concession the main clause after its comma holds in spite of, as a condition is one it holds under.)
    (first === 'no' && second === 'matter' && /^(?:whether|what|how|who|where|when|if|which)$/.test(third ?? '')) ||
    // ("Except for the solution to the third issue, these changes have been available since…" (review 101, a
    // post-mortem): an exception bounds the claim after its comma; without it "these changes have been available" is false.)
    /^(?:except|excepting|excluding|barring)$/.test(first ?? '') ||
    (first === 'save' && second === 'for') ||
    (first === 'other' && second === 'than') ||
    (first === 'with' && second === 'the' && /^exceptions?$/.test(third ?? ''))
  )
}

/** Adverbs that say how often a claim holds ("Sometimes", "Usually"): part of the claim, not a link to the sentence before. A closed class. */
export const frequencyWords =
  'sometimes|usually|often|generally|typically|normally|commonly|frequently|rarely|seldom|occasionally|mostly|largely'
/** One of the {@link frequencyWords}, as a whole word. */
export const frequencyWord = new RegExp(`^(?:${frequencyWords})$`, 'i')
