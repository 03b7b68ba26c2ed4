// @ts-expect-error: `pos` ships no types; its Tagger takes words and returns [word, tag] pairs.
import posjs from 'pos'
import { asciiLetters } from './text.ts'
import { upperFirst } from '../letter-case.ts'

// The clitics the tagger splits off a word, as the Penn Treebank does: "It" + "’s", "did" + "n’t".
const clitics = "n['’]t|['’](?:s|re|ll|d|ve|m)"
const cliticEnd = new RegExp(`(?:${clitics})$`, 'i')
const cliticWord = new RegExp(`^(?:${clitics})$`, 'i')

/** Whether a token is a clitic split off its word ("n't", "'re"): no word of its own to a reader. */
export function isClitic(value: string): boolean {
  return cliticWord.test(value)
}

/** One token of a tagged sentence: a word with its Penn Treebank tag, or punctuation. */
export interface Token {
  kind: 'word' | 'punctuation' | 'space'
  value: string
  /** Part of speech (`NN`, `VBD`, `IN`…) for words; empty otherwise. */
  tag: string
}

/*
 * Parts of speech come from `pos`, the Brill tagger that retext-pos wraps. Sentences are
 * already split (Intl.Segmenter), so a Unicode regular expression makes the tokens instead
 * of retext-english's full nlcst tree: the same words, in less time (docs/benchmarks.md),
 * which matters because every paragraph of a long article has candidates to tag.
 */
const tagger = new posjs.Tagger() as { lexicon: Record<string, unknown>; tag(words: string[]): Array<[string, string]> }
// ("…as, whilst it was good at the time, many of the features…" (review 149, Pulsar's release notes): British English's
// "whilst", which the lexicon lacks and the tagger read as a noun, is "while" as a conjunction.)
tagger.lexicon.whilst = ['IN']
tagger.lexicon.Whilst = ['IN']
// Every character starts a token (a word, spaces or one mark), so the tokens run on from one
// another and a sticky `test` finds each one's end without a match array; which kind it is,
// its first character tells.
// (A formula stands in a sentence as one private-use character, key-points/extract.ts: a word
// to the tagger, a noun, as "δ" in "the probability that δ is large" reads; not a mark between words.)
const tokenPattern = /[\p{L}\p{M}\p{N}_]+(?:['’.-][\p{L}\p{M}\p{N}_]+)*|[\uE000-\uF8FF]|\s+|\S/uy
// The same tokens where every letter and digit is ASCII (asciiLetters), found faster.
const asciiTokenPattern = /[A-Za-z0-9_]+(?:['’.-][A-Za-z0-9_]+)*|\s+|\S/y
const wordStart = /^[\p{L}\p{M}\p{N}_\uE000-\uF8FF]/u
const spaceStart = /^\s/u
const formulaWord = /^[\uE000-\uF8FF]$/u

/** Which of the pattern's three alternatives matched `value`, by its first character (ASCII without a pattern). */
function kindOf(value: string): Token['kind'] {
  const code = value.charCodeAt(0)
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95) return 'word'
    return code === 32 || (code >= 9 && code <= 13) ? 'space' : 'punctuation'
  }
  return wordStart.test(value) ? 'word' : spaceStart.test(value) ? 'space' : 'punctuation'
}

/**
 * The sentences of the paragraph at hand tagged so far. Its candidates are cut, and each cut
 * checked, by rules that tag the same sentence again (a cut within a glance compresses the
 * sentence a second time); a sentence is tagged once per paragraph instead. Emptied for each
 * paragraph (`forgetTagged`): it holds a paragraph's few sentences and cuts, and a paragraph
 * said twice in an article is tagged twice, as any other. Callers read tokens, never change them.
 */
const taggedHere = new Map<string, Token[]>()

/** Sentences a paragraph's candidates and cuts come to, with room to spare. */
const maxTaggedHere = 64

/** Empty the sentences tagged for the paragraph before: see `taggedHere`. */
export function forgetTagged(): void {
  taggedHere.clear()
}

/** The tokens of an English sentence (or a few), with parts of speech. */
export function tagSentence(text: string): Token[] {
  const known = taggedHere.get(text)
  if (known) return known.slice()
  const tokens = tagged(text)
  // (Bounded: callers outside a paragraph's points, a heading's or a slide's, tag without emptying it.)
  if (taggedHere.size >= maxTaggedHere) taggedHere.clear()
  taggedHere.set(text, tokens)
  return tokens.slice()
}

function tagged(text: string): Token[] {
  const tokens: Token[] = []
  const words: string[] = []
  const pattern = asciiLetters(text) ? asciiTokenPattern : tokenPattern
  pattern.lastIndex = 0
  for (let start = 0; pattern.test(text); start = pattern.lastIndex) {
    const value = text.slice(start, pattern.lastIndex)
    const kind = kindOf(value)
    if (kind === 'word') {
      // A clitic is a word of its own to the tagger, as in the Penn Treebank: "It" + "’s", "did" + "n’t".
      const apostrophe = value.includes("'") || value.includes('’')
      const clitic = apostrophe ? cliticEnd.exec(value) : null
      if (clitic && clitic.index > 0) {
        for (const part of [value.slice(0, clitic.index), clitic[0]]) {
          tokens.push({ kind: 'word', value: part, tag: '' })
          words.push(part.replace('’', "'"))
        }
      } else {
        tokens.push({ kind: 'word', value, tag: '' })
        words.push(apostrophe ? value.replace('’', "'") : value)
      }
    } else tokens.push({ kind, value: kind === 'space' ? ' ' : value, tag: '' })
  }
  if (words.length === 0) return tokens
  const tags = tagWords(words)
  let index = 0
  let previous: Token | undefined
  let beforePrevious: Token | undefined
  let modal = false
  for (const [at, token] of tokens.entries()) {
    if (token.kind !== 'word') continue
    token.tag = tags[index++]
    // "friends and family/RB", "a friendly/RB team", "We supply/RB the parts" (review 99, an essay on leaving cooking for
    // the web): pos's rules make every word in "-ly" an adverb, whatever the lexicon knows it as. A word the lexicon
    // knows, but not as an adverb, is its first reading; one it does not know, capitalised inside the sentence, a name
    // ("In July"; not "Relatedly, …" opening it).
    if (token.tag === 'RB' && /ly$/i.test(token.value)) {
      const readings = readingsOf(token.value)?.filter((reading): reading is string => typeof reading === 'string')
      if (readings?.length && !readings.some((reading) => reading.includes('RB'))) token.tag = readings[0]
      else if (!readings && previous && /^[\p{Lu}]/u.test(token.value)) token.tag = 'NNP'
    }
    // ("Around 93% of the respondents said…" (review 134's R-Ladies survey, each chart's finding): a word that opens the
    // sentence on an approximate amount says how near the figure is, an adverb of it; read as a preposition, the clause it
    // opens was taken for a case the claim is bounded to, and only the clause after the semicolon was shown.)
    // (Opening the sentence only: "We talked about 3 topics" keeps its preposition.)
    if (previous === undefined && tags[index] === 'CD' && /^(?:around|about|roughly|approximately|nearly|almost)$/i.test(token.value))
      token.tag = 'RB'
    if (formulaWord.test(token.value)) token.tag = 'NN'
    // "REGION, NATION, …, ORDERS, and LINEITEM": a word in capitals (two letters or more) in a series of such
    // words is a name, a table's or a constant's, never the verb the tagger reads in "ORDERS".
    else if (/^[\p{Lu}]{2,}$/u.test(token.value) && token.tag.startsWith('VB') && inCapitalSeries(tokens, at)) token.tag = 'NNP'
    // "Rewrites usually take three times longer than planned", "Updates can break the build": a
    // sentence's first word in -s that the lexicon reads first as a verb but also knows as a plural
    // noun, before (adverbs and) a verb of its own, is that verb's subject. (Not "Makes linking
    // easier!", "Uses a cache": no second verb follows; nor "Helps make…", "Lets go": a verb
    // that takes a bare one.)
    if (
      previous === undefined &&
      token.tag === 'VBZ' &&
      /^[\p{Lu}][\p{Ll}]+s$/u.test(token.value) &&
      !/^(?:helps|lets|makes|needs|dares)$/i.test(token.value) &&
      (readingsOf(token.value.toLowerCase())?.includes('NNS') || readingsOf(token.value.slice(0, -1).toLowerCase())?.includes('NN'))
    ) {
      let next = index
      while (tags[next]?.startsWith('RB')) next++
      if (/^(VBP|VB|VBD|MD)$/.test(tags[next] ?? '')) token.tag = 'NNS'
    }
    // "The roots of AWS trace back to…": a "noun" right after a noun, before a particle and a
    // preposition, is the verb. (Not one a comma ends: "…the If-None-Match header, just as the spec says".)
    if (
      (token.tag === 'NN' || token.tag === 'NNS') &&
      tags[index] === 'RB' &&
      tokens[at + 1]?.kind !== 'punctuation' &&
      previous?.tag.startsWith('NN') &&
      /^(IN|TO)$/.test(tags[index + 1] ?? '')
    )
      token.tag = 'VBP'
    // "Go", "Make", "Swift" in mid-sentence, capitalised: a name the lexicon knows as a verb.
    if (previous && /^VBP?$/.test(token.tag) && /^[\p{Lu}][\p{Ll}]/u.test(token.value)) token.tag = 'NNP'
    // "panic(nil) now causes a panic", "The formatter only touches actual .html files": a plural
    // "noun" after an adverb that follows a noun, and before a determiner or an adjective, is a verb
    // the lexicon knows only as a noun in its -s form.
    // ("Elixir now caches and prunes load paths": so are two joined by "and" before their object.)
    const joined =
      tags[index] === 'CC' &&
      /^(and|or)$/i.test(words[index] ?? '') &&
      tags[index + 1] === 'NNS' &&
      /s$/i.test(words[index + 1] ?? '') &&
      /^(DT|PRP\$|JJ|NN|NNS)$/.test(tags[index + 2] ?? '')
    if (
      token.tag === 'NNS' &&
      previous?.tag.startsWith('RB') &&
      /^(NN|JJ|PRP)/.test(beforePrevious?.tag ?? '') &&
      (/^(DT|PRP\$|JJ)$/.test(tags[index] ?? '') || joined)
    ) {
      token.tag = 'VBZ'
      if (joined) tags[index + 1] = 'VBZ'
    }
    // "the function returns/NNS an error", "the server checks/NNS if…": a word in -s right after a
    // determiner and its noun, before a determiner, a possessive or "if" of its own, is the verb
    // of that subject, which the lexicon also knows it as.
    if (
      token.tag === 'NNS' &&
      previous?.tag === 'NN' &&
      beforePrevious?.tag === 'DT' &&
      (/^(DT|PRP\$)$/.test(tags[index] ?? '') || /^(if|whether)$/i.test(words[index] ?? '')) &&
      readingsOf(token.value.toLowerCase())?.includes('VBZ')
    )
      token.tag = 'VBZ'
    // "Facing random costs forces/NNS me to solve…" (review 120, a blog's derivation): a word in -s after a noun, before
    // "me", "us", "him" or "them", which only a verb or a preposition takes as its object, is that noun's verb, where the
    // lexicon knows it as one.
    if (
      token.tag === 'NNS' &&
      /^(?:NN|NNS|NNP)$/.test(previous?.tag ?? '') &&
      /^(?:me|us|him|them)$/i.test(words[index] ?? '') &&
      readingsOf(token.value.toLowerCase())?.includes('VBZ')
    )
      token.tag = 'VBZ'
    // "…make projects that utilize/VB OSS…", "users who need/VB it": after a plural noun and its
    // relative "that", "which" or "who", a base verb is the relative clause's present tense.
    if (
      token.tag === 'VB' &&
      previous &&
      /^(that|which|who)$/i.test(previous.value) &&
      /^NNP?S$/.test(beforePrevious?.tag ?? '') &&
      readingsOf(token.value.toLowerCase())?.includes('VBP')
    )
      token.tag = 'VBP'
    // "I'd like/IN to see…" (review 98, an essay on Rust's 2D graphics), "we could use/NN a hand": right after a modal, a
    // word the lexicon also knows as a base verb is that verb.
    if (previous?.tag === 'MD' && /^(?:IN|NN|JJ|VBP)$/.test(token.tag) && readingsOf(token.value.toLowerCase())?.includes('VB'))
      token.tag = 'VB'
    // The lexicon knows "’s" only as a possessive; after a pronoun ("there’s", "it’s",
    // "that’s") it is "is", and the clause it opens has its verb.
    if (
      previous &&
      token.value.length === 2 &&
      /^['’]s$/i.test(token.value) &&
      (/^(EX|PRP|WP|WDT|DT)$/.test(previous.tag) || /^that$/i.test(previous.value))
    )
      token.tag = 'VBZ'
    // "the mailing list’s address", "the team's plan": after a noun, a "’s" before the noun it
    // owns (or that noun's adjective or number) is the possessive, which the tagger, reading a
    // word in -s, made a plural noun.
    else if (
      token.tag === 'NNS' &&
      /^['’]s$/i.test(token.value) &&
      /^NN/.test(previous?.tag ?? '') &&
      (/^(?:NN|CD)/.test(tags[index] ?? '') || (/^JJ/.test(tags[index] ?? '') && /^NN/.test(tags[index + 1] ?? '')))
    )
      token.tag = 'POS'
    // "…remains secure even if…", "is clean": after a linking verb, a word the lexicon also
    // knows as an adjective is one, not the base verb its first reading gives.
    if (/^VBP?$/.test(token.tag) && previous && linkingVerb.test(previous.value) && canBeAdjective(token.value)) token.tag = 'JJ'
    // ("…a compiler which synthesizes secure/VB, distributed programs" (review 130, a course's project write-up): right
    // after a verb in the present or past, not one that takes a bare verb ("helps make", "let go"), a base verb the lexicon
    // also knows as an adjective is the adjective of the object that follows.)
    // (Only right after it, a space between: "The app crashed — close tabs…" opens a clause of its own.)
    else if (
      token.tag === 'VB' &&
      /^VB[ZDP]$/.test(previous?.tag ?? '') &&
      tokens[at - 1]?.kind === 'space' &&
      tokens[at - 2] === previous &&
      !/^(?:help|helps|helped|let|lets|make|makes|made|have|has|had|see|sees|saw|watch|watches|watched|hear|hears|heard|do|does|did|bid|bids|dare|dares|dared|need|needs|needed)$/i.test(
        previous?.value ?? '',
      ) &&
      !finiteAuxiliary.test(previous?.value ?? '') &&
      canBeAdjective(token.value) &&
      /^(?:JJ|NN|NNS|VBN)$/.test(tags[index] ?? '')
    )
      token.tag = 'JJ'
    // "concurrent writes", "your wishes": after an adjective or a possessive, a word in -s is a plural noun, not a verb.
    if (token.tag === 'VBZ' && /^(JJ|PRP\$)$/.test(previous?.tag ?? '') && !token.value.includes("'") && !token.value.includes('’'))
      token.tag = 'NNS'
    // "you dive/NN into…", "we ship/NN on Fridays": after a subject pronoun, a word the lexicon
    // reads first as a noun but knows as a present verb too is the clause's verb.
    if (
      token.tag === 'NN' &&
      previous &&
      /^(I|you|we|they)$/i.test(previous.value) &&
      readingsOf(token.value.toLowerCase())?.includes('VBP')
    )
      token.tag = 'VBP'
    // "we created/VBN a pool", "I used/VBN a tool": right after a subject pronoun, without an
    // auxiliary, a form the lexicon reads first as a past participle is the past tense it also knows.
    if (
      token.tag === 'VBN' &&
      previous &&
      /^(I|you|we|they|he|she|it)$/i.test(previous.value) &&
      readingsOf(token.value.toLowerCase())?.includes('VBD')
    )
      token.tag = 'VBD'
    // ("…the number of finished/VBD migrations, and the number of errors" (review 139, an interview): after a preposition, a
    // past form before a plural or mass noun describes the noun; read as a verb, a series of noun phrases looked like a clause.)
    if (
      token.tag === 'VBD' &&
      previous?.tag === 'IN' &&
      /^NNS?$/.test(tags[index] ?? '') &&
      /^(?:of|for|with|without|in|on|from|to|by|about|into|between|among|like|than)$/i.test(previous.value)
    )
      token.tag = 'JJ'
    // "…to the header and use/NN that anchor as the href": right after "and" or "or", before a
    // determiner or a demonstrative and its noun, a word the lexicon knows as a base verb too is
    // the second verb of a pair, its object after it.
    if (
      token.tag === 'NN' &&
      previous !== undefined &&
      /^(?:and|or)$/i.test(previous.value) &&
      /^(?:the|a|an|this|that|these|those|its|their|our|your|his|her|my)$/i.test(words[index] ?? '') &&
      /^(?:NN|JJ)/.test(tags[index + 1] ?? '') &&
      canBeBaseVerb(token.value.toLowerCase())
    )
      token.tag = 'VB'
    // Brill's rule makes a "noun" after "would" a verb; after any modal it is one ("can also
    // trust that…"), an adverb between them or not.
    if (modal && (token.tag === 'NN' || token.tag === 'NNS') && !/^['’]/.test(token.value)) token.tag = 'VB'
    // The lexicon lacks the clitics split off above, so they come out as nouns: "’ll" and "’d"
    // are modals ("We’ll see"), "’re", "’ve", "’m" forms of "be" and "have", "n’t" a negation.
    if (token.tag === 'NN' && /^(?:n['’]t|['’](?:re|ll|d|ve|m))$/i.test(token.value)) token.tag = cliticTag(token.value)
    // "to use the API", "to change the default": after an infinitive "to", a word the lexicon
    // knows as a noun first and also as a base verb is the verb. (Not a plural: "to users".)
    else if (token.tag === 'NN' && previous?.tag === 'TO' && canBeBaseVerb(token.value)) token.tag = 'VB'
    // Brill's rule reads every noun in "-ed" as a past participle: "the need", "its speed", "a
    // seed". After a determiner, a possessive, an adjective or a preposition it is the noun the
    // lexicon knows; after a subject pronoun it is the present tense ("we need").
    // (Its reading in lower case: "Armed" is a name to the lexicon, "armed" a participle.)
    else if (token.tag === 'VBN' && /ed$/i.test(token.value) && isKnownNoun(token.value.toLowerCase())) {
      if (/^(DT|PRP\$|JJ|POS|IN|CD)$/.test(previous?.tag ?? '') || previous === undefined) token.tag = 'NN'
      else if (previous.tag === 'PRP' && readingsOf(token.value)?.includes('VBP')) token.tag = 'VBP'
      else if (/^(MD|TO)$/.test(previous.tag) && readingsOf(token.value)?.includes('VB')) token.tag = 'VB'
    }
    // Brill's last rule reads every noun in "-ing" as a gerund: "the first thing/VBG I…",
    // "string", "morning". A word the lexicon knows with no gerund among its readings is the noun
    // it knows. ("building", "meeting": both readings, as the rule gives. The pronouns "nothing",
    // "something" stay as the rule reads them, which the rules for cuts and clauses expect.)
    if (token.tag === 'VBG' && /ing$/i.test(token.value) && !/^(?:no|some|any|every)thing$/i.test(token.value)) {
      const readings = readingsOf(token.value.toLowerCase())
      if (readings && String(readings[0]).startsWith('NN') && !readings.some((reading) => String(reading).startsWith('VBG')))
        token.tag = 'NN'
    }
    if (token.tag === 'MD') modal = true
    else if (!token.tag.startsWith('RB')) modal = false
    beforePrevious = previous
    previous = token
  }
  if (tags.includes('VBZ')) predicateSeries(tokens)
  if (tags.includes('JJ')) adjectivesAsHeads(tokens)
  if (tags.includes('VBN') || tags.includes('VBD')) nounsBeforeOf(tokens)
  verbOfSubject(tokens)
  verbOfPluralSubject(tokens)
  verbAfterVersion(tokens)
  pastAfterSetOff(tokens)
  pastAfterLongSubject(tokens)
  return tokens
}

/**
 * "…, prolonged sitting in the airport and on a plane alongside the typical increased stress levels of travel days led/VBN to
 * an uncomfortable state of tiredness." (review 150, a conference report): in a sentence with no tensed verb, a form the
 * lexicon reads first as a participle but knows as a past tense, right after the noun that ends a long subject and before
 * what it governs ("to", a preposition, a determiner, a pronoun), is the sentence's verb. Read as a participle, the
 * sentence had none, and its point was the subject alone. (The first such form: "…the London School of Economics hosted/VBN
 * the Workshop, a two-day event held in London…" has its verb before the participles of what it names.)
 */
/** Words at least of the subject before a participle read as the sentence's past tense (see `pastAfterLongSubject`). */
const minSubjectWords = 3

function pastAfterLongSubject(tokens: Token[]): void {
  const words = tokens.filter((token) => token.kind === 'word')
  // (Only in a sentence its writer stopped: a piece of one that a rule tags alone, "everyone involved in it" after "but", is
  // a noun and its participle.)
  const stopped = /^[.!?]$/.test(tokens.findLast((token) => token.kind !== 'space')?.value ?? '')
  if (!stopped || words.some(finiteWord)) return
  // Words since the last comma, counted along (a sentence may be thousands of words long).
  const sinceComma: number[] = []
  let count = 0
  for (const token of tokens) {
    if (token.value === ',') count = 0
    else if (token.kind === 'word') sinceComma.push(count++)
  }
  // (From the third word: a subject of one word and a participle, "everyone involved in it", is a noun phrase as often.)
  for (let index = 2; index < words.length - 1; index++) {
    const word = words[index]
    if (word.tag !== 'VBN') continue
    // ("I also used/VBN shapefiles for US Counties…": after a subject pronoun and an adverb, as right after the pronoun.)
    const afterPronoun = words[index - 1].tag === 'RB' && /^(?:I|you|we|they|he|she|it)$/i.test(words[index - 2].value)
    if (!afterPronoun && !/^(?:NNS?|NNPS?)$/.test(words[index - 1].tag)) continue
    // (Not a participle and its agent, "…for US Counties provided by the US Census".)
    if (/^by$/i.test(words[index + 1].value)) continue
    // (Before its object or "to": one before a preposition, "…the commands listed under…", "…an event held in…", describes its
    // noun as often.)
    if (!afterPronoun && !/^(?:TO|DT|PRP|PRP\$|CD)$/.test(words[index + 1].tag)) continue
    // (Only after a subject of a few words since the last comma: "On August 16, 2024, Inngest experienced…" is left as it was
    // read, and "…the Workshop, a two-day event held…" is an aside's noun and its participle.)
    if (!afterPronoun && sinceComma[index] < minSubjectWords) continue
    // (Not a participle an auxiliary or "get" governs a few words before: "…has been widely used in…".)
    if (
      words
        .slice(Math.max(0, index - 4), index)
        .some((each) => /^(?:be|been|being|is|are|was|were|has|have|had|get|gets|got)$/i.test(each.value))
    )
      continue
    if (readingsOf(word.value.toLowerCase())?.includes('VBD')) word.tag = 'VBD'
    return
  }
}

/**
 * "The pr's below, submitted by Jeremy, identified/VBN lots of typos…" (review 94): after a phrase set off
 * by commas, a participle with an object after it, in a sentence with no tensed verb, is the subject's verb
 * in the past tense, which the lexicon also knows. Read as a participle, the sentence had no verb, and a
 * cut before it kept the subject alone.
 */
function pastAfterSetOff(tokens: Token[]): void {
  const words = tokens.filter((token) => token.kind === 'word')
  if (words.some(finiteWord)) return
  for (const [index, word] of words.entries()) {
    if (word.tag !== 'VBN' || !/^(?:DT|NNS?|JJ|PRP\$|CD)$/.test(words[index + 1]?.tag ?? '')) continue
    const before = tokens.slice(0, tokens.indexOf(word)).filter((token) => token.kind !== 'space')
    if (before.at(-1)?.value !== ',' || !before.slice(0, -1).some((token) => token.value === ',')) continue
    // (The phrase set off opens on a participle or a subordinator, "submitted by Jeremy", "while convenient and
    // expressive": not "Our priorities, in order, reduced costs…".)
    const opening = before.slice(0, -1).findLastIndex((token) => token.value === ',')
    const set = before[opening + 1]
    if (
      !/^VB[NG]$/.test(set?.tag ?? '') &&
      !/^(?:while|whilst|although|though|when|once|if|as|because|since|unless)$/i.test(set?.value ?? '')
    )
      continue
    if (readingsOf(word.value.toLowerCase())?.includes('VBD')) word.tag = 'VBD'
    return
  }
}

/**
 * "Vite 8 ships/NNS with Rolldown…" (review 92): a name and its version number are the subject, and a
 * word in "-s" right after them that the lexicon also knows as a verb in the present tense is its verb,
 * where no verb with a tense came before it and an object, a complement or a preposition follows.
 * Read as a plural noun ("8 ships"), it left the sentence without a verb and no cut of it standing.
 */
function verbAfterVersion(tokens: Token[]): void {
  const words = tokens.filter((token) => token.kind === 'word')
  for (const [at, word] of words.entries()) {
    if (finiteTag.test(word.tag)) return
    if (word.tag !== 'NNS' || at < 2 || words[at - 1].tag !== 'CD' || !/^[\p{Lu}]/u.test(words[at - 2].value)) continue
    if (!/^NNP?$/.test(words[at - 2].tag) || !readingsOf(word.value.toLowerCase())?.includes('VBZ')) continue
    if (!afterVerb.test(words[at + 1]?.tag ?? '')) continue
    word.tag = 'VBZ'
    return
  }
}

/**
 * "…comes with its unique/NN set/VBN of strengths": a participle right before "of", after a
 * determiner or possessive and at most one word, is the head noun of that phrase ("its unique set
 * of", "a complete cut of"), which the lexicon also knows it as; the word between is its adjective.
 * Read as a verb it ended every cut of the sentence on "its unique". (Not after a form of "be":
 * "is made of wood".)
 */
function nounsBeforeOf(tokens: Token[]): void {
  const words = tokens.filter((token) => token.kind === 'word')
  for (let index = 1; index < words.length - 1; index++) {
    const word = words[index]
    if (!/^VB[ND]$/.test(word.tag) || words[index + 1].value.toLowerCase() !== 'of') continue
    // (The word between is an adjective or a noun, never a verb: "These are thought of as toys" keeps its verb.)
    const opener = /^(?:DT|PRP\$)$/.test(words[index - 1].tag)
      ? index - 1
      : index >= 2 &&
          /^(?:DT|PRP\$)$/.test(words[index - 2].tag) &&
          /^(?:JJ|NN)/.test(words[index - 1].tag) &&
          !/^(?:is|are|was|were|be|been|being|am)$/i.test(words[index - 1].value)
        ? index - 2
        : -1
    if (opener === -1 || !readingsOf(word.value.toLowerCase())?.includes('NN')) continue
    word.tag = 'NN'
    const between = words[opener + 1]
    if (between !== word && between.tag === 'NN' && readingsOf(between.value.toLowerCase())?.includes('JJ')) between.tag = 'JJ'
  }
}

/** Tags of a verb with a tense, or a modal. */
const finiteTag = /^(?:VBZ|VBP|VBD|MD)$/

/** Words that open a clause of its own, whose verb is not the main clause's: a closed class. */
const subordinator =
  /^(?:when|whenever|where|if|unless|because|since|while|whilst|although|though|as|that|which|who|whom|whose|after|before|until)$/i

/** Words at most of an aside set between two commas ("in short", "for example", "however"). */
const maxAsideWords = 4

/**
 * Where the clause that holds `tokens[from]` ends: at the first comma, semicolon, colon or dash
 * after it, past asides of a few words set between two commas; `tokens.length` when none.
 */
function clauseEnd(tokens: Token[], from: number): number {
  let at = from + 1
  for (;;) {
    const mark = tokens.findIndex((token, index) => index >= at && /^[,;:—–]$/.test(token.value))
    if (mark === -1) return tokens.length
    // ("The core features of the WebAssembly runtime—multi-language, lightweight, secure—are making it…" (review 139, the Web
    // Almanac): an aside between two dashes, without a verb of its own, is passed over as one between commas is; its commas
    // are its own.)
    const opener = tokens[mark].value
    const dashed = opener !== ','
    if (dashed && !/^[—–]$/.test(opener)) return mark
    const ends = dashed ? /^[—–.!?;:]$/ : /^[,;:—–.!?]$/
    const close = tokens.findIndex((token, index) => index > mark && ends.test(token.value))
    const aside = close === -1 ? [] : tokens.slice(mark + 1, close).filter((token) => token.kind === 'word')
    // (Only a dash's aside the clause goes on past, not one before "and" or "but": "…fewer meetings—fewer handoffs too—and they ship".)
    const past = dashed ? tokens.slice(close + 1).find((token) => token.kind === 'word')?.value : undefined
    if (
      close === -1 ||
      tokens[close].value !== opener ||
      aside.length === 0 ||
      aside.length > maxAsideWords ||
      aside.some(finiteWord) ||
      /^(?:and|but|or|so|yet|because|while|whilst|although|though|as|if|when)$/i.test(past ?? '')
    )
      return mark
    at = close + 1
  }
}

/**
 * "A newbie benefits/NNS from stricter feedback", "Each plugin however registers/NNS with the
 * host": where the tagger left the main clause without a verb that has a tense, the first word in
 * -s right after a determiner (or possessive) and its noun (an adverb between them or not),
 * before a preposition, a determiner or an adverb, is that subject's verb, which the lexicon also
 * knows it as. (Not where a verb of the main clause follows: "The user groups in the system are
 * large"; one after "when", "that"… is a clause's of its own.)
 */
function verbOfSubject(tokens: Token[]): void {
  const words = tokens.filter((token) => token.kind === 'word')
  for (let index = 2; index < words.length - 1; index++) {
    if (finiteTag.test(words[index].tag)) return
    const word = words[index]
    if (word.tag !== 'NNS') continue
    const noun = words[index - 1].tag.startsWith('RB') ? index - 2 : index - 1
    if (noun < 1 || !/^NNP?$/.test(words[noun].tag) || !/^(?:DT|PRP\$)$/.test(words[noun - 1].tag)) continue
    if (!/^(?:IN|TO|DT|PRP\$|RB)$/.test(words[index + 1].tag) || !readingsOf(word.value.toLowerCase())?.includes('VBZ')) continue
    // (Within its clause: a verb past the next comma is another's, "…proceeds to wipe the directory, |
    // errantly thinking they were…"; not past an aside set between two commas, "The code changes in
    // this release, in short, are…", whose verb comes after it.)
    const at = tokens.indexOf(word)
    const end = clauseEnd(tokens, at)
    // (The words up to that end, counted from this word: each word's own token index is not looked up again.)
    const within = tokens.slice(at + 1, end).filter((token) => token.kind === 'word').length
    const rest = words.slice(index + 1, index + 1 + within)
    const opens = rest.findIndex((each) => subordinator.test(each.value))
    const verb = rest.findIndex((each) => finiteTag.test(each.tag))
    if (verb !== -1 && (opens === -1 || verb < opens)) return
    word.tag = 'VBZ'
    return
  }
}

/** Tags of the words a subject's noun phrase is made of, before its head noun: determiners, possessives, numbers, adjectives, participles, nouns. */
const subjectWord = /^(?:DT|PDT|PRP\$|CD|JJ[RS]?|VB[NG]|NNP?S?|POS)$/

/** Tags of the word right after a present-tense verb: its object's or complement's first word, a preposition, an adverb, "that". */
const afterVerb = /^(?:DT|PDT|PRP\$?|IN|TO|RB[RS]?|JJ[RS]?|CD|WDT|WRB)$/

/**
 * "The results show/NN a clear win", "Synchronized jobs guarantee/NN that only one thread…",
 * "Small teams benefit/NN from fewer meetings", "Most developers need/VBN a way": a plural noun
 * that heads the clause's subject (only determiners, adjectives and nouns before it since the
 * clause opened) is followed by its verb, a word the lexicon also knows as one in the present
 * tense; the tagger read it as a noun of a compound or, in "-ed", as a participle, which left the
 * sentence without a verb and no cut of it standing. Only before a word an object or complement
 * opens with, and only where no verb with a tense follows in the clause ("Sales support for
 * customers is…" keeps its noun).
 */
function verbOfPluralSubject(tokens: Token[]): void {
  let opened = 0
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]
    if (token.kind !== 'word') {
      if (/^[,;:—–]$/.test(token.value)) opened = at + 1
      continue
    }
    if (finiteTag.test(token.tag)) return
    if (token.tag !== 'NNS') continue
    // (The very next token after a space: no mark between, "…the results, show…".)
    const next = tokens[at + 1]?.kind === 'space' ? at + 2 : at + 1
    if (tokens[next]?.kind !== 'word') continue
    const verb = tokens[next]
    if (!/^(?:NN|VB|VBN)$/.test(verb.tag) || !readingsOf(verb.value.toLowerCase())?.includes('VBP')) continue
    const after = tokens.slice(next + 1).find((each) => each.kind === 'word')
    if (!after || !afterVerb.test(after.tag)) continue
    // (Linking words and adverbs may open the clause before its subject: "However, synchronized jobs…", "So most teams…".)
    const subject = tokens.slice(opened, at).filter((each) => each.kind === 'word')
    const start = subject.findIndex((each) => !/^(?:RB|CC)$/.test(each.tag))
    // (And "of" after a word of quantity: "Many of the users need…", "Some of our tests cover…".)
    // (A determiner opens the phrase, or follows that "of": one further in opens an object, "The team set/VBN a new sales record…".)
    const phrase = start === -1 ? [] : subject.slice(start)
    const determined = (each: Token, index: number) =>
      !/^(?:DT|PDT|PRP\$)$/.test(each.tag) || index === 0 || /^of$/i.test(phrase[index - 1].value)
    if (!phrase.every((each, index) => (subjectWord.test(each.tag) || /^of$/i.test(each.value)) && determined(each, index))) continue
    const end = clauseEnd(tokens, next)
    const rest = tokens.slice(next + 1, end).filter((each) => each.kind === 'word')
    // (A verb after a subordinator is its clause's; a second one after that, the main clause's: "The users guide
    // that ships with the installer explains…" has its verb. An "as" is no subordinator here: "…, as always, is…".)
    const opens = rest.findIndex((each) => subordinator.test(each.value) && !/^as$/i.test(each.value))
    const finites = rest.flatMap((each, index) => (finiteTag.test(each.tag) ? [index] : []))
    if (finites.length > 0 && (opens === -1 || finites[0] < opens || finites.length >= 2)) return
    verb.tag = 'VBP'
    return
  }
}

/** Whether the word at `at` has a word in capitals beside it, past a comma or an "and" or "or": an item of a series of names. */
function inCapitalSeries(tokens: Token[], at: number): boolean {
  const capital = (token: Token | undefined) => token?.kind === 'word' && /^[\p{Lu}]{2,}\d*$/u.test(token.value)
  const beside = (step: number) => {
    let index = at + step
    let joined = false
    while (tokens[index] && (tokens[index].kind !== 'word' || /^(?:and|or)$/i.test(tokens[index].value))) {
      if (tokens[index].kind === 'word' || tokens[index].value === ',') joined = true
      else if (tokens[index].kind !== 'space') return false
      index += step
    }
    return joined && capital(tokens[index])
  }
  return beside(-1) || beside(1)
}

/**
 * "…unlocks your code's full potential, amplifying…", "…is the key that unlocks…": a word the
 * lexicon reads first as an adjective, after a determiner or possessive (and its adjectives) and
 * before no noun, adjective or number, is the head noun of its phrase, which the lexicon also
 * knows it as. Read as an adjective it leaves the phrase waiting for a noun, and every cut after
 * it looks unfinished. (Not before "and" or "or": "the public and private sector" shares its noun.)
 */
function adjectivesAsHeads(tokens: Token[]): void {
  // (One pass over the tokens: the word before, and the mark or word after, found by index.)
  let opener: Token | undefined
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index]
    if (word.kind !== 'word') continue
    if (word.tag !== 'JJ') {
      opener = /^(DT|PRP\$|POS)$/.test(word.tag) || /^['’]s$/i.test(word.value) ? word : undefined
      continue
    }
    if (!opener || !readingsOf(word.value)?.includes('NN')) continue
    let after = index + 1
    while (tokens[after]?.kind === 'space') after++
    const mark = tokens[after]
    let ahead = after
    while (ahead < tokens.length && tokens[ahead].kind !== 'word') ahead++
    const next = tokens[ahead]
    // (Not an adjective of a series before its noun: "a primary, neutral and small set", "a
    // lightweight, low-stakes prototype".)
    const series = mark?.value === ',' && /^(JJ|NN|VBN|CD)/.test(next?.tag ?? '')
    const ends = !next || (mark?.kind === 'punctuation' && !series)
    if (ends || (!series && !/^(NN|JJ|CD|VBG|CC|RB|URL|FW)/.test(next.tag))) {
      word.tag = 'NN'
      opener = undefined
    }
  }
}

/**
 * "The generator adds the tap, stores x back, shifts the slice and returns x": after a verb in
 * -s, a word in -s that opens a comma's or an "and"'s part, before its object, goes on the series
 * of predicates; the lexicon reads it as a plural noun ("stores", "returns"). Not a list of
 * nouns: the word must be a verb too, and an object (a determiner, pronoun, name or number) follow.
 */
function predicateSeries(tokens: Token[]): void {
  const words = tokens.filter((token) => token.kind === 'word')
  let verb = false
  for (const [index, word] of words.entries()) {
    if (word.tag === 'VBZ') verb = true
    if (!verb || word.tag !== 'NNS' || !/^(DT|PRP|PRP\$|NNP?|CD)$/.test(words[index + 1]?.tag ?? '')) continue
    const at = tokens.indexOf(word)
    const mark = tokens.slice(0, at).findLast((token) => token.kind !== 'space')
    const opensPart =
      mark?.value === ',' ||
      (mark?.tag === 'CC' && tokens.slice(0, tokens.indexOf(mark)).findLast((token) => token.kind !== 'space')?.value === ',')
    if (opensPart && readingsOf(word.value)?.includes('VBZ')) word.tag = 'VBZ'
  }
}

/** Verbs that link a subject to an adjective ("remains secure", "is clean", "looks simple"): a closed class. */
export const linkingVerb =
  /^(?:is|are|was|were|be|been|being|am|['’]s|['’]re|remain|remains|remained|stay|stays|stayed|seem|seems|seemed|become|becomes|became|appear|appears|appeared|look|looks|looked|feel|feels|felt)$/i

/** The tag of a clitic split off its word: a closed class. */
function cliticTag(clitic: string): string {
  const bare = clitic.slice(1).toLowerCase()
  if (bare === "'t" || bare === '’t') return 'RB'
  return bare === 'll' || bare === 'd' ? 'MD' : 'VBP'
}

/** Whether the lexicon lists a base verb among a word's readings. */
const canBeBaseVerb = (word: string) => readingsOf(word)?.includes('VB') === true

/** The lexicon's readings of a word (as written, else in lower case), likeliest first. */
export function readingsOf(word: string): unknown[] | undefined {
  const known = tagger.lexicon[word] ?? tagger.lexicon[word.toLowerCase()]
  return Array.isArray(known) ? known : undefined
}

/** Whether the lexicon lists an adjective among a word's readings. */
const canBeAdjective = (word: string) => readingsOf(word)?.includes('JJ') === true

/*
 * The tags `pos`'s Tagger gives, word for word, computed here so each can be remembered: a
 * word's tag depends only on the word, whether the tag before it is `DT` and whether the
 * word before it is "would" (its Brill rules 1 and 6). A text repeats its words, and the
 * tagger's own loop runs eight closures per word. Same lexicon, same rules in the same order
 * (tests/core/key-points-tagging.test.ts compares both on the corpus).
 */
// One map per context (after a determiner or not, after "would" or not), keyed by the word
// itself: no key string is built for every word looked up.
const taggedWords: Array<Map<string, string>> = [new Map(), new Map(), new Map(), new Map()]
let remembered = 0

/** Penn Treebank tags of `words`, exactly as `new Tagger().tag(words)` gives them. */
export function tagWords(words: string[]): string[] {
  const result: string[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    const afterDeterminer = index > 0 && result[index - 1] === 'DT'
    const afterWould = index > 0 && words[index - 1].length === 5 && words[index - 1].toLowerCase() === 'would'
    const inContext = taggedWords[(afterDeterminer ? 2 : 0) + (afterWould ? 1 : 0)]
    let tag = inContext.get(word)
    if (tag === undefined) {
      if (++remembered > 100_000) {
        for (const map of taggedWords) map.clear()
        remembered = 1
      }
      tag = tagWord(word, afterDeterminer, afterWould)
      inContext.set(word, tag)
    }
    result.push(tag)
  }
  return result
}

// `pos`'s own test: the first occurrence of `end` sits where it would end the word.
const endsWith = (word: string, end: string) => end.length <= word.length && word.indexOf(end) === word.length - end.length

/** One word through `pos`'s lexicon and its eight Brill rules, in their order. */
function tagWord(word: string, afterDeterminer: boolean, afterWould: boolean): string {
  const lexicon = tagger.lexicon
  const known = lexicon[word] || lexicon[word.toLowerCase()]
  let tag = Array.isArray(known) ? String(known[0]) : 'NN'
  if (afterDeterminer && (tag === 'VBD' || tag === 'VBP' || tag === 'VB')) tag = 'NN'
  if (tag.startsWith('N')) {
    if (word.includes('.')) tag = /[a-zA-Z]{2}/.test(word) ? 'URL' : 'CD'
    if (!Number.isNaN(Number.parseFloat(word))) tag = 'CD'
  }
  if (tag.startsWith('N') && endsWith(word, 'ed')) tag = 'VBN'
  if (endsWith(word, 'ly')) tag = 'RB'
  if (tag.startsWith('NN') && endsWith(word, 'al')) tag = 'JJ'
  if (afterWould && tag.startsWith('NN')) tag = 'VB'
  if (tag === 'NN' && endsWith(word, 's')) tag = 'NNS'
  if (tag.startsWith('NN') && endsWith(word, 'ing')) tag = 'VBG'
  return tag
}

/** Whether the tagger's lexicon knows `word` in lower case: a common word, not a name or an identifier. */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    Array.isArray(tagger.lexicon[lower]) ||
    Array.isArray(tagger.lexicon[upperFirst(lower)]) ||
    softwareNouns.has(lower) ||
    (lower.endsWith('s') && softwareNouns.has(lower.slice(0, -1)))
  )
}

/**
 * Common nouns of software the lexicon (older than them) does not know: "Instead, backend undo transforms should be
 * implemented…" (review 142, a post on LLVM) opened its point on "backend" in lower case, read as a name. (A closed class.)
 */
const softwareNouns = new Set([
  'backend',
  'middleware',
  'runtime',
  'namespace',
  'workflow',
  'dataset',
  'codebase',
  'microservice',
  'webhook',
  'username',
  'filesystem',
  'repo',
  'config',
  'plugin',
  'toolchain',
  'timestamp',
  'endpoint',
  'subprocess',
  'smartphone',
  'screenshot',
  'changelog',
  'metadata',
  'login',
  'logout',
  'checkbox',
  'dropdown',
  'hostname',
  'website',
  'email',
])

/**
 * Whether the lexicon's first reading of `word` is a noun: "seed", "feed", which the tagger's
 * rule for words ending in "ed" reads as past participles.
 */
export function isKnownNoun(word: string): boolean {
  const known = readingsOf(word)
  return known !== undefined && String(known[0]).startsWith('NN')
}

/** `pos`'s own Tagger, for comparing against {@link tagWords}. */
export function tagWithPos(words: string[]): string[] {
  return tagger.tag(words).map(([, tag]) => tag)
}

/** The text of tokens, as written. */
export function joinTokens(tokens: Token[]): string {
  return tokens
    .map((token) => token.value)
    .join('')
    .trim()
}

// Numbers spelled out, which the tagger may read as nouns: a closed class.
export const numberWord =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)$/

/**
 * "caching", "hashed": a word in "-ing" or "-ed" whose stem the lexicon knows ("cache", "hash") is
 * a common word the lexicon lacks in that form, not a name or an identifier.
 */
function inflectsKnownWord(word: string): boolean {
  // "instantiation", "serialization", "readiness": a suffix that makes English nouns and adjectives,
  // which a lower-case identifier ("npm", "rentrez") does not end in.
  if (/^[\p{Ll}]{3,}(?:ation|ations|isation|ization|ment|ments|ness|ity|ities|ously|ible|able)$/u.test(word)) return true
  const stem = /^([\p{Ll}]{3,}?)(?:ing|ed)$/u.exec(word)?.[1]
  if (stem !== undefined && (isKnownWord(stem) || isKnownWord(`${stem}e`))) return true
  // "maintainers" (review 104, rustls' benchmarks post: "…, | maintainers were able to merge…" stayed in lower case): one who
  // does what a verb the lexicon knows says, "-er" or "-or" after it.
  const doer = /^([\p{Ll}]{4,}?)(?:er|ers|or|ors)$/u.exec(word)?.[1]
  // ("bundler", "encoder": the verb's "e" goes before the "-er".)
  const verb = (stem: string) => readingsOf(stem)?.some((reading) => String(reading).startsWith('VB'))
  if (doer !== undefined && (verb(doer) || verb(`${doer}e`))) return true
  // "stateful", "serverless", "lockless": "-ful" or "-less" after a noun the lexicon knows.
  const noun = /^([\p{Ll}]{3,}?)(?:ful|less)$/u.exec(word)?.[1]
  if (noun !== undefined && isKnownWord(noun)) return true
  // ("compilers", "browsers", "libraries": a plural the lexicon lists only in the singular.)
  const plural = /^([\p{Ll}]{3,}?)(e?s)$/u.exec(word)
  if (plural && (isKnownWord(plural[1] + (plural[2] === 'es' ? 'e' : '')) || isKnownWord(plural[1]))) return true
  if (/^[\p{Ll}]{3,}ies$/u.test(word) && isKnownWord(`${word.slice(0, -3)}y`)) return true
  // "subqueries", "preloading", "multithreaded": a common prefix before a word the lexicon knows.
  const base = /^(?:sub|re|un|pre|non|multi|inter|over|under|micro|super|hyper)([\p{Ll}]{4,})$/u.exec(word)?.[1]
  return base !== undefined && (isKnownWord(base) || inflectsKnownWord(base))
}

/**
 * `text` opening in a capital, as a sentence does, where its first word is a word: a name or
 * identifier keeps its case ("npm", "useActionState", "rentrez", "caksoylar added…"), whether
 * the writer opened the sentence with it or a cut did. Only a word the lexicon knows is
 * capitalised; so is a number spelled out ("two resource types…"), or one the tagger read as one.
 */
export function asSentence(text: string, number = false): string {
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? ''
  // "panic(nil)", "os.Stdout", "i128": a word run into code or digits is code.
  const code = /^[([._\p{N}]/u.test(text.charAt(first.length))
  const spelled = number || numberWord.test(first)
  if (!first || code || first !== first.toLowerCase() || !(isKnownWord(first) || spelled || inflectsKnownWord(first))) return text
  // ("Now, rust-clippy isn't exactly the place for this kind of tool" (review 139, an essay on teaching): a name in lower case
  // joined by hyphens, a part of it no word the lexicon knows, is written as its project writes it; "well-known" is words.)
  const compound = /^[\p{L}]+(?:-[\p{L}]+)+/u.exec(text)?.[0]
  if (
    compound
      ?.split('-')
      .slice(1)
      .some((part) => part === part.toLowerCase() && !isKnownWord(part) && !inflectsKnownWord(part))
  )
    return text
  return upperFirst(text)
}

/** Whether a word is a finite verb: tagged as one, or a finite auxiliary the tagger may misread ("public is/NNS"). */
export const finiteWord = (word: Token) => /^(VB[DPZ]|MD)$/.test(word.tag) || finiteAuxiliary.test(word.value)
/** The finite forms of "be", "have", "do" and the modals: a closed class. */
export const finiteAuxiliary = /^(is|was|are|were|am|has|have|had|does|did|can|could|will|would|shall|should|may|might|must)$/i
