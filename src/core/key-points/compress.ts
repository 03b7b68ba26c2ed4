import { escapeRegExp } from '../regexp.ts'
import { reportsAmount, reportsAmountOrCount } from './amounts.ts'
import { removeAsides } from './parentheticals.ts'
import { spineOf } from './spine.ts'
import { compressClauses } from './clauses.ts'
import { dangles, lacksMainClause, onlyRelativeVerb, promisesMore } from './completeness.ts'
import {
  beforeComma,
  afterAnnouncement,
  byClauses,
  byMainClause,
  byPhrase,
  endsOnVerbReadAsPlural,
  questionOpener,
  subjectWithoutVerb,
  withoutExamples,
  withoutSubjectAside,
} from './cuts.ts'
import {
  comparesWithoutOtherSide,
  impersonalFinding,
  isMetaSentence,
  leansInside,
  leansOnPreviousTokens,
  opensOnRelation,
  refersBack,
} from './dependence.ts'
import { leadsIn } from './lead-in.ts'
import { flaggedCatch } from './announcements.ts'
import { clausesOf, monthName, quotesBalanced } from './english-clauses.ts'
import { boundsToCase, dropLeading, dropLinksInside, picksOutCase, theForDemonstrative } from './leading.ts'
import { type Cut, maxCjkCharacters, maxGlanceWords, maxLongWords, maxWords, phraseQuality } from './limits.ts'
import { isCjk } from './text.ts'
import { upperFirst } from '../letter-case.ts'
import {
  asSentence,
  finiteAuxiliary,
  finiteWord,
  isClitic,
  isKnownWord,
  joinTokens,
  numberWord,
  tagSentence,
  type Token,
} from './tagging.ts'

export { maxCjkCharacters, maxLongWords, maxWords } from './limits.ts'

/** A sentence made short enough for a slide, and how much of it survived. */
export interface Compressed {
  text: string
  /** 1 for the whole sentence, less for a clause of it, least for a phrase cut before a preposition. */
  quality: number
  /** It opens with a word that needs the sentence before ("It…", "This was…", "Esto…"). */
  leans?: boolean
  /** The sentence talks about the talk ("Let's look at…"); English only. */
  meta?: boolean
  /**
   * The sentence only leads into what follows it ("The basic idea is:", "Here is the
   * output", "…something like this"): beside the code or figure it reads, on a slide
   * alone it does not; English only.
   */
  leadIn?: boolean
}

/**
 * Shorten a sentence to a complete phrase for a slide: drop asides and leading connectives,
 * then keep the whole sentence, or its longest leading run of whole clauses, or a main clause,
 * within {@link maxWords} words, or `longest` where no shorter cut stands. Never ends in "…";
 * `undefined` when no clause fits.
 */
/** An opening of a few words that ends on a verb of saying, a colon, a quotation of a few words, then a dash or comma and a remark. */
const quotedThenRemark =
  /^([^:“”"\n]{3,80}?\b(?:says?|said|tells?\s+(?:us|me|you)|told\s+(?:us|me|you)|writes?|wrote|puts?\s+it|notes?|noted|reminds?\s+us|reminded\s+us|quips?|quipped))\s*:\s*(“[^“”\n]{3,160}”|"[^"\n]{3,160}")\s*[-–—,;]\s.*$/iu

/** Words at least of a sentence before the colon and the address it ends on, for it to say something without it. */
const minBeforeAddress = 4

/**
 * ("@Mr0grog writes another hotfix that simply stops the problematic behavior: https://github.com/…/commit/0a46db02…" (review
 * 146, an incident report's timeline): the address of what the sentence says, given after a colon at its end, is where to see
 * it; the sentence before the colon says it, where it has words enough. Read from the last colon, not by a pattern that would
 * try every start.)
 */
function withoutEndingAddress(sentence: string): string {
  const colon = sentence.lastIndexOf(':', sentence.search(/https?:\/\/\S+\s*$/u) - 1)
  if (colon <= 0 || !/^:\s*<?https?:\/\/[^\s:]*(?::\d+)?[^\s]*?>?\s*[.!]?\s*$/u.test(sentence.slice(colon))) return sentence
  const before = sentence.slice(0, colon).trimEnd()
  // (Not one that points at the address itself: "The server listens on this address: http://localhost:8080" says it.)
  if (/\b(?:this|these|here|below|following)\b(?:\s+\S+)?$/iu.test(before)) return sentence
  return /[\p{L}]/u.test(before) && before.split(/\s+/).length >= minBeforeAddress ? `${before}.` : sentence
}

/** The words that open a phrase of cause or concession before its clause: "due to", "because of", "despite". (English's closed class.) */
const causeOpening = /^(?:(?:due|owing|thanks) to|because of|in spite of|despite|notwithstanding)(?: |$)/i

/** Whether a cut's words are only a phrase of cause or concession ("Due to certain features not enabled"), no clause of their own. */
function causeOnly(words: Token[]): boolean {
  if (
    !causeOpening.test(
      words
        .slice(0, 3)
        .map((word) => word.value)
        .join(' '),
    )
  )
    return false
  // (A past tense counts after its subject only: "features not enabled" is a participle the tagger may read as one.)
  return !words.some(
    (word, index) => /^(?:VBZ|VBP|MD)$/.test(word.tag) || (word.tag === 'VBD' && /^(?:PRP|NNS?|NNPS?)$/.test(words[index - 1]?.tag ?? '')),
  )
}

/** "There are two reasons why …": a count of reasons before the claim they are reasons for. (English's closed class.) */
const reasonsWhy =
  /^\s*there\s+(?:are|were)\s+(?:two|three|four|five|several|many|a\s+few|a\s+couple(?:\s+of)?|\d{1,2})\s+(?:main\s+|key\s+|good\s+|important\s+|big\s+)?reasons\s+why\s+([\p{L}])/iu

export function compress(written: string, lang: string, longest = maxLongWords): Compressed | undefined {
  // "I finally gave the talk:)", "(in a closed room :))": a smiley is no word, and leaves a bracket open.
  // (A smiley that ended the sentence ended it: "Nobody starts off knowing everything :)" is finished, not cut off.)
  // ("A) there's no such thing as a too small patch or issue", "B) try not to get intimidated…" (review 141, an interview): a
  // letter or number the writer counted the paragraph by is no word of its point.)
  const enumerated = /^\s*\(?(?:[A-Za-z]|\d{1,2})\)\s+(?=[\p{L}])/u.exec(written)
  const smileless = (enumerated ? upperFirst(written.slice(enumerated[0].length)) : written).replace(emoticon, '')
  const closed = smileless !== written && /[\p{L}\p{N}]\s*$/u.test(smileless) ? `${smileless.trimEnd()}.` : smileless
  const smiled = withoutInnerConsequence(closed, lang)
  // "…there are some rough edges around their usage, namely:": the word that hands over to the list
  // after the colon goes with the colon; so does one that hands over to the formula or result
  // after it ("The magnetic force provides the centripetal acceleration, so:", "…, which gives:").
  // (English's closed classes.)
  // "Download Git for Windows from the official website by clicking here.": the words that only
  // point at the link the sentence ends on go; the slide shows the step.
  const english = lang.toLowerCase().startsWith('en')
  const cleaned = english
    ? smiled
        // ("Version 2 finally runs natively on Windows, but there is a catch." (review 133's reviewer, after VS Code's post on
        // bracket pairs): a catch the sentence only flags, which the next sentence says, goes; the claim before it stands.)
        .replace(flaggedCatch, '.')
        // ("There are two reasons why median-ratio normalization is innaproporiate for single-cell RNA-seq data" (review 147, a
        // science explainer): the count of the reasons the list after it gives teases them; the claim they are reasons for stands.)
        .replace(reasonsWhy, (_opening: string, first: string) => first.toUpperCase())
        // ("Spiky people tend to have gaps, though.", "There are tradeoffs to being spiky, of course." (review 141, an essay on
        // careers): a word at the end that only sets the claim against, or grants it beside, what came before goes.)
        .replace(/,\s*(?:though|however|of course|anyway)\s*(?=[.!]?["'’”)]*\s*$)/iu, '')
        // ("Rob Pike tells us: “The bigger the interface, the weaker the abstraction” - this is a big interface" (review 143,
        // a talk's transcript): words quoted after whose they are, then the writer's remark on them; cut at the colon, the
        // point said only who speaks. The quotation is the point, with whose it is; the remark is said.)
        .replace(quotedThenRemark, '$1: $2.')
        .replace(
          // (A connective after its comma or "and" only: "…looked quite different back then:" keeps its "then".)
          /(?:,?\s+(?:namely|i\.e\.?|e\.g\.?|for example|for instance|as follows|such as|including|which gives|giving|we (?:get|have|obtain|find))|(?:,\s*|\s+and\s+)(?:so|hence|thus|therefore|then))\s*:\s*$/iu,
          ':',
        )
        .replace(
          /,?\s+(?:by\s+)?(?:clicking|tapping|following)\s+(?:on\s+)?(?:here|this\s+link|the\s+link(?:\s+below)?)(?=\s*[.!]?\s*$)/iu,
          '',
        )
        // ("We should provide finer grained controls, see https://github.com/envoyproxy/envoy/issues/6589." (review 112,
        // a security postmortem): an address the sentence sends to at its end is where to read more, not the claim.)
        .replace(/\s*(?:[,;]\s*|\(\s*)(?:see|cf\.?)(?:\s+also)?:?\s+<?https?:\/\/\S+?>?\)?(?=\s*[.!]?\s*$)/iu, '')
    : lang.toLowerCase().startsWith('de')
      ? // ("Wenn technische Maßnahmen also nicht ausreichen, müssen menschliche Maßnahmen greifen" (review 146, adesso's post on
        // phishing): a connective inside the clause, "also", "jedoch", "allerdings", ties it to the sentence before, as one
        // that opens it does; the claim stands without it. German's closed class.)
        smiled.replace(/(?<=[\p{L}\p{N}])\s+(?:also|jedoch|allerdings|somit|folglich|demnach)(?=\s+[\p{L}])/giu, '')
      : smiled
  const sentence = english ? withoutEndingAddress(cleaned) : cleaned
  if (isDebris(sentence)) return undefined
  if (isCjk(sentence)) return compressClauses(sentence, lang, maxCjkCharacters)
  if (!lang.toLowerCase().startsWith('en') || !isLatin(sentence)) return compressClauses(sentence, lang, maxWords)
  // " -- " and " - " between words are typed dashes: one dash, a clause boundary, as "—" is.
  // (Not a minus: "EBC = 10 - 0 - 10 = 0", "…= 0*10 - floor(19.874) - 10" (review 129, Knative's post on its activator), where
  // a dash between two operands, a figure or a bracket closed before it and a figure, a bracket or a function's call after
  // it, subtracts; read as dashes, the terms between went as an aside.)
  const tagged = tagSentence(
    sentence
      .replace(/(\.{3}|…)\s*$/u, '.')
      .replace(/(?<=([\p{N})\]]?)) --? (?=([\p{N}(]|[\p{L}_]+\()?)/gu, (dash, before: string, after: string | undefined) =>
        before !== '' && after ? dash : ' — ',
      ),
  )
  const tokens = dropLeading(removeAsides(tagged))
  const words = tokens.filter((token) => token.kind === 'word')
  if (words.length === 0) return undefined
  // "Simply this: software has inertia", "So what's my point? It is this: …" (review 140, an essay): words that only
  // point ahead to the claim after their colon say nothing of it; the claim is the point.
  const pointing = pointsAheadTo(tokens)
  const pointed = pointing && compress(openingAs(sentence, joinTokens(pointing).trim()), lang, longest)
  if (pointed) return { ...pointed, quality: pointed.quality * 0.95 }
  // "printing a footer:", "and more.": a sentence that opens in lower case goes on from one a
  // code block cut off. (Not a name or identifier in lower case: "npm", "useState".)
  const opening = tagged.find((token) => token.kind === 'word')
  // (Nor a term the writer quotes: "‘position: sticky’ elements are handled correctly…" (review 116, Servo's newsletter).)
  const openingAt = tagged.indexOf(opening as Token)
  const code = /^[([._]/u.test(tagged[openingAt + 1]?.value ?? '') || /^[‘“"']$/u.test(tagged[openingAt - 1]?.value ?? '')
  // (A bold phrase inside a sentence, "the cloud won everything", ends without a stop.)
  const stopped = /[.:;!?]["'’”)\]]*$/u.test(sentence.trim())
  if (stopped && opening && /^[\p{Ll}]/u.test(opening.value) && isKnownWord(opening.value) && !code) return undefined
  // "impossible to be independent", "Given parents' genotype C": a phrase without a stop or a
  // verb of its own that opens in lower case, or on a participle or preposition, was cut from a
  // sentence around it (a bold phrase inside one).
  const lowered = opening && /^[\p{Ll}]/u.test(opening.value) && isKnownWord(opening.value) && !code
  // (The tagger reads some verbs as nouns after an adjective, "public is/NNS": an auxiliary is known by its word.)
  const tensed = words.some(finiteWord)
  if (!stopped && !tensed && opening && (lowered || /^(VBN|VBG|IN|TO)$/.test(opening.tag))) return undefined
  // "Given some source code containing an html tag function to declare templates:": so is one that runs
  // into a colon, which leads into what follows it. (An imperative is a verb of its own: "To read from
  // the counter, take the read lock:".)
  const commands = words.some((word, index) => word.tag === 'VB' && !/^(TO|MD)$/.test(words[index - 1]?.tag ?? ''))
  if (!tensed && !commands && opening && /^(VBN|VBG|IN)$/.test(opening.tag) && /[:：]["'’”)\]]*$/u.test(sentence.trim())) return undefined
  // "Documentation systems, such as Quarto and MkDocs, can help you…": a sentence too long to
  // show says its claim of the head noun without the examples set off after it.
  // ("The first step, the one we are currently working on, is to leverage…": so does one without the aside that renames its subject.)
  // (Only past a long point: a sentence that fits one whole keeps its aside, which may well be its news.)
  const bare =
    words.length > maxWords
      ? (withoutExamples(tokens) ?? (words.length > maxLongWords ? withoutSubjectAside(tokens) : undefined))
      : undefined
  const stripped = bare && joinTokens(bare)
  // (Within a glance: a sentence that needs cutting even without its examples is cut as it stands.)
  const plain = stripped && compress(openingAs(sentence, stripped), lang, Math.min(longest, maxGlanceWords))
  // (A run of the sentence's own words: not its spine, which drops words from inside it again;
  // and whole clauses, not a phrase stopped before a preposition.)
  if (plain && plain.quality > phraseQuality && wordsRun(stripped).includes(wordsRun(plain.text)))
    return { ...plain, quality: plain.quality * examplesQuality }
  const modified = tokens.length !== tagged.length
  const short = words.length <= maxWords ? { tokens, quality: modified ? 0.95 : 1 } : byClauses(tokens, maxWords)
  // A later clause that leans on the one before ("…, and he was not wrong") loses to a longer cut.
  const standing = short && (words.length <= maxWords || !leansOnPreviousTokens(short.tokens)) ? short : undefined
  // A later clause that leaves out the main clause before it loses to that clause a little long.
  // "My device is iOS 14.1 | and does not have the vulnerable … method": a cut before the last
  // of two predicates or clauses joined by "and" or "but" drops half the claim; the whole
  // sentence a little long says it.
  // "We migrated from Joi to ajv for our schema validation | , which was 32% smaller": a cut that
  // leaves out the amount the sentence measured drops its finding; the whole sentence a little long says it.
  const halved = standing && words.length > maxWords && (dropsCoordinate(tokens, standing.tokens) || dropsFigure(sentence, standing.tokens))
  const long = (standing?.skipsMain || halved) && words.length > maxWords ? longSentence(tokens, words, longest) : undefined
  // (Only a longer run: the same cut found again at the long limit keeps its quality.)
  const longer = long && (!halved || long.tokens.length > (standing?.tokens.length ?? 0)) ? long : undefined
  // "serde::json is built upon consuming from an Iterator<u8> | , so we're 48% slower than our
  // theoretical max, and 58% slower than rapidjson": where no longer cut keeps it, the clause
  // after the sentence's "so" that measures the finding says it, when it stands alone.
  // ("Our dashboard is JavaScript heavy | , so we started by setting up analytics to track our bundle sizes" (review 119,
  // Supabase's post on its dashboard's speed): so does one that says what was done about it, a clause of its own that
  // stands, where the cut keeps only the reason.)
  const result =
    halved && !longer && standing
      ? dropsFigure(sentence, standing.tokens)
        ? resultClause(tokens, longest)
        : resultClause(tokens, longest, false, lastWordAt(tokens, standing.tokens))
      : undefined
  const likeliest = longer ?? result ?? standing
  // "With Jest 28, this is no longer an issue | as we now inspect the global environment…": where the
  // main clause only says of what came before ("this", "it") that it holds, the reason it gives is the news.
  const reason = !likeliest || leansOnPreviousTokens(likeliest.tokens) ? reasonClause(tokens, longest) : undefined
  const likeliestFirst = reason ?? likeliest
  // "JAM was 70 times faster than the Prolog interpreter, | but it turned out that this still wasn't
  // fast enough": a later clause whose subject is the main clause before it ("this", "that") says
  // nothing alone, where the sentence is too long to show whole: the main clause says the fact.
  const first =
    likeliestFirst?.skipsMain && pointsBackInside(likeliestFirst.tokens)
      ? (openingClause(tokens, longest) ?? likeliestFirst)
      : likeliestFirst
  // "With a pull-based approach, your monitoring system needs to know which service instances exist | and how to connect to
  // them" (the Prometheus fixture), "As of Go 1.8, …": an opening that bounds the claim to its case stays with it, so the
  // run of clauses after it may be as long as a point that is read, not glanced at.
  const onCase = opensOnCase(tokens)
  const bounded = !first && onCase ? byClauses(tokens, longest) : undefined
  // ("To add elements to the end of a list, we can use the `append` method" (review 135, a Python lesson): an opening purpose
  // of its own, not one that points back, "To fix this,", is what the main clause after it is for; "We can use the append
  // method" alone says nothing of what. Where the two fit a point that is read, they are shown together.)
  const purposed =
    first && first.tokens !== tokens && opensOnPurpose(tokens) && !startsLike(first.tokens, tokens)
      ? wholeWithin(tokens, words, longest)
      : undefined
  const chosen = beforeExamples(
    purposed ?? first ?? longSentence(tokens, words, longest) ?? bounded ?? byMainClause(tokens, longest) ?? short,
  )
  // ("What I was seeing was people who have been told, "Oh, you can't code," | or "You're not good in
  // math…"", review 92: a quotation closed on its comma goes on, and on a slide it ends on the comma.)
  const quotedComma = (cut: Cut) => cut.tokens !== tokens && /,\s*["”’']+\s*$/u.test(joinTokens(cut.tokens))
  // (One that leaves out the clause denying it says the sentence whole, where it is not too long.)
  // (So does one that stops inside a series, "…the typing of maps, tuples | , and closures", which reads as all of it.)
  const loses = (cut: Cut | undefined) =>
    cut !== undefined &&
    cut.tokens !== tokens &&
    (dropsDenial(tokens, cut.tokens) ||
      splitsSeries(tokens, cut.tokens) ||
      onlyOpeningPhrase(tokens, cut.tokens) ||
      onlySubject(tokens, cut.tokens) ||
      subjectBeforeItsAnd(tokens, cut.tokens) ||
      onlyGerundSubject(tokens, cut.tokens) ||
      dropsTurn(tokens, cut.tokens) ||
      onlyComparison(tokens, cut.tokens) ||
      dropsImperativeConsequence(tokens, cut.tokens) ||
      endsEarlyInSplicedClause(tokens, cut.tokens) ||
      dropsPurpose(tokens, cut.tokens) ||
      dropsWhatNotOnlySetsUp(tokens, cut.tokens) ||
      dropsWhatChanged(tokens, cut.tokens) ||
      dropsWhoTheyAre(tokens, cut.tokens) ||
      // ("On an hourly contract, revision limits matter less | because you're paying for the time" (review 120): a cut of a
      // sentence that keeps its case, which another case beside it is compared with, and ends on the comparison, reads as
      // leaning on what came before; the whole says it.)
      (onCase && comparesWithoutOtherSide(cut.tokens.filter((token) => token.kind === 'word'))) ||
      quotedComma(cut) ||
      endsBeforeDefiningRelative(tokens, cut.tokens) ||
      endsInAsideBeforeObject(tokens, cut.tokens) ||
      endsOnNextOpening(tokens, cut.tokens))
  // (A cut a few words into a spliced clause has the whole clause before the comma to say instead.)
  const whole = loses(chosen)
    ? chosen && endsEarlyInSplicedClause(tokens, chosen.tokens)
      ? openingClause(tokens, longest)
      : longSentence(tokens, words, longest)
    : chosen
  const found = loses(whole) ? undefined : whole
  // "There came our first learning: | sometimes, just upgrading Postgres…", "Note to us: | make sure
  // to use…": a cut that stops at the colon after words that only announce keeps the announcement, not what it announced.
  // ("…compared to traditional Active | —Standby model": a dash or slash between two words without
  // spaces joins them into one, "Active—Standby", "TCP/IP"; a cut there stops inside it.)
  // ("You can try out the other remote extensions, Remote | - Containers and Remote - WSL" (review 116, a VS Code post): nor
  // inside a name a spaced hyphen joins, a capitalised word on each side of it.)
  const cut =
    found &&
    found.tokens !== tokens &&
    (endsAtAnnouncement(tokens, found.tokens) ||
      endsInsideJoined(tokens, found.tokens) ||
      endsInsideIdiom(tokens, found.tokens) ||
      endsInsideInterruptedClause(found.tokens) ||
      endsBeforeVerbPastAside(tokens, found.tokens) ||
      endsOnAnswer(found.tokens) ||
      countsBeforeItems(tokens, found.tokens) ||
      endsBeforeSharedObject(tokens, found.tokens) ||
      endsBeforeHyphenatedName(sentence, found.tokens) ||
      endsBeforeVerbsComplement(tokens, found.tokens) ||
      endsBeforeWhatFirstDid(tokens, found.tokens) ||
      endsInsideJoinedSubject(tokens, found.tokens) ||
      endsBeforeSecondOfPair(tokens, found.tokens))
      ? undefined
      : found && found.tokens !== tokens && endsBeforeItsExplanation(tokens, found.tokens)
        ? // (What the cut waits for may fit with it: "The server was back online by 18:00, albeit with a single database node".)
          wholeWithin(tokens, words, longest)
        : found && found.tokens !== tokens && dropsShortPayoff(tokens, found.tokens)
          ? // (The payoff is a few words: the whole may run a little past the longest point.)
            (wholeWithin(tokens, words, longest + maxPayoffWords / 3) ?? found)
          : // ("At this point, the server was back online | , albeit with a single database node" (review 133, matrix.org's
            // post-mortem): a qualifier that takes back part of the claim, "albeit…", "but only…", belongs to it, where the
            // two fit; where they do not, the claim is still the paragraph's, and the cut stands.)
            found && found.tokens !== tokens && dropsQualifier(tokens, found.tokens)
            ? (wholeWithin(tokens, words, longest) ?? found)
            : found
  // (A sentence whose subject is a gerund phrase, its verb after the phrase's commas, has no shorter claim after them either:
  // "…, six months after the fact, is a terrible experience" opens on no subject.)
  if (!cut && chosen && onlyGerundSubject(tokens, chosen.tokens)) return undefined
  if (!cut) {
    // ("For conditions that cannot be statically determined, Rspack keeps the original behavior to ensure…" (review 124,
    // Rspack's release post): where no cut keeps an opening that picks out the cases the claim is of, none is shorter;
    // the main clause or the spine alone would say it of every case.)
    // ("For teams that deploy several times a day, | feature flags are the cheapest insurance | you can buy…": the opening
    // and a cut of the clause after it, where the two fit a point; else none.)
    if (opensOnPickedCase(tokens)) {
      const comma = tokens.findIndex((token) => token.value === ',')
      const opening = tokens.slice(0, comma + 1)
      const room = longest - opening.filter((token) => token.kind === 'word').length
      const main = room >= 5 ? byPhrase(dropLeading(tokens.slice(comma + 1)), room) : undefined
      const text = main && `${joinTokens([...opening, ...main.tokens]).trim()}.`
      if (!text || text.length >= sentence.length) return undefined
      const kept = compress(text, lang, longest)
      return kept && { ...kept, quality: kept.quality * 0.6 }
    }
    // The claim may stand after a colon its setup announced ("…another general guideline: when you…").
    // ("…lint rules: rules that can pull in type information": a noun phrase whose only verb is
    // its relative clause's is no claim, though the sentence's full stop ends it.)
    const claim = afterAnnouncement(tokens)
    const text = claim && !onlyRelativeVerb(claim.filter((token) => token.kind === 'word')) && joinTokens(claim).trim()
    const shortened = text && text.length < sentence.length ? compress(openingAs(sentence, text), lang, longest) : undefined
    if (shortened) return { ...shortened, quality: shortened.quality * 0.7 }
    // "Between July 9 and July 16, 2023, one of Hachyderm's Redis cache servers was exposed to the public
    // internet": where nothing shorter stands, the claim without the date it opens on. (The date is in
    // the notes; a point with it would not fit.)
    const dated = datedOpening.exec(sentence)
    const undated = dated && /\d/.test(dated[0]) ? sentence.slice(dated[0].length) : ''
    const withoutDate = undated && /^[\p{Ll}]/u.test(undated) ? compress(openingAs(sentence, undated), lang, longest) : undefined
    if (withoutDate && withoutDate.quality > 0.5) return { ...withoutDate, quality: withoutDate.quality * 0.8 }
    // "We understand that there have been some concerns around the GDPR compliance of the Matrix Public Archive"
    // (review 118, Matrix's incident report): where nothing shorter stands, the clause the writer's "we understand
    // that" or "I know that" frames says the claim.
    const framed = knowingFrame.exec(sentence)
    const unframed = framed ? sentence.slice(framed[0].length) : ''
    const withoutFrame = /^[\p{Ll}]/u.test(unframed) ? compress(upperFirst(unframed), lang, longest) : undefined
    if (withoutFrame && withoutFrame.quality > 0.5) return { ...withoutFrame, quality: withoutFrame.quality * 0.8 }
    // "GW detection has enabled researchers to discover unexpected phenomena | while providing new
    // insight into…": where nothing else stands, the main clause without the clause "while" opens
    // on a gerund, its subject the sentence's. (Only here: where the sentence has
    // another cut, or is short enough whole, "…bolder changes while avoiding regressions" says
    // what the clause adds.)
    const reduced = beforeReducedClause(tokens)
    const main = reduced && compress(openingAs(sentence, `${joinTokens(reduced).trim()}.`), lang, longest)
    if (main && main.quality > 0.5) return { ...main, quality: main.quality * spineQuality }
    // ("Most of it will eventually die by virtue of rewrites, or the products… dying themselves, | but what makes it past that
    // initial push for survival will likely last longer than expected" (review 140, brandur's essay): where the sentence is
    // too long whole and its first half only concedes, the clause its "but" turns to is the writer's claim, when it stands alone.)
    const turned = turnedClause(tokens)
    const turn = turned && compress(upperFirst(`${joinTokens(turned).trim()}.`), lang, longest)
    if (turn && turn.quality > 0.5 && !turn.meta && !leansOnPreviousTokens(tagSentence(turn.text)))
      return { ...turn, quality: turn.quality * 0.7 }
    // A long sentence without a boundary to cut at says its claim without its adjuncts.
    const spine = spineOf(tokens)
    // (The spine is no sentence the writer stopped: "The first thing I was a bit | sketched out about
    // is that…" ends its subject's relative clause, and the full stop added below would hide it.)
    // (Nor one that drops the verb of its last clause: "…, but the house | filled up with servers".)
    if (
      spine &&
      (lacksMainClause(spine) ||
        thinksWithoutClause(spine.filter((token) => token.kind === 'word')) ||
        endsBeforeItsVerb(tokens, spine) ||
        endsBeforeSharedObject(tokens, spine) ||
        cutsBeforeItsPoint(tokens, spine))
    )
      return undefined
    const bare = spine && joinTokens(spine).trim()
    if (!bare || bare.length >= sentence.length) return undefined
    const stopped = /[.!?]$/u.test(bare) ? bare : `${bare}.`
    const compact = compress(openingAs(sentence, stopped), lang, longest)
    // (Not the last-resort cut before a preposition: a spine cut again reads as neither sentence.)
    return compact && compact.quality > 0.5 ? { ...compact, quality: compact.quality * spineQuality } : undefined
  }
  // A fragment the author ended with a full stop ("A claim that needs a source.") is theirs to
  // present; one a cut made, or a code block cut off, is not.
  const finished = cut.tokens === tokens && /[.!?…]["'’”)\]]*$/u.test(sentence.trim())
  if (!finished && lacksMainClause(cut.tokens)) return undefined
  // "The first commit to the repository | that would become Ember.js happened on…", "The Amazon
  // audience of tightly scheduled, | experienced executives was…": a cut of a sentence with a tense
  // that keeps none (nor an imperative) stopped inside the subject, before the verb.
  const cutWords = cut.tokens.filter((token) => token.kind === 'word')
  if (cut.tokens !== tokens && tensed && !hasPredicate(cutWords)) return undefined
  // ("Apache Flink 1.4.0, released in December 2017 | , introduced a significant milestone…" (review 114, Flink's post): nor
  // one that stops after a participle set off by commas right after the subject, before the verb it waited for.)
  if (cut.tokens !== tokens && tensed && appositiveOnly(tokens, cut.tokens)) return undefined
  // "I find it impressive how Tim Berners-Lee | , Robert Cailliau and others were able to…": nor one
  // that stops inside the subject of the question clause its verb takes.
  if (cut.tokens !== tokens && subjectWithoutVerb(cutWords, questionOpener)) return undefined
  // ("…we can see several instances where viruses | that are closely related to samples from other countries appear…"
  // (review 112, Nextstrain's narrative): nor inside the subject of a clause "where", "when" or "because" opens.)
  if (cut.tokens !== tokens && subjectWithoutVerb(cutWords)) return undefined
  // "I think more interoperability and integrated workflows | for projects will make…": nor inside
  // the subject of the clause "I think" takes without its "that".
  if (cut.tokens !== tokens && thinksWithoutClause(cutWords)) return undefined
  // "It was realised that the copper stabilisers surrounding the cables | , which bear…, had too
  // high a resistance", "Coulouris showed em to Joy, who, starting with Coulouris' source code | ,
  // built…": nor one that stops inside the clause a verb's "that" or a "who" opens, before its verb.
  if (cut.tokens !== tokens && clauseBeforeItsVerb(cutWords)) return undefined
  // "I used to be a data hoarder, but the house | filled up with servers and disks": nor between the
  // subject of its last clause, after "but" or "and", and that clause's verb.
  if (cut.tokens !== tokens && endsBeforeItsVerb(tokens, cut.tokens)) return undefined
  // ("…Reviewers is $80/hour; the per-hour rate | for Committers is $50/hour" (review 112, ESLint's spending plan): nor
  // inside the clause after a semicolon, before its verb.)
  if (cut.tokens !== tokens && clauseAfterSemicolonCut(tokens, cut.tokens)) return undefined
  // "So when you're collecting data, making sure that you're collecting a representative sample, for
  // example.": a "when" clause whose comma opens no clause of its own is no sentence, stop or not.
  if (finished && subordinateOnly(cut.tokens)) return undefined
  // "…are conditionally independent given $G$ if" before a display formula: the sentence goes on in it.
  const last = cut.tokens.findLast((token) => token.kind !== 'space')
  if (!finished && last?.kind === 'word' && dangles(cutWords)) return undefined
  // ("…a relational database which it uses to store and query | for policy reports" (review 108, Kyverno's post): two
  // verbs of one infinitive joined by "and", cut before the rest of the sentence, wait for what they act on; the
  // tagger reads the second as a noun or a verb.)
  const [to, verb, and, other] = cutWords.slice(-4)
  if (
    last === other &&
    cutWords.at(-1) !== words.at(-1) &&
    to?.tag === 'TO' &&
    verb?.tag === 'VB' &&
    and?.tag === 'CC' &&
    /^(?:VB|NN)$/.test(other?.tag ?? '')
  )
    return undefined
  // ("…has been published PYSEC-2025-72 to help end user | and tooling to detect the malicious versions" (review 109, an
  // incident report): a cut before "and" and a noun the infinitive after it also governs ("X and Y to detect…") keeps
  // one of two objects, and drops what both are for.)
  const rest = words.slice(words.lastIndexOf(cutWords.at(-1) as Token) + 1)
  if (cut.tokens !== tokens && cutsBeforeItsPoint(tokens, cut.tokens)) return undefined
  if (
    last === cutWords.at(-1) &&
    /^NNS?$/.test(last?.tag ?? '') &&
    rest[0]?.tag === 'CC' &&
    /^(?:NNS?|VBG)$/.test(rest[1]?.tag ?? '') &&
    rest[2]?.tag === 'TO' &&
    rest[3]?.tag === 'VB'
  )
    return undefined
  const endWord = cutWords.at(-1)
  // ("Like every other framework, we've come to the realisation | that Knockout was right all along" (review 110, Svelte's
  // post): a noun that says a thought was had, cut before the "that" clause that says which, says nothing.)
  if (cut.tokens !== tokens && endWord && contentNoun.test(endWord.value) && /^that$/i.test(words[words.indexOf(endWord) + 1]?.value ?? ''))
    return undefined
  // ("The schedule was packed with case studies | , development updates and many new friendships…" (review 110, a
  // conference wrap-up): a cut on a noun before the other items of its series, a comma, a few words with no verb of
  // their own, then "and" or "or", names one of them as if it were all.)
  if (cut.tokens !== tokens && endWord && /^NNS?$/.test(endWord.tag) && cutsSeries(tokens, tokens.lastIndexOf(endWord))) return undefined
  // "Generally P(A∩B)≠P(A)P(B); but given C" before a display formula: a sentence without its
  // stop whose last clause opens on a conjunction or a participle and has no verb goes on in it.
  if (!stopped && opensUnfinishedClause(cut.tokens)) return undefined
  // "…a modular architecture with a plugin system — our core features", "…a different directory —
  // for example": a dash opens a phrase whose verb, or whose end, the cut leaves out.
  // (Not one that runs to the sentence's end: "…all three date back to the 1990s—almost to the beginning of the web.")
  const lastWord = (run: Token[]) => run.findLast((token) => token.kind === 'word')
  if (cut.tokens !== tokens && lastWord(cut.tokens) !== lastWord(tokens) && dashOpensVerbless(cut.tokens)) return undefined
  // "The Foundation also cannot – and has no interest in – unilaterally adopting…": an aside
  // dropped from between a modal and the gerund its other half took leaves no sentence.
  if (modalBeforeGerund(cutWords)) return undefined
  // "…to recommend Fractal instead of Nheko…, because it's written in Rust, | better maintained and has advanced
  // features" (review 101): a cut from inside the sentence that opens on a participle or a comparative, the rest of a
  // series of predicates, has no subject before its verb.
  if (cut.tokens !== tokens && cutWords[0] !== words[0] && predicateWithoutSubject(cutWords)) return undefined
  // "The case with a static tuple was not affected because, in absence of the tail, | the encoding order is linear"
  // (review 102, a security advisory): a cut that starts inside a clause whose subordinator it left behind says the
  // reason, or the condition, as if it were the claim; here, the opposite of the advisory's point.
  if (cut.tokens !== tokens && startsInsideSubordinate(tokens, cutWords[0])) return undefined
  // "Manual framework integration, over-reliance on memoization, suboptimal use of context, and | lack of programmatic
  // observability felt backwards" (Preact's Signals post, review 103): a cut that starts on the last of a series of
  // subjects joined by ", and" keeps one of them as if it alone did what the sentence says all of them do.
  if (cut.tokens !== tokens && lastOfSubjects(tokens, cutWords[0])) return undefined
  // "A `ref mut`-pattern will, on a successful match | , borrow…": a cut that keeps a modal and an
  // aside after it, but not the verb the modal waits for, says nothing was done.
  if (cut.tokens !== tokens && modalBeforeOpenAside(cut.tokens)) return undefined
  // ("Due to certain webview features not enabled nor being accessible | , a community contribution introduced…" (review 147,
  // Tauri's 1.3 post): a cut that keeps only the cause a sentence opens on, "due to", "because of", "despite", drops the
  // claim it is the cause of.)
  if (cut.tokens !== tokens && cutWords[0] === words[0] && causeOnly(cutWords)) return undefined
  // "The idea is similar to: '0 is integer": a cut inside a quotation.
  if (!quotesBalanced(cut.tokens) && quotesBalanced(tokens)) return undefined
  // "We split the project into two segments: some pages we redesigned | , and with others…": a
  // cut inside the things a count announced says one of them; the count alone says what they are.
  const counted = cut.tokens !== tokens ? countedColon(cut.tokens) : -1
  const kept = counted > 0 ? cut.tokens.slice(0, counted) : cut.tokens
  if (counted > 0 && (kept.filter((token) => token.kind === 'word').length < 4 || lacksMainClause(kept))) return undefined
  const shown = dropLinksInside(kept)
  return {
    text: finish(shown),
    quality: cut.quality * (promisesMore(kept) ? 0.5 : 1),
    // ("You can also opt…" lost its "also" above, "The package was then published" its "then":
    // what still leans inside the point, "the practices" made of "these practices", leans.
    // "Otherwise, the function creates a heap" is true only where the sentence before is not.)
    leans:
      leansOnPreviousTokens(shown) ||
      leansInside(shown, sentence) ||
      /^otherwise$/i.test(kept.find((token) => token.kind === 'word')?.value ?? '') ||
      (kept[0] !== tokens[0] && opensOnRelation(kept)),
    // ("As you are targeting a new architecture, | you'll need to update…": an opening that
    // reads as talk about the talk no longer speaks when the cut drops it.)
    // ("I'm not sure I've come up with anything profound, but | I'm going to give you my thoughts anyway" (review 97):
    // a cut that keeps only the clause offering the writer's thoughts, naming none of them, does whatever the
    // sentence opened on; not "…, | we're going to talk about how to use tRPC with…", which names the subject.)
    // ("…since the last time that dbt was run, which unlocks the powers of Hudi, | we will dive into the details" (Hudi's dbt
    // post, review 106): a last clause that only says where the text goes next says nothing of what it says; a "let's" that
    // a cut frees, "To fix this, | let's add a cache", is a step.)
    meta:
      (isMetaSentence(tagged) && isMetaSentence(shown)) ||
      (kept[0] !== tokens[0] &&
        (offersOnlyThoughts.test(finish(shown)) || (isMetaSentence(shown) && !opensOnLet(shown) && namesNoSubject(shown)))),
    leadIn: leadsIn(tagged),
  }
}

/**
 * Whether words name no subject of their own, only parts of the text ("we will dive into the details"), not
 * "we're going to talk about how to use tRPC with server actions", which names what the talk is about. (A closed class.)
 */
function namesNoSubject(tokens: Token[]): boolean {
  return tokens.every((token) => token.kind !== 'word' || !/^NN/.test(token.tag) || textParts.test(token.value))
}

/** Nouns that name a part of a text or talk, not what it is about. */
const textParts = /^(?:details?|specifics|part|parts|section|sections|chapter|post|article|topic|rest|more|next|later|bit|step|steps)$/i

/** Whether words open on "let" ("let's", "let us", "let me"). */
function opensOnLet(tokens: Token[]): boolean {
  return /^let(?:['’]s)?$/i.test(tokens.find((token) => token.kind === 'word')?.value ?? '')
}

/** "I'm going to give you my thoughts anyway", "Here are my two cents": an offer of the writer's view, naming none of it (English). */
const offersOnlyThoughts =
  /^(?:(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+(?:going\s+to|gonna|will|['’]ll|want\s+to|wanted\s+to|would\s+like\s+to|['’]d\s+like\s+to)?\s*(?:give|offer|share\s+with)\s+(?:you|everyone)|here\s+(?:are|is|['’]s))\s+(?:my|our|some\s+of\s+my|a\s+few\s+of\s+my)\s+(?:(?:own|honest|quick|personal)\s+)?(?:thoughts|take|two\s+cents|views?|perspective|impressions)(?:\s+(?:anyway|anyhow|now|here|today|then))?[.!]?$/i

/**
 * Whether a cut ends on an answer word after its comma ("Whatever you're about to suggest, yes |
 * , I've thought of it…"): the answer is what the clause after it says. (A closed class.)
 */
function endsOnAnswer(cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind !== 'space')
  const last = words.findLast((token) => token.kind === 'word')
  return /^(?:yes|no|yeah|nope|ok|okay)$/i.test(last?.value ?? '') && words[words.indexOf(last as Token) - 1]?.value === ','
}

/** Whether a cut's last word is joined to the next by a dash or slash without spaces ("Active—Standby", "TCP/IP"). */
function endsInsideJoined(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  return last !== -1 && /^[—–/-]$/.test(tokens[last + 1]?.value ?? '') && tokens[last + 2]?.kind === 'word'
}

/**
 * "It is built for **dual efficiency**: strong training throughput | together with high agent-task efficiency…" (review
 * 149, a post on an agent-native training system): a cut inside the phrase a colon announced, right before "together with",
 * "along with" or "as well as", keeps one of the things the phrase pairs; the colon promised both.
 */
function endsBeforeSecondOfPair(tokens: Token[], cut: Token[]): boolean {
  const colon = cut.findLastIndex((token) => token.value === ':')
  if (colon === -1 || cut.slice(colon + 1).some((token) => token.kind === 'word' && finiteWord(token))) return false
  const [first, second, third] = shownAfter(tokens, cut).map((token) => token.value.toLowerCase())
  return (
    (/^(?:together|along|coupled|combined|paired)$/.test(first ?? '') && second === 'with') ||
    (first === 'as' && second === 'well' && third === 'as')
  )
}

/** The words and marks of a sentence after a cut's last word, without spaces or the empty mark a left-out aside leaves. */
function shownAfter(tokens: Token[], cut: Token[]): Token[] {
  return tokens.slice(lastWordAt(tokens, cut) + 1).filter((token) => token.kind !== 'space' && token.value.trim() !== '')
}

/**
 * "…the decision was made to immediately patch | and disclose the less serious Denial of Service vulnerability" (review
 * 120, a security disclosure): a cut that ends on a verb without its object, right before "and" or "or" and another verb,
 * drops the object the two verbs share, and what was decided with it.
 */
function endsBeforeSharedObject(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  const [conjunction, verb] = shownAfter(tokens, cut)
  // (The tagger may read the verb after "to" as a noun: "to immediately patch/NN".)
  let before = words.length - 2
  while (words[before]?.tag.startsWith('RB')) before--
  return (
    (/^VBP?$/.test(words.at(-1)?.tag ?? '') || (words.at(-1)?.tag === 'NN' && words[before]?.tag === 'TO')) &&
    conjunction?.kind === 'word' &&
    /^(?:and|or)$/i.test(conjunction.value) &&
    verb?.kind === 'word' &&
    /^VBP?$/.test(verb.tag)
  )
}

/**
 * Whether a cut stops right before the verb of the subject it keeps, where the aside between them was left out: "All of
 * the most advanced TypeScript code I have written | —the well-motivated examples listed above—comes accompanied by…"
 * (review 119, an essay on TypeScript). The verb in the cut is its relative clause's, "(that) I have written".
 */
function endsBeforeVerbPastAside(tokens: Token[], cut: Token[]): boolean {
  const after = shownAfter(tokens, cut)
  const [next] = after
  // ("Some of the metrics we used | , which were not provided by the node_exporter by default, were exported using…" (review
  // 139, Prometheus's interview with ShuttleCloud): or before a relative clause set off by commas, the verb right after it.)
  if (next?.value === ',' && after[1]?.kind === 'word' && /^(?:which|who|whom|whose)$/i.test(after[1].value)) {
    const close = after.findIndex((token, index) => index > 1 && /^[,;:—–.!?]$/.test(token.value))
    const verb = close === -1 ? undefined : after[close + 1]
    if (after[close]?.value === ',' && verb?.kind === 'word' && (/^(?:VBD|VBZ|VBP|MD)$/.test(verb.tag) || finiteWord(verb))) return true
  }
  return (
    next?.kind === 'word' &&
    /^VB[ZD]$/.test(next.tag) &&
    /\b(?:I|we|you|they|he|she)(?:\s+(?:have|had)|['’](?:ve|d))?\s+[\p{L}]+$/u.test(joinTokens(cut).trim())
  )
}

/**
 * "A shared room is a room where, having joined | , you can see the whole history of the room" (review 118, Matrix's incident
 * report): a word that opens a clause, then a comma and an aside, waits for that clause's subject and verb after the aside; a
 * cut that ends before them stops inside it.
 */
function endsInsideInterruptedClause(cut: Token[]): boolean {
  for (let at = 0; at < cut.length; at++) {
    const token = cut[at]
    if (
      token.kind !== 'word' ||
      !/^(?:where|when|whenever|which|who|that|because|if|unless|while|whilst|although|though|since|whether)$/i.test(token.value)
    )
      continue
    const next = cut.slice(at + 1).find((each) => each.kind !== 'space')
    if (next?.value !== ',') continue
    // (Not a word that ends its own clause before the comma: "…the question is when, not whether".)
    if (
      at > 0 &&
      /^(?:is|was|are|were|know|knows|knew|ask|asks|asked|wonder|wonders|wondered)$/i.test(
        cut.slice(0, at).findLast((each) => each.kind === 'word')?.value ?? '',
      )
    )
      continue
    // (A participle after "having" or "being" is the aside's: "having joined".)
    const after = cut.slice(cut.indexOf(next) + 1).filter((each) => each.kind === 'word')
    if (!after.some((each, index) => finiteWord(each) && !/^(?:having|being)$/i.test(after[index - 1]?.value ?? ''))) return true
  }
  return false
}

/**
 * "Person objects can be returned to the client one | after another" (review 118, gRPC's Wireshark tutorial): a cut
 * that stops inside a fixed phrase of counting, "one after another", "one by one", "one at a time", leaves its first word
 * alone, which then reads as a number. (English's few such phrases: a closed class.)
 */
function endsInsideIdiom(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  // ("…can be solved with another layer of abstraction, except of course | for the problem of too many layers of
  // abstraction" (review 121, an essay on abstractions): nor after "except", which waits for what it excepts.)
  const ending = cut
    .filter((token) => token.kind === 'word')
    .slice(-3)
    .map((token) => token.value.toLowerCase())
    .join(' ')
  if (/(?:^|\s)except(?: of course)?$/.test(ending)) return true
  // ("…needs appropriate permissions in order | for your function to use a Serverless VPC Access connector" (review 139, a
  // Google Cloud tutorial): "in order" waits for the "to" or "for" of its purpose. Not the adverb, "Migrations are applied in
  // order | , so…".)
  if (/(?:^|\s)in order$/.test(ending) && /^(?:to|for|that)$/i.test(shownAfter(tokens, cut)[0]?.value ?? '')) return true
  // ("…in FMF files that live next | to the code in the repository itself" (review 149, Cockpit's post on testing): a word that
  // makes a preposition with the "to" after it, "next to", "prior to", "close to", "due to", "according to", waits for its object.)
  if (
    /(?:^|\s)(?:next|prior|close|closer|due|according|relative|owing|thanks|contrary|akin|adjacent|similar)$/.test(ending) &&
    /^to$/i.test(shownAfter(tokens, cut)[0]?.value ?? '')
  )
    return true
  if (last === -1 || !/^(?:one|step|side|day|bit|little|first|each|over|more)$/i.test(tokens[last].value)) return false
  const after = tokens
    .slice(last + 1, last + 6)
    .filter((token) => token.kind === 'word')
    .map((token) => token.value.toLowerCase())
    .join(' ')
  if (/^(?:after another|by one|at a time|by step|by side|after day|by bit|by little)\b/.test(after)) return true
  // ("An article is very often the one | and only reason a project even gets noticed" (review 120, an interview): so does
  // a cut inside a phrase of two words joined by "and", "the one and only", "first and foremost", "each and every", the
  // "and" right after the word, no comma between.)
  const [next] = shownAfter(tokens, cut)
  const pair = `${tokens[last].value.toLowerCase()} ${after.split(' ').slice(0, 2).join(' ')}`
  return next?.kind === 'word' && /^(?:one and only|first and foremost|each and every|over and over|more and more)$/.test(pair)
}

/** Verbs of thinking whose clause may come without its "that" ("I think more X will…"), and never take a plain noun. A closed class. */
const thinkingVerb = /^(?:think|thinks|thought|guess|suppose|reckon)$/i

/**
 * Whether the words end inside the clause a verb of thinking takes without its "that", before
 * that clause's verb: "I think more interoperability and integrated workflows". (Not "…makes me
 * think back to November", "I think so".)
 */
function thinksWithoutClause(words: Token[]): boolean {
  const verb = words.findLastIndex((word) => thinkingVerb.test(word.value))
  if (verb <= 0 || !/^PRP$/.test(words[verb - 1].tag)) return false
  const tail = words.slice(verb + 1)
  // ("Seeing UNESCO just through a random DuckDuckGo search made me think, huh | , maybe this is an actual problem" (review
  // 104, a talk's transcript): an interjection after the verb leads into the thought itself.)
  if (tail.length > 0 && tail.every((word) => /^(?:huh|hmm+|hm|well|oh|wow|okay|ok)$/i.test(word.value))) return true
  // (A gerund's clause too: "I think getting pandas out of the array business | , and…, is a healthy development", review 100.)
  if (!/^(DT|JJ|JJR|NN|NNS|NNP|NNPS|PRP\$|CD|VBG)$/.test(tail[0]?.tag ?? '') && !/^more$/i.test(tail[0]?.value ?? '')) return false
  return !tail.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag)) && !endsOnVerbReadAsPlural(tail)
}

/**
 * Whether the last clause a cut keeps opens on the "that" a verb or adjective takes ("It was
 * realised that…", "clear that…") or on a relative "who", "which" or "whom", and has no finite
 * verb after it: the cut stopped inside its subject or an aside before its verb. (A participle is
 * no finite verb: "…surrounding the cables", "…starting with the source code".)
 */
function clauseBeforeItsVerb(words: Token[]): boolean {
  const opener = words.findLastIndex(
    (word, index) =>
      /^(?:who|which|whom)$/i.test(word.value) || (/^that$/i.test(word.value) && /^(VB|JJ)/.test(words[index - 1]?.tag ?? '')),
  )
  if (opener <= 0) return false
  const tail = words.slice(opener + 1)
  if (tail.length === 0) return true
  // ("…the tools that | help/VBP us", "…which also led/VBN to…", "…which defaults/NNS to 1": a verb
  // right after the opener, past its adverbs, is its own, though the tagger read it as a participle or a plural.)
  const first = tail.find((word) => !/^RB/.test(word.tag))
  // (Not the participle of a perfect gerund, "…hope that having persevered/VBD with them | , even…, is considered…".)
  const finite = tail.some((word, index) => finiteWord(word) && !/^having$/i.test(tail[index - 1]?.value ?? ''))
  if (finite || /^(VB[DPZN]?|MD|NNS)$/.test(first?.tag ?? '')) return false
  // ("…which service instances exist/VB": a base form after a noun is the verb the tagger did not read in the present.)
  if (tail.some((word, index) => word.tag === 'VB' && /^NN/.test(tail[index - 1]?.tag ?? ''))) return false
  if (endsOnVerbReadAsPlural(tail)) return false
  return tail.some((word) => /^(NN|PRP$|VBG)/.test(word.tag))
}

/**
 * A count of kinds of things anywhere in a cut ("two types of", "three ways", "several reasons"): English's closed classes.
 * (Not announcements.ts's `countedKinds`, a count that ends its clause, over another list of nouns.)
 */
const kindsCount =
  /\b(?:two|three|four|five|six|seven|several|a\s+few|a\s+couple\s+of|a\s+number\s+of|multiple|various|[2-9]|1\d)\s+(?:[\p{L}-]+\s+){0,2}(?:types|kinds|sorts|ways|reasons|options|steps|parts|categories|classes|forms|modes|levels|approaches|things|issues|problems|benefits|advantages|drawbacks|disadvantages|changes|phases|stages|components|pieces|rules|cases|scenarios|strategies|methods|models|flavou?rs|variants|groups)\b/iu

/**
 * Whether a cut stops at the colon after which the sentence names the things it counts ("There are two types of workloads
 * that can be autoscaled in Kubernetes cluster | : a deployment-like workload or job-like workload", review 119, KEDA 2.0's
 * release post): it keeps the count and drops what was counted, a promise the slide never keeps.
 */
function countsBeforeItems(tokens: Token[], cut: Token[]): boolean {
  const next = tokens.slice(lastWordAt(tokens, cut) + 1).find((token) => token.kind !== 'space')
  return next?.value === ':' && kindsCount.test(joinTokens(cut))
}

/**
 * Whether a cut leaves out a relative clause after a comma that denies what it kept ("We are
 * expecting the call to return :error | , which cannot possibly be true", "…, which is not what
 * users expect"): without it, the point says the opposite of the sentence.
 */
function dropsDenial(tokens: Token[], cut: Token[]): boolean {
  // (From the cut's last word: a cut may keep the comma before the clause it drops.)
  const rest = tokens.slice(lastWordAt(tokens, cut) + 1)
  const comma = rest.findIndex(
    (token, index) => token.value === ',' && /^which$/i.test(rest[index + 2]?.value ?? rest[index + 1]?.value ?? ''),
  )
  if (comma === -1) return false
  const clause = rest
    .slice(comma + 1)
    .filter((token) => token.kind === 'word')
    .slice(1, 8)
  // (A clause about a noun of the claim, "…on Apple Silicon hardware, which isn't commercially
  // available", leaves the claim standing: only one that judges the claim itself denies it.)
  return (
    clause.some((word) => /^(?:not|n['’]t|never|cannot|no)$/i.test(word.value)) &&
    clause.some((word) => /^(?:true|case|correct|right|accurate|possible|so|what)$/i.test(word.value))
  )
}

/**
 * "Nous ne pouvons donc pas sommer plusieurs signaux comme dans la réalité" (review 139, a French post on mixing sound), "We
 * therefore cannot add them": a word inside the clause that says it follows from what came before leans on it; the point
 * says the claim without it (the notes keep it). Not at the sentence's start, where the leading connectives go (see
 * leading.ts), nor one set off by commas, "A disclaimer is, therefore, in order", nor a word that also means "then" or "in
 * this way" ("thus", "então", "entonces"). A closed class for each language.
 */
function withoutInnerConsequence(sentence: string, lang: string): string {
  const inner = innerConsequence[lang.toLowerCase().slice(0, 2)]
  if (!inner) return sentence
  const without = sentence.replace(inner, '')
  return without.split(/\s+/u).length >= 4 ? without : sentence
}

const innerConsequence: Record<string, RegExp> = {
  en: /(?<=[\p{L}'’])\s+(?:therefore|consequently|accordingly|hence)(?=\s+[\p{Ll}])/u,
  fr: /(?<=[\p{L}'’])\s+donc(?=\s+[\p{Ll}])/u,
  it: /(?<=[\p{L}'’])\s+(?:quindi|dunque|pertanto)(?=\s+[\p{Ll}])/u,
  es: /(?<=[\p{L}])\s+(?:por\s+lo\s+tanto|por\s+tanto)(?=\s+[\p{Ll}])/u,
  pt: /(?<=[\p{L}])\s+portanto(?=\s+[\p{Ll}])/u,
  de: /(?<=[\p{L}])\s+(?:daher|deshalb|deswegen|folglich)(?=\s+[\p{Ll}])/u,
}

/**
 * "I made what I thought was a simple refactoring to my benchmarking script | , and my app's performance tanked" (review
 * 139, a post on a Zig benchmark), "We are facing a huge challenge in the coming years | : keeping our best engineers": a cut
 * that leaves out only a few words at the sentence's end, a clause of their own after ", and" or ", but", or what a colon
 * announced, drops the payoff the sentence led up to; the whole, where it fits a point that is read, says it.
 */
function dropsShortPayoff(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  const after = stopsBefore(tokens, last).filter((token) => !/^[.!?"'’”)\]]$/u.test(token.value))
  const tail = after.filter((token) => token.kind === 'word')
  if (tail.length === 0 || tail.length > maxPayoffWords) return false
  // (Not one that only points at what is shown: "…look like Gophers | , so here we have two Goroutines".)
  if (tail.some((word) => /^(?:here|below|above|following|shown|see)$/i.test(word.value))) return false
  // (Nor one that only says where a thing is or how it was, "…, and the code is on GitHub", "…, and the results were
  // interesting": the payoff does something.)
  if (tail.some((word) => /^(?:is|are|was|were|be|been|has|have|had|follow|follows|followed)$/i.test(word.value))) return false
  // (What a colon announced is a phrase, "keeping our best engineers", not a clause that points on, "the details follow".)
  if (after[0]?.value === ':' || after[0]?.value === '—') return !tail.some((word) => finiteWord(word))
  // (A clause on a thing of its own, "my app's performance tanked"; not one on the same one again or on everyone, "…, and it
  // often failed", "…, and nobody could publish", which a glance can do without.)
  if (
    tail[1]?.tag === 'PRP' ||
    /^(?:nobody|everyone|everybody|someone|somebody|nothing|everything|this|that|these|those)$/i.test(tail[1]?.value ?? '')
  )
    return false
  // (The tagger may read a verb in the past after its subject as a participle: "my app's performance tanked/VBN".)
  return (
    after[0]?.value === ',' &&
    /^(?:and|but|yet|so)$/i.test(tail[0].value) &&
    tail.slice(1).some((word) => finiteWord(word) || word.tag === 'VBN')
  )
}

/** Words at most of the payoff a cut may not leave out (see `dropsShortPayoff`). */
const maxPayoffWords = 6

/**
 * "Rate limiting certainly does help prevent certain worst-case scenarios but customer feedback | and our own internal QA
 * has revealed…" (review 139, Vector's post on adaptive concurrency): a cut inside the subject of the clause "but" or "and"
 * opens, two things joined, before the verb they share.
 */
function endsInsideJoinedSubject(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  const conjunction = words.findLastIndex((word) => word.tag === 'CC')
  if (conjunction <= 0 || conjunction === words.length - 1) return false
  const subject = words.slice(conjunction + 1)
  const nominal = (word: Token) => /^(?:DT|PRP\$|JJ[RS]?|NNP?S?|CD|POS)$/.test(word.tag)
  if (!subject.every(nominal) || !/^NN/.test(subject.at(-1)?.tag ?? '')) return false
  const after = stopsBefore(tokens, lastWordAt(tokens, cut))
  if (after[0]?.kind !== 'word' || !/^(?:and|or)$/i.test(after[0].value)) return false
  const rest = after.slice(1).filter((token) => token.kind === 'word')
  const verb = rest.findIndex((word) => finiteWord(word))
  return verb > 0 && verb <= 6 && rest.slice(0, verb).every(nominal)
}

/** Where a cut's last word stands among the sentence's tokens, or -1 (a cut made of tokens of its own). */
function lastWordAt(tokens: Token[], cut: Token[]): number {
  return tokens.indexOf(cut.findLast((token) => token.kind === 'word') as Token)
}

/** What a cut ending on the word at `last` of its sentence stops before: the tokens after that word, spaces left out. */
function stopsBefore(tokens: Token[], last: number): Token[] {
  return tokens.slice(last + 1).filter((token) => token.kind !== 'space')
}

/**
 * Whether a cut stops before the sentence turns: "The hooks into multiple backends work well | for
 * static images, but can be cumbersome…for interactive plots", "That historical 5xx response would
 * not be cached, | but now it was a 404", "…it is recommended to remove unwanted syscalls |
 * directly from the rules instead of excluding them" (review 92). What comes after ", but", ", yet",
 * "instead of" or "rather than" is what the writer holds; the words before it alone say the
 * opposite, or only the half the writer set aside. (Only a turn of the clause the cut ends in: no
 * verb of another clause before its ", but"; "instead of" with no mark before it, ", instead of…" only adds. "Not just X but
 * Y" pairs two things, and turns nothing.)
 */
function dropsTurn(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1) return false
  const rest = stopsBefore(tokens, last)
  let verb = false
  let marked = false
  // ("Users could be disabling redirects or checking the redirections | that occurred on the resulting HTTP response object,
  // but 99% of people don't" (review 129, an essay on secure API design): the verb of a relative clause right after the cut
  // is the cut's noun's, not another clause's; the ", but" after it still turns the clause the cut ends in.)
  // (Not where the "but" goes on with the relative clause's own verb: "…a repository called BenchmarkingRepo | which is
  // basically an empty repository, but plays an important role" turns what the repository is, not the claim.)
  // (Only after a possibility, "could", "might", "may": what the "but" says is what happens instead; "There is a first-party tool
  // called MCP Inspector | that allows…, but as a long-time macOS developer, I wanted something else" still has the tool.)
  const possible = cut.some((token) => token.kind === 'word' && /^(?:could|might)$/i.test(token.value))
  const opensRelative = possible && /^(?:that|which|who|whom|whose)$/i.test(rest[0]?.value ?? '')
  let relative = opensRelative
  for (const [index, token] of rest.entries()) {
    relative &&= token.kind === 'word'
    verb ||= !relative && token.kind === 'word' && finiteWord(token)
    const next = rest[index + 1]
    const sharesSubject = opensRelative && /^(?:VB|MD)/.test(rest[index + 2]?.tag ?? '')
    if (!verb && token.value === ',' && next?.kind === 'word' && next.tag === 'CC' && /^(?:but|yet)$/i.test(next.value))
      return !sharesSubject && !judgesBefore(rest.slice(index + 2))
    // ("…removed from the spam Organization on 2024-08-24 | , without being removed from the team": what
    // did not happen alongside is the finding.)
    // (Only "without being" or "without having": what did not happen. "…, without making the website
    // overwhelming" says how, and the claim before it stands.)
    if (!verb && token.value === ',' && /^without$/i.test(next?.value ?? '') && /^(?:being|having)$/i.test(rest[index + 2]?.value ?? ''))
      return true
    // (Right after the cut, "…using ChaCha8Rand | instead of a less secure generator", the cut keeps the choice whole.)
    if (!marked && index > 0 && /^(?:instead|rather)$/i.test(token.value) && /^(?:of|than)$/i.test(next?.value ?? '')) return true
    marked ||= token.kind !== 'word'
    if (/^[;:—–(]$/u.test(token.value)) return false
  }
  return false
}

/** Verbs that say a thing was changed without saying how: a closed class of English. */
const changingVerb =
  /^(?:updated|changed|modified|tweaked|adjusted|edited|configured|reconfigured|reworked|refactored|rewrote|fixed|patched|tuned|altered|amended)$/i

/**
 * Whether a cut keeps only that something was changed and stops before the participle after its comma that says how: "We
 * updated our `next.config.js` | , adding a long `max-age` to the caching header that Vercel sends" (review 119, Supabase's
 * post on its dashboard's speed).
 */
function dropsWhatChanged(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  const verb = words.findLastIndex((word) => changingVerb.test(word.value))
  if (verb === -1 || words.length - verb > 5 || words.slice(verb + 1).some((word) => /^(?:VB|MD|IN)/.test(word.tag))) return false
  const rest = shownAfter(tokens, cut)
  // (Not the examples a participle lists, "…, including watch time and daily active users".)
  return (
    rest[0]?.value === ',' &&
    rest[1]?.kind === 'word' &&
    rest[1].tag === 'VBG' &&
    !/^(?:including|excluding|following|according|regarding|concerning|considering|depending)$/i.test(rest[1].value)
  )
}

/**
 * Whether a cut keeps a "not just" and stops before the clause it sets up: "And we are not talking just about `Kubernetes
 * Deployments` | , with KEDA 2.0 you can scale `StatefulSets` or any other `CustomResource`…" (review 119, KEDA 2.0's
 * release post). The denial of the lesser thing is no claim; what the sentence goes on to say is.
 */
function dropsWhatNotOnlySetsUp(tokens: Token[], cut: Token[]): boolean {
  // (Not one that holds its "but" already: "…not only faster but also cheaper to run".)
  if (!/\bnot\s+(?:[\p{L}]+\s+){0,2}(?:just|only|merely|simply)\b(?![\s\S]*\bbut\b)/iu.test(joinTokens(cut))) return false
  return tokens.slice(lastWordAt(tokens, cut) + 1).filter((token) => token.kind === 'word').length >= 3
}

/**
 * Whether a cut stops before the aim the sentence gives its deed: "A lot of talented developers started working
 * on open source software | with an explicit aim towards capitalizing on it" (review 93). What they did it for
 * is what the writer says of it; the deed alone says nothing. (A closed class of nouns of aim.)
 */
function dropsPurpose(tokens: Token[], cut: Token[]): boolean {
  // (By words: a phrase cut may be made of tokens of its own, the sentence's words in order.)
  const kept = cut.filter((token) => token.kind === 'word')
  const all = tokens.filter((token) => token.kind === 'word')
  if (kept.length === 0 || kept.length >= all.length || kept.some((word, index) => word.value !== all[index].value)) return false
  const next = all
    .slice(kept.length, kept.length + 7)
    .filter((token) => token.kind === 'word')
    .map((token) => token.value.toLowerCase())
  if (!/^(?:with|for)$/.test(next[0] ?? '') || !/^(?:a|an|the|one|their|our|its|his|her|my)$/.test(next[1] ?? '')) return false
  const noun = next.slice(2, 5).findIndex((word) => /^(?:aim|goal|intention|intent|purpose|hope|idea|view)$/.test(word))
  return noun !== -1 && /^(?:of|to|towards?|that)$/.test(next[2 + noun + 1] ?? '')
}

/**
 * Whether a cut keeps only the comparison a sentence opens on: "Just like Svelte has SvelteKit, Vue
 * has Nuxt | , and Solid has SolidStart, React recommends using a framework…" (React's post on Create
 * React App): what the others do, set up for the claim it left out.
 */
function onlyComparison(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  const all = tokens.filter((token) => token.kind === 'word')
  const opening = /^(?:just|much|very)$/i.test(all[0]?.value ?? '') ? 1 : 0
  if (!/^(?:like|unlike)$/i.test(all[opening]?.value ?? '') || words[0] !== all[0]) return false
  return words.length < all.length
}

/**
 * Whether the clause after a "but" judges the one before it by a demonstrative, "…, but it turned out
 * that this still wasn't fast enough" (review 83): the fact before it is the slide's, and the
 * judgement is said around it.
 */
function judgesBefore(clause: Token[]): boolean {
  const end = clause.findIndex((token) => token.kind === 'punctuation')
  const words = (end === -1 ? clause : clause.slice(0, end)).filter((token) => token.kind === 'word')
  // ("…, but we found that it…": a "that" before a clause only opens it.)
  return words.some(
    (word, index) =>
      (/^this$/i.test(word.value) && !/^(?:NN|JJ|CD)/.test(words[index + 1]?.tag ?? '')) ||
      (/^that$/i.test(word.value) && /^(?:VB|MD)/.test(words[index + 1]?.tag ?? '')),
  )
}

/** Nouns that say only what kind of thing, which a clause after them picks out: a closed class. */
const genericNoun =
  /^(?:point|state|place|moment|time|way|extent|stage|level|degree|part|case|kind|sort|type|one|ones|thing|things|reason|situation|scenario|position|spot|area|version|step|phase|condition|conditions)$/i

/**
 * Whether a cut ends on the vague noun a form of "be" gives its subject, which only its relative
 * clause, left out, fills: "The ggplot integration in R is one feature | that users cite as a clear
 * advantage over Python" (review 92). "One feature", "a reason", "the only thing" are the claim's
 * slot; the clause is the claim. ("Docusaurus is a static site generator | that helps you…" names
 * what it is, and stands.)
 */
function endsBeforeDefiningRelative(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  const last = lastWordAt(tokens, cut)
  // ("Our security team identified a code commit from July 14 | where a site-admin access token was accidentally leaked…"
  // (review 142, Sourcegraph's incident report): a date the clause after it says what happened at; without it, only the date.)
  const dated = last !== -1 && (words.at(-1)?.tag === 'CD' || monthName.test(words.at(-1)?.value ?? ''))
  if (dated && /^(?:where|when)$/i.test(stopsBefore(tokens, last)[0]?.value ?? '')) return true
  if (last === -1 || !/^NNS?$/.test(words.at(-1)?.tag ?? '')) return false
  // "Servo is also on thanks.dev, and already 35 GitHub users | (+2 from April) that depend on Servo are sponsoring us there"
  // (Servo's update, review 106): the noun is the subject of a verb after its clause (past an aside in brackets), and its
  // part of the sentence has no verb before it.
  if (subjectOfVerbAfter(tokens, afterBrackets(tokens, last + 1), cut)) return true
  const next = stopsBefore(tokens, last)[0]
  if (next?.kind !== 'word' || !/^(?:that|who|which|whom|where|when)$/i.test(next.value)) return false
  // ("Flink restores our operator to the state | that has already been pre-committed…", "…stop execution at the point |
  // where your exception is thrown" (review 114): a noun that only says what kind of thing, after "the" alone, is picked out
  // by the clause after it; without it the point names none.)
  if (/^the$/i.test(words.at(-2)?.value ?? '') && genericNoun.test(words.at(-1)?.value ?? '')) return true
  // ("A safepoint is a program point in the mutator | where it is safe for the runtime to collect garbage" (review 115,
  // Wasmtime's post): a definition that says its subject is "a" point, case or kind of thing is what the clause after it
  // says of that thing. (Not "Docusaurus is a static site generator | that…", whose noun says what it is.)
  const copula = words.findIndex((word) => /^(?:is|are)$/i.test(word.value))
  if (copula > 0 && /^(?:a|an)$/i.test(words[copula + 1]?.value ?? '')) {
    const phrase = words.slice(copula + 2)
    const end = phrase.findIndex((word) => !/^(?:JJ|NN)/.test(word.tag))
    const head = (end === -1 ? phrase : phrase.slice(0, end)).at(-1)
    if (head && /^NN/.test(head.tag) && genericNoun.test(head.value) && !phrase.some((word) => finiteWord(word))) return true
  }
  if (/^(?:where|when)$/i.test(next.value)) return false
  // "…showed a decline in the percentage of respondents | that 'have not been using these tools'" (review 95, a
  // survey's write-up): a share of people or things is of those its clause picks out; without it, of all of them.
  if (
    /^(?:percentage|percent|share|proportion|fraction|number|count|rate)$/i.test(words.at(-3)?.value ?? '') &&
    /^of$/i.test(words.at(-2)?.value ?? '')
  )
    return true
  // The noun's own phrase, back to its determiner: "one feature", "the only way", "a thing".
  let start = words.length - 1
  while (start > 0 && /^(?:JJ|NN|CD|VBN)/.test(words[start - 1].tag) && !/^(?:a|an|one|the)$/i.test(words[start - 1].value)) start--
  const determiner = words[start - 1]?.value.toLowerCase() ?? ''
  if (!/^(?:is|are|was|were|be|been|'s|’s|remains|remained)$/i.test(words[start - 2]?.value ?? '')) return false
  const head = words.at(-1)?.value.toLowerCase() ?? ''
  const phrase = words.slice(start, -1).map((word) => word.value.toLowerCase())
  return (
    determiner === 'one' ||
    (determiner === 'the' && phrase.some((word) => /^(?:only|one|first|last|main|key|real)$/.test(word))) ||
    (/^(?:a|an)$/.test(determiner) && vagueNoun.test(head))
  )
}

/**
 * Whether the relative clause at `from` is followed, before any comma or conjunction, by a second verb that has no
 * subject of its own (the subject is the noun before the clause), and the cut's last part, after its last comma or
 * conjunction, has no verb of its own.
 */
function subjectOfVerbAfter(tokens: Token[], from: number, cut: Token[]): boolean {
  const relative = tokens.slice(from).find((token) => token.kind !== 'space')
  if (relative?.kind !== 'word' || !/^(?:that|who|which)$/i.test(relative.value)) return false
  const part = cut.findLastIndex((token) => token.value === ',' || (token.kind === 'word' && token.tag === 'CC'))
  if (cut.slice(part + 1).some((token) => token.kind === 'word' && /^(?:VB|MD)/.test(token.tag))) return false
  // (A verb group counts once: "did find", "should not require", "will display"; a verb after "to" is no verb of a clause.)
  let verbs = 0
  let before: Token | undefined
  for (const token of tokens.slice(from)) {
    if (token.kind === 'punctuation' && /^[,.;:!?)(—–]$/.test(token.value)) break
    if (token.kind !== 'word') continue
    if (token.tag === 'CC') break
    const verb = /^(?:VB[ZPD]?|MD)$/.test(token.tag)
    if (verb && !/^(?:VB|MD|TO)/.test(before?.tag ?? '')) verbs++
    if (!/^RB/.test(token.tag)) before = token
  }
  return verbs >= 2
}

/** The index of the first token at or after `from` past an aside in round brackets that opens there (past spaces). */
function afterBrackets(tokens: Token[], from: number): number {
  let at = from
  while (tokens[at]?.kind === 'space') at++
  if (tokens[at]?.value !== '(') return from
  const close = tokens.findIndex((token, index) => index > at && token.value === ')')
  return close === -1 ? from : close + 1
}

/** Nouns that name a slot, not a thing: "a thing that…", "a way that…". A closed class of English. */
const vagueNoun =
  /^(?:thing|things|way|ways|feature|reason|place|part|area|aspect|example|case|factor|problem|issue|lesson|point|kind|sort|type|one)$/

/**
 * Whether a cut keeps only the phrase a sentence opens on, up to its comma ("Prior to
 * parameterized tests | , Elixir resorted on code generation…"): a when or a where, not a claim.
 */
function onlyOpeningPhrase(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  const opens =
    (words[0]?.tag === 'IN' && !clauseSubordinator.test(words[0].value)) ||
    (/^(RB|JJ)$/.test(words[0]?.tag ?? '') && /^(TO|IN)$/.test(words[1]?.tag ?? '')) ||
    // (Or on a participle: "Given Helm's humble beginnings as a hackathon project at Deis, a small startup | , we are
    // ecstatic…" (review 119, Helm's graduation post), "Looking back at it | , …".)
    /^(VBN|VBG)$/.test(words[0]?.tag ?? '')
  if (!opens || words.some((word) => finiteWord(word))) return false
  const next = tokens.slice(lastWordAt(tokens, cut) + 1).find((token) => token.kind !== 'space')
  return next?.value === ','
}

/** A finding's frame ("It turned out that ") that opens a clause. */
const findingOpening = new RegExp(`^${impersonalFinding.source}`, 'iu')

/** A clause whose subject is a demonstrative, maybe after a finding's frame ("it turned out that this still wasn't…", "but that was…"). */
function pointsBackInside(cut: Token[]): boolean {
  const text = joinTokens(cut)
    .trim()
    .replace(/^(?:and|but|so|yet)\s+/i, '')
  const clause = text.replace(findingOpening, '')
  return /^(?:this|that|these|those)\s+(?:\w+ly\s+|still\s+|also\s+|just\s+)?(?:is|was|were|are|isn['’]t|wasn['’]t|weren['’]t|aren['’]t|has|had|did|didn['’]t|does|doesn['’]t|could|couldn['’]t|would|wouldn['’]t)\b/i.test(
    clause,
  )
}

/** The sentence's opening clause, up to the comma before its next clause, where it is a whole clause a slide can show. */
function openingClause(tokens: Token[], longest: number): Cut | undefined {
  const clauses = clausesOf(tokens)
  if (clauses.length < 2) return undefined
  const head = tokens.slice(0, clauses[1].start)
  while (head.length > 0 && (head[head.length - 1].kind !== 'word' || /^(?:and|but|so|yet)$/i.test(head[head.length - 1].value))) head.pop()
  const words = head.filter((token) => token.kind === 'word')
  if (words.length < 4 || words.length > longest || !words.some((word) => finiteWord(word))) return undefined
  if (lacksMainClause(head) || dangles(words)) return undefined
  return { tokens: head, quality: 0.7 }
}

/**
 * "Our increasing abilities to gather, process, visualize | , and learn from large datasets is
 * helping to push the boundaries…": a cut that keeps the sentence's subject, a noun phrase with
 * infinitives or a series in it, and stops before its verb says nothing of it.
 */
function onlySubject(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  if (!/^(DT|PDT|PRP\$)$/.test(words[0]?.tag ?? '') || words.some((word) => finiteWord(word))) return false
  // (Stopped inside a series of the subject's: after a comma of its own, before the next.)
  const last = lastWordAt(tokens, cut)
  const next = stopsBefore(tokens, last)[0]
  // ("The core features of the WebAssembly runtime | —multi-language, lightweight, secure—are making it a popular choice…"
  // (review 139, the Web Almanac): or before a dash that opens an aside inside the subject.)
  // (The aside is gone by the time the cut is made: the cut stops right before the subject's verb.)
  if (next?.kind === 'word' && finiteWord(next)) return true
  const dashed = /^[—–]$/u.test(next?.value ?? '')
  if (!dashed && (next?.value !== ',' || !tokens.slice(0, last).some((token) => token.value === ','))) return false
  return tokens.slice(last + 1).some((token) => token.kind === 'word' && finiteWord(token))
}

/**
 * "The time spent on analysis | and searching for a more optimal crawling solution doesn't always pay off" (review 125, a
 * Crawlee post): a cut that keeps only the first half of a subject two things make, "and" the second, before the verb they
 * share. (The tagger may read a participle after the noun as a verb in the past, "time spent/VBD on…".)
 */
function subjectBeforeItsAnd(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  if (!/^(?:DT|PDT|PRP\$)$/.test(words[0]?.tag ?? '')) return false
  const reduced = (word: Token, index: number) =>
    /^VB[DN]$/.test(word.tag) && /^NNS?$/.test(words[index - 1]?.tag ?? '') && words[index + 1]?.tag === 'IN'
  if (words.some((word, index) => /^(?:VB|MD)/.test(word.tag) && !reduced(word, index))) return false
  const last = lastWordAt(tokens, cut)
  const after = stopsBefore(tokens, last)
  if (!/^(?:and|or)$/i.test(after[0]?.value ?? '')) return false
  const comma = after.findIndex((token) => token.value === ',')
  const rest = (comma === -1 ? after : after.slice(0, comma)).slice(1, 16)
  return rest.some((token) => token.kind === 'word' && finiteWord(token) && !/^VBD$/.test(token.tag))
}

/**
 * "Having the humility to accept that everything can't always be fully planned ahead of time | and that
 * someone else may have something to contribute is important…" (review 94): a sentence whose subject is
 * a gerund's phrase, cut before the verb it is the subject of. The cut's only tensed verbs are inside
 * the clauses it governs ("that everything can't…"), none of its own.
 */
function onlyGerundSubject(tokens: Token[], cut: Token[]): boolean {
  const words = cut.filter((token) => token.kind === 'word')
  const first = tokens.find((token) => token.kind === 'word')
  if (words[0] !== first || words[0]?.tag !== 'VBG') return false
  // (A word in quotation marks opens nothing: 'changing the WASI "whence" constants would be useful'.)
  const quoted = (word: Token) => /^["“'‘]$/u.test(cut[cut.indexOf(word) - 1]?.value ?? '')
  const opens = words.findIndex(
    (word, index) => index > 0 && !quoted(word) && (/^(?:WDT|WP|WRB)$/.test(word.tag) || clauseSubordinator.test(word.value)),
  )
  // (Nor the verb of a relative clause without its "that": "Making promises/VBZ about security without explaining the
  // tradeoffs you made | in order to appeal to the average user is unethical", review 111, an essay; nor the gerund's
  // object the tagger read as a verb in -s.)
  const own = (word: Token, index: number, kept: Token[]) =>
    finiteWord(word) &&
    !(kept[index - 1]?.tag === 'PRP' && /^NNS?$/.test(kept[index - 2]?.tag ?? '')) &&
    !(index === 1 && word.tag === 'VBZ')
  if (words.slice(0, opens === -1 ? undefined : opens).some(own)) return false
  // (The verb comes after the cut, before a comma: "Considering how the data will be queried is the first
  // step…, | though most teams…" kept its verb.)
  // ("Looking back at the notes of a meeting that you participated in, six months | after the fact, is a terrible experience…"
  // (review 118, a talk on writing): or right after the commas of an aside, where no clause of its own, "…, we found…", came
  // first.)
  const rest = tokens.slice(lastWordAt(tokens, cut) + 1)
  let segment = 0
  let opening = true
  for (const token of rest) {
    if (token.value === ',') {
      segment++
      opening = true
      continue
    }
    if (token.kind !== 'word') continue
    if (finiteWord(token)) return segment === 0 || opening
    opening = false
  }
  return false
}

/**
 * "I met Chase | , CEO of a really cool company…", "I got to meet Erik | , who's…" (review 94): a cut that
 * ends on a name before who they are (a relative "who", or their title) keeps a name the audience does
 * not know. (Titles: a closed class. A "which" after a name adds to what the clause says: "We moved the
 * cluster to Kubernetes | , which made rollouts faster".)
 */
function dropsWhoTheyAre(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1) return false
  const after = stopsBefore(tokens, last)
  if (after[0]?.value !== ',') return false
  const next = after.slice(1, 3).map((token) => token.value.toLowerCase())
  return (
    tokens[last].tag === 'NNP' &&
    (/^(?:who|whose)$/.test(next[0] ?? '') ||
      /^(?:ceo|cto|founder|co-founder|cofounder|creator|author|maintainer|director|head|lead|president|chair)$/.test(
        (/^(?:the|a|an|our|their)$/.test(next[0] ?? '') ? next[1] : next[0]) ?? '',
      ))
  )
}

// Words the tagger gives IN that open a clause, not a phrase ("If…", "Because…"): their cuts are judged elsewhere.
const clauseSubordinator = /^(?:if|because|since|although|though|while|whilst|whereas|unless|once|as|when|whether|that|so)$/i

/**
 * "Erlang has a proven track record of large scale | , distributed, high availability web
 * services": after a cut inside a noun phrase come more of the words before its noun, an adjective
 * or participle after the comma, and the noun at the end, no verb between: the cut keeps the first
 * of its modifiers and drops the noun. (Not an apposition, "…Postgres | , a relational database",
 * which opens on a determiner.)
 */
function splitsModifiers(tokens: Token[], last: number): boolean {
  if (!/^(JJ|NN)/.test(tokens[last].tag)) return false
  const rest = stopsBefore(tokens, last)
  if (rest[0]?.value !== ',') return false
  const words = rest.filter((token) => token.kind === 'word')
  if (!/^(JJ|VBN)$/.test(words[0]?.tag ?? '')) return false
  // (To the sentence's end, or its stop: words before a noun and the noun, commas between.)
  const stop = rest.findIndex((token) => /^[.;:!?]$/.test(token.value))
  const phrase = rest.slice(1, stop === -1 ? undefined : stop)
  return (
    phrase.every((token) => token.value === ',' || (token.kind === 'word' && /^(JJ|VBN|NN|CD)/.test(token.tag))) &&
    /^NN/.test(phrase.findLast((token) => token.kind === 'word')?.tag ?? '')
  )
}

/**
 * "We can start by loading the metapackage, splitting our data | into training and testing sets,
 * and creating resamples": a cut inside an item of a series of gerunds (or other verbs of one form)
 * whose last item, after "and" or "or", is still to come.
 */
function splitsGerunds(tokens: Token[], last: number): boolean {
  const kept = tokens.slice(0, last + 1).filter((token) => token.kind !== 'space')
  const item = kept.findLastIndex((token, index) => token.value === ',' && kept[index + 1]?.kind === 'word')
  const form = item === -1 ? undefined : kept[item + 1].tag
  if (form !== 'VBG') return false
  const rest = tokens.slice(last + 1).filter((token) => token.kind === 'word')
  return rest.some((word, index) => /^(and|or)$/i.test(word.value) && rest[index + 1]?.tag === form)
}

/**
 * Whether the kept words (`kept`, no spaces) end inside an item of a series of predicates or infinitives that
 * a comma opened with its verb, while the rest of the sentence (`rest`) goes on to the series' "and" or "or"
 * before a verb of the same form. The item before the comma must be one too: a finite verb for finite
 * items, a "to" or a modal (`governed`) for infinitives.
 */
function splitsVerbSeries(kept: Token[], rest: Token[], governed: boolean): boolean {
  const words = rest.filter((token) => token.kind === 'word')
  // (A past tense after a comma reads to the tagger as a participle as often: "…, built a strong team".)
  const past = (token: Token | undefined) => token?.tag.replace('VBN', 'VBD') ?? ''
  const comma = kept.findLastIndex((token) => token.value === ',')
  // The cut stops in the first item ("We started with a pretty good idea | , built…"), its verb the clause's
  // finite one, or in a later item a comma opened with its verb.
  const first =
    rest.find((token) => token.kind !== 'space')?.value === ','
      ? kept.findLast((token) => token.kind === 'word' && finiteWord(token))
      : undefined
  const form = first && past(words[0]) === first.tag ? first.tag : past(kept[comma + 1])
  if ((comma === -1 && !first) || !/^VB[PDZ]?$/.test(form)) return false
  const sameForm = (token: Token | undefined) => past(token) === form
  const before = kept.slice(0, comma).filter((token) => token.kind === 'word')
  const opens = form === 'VB' ? governed : first?.tag === form || before.some((token) => token.tag === form && finiteWord(token))
  if (!opens) return false
  return words.some(
    (word, index) =>
      /^(?:and|or)$/i.test(word.value) && (sameForm(words[index + 1]) || (words[index + 1]?.tag === 'RB' && sameForm(words[index + 2]))),
  )
}

/** A name as an item of a series: one word in capitals, quotes or backticks ("B", "'kvm-intel.ko'", "`map`"). */
const namedItem = '[\\p{Lu}\'"‘“`][^\\s,]*'
const closingQuote = '[\'"’”`]?'
const namedItemEnd = new RegExp(String.raw`(?:^|[\s,])${namedItem}$`, 'u')
const namedItemsAfter = new RegExp(
  String.raw`^${closingQuote}(?:\s*,\s*(?:${namedItem}\s*,\s*)*${namedItem}\s*,?)?\s+(?:and|or)\s+${namedItem}`,
  'u',
)

/**
 * "Around 40 people showed up to the first meetup; by the third | , the room held over a hundred": a cut whose last words, after
 * its semicolon, are a phrase without a verb that opens the clause after the next comma ends on that clause's opening.
 */
function endsOnNextOpening(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1 || stopsBefore(tokens, last)[0]?.value !== ',') return false
  const semicolon = tokens.slice(0, last).findLastIndex((token) => token.value === ';' || token.value === ',')
  if (semicolon === -1 || tokens[semicolon].value !== ';') return false
  const phrase = tokens.slice(semicolon + 1, last + 1).filter((token) => token.kind === 'word')
  const clause = tokens.slice(last + 1).filter((token) => token.kind === 'word')
  // (A verb of its own by its tag too: "the room held/VBN over a hundred".)
  return (
    phrase.length <= maxObjectAsideWords &&
    !phrase.some((word) => /^VB/.test(word.tag)) &&
    clause.slice(0, 6).some((word) => finiteWord(word) || /^VB[DN]$/.test(word.tag))
  )
}

/** Words at most of a phrase set between a verb and its object (see `endsInAsideBeforeObject`). */
const maxObjectAsideWords = 5

/**
 * "But I can undercut, in some small way, | the pressure so many other people feel to be on Twitter…" (review 137, an essay on
 * leaving social media): a cut that ends on a phrase of a preposition and a few words set off by a comma right after a verb,
 * where the verb's object follows the next comma, ends the point on a verb without its object. (The phrase is never taken out:
 * "We reduced, by 40%, the build time", "The linter catches, at most, half of the bugs" say their amount or hedge there.)
 */
function endsInAsideBeforeObject(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1 || stopsBefore(tokens, last)[0]?.value !== ',') return false
  const object = stopsBefore(tokens, last)[1]
  if (object?.kind !== 'word' || !/^(?:DT|PDT|PRP\$|JJ[RS]?|NNS?|CD)$/.test(object.tag)) return false
  const open = tokens.slice(0, last).findLastIndex((token) => token.value === ',')
  if (open === -1) return false
  const verb = tokens.slice(0, open).findLast((token) => token.kind !== 'space')
  if (verb?.kind !== 'word' || !/^VB[DPZ]?$/.test(verb.tag) || /^(?:is|are|was|were|be|been|am)$/i.test(verb.value)) return false
  const phrase = tokens.slice(open + 1, last + 1).filter((token) => token.kind === 'word')
  return phrase.length >= 1 && phrase.length <= maxObjectAsideWords && phrase[0].tag === 'IN' && !phrase.some(finiteWord)
}

/** Words at most of each phrase of a series of prepositional phrases (see `prepositionalSeries`). */
const maxSeriesPhraseWords = 6

/**
 * Whether the words up to `last` end a phrase a preposition opens, and the comma after it opens another, which a later "or" or
 * "and" and a preposition close: "in the web app, | in the Python package, or by downloading files".
 */
function prepositionalSeries(tokens: Token[], last: number): boolean {
  const before = tokens.slice(0, last + 1).filter((token) => token.kind === 'word')
  const opens = before.findLastIndex((word) => word.tag === 'IN')
  if (opens === -1 || before.length - opens > maxSeriesPhraseWords || before.slice(opens + 1).some(finiteWord)) return false
  const words = tokens.slice(last + 1, last + 60).filter((token) => token.kind !== 'space')
  if (words[0]?.value !== ',' || words[1]?.kind !== 'word' || words[1].tag !== 'IN') return false
  const closing = words.findIndex((token, index) => index > 2 && /^(?:or|and)$/i.test(token.value) && words[index + 1]?.tag === 'IN')
  return (
    closing !== -1 &&
    closing <= maxSeriesPhraseWords * 2 + 4 &&
    !words.slice(1, closing).some((token) => token.kind === 'word' && finiteWord(token))
  )
}

/** Whether a cut stops inside a series of two ("A, B | , and C"). */
function splitsSeries(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1) return false
  if (splitsModifiers(tokens, last) || splitsGerunds(tokens, last)) return true
  // ("…by consuming the 3 nodes B | , H and G" (review 133, VS Code's post on bracket pairs), "…each of the vendor-specific KVM
  // modules, 'kvm-intel.ko' | and 'kvm-amd.ko'" (QEMU's KVM Forum write-up): a cut after the first of a series of names, each a
  // word in capitals, quotes or code, drops the rest.)
  if (namedItemEnd.test(joinTokens(tokens.slice(0, last + 1))) && namedItemsAfter.test(joinTokens(tokens.slice(last + 1, last + 40))))
    return true
  const after = tokens
    .slice(last + 1, last + 20)
    .filter((token) => token.kind !== 'space')
    .map((token) => token.value.toLowerCase())
  const next = after[0] === ',' ? after.slice(1) : after
  // "Monitoring data has to be somehow aggregated | , presented to users and sometimes even stored…": the
  // first of a series of participles, the rest of what is done to it left out.
  const participles =
    after[0] === ',' &&
    tokens[last].tag === 'VBN' &&
    tagged(tokens, last, 'VBN') &&
    next.slice(1, 8).some((word) => /^(?:and|or)$/.test(word))
  if (participles) return true
  // ("You can use the ECPS in the PolicyEngine web app | , in the policyengine-us Python package, or by downloading files" (review
  // 137, a policy model's write-up): the first of a series of phrases each opened by a preposition, set between commas and
  // closed by "or" or "and", says it is the only way.)
  if (after[0] === ',' && prepositionalSeries(tokens, last)) return true
  // ("An overflow is only possible in applications that do not set CURLOPT_BUFFERSIZE | or set it smaller than 65541" (review
  // 125, curl's security advisory): the first of two predicates "or" joins, the verb after it of the same form, is half of
  // the alternative; alone it changes what holds.)
  if (/^(?:or|nor)$/.test(after[0] ?? '')) {
    const lastVerb = tokens.slice(0, last + 1).findLast((token) => token.kind === 'word' && /^VB[PDZN]?$/.test(token.tag))
    const alternative = tokens.slice(last + 1).filter((token) => token.kind === 'word')[1]
    // (Not a hedge the tagger reads as a verb: "…in half | or close to it".)
    if (
      lastVerb !== undefined &&
      alternative?.tag === lastVerb.tag &&
      !/^(?:close|near|nearly|so|more|less|better|worse|even)$/i.test(alternative.value)
    )
      return true
  }
  // ("…we can select what network we are connecting to | , what device we are using and…" (review 124): a series of clauses
  // each opened by the same question word.)
  if (/^(?:what|which|where|when|how|who|why|whether)$/.test(next[0] ?? '') && after[0] === ',') {
    // (Past the sentence's first word: "What surprised me most was…, what surprised my manager was…" are two clauses.)
    const firstWord = tokens.findIndex((token) => token.kind === 'word')
    if (tokens.slice(firstWord + 1, last).some((token) => token.kind === 'word' && token.value.toLowerCase() === next[0])) return true
  }
  // "…kicked off the event with a recap of Strimzi's past, a look | at its present, and a glimpse into its
  // future" (StrimziCon's recap, review 93): a cut inside an item that a comma and a determiner opened, its
  // series going on after it to its "and", stops in the middle of the list.
  const kept = tokens.slice(0, last + 1).filter((token) => token.kind !== 'space')
  const comma = kept.findLastIndex((token) => token.value === ',')
  // ("…with 1.5 suitcases, ~2k | in the bank, a place to crash, and a freelancing client lined up" (review 146, an essay on ten
  // years in America): an item opened by an amount, "~" or a currency's sign before it, is one too.)
  const amount = kept[comma + 1]?.kind === 'punctuation' && /^[~≈$€£¥]$/u.test(kept[comma + 1].value) ? kept[comma + 2] : kept[comma + 1]
  const opened =
    comma !== -1 &&
    (/^(?:DT|PRP\$)$/.test(kept[comma + 1]?.tag ?? '') || amount?.tag === 'CD' || /^\d/.test(amount?.value ?? '')) &&
    !kept.slice(comma + 1).some((token) => token.kind === 'word' && finiteWord(token))
  if (opened && after.slice(0, 12).some((word, index) => /^(?:and|or)$/.test(word) && after[index - 1] === ',')) return true
  // ("Other standards include the Handle System standard, the Archival Resource Key (ARK) standard | and the
  // Persistent Uniform Resource Locator (PURL) standard" (review 95): so does one whose series goes on
  // right after it, without a comma, with its "and" and the last item's determiner.)
  if (opened && /^(?:and|or)$/.test(after[0] ?? '') && /^(?:the|a|an|its|their|our|his|her|my|your)$/.test(after[1] ?? '')) return true
  // "Some users will just try your software, decide it doesn't work | , and go away without ever saying
  // anything to you" (review 94): a cut inside a series of one subject's predicates, each opened by its
  // verb, drops the last one, which the series leads up to.
  const afterWords = tokens.slice(last + 1).filter((token) => token.kind === 'word')
  // ("rspack-merge is written in TypeScript, ships/NNS modern ESM output | , and keeps zero runtime dependencies" (review 124,
  // Rspack's release post): a verb in -s the tagger read as a plural is one, where the last item's verb after "and" is in -s too.)
  const itemVerb = kept[comma + 1]
  const pluralRead = itemVerb?.tag === 'NNS' && /s$/i.test(itemVerb.value) && afterWords[1]?.tag === 'VBZ'
  const predicates =
    comma !== -1 &&
    (/^VB[PDZ]?$/.test(itemVerb?.tag ?? '') || pluralRead) &&
    after[0] === ',' &&
    /^(?:and|or)$/.test(after[1] ?? '') &&
    /^VB[PDZ]?$/.test(afterWords[1]?.tag ?? '') &&
    kept.slice(0, comma).some((token) => token.kind === 'word' && finiteWord(token))
  if (predicates) return true
  // "Our CA software has to generate challenges | , reach out and attempt to validate them…, and record all of the
  // associated information…" (review 97, Let's Encrypt's write-up): so does one after the first of a series of
  // infinitives a "to" or a modal governs, the series going on to its ", and".
  const keptWords = kept.filter((token) => token.kind === 'word')
  const governed = keptWords.some((word, index) => word.tag === 'VB' && /^(?:TO|MD)$/.test(keptWords[index - 1]?.tag ?? ''))
  const infinitives =
    governed &&
    after[0] === ',' &&
    afterWords[0]?.tag === 'VB' &&
    tokens
      .slice(last + 1)
      .filter((token) => token.kind !== 'space')
      .some((token, index, rest) => token.value === ',' && /^and$/i.test(rest[index + 1]?.value ?? ''))
  if (infinitives) return true
  // "We started with a pretty good idea, built a strong team | , stayed focused on what's important, and kept ease
  // of use in mind…" (review 97, the Levchin Prize speech), "…ready to download an example data set, load it | into
  // a DataFrame, perform…, and then save it…" (review 97, a pandas tutorial): so does one anywhere inside a later
  // item of such a series, however many items it has, the series going on to its "and" or "or" and a verb of the
  // same form as the item the cut stops in.
  if (splitsVerbSeries(kept, tokens.slice(last + 1), governed)) return true
  // "There is a choice between building a 2D graphics engine | or using one that already exists" (review 98, a post on
  // Rust's 2D graphics): a "between" names its two sides, the second after its "and" or "or".
  // (Not one whose one side is both: "…decide between two options | where one requires effort", "between them", "between teams".)
  const between = keptWords.findLastIndex((word) => /^between$/i.test(word.value))
  const sides = keptWords.slice(between + 1)
  const head = sides.find((word) => !/^(?:DT|JJ|PRP\$)$/.test(word.tag))
  const both = /^(?:them|us|you|two|both|these|those|each)$/i.test(sides[0]?.value ?? '') || /^NNP?S$/.test(head?.tag ?? '')
  if (
    between !== -1 &&
    !both &&
    !sides.some((word) => /^(?:and|or)$/i.test(word.value)) &&
    afterWords.slice(0, 12).some((word) => /^(?:and|or)$/i.test(word.value))
  )
    return true
  // "This year had a lot of introspection | and planning, a few new roles, …, and a new system of work" (review 98, 2i2c's
  // retrospective): a cut after the first item of a series of noun phrases, which goes on past the "and" after it with
  // a comma and another item, to its last "and", keeps the first of many.
  if (/^(?:and|or)$/.test(after[0] ?? '')) {
    const rest = stopsBefore(tokens, last)
    const comma = rest.findIndex((token, index) => index < 8 && token.value === ',')
    const item = rest[comma + 1]
    // (Items, not a second predicate: "…to create our strategy | and refine new APIs such as A, B, and C".)
    const more =
      comma > 1 &&
      !/^(?:VB[DPZ]?|MD)$/.test(rest[1]?.tag ?? '') &&
      !rest.slice(0, comma).some((token) => token.kind === 'word' && finiteWord(token)) &&
      /^(?:DT|JJ|CD|NNS?|PRP\$)$/.test(item?.tag ?? '') &&
      rest.slice(comma + 2).some((token, index, all) => token.value === ',' && /^(?:and|or)$/i.test(all[index + 1]?.value ?? ''))
    if (more) return true
  }
  // (The series goes on after the cut with its "and" or "or": "| , and closures", "| , care and loyalty".)
  const conjunction = next.findIndex((word) => word === 'and' || word === 'or')
  const goesOn = conjunction === 0 || (after[0] === ',' && conjunction > 0 && conjunction <= 3 && !next.slice(0, conjunction).includes(','))
  if (!goesOn) return false
  // (The kept words end on the second item of a series: "maps, tuples", "…dedicating substantial
  // time, effort", read as all of it. Three or more, "…programming languages, databases, version
  // control software", read as a list the slide shows the start of.)
  const before = tokens.slice(Math.max(0, last - 6), last + 1)
  return before.some((token) => token.value === ',') && seriesItems(tokens, last) < 3 && !before.some((token) => finiteWord(token))
}

/**
 * The items of the series that ends at `tokens[last]`: the parts between commas back from it with
 * no verb, and the one before them that holds the series' first item after its verb ("…increased
 * their use of languages | , databases | , version control software").
 */
function seriesItems(tokens: Token[], last: number): number {
  let items = 1
  let verbless = true
  for (let index = last; index >= 0; index--) {
    const token = tokens[index]
    if (token.value === ',') {
      if (!verbless) break
      items++
      verbless = true
    } else if (token.kind === 'word' && /^(?:VB|MD)/.test(token.tag)) {
      if (items === 1 && index === last) continue
      verbless = false
    }
  }
  return items
}

/** Whether the first word after the comma that follows `tokens[at]` has the tag `tag`. */
function tagged(tokens: Token[], at: number, tag: string): boolean {
  return tokens.slice(at + 1).find((token) => token.kind === 'word')?.tag === tag
}

/** Where a colon follows a count of plural things ("into two segments:"), or -1. */
function countedColon(tokens: Token[]): number {
  const colon = tokens.findIndex((token) => token.value === ':')
  if (colon <= 0) return -1
  const before = tokens
    .slice(0, colon)
    .filter((token) => token.kind === 'word')
    .slice(-3)
  const count = before.findIndex(
    (word) => word.tag === 'CD' || numberWord.test(word.value.toLowerCase()) || /^(both|several)$/i.test(word.value),
  )
  return count >= 0 && before.at(-1)?.tag === 'NNS' ? colon : -1
}

// Words that introduce examples or a restatement: a closed class. (The tagger reads "e.g" as a number.)
const introducesExamples = /^(e\.g|i\.e|viz|cf|including|namely)\.?$/i

/**
 * "Absolute URLs can make sense e.g. | when using…": a cut after the word that introduces
 * examples or a restatement ends before that word, which goes with what it introduced.
 */
function beforeExamples<Cut extends { tokens: Token[] }>(cut: Cut | undefined): Cut | undefined {
  // (The tokens read "e.g." as the word "e.g" and a full stop.)
  const last = cut ? cut.tokens.findLastIndex((token) => token.kind === 'word') : -1
  if (!cut || last === -1 || !introducesExamples.test(cut.tokens[last].value)) return cut
  if (cut.tokens.slice(last + 1).some((token) => token.kind !== 'space' && token.value !== '.')) return cut
  let end = last
  while (end > 0 && (cut.tokens[end - 1].kind === 'space' || cut.tokens[end - 1].value === ',')) end--
  return { ...cut, tokens: cut.tokens.slice(0, end) }
}

/** Whether tokens open on a subordinate clause ("when…", "if…") and nothing after its comma has a finite verb. */
function subordinateOnly(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  const start = /^(?:so|and|but)$/i.test(words[0]?.value ?? '') ? 1 : 0
  if (!/^(?:when|whenever|if|because|while|whilst|although|though|since|unless|once)$/i.test(words[start]?.value ?? '')) return false
  const comma = tokens.findIndex((token) => token.value === ',')
  if (comma === -1) return false
  // (After its subject pronoun the tagger may read a present verb as the base form: "you lose/VB".)
  // (Up to a clause inside it: "…, making sure that you're collecting…" has its verb in the "that" clause only.)
  const rest = tokens.slice(comma + 1).filter((token) => token.kind === 'word')
  const inner = rest.findIndex((word) => /^(?:that|which|who|where|when|because|if|whether)$/i.test(word.value))
  const after = inner === -1 ? rest : rest.slice(0, inner)
  // (Only a participle's phrase: "…, return zero" and "…, the test breaks too" are main clauses the tagger may misread.)
  if (after[0]?.tag !== 'VBG') return false
  return !after.some(
    (word, index) =>
      finiteWord(word) ||
      verbClitic.test(word.value) ||
      /^['’]s$/.test(word.value) ||
      (word.tag === 'VB' && after[index - 1]?.tag === 'PRP'),
  )
}

/**
 * ("Random guessing for a binary classification problem will give you 0.5, | so here we see that these detectors are not much
 * better than random guessing" (review 137, an R post on GPT detectors): after "so", "here we see that" or "we can see that"
 * opens what the writer concludes, not what is shown.)
 */
function seesThat(rest: Token[]): boolean {
  const said = rest
    .slice(1, 7)
    .map((word) => word.value.toLowerCase())
    .join(' ')
  const framed = /^(?:here\s+)?we\s+(?:can\s+)?(?:see|find|learn)\s+that\b/.exec(said)
  if (!framed) return false
  // (A clause after the "that", its subject and its verb: not "…, so we can see that happening in real time", where "that" is
  // what is seen.)
  const that = rest.findIndex((word, index) => index > 1 && /^that$/i.test(word.value))
  const clause = rest.slice(that + 1, that + 9)
  return clause[0] !== undefined && !/^(?:VBG|VBN|IN|TO)$/.test(clause[0].tag) && clause.slice(1).some(finiteWord)
}

/**
 * Whether a cut stops a few words into a clause the writer spliced on with a comma, its subject a pronoun: "Bzlmod was
 * introduced in Bazel 5 in 2021 as an experimental feature, it became GA | in Bazel 6 and turned on in Bazel 7" (review 141,
 * Bazel 8's release post) keeps of the second clause only what has no news without the rest.
 */
function endsEarlyInSplicedClause(tokens: Token[], cut: Token[]): boolean {
  if (tokens.slice(lastWordAt(tokens, cut) + 1).filter((token) => token.kind === 'word').length === 0) return false
  const comma = cut.findLastIndex((token) => token.value === ',')
  if (comma <= 0) return false
  const clause = cut.slice(comma + 1).filter((token) => token.kind === 'word')
  return (
    clause.length >= 2 &&
    clause.length <= 4 &&
    /^(?:it|they|he|she|we)$/i.test(clause[0].value) &&
    finiteWord(clause[1]) &&
    cut.slice(0, comma).some((token) => token.kind === 'word' && finiteWord(token))
  )
}

/**
 * Whether a cut keeps an imperative and drops the ", and you…" that says what follows from it: "Spend five years at a
 * hypergrowth startup like Stripe | , and you see a lot changes during that time" (review 140, brandur's essay) is a condition
 * and its consequence; the command alone tells the audience to do it.
 */
function dropsImperativeConsequence(tokens: Token[], cut: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  if (words[0]?.tag !== 'VB' || /^(?:be|let|please)$/i.test(words[0].value)) return false
  const lastKept = cut.findLast((token) => token.kind === 'word')
  // (A command has no subject and no tense before its comma: not "Create React App will continue working…, and we've…".)
  if (cut.slice(1).some((token) => token.kind === 'word' && /^(?:MD|VBD|VBZ|VBP)$/.test(token.tag))) return false
  const rest = tokens.slice(tokens.indexOf(lastKept as Token) + 1)
  const next = rest.filter((token) => token.kind === 'word')
  return (
    rest.find((token) => token.kind !== 'space')?.value === ',' &&
    /^and$/i.test(next[0]?.value ?? '') &&
    /^(?:you|you'll|we|it|they|things|everything)$/i.test(next[1]?.value ?? '') &&
    next.slice(2, 5).some((word) => finiteWord(word) || /^(?:VB|MD)/.test(word.tag))
  )
}

/** What the cut leaves off opens with "and", "but" or "or" and has a finite verb of its own. */
function dropsCoordinate(tokens: Token[], cut: Token[]): boolean {
  const lastKept = cut.findLast((token) => token.kind === 'word')
  const rest = tokens.slice(tokens.indexOf(lastKept as Token) + 1).filter((token) => token.kind === 'word')
  // ("…put the model on the derivative, | and now solve the ODE": a base verb right after the
  // conjunction and its adverbs is the next predicate of the same subject.)
  let verb = 1
  while (/^RB/.test(rest[verb]?.tag ?? '')) verb++
  // ("Dividing 87 by 3 gives a whole number, 29 | , so 87 cannot be prime": what follows from the
  // clause before, on a subject of its own, is the half a reader needs.)
  // (Not one that only points at what is shown: "…look like Gophers, | so here we have two Goroutines".)
  const after = tokens.slice(tokens.indexOf(rest[0] as Token) + 1)
  const follows =
    /^so$/i.test(rest[0]?.value ?? '') &&
    (seesThat(rest) ||
      (rest.slice(1, 5).some((word) => finiteWord(word) || verbClitic.test(word.value)) &&
        !rest.slice(1, 4).some((word) => /^(?:here|there|now|then|this|that|these|those)$/i.test(word.value)) &&
        !leansOnPreviousTokens(after)))
  return (
    follows ||
    (rest[0]?.tag === 'CC' &&
      /^(and|but|or)$/i.test(rest[0].value) &&
      // ("…, and they're not always finite": a clitic is the clause's verb too.)
      (rest.slice(1, 6).some((word) => finiteWord(word) || verbClitic.test(word.value)) || rest[verb]?.tag === 'VB'))
  )
}

/**
 * A writer's frame of knowing around the claim that follows its "that": "We understand that",
 * "I know that". (Not one of believing or thinking, which stays the writer's (see `framedClaim`), nor of hoping, whose
 * clause is not yet so, nor a denied one.)
 */
const knowingFrame =
  /^(?:(?:and|but|so|now)\s+)?(?:i|we)\s+(?:(?:now|all|fully|also|do|really|certainly|strongly)\s+)?(?:understand|know|realize|realise|recognize|recognise|acknowledge)\s+that\s+/i

/**
 * An opening that says when, up to its comma: a preposition of time, then months, days, years and
 * clock times ("On July 16, 2023,", "Between July 9 and July 16, 2023,", "At 11:17 UTC,"). Months and
 * the words between them are a closed class.
 */
const datedOpening =
  /^(?:on|in|at|between|by|from|since|during|until|around|as of)\s+(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}:\d{2}(?::\d{2})?|utc|gmt|[ap]m|and|to)\b\.?[\s,–-]*){1,10}?,\s+/i

/** Whether `sentence` reports an amount (a share, a factor, a figure in its unit) or a count of things that the cut's words leave out. */
function dropsFigure(sentence: string, cut: Token[]): boolean {
  return reportsAmountOrCount(sentence) && !reportsAmountOrCount(joinTokens(cut))
}

/**
 * The clause after a sentence's ", so" that reports an amount and stands on its own subject (not
 * "it", "this", "they"), within `longest` words: the finding the clause before it led to.
 */
function resultClause(tokens: Token[], longest: number, measured = true, after = -1): Cut | undefined {
  // (Each "so" looks back past its spaces only: a sentence of thousands of them is read once.)
  let at = -1
  for (let index = tokens.length - 1; index >= 0 && at === -1; index--) {
    if (tokens[index].kind !== 'word' || !/^so$/i.test(tokens[index].value)) continue
    let before = index - 1
    while (before >= 0 && tokens[before].kind === 'space') before--
    if (tokens[before]?.value === ',') at = index
  }
  // (After the cut it would replace, where one is given: the clause it left out.)
  if (at === -1 || at <= after) return undefined
  let rest = tokens.slice(at + 1)
  while (rest[0]?.kind === 'space') rest.shift()
  // (After "so here we see that", what is seen is the result; "these detectors" then the detectors the sentence spoke of.)
  const seen = tokens.slice(at)
  if (seesThat(seen.filter((token) => token.kind === 'word'))) {
    const that = seen.findIndex((token) => token.kind === 'word' && /^that$/i.test(token.value))
    rest = theForDemonstrative(seen.slice(that + 1))
    while (rest[0]?.kind === 'space') rest.shift()
  }
  const words = rest.filter((token) => token.kind === 'word')
  // (One said of what the clause before named, "…, so most people didn't even know they existed", leans on it: only a
  // measured result may, the amount being its news.)
  if (
    words.length < 4 ||
    words.length > longest ||
    (measured && !reportsAmount(joinTokens(rest))) ||
    leansOnPreviousTokens(rest) ||
    (!measured &&
      (refersBack(rest) || /\b(?:it|its|they|them|their|theirs|this|that|these|those|he|she|him|her)\b/iu.test(joinTokens(rest))))
  )
    return undefined
  return hasPredicate(words) ? { tokens: rest, quality: 0.7 } : undefined
}

/**
 * A main clause whose subject is "this" or "it" and whose verb says that it holds, maybe after an
 * opening ("With Jest 28, this is no longer an issue"): it says something of what came before.
 */
const holdsOfWhatCameBefore =
  /(?:^|,\s*)(?:(?:but|and|so)\s+)?(?:this|that|it|these|those)(?:\s+(?:\w+\s+)?(?:is|was|are|were|has|had|works|worked|helps|helped)\b|['’]s\b)/i

/** The words that deny a clause's verb ("is not", "isn't", "never"): a reason after a denial is why it is not so. */
const denial = /^(?:not|n['’]t|never)$/i

/** Words that give a reason after a clause: a closed class ("as" only before a subject and its verb). */
const reasonWord = /^(?:because|as|since)$/i

/** Verbs of saying, showing or expecting, which an "as" clause of source takes ("as the docs say"): a closed class. */
const saying =
  /^(?:says?|said|notes?|noted|puts?|writes?|wrote|explains?|explained|describes?|described|mentions?|mentioned|shows?|showed|shown|expects?|expected|suggests?|suggested|knows?|knew)$/i

/** Whether the "as" at `index` compares: either "as" of "as subtle as", or one after "as", "so", "such" or "same" and up to two words. */
function equative(words: Token[], index: number): boolean {
  if (words.slice(index + 1, index + 4).some((word) => /^as$/i.test(word.value))) return true
  return words.slice(Math.max(0, index - 3), index).some((word) => /^(?:as|so|such|same)$/i.test(word.value))
}

/** Whether a comma comes right before `word` (spaces between). */
function precededByComma(tokens: Token[], word: Token): boolean {
  let at = tokens.indexOf(word) - 1
  while (at >= 0 && tokens[at].kind === 'space') at--
  return tokens[at]?.value === ','
}

/**
 * The clause after a sentence's "because", "as" or "since" whose main clause before it leans on
 * the sentence before ("this is no longer an issue", "it works"), on a subject of its own and its
 * verb ("we now inspect…"), within `longest` words or cut at a clause boundary within a point.
 */
function reasonClause(tokens: Token[], longest: number): Cut | undefined {
  const words = tokens.filter((token) => token.kind === 'word')
  const at = words.findIndex(
    (word, index) =>
      index >= 2 &&
      word.tag === 'IN' &&
      reasonWord.test(word.value) &&
      !/^(?:such|as|well|so|just|soon|long|far|much)$/i.test(words[index - 1].value) &&
      // ("It's not as subtle | as you think", "…an object that, | as the documentation says, …": an
      // "as" of comparison, or set off as an aside, gives no reason.)
      !(/^as$/i.test(word.value) && (equative(words, index) || precededByComma(tokens, word))) &&
      // ("This is now known as | Interop, and continues…" (review 100, Chrome's post on Baseline): an "as" after a
      // participle, "known as", "seen as", "used as", names what the subject is, and gives no reason.)
      !(/^as$/i.test(word.value) && words[index - 1].tag === 'VBN'),
  )
  if (at === -1) return undefined
  const head = tokens.slice(0, tokens.indexOf(words[at]))
  // ("It's not | because we don't know how to write correct software", review 94: a "because" denied
  // gives the reason that is not; alone, that reason says the opposite.)
  const denied = (word: Token | undefined) => denial.test(word?.value ?? '')
  if (denied(words[at - 1]) || (/^(?:just|simply|only|merely|all)$/i.test(words[at - 1].value) && denied(words[at - 2]))) return undefined
  // (The reason a claim of its own denies is never the point, wherever a cut found it: see `startsInsideSubordinate`.)
  const back = holdsOfWhatCameBefore.test(joinTokens(head))
  // ("It follows that the error shrinks | as the sample grows": an "it" before a "that" clause with a
  // subject and verb of its own holds that clause's place; the main clause says something, and the "as" only when.)
  const that = words.findIndex(
    (word, index) => index < at && /^that$/i.test(word.value) && /^(DT|NN|NNS|NNP|NNPS|JJ|PRP\$)$/.test(words[index + 1]?.tag ?? ''),
  )
  if (/^it$/i.test(words[0]?.value ?? '') && that !== -1 && words.slice(that + 2, at).some(finiteWord)) return undefined
  if (!(back || (words.slice(0, at).some(finiteWord) && leansOnPreviousTokens(head)))) return undefined
  // ("It is also determined by how Wasmtime unlocks more-secure application designs that couldn't have been considered
  // before, | because the performance overhead was impractical" (review 126, Wasmtime's security post): a reason after a
  // relative clause with a verb of its own says why that clause holds, "couldn't have been considered"; alone it claims
  // what held then as what holds.)
  // (The tagger reads a relative "that" as a preposition: one right after a noun is the relative.)
  // (Told by the tenses: a reason in the past after a main clause in the present, "It is also determined… because … was
  // impractical", is the relative clause's; one in the main clause's tense, "It failed for every user who had 2FA enabled,
  // because the token check ran first", is the main clause's.)
  const relative = words.findIndex(
    (word, index) =>
      index > 0 && index < at && (/^(?:WDT|WP)$/.test(word.tag) || (/^that$/i.test(word.value) && /^NN/.test(words[index - 1].tag))),
  )
  const mainTense = tenseOf(words.slice(0, relative === -1 ? at : relative))
  const reasonTense = tenseOf(words.slice(at + 1))
  if (
    relative !== -1 &&
    words.slice(relative + 1, at).some((word) => finiteWord(word) || word.tag === 'MD') &&
    mainTense !== undefined &&
    reasonTense !== undefined &&
    mainTense !== reasonTense
  )
    return undefined
  const rest = tokens.slice(tokens.indexOf(words[at]) + 1)
  while (rest[0]?.kind === 'space') rest.shift()
  const own = rest.filter((token) => token.kind === 'word')
  // (A subject, maybe an adverb, then its verb: "we now inspect", "the cache holds".)
  // (The tagger gives a present verb after a pronoun and an adverb its base form: "we now inspect/VB".)
  const verb = own.findIndex(
    (word, index) => /^(VBZ|VBP|VBD|MD)$/.test(word.tag) || (word.tag === 'VB' && own[0].tag === 'PRP' && index <= 2),
  )
  if (own.length < 4 || verb < 1 || verb > 3 || !/^(PRP|NN|DT|JJ)/.test(own[0].tag) || leansOnPreviousTokens(rest)) return undefined
  if (/^as$/i.test(words[at].value) && saying.test(own[verb].value)) return undefined
  if (own.length <= maxWords) return { tokens: rest, quality: 0.7 }
  const cut = byClauses(rest, maxWords) ?? byPhrase(rest, maxWords)
  if (cut && !leansOnPreviousTokens(cut.tokens)) return { ...cut, quality: cut.quality * 0.7 }
  return own.length <= longest ? { tokens: rest, quality: 0.6 } : undefined
}

/**
 * Whether a cut stops right before what its words wait for (review 128's essays and proposals): an auxiliary and the aside
 * after it, before the verb ("I have, for the most part | , continued to maintain…"); an adjective of ease and who it is
 * easy for, before the infinitive ("…are generally pretty easy for me | to deal with"); a noun before the participle and
 * agent that say which ("…due to the support | provided by the Software Freedom Conservancy"); a verb, or its adverb, before the question it takes ("…provide options to define
 * precisely | which version of the C standard…"); the first of two nouns "or" offers ("…can be integers | or floats").
 */
function cutsBeforeItsPoint(tokens: Token[], kept: Token[]): boolean {
  const cutWords = kept.filter((token) => token.kind === 'word')
  const last = cutWords.at(-1)
  if (!last) return false
  const words = tokens.filter((token) => token.kind === 'word')
  const at = lastKeptAt(words, cutWords)
  const rest = at === -1 ? [] : words.slice(at + 1)
  const next = rest[0]
  // (An auxiliary, then a comma, no verb after it among the words kept, and the verb it waited for right after the cut: not
  // "The real problem is, as usual, | the network", whose "is" is the verb.)
  // (`finiteAuxiliary`, and "do": "I do, for the most part, | think…".)
  const auxiliary = cutWords.findLastIndex((word) => finiteAuxiliary.test(word.value) || /^do$/i.test(word.value))
  if (auxiliary !== -1 && /^VB[NGD]?$/.test(next?.tag ?? '') && !cutWords.slice(auxiliary + 1).some((word) => /^VB/.test(word.tag))) {
    const after = kept.indexOf(cutWords[auxiliary])
    if (kept.slice(after + 1).find((token) => token.kind !== 'space')?.value === ',') return true
  }
  // (The infinitive's verb may be read as a noun or an adjective, "to deal/JJ with": any word but a noun phrase's first.)
  if (/^to$/i.test(next?.value ?? '') && rest[1] !== undefined && !/^(?:DT|PRP\$|CD|NNP)/.test(rest[1].tag)) {
    const [before, pronoun] = [cutWords.at(-3), cutWords.at(-1)]
    const ease = (word: Token | undefined) => easeAdjective.test(word?.value ?? '')
    if (ease(last) || (pronoun?.tag === 'PRP' && /^for$/i.test(cutWords.at(-2)?.value ?? '') && ease(before))) return true
  }
  // (Only what follows right on, without a comma: ", adopted by many popular projects", ", which contains…" are asides.)
  const nextAt = next ? tokens.indexOf(next) : -1
  if (nextAt > 0 && tokens.slice(0, nextAt).findLast((token) => token.kind !== 'space')?.value === ',') return false
  // (A single noun "the" opens, which only the participle and its agent pick out: not "…multiple bespoke async systems | used
  // by different teams", which names them, nor "…by a bot | operated by a security firm", which says what kind.)
  if (last.tag === 'NN' && /^the$/i.test(cutWords.at(-2)?.value ?? '') && next?.tag === 'VBN' && /^by$/i.test(rest[1]?.value ?? ''))
    return true
  const verbBefore = /^VB[DPZ]?$/.test(last.tag) || (last.tag === 'RB' && /^VB[DPZ]?$/.test(cutWords.at(-2)?.tag ?? ''))
  if (verbBefore && /^(?:which|what|how|whether)$/i.test(next?.value ?? '')) return true
  return /^NNP?S?$/.test(last.tag) && /^or$/i.test(next?.value ?? '') && /^NNP?S?$/.test(rest[1]?.tag ?? '') && rest.length <= 3
}

/**
 * Where in the sentence's words the last of the words a cut kept stands: found by the kept words' last two values where a
 * cut made new tokens (without its opening connective, say), so are not the sentence's own; -1 where it is not found.
 */
function lastKeptAt(words: Token[], kept: Token[]): number {
  const last = kept.at(-1)
  if (!last) return -1
  const same = words.lastIndexOf(last)
  if (same !== -1) return same
  const before = kept.at(-2)?.value
  return words.findIndex((word, index) => word.value === last.value && (before === undefined || words[index - 1]?.value === before))
}

/** Adjectives of ease, whose infinitive says what is easy (English's closed class). */
const easeAdjective = /^(?:easy|easier|hard|harder|difficult|simple|simpler|impossible|tough|possible|straightforward|trivial|tricky)$/i

/** The tense of the first finite verb of words, past or present; none where they have none. */
function tenseOf(words: Token[]): 'past' | 'present' | undefined {
  const verb = words.find((word) => finiteWord(word))
  if (!verb) return undefined
  return verb.tag === 'VBD' || /^(?:was|were|had|did)$/i.test(verb.value) ? 'past' : 'present'
}

/** The last clause opens on a conjunction, a preposition or a participle, and has no tensed verb. */
function opensUnfinishedClause(tokens: Token[]): boolean {
  const last = clausesOf(tokens).at(-1)?.words ?? []
  const opening = last[0]?.tag === 'CC' ? last[1] : last[0]
  const tensed = last.some(finiteWord)
  return (
    last.length > 0 && last[0] !== tokens.find((token) => token.kind === 'word') && /^(CC|IN|VBN|VBG)$/.test(opening?.tag ?? '') && !tensed
  )
}

// The words that open an adverbial clause with its own subject and verb: a closed class.
const clauseConjunction = /^(as|because|since|although|though|while|whilst|whereas|when|whenever|if|unless|once|until|before|after)$/i

/**
 * "Once we are in the Arduino IoT Cloud, we will need to click | on the "Devices" tab" (review 124, Arduino's how-to): a cut
 * that stops on a verb's base form, after "to" or a modal, right before the preposition that opens what it acts on, says
 * the act without its object.
 */
function endsBeforeVerbsComplement(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1) return false
  const words = tokens.slice(0, last).filter((token) => token.kind === 'word')
  // (After "to", a verb the tagger read as a noun: "to click/NN".)
  const verb = tokens[last].tag === 'VB' || (tokens[last].tag === 'NN' && words.at(-1)?.tag === 'TO')
  if (!verb || (!/^(?:TO|MD)$/.test(words.at(-1)?.tag ?? '') && !/^(?:TO|MD)$/.test(words.at(-2)?.tag ?? ''))) return false
  const next = stopsBefore(tokens, last)[0]
  return next?.kind === 'word' && /^(?:on|onto|into|to|at|through|for|with)$/i.test(next.value)
}

/**
 * "…we were able to be the first framework | to adopt ES6 modules" (review 125, EmberConf's keynote): a cut that ends on
 * "the first", "the last" or "the only" and its noun, right before the "to" that says what it was the first to do, says
 * only that it was first.
 */
function endsBeforeWhatFirstDid(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1 || !/^NNS?$/.test(tokens[last].tag)) return false
  const next = stopsBefore(tokens, last)[0]
  if (next?.kind !== 'word' || !/^to$/i.test(next.value)) return false
  const words = tokens.slice(0, last).filter((token) => token.kind === 'word')
  const ordinal = words.findLastIndex((word) => /^(?:first|last|only)$/i.test(word.value))
  // (What something was or became: not a place it went to, "…pushed the launch to the next sprint | to give…".)
  return (
    ordinal !== -1 &&
    /^the$/i.test(words[ordinal - 1]?.value ?? '') &&
    /^(?:be|is|are|was|were|been|being|become|becomes|became|remain|remains|remained)$/i.test(words[ordinal - 2]?.value ?? '') &&
    words.slice(ordinal + 1).every((word) => /^(?:JJ|NN|NNS|NNP|VBG)$/.test(word.tag)) &&
    words.length - ordinal <= 4
  )
}

/**
 * Whether a cut stops after the subject of a clause a conjunction opened, right before that
 * clause's verb: the words after its last "but", "and", "so" (or "as", "because"…) have no verb,
 * and the sentence's next word is one.
 */
function endsBeforeItsVerb(tokens: Token[], cut: Token[]): boolean {
  const end = tokens.lastIndexOf(cut[cut.length - 1])
  if (end === -1) return false
  // (Right after it, no comma between: "…space and time | , generated by…" goes on with a phrase of its own.)
  const next = tokens.slice(end + 1).find((token) => token.kind !== 'space')
  const verbNext = next?.kind === 'word' && (/^(VBD|VBZ|VBP|VBN|MD)$/.test(next.tag) || finiteWord(next))
  // ("Type information makes the code base easier to understand, and things | which make code easier to understand enable
  // us…" (review 119, an essay on TypeScript): or before the relative clause that describes that subject, its verb after it.)
  const relativeNext = next?.kind === 'word' && /^(WDT|WP)$/.test(next.tag)
  if (!verbNext && !relativeNext) return false
  const words = cut.filter((token) => token.kind === 'word')
  // ("The replication failed as WAL segments | needed by the secondary were already removed": the
  // cut stops inside a clause a subordinating word opened, before the verb the words after it hold.)
  const subordinator = words.findLastIndex((word) => /^(IN|WRB)$/.test(word.tag) && clauseConjunction.test(word.value))
  const opened = subordinator > 0 ? words.slice(subordinator + 1) : []
  const dropped = tokens.slice(end + 1)
  const stop = dropped.findIndex((token) => /^[,;:—–]$/.test(token.value))
  const verbLater = dropped
    .slice(0, stop === -1 ? undefined : stop)
    .some((token) => token.kind === 'word' && (/^(VBD|VBZ|VBP|MD)$/.test(token.tag) || finiteWord(token)))
  if (
    verbNext &&
    opened.length > 0 &&
    /^(DT|PRP\$|PRP|NN|JJ|CD)/.test(opened[0].tag) &&
    !opened.some((word) => /^(VB|MD)/.test(word.tag)) &&
    verbLater
  )
    return true
  const conjunction = words.findLastIndex((word) => word.tag === 'CC')
  if (conjunction <= 0) return false
  // (A clause's conjunction, after a comma: "data hoarder, but the house"; not two nouns joined, "the
  // remote host and ncdu | installed", "space and time | , generated by", whose participle is theirs.)
  const at = cut.indexOf(words[conjunction])
  if (cut.slice(0, at).findLast((token) => token.kind !== 'space')?.value !== ',') return false
  const clause = words.slice(conjunction + 1)
  // (Before a relative clause, only after a clause of its own: "…the dplyr, tidyr, and ggplot2 packages | which all have…"
  // ends a series of names.)
  const before = cut.slice(0, at)
  const comma = before.findLastIndex((token) => token.value === ',')
  const previous = before.slice(before.findLastIndex((token, index) => index < comma && token.value === ',') + 1, comma)
  if (!verbNext && !previous.some((token) => token.kind === 'word' && /^(VB|MD)/.test(token.tag))) return false
  return clause.length > 0 && /^(DT|PRP\$|PRP|NN|JJ|CD)/.test(clause[0].tag) && !clause.some((word) => /^(VB|MD)/.test(word.tag))
}

/** Whether a cut keeps the opening of a clause after a semicolon, but not its verb, which the words cut off hold. */
function clauseAfterSemicolonCut(tokens: Token[], cut: Token[]): boolean {
  const semicolon = cut.findLastIndex((token) => token.value === ';')
  if (semicolon === -1) return false
  const kept = cut.slice(semicolon + 1).filter((token) => token.kind === 'word')
  if (kept.length === 0 || kept.some((word) => /^(VB[DPZ]?|MD)$/.test(word.tag) || finiteWord(word))) return false
  const dropped = tokens.slice(lastWordAt(tokens, cut) + 1)
  const stop = dropped.findIndex((token) => token.value === ';')
  return dropped
    .slice(0, stop === -1 ? undefined : stop)
    .some((token) => token.kind === 'word' && (/^(VBD|VBZ|VBP|MD)$/.test(token.tag) || finiteWord(token)))
}

/** Whether the words after a cut's last dash have no finite verb and open no imperative: a phrase the sentence went on from. */
function dashOpensVerbless(tokens: Token[]): boolean {
  // (Not a range's dash between two numbers: "the years 2017–2019".)
  const dash = tokens.findLastIndex(
    (token, index) =>
      /^[—–]$/.test(token.value) && !(/\d$/.test(tokens[index - 1]?.value ?? '') && /^\d/.test(tokens[index + 1]?.value ?? '')),
  )
  if (dash === -1) return false
  const after = tokens.slice(dash + 1).filter((token) => token.kind === 'word')
  // (An imperative after the dash is a clause: "— just run svelte-upgrade on your components".)
  const opening = after.find((word) => !/^RB/.test(word.tag))
  if (opening?.tag === 'VB') return false
  return after.length > 0 && !after.some(finiteWord)
}

/** Whether a modal is followed by a comma that opens an aside the cut does not close. */
function modalBeforeOpenAside(tokens: Token[]): boolean {
  const shown = tokens.filter((token) => token.kind !== 'space')
  return shown.some(
    (token, index) =>
      token.tag === 'MD' &&
      shown[index + 1]?.value === ',' &&
      !shown.slice(index + 2).some((after, at) => after.value === ',' && shown[index + 3 + at]?.kind === 'word'),
  )
}

/** A modal followed, past its adverbs, by a gerund: no English verb phrase reads so. */
function modalBeforeGerund(words: Token[]): boolean {
  return words.some((word, index) => {
    if (word.tag !== 'MD') return false
    let next = index + 1
    while (/^RB/.test(words[next]?.tag ?? '') || /^(not|n['’]t)$/i.test(words[next]?.value ?? '')) next++
    return words[next]?.tag === 'VBG'
  })
}

/**
 * Not a sentence of the author's prose: a quotation's end split off from its start ('Did we
 * mess up something?"'), a credit line ("— @bcantrill, …"), a cross-reference target
 * ("(rr-open-access)="), which a point would show as debris.
 */
export function isDebris(sentence: string): boolean {
  const text = sentence.trim()
  if (/^[—–]|^-{1,2}\s/u.test(text) || /=$/u.test(text)) return true
  // "（完）", "(fin)", "(To be continued)": a short mark in brackets that ends or pauses the text.
  if (/^[(（][^()（）]{1,24}[)）][.。]?$/u.test(text) && text.split(/\s+/).length <= 4) return true
  // 'd:sonar.exclusions="**wwwroot**,…"': an option of a command split off from its command.
  if (/^[^\s=]+=["']/u.test(text)) return true
  // "[1] : https://…": a reference's address alone.
  if (/^(\[\d+\]\s*)?[:：]?\s*\S+:\/\/\S+$/u.test(text)) return true
  const straight = text.match(/"/gu)?.length ?? 0
  const opened = text.match(/[“„«]/gu)?.length ?? 0
  const closed = text.match(/[”»]/gu)?.length ?? 0
  // (German opens with „ and closes with “: a “ counts as a close only after a „.)
  return (straight % 2 === 1 && /"[)\]]*[.!?]?$/u.test(text) && !text.startsWith('"')) || (closed > opened && !text.includes('„'))
}

// Finite forms of "be", "have", "do" and the modals: a closed class.
// A verb's clitic split off its subject ("they | 're", "we | 'll"): the clause's finite verb. ("'s" may be a possessive.)
const verbClitic = /^['’](?:re|m|ve|ll|d)$/i

// A sentence said without the examples set off in it says a little less than the writer did.
const examplesQuality = 0.9

// A sentence said without its adjuncts is the writer's claim, a little less their sentence.
const spineQuality = 0.8

const emoticon = /\s?[:;]-?[()DPp](?=$|[\s)\].,!?])/gu

/**
 * When no run of clauses fits in {@link maxWords}, the whole sentence (or its leading clauses)
 * up to {@link maxLongWords}: a complete sentence a little long reads better than a fragment.
 */
function longSentence(tokens: Token[], words: Token[], longest: number): Cut | undefined {
  // (A "to" the writer ended the sentence on stands for the verb before it: "…the freedom to choose when and what to.")
  const stopped = /[.!]$/u.test(tokens.findLast((token) => token.kind !== 'space')?.value ?? '')
  // ("…we could design around these constraints from the ground up." (review 128, iroh's post), "…to figure it out.": nor a
  // particle the writer ended the sentence on, its verb's or its idiom's, which the tagger reads as a preposition.)
  // (After its object only, "the ground up", "it out": "…ways to get involved and help out" may yet lose its opening.)
  const particle =
    /^(?:up|out|down|off|over|away|back|around|through|along|apart|aside|together)$/i.test(words.at(-1)?.value ?? '') &&
    /^(?:NNS?|PRP|DT)$/.test(words.at(-2)?.tag ?? '')
  const elided = (/^to$/i.test(words.at(-1)?.value ?? '') || particle) && stopped
  // (Words as a reader counts them: the tagger's clitics, "do | n't", "they | 're", are no words of their own.)
  const read = words.filter((word) => !isClitic(word.value)).length
  if (read <= longest && (!dangles(words) || elided)) return { tokens, quality: 0.6 }
  const run = byClauses(tokens, longest)
  return run && !leansOnPreviousTokens(run.tokens) ? { ...run, quality: run.quality * 0.7 } : undefined
}

/** Whether a cut stops right before a qualifier that takes back part of its claim: ", albeit…", ", but only…", ", though only…". */
function dropsQualifier(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1) return false
  const after = stopsBefore(tokens, last)[0]
  const following = tokens.slice(last + 1).filter((token) => token.kind === 'word')
  return (
    after?.value === ',' &&
    (/^albeit$/i.test(following[0]?.value ?? '') ||
      (/^(?:but|though|although)$/i.test(following[0]?.value ?? '') && /^only$/i.test(following[1]?.value ?? '')))
  )
}

/** The whole sentence, where it fits the longest point and does not dangle; else none. */
function wholeWithin(tokens: Token[], words: Token[], longest: number): Cut | undefined {
  const read = words.filter((word) => !isClitic(word.value)).length
  return read <= longest && !dangles(words) ? { tokens, quality: 0.6 } : undefined
}

/** The words of a text in lower case, one space between: what a cut keeps of it, whatever its marks. */
const wordsRun = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `

/** Whether most letters of `text` are Latin: the English tagger reads nothing else. */
function isLatin(text: string): boolean {
  if (!/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]/.test(text)) return true
  const letters = text.match(/[\p{L}]/gu)?.length ?? 0
  return letters > 0 && (text.match(/[\p{Script=Latin}]/gu)?.length ?? 0) / letters > 0.7
}

/**
 * The claim after a colon that a few words before it only point ahead to, ending on "this", "these" or "the following" (past
 * a question the sentence asks first, "So what's my point? Simply this:"); `undefined` where the sentence has no such colon.
 * (Not words that command or deny what follows, "Don't believe this: Rust is too slow…", "Stop assuming this:": the claim
 * after them is what the writer argues against.)
 */
function pointsAheadTo(tokens: Token[]): Token[] | undefined {
  const colon = tokens.findIndex((token, index) => token.value === ':' && tokens[index + 1]?.kind === 'space')
  if (colon <= 0) return undefined
  const question = tokens.slice(0, colon).findLastIndex((token) => /^[?!]$/.test(token.value))
  const head = tokens.slice(question + 1, colon).filter((token) => token.kind === 'word')
  if (head.length === 0 || head.length > 4 || !/^(?:this|these|following)$/i.test(head.at(-1)?.value ?? '')) return undefined
  if (head[0].tag === 'VB' || head.some((word) => /^(?:not|n['’]t|never|no|don['’]t|doesn['’]t|didn['’]t)$/i.test(word.value)))
    return undefined
  return afterAnnouncement(tokens)
}

/**
 * `text`, cut from `sentence`, opening in a capital as a sentence does; unless it opens on the
 * word the writer opened the sentence with in lower case, a name or identifier ("caksoylar
 * added…", "htmx works…"), which keeps its case.
 */
function openingAs(sentence: string, text: string): string {
  const first = /^\S+/u.exec(text)?.[0] ?? ''
  if (/^[\p{Ll}]/u.test(first) && sentence.trimStart().startsWith(first)) return text
  return upperFirst(text)
}

/**
 * The conjunctions that open a clause on a gerund, its subject left unsaid, of what goes on
 * beside the main clause ("while providing"): not "when using…", "after adding…", which say when
 * the claim holds ("…as feasible as debugging any other PHP application when utilizing xDebug").
 */
const reducedClauseOpener = /^(?:while|whilst)$/i

/**
 * The words before the first clause "while" opens on a gerund ("…phenomena | while
 * providing…"), where they are a main clause; not one an adverb bounds, "closing each file right after
 * opening it", whatever the tagger reads "right" as: the time is the verb's.
 */
function beforeReducedClause(tokens: Token[]): Token[] | undefined {
  const words = tokens.filter((token) => token.kind === 'word')
  const at = words.findIndex(
    (word, index) =>
      index >= 4 &&
      reducedClauseOpener.test(word.value) &&
      words[index + 1]?.tag === 'VBG' &&
      // (Not a name the tagger reads as a gerund, "while Steering is concerned with…": a contrast, cuts.ts.)
      !/^[\p{Lu}]/u.test(words[index + 1].value) &&
      !/^RB/.test(words[index - 1].tag) &&
      !/^(?:right|just|shortly|immediately|soon|long|even|only|directly|straight|well)$/i.test(words[index - 1].value),
  )
  if (at === -1) return undefined
  const before = tokens.slice(0, tokens.indexOf(words[at]))
  // (A main clause: not "If an error occurs | while…", nor "A problem that Claude runs into | while…".)
  const kept = before.filter((token) => token.kind === 'word')
  return hasPredicate(kept) && !lacksMainClause(before) && !onlyRelativeVerb(kept) ? before : undefined
}

/** Capitalise, drop the closing full stop and any trailing comma or dash; keep ? and !. */
function finish(tokens: Token[]): string {
  const text = joinTokens(tokens)
    // "###Web History features…": a heading without its space, which CommonMark reads as text.
    .replace(/^#{1,6}(?=[\p{L}])/u, '')
    // ("😱 Using my 3G connection was an even worse experience": an emoji opening the sentence is its tone, not its first word.)
    .replace(/^(?:[\p{Extended_Pictographic}](?:\u{FE0F}|\u{200D}|[\p{Emoji_Modifier}])*\s*)+/u, '')
    .replace(/[\s,;:—–-]+$/u, '')
    // ("Only time will tell......." trails off in as many dots as the writer liked: none is kept. Nor an ellipsis a stop
    // follows, "Unfortunately rclone does need to know…." (review 143, a talk's transcript).)
    .replace(/(?:\.{2,}|…\.?)$/u, '')
    .replace(/(?<!\.)\.$/u, '')
    // ("…improves the recovery of “embarrassingly parallel” streaming jobs, i.e., jobs without any shuffle" (review 133,
    // Flink 1.9's release post): a cut at the comma after "i.e." or "e.g." keeps the words that said what comes next.)
    .replace(/\s*[,;(]\s*(?:i\.\s?e|e\.\s?g|viz|cf|namely|that\s+is)\.?$/iu, '')
    // (A comma the stop stood after goes too: "…as a learning resource,." made of a spine whose adjunct
    // after the comma went (review 99, Nim's survey), was shown ending on its comma.)
    .replace(/[\s,;:—–-]+$/u, '')
    .replace(/\s{2,}/gu, ' ')
    // ("We we will need to create a dashboard" (review 125, Arduino's how-to): a function word the writer typed twice is
    // one on the slide; the notes keep the words as written. Not "that that" or "had had", which English says twice.)
    // (Only a second in lower case, as typed: "support for FOR SHARE" names a statement. And only a first word of the prose:
    // in "use `--warningAsError:Uninit:on` on the command line" (review 140, Nim's release post) the first "on" is code's.)
    .replace(
      /(?<=^|[\s"“(])(the|a|an|we|you|they|to|of|in|on|for|with|and|it|this|our|your|their)\s+(\1)\b/giu,
      (both, first: string, second: string) => (second === first.toLowerCase() && first.slice(1) === second.slice(1) ? first : both),
    )
    .trim()
  return asSentence(text, tokens.find((token) => token.kind === 'word')?.tag === 'CD')
}

/** The clause after the sentence's last ", but", where it has a subject and a tense of its own; else `undefined`. */
function turnedClause(tokens: Token[]): Token[] | undefined {
  const but = tokens.findLastIndex(
    (token, index) => /^but$/i.test(token.value) && tokens.slice(0, index).findLast((each) => each.kind !== 'space')?.value === ',',
  )
  if (but === -1) return undefined
  // (Only after a half that concedes: a possibility or a tendency, "Most of it will eventually die…", "…can contain both
  // safe and unsafe code", or a denial, "We don't know what journalism will be like…"; not a half that reports what was done,
  // "We rewrote the whole storage engine…, | but the migration tooling is still rough", whose first half is its news.)
  const conceded = tokens
    .slice(0, but)
    .some((token) =>
      /^(?:may|might|could|can|will|would|eventually|often|usually|sometimes|most|some|many|sure|certainly|admittedly|granted|perhaps|probably|not|n['’]t|never|no)$/i.test(
        token.value,
      ),
    )
  if (!conceded) return undefined
  const rest = tokens.slice(but + 1)
  const words = rest.filter((token) => token.kind === 'word')
  // (A subject before the verb: not "…, but plays an important role", whose subject is the first half's.)
  const verb = words.findIndex(finiteWord)
  // (Nor one that goes on from the first half in time, "…, but first we establish a foundation for the discussion:".)
  // (A subject opens it: not "…, but due to the shared code path was also…", nor "…, but whose parent nodes do".)
  return verb >= 1 &&
    /^(?:DT|PDT|PRP|PRP\$|NNS?|NNPS?|WP|CD|EX)$/.test(words[0].tag) &&
    !/^(?:first|then|now|also|still|instead|which|whose|whom)$/i.test(words[0].value)
    ? rest
    : undefined
}

/** Whether a cut is a subject, a comma, and a participle's phrase the sentence closes with a comma after the cut (see `compress`). */
function appositiveOnly(tokens: Token[], cut: Token[]): boolean {
  const comma = cut.findIndex((token) => token.value === ',')
  const end = cut.findLastIndex((token) => token.kind === 'word')
  const left = tokens.slice(lastWordAt(tokens, cut) + 1)
  const after = left.find((token) => token.kind !== 'space')
  if (comma <= 0 || comma > end) return false
  const subject = cut.slice(0, comma).filter((token) => token.kind === 'word')
  const rest = cut.slice(comma + 1).filter((token) => token.kind === 'word')
  if (!subject.some((word) => /^NN/.test(word.tag)) || subject.some((word) => /^(VB|MD)/.test(word.tag))) return false
  // ("The core team, often called the auditing team | or the Open Source Review Board (OSRB), consists of…" (review 140, the
  // TODO Group's guide): nor inside a name the writer gives it, set off by commas, before the verb after them.)
  if (after?.value !== ',') {
    const closing = left.findIndex((token) => token.value === ',')
    const verb = left.slice(closing + 1).find((token) => token.kind === 'word')
    const naming = rest[0]?.tag === 'RB' ? rest[1] : rest[0]
    return (
      closing !== -1 &&
      verb !== undefined &&
      /^VB[DPZ]$|^MD$/.test(verb.tag) &&
      /^(?:called|known|named|dubbed|nicknamed)$/i.test(naming?.value ?? '')
    )
  }
  return (
    /^VB[DN]$/.test(rest[0]?.tag ?? '') &&
    // (A passive participle, "released in…", "written by…"; not a verb and its object, "Go's net.ParseIP, followed the
    // examples in early IP RFCs, which…", after a comma the writer set before the verb.)
    /^(?:IN|TO|RB)$/.test(rest[1]?.tag ?? '') &&
    !rest.slice(1).some(finiteWord)
  )
}

/** The forms of "be" a verb in -ing makes a predicate with. */
const beForm = /^(?:am|is|are|was|were|be|been|being|['’]s|['’]re|['’]m)$/i

/**
 * Whether words have a verb that can be a predicate's: a finite one, or any verb form but one
 * inside a noun phrase, right after its determiner, adjective or ordinal ("The first
 * commit/VB to…") or after an adverb there ("of tightly scheduled/VBN, experienced…"). (The tagger
 * reads many a past tense as a participle, "The anniversary made/VBN me…": a verb form after a
 * noun or pronoun counts.)
 */
function hasPredicate(words: Token[]): boolean {
  const inPhrase = (word: Token | undefined) =>
    word !== undefined && (/^(DT|PRP\$|JJ)/.test(word.tag) || /^(first|second|third|last|next|initial|final)$/i.test(word.value))
  return words.some((word, index) => {
    if (finiteWord(word)) return true
    if (!/^VB/.test(word.tag)) return false
    const before = words[index - 1]
    if (inPhrase(before)) return false
    // "The initial goal set/VBN by @vjeux": a participle after its noun with its "by" is the noun's, not the sentence's verb.
    if (word.tag === 'VBN' && /^NN/.test(before?.tag ?? '') && /^by$/i.test(words[index + 1]?.value ?? '')) return false
    // ("First, despite flying/VBG the day before the conference, prolonged/VBN sitting in the airport" (review 150, a conference
    // report, cut before its verb "led"): a form in -ing without a "be" before it, and a participle right before the noun or
    // gerund it describes, belong to phrases, not to the sentence's predicate.)
    if (word.tag === 'VBG' && !words.slice(Math.max(0, index - 2), index).some((each) => beForm.test(each.value))) return false
    if (word.tag === 'VBN' && words[index + 1]?.tag === 'VBG') return false
    return !(before?.tag === 'RB' && (inPhrase(words[index - 2]) || words[index - 2]?.tag === 'IN'))
  })
}

/** Whether a cut ends on a capitalised word the sentence goes on from with " - " and another capitalised word: "Remote - SSH". */
function endsBeforeHyphenatedName(sentence: string, cut: Token[]): boolean {
  const last = cut.findLast((token) => token.kind === 'word')
  if (!last || !/^[\p{Lu}]/u.test(last.value) || !sentence.includes(' - ')) return false
  // (Found by its word: the cut may have left out a word before it, "also".)
  // (Not before "I", which opens a clause: "…a proper Jekyll Theme - I was looking for one…" (review 118).)
  return new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(last.value)} - (?!I\\b)[\\p{Lu}]`, 'u').test(sentence)
}

/** Nouns that name a thing only by its kind, which an infinitive after them says the use of (a closed class of English). */
const purposeNoun =
  /^(?:library|libraries|tool|tools|way|ways|work|effort|efforts|mechanism|mechanisms|means|api|apis|option|options|feature|features|framework|method|methods|service|plugin|plugins|opportunity|chance|attempt|initiative|push|module|package|utility|helper|extension|interface)$/i

/**
 * Whether a cut stops before what its last words wait for in the sentence: a judgement of ease before the colon that says
 * why ("Missing fields are easy to encode | : we just leave out the record…" (review 131, Protocol Buffers' encoding
 * guide)), or the opening phrase of the next clause after its "and" ("kubo-v0.18.1 was released on the 2023-01-30 and
 * within the first 10 days | , more than 8.5k nodes updated…" (review 131, an IPFS incident report)).
 */
function endsBeforeItsExplanation(tokens: Token[], cut: Token[]): boolean {
  const last = lastWordAt(tokens, cut)
  if (last === -1) return false
  const after = stopsBefore(tokens, last)[0]
  const text = joinTokens(cut)
    .trim()
    .replace(/[:,;]$/u, '')
  // (Only where the whole sentence fits a long point: "The bug is hard to reproduce" says the claim of a longer one.)
  const whole = tokens.filter((token) => token.kind === 'word').length <= maxLongWords
  if (
    whole &&
    after?.value === ':' &&
    /\b(?:is|are|was|were|['’]s|['’]re)\s+(?:(?:very|quite|pretty|fairly|relatively|surprisingly)\s+)?(?:easy|simple|straightforward|trivial|hard|tricky|difficult|tough)(?:\s+to\s+[\p{L}]+)?$/iu.test(
      text,
    )
  )
    return true
  // ("This release introduces a new, powerful library | to read, write and modify state snapshots…" (review 133, Flink 1.9's
  // release post), "…will also support the work | to bring Swift to additional platforms" (Swift's workgroups): a thing
  // named only by its kind waits for the infinitive that says what it is for.)
  const following = tokens.slice(last + 1).filter((token) => token.kind === 'word')
  const lastWord = tokens[last]
  if (/^to$/i.test(after?.value ?? '') && following[1]?.tag === 'VB' && purposeNoun.test(lastWord.value)) return true
  // ("The hackathon was scheduled to start at 5 | P.M in the evening…" (review 135, a hackathon's report): a number waits for
  // the unit or time of day right after it.)
  if (
    /^\d[\d.,]*$/u.test(lastWord.value) &&
    /^(?:[ap]\.?m\.?|utc|gmt|percent|ms|kb|mb|gb|tb)$/iu.test(following[0]?.value ?? '') &&
    after === following[0]
  )
    return true
  // ("…will explore providing community members | with the best support system" (Swift's workgroups): a verb of giving
  // that names whom it gives to waits for what.)
  if (/^with$/i.test(after?.value ?? '')) {
    const words = cut.filter((token) => token.kind === 'word')
    const giving = words.findLastIndex((word) =>
      /^(?:provid|suppl|equip|furnish|entrust)(?:e|es|ed|ing|y|ies|ied|ying)?$/i.test(word.value),
    )
    if (giving !== -1 && words.length - giving - 1 <= 4 && words.slice(giving + 1).every((word) => /^(?:DT|PRP\$?|JJ|NN)/.test(word.tag)))
      return true
  }
  // ("We thought long about how we could efficiently and reliably expose token information to extensions | , but came to the
  // conclusion that we cannot do this…" (review 133, VS Code's post on bracket pairs): an attempt or a thought the "but"
  // after it turns down is the set-up of what the writers concluded.)
  if (
    after?.value === ',' &&
    /^but$/i.test(following[0]?.value ?? '') &&
    cut.some(
      (token) =>
        token.kind === 'word' &&
        /^(?:thought|considered|tried|attempted|wanted|hoped|planned|intended|explored|experimented|looked|investigated|expected)$/i.test(
          token.value,
        ),
    )
  )
    return true
  if (after?.value !== ',') return false
  const words = cut.filter((token) => token.kind === 'word')
  const conjunction = words.findLastIndex((word) => /^(?:and|but|or)$/i.test(word.value))
  const tail = conjunction === -1 ? [] : words.slice(conjunction + 1)
  if (tail.length === 0 || !/^(?:IN|RB)$/.test(tail[0].tag) || tail.some((word) => /^(?:VB|MD)/.test(word.tag))) return false
  // (Only where a clause of its own follows the comma, its subject then its verb: "…at Facebook and in the frontend
  // ecosystem | , adopted by many popular projects" pairs two places of one claim.)
  const comma = tokens.indexOf(after)
  const next = tokens.findIndex((token, index) => index > comma && /^[,;:.!?]$/.test(token.value))
  const clause = tokens.slice(comma + 1, next === -1 ? undefined : next).filter((token) => token.kind === 'word')
  // (A past form after its subject is its verb, whatever the tagger reads: "more than 8.5k nodes updated/VBN to this release".)
  const verb = clause.findIndex((word) => finiteWord(word) || word.tag === 'VBN')
  return (
    verb > 0 &&
    // (Its subject opens it: not "so", "and" or "because", which join a clause to the whole before the comma, "…from one
    // another and from the host | , so they can't read…".)
    /^(?:DT|PDT|NN|NNS|NNP|NNPS|PRP|CD|JJ|JJR|JJS)$/.test(clause[0].tag) &&
    !/^(?:so|and|but|yet|or|because|then|thus)$/i.test(clause[0].value) &&
    clause.slice(0, verb).some((word) => /^(?:NN|PRP|CD)/.test(word.tag)) &&
    !clause.slice(0, verb).some((word) => /^(?:WDT|WP|WRB)$/.test(word.tag) || /^that$/i.test(word.value))
  )
}

/** Whether a cut is the words before a colon that only announce what the sentence says after it. */
function endsAtAnnouncement(tokens: Token[], cut: Token[]): boolean {
  const claim = afterAnnouncement(tokens)
  if (!claim) return false
  const before = tokens.slice(0, tokens.length - claim.length - 1)
  return joinTokens(cut).trim() === joinTokens(before).trim()
}

/**
 * Whether words open on a participle or a comparative ("better maintained and has…", "built by…, is…") and have no
 * noun or pronoun before their first finite verb: the predicates of a subject said before them.
 */
function predicateWithoutSubject(words: Token[]): boolean {
  if (!/^(?:VBN|JJR|RBR)$/.test(words[0]?.tag ?? '')) return false
  const verb = words.findIndex(finiteWord)
  return verb > 0 && !words.slice(0, verb).some((word) => /^(?:NN|PRP|CD|EX)/.test(word.tag))
}

/**
 * Whether the word `first` of a cut opens the last of a series of subjects: right after ", and" or ", or" (its
 * conjunction maybe left out of the cut), with no finite verb before it and a noun: the verb after it is the series'.
 */
function lastOfSubjects(tokens: Token[], first: Token | undefined): boolean {
  let at = first ? tokens.indexOf(first) : -1
  const previous = () => {
    do at--
    while (at >= 0 && tokens[at].kind === 'space')
    return tokens[at]
  }
  const coordinator = (token: Token | undefined) => token?.kind === 'word' && /^(?:and|or)$/i.test(token.value)
  if (!first || (!coordinator(first) && !coordinator(previous())) || previous()?.value !== ',') return false
  const head = tokens.slice(0, at).filter((each) => each.kind === 'word')
  return (
    head.length > 0 &&
    !head.some(finiteWord) &&
    head.some((word) => /^NN/.test(word.tag)) &&
    tokens.slice(0, at).some((each) => each.value === ',')
  )
}

/** Nouns that say a thought was had or held, whose "that" clause says which (English's closed class). */
const contentNoun =
  /^(?:realisation|realization|idea|fact|belief|conclusion|sense|feeling|impression|notion|assumption|hope|view|understanding|recognition|awareness|suspicion|insight|observation|expectation|news)$/i

/** Whether the sentence goes on after the word at `at` with the rest of a series: ", development updates and many…". */
function cutsSeries(tokens: Token[], at: number): boolean {
  const after = tokens.slice(at + 1).filter((token) => token.kind !== 'space')
  if (after[0]?.value !== ',') return false
  const words: Token[] = []
  // (An item may gloss itself in brackets, ", threads (i.e. hyperthreads) and guests": the gloss is no item of its own.)
  let inGloss = false
  let glossWords = 0
  let end = 1
  for (; end < after.length; end++) {
    const token = after[end]
    if (inGloss) {
      if (token.value === ')') inGloss = false
      else if (++glossWords > maxSeriesItemWords) return false
    } else if (token.value === '(' && words.length > 0) inGloss = true
    else if (token.kind !== 'word') return false
    else if (/^(?:and|or)$/i.test(token.value)) break
    else {
      words.push(token)
      if (words.length > maxSeriesItemWords) return false
    }
  }
  const conjunction = after[end]
  // (The last item may open on a participle as an adjective, "and virtualized guests".)
  const next = /^VB[DN]$/.test(after[end + 1]?.tag ?? '') && /^NN/.test(after[end + 2]?.tag ?? '') ? after[end + 2] : after[end + 1]
  // (Not a phrase a participle, a preposition or a relative word opens, ", labeled L and R", ", along with art and music",
  // ", whose input and support…": it describes.)
  return (
    words.length > 0 &&
    !/^(?:IN|RB|VBN|TO|W)/.test(words[0].tag) &&
    /^(?:and|or)$/i.test(conjunction?.value ?? '') &&
    words.some((word) => /^NN/.test(word.tag)) &&
    // (A plural the tagger reads as a verb after its noun, "development updates/VBZ", is the item's noun.)
    !words.some(
      (word, index) => /^(?:VB[DP]?|MD)$/.test(word.tag) || (word.tag === 'VBZ' && !/^(?:NN|JJ)/.test(words[index - 1]?.tag ?? '')),
    ) &&
    /^(?:NN|JJ|DT|CD|PRP\$|VBG)/.test(next?.tag ?? '')
  )
}

/** Words at most of an item of a series between its commas ("development updates"). */
const maxSeriesItemWords = 4

/** Subordinators whose clause a cut may not start inside of: reasons, concessions, conditions, times. */
const leftSubordinator = /^(?:because|since|although|though|if|unless|when|whenever|while|whilst|whereas|once|until)$/i

/**
 * Whether the word `first` of a cut stands inside a subordinate clause that opens, after a main clause, on its
 * subordinator and an aside set off by commas ("…was not affected because, in absence of the tail, | the
 * encoding…"): walking back from it, the subordinator and its comma come before any finite verb, and a finite verb
 * before them. (An opening adverbial, "Since its introduction, | ATF has…", has no main clause before it.)
 */
function startsInsideSubordinate(tokens: Token[], first: Token | undefined): boolean {
  let start = first ? tokens.indexOf(first) : -1
  // (An aside set off by commas right before the cut is stepped over, verb or not: "…because, as we found out later, |
  // the old grammar…".)
  const before = tokens.slice(0, start).findLastIndex((token) => token.kind !== 'space')
  if (tokens[before]?.value === ',') {
    const opening = tokens.slice(0, before).findLastIndex((token) => token.value === ',')
    const word = tokens.slice(0, opening).findLast((token) => token.kind === 'word')
    if (opening > 0 && word && leftSubordinator.test(word.value) && /^(?:IN|WRB)$/.test(word.tag)) start = opening
  }
  for (let at = start - 1; at >= 0; at--) {
    const token = tokens[at]
    if (token.kind !== 'word') continue
    if (finiteWord(token)) return false
    // (As the tagger reads it: "…is only evaluated once/RB, | the approach…" is no "once" that opens a clause.)
    if (!leftSubordinator.test(token.value) || !/^(?:IN|WRB)$/.test(token.tag)) continue
    const next = tokens.slice(at + 1).find((each) => each.kind !== 'space')
    const head = tokens.slice(0, at)
    const main = head.some((each) => each.kind === 'word' && finiteWord(each))
    if (next?.value === ',') return main
    // (Right after its subordinator, only the reason a main clause of its own denies: "…is not exploitable | because
    // the caller can always…" reads as the threat it rules out. A reason for a claim that leans, "this is no longer
    // an issue | as we now inspect…", or one that holds, is what the sentence says.)
    return next === first && main && head.some((each) => denial.test(each.value)) && !holdsOfWhatCameBefore.test(joinTokens(head))
  }
  return false
}

/** Whether a sentence opens on a phrase before its comma that picks out the cases its claim is of (see `picksOutCase`). */
function opensOnPickedCase(tokens: Token[]): boolean {
  return picksOutCase(beforeComma(tokens))
}

/** Whether a sentence opens on a purpose of its own before its comma: "To add elements to the end of a list, …" (not "To fix this, …"). */
function opensOnPurpose(tokens: Token[]): boolean {
  const intro = beforeComma(tokens)
  const words = intro.filter((token) => token.kind === 'word')
  return (
    words.length >= 3 &&
    /^to$/i.test(words[0].value) &&
    /^VB/.test(words[1].tag) &&
    // (Not one that only frames how the sentence is said: "To cut a long story short,", "To give a concrete example,", "To be
    // more precise,", "To quote the documentation,".)
    !/^(?:be|give|take|quote|cite|sum|cut|put|illustrate|recap|clarify|summari[sz]e|say|make|paraphrase|borrow|use|answer|see)$/i.test(
      words[1].value,
    ) &&
    !words.some((word) => /^(?:this|that|these|those|it|them|so|example|story|point)$/i.test(word.value))
  )
}

/** Whether a cut opens on the sentence's own first word (it kept the opening). */
function startsLike(cut: Token[], tokens: Token[]): boolean {
  const first = (list: Token[]) => list.find((token) => token.kind === 'word')
  return first(cut) === first(tokens)
}

/** Whether a sentence opens on a phrase before its comma that bounds its claim to a case or a time (see `boundsToCase`). */
function opensOnCase(tokens: Token[]): boolean {
  const intro = beforeComma(tokens)
  return (
    intro.length > 0 && (intro[0].tag === 'IN' || /^(?:as|prior)$/i.test(intro[0].value)) && (boundsToCase(intro) || picksOutCase(intro))
  )
}
