import { tidySpaces } from './parentheticals.ts'
import { namesPlatforms } from './text.ts'
import { determinesNoun, gradesAmount, isWh } from './dependence.ts'
import { adverbialSubordinator, beForm, frequencyWord, frequencyWords, monthName, opensCondition } from './english-clauses.ts'
import { finiteAuxiliary, finiteWord, isKnownWord, numberWord, type Token } from './tagging.ts'

/*
 * The words that only link a sentence to the one before ("But", "However,", "In fact,"):
 * a point on a slide stands alone, so they go.
 */

// A negation is the sentence's meaning, never a link to the one before: "not all of these rules apply".
// "Neither" and "Nor" are tagged as conjunctions, but "Neither approach worked" without its
// first word says the opposite.
const negation = /^(not|never|n['’]t|no|neither|nor)$/i

// An adverb before a quantifier bounds it ("Almost any change", "Essentially all programs"):
// it is the claim, not a link to the sentence before. A closed class of determiners.
// ("Just some prose" is only "some prose": an existential "some" is left alone.)
const quantifier = /^(all|any|every|each|no|most|none)$/i
// "For some code, not adding a unit test is fine", "In many cases, …": an opening phrase that
// picks out part of what the claim is about bounds it; without it the point claims it of all.
const partOf = /^(some|many|few|several|certain)$/i
// ("For some reason,", "At some point,": a "some" that picks out nothing of what the claim is about.)
const vagueSome = /^(?:for\s+some\s+reasons?|at\s+some\s+point|some\s+time\s+(?:ago|later))$/i
const introText = (intro: Token[]) => intro.map((token) => token.value).join(' ')
// Adverbs that bound what the words after them claim ("Only a single value can be returned",
// "Even a small model…"): without them the point says more than the writer did. A closed class.
const focus = /^(only|even|merely|solely|exactly|precisely|almost|nearly)$/i
// "Here we are today, months from the release", "There it is": "here" and "there" with a pronoun
// and "be" or "go" are a phrase, not a link to the sentence before.
const presentative = (words: Token[]) =>
  /^(here|there)$/i.test(words[0]?.value ?? '') && /^(is|are|am|was|were|go|goes|come|comes)$/i.test(words[2]?.value ?? '')

// Openings that say when or whether the claim holds ("In theory,", "Previously,", "In previous
// versions,", "At first glance,", "So far,", "To date,"): without them the point claims more than the author did. A closed class the
// tagger gives the same tags as "In fact," or "Then".
// ("Usually, publishers ask for a fee": how often the claim holds is part of it; "By default, the app
// assumes no behavioural responses" says when.)
// ("To a good approximation, the sun is a perfect emitter of light" (review 109, a physics explainer), "To a first approximation, …":
// how exactly the claim holds is part of it too.)
const hedge = new RegExp(
  `^(theory|principle|glance|paper|surface|past|far|date|approximation|previously|originally|initially|formerly|historically|traditionally|theoretically|ideally|supposedly|apparently|seemingly|once|partly|default|previous|earlier|older|prior|former|moment|present|${frequencyWords})$`,
  'i',
)

// Adverbs that say how sure the author is ("Maybe a framework is a good choice", "Perhaps…"):
// without them the point claims what the author only supposed. A closed class.
// ("Otherwise" says the claim holds only when what came before does not; without it the point
// says the opposite of a case the author set apart.)
const stance = /^(maybe|perhaps|probably|possibly|likely|arguably|presumably|conceivably|hopefully|otherwise)$/i

// Units of time: a closed class.
const timeUnit = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|time|times)$/i

// Words of the far end of a range, which bound a claim to it as a superlative does ("In the extreme,"): a closed class.
const extremity = /^(worst|best|extreme|extremes|limit)$/i

// "In my experience,", "For us,", "In our tests,": an opening that says whose case the claim is.
// (First-person pronouns and possessives: a closed class.)
const ownCase = /^(my|our|me|us)$/

/**
 * "In our case, after a thorough examination, we decided to develop a custom tool" (review 92): "in our
 * case" before a clause whose subject is the writer already says whose case it is twice; without it
 * the clause still does.
 */
function ownCaseSaid(intro: Token[], clause: Token[]): boolean {
  if (!/^(?:in (?:our|my) case|for us|for me)$/i.test(introText(intro))) return false
  // The clause's subject, past an opening phrase or two of its own ("after a thorough examination,"): not a
  // "we" further in, "the tool that we built failed".
  let rest = clause
  for (let round = 0; round < 2; round++) {
    const first = rest.find((token) => token.kind === 'word')
    const comma = rest.findIndex((token) => token.value === ',')
    if (
      !first ||
      !/^(?:IN|RB|VBG|TO)/.test(first.tag) ||
      comma === -1 ||
      rest.slice(0, comma).filter((token) => token.kind === 'word').length > 8
    )
      break
    rest = rest.slice(comma + 1)
  }
  const words = rest.filter((token) => token.kind === 'word')
  return /^(?:we|i)$/i.test(words[0]?.value ?? '') && /^(?:VB|MD)/.test(words[1]?.tag ?? '')
}

/** The words say how sure the author is or whose case the claim is ("Maybe", "In my experience"). */
export function holdsStance(words: Token[]): boolean {
  return words.some((word) => stance.test(word.value) || ownCase.test(word.value))
}

/**
 * Whether an opening bounds the claim after it to a case: a superlative or the far end of a range
 * ("In its most extreme extrapolation,", "At worst,"), or "where" or "whenever" ("Where there's no
 * real need for it,"). Without it the point claims more than the writer did.
 */
/** "Before incremental checkpointing,", "Until version 2,", "Prior to the rewrite,": the time before a change (not "Before that,"). */
export function boundsToTime(words: Token[]): boolean {
  // ("As of Go 1.8, the compiler does not inline mid-stack functions by default" (review 120, a design proposal): the
  // state of things up to a time, which the writer's change ends.)
  // (A short one: "As of the beginning of the Go 1.9 development cycle, a mostly complete prototype… is already working"
  // says where things stand now, which the point says without it.)
  const asOf =
    words.length <= 4 &&
    /^as$/i.test(words[0]?.value ?? '') &&
    /^of$/i.test(words[1]?.value ?? '') &&
    !/^(?:now|today|yet)$/i.test(words[2]?.value ?? '')
  return (
    (asOf || /^(?:before|until|till|prior)$/i.test(words[0]?.value ?? '')) &&
    !words.some((word) => /^(?:that|this|then|now|it|these|those)$/i.test(word.value)) &&
    words.some((word) => /^NN/.test(word.tag) || word.tag === 'VBG' || word.tag === 'CD')
  )
}

/** Nouns of a phrase with "a" that links a sentence, says how long or points to another post: a closed class of English. */
const aWhile =
  /^(?:sense|way|nutshell|word|words|moment|while|bit|glance|minimum|maximum|pinch|hurry|row|side|note|sec|second|minute|time|day|week|month|year|period|start|change|previous|recent|earlier|later|future|separate|follow-up|result|whole|rule|matter|fact|lot|level|basis|scale|example|instance|reason|living|daily|weekly|monthly|regular|personal|technical|practical|high|low|similar|related)$/i

export function boundsToCase(words: Token[]): boolean {
  if (/^(where|wherever|whenever)$/i.test(words[0]?.value ?? '')) return true
  // "In the case of interactive & animated visualization, matplotlib is relatively limited" (review 92),
  // "When it comes to X,": the case named as one.
  const opening = words
    .slice(0, 4)
    .map((word) => word.value.toLowerCase())
    .join(' ')
  // (A kind of thing, not a name: "However, in the case of WebTorrent Desktop, we use nearly every Electron
  // feature" names the case the article is about, and the claim stands without it.)
  const named = words.slice(4).some((word) => /^[\p{Lu}]/u.test(word.value))
  if (/^(?:in the case of|in the context of|when it comes to)\b/.test(opening) && !named) return true
  // ("At its peak, we had almost 740 people watching live" (review 146, a conference's recap, where over 10k tuned in all day):
  // the moment of the most a figure says bounds it; without it, the peak reads as the whole.)
  if (/^at (?:(?:its|their|the|our|his|her|my) )?(?:peak|height|busiest|highest|lowest)\b/.test(opening)) return true
  // "In the same amount of time it took Chrome 61 to parse Facebook's JS, Chrome 75 can now parse both…" (review 97, V8's
  // write-up), "Compared to last year, …": the baseline a comparison is measured against; without it the claim says another thing.
  // (Not "At the same time,", a link to the sentence before.)
  const baseline = words
    .slice(0, 7)
    .map((word) => word.value.toLowerCase())
    .join(' ')
  if (
    /^(?:in|at|for|with|within) the same (?:amount|number|period|budget|price|cost|space|memory|hardware|time it)\b/.test(baseline) ||
    /^(?:compared (?:to|with)|relative to|in comparison (?:to|with))\b/.test(opening)
  )
    return true
  // "In some cases, the old build was faster on a cold cache", "On Windows, the installation is less straightforward" (review
  // 140, a French Jekyll tutorial's "Sur Windows,"): some of the cases, or the system the claim holds on, bound it; without
  // them it is said of every case.
  if (
    /^(?:in|under|for)$/i.test(words[0]?.value ?? '') &&
    /^(?:some|many|certain|rare|several|few|specific|exceptional|edge)$/i.test(words[1]?.value ?? '') &&
    /^(?:cases|situations|circumstances|scenarios|instances|conditions|configurations|environments|setups)$/i.test(words[2]?.value ?? '') &&
    words.length === 3
  )
    return true
  if (/^(?:on|under)$/i.test(words[0]?.value ?? '') && namesPlatforms(words.slice(1).map((word) => word.value))) return true
  // "In client side load balancing, the client is aware of multiple backend servers", "With lookaside load
  // balancing, the smarts are in a special LB server" (review 93): a preposition and a noun phrase without a
  // determiner name the kind of thing the claim is made of; the paragraphs beside it make others of other kinds. (Not a link, "In
  // practice,", "On average,".)
  if (
    /^(?:in|with|under)$/i.test(words[0]?.value ?? '') &&
    words.length >= 2 &&
    words.length <= 6 &&
    // (Not a version, "In TypeScript 3.9,", "In Jekyll 3.2,": in release notes the version the post is about.)
    words.slice(1).every((word) => /^(?:JJ|NN|VBG|VBN)/.test(word.tag) || /^[()]$/.test(word.value)) &&
    // (Not a date or a length of time, "In 2009,", "In December 2025,", "In five hours,": when, which the notes say.)
    words.slice(1).some((word) => /^NN/.test(word.tag) && !monthName.test(word.value) && !timeUnit.test(word.value)) &&
    // (Nor an amount, "With more money,", "With enough time,".)
    !words.some(
      (word) =>
        numberWord.test(word.value.toLowerCase()) ||
        /^(?:JJR|RBR)$/.test(word.tag) ||
        quantifier.test(word.value) ||
        /^(?:enough|much|many|extra|additional|sufficient|little|few)$/i.test(word.value),
    ) &&
    // (A compound noun may end on its gerund, "load balancing".)
    (/^NN/.test(words.at(-1)?.tag ?? '') || (words.at(-1)?.tag === 'VBG' && /^NN/.test(words.at(-2)?.tag ?? ''))) &&
    !linkPhrase.test(words.map((word) => word.value.toLowerCase()).join(' '))
  )
    return true
  // "On an hourly contract, revision limits matter less", "For a fixed-cost contract, stay within a reasonable number of
  // revisions" (review 120, a post on hiring an illustrator): a preposition and a thing named with "a" or "an" is the case
  // the claim is made of, beside another case. (Not a link or a while, "For a moment,", "On a side note,", nor a pointer
  // to another post, "For a previous post,"; nor "in", "at" or "with", which set a scene or a means the claim holds
  // without: "In a typical machine learning problem,", "With a pull-based approach,".)
  if (
    /^(?:on|for|under)$/i.test(words[0]?.value ?? '') &&
    /^an?$/i.test(words[1]?.value ?? '') &&
    words.length >= 3 &&
    words.length <= 6 &&
    // (Not a named machine or version, "On a Macbook Pro M3 (Nov 2023),": the setting of a measurement, said in the notes.)
    words.slice(2).every((word) => /^(?:JJ|NNS?|VBG|VBN)$/.test(word.tag) && !/^[\p{Lu}]/u.test(word.value)) &&
    /^NN/.test(words.at(-1)?.tag ?? '') &&
    !words.some((word) => aWhile.test(word.value))
  )
    return true
  // ("With experiments.html enabled, you can now point `entry` directly at an HTML file" (review 121, webpack's release post):
  // what the claim holds with or without, switched on or off, is its case.)
  if (
    /^(?:with|without)$/i.test(words[0]?.value ?? '') &&
    words.length >= 3 &&
    words.length <= 6 &&
    (/^(?:enabled|disabled|installed|configured|activated|deactivated|loaded|applied)$/i.test(words.at(-1)?.value ?? '') ||
      // ("With the flag turned on,"; not "With so much going on,".)
      (/^(?:on|off)$/i.test(words.at(-1)?.value ?? '') && /^(?:turned|switched|set)$/i.test(words.at(-2)?.value ?? '')))
  )
    return true
  // "For large projects, the impact can be especially noticeable" (review 92): the kind of thing a claim
  // holds for is its case. (Not a group alone, "For contributors,", which says whom the writer addresses.)
  if (namesWhoFor(words) && words.some((word) => /^JJ/.test(word.tag))) return true
  // (An opening phrase only, "In the best case,": "the most popular tool" or "at least one node" is no case.)
  if (boundsToTime(words) && !words.some((word) => /^(VB[DPZ]?|MD)$/.test(word.tag))) return true
  if (words[0]?.tag !== 'IN' || words.some((word) => /^(VB[DPZ]?|MD)$/.test(word.tag))) return false
  // ("By default, StyleX follows the inline style convention…" (review 114, StyleX's post), "In theory,", "At first,": the
  // openings `dropLeading` keeps as saying when or whether the claim holds bound it to that case for a cut too.)
  // (A preposition and its noun only: "As mentioned earlier," links to what was said.)
  if (words.length <= 3 && hedge.test(words.at(-1)?.value ?? '') && words.slice(1, -1).every((word) => /^(DT|JJ|PRP\$)$/.test(word.tag)))
    return true
  // "Without object deduplication, we use 6965 megabytes": what the claim holds without is its case.
  // (Not "Without a doubt," or "without further ado", which only say how sure or how soon.)
  if (/^without$/i.test(words[0].value) && !/^(a|any|further|question)$/i.test(words[1]?.value ?? '')) return true
  // "Before incremental checkpointing, every checkpoint consisted of the full state": the time a claim held
  // in, before or until a change, is its case; without it the point says the opposite of the article. (Not
  // "Before that," or "Until then,", which only link it to the sentence before.)
  if (boundsToTime(words)) return true
  return words.some((word) => (/^(JJS|RBS)$/.test(word.tag) && !/^(most|least)$/i.test(word.value)) || extremity.test(word.value))
}

/**
 * "For conditions that cannot be statically determined, | Rspack keeps the original behavior", "In builds with type checking
 * enabled, | the overall time can be reduced by around 60%" (review 124, Rspack's release post): an opening phrase that
 * picks out the things the claim is of, by a relative clause or by what is switched on in them, bounds the claim; the
 * main clause alone says it of all of them. (Its words before the main clause, across the clauses they were split into.)
 * (Not words about the text, "In the example that follows,", "For the reasons that I gave,": those point, not pick out.)
 */
export function picksOutCase(words: Token[]): boolean {
  if (!mayPickOutCase(words)) return false
  const relative = words.findIndex((word, index) => index >= 2 && /^(?:that|which|where|whose)$/i.test(word.value))
  // (Things named bare, "conditions that…", "teams that…": not one thing or time a determiner picks, "In the years that
  // followed,", "In a world where…", "In the codebase that I inherited,", which set a scene, nor a while or a setting named bare.)
  if (
    relative !== -1 &&
    !aboutTheText.test(words[relative - 1].value) &&
    !sceneNoun.test(words[relative - 1].value) &&
    words.slice(1, relative).every((word) => !/^(?:DT|PDT|PRP\$?|WDT|CD|MD)$/.test(word.tag) && !finiteWord(word)) &&
    words.slice(relative + 1).some((word) => /^(?:VB|MD)/.test(word.tag) || finiteAuxiliary.test(word.value))
  )
    return true
  // ("For export const in non-cyclic modules, however, | the exported value will not change…": "for" and a kind of thing
  // named bare, without a determiner, picks out the things the claim is of. Not "For example,", "For more details,".)
  if (
    /^for$/i.test(words[0].value) &&
    words.length >= 3 &&
    words.length <= 8 &&
    /^(?:NN|NNS|JJ)$/.test(words[1].tag) &&
    !forFraming.test(words[1].value) &&
    // (Not a purpose, "For requesting access,", "For data lakes to transform into lakehouses,".)
    words.slice(1).every((word) => !/^(?:PRP|PRP\$|MD|CD|JJR|RBR|JJS|RBS|TO|VBG)$/.test(word.tag) && !finiteWord(word)) &&
    !words.some((word) => durations.test(word.value)) &&
    // (Nor a purpose named by its noun, "For scaling purposes,", "For security reasons,".)
    !/^(?:purposes?|reasons?|sake|use|uses)$/i.test(words.at(-1)?.value ?? '')
  )
    return true
  // ("In almost every target, | the ECPS performs best…" (review 137, a policy model's write-up), "For most queries,": a
  // preposition and a quantifier of nearly all things of a kind count the cases the claim holds in.)
  // (All but a few, or most: not "some" or "many" cases, which only say the claim is not everywhere, nor "most of this year", a while.)
  const hedged = /^(?:almost|nearly|practically|virtually)$/i.test(words[1]?.value ?? '')
  const counted = words[hedged ? 2 : 1]
  const counts = hedged ? /^(?:every|each|all|any)$/i : /^most$/i
  const noun = words[hedged ? 3 : 2]
  if (
    counts.test(counted?.value ?? '') &&
    /^NNS?$/.test(noun?.tag ?? '') &&
    !sceneNoun.test(noun?.value ?? '') &&
    words.length <= (hedged ? 6 : 5)
  )
    return true
  const switched = words.findIndex((word, index) => index >= 2 && /^(?:with|without)$/i.test(word.value))
  return (
    switched !== -1 &&
    words.length - switched <= 6 &&
    /^(?:enabled|disabled|installed|configured|activated|deactivated|loaded|applied|on|off)$/i.test(words.at(-1)?.value ?? '')
  )
}

/** Whether words open on a preposition a phrase that picks out cases may open with (see `picksOutCase`). */
export function mayPickOutCase(words: Token[]): boolean {
  return /^(?:for|in|on|under|within|across)$/i.test(words[0]?.value ?? '')
}

/** What "for" opens as a link, a purpose of the telling or a while, not a kind of thing: "For example,", "For simplicity,". A closed class. */
const forFraming =
  /^(?:example|instance|reference|context|comparison|clarity|simplicity|brevity|convenience|completeness|posterity|fun|starters|one|ever|good|further|details|information|info|background|now|once|sure|real|free|certain|whatever|whichever|what|those|anyone|everyone|someone|everything|anything|something|reasons?|illustration|demonstration|argument|sake|such)$/i

/** Nouns of a while or a setting, which a phrase sets a scene by rather than picks out cases: a closed class. */
const sceneNoun =
  /^(?:years?|months?|weeks?|days?|hours?|times?|moments?|eras?|ages?|periods?|decades?|world|industry|places?|situations?)$/i

/** Nouns that name a part of the text or the talk, which a phrase points into rather than picks out cases by. A closed class. */
const aboutTheText =
  /^(?:examples?|posts?|articles?|sections?|chapters?|videos?|tutorials?|snippets?|figures?|diagrams?|images?|tables?|screenshots?|lists?|steps?|parts?|ways?|sense|reasons?|words|pages?|code|demos?|talks?|series|blogs?|guides?|docs|documentation|paragraphs?|sentences?|links?)$/i

/**
 * "To say,", "To be honest,", "Needless to say,", "To sum up,": the speaker's comment on how the
 * sentence is said, before its comma; the claim is what follows. So is "First of all," or "Last
 * but not least,", which only says where it stands among the speaker's points, as the bullets'
 * order does, or "Most importantly," and "Crucially,", which say it matters (see `stressed`), or
 * "Remember,", "Keep in mind,", which ask the listener to hold on to it, or "That said,", "Having said
 * that,", which only grant what came before, or "Statistically speaking,", "Frankly speaking,",
 * which say in what sense it is said, or "The thing is,", "The truth is," (review 141, an essay on careers), which only
 * say that the claim comes. (A closed class of English.)
 */
const commentClause =
  /^(?:to say|to be (?:honest|fair|clear|frank|realistic|precise|sure)|to put it (?:simply|bluntly|another way|differently)|simply (?:said|put)|put simply|plainly put|to sum up|to summarize|to summarise|to conclude|needless to say|suffice it to say|that is to say|so to speak|first of all|first and foremost|first off|for starters|to begin with|to start with|last but not least|most importantly|more importantly|importantly|crucially|critically|above all|most of all|remember|note|keep in mind|bear in mind|mind you|i mean|you know|you see|like i said|as i said|that said|that being said|this being said|having said that|with that said|all that said|all that being said|(?:statistically|historically|financially|honestly|frankly) speaking|the (?:thing|truth|fact|point|reality|bottom line) is)$/i

/**
 * Phrases that only count the writer's points, "For one", "First of all" (a closed class of English; see `commentClause`).
 * Not "To begin with", which opens an infinitive as often without its comma: "To begin with the end in mind is…".
 */
const countingPhrase = /^(?:for one|for starters|first of all|first off)$/i

/**
 * Whether a clause says what would or could be ("it would be possible to hire the team", "we
 * could hire the whole team"): its verb a conditional modal within its first few words. A
 * prepositional phrase before its comma ("With the necessary resources,") is then its condition,
 * and the clause without it claims what the writer only supposed.
 */
function inConditional(clause: Token[]): boolean {
  const words = clause.filter((token) => token.kind === 'word').slice(0, 5)
  // (Not the writer's stance or wish, "I would say 100%", "would love to see…": no condition there.)
  return words.some(
    (word, index) =>
      word.tag === 'MD' &&
      /^(?:would|could|'d|’d)$/i.test(word.value) &&
      !/^(?:say|argue|guess|love|like|suggest|recommend|prefer|think|imagine|expect|bet|hope|add|note)$/i.test(
        words.slice(index + 1).find((next) => !/^RB/.test(next.tag))?.value ?? '',
      ),
  )
}

/** Prepositional phrases that link a sentence to the ones around it: a closed class of English. */
const linkPhrase =
  /^(?:for\s+(?:example|instance|now|once|starters|sure)|in\s+(?:practice|fact|short|general|particular|addition|contrast|turn|theory|reality|summary|conclusion|brief|effect|sum|principle|essence|truth|hindsight|retrospect|comparison|other\s+words|the\s+end|any\s+case|the\s+meantime|the\s+long\s+run)|of\s+course|at\s+(?:first|last|least|best|worst|times|the\s+moment|the\s+end\s+of\s+the\s+day)|in\s+the\s+long\s+run|for\s+the\s+most\s+part|by\s+(?:default|contrast|comparison|design|far)|on\s+(?:average|balance|the\s+whole|the\s+other\s+hand))$/

/** A condition on the reader's time or patience ("If you're short on time", "If you are in a hurry", "For the impatient"): a closed class of English. */
const readerInAHurry =
  /^(?:if\s+you\s*(?:['’]re|are)\s+(?:short\s+on|pressed\s+for)\s+time|if\s+you\s*(?:['’]re|are)\s+in\s+a\s+(?:hurry|rush)|if\s+you\s+(?:don['’]t|do\s+not)\s+have\s+(?:much\s+)?time|if\s+you\s+(?:just|only)\s+want\s+the\s+(?:gist|summary|short\s+version|highlights)|for\s+the\s+impatient|for\s+those\s+(?:short\s+on|pressed\s+for)\s+time)$/i

/** Whether words sum up the post: its lesson, take-aways, gist or short version, "here is…", or a line ending in its colon. */
function sumsUpPost(tokens: Token[]): boolean {
  const text = tokens
    .map((token) => token.value)
    .join('')
    .trim()
  return (
    /[:：]\s*$/u.test(text) ||
    /^(?:the\s+(?:(?:main|key|short|big|quick|most\s+important)\s+)?(?:lessons?|take-?aways?|points?|version|answer|summary|gist|highlights?)\b|here(?:['’]s|\s+is|\s+are)\b|tl;?dr\b)/iu.test(
      text,
    )
  )
}

/** A line without the condition on the reader's time it opens on ("If you're short on time, the take-aways were:"): see `readerInAHurry`. */
export function withoutHurriedReader(line: string): string {
  const comma = line.indexOf(',')
  if (comma < 0 || !readerInAHurry.test(line.slice(0, comma).trim().replace(/\s+/g, ' '))) return line
  const rest = line.slice(comma + 1).trim()
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

/**
 * The subject after an interjection of speech that opens a sentence without a comma ("Ok well I spent…", "Okay so we…",
 * "Oh well we…"): "ok", "okay" or "oh", maybe "well", "so", "then" or "now", then a pronoun, determiner or name. (Closed
 * classes; the tagger reads "Ok" as a name.)
 */
function spokenOpening(words: Token[]): Token | undefined {
  const [first, second, third] = words
  if (!first || !second || !/^(?:ok|okay|oh)$/i.test(first.value)) return undefined
  // (A name after "OK" or "Oh" alone may be the name's own: "OK Go released…", "Oh Canada was played…".)
  const doubled = /^(?:well|so|then|now)$/i.test(second.value)
  const subject = doubled ? third : second
  return subject && (doubled ? /^(?:PRP|DT|EX|NNP)$/ : /^(?:PRP|DT|EX)$/).test(subject.tag) ? subject : undefined
}

/**
 * "For environment isolation, conda was the most popular", "Among developers, Python is the most
 * loved": a phrase that opens on a preposition says among what the superlative after its comma holds;
 * without it "the most popular" claims more than the writer did (a survey's answer, review 90). Not a
 * phrase that points back ("For this reason,").
 */
function scopesSuperlative(intro: Token[], clause: Token[]): boolean {
  if (
    !/^(?:for|among|in|of|across|within|at|between|amongst)$/i.test(intro[0]?.value ?? '') ||
    intro.some((token) => /^(?:this|that|these|those|it|them)$/i.test(token.value))
  )
    return false
  // (A link, "For example,", "In practice,", "In fact,", is no scope.)
  const phrase = intro.map((token) => token.value.toLowerCase()).join(' ')
  if (linkPhrase.test(phrase) || !/^NNS?$/.test(intro.at(-1)?.tag ?? '')) return false
  const words = clause.filter((token) => token.kind === 'word')
  return words.some(
    (word, index) =>
      /^(?:JJS|RBS)$/.test(word.tag) ||
      (/^(?:most|least)$/i.test(word.value) && /^(?:JJ|RB|VBN)/.test(words[index + 1]?.tag ?? '')) ||
      (/^the$/i.test(words[index - 1]?.value ?? '') && /^(?:first|only|top|favou?rite|leading)$/i.test(word.value)),
  )
}

/** Drop what only links a sentence to the one before: "But", "However,", "In fact,", "Then". */
/**
 * Whether the words after an opening's comma are a noun phrase set off by a comma, then the verb: "About two dozen people, |
 * roughly a quarter of the company, took me up on this offer" (review 143, an essay on a CTO's time). The opening was the
 * subject, and the phrase its apposition; without it the point read "A quarter of the company, took me up…".
 */
function appositionThenVerb(after: Token[]): boolean {
  const comma = after.findIndex((token) => token.value === ',')
  if (comma <= 0) return false
  const phrase = after.slice(0, comma).filter((token) => token.kind === 'word')
  const verb = after.slice(comma + 1).find((token) => token.kind === 'word')
  return (
    phrase.length > 0 &&
    phrase.length <= 8 &&
    phrase.every((token) => !/^(?:VB|MD)/.test(token.tag)) &&
    phrase.some((token) => /^NN/.test(token.tag)) &&
    verb !== undefined &&
    /^(?:VBD|VBZ|VBP|MD)$/.test(verb.tag)
  )
}

export function dropLeading(tokens: Token[]): Token[] {
  let rest = tokens
  for (let round = 0; round < 3; round++) {
    rest = withoutNoting(rest)
    const words = rest.filter((token) => token.kind === 'word')
    const [first, second] = words
    if (!first || words.length < 4) break
    // ("Ok well I spent a lot of the meeting talking to people about Python packaging" (review 126, a conference story):
    // the interjections of speech before the subject, without a comma, say nothing of the claim.)
    const spoken = spokenOpening(words)
    if (spoken) {
      rest = rest.slice(rest.indexOf(spoken))
      continue
    }
    // ("For one I did not get on a single airplane in 2022" (review 150, a year in review): the phrase that only counts the
    // writer's points, its comma left out, before the subject.)
    const counting = [2, 3].find(
      (length) =>
        countingPhrase.test(
          words
            .slice(0, length)
            .map((word) => word.value)
            .join(' '),
        ) && /^(?:PRP|DT|NNP)$/.test(words[length]?.tag ?? ''),
    )
    if (counting && rest[rest.indexOf(words[counting - 1]) + 1]?.value !== ',') {
      rest = rest.slice(rest.indexOf(words[counting]))
      continue
    }
    const comma = rest.findIndex((token) => token.value === ',')
    const intro = comma > 0 ? rest.slice(0, comma).filter((token) => token.kind === 'word') : []
    // (Adverbs of frequency and extent are kept, without their comma.)
    if (frequencyWord.test(first.value) && rest[rest.indexOf(first) + 1]?.value === ',') {
      // "Usually, publishers ask for a fee": how often is the claim's; its comma would read as a link.
      const after = rest.indexOf(first) + 1
      rest = [...rest.slice(0, after), ...rest.slice(after + 1)]
      break
    }
    // ("But, I do think…" loses its comma with its "But", "But ... we don't really learn…" its dots.)
    // "Either way,", "Either way you do it,": whichever of the options before, so a link to them, up to its comma.
    const either = /^either$/i.test(first.value) && /^NN/.test(second.tag)
    // "Once again, vite-ecosystem-ci has been crucial…": "again" ties the sentence to what came
    // before, as "In fact," does; it is no "once" of the past.
    const again =
      intro.length > 0 &&
      intro.length <= 2 &&
      /^again$/i.test(intro.at(-1)?.value ?? '') &&
      /^(once|yet)?$/i.test(intro.length === 2 ? first.value : '')
    // "No, eventually DB will talk directly to the browser": an answer word before its comma answers the sentence before.
    const answer = intro.length === 1 && /^(?:no|yes|yeah|yep|nope)$/i.test(first.value)
    // ("If you're short on time, the take-aways of the talk were:" (review 126, a talk's write-up): a condition on the
    // reader's time says how to read the post, not when the claim holds.)
    // (Only before what sums up the post, "the take-aways were:", "here is the short version": a condition on advice or a
    // claim, "If you are in a hurry, use the prebuilt image", is the claim's.)
    const hurried = intro.length > 0 && readerInAHurry.test(introText(intro)) && sumsUpPost(rest.slice(comma + 1))
    if (again || answer || hurried || commentClause.test(intro.map((token) => token.value).join(' '))) rest = rest.slice(comma + 1)
    else if (either && intro.length > 0 && intro.length <= 6) rest = rest.slice(comma + 1)
    // "Now you've used the camera to take still pictures, you can move on to recording video": "now"
    // before a clause of its own and a comma says "now that"; what was done is the step before, and
    // the clause after the comma is the point.
    else if (
      nowThat(intro) &&
      opensOnSubject(rest.slice(comma + 1)) &&
      rest.slice(comma + 1).some((token) => token.kind === 'word' && finiteWord(token))
    )
      rest = rest.slice(comma + 1)
    else if (either) break
    // ("In Express v4, you could get numerical parameters using regex capture groups. Now all parameters must be named."
    // (review 137, Express's v5 announcement): "now" right before a subject in the third person and its verb in the present
    // says what holds since a change, which the claim says without it. Not a step of the writer's or the reader's, "Now we
    // add the handler", "Now you can run it", nor "Now this is…", which points back.)
    else if (nowHolds(words, rest)) rest = rest.slice(rest.indexOf(second))
    else if (first.tag === 'CC' && !negation.test(first.value))
      rest = rest
        .slice(rest.indexOf(first) + 1)
        .filter((token, index, all) => !(/^(?:,|\.+|…)$/u.test(token.value) && all.slice(0, index).every((each) => each.kind !== 'word')))
    else if (
      intro.length > 0 &&
      intro.length <= 4 &&
      /^(IN|RB|VBG|TO|UH)/.test(first.tag) &&
      // ("Not from the framework, but by folks who…": a denial is the meaning, never a link.)
      !negation.test(first.value) &&
      !opensCondition(intro) &&
      !intro.some(
        (token) =>
          hedge.test(token.value) || stance.test(token.value) || (ownCase.test(token.value) && !ownCaseSaid(intro, rest.slice(comma + 1))),
      ) &&
      // ("For now, plugins can only be distributed as single files" (review 111, Biome's post in Japanese, 現時点では):
      // a claim said of the present, which will change, keeps its time.)
      !/^(?:for|right|as\s+of)\s+now$|^(?:currently|presently)$/i.test(introText(intro)) &&
      // "In its most extreme extrapolation,", "At worst,": a superlative bounds the claim to its case.
      !boundsToCase(intro) &&
      // "On some systems,": a quantified opening bounds the claim.
      !intro.some((token) => quantifier.test(token.value) || (partOf.test(token.value) && !vagueSome.test(introText(intro)))) &&
      !intro.some((token) => /^(CD|NNP)/.test(token.tag) || (/^(VB|MD)/.test(token.tag) && token !== first)) &&
      // "In DuckDB, subqueries are always decorrelated": a capitalised name the tagger does not know bounds the claim too.
      !intro.some((token, index) => index > 0 && /^[\p{Lu}]/u.test(token.value)) &&
      !continuesList(rest.slice(comma + 1)) &&
      !appositionThenVerb(rest.slice(comma + 1)) &&
      !(first.tag === 'IN' && inConditional(rest.slice(comma + 1))) &&
      !namesWhoFor(intro) &&
      !saysHow(intro) &&
      !setsApproach(intro, rest.slice(comma + 1)) &&
      !scopesSuperlative(intro, rest.slice(comma + 1))
    )
      rest = rest.slice(comma + 1)
    else if (
      /^RB/.test(first.tag) &&
      // ("But in practice, most Git repos have an effective default branch" (review 124, tidyverse's post): "most" before its
      // noun says how many the claim is of, as "all" and "no" do.)
      !quantifier.test(first.value) &&
      !adverbialSubordinator.test(first.value) &&
      !negation.test(first.value) &&
      !hedge.test(first.value) &&
      !stance.test(first.value) &&
      !focus.test(first.value) &&
      !/^(?:currently|presently)$/i.test(first.value) &&
      // ("Interestingly, quite a few people have been using Vitess for more than 3 years" (review 133, Vitess's survey): an
      // adverb that grades the amount after it says how many; without it "A few people…" says the opposite.)
      !gradesAmount(first.value, words) &&
      !presentative(words) &&
      second &&
      // ("So CFGs turn out to be…": a plain noun subject after "So", as after "Then"; not one in lower
      // case the lexicon does not know, which may be a name as written, "iterables", and could not open the point.)
      (/^(PRP|DT|EX|NNP)/.test(second.tag) ||
        // ("So one district could cover multiple constituencies" (review 108, a talk's transcript): a number word the lexicon lacks too.)
        (/^so$/i.test(first.value) &&
          /^(?:NNS?|CD)$/.test(second.tag) &&
          (/^[\p{Lu}]/u.test(second.value) || isKnownWord(second.value) || numberWord.test(second.value))) ||
        // ("So usually Compaction + Defragmentation is the right way to purge history" (review 122, etcd's post): an adverb of
        // how often before the subject, which stays. Not "So often the problem is…", which is "very often".)
        (/^so$/i.test(first.value) &&
          /^(?:usually|typically|generally|normally|mostly)$/i.test(second.value) &&
          /^(?:PRP|DT|NNP|NNS?)$/.test(words[2]?.tag ?? '')) ||
        // ("So absolutely do not feel pressured…": an adverb and the verb of an advice.)
        (/^so$/i.test(first.value) &&
          /^RB/.test(second.tag) &&
          !focus.test(second.value) &&
          /^(?:VB|VBP|MD)$/.test(words[2]?.tag ?? ''))) &&
      !quantifier.test(second.value)
    )
      rest = rest.slice(rest.indexOf(first) + 1)
    // "To fix this, we added a cache": a purpose that is only what the sentence before named.
    // (Not before a turn of the talk: "To see this, first, let's consider…".)
    else if (purposeOfBefore(intro) && opensOnSubject(rest.slice(comma + 1))) rest = rest.slice(comma + 1)
    // "Some time later, John suggested…", "Not long after, …": a story's step from the moment before,
    // without a date or a count of its own ("Two years later," says when, and stays).
    // (Or on a step's verb: "Next, add each relation…".)
    else if (
      afterBefore.test(intro.map((token) => token.value).join(' ')) &&
      (opensOnSubject(rest.slice(comma + 1)) || rest.slice(comma + 1).find((token) => token.kind === 'word')?.tag === 'VB')
    )
      rest = rest.slice(comma + 1)
    else break
    // ("So: I have deleted all my tweets save one: a link to this post." (review 137, an essay on leaving social media): the
    // mark the dropped word ended on goes with it.)
    const opening = rest.findIndex((token) => token.kind !== 'space')
    if (/^[,:;]$/.test(rest[opening]?.value ?? '')) rest = rest.slice(opening + 1)
    rest = tidySpaces(rest)
  }
  return theForDemonstrative(rest)
}

/**
 * A step of a story from the moment before it, with no date or count: "Some time later", "Soon after that", "Not long afterwards".
 * ("The next day, Yihui emailed me…" (review 147, a guest essay), "Next, add each relation to the permission config" (Ory's
 * guide): the day after the one before, the step after the one before.)
 */
const afterBefore =
  /^(?:(?:(?:some|a\s+(?:little|short|long)|a\s+while|not\s+long|shortly|soon|much|only|very\s+soon)\s+)?(?:time\s+)?(?:later|after(?:\s+(?:that|this))?|afterwards?|thereafter)|next|(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|night|week|month|year)|(?:the\s+)?(?:day|morning|week)\s+after)$/i

/*
 * "Note that…", "Keep in mind that…", "It's important to note that…", "It is worth pointing out
 * that…", "It should be noted that…": the writer asks the listener to mark the clause after "that";
 * the clause is the claim, and a bullet says it without being asked. (Verbs of noticing and the
 * adjectives that take them are closed classes of English.)
 */
const askToNote =
  /^(?:(?:please|also|but|and|so)\s+)?(?:(?:also\s+)?(?:note|notice|remember|recall)|keep\s+in\s+mind|bear\s+in\s+mind|(?:do\s+not|don['’]t)\s+forget|be\s+aware)\s+that$/i
const worthNoting =
  /^it(?:\s+is|['’]s|\s+was)\s+(?:also\s+)?(?:(?:very|really|particularly|especially)\s+)?(?:important|worth|interesting|crucial|useful|helpful|notable|noteworthy|key|essential|good)\s+(?:to\s+)?(?:note|noting|remember|remembering|mention|mentioning|point\s+out|pointing\s+out|keep\s+in\s+mind|stress|stressing|emphasi[sz]e|emphasi[sz]ing|highlight|highlighting|realize|realise|recognize|recognise|add|adding)\s+that$/i
const noted =
  /^it\s+(?:should|must|can|may)\s+(?:also\s+)?be\s+(?:noted|said|stressed|emphasi[sz]ed|mentioned|pointed\s+out|remembered)\s+that$/i
/** "Users should also be aware that…", "You need to know that…": the same ask, said of whom it asks. */
const shouldNote =
  /^(?:(?:but|and|so)\s+)?(?:you|users|readers|developers|operators|administrators|people|everyone|we)\s+(?:should|must|need\s+to|ought\s+to)\s+(?:also\s+)?(?:be\s+aware|note|know|keep\s+in\s+mind|bear\s+in\s+mind|remember|understand|realize|realise)\s+that$/i
/** "What's interesting here is that…", "The important thing is that…": the writer marks the clause after "that". */
const whatMatters =
  /^(?:what(?:['’]s|\s+is)\s+(?:really\s+|most\s+|particularly\s+|especially\s+)?(?:interesting|important|notable|noteworthy|crucial|remarkable|surprising)(?:\s+here)?\s+is|the\s+(?:really\s+|most\s+)?(?:interesting|important|notable|crucial|remarkable|surprising|key)\s+(?:thing|part|bit|point)(?:\s+here)?(?:['’]s|\s+is))\s+that$/i

/** The sentence after the words that ask the listener to note it ("Note that", "It's worth noting that"), when a clause with its own verb follows. */
function withoutNoting(tokens: Token[]): Token[] {
  const words = tokens.filter((token) => token.kind === 'word')
  const that = words.findIndex((word, index) => index < 12 && /^that$/i.test(word.value))
  if (that < 1) return tokens
  const opening = words
    .slice(0, that + 1)
    .map((word) => word.value)
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1')
  if (![askToNote, shouldNote, worthNoting, noted, whatMatters].some((pattern) => pattern.test(opening))) return tokens
  const clause = words.slice(that + 1)
  // (The tagger reads a past tense after its subject as a participle at times, "the survey allowed/VBN…".)
  const verb = (word: Token, index: number) =>
    /^(VB[DPZ]|MD)$/.test(word.tag) || (word.tag === 'VBN' && /^(NN|PRP$)/.test(clause[index - 1]?.tag ?? ''))
  if (clause.length < 3 || !clause.some(verb)) return tokens
  return tidySpaces(tokens.slice(tokens.indexOf(words[that]) + 1))
}

/** Whether the words open on "now" (no comma), a subject in the third person and, within a few words, a verb in the present. */
function nowHolds(words: Token[], rest: Token[]): boolean {
  const [first, second] = words
  if (!/^now$/i.test(first.value) || rest[rest.indexOf(first) + 1]?.value === ',') return false
  if (!/^(?:DT|PDT|NNS?|NNPS?|JJ)$/.test(second.tag) || /^(?:this|that|these|those|it|there|here)$/i.test(second.value)) return false
  const verb = words.slice(2, 7).find((word) => finiteWord(word))
  return verb !== undefined && /^(?:VBZ|VBP|MD)$/.test(verb.tag)
}

/** "Now you've used the camera", "Now your camera is connected": "now", a subject and its verb, up to the comma. */
function nowThat(intro: Token[]): boolean {
  return intro.length >= 3 && /^now$/i.test(intro[0].value) && /^(PRP|PRP\$|DT|EX)$/.test(intro[1].tag) && intro.slice(1).some(finiteWord)
}

/** Whether a clause opens on a subject, not on another opening set off by its comma ("first, …"). */
function opensOnSubject(tokens: Token[]): boolean {
  const subject = tokens.find((token) => token.kind === 'word')
  const after = subject ? tokens[tokens.indexOf(subject) + 1] : undefined
  return subject !== undefined && /^(PRP|DT|NN|EX)/.test(subject.tag) && after?.value !== ','
}

/** "To fix this", "To avoid that", "To solve these problems": "to", a verb, and a demonstrative or "it" as its whole object. */
function purposeOfBefore(intro: Token[]): boolean {
  const [to, verb, object, noun, ...more] = intro
  return (
    /^to$/i.test(to?.value ?? '') &&
    verb?.tag === 'VB' &&
    /^(this|that|these|those|it)$/i.test(object?.value ?? '') &&
    (noun === undefined || /^NN/.test(noun.tag)) &&
    more.length === 0
  )
}

// Plural nouns of time, which an opening "For" makes a duration ("For years,"), and "For
// starters," which only links: a closed class.
const durations = /^(years|decades|months|weeks|days|hours|minutes|ages|centuries|generations|starters)$/i

/**
 * "For tool users, the focus is on simplicity": an opening "For" and a group of people or
 * things says whom the claim is about; "The focus is on simplicity" alone is of no one.
 * ("For example," and "For this reason," are links: no plural noun, or a determiner.)
 */
function namesWhoFor(intro: Token[]): boolean {
  const [first, ...group] = intro
  return (
    (/^for$/i.test(first?.value ?? '') &&
      group.length > 0 &&
      group.every((word) => /^(JJ|NN)/.test(word.tag)) &&
      group.at(-1)?.tag === 'NNS' &&
      !durations.test(group.at(-1)?.value ?? '')) ||
    asRole(intro)
  )
}

/**
 * "As a commercial backer, you can decide what features and bugfixes should be prioritized" (review 117, Nim's post): an
 * opening "As a" or "As an" and a person's role says who may do what the claim says; "You can decide…" alone is said to
 * anyone. ("As a result," "As an example," "As a side note," are links: their nouns are a closed class.)
 */
function asRole(intro: Token[]): boolean {
  const [first, article, ...role] = intro
  return (
    /^as$/i.test(first?.value ?? '') &&
    /^an?$/i.test(article?.value ?? '') &&
    role.length > 0 &&
    role.every((word) => /^(JJ|NN|VBG)/.test(word.tag)) &&
    /^NN$/.test(role.at(-1)?.tag ?? '') &&
    person.test(role.at(-1)?.value ?? '') &&
    !linkingRoles.test(role.at(-1)?.value ?? '')
  )
}

/** A noun that names a person or a group by what they do: "backer", "maintainer", "user", "company" (not "protocol", "outcome"). */
const person =
  /(?:er|or|ist|ant|ent|ian|ee)$|^(?:user|company|team|member|person|individual|community|organi[sz]ation|business|parent|child|adult|human|expert|novice|friend|partner|client|guest|host|staff|employee|sponsor|customer|admin|maintainer)$/i

/** Nouns of "As a …," that link a sentence to the one before, not name who does it: a closed class. */
const linkingRoles =
  /^(?:result|consequence|example|rule|note|aside|reminder|bonus|matter|whole|start|first|starting|side|follow-?up|recap|summary|conclusion|precaution|compromise|workaround|fallback|default|test|experiment|exercise|alternative|side-effect|effect|reference|benchmark|baseline|heads-up)$/i

/**
 * "With the reactive approach, | there is no teacher": an opening "with", "without" or "under" and
 * a thing of its own (a determiner and its noun) before a short claim says under what the claim
 * holds; without it, "There is no teacher" says something else (beside "With the proactive
 * approach, there still is a teacher", the opposite).
 */
function setsApproach(intro: Token[], rest: Token[]): boolean {
  const [first, determiner] = intro
  return (
    /^(?:with|without|under)$/i.test(first?.value ?? '') &&
    /^(?:DT|PRP\$)$/.test(determiner?.tag ?? '') &&
    !/^(?:this|that|these|those|it|its)$/i.test(determiner?.value ?? '') &&
    /^NN/.test(intro.at(-1)?.tag ?? '') &&
    // (Not an idiom that only vouches or links: "Without a doubt,", "Under the hood,", "With the help of…".)
    !/^(?:doubt|question|hitch|hood|help|luck|exception|way)$/i.test(intro.at(-1)?.value ?? '') &&
    // (Its clause up to a dash or colon: "there still is a teacher – the author of the book!")
    rest.slice(0, clauseEnd(rest)).filter((token) => token.kind === 'word').length <= shortClaimWords
  )
}

/** Where the clause of `tokens` ends: at its first dash, colon or semicolon, or its end. */
function clauseEnd(tokens: Token[]): number {
  const at = tokens.findIndex((token) => /^(?:[—–:;]|--?)$/u.test(token.value))
  return at === -1 ? tokens.length : at
}

/** The words of a claim too short to stand without the setting before its comma. */
const shortClaimWords = 6

/**
 * "By prioritizing readability, we can…": an opening "by" and a gerund says how the claim comes true. ("With one CSS
 * variable, you can change the tooltip background and arrow color" (review 130, Bootstrap's post on CSS variables), "With a
 * single command, …": so does "with" and how little of it: that so little does it is the claim.)
 */
export const saysHow = (intro: Token[]) =>
  (/^by$/i.test(intro[0]?.value ?? '') && intro[1]?.tag === 'VBG') ||
  (/^with$/i.test(intro[0]?.value ?? '') &&
    /^(?:(?:just|only)\s+)?(?:one|a\s+single|a\s+few|two|three|a\s+couple(?:\s+of)?|a\s+handful\s+of|no)\s+(?:(?:more|extra|small|simple|new|css|config|code|notable)\s+)?(?:commands?|clicks?|lines?|variables?|flags?|calls?|changes?|tweaks?|exceptions?|keystrokes?|steps?|functions?|settings?|options?|files?|binar(?:y|ies)|scripts?|tools?|requests?|endpoints?|quer(?:y|ies)|packages?|dependenc(?:y|ies))\b/i.test(
      intro
        .slice(1, 7)
        .map((word) => word.value)
        .join(' '),
    ))

/**
 * "For testing different behaviors, | failure modes, and edge cases, add…": after the comma
 * come more items of a list the opening began (short phrases without a verb, then "and" or
 * "or"), so the opening is no link to drop.
 */
export function continuesList(rest: Token[]): boolean {
  const comma = rest.findIndex((token) => token.value === ',')
  if (comma === -1) return false
  const item = rest.slice(0, comma).filter((token) => token.kind === 'word')
  const next = rest.slice(comma + 1).find((token) => token.kind === 'word')
  return (
    item.length > 0 && item.length <= 4 && !item.some((word) => /^(VB[DPZ]?|MD)$/.test(word.tag)) && /^(and|or)$/i.test(next?.value ?? '')
  )
}

/** "That tactical shift…" reads as "The tactical shift…" on its own slide. */
export function theForDemonstrative(tokens: Token[]): Token[] {
  const words = tokens.filter((token) => token.kind === 'word')
  const [first, second] = words
  if (!first || !second || !/^(this|that|these|those)$/i.test(first.value) || !determinesNoun(second, first.value)) return tokens
  // ("Simply this: software has inertia" (review 140, an essay): a pronoun before a colon, no determiner of the word after it.)
  if (tokens.slice(tokens.indexOf(first) + 1, tokens.indexOf(second)).some((token) => /^[:;,.!?—–]$/.test(token.value))) return tokens
  // "Those match the fields": a "noun" with an object after it is the verb, and "Those" its subject.
  if (/^(DT|PRP)/.test(words[2]?.tag ?? '')) return tokens
  // "This month, …", "This release includes…": the time or the text the talk is in stays "this".
  if (/^(this|these)$/i.test(first.value) && thisHere.test(second.value)) return tokens
  // ("This 2025 has been wild" (review 104, a talk's transcript): a year is the time the talk is in too; "The 2025" no English.)
  if (/^(this|that)$/i.test(first.value) && /^(?:1[89]|2[01])\d\d$/.test(second.value)) return tokens
  return tokens.map((token) => (token === first ? { ...token, value: 'The', tag: 'DT' } : token))
}

/** Nouns that "this" makes the talk's own time or text ("this year", "this release", "this post"): a closed class. */
export const thisHere =
  /^(years?|months?|weeks?|weekends?|days?|times?|moment|morning|afternoon|evening|seasons?|quarters?|decades?|century|summer|spring|autumn|fall|winter|post|article|talk|series|page|section|chapter|guide|tutorial|document|episode|release|newsletter|book|paper|site|website)$/i

// Adverbs that only add the clause to the one before it, inside the clause ("You can also opt to
// set up virtual desktops", "The package was then published to PyPI"): a closed class of English.
// Without them the claim is the same, said on its own. (Not "still" or "already": they say how
// long the claim has held.)
const additive = /^(also|then)$/i

// Adverbs that only say the writer means it ("The stack is actually empty", "Returning an option
// type basically forces the caller to…", "Deepfakes are really easy to make"): spoken emphasis,
// which a slide's few words do without; the claim is the same. A closed class of English. (Not
// "just" or "only", which bound the claim; not "certainly" or "essentially", which hedge it.)
const emphatic = /^(actually|basically|literally|really|simply|definitely|indeed|obviously)$/i

// Words that say all, none or exactly ("zero", "nothing", "identical", "the same"): a "basically" before one hedges it. A closed class of English.
const absolute =
  /^(zero|none|nothing|nobody|no|all|everything|everyone|every|always|never|free|impossible|identical|equivalent|same|the|instant|instantly|unlimited|infinite|useless|dead|done|complete|finished|unusable|negligible|nonexistent)$/i

// Conditions a "then" answers within the point ("If it fails, then retry"): the "then" is its own.
const condition = /^(if|when|once|whenever|unless)$/i

/** Phrases set off by commas inside a point that only add it to what came before, with their closing comma (a closed class). */
const setOffLinks = [
  ['as', 'a', 'result', ','],
  ['too', ','],
  ['as', 'well', ','],
  ['likewise', ','],
  ['in', 'turn', ','],
]

/**
 * The point without the words inside it that only link it to what came before: an additive
 * "also" or a sequential "then" between a subject or auxiliary and the verb, ", as a result,"
 * or ", too," set off by commas, ", too" at its end ("You should subscribe to our newsletter, too"), and an
 * emphatic "actually" or "really" inside the clause. Only
 * on the cut a slide shows: where the sentence is cut is decided on the words the writer wrote.
 */
export function dropLinksInside(tokens: Token[]): Token[] {
  const words = tokens.filter((token) => token.kind === 'word')
  const conditional = words.some((word) => condition.test(word.value))
  const drop = new Set<Token>()
  for (const [index, word] of words.entries()) {
    const before = words[index - 1]
    const after = words[index + 1]
    if (!before || !after || !/^RB/.test(word.tag)) continue
    // (After the subject, a verb or an auxiliary: "not really", "almost certainly" and "a really good" keep theirs.)
    if (emphatic.test(word.value)) {
      // ("The p-value is basically 0", "…is basically the same": before a number or an absolute
      // it hedges the claim, which without it says more than the writer did.)
      // (Only "basically", "almost" as it is then: "was actually 2016" only insists.)
      const hedges = /^basically$/i.test(word.value) && (after.tag === 'CD' || absolute.test(after.value))
      if (/^(MD|VB|PRP|NN)/.test(before.tag) && !hedges) drop.add(word)
      continue
    }
    if (!additive.test(word.value)) continue
    // ("…the connection over which metrics are then transferred": a "then" in a clause of the point orders the point's own events.)
    const own = conditional || /^(and|or|but|since|until|by|from|back)$/i.test(before.value) || words.slice(0, index).some(isWh)
    if (/^then$/i.test(word.value) && own) continue
    // (Only between the subject or its auxiliary and the verb: "but also" and "and also" pair what the point itself says.)
    // (After a subject pronoun the word after is the verb, which the tagger may read as a noun: "We also track/NN…".)
    if (/^(MD|VB|PRP|NN)/.test(before.tag) && (/^(VB|RB|JJ)/.test(after.tag) || (before.tag === 'PRP' && /^NN/.test(after.tag))))
      drop.add(word)
    // "There are also improvements to the scheduler": an "also" after "there is" adds one more thing to the sentence before.
    else if (/^also$/i.test(word.value) && /^there$/i.test(words[index - 2]?.value ?? '') && beForm.test(before.value)) drop.add(word)
  }
  // ("The problem to solve, then, is how…": a word set off by commas between the subject and its
  // verb goes with both commas, not leaving "solve,, is".)
  for (const word of [...drop]) {
    const at = tokens.indexOf(word)
    const beforeAt = tokens.findLastIndex((token, index) => index < at && token.kind !== 'space')
    const afterAt = tokens.findIndex((token, index) => index > at && token.kind !== 'space')
    if (tokens[beforeAt]?.value !== ',' || tokens[afterAt]?.value !== ',') continue
    for (let index = beforeAt; index <= afterAt; index++) drop.add(tokens[index])
  }
  let kept = tokens.filter((token) => !drop.has(token))
  // ", as a result," or ", too," inside the point: the phrase and its commas ("Your impact, as a
  // result, is diminished", "Enterprises, too, found freedom in experimentation").
  const marks = kept.filter((token) => token.kind !== 'space')
  for (const linking of setOffLinks) {
    const phrase = marks.findIndex(
      (token, index) =>
        index > 0 &&
        token.value === ',' &&
        marks
          .slice(index + 1, index + linking.length + 1)
          .map((each) => each.value.toLowerCase())
          .join(' ') === linking.join(' '),
    )
    if (phrase > 0) {
      kept = [...kept.slice(0, kept.indexOf(marks[phrase])), ...kept.slice(kept.indexOf(marks[phrase + linking.length]) + 1)]
      break
    }
  }
  // "Jest 28 uses globalThis instead, which works in all environments": an "instead" after its
  // object, at the clause's end, only sets the point against the sentence before, as "also" adds to it.
  // (Not "instead of…", whose "of" says what it replaces.)
  const atClauseEnd = (index: number) => {
    const next = kept.slice(index + 1).find((each) => each.kind !== 'space')
    return next === undefined || next.value === ','
  }
  const instead = kept.findIndex(
    (token, index) =>
      token.kind === 'word' &&
      /^instead$/i.test(token.value) &&
      /^(NN|PRP|CD)/.test(kept.slice(0, index).findLast((each) => each.kind === 'word')?.tag ?? '') &&
      atClauseEnd(index),
  )
  if (instead > 0) kept = [...kept.slice(0, instead - (kept[instead - 1].kind === 'space' ? 1 : 0)), ...kept.slice(instead + 1)]
  // ", too." at the end.
  const end = kept.findLastIndex((token) => token.kind === 'word')
  const previous = kept.slice(0, end).findLast((token) => token.kind !== 'space')
  if (/^too$/i.test(kept[end]?.value ?? '') && previous?.value === ',')
    kept = [...kept.slice(0, kept.indexOf(previous)), ...kept.slice(end + 1)]
  return kept.length === tokens.length ? tokens : tidySpaces(kept)
}
