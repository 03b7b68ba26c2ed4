import { announcesWhatFollows, judgesNewsAfterColon } from './announcements.ts'
import { onlyRelativeVerb } from './completeness.ts'
import { adverbialSubordinator, frequencyWord } from './english-clauses.ts'
import { maxGlanceWords, maxLongWords, maxWords } from './limits.ts'
import { isCjk } from './text.ts'
import { upperFirst } from '../letter-case.ts'
import { linkingVerb, readingsOf, tagSentence, type Token } from './tagging.ts'

// Pronouns of the first and second person stand on their own in a talk ("We built…");
// the third person and demonstratives point back at the sentence before.
const selfStanding = new Set(['i', 'we', 'you'])
const demonstratives = new Set(['this', 'that', 'these', 'those', 'such'])

// The Brill tagger reads "This was" as a determiner and a noun (its rule: DT + verb → DT + NN).
const verbLike =
  /^(is|was|are|were|be|been|has|have|had|does|did|do|will|would|can|could|should|may|might|must|seems?|means?|makes?|shows?)$/i

/** Pronouns the tagger reads as nouns ("everyone/NN"), which no demonstrative determines: a closed class. */
const indefinitePronoun = /^(?:every|some|any|no)(?:one|body|thing)$/i

/** Whether the word after "this"/"that" is the noun it determines ("this idea"), not a verb ("this was"). */
export function determinesNoun(next: Token, demonstrative = ''): boolean {
  // "This works for refs": a singular "this" before a plural-looking word makes it a verb.
  if (/^(this|that)$/i.test(demonstrative) && next.tag === 'NNS') return false
  // "I don't believe that everyone…": a pronoun that the tagger reads as a noun takes no determiner.
  if (indefinitePronoun.test(next.value)) return false
  return /^(NN|JJ|CD)/.test(next.tag) && !verbLike.test(next.value) && !/['’]/.test(next.value)
}

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
  // ("Neither personal nor corporate income taxes make much sense", "Either…or…", "Both…and…": the
  // first word of a pair the sentence itself joins, not a link to the sentence before.)
  if (first.tag === 'CC') return !correlative(tokens, word)
  // A finite verb first: a question asks about its subject ("Is this the latest iteration?"),
  // which may point back; otherwise the subject was left in the sentence before ("Makes
  // linking easier!"). An imperative takes the base form (VB), and stands alone.
  if (/^(VBZ|VBD|MD)$/.test(first.tag) && !/^(let|please)$/.test(word) && !participleBeforeNoun(tokens)) {
    const question = tokens.some((token) => token.value === '?')
    if (!question) return first.tag !== 'MD'
    if (!second) return false
    const subject = second.value.toLowerCase()
    return (
      (second.tag === 'PRP' && !selfStanding.has(subject)) ||
      (demonstratives.has(subject) && !determinesNoun(firstWords(tokens, 3)[2] ?? second, subject))
    )
  }
  if (first.tag === 'PRP') return !selfStanding.has(word) && !isExpletiveIt(firstWords(tokens, 6), 0)
  // "Which means you can convert it…", "Which is why…": a relative clause set as a sentence of its
  // own goes on from the one before. (Not a question, nor "Which option you choose depends on…".)
  if (word === 'which' && /^(VB[DZP]?|MD)$/.test(second?.tag ?? '') && !tokens.some((token) => token.value === '?')) return true
  // "Each resolves through…", "None of them worked", "The latter is faster": a quantifier or
  // "former"/"latter" standing for things the sentence before counted.
  const [, , third] = firstWords(tokens, 3)
  const standsFor = (at: Token | undefined, after: Token | undefined) =>
    /^(VB|MD)/.test(at?.tag ?? '') || (/^of$/i.test(at?.value ?? '') && /^(them|these|those|us|which)$/i.test(after?.value ?? ''))
  if (quantifierPronoun.test(word) && standsFor(second, third)) return true
  // ("Both also have an RStudio addin": past the adverbs before its verb.)
  if (quantifierPronoun.test(word) && /^RB/.test(second?.tag ?? '') && /^(VB|MD)/.test(third?.tag ?? '')) return true
  // "The same recommendation applies also to…", "The same is true for Python": the same as what the
  // sentence before said. (Not one whose "as" names it: "The same API as Node's…".)
  if (word === 'the' && /^same$/i.test(second?.value ?? '') && !tokens.some((token) => /^as$/i.test(token.value))) return true
  // "Others will never show up…", "Some will say…", "Many are…": a part of a group the sentence
  // before named, right before its verb. (Not "Most distributed/VBN databases…", "Some monitoring systems…".)
  if (/^(others|some|many|most|several|few)$/.test(word) && /^(VBZ|VBP|VBD|MD)$/.test(second?.tag ?? '')) return true
  if (word === 'the' && /^(former|latter)$/i.test(second?.value ?? '')) return true
  // "The second improvement we made…", "The other approach…", "The rest of us…": one of a
  // series, or what is left of a group, the sentences before counted out.
  if (word === 'the' && /^(second|third|fourth|fifth|other|remaining|rest)$/i.test(second?.value ?? '')) return true
  // "The first is to reframe praise": "first", "last" or "next" with no noun of its own is the first of the things the sentence before counted.
  if (word === 'the' && /^(first|last|next)$/i.test(second?.value ?? '') && /^(VBZ|VBD|MD)$/.test(third?.tag ?? '')) return true
  // ("The first and more obvious is around pieces of code…" (review 122, Vector's essay on testing): so is one described,
  // before its verb, with no noun of its own.)
  if (word === 'the' && /^(first|last|next)$/i.test(second?.value ?? '') && /^and$/i.test(third?.value ?? '')) {
    const rest = firstWords(tokens, 7).slice(3)
    // (By its word too: after "obvious" the tagger read "is" as a plural.)
    const verb = rest.findIndex((token) => /^(VBZ|VBD|MD)$/.test(token.tag) || /^(?:is|was|are|were)$/i.test(token.value))
    if (verb > 0 && rest.slice(0, verb).every((token) => /^(JJ|JJR|JJS|RB|RBR|RBS)$/.test(token.tag))) return true
  }
  // "Two more things follow from it", "One more reason": counted on from the things before.
  if ((first.tag === 'CD' || numberWord.test(word)) && /^more$/i.test(second?.value ?? '')) return true
  // "Plus, no dev site would be complete…": a linking word the tagger takes for a name or noun.
  if (linkingWord.test(word) && tokens[tokens.indexOf(first) + 1]?.value === ',') return true
  // ("That said, I am overwhelmingly proud of the result" (review 109, a build log's close), "That being said, …": a
  // concession to what the sentence before said, whatever noun the tagger reads in "said".)
  if ((word === 'that' || word === 'this') && /^(?:said|being)$/i.test(second?.value ?? '')) return true
  if (demonstratives.has(word)) return !second || !determinesNoun(second, word) || word === 'such'
  if (proFormSo(firstWords(tokens, 4))) return true
  // "One is using Apollo Federation, and the other is…": the two were counted in the sentence before.
  if (word === 'one' && /^(VBZ|VBD|MD)$/.test(second?.tag ?? '') && /\bthe\s+others?\b/i.test(tokens.map((token) => token.value).join('')))
    return true
  // ("Sometimes I'd source functions from other files…": how often the claim holds is no link;
  // nor is the adverb of an instruction, "Always wrap your ETag values in double quotes…".)
  // (Nor an adverb that stresses an advice, "Absolutely do not feel pressured…", "Definitely try it": the verb is the imperative's.)
  if (/^(?:absolutely|definitely|really|certainly|seriously|honestly|truly|please)$/.test(word) && /^(?:VB|VBP)$/.test(second?.tag ?? ''))
    return false
  // (Nor when the claim holds, "Currently, the scanner is only used to…": a time it is said of, not a link.)
  if (
    /^RB/.test(first.tag) &&
    !adverbialSubordinator.test(word) &&
    !/^(not|never|always|currently|presently)$/.test(word) &&
    !frequencyWord.test(word) &&
    // ("most Git repos have…": "most" before a noun is its quantifier, whatever the tagger reads.)
    !(word === 'most' && /^(NN|JJ)/.test(second?.tag ?? '')) &&
    // ("Quite a few people have been using Vitess…": nor one that grades the amount after it.)
    !gradesAmount(word, firstWords(tokens, 3))
  ) {
    const next = tokens[tokens.indexOf(first) + 1]
    return next?.value === ',' || (second !== undefined && /^(PRP|DT|EX|NNP|MD|VB)/.test(second.tag))
  }
  return false
}

/** Whether an opening adverb grades the amount after it: "quite a few", "only a handful", "very few", "so many" (closed classes of English). */
export function gradesAmount(adverb: string, words: Token[]): boolean {
  if (!/^(?:quite|rather|only|very|so|too|far|not)$/i.test(adverb)) return false
  const after = words
    .slice(1, 3)
    .map((word) => word.value)
    .join(' ')
  return /^(?:a\s+(?:few|lot|bit|little|number|handful|couple|while|dozen)|few|many|much|several|more|less|fewer)\b/i.test(after)
}

/** Whether an opening "neither", "either" or "both" has its "nor", "or" or "and" later in the sentence. */
function correlative(tokens: Token[], word: string): boolean {
  const partner = word === 'neither' ? 'nor' : word === 'either' ? 'or' : word === 'both' ? 'and' : undefined
  return partner !== undefined && tokens.slice(1).some((token) => token.kind === 'word' && token.value.toLowerCase() === partner)
}

/**
 * "Tabbed browsing has become more polished", "Improved caching makes builds faster": a past form
 * first, before the noun it describes and with a finite verb of the sentence's own after them, is
 * a participle the tagger read as a verb. (Not "Added support for X": no verb of its own follows.)
 */
function participleBeforeNoun(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  return (
    words[0]?.tag === 'VBD' &&
    /^(NN|VBG)/.test(words[1]?.tag ?? '') &&
    words.slice(2).some((word) => /^(VBZ|VBP|MD)$/.test(word.tag) || /^(is|are|was|were|has|have)$/i.test(word.value))
  )
}

// Quantifiers that stand for a noun the sentence before named: a closed class.
// ("Another is the 'disposable instance' paradigm", "Others are…": one more of things the sentence before began to count.)
const quantifierPronoun = /^(each|both|neither|either|none|another|others)$/
// Numbers spelled out that count on ("Two more…"), one word each as the opening word is read: a closed class.
const numberWord = /^(one|two|three|four|five|several)$/
// Linking words after which a comma shows they join this sentence to the one before: a closed class.
const linkingWord = /^(plus|besides|also|additionally|moreover|furthermore|likewise|similarly)$/

// Nouns that name a relation to something said before: a closed class.
const relational =
  /^(result|outcome|consequence|upshot|answer|reason|difference|catch|trick|downside|upside|effect|takeaway|lesson|twist|problem|solution)$/i

/**
 * "…where necessity collides with vision—and | the result is an entirely new era": a later
 * clause that opens on a noun naming how it stands to the clause before (its result, its
 * reason), with nothing after it but "be", leans on that clause. (A sentence that opens so, "The
 * result is a system that handles 500GB a day", follows the paragraph it closes, on its slide.)
 */
export function opensOnRelation(tokens: Token[]): boolean {
  const [first, second, third] = firstWords(tokens, 3)
  return /^the$/i.test(first?.value ?? '') && relational.test(second?.value ?? '') && /^(is|was|['’]s)$/i.test(third?.value ?? '')
}

/**
 * "Doubly so if someone else wrote it", "Even more so", "Not so": an opening "so" after
 * adverbs, which modifies no adjective or adverb after it, stands for what the sentence before
 * said of something.
 */
function proFormSo(words: Token[]): boolean {
  const at = words.findIndex((word) => word.value.toLowerCase() === 'so')
  if (at < 1 || !words.slice(0, at).every((word) => /^(RB|JJR)/.test(word.tag))) return false
  const next = words[at + 1]
  return next === undefined || !/^(JJ|RB|VB|MD|PRP|DT|NN|EX)/.test(next.tag)
}

/** Whether `text` leans on a sentence before it (English only; other languages are not judged). */
export function leansOnPrevious(text: string, lang = 'en'): boolean {
  if (!lang.toLowerCase().startsWith('en') || isCjk(text)) return false
  // "It’s" is one word to the parser; its pronoun is what leans.
  // (Six words: "It is often said that…" shows its empty subject only at the fifth.)
  const opening = text
    .split(/\s+/)
    .slice(0, 6)
    .join(' ')
    .replace(/^([\p{L}]+)['’](s|re|ll|d|ve|m)\b/iu, '$1 $2')
  return leansOnPreviousTokens(tagSentence(/\?\s*$/.test(text) ? `${opening} ?` : opening))
}

/**
 * Whether a sentence talks about the talk rather than its subject ("Let's look at…",
 * "As you can see…", "Here is…").
 */
export function isMetaSentence(tokens: Token[]): boolean {
  // ("But first, let's take a look at the responses…", review 93: a linking word before the turn is no part of it.)
  const words = tokens.filter((token) => token.kind === 'word')
  // ("And I'd like to share some of my experiences with you", review 99: so is one before the writer's "I" or "we".)
  const all =
    words[0]?.tag === 'CC' && /^(?:first|now|next|then|finally|let|let['’]s|i|we|i['’]ll|we['’]ll)$/i.test(words[1]?.value ?? '')
      ? words.slice(1)
      : words
  // After an opening adverb ("Now let's…", "So, let's…") or the word that numbers it ("First,
  // let's talk about…", which the tagger reads as an adjective) the sentence is still about the talk.
  const opener =
    (/^RB/.test(all[0]?.tag ?? '') && !/^(here|not|never)$/i.test(all[0].value)) ||
    /^(first|second|third|next|finally|lastly|firstly|secondly)$/i.test(all[0]?.value ?? '')
  // ("For now let's focus on…", "For now, let's…": two words of the same turn.)
  const forNow = /^for$/i.test(all[0]?.value ?? '') && /^now$/i.test(all[1]?.value ?? '')
  const start = forNow ? 2 : opener ? 1 : 0
  const [first, second, third] = all.slice(start)
  if (!first) return false
  const word = first.value.toLowerCase()
  // ("Let's say we have a metric…", "Let us assume…": the example's premise, not a turn of the talk.)
  const supposes = (word: Token | undefined) => /^(say|suppose|assume|imagine)$/i.test(word?.value ?? '')
  if ((word === "let's" || word === 'let’s') && !supposes(second)) return true
  if (word === 'let' && second?.value.toLowerCase() === 'us' && !supposes(third)) return true
  if (word === 'let' && /^['’]s$/.test(second?.value ?? '') && !supposes(third)) return true
  // "Let me show you…", "Allow me a moment to be more opinionated than usual": the writer asks leave to speak.
  if (/^(let|allow)$/.test(word) && second?.value.toLowerCase() === 'me' && !/^know$/i.test(third?.value ?? '')) return true
  if (word === 'here' && second && /^VB/.test(second.tag)) return true
  // "Don't worry about the details": the writer reassures the reader.
  if (
    /^(do|don['’]t)$/i.test(word) &&
    /^(n['’]t|not|worry)$/i.test(second?.value ?? '') &&
    /worry/i.test(`${second?.value} ${third?.value}`)
  )
    return true
  // "Along the way, I’ll share…": the tour is announced after an opening phrase too.
  const comma = tokens.findIndex((token) => token.value === ',')
  const afterOpening = comma !== -1 && comma < 12 ? tokens.slice(comma + 1).filter((token) => token.kind === 'word') : []
  if (coversGround(all.slice(start)) || announcesTour(all.slice(start)) || announcesTour(afterOpening)) return true
  // "In this section we will present…": the part of the text it opens, without a comma.
  if (announcesTour(afterPartOfText(all))) return true
  if (describesFigure(all.slice(start)) || asksAhead(all.slice(start))) return true
  if (!(first.tag === 'IN' && second?.tag === 'PRP' && selfStanding.has(second.value.toLowerCase()))) return false
  // ("If you have a dormant PyPI account, consider removing it" (review 109, an incident report's advice): a condition of
  // the reader's case before what to do then, an imperative, is advice; "If you look closely, …", "If you're curious, …"
  // only turn the reader's eye, and "If we repeat an experiment…" walks through the writer's example.)
  // ("If you don't know what you're doing, just use one color" (review 137, a design essay): past the adverbs before it.)
  // (Or a word the tagger read as a noun there that the lexicon knows as a verb: "just use/NN one color".)
  // (A condition of any length: the comma that ends it may stand past the dozen tokens an opening phrase has.)
  const afterCondition = comma === -1 ? [] : tokens.slice(comma + 1).filter((token) => token.kind === 'word')
  const command = afterCondition.find((each) => !/^RB/.test(each.tag))
  const advice =
    word === 'if' &&
    second.value.toLowerCase() === 'you' &&
    command !== undefined &&
    (command.tag === 'VB' || (command !== afterCondition[0] && readingsOf(command.value.toLowerCase())?.includes('VB') === true))
  return !advice || readerTurns.test(third?.value ?? '')
}

/** What a reader does that only turns the eye or the mind to what is said: "If you look…", "If you're curious…". */
const readerTurns = /^(?:look|looked|see|read|recall|remember|want|wish|are|['’]re|were|scroll|compare|zoom|check)$/i

// Verbs a writer uses for what the text itself has done ("I've largely covered sqlc's benefits",
// "As we discussed"): a closed handful, which the tagger tags like any other verb.
const discourseVerbs = /^(covered|discussed|described|mentioned|outlined|talked)$/i

// Verbs a writer uses for what the text is about to do ("We will look at how…", "I'll walk you
// through my journey", "In this section we will present…"): a closed handful, as the discourse verbs above.
const tourVerbs =
  /^(look|walk|show|cover|explore|discuss|go|explain|describe|see|dive|take|tell|share|talk|examine|consider|present|introduce|review|revisit|summarize|summarise)$/i

// The writer's joy at telling ("We're thrilled to announce…"): a closed class of English.
const joyful = /^(thrilled|excited|happy|pleased|proud|delighted|glad|stoked|honored|honoured|overjoyed)$/

// Parts of a text a writer names when announcing what it does ("In this section", "In the next part").
const partsOfText = /^(section|sections|part|chapter|post|article|paper|blog|piece|talk|write-up|tutorial)$/i

/** The words after an opening "In this section", "In the next part", "In this blog post" (none without one). */
function afterPartOfText(words: Token[]): Token[] {
  if (!/^in$/i.test(words[0]?.value ?? '') || !/^(this|the)$/i.test(words[1]?.value ?? '')) return []
  const noun = words.findIndex((word, index) => index >= 2 && index <= 4 && partsOfText.test(word.value))
  return noun === -1 ? [] : words.slice(noun + 1)
}

// What a figure or table is called where the text points at it: a closed class.
const figures =
  /^(table|tables|figure|figures|chart|charts|graph|graphs|plot|plots|diagram|diagrams|image|images|picture|screenshot|video)$/i

/**
 * "The table below shows the values obtained for the buffer size", "The following figure gives an
 * overview of…", "This chart lists…": a sentence about the picture or table, not what it shows.
 * (One that says what it shows in a clause of its own, "The figure below shows that resets help",
 * is a claim: its clause is the point.)
 */
function describesFigure(words: Token[]): boolean {
  const lower = words.slice(0, 6).map((word) => word.value.toLowerCase())
  const subject =
    (/^(the|this|these)$/.test(lower[0] ?? '') && figures.test(lower[1] ?? '') && /^(below|above)$/.test(lower[2] ?? '')) ||
    (lower[0] === 'the' && /^(following|above|below|next|previous)$/.test(lower[1] ?? '') && figures.test(lower[2] ?? '')) ||
    (/^(this|these)$/.test(lower[0] ?? '') && figures.test(lower[1] ?? ''))
  if (!subject) return false
  // (Right after its subject, a word in -s is its verb, whatever the tagger reads: "The table below counts/NNS…".)
  const after = figures.test(lower[1] ?? '') && !/^(below|above)$/.test(lower[2] ?? '') ? 2 : 3
  const verb = words.findIndex(
    (word, index) => index >= 2 && index <= 4 && (/^VB[ZP]?$/.test(word.tag) || (index === after && /^[\p{Ll}]+s$/u.test(word.value))),
  )
  return verb !== -1 && !/^(that|how|whether)$/i.test(words[verb + 1]?.value ?? '')
}

/**
 * "It is reasonable to wonder how resets compare…", "One might ask whether…": the writer raises the
 * question the next sentence answers.
 */
function asksAhead(words: Token[]): boolean {
  const lower = words.slice(0, 6).map((word) => word.value.toLowerCase())
  const wonder = lower.findIndex((word) => /^(wonder|ask)$/.test(word))
  if (wonder < 1) return false
  const before = lower.slice(0, wonder).join(' ')
  return /^(?:it\s+is|it['’]s)\s+(?:reasonable|natural|fair|tempting|easy)\s+to$|^(?:one|you|we|readers?)\s+(?:may|might|could|would)$/.test(
    before,
  )
}

// Verbs of the tour that say so only with their particle ("run through the results", "touch on
// pricing", "put up a passage"): "run" or "put" alone is any action.
const tourPhrasalVerbs = /^(?:run|step|go|touch|put)\s+(?:through|over|on|up)$/i

/**
 * "We will look at how to create…", "I'll walk you through…", "We are going to see…", "I wanted
 * to put up a passage of the book", "I can tell you about the release": the writer announces the
 * text ahead.
 */
function announcesTour(words: Token[]): boolean {
  const [first, ...rest] = words
  // "I’ll" may come as one word.
  const contracted = /^(i|we)['’]ll$/i.test(first?.value ?? '')
  if (!first || !(contracted || /^(i|we)$/i.test(first.value))) return false
  const value = (at: number) => rest[at]?.value.toLowerCase() ?? ''
  let index = 0
  // ("Can" only before telling or showing: "we can see that caches help" is a claim, "we can plot…" a step.)
  let telling = false
  if (contracted) index = 0
  // "We begin by introducing…", "I'll start with…": the first step of the tour.
  else if (/^(begin|start)$/.test(value(index)) && /^(by|with)$/.test(value(index + 1))) return true
  else if (/^(will|['’]ll|shall)$/.test(value(index))) index++
  else if (/^(am|are|was|were|['’]m|['’]re)$/.test(value(index)) && value(index + 1) === 'going' && value(index + 2) === 'to') index += 3
  // "I want to show you…", "I wanted to share…", "I'd like to talk about…": a wish to say something is the tour too.
  else if (/^(want|wanted|wish|wished)$/.test(value(index)) && value(index + 1) === 'to') index += 2
  else if (/^(would|['’]d)$/.test(value(index)) && value(index + 1) === 'like' && value(index + 2) === 'to') index += 3
  // "We're thrilled to announce the stable release of Vite 8!" (review 92): the writer's joy at telling,
  // whose news the title and the sentences after it give.
  else if (/^(am|are|was|were|['’]m|['’]re)$/.test(value(index))) {
    index++
    while (/^(so|very|really|super|incredibly|extremely|truly)$/.test(value(index))) index++
    if (!joyful.test(value(index)) || value(index + 1) !== 'to') return false
    // (Not "We are excited to share that the new scheduler cut tail latency by half": the news is said after its "that".)
    return (
      /^(announce|share|introduce|present|release|unveil|welcome|launch|bring|report)$/.test(value(index + 2)) &&
      value(index + 3) !== 'that'
    )
  } else if (/^(can|could)$/.test(value(index))) {
    index++
    telling = true
  } else return false
  while (index < rest.length && /^RB/.test(rest[index].tag)) index++
  if (telling) return /^(tell|show|walk)$/.test(value(index))
  // "We want to be transparent about changes to Vite's install size" (review 92): how the writer means
  // to speak of a subject, which the next sentence gives.
  if (value(index) === 'be' && /^(transparent|clear|honest|upfront|open|explicit|candid|frank)$/.test(value(index + 1)))
    return /^(about|on|with|that)$/.test(value(index + 2))
  return tourVerbs.test(value(index)) || tourPhrasalVerbs.test(`${value(index)} ${value(index + 1)}`)
}

/** "I've largely covered…", "We have discussed…": the writer looks back over the text, not at the subject. */
function coversGround(words: Token[]): boolean {
  const [first, ...rest] = words
  if (!first || !/^(i|we)$/i.test(first.value)) return false
  let index = 0
  if (/^(have|['’]ve|had|['’]d)$/i.test(rest[index]?.value ?? '')) index++
  else return false
  while (index < rest.length && /^RB/.test(rest[index].tag)) index++
  return discourseVerbs.test(rest[index]?.value ?? '')
}

// Third-person pronouns name what only an earlier sentence named: in a point, before any noun of
// its own, they lean on it ("I think it fits in many places").
const thirdPerson = /^(it|its|they|them|their|theirs|he|him|his|she|her|hers)$/i

/**
 * Whether a point refers to something only the sentences around it name, anywhere in it, not
 * just at its opening: a demonstrative standing for a noun ("To solve this, use…", "All of these
 * work together"), "that" as the object of a verb or preposition ("We do that using EIA data",
 * "like that"), a demonstrative noun phrase after its opening ("we can answer that question"),
 * a third-person pronoun before any noun ("I think it fits…"), or "here"/"there" at its end
 * ("…see the talk here"). English only, on tagged tokens.
 */
export function refersBack(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  const seen = { singular: false, plural: false, name: false }
  // A clause already said in the point (a verb, then a comma or conjunction) can be what "this" stands for.
  let verb = false
  let clauseBefore = false
  // ("The previous command allows you to edit the template" (review 143, Falco's tutorial): the command, step or example
  // before, which the slide does not show with it. A closed class of adjectives that point back.)
  // ("The first one is file-based routing", "Another excellent example of Chapel's ergonomics is CHAMPS" (review 144, a talk's
  // write-up and Chapel's release post): the one of those the sentence before counted, another than the one it gave.)
  if (
    countedBefore.test(
      words
        .slice(0, 5)
        .map((word) => word.value)
        .join(' '),
    )
  )
    return true
  // (Not a thing replaced, "The previous Electron website was built with Jekyll": only a part of the text or a step of the
  // work before, or no noun at all, "The above shows…", "The former is faster".)
  if (
    /^the$/i.test(words[0]?.value ?? '') &&
    (/^(?:aforementioned|former|latter)$/i.test(words[1]?.value ?? '') ||
      (/^(?:previous|preceding|above)$/i.test(words[1]?.value ?? '') &&
        (!/^NN/.test(words[2]?.tag ?? '') || partBefore.test(words[2].value))))
  )
    return true
  for (const [index, word] of words.entries()) {
    const value = word.value.toLowerCase()
    const next = words[index + 1]
    // "made it my goal to…", "makes it easy to…": an "it" that stands for the clause after it.
    const expletive =
      value === 'it' &&
      (/^(make|makes|made|making|find|finds|found|keep|keeps|kept)$/i.test(words[index - 1]?.value ?? '') || isExpletiveIt(words, index))
    // "I'm learning how to delegate and I'm not doing it enough": "do it" stands for an action
    // the point has already named with its verb.
    const doing = /^(do|does|did|doing|done)$/i
    const action =
      value === 'it' &&
      doing.test(words[index - 1]?.value ?? '') &&
      words.slice(0, index - 1).some((before) => before.tag === 'VB' && !doing.test(before.value))
    if (thirdPerson.test(value) && !expletive && !action && !antecedentSeen(value, seen)) return true
    // ("Leveraging limactl edit can fix it" (review 143, Falco's tutorial), after "…mounts may not work anymore": the object of
    // a clause's verb is never its subject, so the nouns of a subject that are all the point has named before are not what
    // "it" stands for. Only in one clause, with no opening phrase or clause before it.)
    if (
      /^(?:it|them)$/.test(value) &&
      !expletive &&
      !action &&
      /^VB/.test(words[index - 1]?.tag ?? '') &&
      objectOfOwnSubject(tokens, words, index)
    )
      return true
    // "…in all aspects of them", "…each part of it": the noun before "of" is a part of what the pronoun
    // stands for, never what it stands for; a noun before that one may be.
    if (/^(?:them|it)$/.test(value) && /^of$/i.test(words[index - 1]?.value ?? '') && /^NN/.test(words[index - 2]?.tag ?? '')) {
      const plural = value === 'them'
      const before = words.slice(0, index - 2)
      const named = before.some((each) => (plural ? /^NNP?S$/.test(each.tag) || /^and$/i.test(each.value) : /^NN/.test(each.tag)))
      if (!named) return true
    }
    // "Doing so is a violation", "…if you do so": "so" stands for the action said before.
    if (value === 'so' && /^(do|does|did|doing|done)$/i.test(words[index - 1]?.value ?? '')) return true
    // ("People should know which of the two it is" (review 118, an essay on writing for a team): "the two" without a noun
    // stands for the things the sentence before counted.)
    if (
      /^(?:two|three|both)$/.test(value) &&
      /^the$/i.test(words[index - 1]?.value ?? '') &&
      /^of$/i.test(words[index - 2]?.value ?? '') &&
      !/^(?:NN|JJ|CD)/.test(next?.tag ?? '')
    )
      return true
    // ("Indeed, sometimes the exact opposite is true" (review 119, an essay on TypeScript): the opposite of what the sentence before said.)
    if (
      /^(?:opposite|reverse|converse)$/.test(value) &&
      /^(?:the|exact|very|complete)$/i.test(words[index - 1]?.value ?? '') &&
      !/^of$/i.test(next?.value ?? '') &&
      // (Not before its noun, "…go in the opposite direction"; the tagger reads "is" after it as a plural noun.)
      !(/^NN/.test(next?.tag ?? '') && !/^(?:is|are|was|were|holds|happens)$/i.test(next?.value ?? ''))
    )
      return true
    // ("I am doing much the same with Facebook and LinkedIn" (review 137, an essay on leaving social media): "the same" as
    // the object of a verb of doing, with no "as" after it, is what the sentence before said was done.)
    if (
      value === 'same' &&
      /^the$/i.test(words[index - 1]?.value ?? '') &&
      (doForm.test(words[index - 2]?.value ?? '') ||
        (/^(?:much|exactly|just|pretty|roughly)$/i.test(words[index - 2]?.value ?? '') && doForm.test(words[index - 3]?.value ?? ''))) &&
      !words.slice(index + 1).some((word) => /^as$/i.test(word.value)) &&
      !/^NN/.test(next?.tag ?? '')
    )
      return true
    // "It's similarly straightforward to…": like what the sentence before said.
    if (/^(similarly|likewise)$/.test(value)) return true
    // "There was one in India": "one" standing for a noun of the sentence before (not "one step", "one of them").
    const determiner = next !== undefined && (/^(NN|JJ|CD)/.test(next.tag) || /^of$/i.test(next.value))
    // ("I have deleted all my tweets save one" (review 137, an essay on leaving social media): nor one a plural noun said
    // before it counts out, after "except", "save" or "but".)
    const countedOut = seen.plural && /^(?:except|save|but|besides)$/i.test(words[index - 1]?.value ?? '')
    if (value === 'one' && index > 0 && words[index - 1].tag !== 'DT' && !determiner && !antecedentSeen('it', seen) && !countedOut)
      return true
    // "Better monitoring is another": another of the things the sentence before named (not the
    // second of a pair the point opened with "one": "from one backend to another", "one another").
    // (Before a noun, which the tagger may read as a gerund, "Another thing/VBG…", it determines it.)
    const standsAlone = next === undefined || /^(IN|TO|MD|CC|RB|VB|VBD|VBP|VBZ)$/.test(next.tag)
    if (value === 'another' && standsAlone && !words.slice(0, index).some((before) => /^one$/i.test(before.value))) return true
    // "…a much cleaner setup in both", "…and understanding your intent, both": the two things the
    // sentence before named, at the point's end after its preposition, verb or comma. (Not "both X and Y", "both of"; nor elsewhere: "Replication keeps
    // both in step" under "Can both storage engines coexist?" has them in its title.)
    if (
      value === 'both' &&
      next === undefined &&
      index > 0 &&
      (/^(IN|VB[DPZ]?)$/.test(words[index - 1].tag) || /,\s*both\W*$/i.test(tokens.map((token) => token.value).join('')))
    )
      return true
    // ("Again, cross-promotion helps fill both events" (review 109, an instructor's story): "both" before its plural
    // noun, after the point's verb or preposition, with no "and" after it, is the two things the sentence before named.)
    if (
      value === 'both' &&
      index > 0 &&
      /^NNP?S$/.test(next?.tag ?? '') &&
      // (Not the two of a thing's own, "in both directions", "at both ends", "on both sides".)
      !/^(?:directions|ends|sides|ways|hands|halves|worlds|parties)$/i.test(next?.value ?? '') &&
      /^(IN|VB[DPZ]?)$/.test(words[index - 1].tag) &&
      !words.slice(index + 1).some((after) => /^and$/i.test(after.value))
    )
      return true
    // A "noun" right after a pronoun or modal is a verb the tagger misread ("you use/NN it",
    // "don't/n't/NN see it"): no antecedent. So is one right after "to" before a pronoun ("we have to serialize/NN it",
    // review 126, SvelteKit's post: what "it" stood for was in the opening the cut left out).
    const misread =
      /['’]/.test(value) ||
      /^(PRP|MD)$/.test(words[index - 1]?.tag ?? '') ||
      (words[index - 1]?.tag === 'TO' && /^(?:it|them|this|these|those)$/i.test(next?.value ?? ''))
    if (/^NNP/.test(word.tag)) seen.name = true
    if (/^NNS|^NNPS/.test(word.tag) || value === 'and') seen.plural = true
    else if (/^NN/.test(word.tag) && !misread) seen.singular = true
    if (/^(VB|MD)/.test(word.tag)) verb = true
    else if (verb && word.tag === 'CC') clauseBefore = true
    if (index === 0 && leansOnPreviousTokens(tokens)) return true
    // "Which is great": a relative pronoun opening a statement goes on from the sentence before.
    if (index === 0 && /^which$/i.test(value) && !tokens.some((token) => token.value === '?')) return true
    if (clauseBefore) continue
    // (Only a demonstrative is looked at further: the tests below ran for every word.)
    if (/^(this|these|those)$/.test(value)) {
      // "those who…" names its people in the relative clause after it; "these" before a singular
      // "noun" is before a verb the tagger misread ("All of these work together").
      const determines = next !== undefined && determinesNoun(next, value) && !(/^(these|those)$/.test(value) && next.tag === 'NN')
      // "better than those of the average developer": "those of" stands for a noun the point has already named.
      const postmodified = /^of$/i.test(next?.value ?? '') && (value === 'those' ? seen.plural : seen.singular)
      if (!determines && !postmodified && !/^(WP|WDT)$/.test(next?.tag ?? '')) return true
    }
    // ("Having said all that, CSS-in-JS…": a comma after "that" ends its phrase; no noun of its own follows.)
    // (Its token searched for only for a "that".)
    if (value === 'that' && index > 0) {
      const closed = tokens[tokens.indexOf(word) + 1]?.kind === 'punctuation'
      if ((closed || !(next && determinesNoun(next))) && pronounThat(tokens, words, index)) return true
    }
    // "in that sense", "we can answer that question": a distal demonstrative before its noun, after
    // the point's opening, points back at what the speaker said before.
    const distal = /^(that|those)$/.test(value) && index > 0 && next !== undefined && determinesNoun(next, value)
    if (distal && (/^(IN|TO)$/.test(words[index - 1].tag) || actsAsVerb(words, index - 1))) return true
  }
  const last = words[words.length - 1]
  // "…gives the wait formula above", "…as mentioned above", "…which is explained below": the
  // point names what another part of the text shows, not the slide.
  if (words.length > 1 && /^(here|there|above|below)$/i.test(last.value)) return true
  // "Timeout<T> is a bit different", "The second one is faster": a comparison whose other side
  // is in the sentence before.
  // (Not one whose two sides the point names itself: "We migrated from Joi to ajv…, which was 32% smaller".)
  if (comparesWithoutOtherSide(words)) return true
  // "Section is a generic type, for the same reason", "TableViewDataSource needs a similar
  // treatment": "the same" or "similar" at the end, with what it compares to said before.
  if (words.slice(-2).some((word) => /^(same|similar)$/i.test(word.value))) return true
  // "You can convert from one to the other": the two things were named before. ("…the reward of
  // the others" compares with the rest of what the point names.)
  const pair = words.some((word) => /^one$/i.test(word.value))
  if (pair && /^other$/i.test(last.value) && /^the$/i.test(words[words.length - 2]?.value ?? '')) return true
  // "I think it fits…", "We do that…": the claim after a first-person frame is judged as a sentence.
  return framedClaimLeans(tokens, words)
}

/**
 * Whether a point names the two things it compares: a move "from X to Y", a replacement ("replaced
 * X with Y"), or a comparison it states ("compared to", "versus"). (Closed classes.)
 */
function namesBothSides(words: Token[]): boolean {
  const at = (pattern: RegExp, from = 0) => words.findIndex((word, index) => index >= from && pattern.test(word.value))
  const from = at(/^from$/i)
  if (from !== -1 && at(/^(to|into)$/i, from + 2) !== -1) return true
  const replaced = at(/^(replace|replaces|replaced|replacing|swap|swapped|swapping)$/i)
  if (replaced !== -1 && at(/^(with|by|for)$/i, replaced + 2) !== -1) return true
  return at(/^(compared|versus|vs)$/i) !== -1
}

/**
 * Whether the "it" at `index` stands for nothing, only holding the subject's place for the
 * clause after it: "It turns out SQLite databases are…", "it seems that…", "It is easy to
 * forget…", "it takes a day to…". Such a sentence does not lean on the one before.
 */
/** Adjectives of knowing or likelihood that take a clause as their real subject after "it is": a closed class of English. */
const knowing = /^(clear|obvious|evident|apparent|possible|certain|true|unclear|plain)$/i

function isExpletiveIt(words: Token[], index: number): boolean {
  if (words[index]?.value.toLowerCase() !== 'it') return false
  const [verb, ...rest] = words.slice(index + 1, index + 6)
  const value = verb?.value.toLowerCase() ?? ''
  if (/^(turns|turned)$/.test(value)) return rest[0]?.value.toLowerCase() === 'out'
  if (/^(seems|seemed|appears|appeared|happens|happened)$/.test(value)) return true
  // "It doesn't matter who initiates the connection", "it matters whether…": the clause after
  // "matter" is what does or does not matter.
  const matter = /^(do|does|did)$/.test(value) && /^(not|n['’]t)$/i.test(rest[0]?.value ?? '') ? rest[1] : verb
  if (/^(matter|matters|mattered)$/i.test(matter?.value ?? '')) return true
  // "It is (not) (very) easy to…", "it’s clear that…", "It takes a day to…", "It is your
  // job to…": an adjective, an object or a possessive, then the clause that is the real subject.
  // (Split from its pronoun, "It's" reads "It s".)
  if (/^(is|was|['’]?s|takes|took)$/.test(value)) {
    // (Not "when": "It is useful when you want to discard some spans" says when the thing the "it" stands for is.)
    const clause = rest.findIndex((word) => /^(to|that|whether|if|how)$/i.test(word.value))
    // ("It's a system that is fast": "that" after a noun opens its relative clause, and "it" is the system.)
    const relative = /^that$/i.test(rest[clause]?.value ?? '') && /^NN/.test(rest[clause - 1]?.tag ?? '')
    // ("…, but it is limited to macOS via the launcher apps" (review 147, an R user's post): "to" before a noun is no
    // infinitive; "it" is the thing the clause before named.)
    // (A name, "macOS", an article or a number after it; not a lower-case word the tagger may read as a noun, "to archive".)
    const named = rest[clause + 1]
    const toNoun =
      /^to$/i.test(rest[clause]?.value ?? '') && (/^(NNP|DT|CD)/.test(named?.tag ?? '') || /[\p{Lu}]/u.test(named?.value ?? ''))
    if (
      clause > 0 &&
      !relative &&
      !toNoun &&
      rest.slice(0, clause).every((word) => /^(RB|JJ|NN|CD|DT|PRP\$)/.test(word.tag) || /^not$/i.test(word.value))
    )
      return true
    // "It was clear the design needed an overhaul", "It's likely we…": an adjective of knowing,
    // then a clause that left out its "that".
    const adjective = rest.findIndex((word) => !/^RB/.test(word.tag) && !/^not$/i.test(word.value))
    if (knowing.test(rest[adjective]?.value ?? '') && /^(DT|PRP|NNP?S?|EX)$/.test(rest[adjective + 1]?.tag ?? '')) return true
    // "It is often said that…", "It was decided that…": a passive of saying or thinking, then the
    // clause that is its real subject. (Only before "that": "It was designed to…" is about a thing.)
    const passive = rest.findIndex((word) => /^(VBN|VBD)$/.test(word.tag))
    return (
      passive >= 0 &&
      /^that$/i.test(rest[passive + 1]?.value ?? '') &&
      rest.slice(0, passive).every((word) => /^RB/.test(word.tag) || /^not$/i.test(word.value))
    )
  }
  return false
}

/**
 * Whether a point names, after its opening, a noun phrase with a demonstrative ("we can answer
 * that question", "the limitation of this approach"): it may be the subject the slide is about,
 * or something only the sentence before named. Weaker than {@link refersBack}: a point that does
 * is presentable, one that does not is better.
 */
export function namesBack(tokens: Token[]): boolean {
  return nounNamedBack(tokens) !== undefined
}

/** The noun of the first demonstrative noun phrase after a point's opening ("make this change" → "change"), lower case. */
export function nounNamedBack(tokens: Token[]): string | undefined {
  const words = tokens.filter((token) => token.kind === 'word')
  const at = words.findIndex(
    (word, index) =>
      index > 0 &&
      /^(this|that|these|those)$/i.test(word.value) &&
      words[index + 1] !== undefined &&
      determinesNoun(words[index + 1], word.value) &&
      // "so that the…", "shows that the…": a clause follows, not a noun phrase.
      (word.value.toLowerCase() !== 'that' || /^(IN|VB)/.test(words[index - 1].tag)),
  )
  if (at === -1) return undefined
  // The noun phrase's head: past its adjectives and the nouns that modify it ("this new feature",
  // "this sandbox gravity game").
  let head = at + 1
  while (/^(JJ|NN)/.test(words[head]?.tag ?? '') && /^NN/.test(words[head + 1]?.tag ?? '')) head++
  return words[head].value.toLowerCase()
}

/**
 * Whether the word at `index` is a verb, or one the tagger misread as a noun after a negation,
 * a modal or a pronoun ("doesn't work/NN that way", "you use/NN it").
 */
function actsAsVerb(words: Token[], index: number): boolean {
  const word = words[index]
  if (/^VB/.test(word?.tag ?? '')) return true
  const before = words[index - 1]
  return word?.tag === 'NN' && before !== undefined && (/^(MD|PRP)$/.test(before.tag) || /^(n['’]t|not)$/i.test(before.value))
}

/** "that" standing for what came before: before punctuation or the end, or after "do" or a preposition without a clause of its own after it. */
function pronounThat(tokens: Token[], words: Token[], index: number): boolean {
  const word = words[index]
  const after = tokens.slice(tokens.indexOf(word) + 1).find((token) => token.kind !== 'space')
  if (!after || (after.kind === 'punctuation' && !/^["“'‘]$/.test(after.value))) return true
  const previous = words[index - 1]
  const next = words[index + 1]
  // "So that is very much kept…": "that" is the subject, unless a noun before it makes it a relative.
  const verb = next && (/^(VBZ|VBD|MD)$/.test(next.tag) || /^['’]s$/.test(next.value))
  // (An indefinite pronoun is a noun the tagger may misread: "something/VBG that would bridge…".)
  const indefinite = indefinitePronoun.test(previous.value)
  if (verb && !/^(NN|PRP|CD)/.test(previous.tag) && !indefinite) return true
  // ("…see that most of the terms will be zero": a quantifier opens the clause, which the tagger reads as a superlative.)
  // ("…learned that nothing/VBG in it was tested": an indefinite pronoun opens it too.)
  const clause = next !== undefined && (/^(PRP|DT|EX|NN|CD|JJ|RBS|RBR)/.test(next.tag) || indefinitePronoun.test(next.value))
  return !clause && !indefinite && (previous.tag === 'IN' || /^VB/.test(previous.tag))
}

/** Whether a noun the pronoun can stand for came before it: a plural for "they", a name for "he"/"she", any noun for "it". */
/** "The first one", "the other ones", "Another (good) example", "another reason": one of the things the sentence before named (not "Another way to…", which says what it is). */
const countedBefore =
  /^(?:the\s+(?:first|second|third|last|next|other)\s+ones?\b|another\s+(?:[\p{L}-]+\s+){0,2}?(?:example|reason|one)s?\b)/iu

/** What "the previous" names of the text or the work before: a command, a step, an example, a section (a closed class). */
const partBefore =
  /^(?:commands?|steps?|examples?|sections?|chapters?|paragraphs?|sentences?|snippets?|code|listings?|figures?|tables?|queries|query|approach(?:es)?|methods?|solutions?|options?|points?|one|ones|output|results?|screenshots?|images?|diagrams?|exercises?|posts?|articles?|parts?|lines?)$/i

/** Whether the nouns before the pronoun at `index` of `words` are all of its clause's subject (before its first tensed verb). */
function objectOfOwnSubject(tokens: Token[], words: Token[], index: number): boolean {
  const pronoun = tokens.indexOf(words[index])
  if (tokens.slice(0, pronoun).some((token) => token.kind === 'punctuation')) return false
  // (Nor one after a conjunction: "End the subject line with a period or write it in the past tense" shares its object with
  // the clause before.)
  if (/^(?:IN|WRB|WDT)$/.test(words[0]?.tag ?? '') || words.slice(0, index).some((word) => word.tag === 'CC')) return false
  // (The first verb of any form, past a gerund that opens the subject, "Leveraging limactl edit…": a past the tagger reads as a
  // participle, "Enterprises tested/VBN workloads and found them reliable", still ends the subject.)
  const verb = words.findIndex((word, at) => (at > 0 || word.tag !== 'VBG') && /^(?:VB|MD)/.test(word.tag))
  if (verb === -1 || verb >= index) return false
  return !words.slice(verb, index).some((word) => /^(?:NN|PRP$|CD)/.test(word.tag) && !/^(?:it|them)$/i.test(word.value))
}

function antecedentSeen(pronoun: string, seen: { singular: boolean; plural: boolean; name: boolean }): boolean {
  // ("Rosetta 2 is Apple's latest iteration of their Rosetta technology": what a company or a team has is "their".)
  if (/^(their|theirs)$/.test(pronoun)) return seen.plural || seen.name
  if (/^(they|them)$/.test(pronoun)) return seen.plural
  if (/^(it|its)$/.test(pronoun)) return seen.singular || seen.name
  return seen.name
}

/** A form of "do": "the same" as its object is what was done before (see `refersBack`). */
const doForm = /^(?:do|does|did|doing|done)$/i

/** "(The) same advice applies to…", "The same rule holds for…": the advice said of something before, applied to this, up to its colon. */
const sameAdviceHolds =
  /^(?:the\s+)?same\s+(?:advice|rule|principle|logic|idea|reasoning|thinking|approach|tip|goes)(?:\s+(?:applies|apply|holds|hold|goes|works))?(?:\s+(?:here|too|for|to)\b.*)?$/iu

/** A first-person frame ("I think", "We know that") before a clause that itself leans. */
function framedClaimLeans(tokens: Token[], words: Token[]): boolean {
  const [first] = words
  if (first?.tag !== 'PRP' || !selfStanding.has(first.value.toLowerCase())) return false
  let index = 1
  while (index < words.length && /^RB/.test(words[index].tag)) index++
  if (!/^(VBP|VBD)$/.test(words[index]?.tag ?? '')) return false
  // ("I made it my goal to…": its "it" holds the place of the clause after it, as in `refersBack`.)
  if (/^(make|made|find|found|keep|kept)$/i.test(words[index].value) && /^it$/i.test(words[index + 1]?.value ?? '')) return false
  index++
  // "I think that the…": a conjunction before the clause's subject; "I think that's…": the subject.
  const after = words[index + 1]
  const opensClause = after && (/^(PRP|DT|NN|EX)/.test(after.tag) || indefinitePronoun.test(after.value))
  if (words[index]?.value.toLowerCase() === 'that' && opensClause && !/^['’]s$/.test(after.value)) index++
  const subject = words[index]
  if (!subject || !(subject.tag === 'PRP' || demonstratives.has(subject.value.toLowerCase()))) return false
  return leansOnPreviousTokens(tokens.slice(tokens.indexOf(subject)))
}

/** "It is no exaggeration to say that", "It's safe to say", "It goes without saying that": English's closed class (negated only where
 * the frame denies an exaggeration: "It would be an exaggeration to say that…" doubts the clause). */
const vouchingFrame =
  /^(?:it\s+(?:is\s+no|is\s+not\s+an|isn['’]t\s+an|would\s+not\s+be\s+an|wouldn['’]t\s+be\s+an)\s+(?:exaggeration|overstatement|stretch)\s+to\s+say\s+(?:that\s+)?|it(?:\s+is|['’]s)\s+(?:safe|fair)\s+to\s+say\s+(?:that\s+)?|it\s+goes\s+without\s+saying\s+(?:that\s+)?)/i

// "This means that…", "All this is to say that…": the clause after the restating verb is the
// claim and stands alone. The restating verbs are a handful; the tagger cannot tell them apart.
const restatement =
  /^(?:(?:and|so|but|all|doing|however,?|unfortunately,?|in\s+practice,?|in\s+turn,?)\s+)*(?:this|that)\s+(?:(?:also|just|simply|really|basically)\s+)?(?:means|meant|is to say|implies|shows|suggests)\s+(?:that\s+)?/i

/**
 * "It turns out this is not the case", "That turned out to be wrong", "But that's not true": words that say the sentence
 * before is false (English's closed class). ("It's not." after "It's easy to think of Nushell as just a shell."; "That's
 * ridiculous to think that…" after "People will tell you that bitcoin is censorship resistant…" (review 117).) One pattern serves both the claim they deny (`deniesSentenceBefore`) and the
 * truth a sentence may go on with after them (`claimOf`). (Its spaces are single runs: no two quantifiers share one.)
 */
const denialOfSentenceBefore =
  /^(?:(?:but|however|and)(?:\s*,\s*|\s+))?(?:(?:(?:it\s+)?turn(?:s|ed)\s+out|as\s+it\s+turn(?:s|ed)\s+out\s*,)(?:\s+that)?\s+)?(?:(?:this|that|it)(?:['’]s|\s+is|\s+was)(?:\s+not|n['’]t)\s+(?:the\s+case|true|so|correct|right)(?:\s+at\s+all)?|(?:this|that)\s+turned\s+out\s+to\s+be\s+(?:wrong|false|untrue|incorrect|not\s+the\s+case|a\s+red\s+herring)|(?:it|this|that)(?:['’]s\s+not|\s+is\s+not|\s+isn['’]t)(?=\s*[.!]*$)|(?:this|that)(?:['’]s|\s+is)\s+(?:(?:just|simply|utterly|completely|totally|frankly)\s+)?(?:ridiculous|absurd|nonsense|a\s+myth|wrong|false|untrue)(?:\s+to\s+(?:think|say|believe|claim|suggest)\s+that\b.*)?|it(?:['’]s|\s+is)\s+(?:(?:just|simply|utterly|completely|totally|frankly)\s+)?(?:ridiculous|absurd|nonsense|a\s+myth|wrong|false|untrue)(?=\s*[.!]*$))/iu

/** Words that open a clause that is not a main one of its own: a subordinator, "that", an aside's connective (a closed class). */
const notMainOpening =
  /^(?:that|which|who|whom|whose|as|because|since|when|whenever|if|unless|though|although|while|whilst|whereas|however|for\s+(?:example|instance)|strictly|in|on|at|of|for|with|by|except|only|especially|particularly|say|e\.g|i\.e)\b/iu

/** The clause after a denial and its comma ("…, the Hub really was unavailable…"), when it is a main clause of its own. */
function truthAfterDenial(sentence: string): string | undefined {
  const denied = denialOfSentenceBefore.exec(sentence)
  if (!denied) return undefined
  const rest = /^\s*[,;:—–]\s*/u.exec(sentence.slice(denied[0].length))
  if (!rest) return undefined
  const truth = sentence.slice(denied[0].length + rest[0].length)
  if (notMainOpening.test(truth) || truth.split(/\s+/).length < 4 || !hasFiniteVerb(truth)) return undefined
  const first = tagSentence(truth.split(/\s+/, 3).join(' ')).find((token) => token.kind === 'word')
  return /^(?:DT|PRP|NNP?S?|CD|PRP\$|EX|JJ)$/.test(first?.tag ?? '') ? upperFirst(truth) : undefined
}

/**
 * Whether a sentence says the one before it is false: its denial alone ("It turns out this is not the case."), or before
 * what is true instead ("…, the Hub really was unavailable…"). Not a limit: "That is not true of everyone", "This isn't
 * the case, however, in C" bound the claim before, which stands.
 */
export function deniesSentenceBefore(sentence: string | undefined): boolean {
  const text = sentence?.trim() ?? ''
  const denied = denialOfSentenceBefore.exec(text)
  if (!denied) return false
  return /^\s*[.!]*$/u.test(text.slice(denied[0].length)) || truthAfterDenial(text) !== undefined
}

/**
 * "Our current design has one issue:", "There is one part that is unique for websites:": a head
 * that ends on a thing it counts but does not name (at most a relative clause after it) hands the claim
 * to the clause after its colon, which names it; not one of a group the head names, "Cost was one of our
 * issues:", nor "a reason", which may be the head's own claim. (The counts and nouns are closed classes of English.)
 */
const countsBeforeColon =
  /(?<!\bof\s)\b(?:one|two|three|a\s+(?:single|few|couple\s+of)|several)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}(?:issues?|problems?|catch(?:es)?|caveats?|things?|parts?|differences?|reasons?|options?|drawbacks?|limitations?|questions?|goals?|rules?|lessons?|tricks?|twists?|exceptions?|advantages?|benefits?|downsides?|snags?|flaws?)(?:\s+(?:that|which|to)\b[^:;,.]{0,40})?$/iu

/** A connective that turns a sentence against the one before it ("However, …", "But …"): a closed class of English. */
const openingTurn =
  /^(?:however|but|yet|still|unfortunately|fortunately|sadly|luckily|nevertheless|nonetheless|that said|instead)\s*,?\s+(?=\S)/i

/**
 * "And I have a hypothesis.", "I have a confession to make.", "Here's my theory:", "Well, I have a paradoxical answer!" (review
 * 149, a keynote's transcript): English's closed class of such announcements.
 */
export const announcesOwnThought =
  /^(?:(?:and|but|so|now|well)\s*,?\s+)?(?:(?:i|we)\s+(?:have|had|['’]ve\s+got|have\s+got)\s+(?:a|an|one|my|our)\s+(?:(?:little|simple|bold|wild|radical|different|theory|working|paradoxical|surprising|counterintuitive|controversial|unpopular|short|easy)\s+)?(?:hypothesis|theory|confession|suggestion|proposal|idea|guess|hunch|thought|answer|solution|explanation|secret)(?:\s+to\s+(?:make|share|offer))?|here(?:['’]s|\s+is)\s+(?:my|our)\s+(?:hypothesis|theory|guess|hunch|take))\s*[.!:]?$/iu

/**
 * "…the most challenging part of my first contribution was twofold": a sentence that only counts the parts it goes on to
 * give, of a part, reason or challenge; not a result measured so, "peak throughput was threefold".
 */
export const countsParts =
  /\b(?:part|parts|challenge|challenges|reason|reasons|problem|problems|issue|answer|goal|purpose|benefit|benefits|motivation|difficulty|idea|approach|solution|lesson|takeaway)\b[^.!?]{0,60}\b(?:is|was|are|were)\s+(?:two|three|four)-?fold\s*[.!:]?$/iu

/**
 * The part of a sentence that carries its claim on its own, when the rest only ties it to the
 * sentence before: the clause after "This means (that)", or after a colon whose lead-in leans
 * ("Today, we can answer that question: Go is everywhere"). The sentence itself otherwise.
 */
export function claimOf(sentence: string, lang: string): string {
  if (!lang.toLowerCase().startsWith('en')) return sentence
  // ("This shows the use of rclone sync." (review 143, a talk's transcript): only a clause after the restating verb is a claim;
  // a noun phrase after it, "the use of rclone sync", names what the slide showed.)
  const restating = restatement.exec(sentence)
  const restated = restating && hasFiniteVerb(sentence.slice(restating[0].length)) ? restating : null
  // (Only before a main clause of its own: "It turns out this is not the case, the Hub really was unavailable…".)
  const truth = restated ? undefined : truthAfterDenial(sentence)
  let claim = restated ? sentence.slice(restated[0].length) : (truth ?? contrastedClaim(sentence))
  // ("It wouldn't be an exaggeration to say that Knative has been one of my driving forces…" (review 115, Knative's post),
  // "It's safe to say that…": a frame that only vouches for the clause after it; the clause is the claim.)
  const vouched = vouchingFrame.exec(claim)
  if (vouched && /\s\S+\s\S+/u.test(claim.slice(vouched[0].length))) claim = upperFirst(claim.slice(vouched[0].length))
  claim = framedClaim(correctedClaim(claim))
  // "The Nim Team is very proud and happy to announce the much-anticipated version 1.0 of the
  // language": the writer's feeling about the news, then the news, a noun phrase: the point is what is announced.
  // (Where the sentence is too long to take in at a glance: "The Rust team is happy to announce a new version of Rust, 1.26.0" says it whole.)
  const announced = claim.trim().split(/\s+/).length > maxGlanceWords ? announcement.exec(claim) : null
  const news = announced
    ? claim
        .slice(announced[0].length)
        .replace(/[.!]+$/u, '')
        .trim()
    : ''
  // ("Today, we are happy to announce another milestone - KEDA 2.0 is now generally available…!" (review 119, KEDA 2.0's
  // release post): a few words that name the news, and after a dash the news said as a clause: the clause is the point.)
  const dashed = /^(?:an?|another|the|our|this)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+[-–—]+\s+/iu.exec(news)
  // (Not a clause that points back at what the words before named: "…our next release - it took us two years".)
  const clause = dashed ? news.slice(dashed[0].length) : ''
  const said = clause && hasFiniteVerb(clause) && !/^(?:it|its|this|that|these|those|they|we|he|she|which)\b/iu.test(clause) ? clause : news
  if (said.split(/\s+/).length >= 2 && !/^(?:that|how|what|why|when|our\s+plans?)\b/iu.test(said)) return upperFirst(said)
  // (Its label stays: "Main reason:" says how the clause after it stands to the section.)
  const named = claim === sentence ? (namedItemClaim(claim) ?? orderedItemClaim(claim)) : undefined
  if (named) return named
  const colon = claim.indexOf(': ')
  // Only a colon between clauses: not one inside brackets ("(such as: Unicode 9.0 support; …)"),
  // and only before a clause with a verb of its own.
  const head = colon > 0 ? claim.slice(0, colon) : ''
  const count = (pattern: RegExp) => head.match(pattern)?.length ?? 0
  // Nor one inside quotes ('an error like "error[E0277]: the `?` operator…"').
  // (Nor one inside single quotes, "‘position: sticky’ elements are handled…" (review 116, Servo's newsletter); a ’ alone is an apostrophe.)
  const closed = count(/[([]/g) === count(/[)\]]/g) && count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g) && count(/‘/g) <= count(/’/g)
  // Nor a key and its value ("…if the `async: true` option is given", "timeout: 30").
  const value = /^(?:true|false|null|nil|none|undefined)\b/i.test(claim.slice(colon + 2)) && /\w$/.test(head)
  // Nor one before a list run into the sentence ("…the increased concurrency factor would: i) increase significantly the
  // overhead…, and, ii) stick with nodes…" (review 131, IPFS's incident report)): its first item, "i) increase…", is no
  // clause of its own, whatever the tagger makes of an "i".
  const listed = /^\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s/iu.test(claim.slice(colon + 2))
  if (head && closed && !value && !listed) {
    // (A turn that opens the sentence contrasts it with the one before, and leaves its clause standing:
    // "However, the experience of building and testing MCP servers was cumbersome: MCP servers
    // communicate over…" claims the clause before the colon, as it would without "However".)
    const lead = tagSentence(head.replace(openingTurn, ''))
    const tail = claim.slice(colon + 2)
    // ("Remember where we started: to figure out what's going on…, we have to rule out other
    // explanations": a turn back to the talk's start leads into the claim, whatever it opens with.)
    const recalls = /^(?:remember|recall)\s+(?:where|what|how|when|why)\s+(?:we|i)\b/iu.test(head) && hasFiniteVerb(tail)
    // ("If you are looking for a single reason why the project is so successful, it's this: Focusing
    // the community on what matters": a head that ends on "it's this" hands the claim to what follows, a phrase or a clause.)
    // ("And I have a hypothesis: I think the issue … is that we have systematically drummed creativity out of people…"
    // (review 127, an essay on creativity): so does one that only says the writer has a thought.)
    // ("Same advice applies to colors as to fonts when you're new to design: if you don't know what you're doing, **just use
    // one color**." (review 137, a design essay for developers): a head that says the same advice holds hands over to it.)
    const handsOver =
      (/\b(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:this|simple)$/iu.test(head.trim()) ||
        sameAdviceHolds.test(head.trim()) ||
        announcesOwnThought.test(head.trim()) ||
        countsParts.test(head.trim())) &&
      tail.split(/\s+/).length >= 3
    if (recalls || handsOver) claim = tail
    // ("The discovery is as simple as it is worrying: seventeen papers on arXiv contained hidden
    // instructions": a verdict on news not yet given hands the claim to the news, a clause or a
    // phrase, "The result was striking: a 30% drop in costs".)
    else if (judgesNewsAfterColon(head) && !leansOnPrevious(tail.split(/\s+/, 4).join(' '))) claim = tail
    else if (refersBack(lead) || namesBack(lead) || isBareLead(lead) || announcesWhatFollows(head) || countsBeforeColon.test(head)) {
      // (Not a noun phrase whose only verb is its relative clause's: "…lint rules: | rules that
      // can pull in type information" names the rules; the sentence before the colon has the claim.)
      const tagged = tagSentence(tail)
      if (opensClause(tagged) && !onlyRelativeVerb(tagged.filter((token) => token.kind === 'word'))) claim = tail
    }
    // "The SwiftUI code that it produces works fairly well: it is typically an accurate…": what
    // follows the colon leans on the clause before it, which is the claim. (Its opening words are all that is read.)
    // (Not a head that only says a claim follows, "But one thing seems clear: it isn't done yet" (review 113, a history
    // of the web): its "it" is the web of the sentence before, and the head alone claims nothing.)
    else if (
      leansOnPrevious(tail.split(/\s+/, 4).join(' ')) &&
      hasFiniteVerb(head) &&
      !leansOnPreviousTokens(lead) &&
      !claimFollows.test(head.trim())
    )
      claim = head
  }
  if (claim === sentence || claim.split(/\s+/).length < 4) return sentence
  // An identifier keeps its case ("i128 and u128…"); a word gets the capital a sentence starts with.
  return /^[\p{Ll}]+\b/u.test(claim) ? upperFirst(claim) : claim
}

// Frames in which the writer asserts the clause after "that" as their own finding: "We also
// learnt from this that…", "After a lot more digging, we realised that…", "I would say that…",
// "The good news is that…", "Note that…". The claim is the clause; the frame only ties it to the
// writer or to the sentence before ("from this"). The verbs are a closed class the tagger tags
// like any other verb: those that assert their clause (not "hope", "wish" or "doubt", nor someone
// else's "complained that", which a bare clause would misreport as the writer's claim).
/** "It soon became clear that ", "It turned out that ": a finding said impersonally, up to its "that". */
export const impersonalFinding =
  /it\s+(?:(?:(?:soon|quickly|then|later|eventually|finally|now|also|already|[\p{L}]+ly)\s+)?(?:became|becomes|has\s+become|had\s+become|is|was)\s+(?:(?:very|quite|increasingly|pretty|abundantly|painfully|immediately)\s+)?(?:clear|obvious|apparent|evident)\s+(?:to\s+(?:me|us|them|everyone)\s+)?|(?:(?:soon|quickly|then|later|eventually|finally)\s+)?(?:turned|turns)\s+out\s+)that\s+/iu

const frames = [
  // ("I gradually realized, that the experience of so many things…": any adverb of manner, and a comma before "that".)
  // ("From this we can infer that `os.Stdout` implements `io.Writer`; …" (review 94, a Go tutorial): what follows from
  // what was shown, inferred.)
  /^(?:[^,]{1,50},\s+|from\s+(?:this|that|these|here)\s+)?(?:i|we)(?:['’](?:ve|d)|\s+(?:have|had|would|can|could|also|now|then|soon|quickly|finally|eventually|just|really|all|both|[\p{L}]+ly))*\s+(?:learnt|learned|found|find|realise|realize|realised|realized|discovered|noticed|believe|know|knew|show|showed|saw|see|argue|concluded|conclude|infer|deduce|think|would say)(?:\s+(?:from|in)\s+(?:this|that|it))?,?\s+that\s+/iu,
  // ("Next, I agree with Josef that recognition, attribution, and resources are not adequately given to open source
  // authors" (review 109, an open reply): what the writer agrees with someone is the writer's claim.)
  /^(?:[^,]{1,50},\s+)?(?:i|we)(?:\s+(?:also|fully|completely|strongly|wholeheartedly|mostly|totally|[\p{L}]+ly))*\s+(?:agree|agreed)\s+(?:with\s+[^,]{1,40}?\s+)?that\s+/iu,
  // "I think more interoperability and integrated workflows will make…": "think", "believe" or "feel"
  // before a clause without its "that" frames it the same (the clause, with a verb of its own, is checked below).
  // (Not "feel" before a degree, "I feel more alive in the past months than I have in years" (review 147, an essay on quitting):
  // how the writer feels is the claim, and the "have" after "than" is no verb of a clause it frames.)
  /^(?:[^,]{1,50},\s+)?(?:I|[Ww]e)(?:\s+(?:also|really|still|personally|honestly|strongly|genuinely|firmly))*\s+(?:think|believe|feel(?!\s+(?:more|most|much|less|so|very|quite|pretty|really|better|worse)\s))\s+(?=(?:the|a|an|more|most|many|much|some|all|every|each|no|our|your|their|its|his|her|my|we|you)\s|[\p{Lu}]|[\p{N}])/u,
  // ("The most exciting thing about this journey is not the app I built, but that…": the claim is after the "but".)
  // ("The trouble with the above is that…", "The important thing for us, as maintainers, is that…":
  // a problem named, or whose thing it is in commas, before the "is that" frames the clause too; not
  // ", however,", whose sentence's claim may be cut down to the heading's words.)
  // ("Her main point was that in the case of interactive visualization, matplotlib is limited" (review 92): whose
  // point, and a point made before, frame it too.)
  /^(?:the|an?|one|her|his|their|my|our)\s+(?:[\p{L}-]+\s+){0,3}(?:news|thing|point|idea|lesson|truth|reality|catch|trick|key|takeaway|upshot|answer|result|trouble|problem|part|side|aspect|argument|message|thesis|conclusion)(?:\s+(?:about|of|in|for|from|with)\s+[^,]{1,40}?)?(?:,\s+as\s+[^,]{1,30},)?\s+(?:here\s+)?(?:is|was)\s+(?:not\s+[^,]{1,40},\s+but\s+)?that\s+/iu,
  // ("Note, however, that…": the link to the sentence before goes with the frame.)
  /^(?:note|remember|keep in mind|bear in mind|let me (?:just )?(?:start by )?(?:saying|say))(?:,\s+(?:however|though|also),)?\s+that\s+/iu,
  // "(Although the capacity can vary,) it is generally considered that a tree can store…": what is
  // commonly held, said impersonally, then the claim. The verbs are a closed class of belief and knowledge.
  /^(?:[^,]{1,60},\s+)?it\s+is\s+(?:(?:generally|widely|commonly|often|now|well)\s+)?(?:considered|believed|thought|known|accepted|agreed|estimated|understood)\s+that\s+/iu,
  // "It soon became clear that Erlang needed to be at least 40 times faster…", "It turned out that
  // the cache was cold": what the writer found, said impersonally, then the finding.
  new RegExp(`^(?:[^,]{1,60},\\s+)?${impersonalFinding.source}`, 'iu'),
  // "He also showed that staying up to date is not as hard as many users think" (a conference recap, review 93):
  // what a speaker showed or argued, reported, is the claim the recap passes on.
  /^(?:[Hh]e|[Ss]he|[Tt]hey|(?!(?:This|That|These|Those|It|There|Here|Research|Data)\b)[\p{Lu}][\p{Ll}]+(?:\s+and\s+[\p{Lu}][\p{Ll}]+)?)(?:\s+(?:also|then|further|later|convincingly|clearly))*\s+(?:showed|demonstrated|explained|argued|noted|pointed\s+out|stressed|emphasi[sz]ed|concluded|made\s+the\s+case)\s+that\s+/u,
  // "I am happy to say that we have received 771 responses", "We're excited to announce that…":
  // the writer's feeling about the news, then the news.
  // ("I am extremely excited to announce that…": any adverb of degree.)
  /^(?:i|we)(?:['’](?:m|re)|\s+(?:am|are))(?:\s+(?:so|very|really|also|now|[\p{L}]+ly))*\s+(?:happy|pleased|glad|excited|thrilled|proud|delighted)\s+to\s+(?:say|announce|report|share|tell\s+you|let\s+you\s+know)\s+that\s+/iu,
  // "Yesterday (August 31st), a press release was issued announcing that Ent is joining the Linux
  // Foundation": the news, not the paper it came on.
  /^(?:[^,]{1,60},\s+)?(?:a|an|the|our)\s+(?:official\s+)?(?:press\s+release|announcement|blog\s+post|statement)\s+(?:was\s+(?:issued|published|sent|posted|made)\s+)?(?:announcing|announced|saying|said|stating|confirming|confirmed)\s+that\s+/iu,
  // "The table below shows that each network's assortativity coefficient was positive": the picture
  // or table the slide shows, then what it shows.
  /^(?:the|this)\s+(?:(?:following|above|next)\s+)?(?:table|figure|chart|graph|plot|diagram|map|image|picture|screenshot|visuali[sz]ation)(?:\s+(?:below|above))?\s+(?:shows|show|showed|suggests|reveals|confirms|indicates|makes\s+clear)\s+that\s+/iu,
]

// "The first lesson I learned from creating the cover is the importance of…": an item the text
// counts or names (its lesson, reason, challenge…), the words that say whose it is, then "is" and
// what it is. The nouns are a closed class.
const namedItem =
  /^the\s+(?:(first|second|third|fourth|fifth|last|final|main|biggest|key|real|most\s+important)\s+)?(lesson|takeaway|reason|benefit|advantage|drawback|downside|problem|challenge|goal|rule|principle|idea|insight|difference)\b([^,.;:!?]{0,80}?)\s+(?:is|was)\s+(?=\S)/iu

/**
 * "The first lesson I learned from creating the DVD label is the importance of attributing the
 * work of others" → "First lesson: the importance of attributing the work of others": the item
 * and what it is, when what it is is a noun phrase or a gerund (not "The reason is simple", "The
 * problem was solved by…", "The idea was not new"). `undefined` otherwise.
 */
function namedItemClaim(sentence: string): string | undefined {
  const item = namedItem.exec(sentence)
  // (Only with words between the noun and its "is": "The goal is X" is short already.)
  if (!item || item[3].trim() === '') return undefined
  // ("The benefit of asking for the information explicitly in the template is that…" (review 125, a Rust RFC): what the
  // item is of is its half; "Benefit:" alone would say it of anything. Not whose it is, "The biggest challenge for our crew…".)
  if (/^\s*of\b/iu.test(item[3])) return undefined
  let rest = sentence.slice(item[0].length).replace(/[.!]\s*$/u, '')
  const label = [item[1], item[2]].filter(Boolean).join(' ')
  const labelled = (text: string) => `${label.charAt(0).toUpperCase()}${label.slice(1).toLowerCase()}: ${text}`
  // ("The main reason why QuestDB handles it is that we parallelize…": the clause after "that", with its own subject and verb.)
  const clause = /^that\s+/iu.exec(rest)
  if (clause) {
    rest = rest.slice(clause[0].length)
    const leaning = /^(?:it|they|this|that|these|those|he|she|its|their)\b/iu.test(rest)
    // (The tagger may miss the verb of a clause on "we" or "you", "we parallelize/NN…": its subject says it is one.)
    const clauseLike = hasFiniteVerb(rest) || /^(?:we|you|i)\s+(?:\w+ly\s+)?\w+/iu.test(rest)
    return !leaning && rest.split(/\s+/).length >= 4 && clauseLike && !rest.includes(':') ? labelled(rest) : undefined
  }
  const [first, second] = tagSentence(rest).filter((token) => token.kind === 'word')
  if (!opensNounPhrase(first, second) || rest.includes(':')) return undefined
  return labelled(rest)
}

// "Next is the value of letting ideas simmer", "Third is the value of testing", "Last but not
// least is…": a place in the writer's count, "is", and the item. (Ordinals are a closed class.)
const orderedItem =
  /^(?:(?:and\s+)?(?:first|second|third|fourth|fifth|next|last|finally|lastly)(?:\s+(?:up|off|but\s+not\s+least))?,?\s+(?:there\s+)?(?:is|was|comes|came)\s+)(?=\S)/iu

/**
 * "Next is the value of letting ideas simmer" → "The value of letting ideas simmer": the item a
 * count's step names, when it is a noun phrase or a gerund; its place in the count ("Next",
 * "Third") means nothing on a slide without the steps before it. `undefined` otherwise.
 */
function orderedItemClaim(sentence: string): string | undefined {
  const place = orderedItem.exec(sentence)
  if (!place) return undefined
  // (Its stop stays: the phrase is a sentence's whole claim.)
  const rest = sentence.slice(place[0].length)
  const words = tagSentence(rest).filter((token) => token.kind === 'word')
  const [first, second] = words
  // ("Next is a fun one": an item named by "one" says nothing of what it is.)
  // (Nor a name, "First up was Sanskar Jaiswal, who…": a lineup's next person, not an item.)
  if (words.length < 3 || /^ones?$/i.test(words[words.length - 1].value) || !/^[\p{Ll}]/u.test(first.value)) return undefined
  return opensNounPhrase(first, second) && !rest.includes(':') ? upperFirst(rest) : undefined
}

/**
 * Whether what follows an item's "is" opens a noun phrase or a gerund ("the importance of…",
 * "keeping the boats dry"), not an adjective, a verb or a pointer ("simple", "solved by…", "not new").
 */
function opensNounPhrase(first: Token | undefined, second: Token | undefined): boolean {
  return (
    first !== undefined &&
    second !== undefined &&
    (/^(DT|PRP\$|NN|NNS|VBG|CD)$/.test(first.tag) || (first.tag === 'JJ' && /^(NN|JJ)/.test(second.tag))) &&
    !/^(not|also|still|that|this|it|to)$/i.test(first.value)
  )
}

// "I used New Relic to profile a Dyno for five minutes and, to our collective surprise, we found
// that more than 90% of CPU time…": a finding said after the steps that led to it, in the same
// sentence. Verbs of finding out only (a closed class), whose clause is the news.
const innerFinding =
  /(?:,\s+|\band\s+)(?:(?:to\s+(?:our|my)\s+[^,]{1,30}|then|finally|eventually|soon),\s+)?(?:i|we)\s+(?:\w+ly\s+)?(?:found|discovered|realised|realized|noticed|learned|learnt)\s+that\s+/iu

/**
 * Whether the writer says a sentence is what they learnt or came to see ("I gradually realized,
 * that the experience of so many things in our life has a direct relationship with our
 * expectations"): the finding is the paragraph's claim, the sentences around it the way there.
 */
export function statesFinding(sentence: string): boolean {
  return frames[0].test(sentence) && framedClaim(sentence) !== sentence
}

/** The clause a frame asserts ("We also learnt from this that we need a staging environment" → "We need a staging environment"), or the sentence. */
function framedClaim(sentence: string): string {
  const frame = frames.map((pattern) => pattern.exec(sentence)).find(Boolean) ?? innerFinding.exec(sentence)
  if (!frame) return sentence
  const clause = sentence.slice(frame.index + frame[0].length)
  // ("The problem is that it cannot interact with the app": a clause on a pronoun needs the sentence before it; the frame does not.)
  if (/^(?:it|they|this|that|these|those|he|she|its|their)\b/iu.test(clause)) return sentence
  if (clause.split(/\s+/).length < 4 || !hasFiniteVerb(clause)) return sentence
  // ("In general, we believe all Zen 2 processors are affected" (review 110, a security advisory): what the writer
  // believes, thinks or feels is their opinion or their hedge, and the point keeps it, "We believe all Zen 2
  // processors are affected", where what they learnt or found is a fact the clause states alone.)
  // (Where the two words more still fit a point uncut: the claim alone, where they would not.)
  const belief = /\b(I|[Ww]e)\b(?:\s+\S+)*?\s+(believe|think|feel)\b/u.exec(frame[0])
  return belief && clause.split(/\s+/).length + 2 <= maxWords ? `${upperFirst(belief[1])} ${belief[2]} ${clause}` : clause
}

/** A head that only says a claim follows its colon: "One thing seems clear", "Here's the thing", "The answer is simple" (English). */
const claimFollows =
  /^(?:(?:but|and|yet|so|still)\s+)?(?:(?:the\s+)?one\s+thing\s+(?:is|seems|was|remains|looks)\s+(?:clear|certain|sure|obvious|for\s+sure)|here['’]s\s+the\s+thing|the\s+(?:answer|truth|reason|lesson|bottom\s+line|point)\s+(?:is|was)\s+(?:simple|clear|obvious))$/iu

/** The writer's or the team's feeling about what they announce, up to the announced thing ("We're excited to announce "). */
const announcement =
  /^(?:(?:today|now|finally)\s*,?\s+)?(?:i|we|the\s+[\p{L}\p{N} .'’-]{1,40}?\s+(?:team|project|community|maintainers|developers|authors))(?:['’](?:m|re)|\s+(?:is|are|am))(?:\s+(?:so|very|really|also|now|[\p{L}]+ly))*\s+(?:happy|pleased|glad|excited|thrilled|proud|delighted)(?:\s+and\s+(?:happy|pleased|glad|excited|thrilled|proud|delighted))?\s+to\s+(?:announce|present|introduce|unveil)\s+/iu

// The finite forms of "be" are verbs wherever they stand, though the tagger may read one after a
// noun it misread as another noun ("your arrival/JJ is/NNS not…"): a closed class.
const beForm = /^(is|are|was|were)$/i

/** Whether the opening words of a clause after "that" hold its finite verb (the subject may be any noun phrase: "prompt engineering is…"). */
function hasFiniteVerb(clause: string): boolean {
  const words = tagSentence(clause.split(/\s+/).slice(0, 12).join(' ')).filter((token) => token.kind === 'word')
  // (After its pronoun the tagger may read a present verb as another form: "we need/VBN a staging environment".)
  return words.slice(1).some(
    (word, index) =>
      /^(VB[DPZ]|MD)$/.test(word.tag) ||
      /^['’](s|re)$/.test(word.value) ||
      beForm.test(word.value) ||
      (/^VB/.test(word.tag) && words[index].tag === 'PRP') ||
      // (And a past tense right after a one-word subject it read as a participle, before its object or
      // infinitive: "Erlang needed/VBN to be…". Not a participle that describes the word before it,
      // "everyone involved in it", "the data collected in 2020".)
      (word.tag === 'VBN' &&
        index === 0 &&
        /^NN/.test(words[0].tag) &&
        !/^(?:every|some|any|no)(?:one|body|thing)$/i.test(words[0].value) &&
        /^(?:TO|DT|PRP\$?|CD)$/.test(words[2]?.tag ?? '')),
  )
}

/**
 * "It's certainly not a top 1% programmer, but I would say that Claude's outputs are…", "This
 * may have been true then, but in my experience, …": a sentence that opens on the one before
 * and turns at "but" makes its claim after the turn, which stands alone where the opening does not.
 */
function contrastedClaim(sentence: string): string {
  const turn = /,\s+but\s+/i.exec(sentence)
  if (!turn || !leansOnPrevious(sentence)) return sentence
  const after = sentence.slice(turn.index + turn[0].length)
  // (An opening phrase before the clause, "in my experience,", is dropped with the other links later.)
  const start = after.replace(/^[^,]{1,30},\s+/u, '')
  // ("…we only need to consider reusing nodes that don't intersect with the edit range, but whose parent nodes do" (review
  // 133, VS Code's post on bracket pairs): a relative clause after the "but" goes on with the noun before it.)
  if (/^(?:whose|which|who|whom|where|that)\b/iu.test(after)) return sentence
  return after.split(/\s+/).length >= 4 && hasFiniteVerb(start) ? after : sentence
}

/**
 * "Kubernetes is not just a scheduler for containers…, but a platform for building platforms",
 * "Design is not just about how it looks; it's about how it works": a sentence too long to show
 * that denies the lesser description to give the writer's own after "but" (or after a semicolon
 * and "it's") says its claim in the subject, its "be" and that description ("Kubernetes is a
 * platform for building platforms"; "…is also about…" where the writer added "also"). Only after
 * a form of "be", where what comes after the turn is plainly a second complement of the same verb.
 */
function correctedClaim(sentence: string): string {
  if (sentence.split(/\s+/).length <= maxLongWords) return sentence
  const found =
    /^([^,;:]{3,80}?\s(?:is|are|was|were))\s+not\s+(?:just|only|merely|simply)\s+[^;:]+?(?:,?\s+but|;\s+(?:it|they)(?:['’]s|['’]re|\s+is|\s+are))\s+(also\s+)?(?!also)([^;:]+)$/iu.exec(
      sentence.trim(),
    )
  if (!found) return sentence
  const [, subject, also, described] = found
  // ("Trino is not only for fast adhoc analytics with a human in the loop, but now provides a fault-tolerant execution mode…"
  // (review 137, Trino's talk write-up): after the turn, a predicate of its own, its verb after any adverbs, says the claim of
  // the subject without the "be" it denied with; "Trino is now provides…" was no sentence.)
  const turned = tagSentence(described).filter((token) => token.kind === 'word')
  const verb = turned.find((word) => !/^RB/.test(word.tag))
  const predicate = verb !== undefined && /^(?:VBZ|VBD|MD)$/.test(verb.tag)
  const claim = predicate
    ? `${subject.replace(/\s+(?:is|are|was|were)$/iu, '')} ${also ? 'also ' : ''}${described}`
    : `${subject} ${also ? 'also ' : ''}${described}`
  return claim.split(/\s+/).length >= 5 && hasFiniteVerb(subject) ? claim : sentence
}

/** "To be explicit", "In short", "Bottom line": a few words before a colon, without a finite verb, that only frame the claim after it. */
function isBareLead(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  return words.length <= 4 && !words.some((word) => /^(VBZ|VBP|VBD|MD)$/.test(word.tag))
}

/** Whether tagged words open a clause of their own: a subject, then a finite verb within a few words ("Go is everywhere"). */
function opensClause(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  const [first] = words
  // A capital on a base-form "verb" is a name the lexicon also knows as a verb ("Go is everywhere").
  const name = first !== undefined && /^[\p{Lu}]/u.test(first.value) && /^VBP?$/.test(first.tag)
  if (!name && !/^(DT|PRP|NN|EX|CD|JJ)/.test(first?.tag ?? '')) return false
  return words.slice(1, 6).some((word) => /^(VB[DPZ]|MD)$/.test(word.tag) || /^['’](s|re)$/.test(word.value))
}

/**
 * The noun a sentence's opening demonstrative determines ("This approach…", "Unfortunately, this
 * wound up…"), lower case, or `undefined` when it opens otherwise. A point made of it reads "The
 * approach…": whole only where the paragraph or the heading names that noun too.
 */
export function demonstrativeNoun(sentence: string): string | undefined {
  const opening = /^(?:[^,]{0,30},\s+)?(?:this|that|these|those)\s+([\p{L}-]+)/iu.exec(sentence.trim())
  if (!opening) return undefined
  const [noun] = tagSentence(`this ${opening[1]}`)
    .filter((token) => token.kind === 'word')
    .slice(1)
  return noun && determinesNoun(noun, 'this') ? opening[1].toLowerCase() : undefined
}

/** Words at most of a sentence simple enough that its subject is what the next one's pronoun stands for. */
const maxSimpleWords = 15

// A subject pronoun and the verb after it, contracted or not: "It's", "They are", "It runs".
const pronounSubject = /^(it|they)(?:(['’]s|['’]re)|\s+(?=[\p{L}]))/iu

/**
 * A point that leans only by its subject pronoun ("It's the backbone of the modern internet"),
 * said with the noun phrase the sentence before it opens on as its own subject ("Kubernetes is
 * not just a container scheduler."): "Kubernetes is the backbone of the modern internet". Only
 * when that noun phrase is plain (determiners, adjectives, nouns; no demonstrative, which would
 * lean in turn) and agrees with the pronoun; `undefined` otherwise, and for an "it" that holds
 * the place of a clause ("It's predicted that…"). English only, on the tags of the sentence before.
 */
export function withNamedSubject(point: string, sentenceBefore: string): string | undefined {
  // A short opening that says when ("Today, AWS is…", "In 2006, the team was…") is not part of
  // the subject; the clause after it is what the pronoun looks back to.
  const before = sentenceBefore.replace(/^(?:[\p{L}\p{N}]+\s+){0,2}[\p{L}\p{N}]+,\s+(?=[\p{Lu}])/u, '')
  const pronoun = pronounSubject.exec(point)
  if (!pronoun) return undefined
  const rest = point.slice(pronoun[0].length)
  // ("It is not recommended to use…": past a negation too.)
  if (/^\s*(?:[\p{L}]+\s+){0,3}(?:that|to|whether|if|how|what)\b/iu.test(rest) && /^it/i.test(pronoun[1])) return undefined
  // "It was clear the design needed…": the "it" stands for the clause after it, no noun before.
  if (
    /^it/i.test(pronoun[1]) &&
    isExpletiveIt(
      tagSentence(point).filter((token) => token.kind === 'word'),
      0,
    )
  )
    return undefined
  // Only a simple sentence names the pronoun's noun for sure: after "Information had changed
  // form, but the newsroom hadn't, and…", "It was all part of…" stands for the whole situation.
  if (/[,;:]/.test(before) || before.split(/\s+/).length > maxSimpleWords) return undefined
  const words = tagSentence(before.split(/\s+/, 8).join(' ')).filter((token) => token.kind === 'word')
  const verb = words.findIndex((word) => /^(VB[DPZ]|MD)$/.test(word.tag) || /^(is|are|was|were|has|have)$/i.test(word.value))
  if (verb < 1 || verb > 5) return undefined
  const subject = words.slice(0, verb)
  // The subject must be the whole run of words before the verb: no comma or clause between them.
  const said = before.split(/\s+/, verb).join(' ')
  if (said.split(/\s+/).length !== verb || /[,;:()]/.test(said)) return undefined
  if (!subject.every((word) => /^(DT|JJ|NN|CD|POS)/.test(word.tag)) || demonstratives.has(subject[0].value.toLowerCase())) return undefined
  const head = subject[subject.length - 1]
  // Its verb says its number ("Kubernetes is"); a past or modal verb does not, and the noun's tag does.
  const number = words[verb]
  const plural =
    /^(VBZ)$/.test(number.tag) || /^(is|was|has)$/i.test(number.value)
      ? false
      : /^(VBP)$/.test(number.tag) || /^(are|were|have)$/i.test(number.value) || /^NNP?S$/.test(head.tag)
  if (!/^NN/.test(head.tag) || plural !== /^they/i.test(pronoun[1])) return undefined
  // ("The free software community did not like this post. First, it was overconfident…" (review 133, an essay on Stallman):
  // a verb that acts on a thing of the same number after it, "this post", leaves the pronoun to either; only a form of
  // "be" or a verb without such an object names its subject for sure.)
  const after = tagSentence(before)
    .filter((token) => token.kind === 'word')
    .slice(verb + 1)
  const object = after.findIndex((word, index) => /^(?:DT|PRP\$)$/.test(word.tag) && /^NN/.test(after[index + 1]?.tag ?? ''))
  const objectPlural = object !== -1 && /^NNP?S$/.test(after[object + 1].tag)
  if (!linkingVerb.test(number.value) && object !== -1 && objectPlural === plural) return undefined
  const verbOf = pronoun[2] ? (plural ? ' are' : ' is') : ''
  // ("Both languages have…" before "they both have lambdas": the subject already says "both".)
  const floating = /^(both|all|each)\b/i.exec(said)
  const told = floating ? rest.replace(new RegExp(`^\\s*${floating[1]}\\s+`, 'i'), ' ') : rest
  return `${said}${verbOf} ${told.replace(/^\s+/, '')}`
}

// Adverbs and phrases that tie a clause to one said before it, wherever they stand ("You can
// also opt…", "The package was then published", "Your impact, as a result, is diminished"):
// a closed class of English linking words, which the tagger tags like any other adverb.
const linkingInside =
  /\b(?:then|instead(?! of)|as well(?! as)|too$|once again|as a result|in addition(?! to)|in turn|in contrast|by contrast|on the other hand|for this reason|for that reason|even so|either|neither|anymore|thus|therefore|hence|consequently|accordingly|nevertheless|nonetheless|meanwhile|afterwards|later|furthermore|moreover|likewise|similarly)\b/i

/**
 * Whether a key point, as shown on its slide without the sentences around it, leans on what came
 * before it: it opens on a word that needs the sentence before ({@link leansOnPrevious}), refers
 * back anywhere in it ({@link refersBack}), names a thing by a demonstrative only the sentences
 * around it name ("bring these concepts to life"), or leans in one of the ways
 * {@link leansInside} finds. `source`, the sentence or paragraph of the notes the point was made
 * of, tells "The practices…" cut from "These practices…". English only past the opening.
 */
export function pointLeans(point: string, lang = 'en', source = ''): boolean {
  if (leansOnPrevious(point, lang)) return true
  if (!lang.toLowerCase().startsWith('en') || isCjk(point)) return false
  const tokens = tagSentence(point)
  if (refersBack(tokens) || leansInside(tokens, source)) return true
  const noun = nounNamedBack(tokens)
  return noun !== undefined && !textAndTime.test(noun)
}

/**
 * Whether a point (tagged) leans on the sentence before in a way its opening word does not show:
 * an opening phrase, then a pronoun that leans ("First and foremost, it enables…"), a linking
 * adverb inside it ("The package was then published", "Your impact, as a result, is…"), or a
 * reference {@link pointsBackInside} finds; or, given the `source` it was made of, "The X" where
 * the writer wrote "These X" ({@link definiteForDemonstrative}).
 */
export function leansInside(tokens: Token[], source = ''): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  // (Not after a clause of its own: "As your project evolves, so should your documentation".)
  const comma = tokens.findIndex((token) => token.value === ',')
  const opening = tokens.slice(0, Math.max(comma, 0)).filter((token) => token.kind === 'word')
  const phrase = opening.length <= 5 && !opening.some((word) => /^(VB[DPZ]?|MD)$/.test(word.tag))
  // (A pronoun: "Bob: fine thanks, and you?" answers within the conversation it is part of.)
  const after = tokens.slice(comma + 1)
  const subject = after.find((token) => token.kind === 'word')
  const pronoun = subject !== undefined && (subject.tag === 'PRP' || demonstratives.has(subject.value.toLowerCase()))
  if (comma > 0 && phrase && pronoun && leansOnPreviousTokens(after)) return true
  if (linksInside(words) || pointsBackInside(tokens, words) || rankedInSeries(words)) return true
  // ("The symbolic register allocation checker is one example" (review 126, Wasmtime's post): an example of what the sentence
  // before said, which the point ends without naming.)
  const text = joinWords(words)
  if (endsAsExample.test(text)) return true
  // ("Much more still is happening at the primary and preschool level" (review 127, an essay on creativity): more than what
  // the sentence before said, where the point says of nothing else "than".)
  if (opensOnMore.test(text) && !/\bthan\b/iu.test(text)) return true
  // "Your schemas evolve too, and you need migrations…": a "too" that ends its clause adds it to a thing said before.
  if (
    tokens.some(
      (token, index) =>
        /^too$/i.test(token.value) && /^[,;:—]$/.test(tokens.slice(index + 1).find((next) => next.kind !== 'space')?.value ?? ''),
    )
  )
    return true
  return source !== '' && definiteForDemonstrative(joinWords(words), source)
}

/**
 * "Immaturity was another strong theme", "Stability was the third reason": what the point is
 * said to be is one of a series the sentences before began. (Not "the first", which may rank
 * among all: "Go was the first language to…"; nor "there is another job pending", nor a relative
 * clause that describes its noun, "version 2, which is another variety of…".)
 */
function rankedInSeries(words: Token[]): boolean {
  return words.some(
    (word, index) =>
      /^(is|are|was|were|be|been|becomes?|became|remains?|remained)$/i.test(word.value) &&
      !/^(there|which|that|who)$/i.test(words[index - 1]?.value ?? '') &&
      (/^another$/i.test(words[index + 1]?.value ?? '') ||
        (/^the$/i.test(words[index + 1]?.value ?? '') &&
          /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(words[index + 2]?.value ?? ''))),
  )
}

/** A point that opens on more of something as its subject ("Much more is happening…", "Even more users…"): English's closed class. */
const opensOnMore = /^(?:much|even|far|still|many|a\s+lot)\s+more\b/iu

/** A point that ends on what its subject is an example of, without "of" and the thing: English's closed shapes. */
const endsAsExample =
  /\b(?:is|are|was|were)\s+(?:just\s+|only\s+|also\s+)?(?:one|an|another|a\s+(?:good|great|prime|typical|classic|perfect|recent|notable)|(?:some|two|three|a\s+few)(?:\s+(?:good|great|notable))?)\s+examples?$/i

/** "which", "who", "where": a word that opens a clause inside the point. */
export const isWh = (word: Token) => /^(WDT|WP|WRB)/.test(word.tag)

// Nouns of quantity a comparative grades without comparing ("a wider range", "a larger number"): a closed class.
const quantityNoun = /^(range|variety|number|set|selection|array|choice|amount|share|portion|degree|audience|scope|spectrum|mix)$/i

const joinWords = (words: Token[]) => words.map((word) => word.value).join(' ')

/**
 * What a reader of the point alone cannot place: "To prevent this, …" (a demonstrative closed by
 * its comma), "Students will ask questions here for…" (a place the label before named), "a better
 * position" (a comparison whose other side is not said), "bring these concepts to life" (a
 * demonstrative noun phrase after the opening, other than the text or time the talk is in).
 */
function pointsBackInside(tokens: Token[], words: Token[]): boolean {
  // (Each test's costlier part, a search of the tokens, of the words after or of the whole text,
  // only for a word it could hold for: most words are none of these.)
  for (const [index, word] of words.entries()) {
    const value = word.value.toLowerCase()
    if (/^(this|these|those)$/.test(value)) {
      const after = tokens[tokens.indexOf(word) + 1]
      if (after?.kind === 'punctuation' && after.value !== "'") return true
    }
    // ("Everything here comes before…", "click here": the text the talk is in, or a link.)
    if (value === 'here') {
      const before = words[index - 1]
      const place = before !== undefined && /^(VB|NN|RB)/.test(before.tag) && !/^(click|see|read|found|available|look)$/i.test(before.value)
      if (place && !/^(every|some|any|no)(thing|one|body)$/i.test(before.value)) return true
    }
    // "We'll use the same one we designed for the blog", "Not a single one gives off…": the thing
    // "one" stands for was named before.
    if (
      /^(same|single)$/.test(value) &&
      /^(one|ones)$/i.test(words[index + 1]?.value ?? '') &&
      !/^of$/i.test(words[index + 2]?.value ?? '')
    )
      return true
    // ("a more strict configuration" grades its adjective; "a better position" compares the whole.)
    const compares = word.tag === 'JJR' && !/^(more|less)$/.test(value)
    if (!compares) continue
    // ("a wider range of operators", "a larger number of users": a comparative of quantity grades the noun, and compares nothing.)
    const graded = quantityNoun.test(words.slice(index + 1).find((each) => /^NN/.test(each.tag))?.value ?? '')
    if (!graded && /^(a|an)$/i.test(words[index - 1]?.value ?? '') && !/\bthan\b/i.test(joinWords(words))) return true
  }
  return false
}

/** Whether words hold a linking adverb ({@link linkingInside}) that is not part of a phrase of its own clause. */
function linksInside(words: Token[]): boolean {
  const text = joinWords(words)
  const found = linkingInside.exec(text)
  if (!found) return false
  const word = found[0].toLowerCase()
  // "If the data is large, then…", "…since then": a "then" that answers an "if" of its own, or a time.
  // (Nor one inside a clause of the point's own: "…over which metrics are then transferred".)
  const at = words.findIndex((each) => each.value.toLowerCase() === word)
  const own = /\b(if|when|since|back|until|by|from|and|or|but)\s+then\b|\bif\b/i.test(text) || words.slice(0, at).some(isWh)
  if (word === 'then' && own) return false
  // "either A or B", "neither A nor B": a pair said within the point.
  if ((word === 'either' && /\bor\b/i.test(text)) || (word === 'neither' && /\bnor\b/i.test(text))) return false
  // "too many", "too slow": a degree, not "as well".
  if (word === 'too') return /\btoo$/i.test(text)
  // "later versions", "a later release": an adjective before its noun.
  if (word === 'later') {
    const at = words.findIndex((each) => /^later$/i.test(each.value))
    return !/^(NN|JJ|CD)/.test(words[at + 1]?.tag ?? '')
  }
  return true
}

// Nouns a demonstrative names without the sentence before: the text and the time the talk is in (a closed class).
const textAndTime =
  /^(year|month|week|day|time|moment|season|quarter|decade|post|article|blog|talk|series|page|section|chapter|guide|tutorial|document|episode|release|version|newsletter|book|paper|site|website|example|proposal|rfc|project|change)s?$/

/**
 * "The practices are fundamental" made of "These practices are fundamental": the point reads "The"
 * where the writer pointed back with a demonstrative, and its noun is still the one the sentence
 * before named.
 */
function definiteForDemonstrative(point: string, source: string): boolean {
  const noun = /^(?:[^,]{0,40},\s+)?the\s+([\p{L}-]+)/iu.exec(point)?.[1]?.toLowerCase()
  // ("The release introduces…" of "This release…": the text or the time the talk is in.)
  if (!noun || textAndTime.test(noun)) return false
  // (What `(?:^|[\s,])(?:this|that|these|those)\s+<noun>\b` finds, flags `iu`: the demonstratives
  // by one pattern made once, the noun by a pattern of its own only where one stands, as compiling
  // the whole pattern for every point cost more than the search.)
  let said: RegExp | undefined
  demonstrative.lastIndex = 0
  for (let found = demonstrative.exec(source); found !== null; found = demonstrative.exec(source)) {
    said ??= new RegExp(noun.replace(/[^\p{L}-]/gu, ''), 'iuy')
    said.lastIndex = found.index + found[0].length
    if (said.test(source)) {
      wordEdge.lastIndex = said.lastIndex
      if (wordEdge.test(source)) return true
    }
    demonstrative.lastIndex = found.index + 1
  }
  return false
}

/** A demonstrative and the spaces after it, at the text's start or after a space or comma. */
const demonstrative = /(?:^|[\s,])(?:this|that|these|those)\s+/giu
const wordEdge = /\b/iuy

/**
 * Whether a point opens on the answer to a question it does not ask ("The surprising answer is
 * 99.9%", "The answer is heck yes", "The short answer: no"): the question is in the sentence or
 * paragraph before.
 */
export function answersUnasked(point: string): boolean {
  // (Also after an opening phrase: "Looking at some studies of job satisfaction, the answer is…".)
  return /^(?:[^,]{1,60},\s+)?the\s+(?:[\p{L}-]+\s+)?answers?\s*(?:is|was|:)/iu.test(point.trim())
}

/** Whether words end on a comparison ("…is faster", "…is a bit different") whose other side they do not name. */
export function comparesWithoutOtherSide(words: Token[]): boolean {
  const last = words[words.length - 1]
  return words.length > 1 && (/^(JJR|RBR)$/.test(last.tag) || /^(different|similar)$/i.test(last.value)) && !namesBothSides(words)
}
