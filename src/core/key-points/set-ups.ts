import { reportsAmount } from './amounts.ts'
import { statesFinding } from './dependence.ts'
import { tagSentence } from './tagging.ts'

/*
 * Sentences that set up a paragraph's point rather than make it: the earlier event a news post
 * starts from, the state of things a roadmap or proposal starts from, the concession an argument
 * turns against. The point is the sentence that says what happened since, what the writer means
 * to do about it, or the turn. English only: the signals are closed classes of English words.
 */

// Linking words before a sentence's subject ("So we want to…", "But now we plan to…").
const linking = /^(?:(?:so|and|but|now|therefore|instead|hence|thus)\s*,?\s+)*/

/** How much a set-up yields to the other sentences of its paragraph: as much as a courtesy, past the opening sentence's lead. */
const setUpPenalty = 1
/** How much a plan after a set-up gains over the sentences around it. */
const planGain = 0.6

/**
 * Whether a sentence says what the writers did, or set out to do, to find something out ("To quantify the impact,
 * we crawled the network and gathered the PeerIDs of unresponsive nodes", "We wanted to figure out which buckets…",
 * "We also experimented with even higher concurrency factors" (review 131, IPFS's incident report)): in a paragraph
 * that goes on to what they found, the way there, not the point. (First person and a closed class of English verbs of
 * finding out.)
 */
const statesMethod =
  /^(?:(?:first|first\s+of\s+all|then|next|so|later|afterwards|to\s+[^,]{1,60}),\s+)?(?:we|i)\s+(?:(?:also|then|first|next|quickly|further|again)\s+)?(?:crawled|measured|benchmarked|profiled|monitored|collected|gathered|sampled|surveyed|analy[sz]ed|instrumented|simulated|experimented|ran\s+(?:a|an|the|some|several|our|each|every)\b|(?:started|began)\s+(?:looking|digging|investigating)|looked\s+into|dug\s+into|investigated|(?:wanted|needed|set\s+out|tried|sought|decided|chose)\s+to\s+(?:figure\s+out|find\s+out|understand|learn|quantify|measure|survey|ask\s+(?:how|whether|if|what|which|who|why|our|the|all|every)|see\s+(?:how|whether|if|what|which))|repeated\s+the\s+(?:same\s+)?(?:experiment|test|measurement|benchmark|run))\b/i

/** How many answered or took part: "received more than 2,000 responses", "collected 500 samples" (a closed class of English). */
const sampleSize =
  /\b(?:received|collected|got|gathered|had|recruited|surveyed|interviewed)\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?[\d,.]+k?\s+(?:responses|participants|respondents|answers|submissions|replies|samples|people|users|developers)\b/i

/** Whether a sentence says what the writers found ("We found that…", "It turned out…", "The results showed…") or reports an amount. */
function reportsResult(sentence: string): boolean {
  // (Not the size of the sample, "We received more than 2,000 responses in a week": how many answered, not what they said.)
  if (sampleSize.test(sentence)) return false
  return (
    reportsAmount(sentence) ||
    statesFinding(sentence) ||
    // ("…quite a few people have been using Vitess for more than 3 years", Vitess's survey (review 133): a count against a figure.)
    /\b(?:more|fewer|less)\s+than\s+(?:[\p{N}]|half\b|a\s+(?:third|quarter|dozen|hundred|thousand))|\b(?:the\s+)?(?:majority|minority|half)\s+of\b/iu.test(
      sentence,
    ) ||
    // ("Most respondents asked for better keyboard shortcuts": what most or few of those asked said.)
    /^(?:most|many|few|some|half|all|none)\s+(?:of\s+(?:the|our|them)\s+)?(?:respondents|participants|users|people|developers|teams|companies|maintainers)\b/iu.test(
      sentence.trim(),
    ) ||
    /^(?:(?:and|but|so|then|finally|eventually),?\s+)?(?:we\s+(?:(?:quickly|soon|then|finally|also|eventually)\s+)?(?:found|saw|noticed|observed|discovered|learned|learnt)\b|it\s+(?:soon\s+)?turned\s+out\b|the\s+(?:results?|data|numbers|measurements?)\s+(?:showed?|were|was|revealed?|confirmed?)\b)/i.test(
      sentence.trim(),
    )
  )
}

/**
 * Whether a sentence places what follows after an earlier event, counted back from the
 * time of writing ("Vite 4 was released almost a year ago", "It has been nearly 2 months since
 * webpack 5 was released"): the set-up of a release note or a news post, which the sentences
 * after it (what happened since, what comes next) are about.
 */
function datesEarlierEvent(sentence: string): boolean {
  return (
    /\bago\b/i.test(sentence) || /^it(?:['’]s|\s+has|\s+is)\s+been\b.*\bsince\b/i.test(sentence.trim()) || setsScene.test(sentence.trim())
  )
}

/**
 * "Tuesday swung around.", "At 11:32 we deployed a new version…", "The next morning, …", "Wednesday
 * through Friday was the main event" (review 96: a founder's story, a post-mortem, a conference's
 * wrap-up): a sentence that opens on the day or the clock time of the story sets its scene; what
 * happened then, said after it, is the paragraph's point. (Day names and times are a closed class.
 * Not "On Tuesday, we launched…", a news post's own news, nor a decimal, "1.25 million users…".)
 */
const setsScene =
  /^(?:(?:at|by|until|from|around)\s+)?\d{1,2}:\d{2}\b|^at\s+\d{1,2}[.:]\d{2}\b|^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!,)|^(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|weekend)\b|^(?:that|this)\s+(?:morning|afternoon|evening|night|weekend)\b/i

/**
 * The day or time of the story and a verb that only says it came ("Tuesday swung around.", "The next
 * morning came.", "Monday rolled around"): nothing happened yet. (A closed class of such verbs.)
 */
const onlyTheTime =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|weekend)|(?:that|this)\s+(?:morning|afternoon|evening|night|weekend))\s+(?:came|arrived|dawned|passed|began|rolled\s+(?:a)?round|swung\s+(?:a)?round|came\s+(?:a)?round)(?:\s+again)?[.!]?$/i

/** Whether a sentence only names the day or time of the story, and nothing that happened then. */
export function onlySetsScene(sentence: string): boolean {
  return onlyTheTime.test(sentence.trim())
}

/**
 * Whether a sentence says how things stand now, by an adverb of the present that opens
 * it ("Currently, webpack displays warnings and errors to the user", "At the moment, …"): in a
 * paragraph that goes on to what the writer wants changed, it is the set-up of a roadmap's,
 * proposal's or study's point.
 */
function statesStatusQuo(sentence: string): boolean {
  return /^(?:currently|at (?:the moment|present)|right now|as of (?:now|today)|until now|to date)\b/i.test(sentence.trim())
}

/**
 * Whether a sentence only says that what it introduces is like what came before ("The last
 * several releases brought improvements to compilation time and this version is no different",
 * "This year was no exception"): the sentences after it say what this one brings. (Not "…and
 * code is no exception", which applies a claim to its subject.)
 */
function likeBefore(sentence: string): boolean {
  return /\b(?:this|the\s+(?:new|latest|current))\s+(?:[\w.-]+\s+)?(?:version|release|update|year|month|week|edition|issue|one)\s+(?:is|was|will\s+be)\s+no\s+(?:different|exception)\b/i.test(
    sentence,
  )
}

/**
 * Whether a sentence opens on the state of things a change replaced ("In previous versions, Mix
 * would only add entries to the load paths", "Previously, …", "Before this release, …"): in a
 * paragraph that goes on to the change, the set-up of a release note's point.
 */
function statesFormerState(sentence: string): boolean {
  return (
    /^(?:in\s+(?:previous|earlier|older|prior|former|past)\s+(?:versions?|releases?)|previously|formerly|in\s+the\s+past|before\s+(?:this|the\s+new|the\s+latest)\s+(?:release|version|update|change))\b/i.test(
      sentence.trim(),
    ) || formerVersion.test(sentence.trim())
  )
}

// ("In Express v4, you could get numerical parameters using regex capture groups. Now all parameters must be named." (review
// 137, Express's v5 announcement): an opening that names a version, then a clause in the past, says how things were in it.)
// (In the past only, and only what one could or had to do then: "In Parcel v2.9.0, we are switching the default minifier…",
// "In Vue 3, the reactivity system was rewritten…", "In Django 5.0, you could finally define…" say what the version did.)
const formerVersion =
  /^[Ii]n\s+(?:[\p{Lu}][\p{L}.-]*\s+)?v?\d+(?:\.\d+)*(?:\.x)?\s*,\s+(?:[\p{L}'’-]+\s+){1,3}?(?:could|used\s+to|had\s+to|needed\s+to)\s+(?!(?:finally|now|also|newly|at\s+last)\b)/u

/**
 * Whether a sentence says what has long been so ("Parcel has supported a --profile flag for a while", "…was originally
 * written way back in 2018", "Parcel was one of the first tools to switch to SWC", review 108's release post): in a
 * paragraph that goes on to the change, the background of a release note's point. (Closed classes of English.)
 */
function statesLongStanding(sentence: string): boolean {
  return (
    /\b(?:has|have|had)\s+(?:[\p{L}-]+\s+){0,6}?for\s+(?:a\s+(?:long\s+)?while|(?:many\s+|several\s+)?years|a\s+long\s+time|some\s+time|ages|decades)\b/iu.test(
      sentence,
    ) ||
    /\b(?:originally|initially)\s+(?:written|built|designed|created|introduced|added|implemented|released)\b/i.test(sentence) ||
    /\b(?:way\s+)?back\s+in\s+\d{4}\b/i.test(sentence) ||
    /\b(?:was|were)\s+(?:one\s+of\s+)?the\s+first\b/i.test(sentence)
  )
}

/**
 * Whether a sentence opens on how things were at the start ("In the beginning, I only wanted to
 * code", "At first, …", "Initially, …"): in a paragraph that goes on to what the writer learned or
 * what is better, the set-up of a lesson's point.
 */
function statesBeginning(sentence: string): boolean {
  return /^(?:in\s+the\s+beginning|at\s+first|initially|originally|at\s+the\s+start|when\s+i\s+(?:started|began))\b/i.test(sentence.trim())
}

/**
 * Whether a sentence says what the writer learned or what is better ("I had to learn there's more
 * than only source code", "It's better to demo an entire feature…", "Over time I realized…").
 */
function statesLesson(sentence: string): boolean {
  const text = sentence.trim().toLowerCase().replace(linking, '')
  return (
    /^(?:(?:then|later|eventually|soon|over\s+time|now)\s*,?\s+)?(?:i|we)\s+(?:(?:had|have|needed)\s+to\s+)?(?:learn(?:ed|t)?|realized|realised|discovered|found\s+out|understood)\b/.test(
      text,
    ) || /^it(?:['’]s|\s+is)\s+(?:much\s+|far\s+|always\s+)?better\s+to\b/.test(text)
  )
}

/** Whether a sentence says what is so since a change ("With this release, we will now prune…", "Now, …", "Starting with v1.15, …"). */
function statesChange(sentence: string): boolean {
  const text = sentence.trim()
  return (
    /^(?:with\s+(?:this|the\s+new|the\s+latest)\s+(?:release|version|update|change)|starting\s+(?:with|in|from)|from\s+now\s+on|as\s+of\s+(?:this|today|now|v?\d))\b/i.test(
      text,
    ) ||
    /\bnow\b/i.test(text) ||
    // ("In Parcel v2.9.0, we are switching the default minifier…": what the release does.)
    /^[Ii]n\s+(?:[\p{Lu}][\p{L}.-]*\s+)?v?\d+(?:\.\d+)+\s*,/u.test(text)
  )
}

/**
 * Whether a sentence says what the writer means to do ("So we want to add another
 * category: Hints", "We plan to…", "I'd like to…"): the plan a roadmap or proposal paragraph is
 * for, beside the state of things it starts from. (First-person subject and a verb of intent: a
 * closed class.)
 */
function statesIntent(sentence: string): boolean {
  const text = sentence.trim().toLowerCase().replace(linking, '')
  return /^(?:we|i)(?:\s+(?:also|still|now|really|then|therefore|thus))?\s+(?:want|plan|intend|aim|would like|['’]d like|propose)\s+to\s+(?!(?:thank|show|share|talk|say|mention|look|start|begin)\b)/.test(
    text,
  )
}

/**
 * Whether a sentence turns against the one before it, by a connective that opens it or
 * stands after its subject ("However, they aren't configurable the way lint rules are", "The PHP
 * linter, however, was…", "Unfortunately, the way we've been doing things won't scale"): after a
 * concession or the usual view, the turn is what the writer claims, as in a study's "X is known.
 * However, Y remains unclear". (Connectives are a closed class.)
 */
function turns(sentence: string): boolean {
  const text = sentence.trim()
  // (A question that turns, "But how could we enforce this?", asks what the sentences after it answer.)
  if (/[?？]$/u.test(text)) return false
  return (
    /^(?:but|however|yet|still|unfortunately|nevertheless|nonetheless|that said|instead|in practice|in reality)\b/i.test(text) ||
    // "There are plenty of load testing frameworks… In our case, after a thorough examination, we decided to
    // develop a custom tool" (review 92): from what holds in general to the writer's own case, and choice.
    /^(?:in\s+(?:our|my)\s+case|for\s+(?:us|me|our\s+part|my\s+part)|as\s+for\s+(?:us|me))\s*,/i.test(text) ||
    /^[^,]{1,40},\s*however,/i.test(text)
  )
}

/**
 * Whether a sentence gives a view the writer goes on to answer ("You might think that adding
 * servers makes the site faster", "You may think to use overflow: hidden, as did I", "It is
 * tempting to rewrite everything", "At first glance, …"): a concession, whose answer is the
 * sentence after it. (A closed class of English openings.)
 */
export function concedes(sentence: string): boolean {
  return /^(?:(?:you|one|some|many(?: people)?|most people)\s+(?:may|might|could|would)\s+(?:well\s+)?(?:think|believe|assume|expect|conclude|imagine|suppose|argue|say|be tempted)\b|you['’]d\s+(?:think|expect|assume|be forgiven)\b|(?:it\s+is|it['’]s|it\s+may\s+be|it\s+might\s+be)\s+tempting\b|it\s+(?:may|might|can|could)\s+(?:seem|look|appear)\b|at\s+first\s+(?:glance|sight)\b|on\s+the\s+surface\b|conventional\s+wisdom\s+(?:says|holds|suggests)\b|a\s+common\s+(?:misconception|myth)\b|(?:i['’]m|i\s+am)\s+not\s+(?:saying|suggesting|claiming|arguing)\b|(?:that|this)(?:['’]s|\s+is)\s+not\s+to\s+say\b|don['’]t\s+get\s+me\s+wrong\b)/i.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence only judges results without saying them ("The results were better than we
 * had expected", "In the end the results were good", "The results are impressive"): the sentences
 * after it, with the figures, say what they were. (A closed class of English.)
 */
function judgesResults(sentence: string): boolean {
  return /^(?:(?:in\s+the\s+end|overall|all\s+in\s+all|in\s+short|so)\s*,?\s+)?(?:the|our|these|those)\s+(?:results?|numbers|outcomes?|gains?|improvements?|speed-?ups?|benchmarks?)\s+(?:were|are|was|is|look(?:s|ed)?|turned\s+out)\s+(?:to\s+be\s+)?(?:(?:very|really|quite|pretty|much|even|surprisingly|rather|truly)\s+)?(?:good|great|impressive|better|excellent|amazing|promising|encouraging|solid|significant|dramatic|positive|remarkable|astonishing|nice)\b[^,;:0-9%]{0,40}$/i.test(
    sentence.trim().replace(/[.!]+$/u, ''),
  )
}

/**
 * Whether a sentence only judges its subject easy or plain ("The idea was simple.", "Non-varint numeric types are
 * simple.", "The cure seems obvious." (reviews 130 and 131)):
 * the sentences after it say what the idea, the rule or the cure is. (Not "easy to use", which says what is easy; a
 * closed class of English.)
 */
function judgesEase(sentence: string): boolean {
  // (Not one framed, "For most teams, scaling Postgres vertically is relatively easy", nor one whose subject is a doing,
  // "running TypeScript files directly is trivial": those say what is easy, for whom.)
  const text = sentence.trim().replace(/[.!]+$/u, '')
  return (
    /^(?:the|this|that|these|those|our|my|its|their|[\p{L}-]+)(?:\s+[\p{L}-]+){0,3}\s+(?:is|are|was|were|seems|seemed|looks|looked|sounds|sounded|becomes|became)\s+(?:(?:quite|very|pretty|fairly|really|relatively|rather|actually|deceptively|surprisingly|incredibly)\s+)?(?:simple|easy|straightforward|obvious|trivial)$/iu.test(
      text,
    ) && !/[\p{L}]ing\b/iu.test(text.split(/\s+(?:is|are|was|were|seems|seemed|looks|looked|sounds|sounded|becomes|became)\s/iu)[0])
  )
}

/**
 * Whether a sentence opens on what the listener has likely heard of ("By now, you've probably heard of the replication
 * crisis in science" (review 131, a statistics post), "You may have heard about…", "Chances are you've heard…"): a hook
 * into the subject, which the sentences after it say something of. (A closed class of English.)
 */
function hooksByFamiliarity(sentence: string): boolean {
  return /^(?:(?:by\s+now|so|if\s+you['’]re\s+reading\s+this),?\s+)?(?:chances\s+are,?\s+)?you(?:['’]ve|\s+have|\s+may\s+have|\s+might\s+have|\s+probably|\s+likely|\s+(?:most\s+)?likely\s+have|\s+probably\s+have|\s+surely\s+have|\s+no\s+doubt)?(?:\s+(?:probably|likely|already|surely|all|undoubtedly|certainly))*\s+(?:heard|read|seen|come\s+across)\s+(?:of|about)\b/iu.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence only asks what the sentences after it answer, as a clause of wondering ("It is
 * reasonable to wonder how weight resets compare to other regularization tools", "You may be
 * wondering whether…", "We had to think about how to name the columns", "The question is how…"):
 * a study's or a story's set-up, whose answer the paragraph goes on to give. (A closed class of English.)
 */
export function wonders(sentence: string): boolean {
  const text = sentence
    .trim()
    .toLowerCase()
    .replace(linking, '')
    .replace(/^[^,]{1,60},\s+/, '')
  return /^(?:it\s+(?:is|['’]s|was|seems)\s+(?:only\s+)?(?:reasonable|natural|fair|tempting|interesting|worth)\s+(?:to\s+)?(?:wonder|ask|asking)|(?:one|you|we|readers?)\s+(?:may|might|could|would)\s+(?:well\s+)?(?:wonder|ask|be\s+wondering)|you(?:['’]re|\s+are)\s+(?:probably\s+)?wondering|(?:i|we)\s+(?:wondered|asked\s+(?:ourselves|myself)|were\s+curious|was\s+curious|had\s+to\s+(?:think\s+about|decide|figure\s+out|work\s+out|ask\s+(?:ourselves|myself))|wanted\s+to\s+(?:know|see|find\s+out|understand|learn))|the\s+(?:question|challenge)\s+(?:is|was|becomes|became|then\s+is))\s+(?:exactly\s+|just\s+)?(?:how|whether|if|what|which|why|when|where|who)\b/.test(
    text,
  )
}

/**
 * Whether a sentence opens on a case that comes up now and then ("Sometimes the change request
 * itself is lacking details", "On some occasions, you might…", "Often, …"): in an essay of advice,
 * the situation the sentence after it tells the reader what to do in. (A closed class of English.)
 */
function statesCase(sentence: string): boolean {
  return /^(?:sometimes|often|occasionally|at times|every (?:now|once) in a while|every now and then|from time to time|in some cases|on (?:some|rare) occasions|once in a while)\b/i.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence tells the reader what to do: it opens on an imperative ("Always ask for
 * further details", "Ask for it to be broken down…", "Don't merge it", "Make sure…").
 */
function advises(sentence: string): boolean {
  const text = sentence.trim()
  if (/^(?:always|never|don['’]t|do not|make sure|be sure|remember to|try to|please)\b/i.test(text)) return true
  const first = tagSentence(text).find((token) => token.kind === 'word')
  return first?.tag === 'VB' && /^[\p{Lu}]/u.test(first.value)
}

/** Whether a sentence names a term it defines ("The concept … is called backpressure", "X refers to…"). */
function defines(sentence: string): boolean {
  return /\b(?:is|are)\s+(?:called|known\s+as|defined\s+as|named)\b|\brefers?\s+to\b|\bmeans\b/i.test(sentence)
}

/**
 * How much a concession yields to the turn after it, and the turn gains; more in a paragraph of
 * three sentences or fewer, where the turn is the paragraph's news ("Overall, we deleted a massive
 * amount of records… However, the database size didn't change at all."), not one step of a
 * longer argument ("But I am sure there are other culprits at play" in the middle of a long one).
 */
const turnShift = 0.4
const shortTurnShift = 0.6
const shortParagraph = 3
/** What a sentence that sums up the paragraph ("Overall, …") gains: less than one the writer stresses (`stressed`). */
const summaryGain = 0.8
/** What a sentence that concludes from the paragraph's sentences before it ("Therefore, …") gains: a little less. */
const conclusionGain = 0.6

/**
 * How much each sentence's score moves for the set-ups, turns and plans of its paragraph: an
 * opening sentence that dates an earlier event, a sentence of the state of things before the
 * writer's plan or before a change, or a concession before a turn yields; the turn, the plan or
 * change after a set-up, and a summing-up no turn follows gain. A paragraph of one sentence keeps
 * its only one.
 */
export function setUpShifts(sentences: ReadonlyArray<{ text: string }>, lang: string): number[] {
  if (sentences.length < 2 || !lang.toLowerCase().startsWith('en')) return sentences.map(() => 0)
  const plans = sentences.map(({ text }) => statesIntent(text))
  // (A concession answered by no sentence after it is the paragraph's last word, and stays.)
  const conceded = sentences.map(({ text }, index) => index < sentences.length - 1 && concedes(text))
  const changes = sentences.map(({ text }) => statesChange(text))
  const lessons = sentences.map(({ text }) => statesLesson(text))
  // (A case, "Sometimes the change request is lacking details", and the advice right after it, "Always ask for further details".)
  const cases = sentences.map(({ text }, index) => index < sentences.length - 1 && statesCase(text) && advises(sentences[index + 1].text))
  const advice = sentences.map((_, index) => index > 0 && cases[index - 1])
  const departures = sentences.map(({ text }) => departsFromNorm(text))
  const setUps = sentences.map(
    ({ text }, index) =>
      (index === 0 && datesEarlierEvent(text)) ||
      (statesNorm(text) && departures.slice(index + 1).some(Boolean)) ||
      (statesStatusQuo(text) && plans.slice(index + 1).some(Boolean)) ||
      ((statesFormerState(text) || statesLongStanding(text)) && changes.slice(index + 1).some(Boolean)) ||
      (statesBeginning(text) && lessons.slice(index + 1).some(Boolean)) ||
      (likeBefore(text) && index < sentences.length - 1) ||
      conceded[index] ||
      cases[index] ||
      (judgesResults(text) && index < sentences.length - 1) ||
      ((statesMethod.test(text.trim()) || sampleSize.test(text)) &&
        sentences.slice(index + 1).some((after) => reportsResult(after.text))) ||
      ((judgesEase(text) || hooksByFamiliarity(text)) && index < sentences.length - 1) ||
      (wonders(text) && sentences.slice(index + 1).some((after) => !/[?？]\s*$/u.test(after.text))),
  )
  // (A definition, "…is called backpressure propagation", is no concession: it keeps its place before a turn.)
  const turned = sentences.map(
    ({ text }, index) => index > 0 && ((turns(text) && !defines(sentences[index - 1].text)) || conceded[index - 1]),
  )
  return sentences.map((_, index) => {
    const shift = sentences.length <= shortParagraph ? shortTurnShift : turnShift
    const turn = (turned[index] ? shift : 0) - (turned[index + 1] ? shift : 0)
    if (setUps[index]) return turn - setUpPenalty
    // ("Overall, we deleted a massive amount of records. However, …": a summing-up the next sentence turns against gains nothing.)
    if (sumsUp(sentences[index].text) && !turned[index + 1]) return turn + summaryGain
    // ("…Second, … This community involvement is… So absolutely do not feel pressured to contribute to
    // OSS for the sake of exposure.": a "So" that opens the last of three sentences or more draws what
    // they lead to, the paragraph's conclusion, as "Overall," sums it up.)
    if (index === sentences.length - 1 && sentences.length >= 3 && concludesBySo(sentences[index].text)) return turn + summaryGain
    // ("…it does not consider the current load on each node. Therefore, "Least Connections" is
    // generally the more suitable choice…": what the writer concludes from the paragraph's own
    // sentences, after them, is where they lead.)
    if (index > 0 && concludes(sentences[index].text) && !turned[index + 1]) return turn + conclusionGain
    return (
      turn +
      (((plans[index] || changes[index] || lessons[index] || departures[index]) && setUps.slice(0, index).some(Boolean)) || advice[index]
        ? planGain
        : 0)
    )
  })
}

/** Whether the sentence at `index` says the norm a later sentence of its paragraph says the writer's own depart from. */
export function setsUpNorm(sentences: ReadonlyArray<{ text: string }>, index: number): boolean {
  return statesNorm(sentences[index].text) && sentences.slice(index + 1).some(({ text }) => departsFromNorm(text))
}

/**
 * Whether a sentence says what most others do or usually is ("The goal of most conferences is to make money", "Most teams
 * ship once a month", "Traditionally, builds ran overnight"): the norm a writer sets up to depart from (see `departsFromNorm`).
 * (A closed class of English.)
 */
function statesNorm(sentence: string): boolean {
  return /^(?:most|many|typical|traditional|conventional)\s|\b(?:of|for|at|in)\s+(?:most|many|typical|other)\s+[\p{L}-]+s\b|^(?:usually|typically|traditionally|normally|conventionally|generally|often),?\s/iu.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence says the writer's own differ ("Our main goal of the conference was not to make money", "We did it the
 * other way round", "Instead, we…"; review 146, a conference's recap whose point showed the norm it departs from). (A closed
 * class of English.)
 */
function departsFromNorm(sentence: string): boolean {
  return /^(?:(?:but|however|instead|in\s+contrast|by\s+contrast),?\s+)?(?:our|we|my|i)\b(?:(?![.;:!?]).)*?\b(?:not|n['’]t|never|no\s+longer|instead|differently|other\s+way)\b/iu.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence opens on the writer's word that it is the one that matters ("Crucially, all
 * Instant databases are hosted under one Aurora Postgres instance", "Most importantly, …", "The
 * key point is…", "What's interesting here is that…"): of the paragraph's sentences, the one to show. (A closed class of English.)
 */
export function stressed(sentence: string): boolean {
  return /^(?:crucially|importantly|most importantly|more importantly|above all|critically|most of all|the (?:key|main|big|real|biggest|most important|interesting|important) (?:thing|point|part|takeaway|insight|lesson|idea)\s+(?:here\s+)?(?:is|was)|what(?:['’]s|\s+is)\s+(?:really\s+|most\s+)?(?:interesting|important|crucial|notable)(?:\s+here)?\s+is|the bottom line (?:is|was))\b/i.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence opens on the writer's word that it follows from what came before ("Therefore,
 * …", "Consequently, …", "The result is code that's simpler, cleaner…"; not "The results are
 * below", which points at them). (A closed class of English.)
 */
function concludes(sentence: string): boolean {
  return /^(?:(?:therefore|thus|hence|consequently|accordingly)\b,?|the\s+(?:end\s+|net\s+)?result\s+(?:is|was)\s+(?!(?:shown|below|above|as\s+follows|in|on)\b))/i.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence opens on a "So" that draws a conclusion ("So absolutely do not feel pressured…",
 * "So we moved everything to one region"); not "So far", "So that", "So much", nor a question. (A closed class of English.)
 */
function concludesBySo(sentence: string): boolean {
  const text = sentence.trim()
  if (!/^so\s*,?\s+(?!far\b|that\b|long\b|much\b|many\b|what\b|how\b|why\b|if\b|to\s+speak\b)[\p{L}]/iu.test(text) || /[?？]$/u.test(text))
    return false
  // (Not a story's next step, "So I opened the build script": its first verb is in the past.)
  const verb = tagSentence(text).find((token) => token.kind === 'word' && /^(?:VB[DPZ]?|MD)$/.test(token.tag))
  return verb?.tag !== 'VBD'
}

/**
 * Whether a sentence opens on the writer's word that it sums up what came before ("Overall,
 * improving IPC will be the next target…", "In short, …"): likelier the point than the details it
 * sums up. (A closed class of English.)
 */
function sumsUp(sentence: string): boolean {
  // ("Simply said, grpc-dotnet seems to be a better bet for the future" (review 126, gRPC's post on its C# future) too.)
  return /^(?:overall|in short|in summary|in sum|to sum up|all in all|in a nutshell|long story short|simply (?:said|put)|put simply),/i.test(
    sentence.trim(),
  )
}
