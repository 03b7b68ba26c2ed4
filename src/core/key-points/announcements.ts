import { tagSentence } from './tagging.ts'
import { pointLength } from './text.ts'

/*
 * A clause that only promises what the next one says ("Here is some context: …", "Here's what
 * happened.", "There are two reasons for this."): on a slide alone it says nothing; the clause or
 * sentence it announces carries the point. English only, by the set phrases of the language (a
 * closed class the tagger reads like any clause: "Here/RB is/VBZ some/DT context/NN").
 */

/** Words at most of a clause that only announces: past that, it says something of its own. */
const maxAnnouncementWords = 8

const announcement = new RegExp(
  `^(?:${[
    // "Here is some context", "Here's what's important to understand", "Here are the facts"
    String.raw`here(?:['’]s|\s+(?:is|are|was))\b`,
    // "This is what happened", "That's why", "It's how we got here"
    String.raw`(?:this|that|it)(?:['’]s|\s+(?:is|was))\s+(?:what|how|why|where)\b`,
    // "There are two reasons for this", "There were three problems with that"
    String.raw`there\s+(?:are|were|is|was)\s+(?:two|three|four|five|several|a\s+few|a\s+couple\s+of)\s+(?:[\p{L}-]+\s+){1,2}(?:for|to|with|behind|of)\s+(?:this|that|it)\b`,
    // "The reason is simple", "The answer is this", "The problem was twofold"; "Our conclusions are simple:" over
    // its numbered list (gVisor's study, review 103)
    String.raw`(?:the|our|my|their)\s+(?:[\p{L}-]+\s+)?(?:reason|answer|problem|result|idea|trick|catch|thing|explanation|conclusion|takeaway|finding|lesson|recommendation)s?\s+(?:is|are|was|were)\s+(?:simple|this|that|these|twofold|threefold)\b`,
    // ("The obvious question is: How can we keep track of all of these changes?" (review 140, a post on software bills of
    // materials): a noun of thought and its verb "be" before the colon, what it is left to the words after the colon.)
    // ("And my answer is: Pay attention to singular stories.", "Usually it boils down to: If you don't write that library, no
    // one else will." (review 149, a conference keynote's transcript): so with a connective before it, or what it comes down to.)
    String.raw`(?:(?:and|but|so|now|well|usually|often|ultimately|basically|in\s+the\s+end)\s*,?\s+)?(?:it|this|that|everything)\s+(?:all\s+)?(?:boils|boiled|comes|came)\s+down\s+to$`,
    String.raw`(?:(?:and|but|so|now|well)\s*,?\s+)?(?:the|our|my|their|one|an?)\s+(?:[\p{L}-]+\s+)?(?:question|answer|problem|point|issue|challenge|goal|idea|key|trick|catch|thing|reason|lesson|difference|solution|rule|truth|secret|takeaway|conclusion|result|upshot)s?\s+(?:is|are|was|were|becomes|became|remains)$`,
    // ("On the topic of the `about` package, we have some nice quality of life changes." (review 149, Pulsar's release notes):
    // news of changes that the sentences after it give.)
    String.raw`(?:[\p{L}\p{N}’'-]+,?\s+){0,8}?(?:we|i)\s+(?:(?:also|now|then)\s+)?(?:have|['’]ve\s+got|got)\s+(?:some|a\s+few|several|many|lots\s+of|a\s+lot\s+of|a\s+number\s+of|a\s+couple\s+of|plenty\s+of)\s+(?:[\p{L}-]+\s+){0,4}?(?:changes|improvements|updates|fixes|features|news|additions|goodies|enhancements|tweaks)(?:\s+(?:for\s+you|to\s+share|in\s+store|this\s+(?:month|week|time|release)))?$`,
    // "It works like this", "It goes like this", "Let me explain"
    String.raw`(?:it|this|that)\s+(?:works|goes|went|looks|looked)\s+like\s+this\b`,
    String.raw`let\s+me\s+explain\b`,
    // "The following is a quick recap of some of the keynotes and sessions" (review 101)
    String.raw`the\s+following\s+(?:is|are)\b`,
    // "Something else changed too", "One more thing happened": a turn to a change not yet named.
    String.raw`(?:something\s+else|one\s+more\s+thing|another\s+thing)\s+(?:changed|happened|mattered|helped|shifted)(?:\s+(?:too|as\s+well))?$`,
    // "But that tactical shift carried a bigger idea", "This raises an important question", "There
    // was one catch", "There's a glimmer of hope": an indefinite noun of thought that the sentences after it spell out. (Not
    // after "is": "S3 is a simple idea", "Injection is a common pattern" say what a thing is.)
    String.raw`(?:[\p{L}\p{N}’'-]+,?\s+){0,6}(?:there(?:['’]s|\s+(?:is|was|are|were))|(?!(?:is|are|was|were)\b)\p{L}+)\s+(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}(?:idea|question|lesson|insight|catch|twist|problem|realization|realisation|thought|theme|pattern|trick|secret|hope|caveat|wrinkle|upside|downside|snag|hitch|gotcha)$`,
    // "First, some background.", "A bit of context": the set-up named, not given.
    String.raw`(?:(?:first|but|so|now|ok|okay)\s*,?\s+)?(?:some|a\s+(?:bit|little)\s+of|a\s+quick\s+word\s+(?:on|about))\s+(?:background|context|history|theory)$`,
    // "The results speak for themselves": a verdict that leaves the results to the sentences after it.
    String.raw`(?:the|our|these)\s+(?:results|numbers|figures|data|benchmarks)\s+speak\s+for\s+themselves$`,
    // "Looking back, a few themes stand out"
    String.raw`(?:[\p{L}\p{N}’'-]+,?\s+){0,6}(?:themes|lessons|things|points|patterns|ideas)\s+stand\s+out$`,
    // "Take GC Notify as an example" (review 94): a case named, what it shows said after it. (Not advice
    // with its example, "Take regular backups, for example".)
    String.raw`(?:(?:let['’]s|let\s+us)\s+)?(?:take|consider)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,4}[\p{L}\p{N}’'.-]+\s+as\s+an?\s+(?:example|instance|illustration)$`,
  ].join('|')})`,
  'iu',
)

/**
 * A verdict on news not yet given, or the news revealed without saying it, before a colon ("The
 * discovery is as simple as it is worrying: …", "The result was striking: …", "An analysis
 * published in PNAS revealed staggering figures: …"): what follows the colon is the news. Only
 * before a colon, so they may be longer than an announcement; the nouns and verbs are closed classes.
 */
const verdictBeforeNews = new RegExp(
  `^(?:${[
    String.raw`(?:the|this|our|my)\s+(?:[\p{L}-]+\s+)?(?:discovery|finding|result|reality|truth|news|conclusion|outcome|verdict|situation|effect|consequence|upshot)s?\s+(?:is|are|was|were)\s+(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+`,
    String.raw`(?:[\p{L}\p{N}’'-]+,?\s+){0,10}(?:revealed|uncovered|exposed|highlighted|showed|brought\s+to\s+light|laid\s+bare)\s+(?:an?\s+|some\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:reality|truth|figures|numbers|pattern|problem|facts?|picture|trend|results?)`,
  ].join('|')})$`,
  'iu',
)
const maxVerdictWords = 14

/** Whether the words before a colon give a verdict on the news after it, or say it was revealed, without saying it ("The discovery is as simple as it is worrying"). */
export function judgesNewsAfterColon(head: string): boolean {
  const trimmed = head.trim()
  return trimmed.split(/\s+/).length <= maxVerdictWords && !/\d/.test(trimmed) && verdictBeforeNews.test(trimmed)
}

/** Whether a clause or sentence only announces the one after it ("Here is some context", "There are two reasons for this."). */
export function announcesWhatFollows(text: string): boolean {
  const trimmed = text.trim().replace(/[.:：!]+$/u, '')
  if (flagsDrawback.test(trimmed) || bringsUpCase.test(trimmed)) return true
  if (trimmed.split(/\s+/).length > maxAnnouncementWords) return false
  return announcement.test(trimmed)
}

/**
 * "The simplicity of the LA is not without a drawback." (review 149, a post on Laplace approximations): a drawback flagged,
 * which the next sentence names. Its subject may be long; the flag is what it says.
 */
const flagsDrawback =
  /^(?:[\p{L}\p{N}’'-]+\s+){1,10}(?:is|are|was|were|comes?|came)\s+not\s+without\s+(?:a|an|its|their|some|one)\s+(?:[\p{L}-]+\s+)?(?:drawbacks?|downsides?|costs?|problems?|flaws?|caveats?|limitations?|issues?|challenges?|risks?|catch)$/iu

/**
 * "As an example, we might look at the GitLab open-source codebase.", "Imagine any Rails app you ever maintained for some
 * time." (review 149, a keynote's transcript): a case brought up, or one the listener is asked to picture, for the next
 * sentence to say something of. (Not "Imagine that…", "Imagine you are building…", a scenario said in a clause of its own.)
 */
const bringsUpCase =
  /^(?:(?:(?:as\s+an\s+example|for\s+example|for\s+instance)\s*,?\s+(?:we|you|let['’]s)\s+(?:(?:might|can|could|will|may|should)\s+)?(?:look\s+at|consider|take(?:\s+a\s+look\s+at)?))|(?:just\s+)?imagine\s+(?:any|every|a|an|the|your|our|some)(?=\s))\s+[^,;:]{1,80}$/iu

/** Words at most of a sentence that only counts what follows: a longer one says more of its own. */
const maxTeaserWords = 10

/**
 * Whether an English sentence counts, without naming them, kinds of things a text goes on to list
 * ("offers several significant benefits", "there are three reasons", "has two major drawbacks").
 * The counting words and the nouns of such a list are closed classes; "We shipped three releases"
 * counts things, not the points that follow.
 */
function countsKinds(written: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const text = written.trim()
  // "The approach we are taking is two-fold": its parts are what follows.
  if (pointLength(text, lang) <= maxTeaserWords && /\bis\s+(?:two|three|four|multi)-?fold\W*$/iu.test(text)) return true
  // ("There are a number of observed favorable outcomes from the sprints for both the project and
  // contributors": where they come from, or whom they are for, may follow the count.)
  // ("There were several factors that led to our rebrand": nor does what they led to; "There are
  // several updates in the typing department": nor where they are.)
  const counted = text
    .replace(
      // (Its words apart by spaces, one way only to read them: a long word cannot be split five ways over.)
      /\s+(?:that|which)\s+(?:led|lead|leads|contributed|drove|drive|caused|shaped)\s+(?:to\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,4}\W*$/iu,
      '',
    )
    .replace(/(?:\s+(?:from|for|in)(?:\s+[\p{L}\p{N}-]+){1,5})+\W*$/iu, '')
  // ("Similar to unit tests, there are two major downsides to integration tests" (review 122): nor what they are of, after
  // the noun the count counts.)
  const ofWhat = !/\bthere\s+(?:are|is|were)\b/iu.test(counted)
    ? counted
    : counted.replace(
        /(?<=\b(?:benefits|advantages|disadvantages|drawbacks|downsides|upsides|problems|issues|pitfalls|limitations))\s+(?:to|of)(?:\s+[\p{L}\p{N}-]+){1,5}\W*$/iu,
        '',
      )
  return [text, counted, ofWhat].some((each) => pointLength(each, lang) <= maxTeaserWords && countedKinds.test(each))
}

/** A count of kinds of things at the end of a clause ("several significant benefits", "a number of outcomes"). */
const countedKinds =
  /\b(?:several|a few|few|two|three|four|five|six|seven|various|different|many|multiple|numerous|some|a\s+number\s+of|a\s+handful\s+of|a\s+couple\s+of)\s+(?:[\p{L}-]+\s+){0,2}(?:benefits|advantages|disadvantages|drawbacks|downsides|upsides|reasons|ways|options|steps|lessons|themes|trade-?offs|challenges|problems|issues|pitfalls|approaches|strategies|factors|principles|practices|tips|considerations|differences|goals|aspects|outcomes|findings|results|changes|improvements|characteristics|properties|qualities|phases|stages|kinds|types|recommendations|suggestions|takeaways|guidelines|techniques|mistakes|requirements|categories|parts|updates)\W*$/iu

/**
 * "There are other things that we can learn too from the recent breach", "There are a few more
 * steps worth taking": a sentence whose subject is only "other" or "more" things says that more
 * follows and names none of it, a turn to the next part; so does a release's "There are a few
 * other updates". (The nouns are the closed class of {@link countsKinds}, with "things" and the
 * kinds of news a release lists.)
 */
const turnsToOthers =
  /^there\s+(?:are|is|were)\s+(?:also\s+)?(?:(?:a\s+few|some|several|many|a\s+couple\s+of)\s+)?(?:other|more)\s+(?:[\p{L}-]+\s+)?(?:things|benefits|advantages|reasons|ways|options|steps|lessons|measures|issues|problems|practices|tips|considerations|aspects|updates|changes|improvements|features|fixes|additions|highlights)\b/iu

/**
 * "Another example happened in Go 1.6", "A similar example comes from the browser world": a
 * sentence that only says an example follows, and when or where, names nothing of it.
 */
const examplesFollow =
  /^(?:another|one|a|the)\s+(?:(?:good|great|classic|clear|recent|similar|further|second|third|final|famous|notable|real-world)\s+)?example\s+(?:happened|occurred|came|comes|arose|is\s+from|was\s+in|is\s+in|can\s+be\s+found)\b[^,;:]{0,40}$/iu

/**
 * "Here's a worked example to walk you through some of the details", "Here is a quick demo": a
 * sentence that only says an example or a walk-through follows, whatever else it says of it.
 */
const heresExample =
  /^here(?:['’]s|\s+is|\s+are)\s+(?:a|an|some|the)\s+(?:[\p{L}-]+\s+){0,2}(?:example|examples|walk-?through|demo|demonstration|sample|snippet|illustration|tour)\b/iu

/** "The following is a quick recap of some of the keynotes and sessions" (review 101): what the list or paragraphs after it are. */
const followingRecap =
  /^the\s+following\s+(?:is|are)\s+(?:(?:a|an|the|some|our)\s+)?(?:[\p{L}-]+\s+){0,3}(?:recap|summary|summaries|list|overview|roundup|round-up|selection|collection|rundown|highlights?|breakdown|timeline|excerpts?)\b/iu

// ("The following best practices should help, whether you're running build scripts in development or production.", "The
// following steps are especially useful in development." (review 129, webpack's guide to build speed): a sentence whose
// subject is the advice that follows, unnamed, says only whom or when it helps.
const followingAdvice =
  /^the\s+following\s+(?:[\p{L}-]+\s+){0,2}(?:steps|tips|practices|guidelines|recommendations|suggestions|techniques|tricks|options|settings|ideas|rules|sections|utilities|tools|changes|examples|points|advice)\s+(?:(?:should|will|can|may|might)\s+help|(?:are|is)\s+(?:(?:especially|particularly|most|very|also)\s+)?(?:useful|helpful|handy|relevant)|apply\s+to|assume|cover)\b(?![^.!?]*\b(?:now|no\s+longer|deprecated|removed|required|by\s+default|[\p{N}]))/iu

/**
 * "A few answers were very common", "Two requests came up again and again": a count of things
 * said to be frequent, which the sentences after it name. ("A few themes stand out" is left to the
 * numbered paragraphs after it: see introductions.ts.)
 */
const someStoodOut =
  /^(?:a\s+few|some|several|two|three|four|many|a\s+couple\s+of)\s+(?:[\p{L}-]+\s+){0,2}?(?:answers|responses|themes|requests|topics|names|ideas|comments|questions|issues|patterns)\s+(?:(?:were|are)\s+(?:very\s+|particularly\s+|especially\s+)?(?:common|popular|frequent)|came\s+up(?:\s+again\s+and\s+again|\s+often|\s+repeatedly)?)$/iu

/**
 * "But I do want to state one thing upfront:" over the quotation that states it (review 99, a talk's transcript): the
 * writer's wish to say a few things, which the words after it say. (English's set phrases.)
 */
const wantsToSay =
  /^(?:(?:but|and|so|now)\s*,?\s+)?(?:i|we)(?:\s+(?:do|really|just|also))?\s+(?:want|wanted|would\s+like|['’]d\s+like|need|have)\s+to\s+(?:state|say|mention|point\s+out|stress|note|add|clarify|make|share)\s+(?:one|two|three|a\s+few|a\s+couple\s+of|some|a)\s+(?:(?:quick|small|important|last|final|more)\s+)?(?:things?|points?|remarks?|notes?|words?)(?:\s+(?:upfront|up\s+front|first|here|now|before\s+we\s+(?:start|begin)))?$/iu

// A few of something, said with a count word (a closed class) or a digit below ten: "two phases", "3 kinds".
const fewCount = /^(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])$/i

/**
 * "There are two phases", "There is actually a much faster way", "There are many more complex
 * and subtle transformations too": a sentence that only says something exists, named by a noun
 * that a small count or a comparison leaves open (which two? faster than what?), with nothing
 * after the noun that says which, promises what the sentences after it say. (Not a large figure,
 * "There are 12 million users"; nor a plain indefinite, "There was a power cut"; nor a denial, "There is no silver bullet".)
 */
/** What the things are for, when only that they are to be said: "to say about it", "to note here" (a closed class). */
const toBeSaid =
  /^to (?:say|mention|note|cover|discuss|explain|share|add|know|keep in mind|consider|look at|remember)(?: (?:about|on) (?:it|this|that|them))?(?: here| first| too| now)?$/

function existsUnnamed(written: string, sentence = written): boolean {
  // ("As with every etcd release, there are a number of API changes" (review 98): a short opening before it frames the count.)
  // (An opening that compares or sets the scene of the count only, "As with…", "Like…": not "Unfortunately, there are…".)
  const text = written.replace(/^(?:as|like)\b[^,;:.!?]{1,60},\s*(?=there\b)/iu, '')
  // (Only "there" is tagged EX: a sentence that does not open with it is not tagged at all.)
  if (!/^[^\p{L}]*there\b/iu.test(text)) return false
  const words = tagSentence(text.trim().replace(/[.:!]+$/u, '')).filter((token) => token.kind === 'word')
  if (words[0]?.tag !== 'EX' || !/^(?:is|are|was|were)$/i.test(words[1]?.value ?? '')) return false
  let index = 2
  while (/^RB/.test(words[index]?.tag ?? '') && !/^(?:not|no|never)$/i.test(words[index].value)) index++
  // ("There are a couple bits to say about it", a talk's transcript of review 97: "a couple", "a few", "a handful" count too.)
  // ("There are a number of design choices" (review 98): so do "a number of", "a lot of", "a variety of".)
  const aFew =
    /^a$/i.test(words[index]?.value ?? '') &&
    (/^(?:couple|few|handful)$/i.test(words[index + 1]?.value ?? '') ||
      (/^(?:number|lot|variety|bunch|range|host)$/i.test(words[index + 1]?.value ?? '') && /^of$/i.test(words[index + 2]?.value ?? '')))
  if (aFew) index += /^of$/i.test(words[index + 2]?.value ?? '') ? 2 : 1
  // ("There is one time where…": "one" counts too, before a time, a place or a case.)
  const one = /^one$/i.test(words[index]?.value ?? '') && occasion.test(words[index + 1]?.value ?? '')
  // ("There were some things that attracted me immediately to Go." (review 143, a talk's transcript) over the paragraphs that
  // name them: "some things", "several reasons", whatever clause follows them, are the ones the sentences after it say.)
  const vague =
    /^(?:some|several|many)$/i.test(words[index]?.value ?? '') &&
    vagueNoun.test(words[index + 1]?.value ?? '') &&
    /^(?:that|which|i|we|you)$/i.test(words[index + 2]?.value ?? '') &&
    !/[:：]/u.test(sentence)
  if (vague) return true
  const counted = aFew || one || fewCount.test(words[index]?.value ?? '')
  if (!counted && !/^(?:a|an|many|several|some|more)$/i.test(words[index]?.value ?? '')) return false
  // (The word after the count or article: "many more", "a much faster", "two key".)
  const modifiers: typeof words = []
  for (index++; index < words.length && /^(?:JJ|JJR|RB|RBR|CC)$/.test(words[index].tag); index++) modifiers.push(words[index])
  const compared = [words[index - modifiers.length - 1], ...modifiers].some(
    (word) => /^(?:JJR|RBR)$/.test(word.tag) || /^(?:more|other|better|faster|simpler|easier|cheaper)$/i.test(word.value),
  )
  if (!counted && !compared) return false
  // The noun, and at most "too" or "as well" after it: nothing that says which.
  // (A compound's last noun: "design choices", "API changes".)
  while (/^NNP?S?$/.test(words[index]?.tag ?? '') && /^NNP?S?$/.test(words[index + 1]?.tag ?? '')) index++
  if (!/^NNS?$/.test(words[index]?.tag ?? '')) return false
  // (Nor more than that they are to be said: "…bits to say about it", "…things to note here".)
  const rest = words
    .slice(index + 1)
    .map((word) => word.value.toLowerCase())
    .join(' ')
  return (
    rest === '' ||
    rest === 'too' ||
    rest === 'as well' ||
    toBeSaid.test(rest) ||
    // ("There are a few ways to create a Linux VM | on OSX using Apple Silicon, using UTM, VMWare Fusion, or Parallels" (review
    // 143, Falco's tutorial): counted ways to do something, which the words cut off or the sentences after it name.)
    (counted && /^(?:ways|options|approaches|methods|tools|alternatives)$/i.test(words[index].value) && /^to\s/u.test(rest)) ||
    countsOccasions(words[index].value, rest, counted, sentence)
  )
}

/** Nouns that name nothing of what they count: "things", "reasons", "aspects" (English's closed class). */
const vagueNoun = /^(?:things|reasons|aspects|factors|lessons|points)$/i

/**
 * "There is one time where the consideration of personal velocity trumps team velocity", "There are two specific places we
 * often run into the limitations of unit tests" (review 122, Google's review guide and Vector's testing essay): counted
 * times, places or cases, whatever the clause after them says of them, are the ones the next sentences name.
 */
const occasion = /^(?:times?|places?|cases?|situations?|scenarios?|occasions?|areas?|circumstances?|exceptions?|instances?)$/i

/**
 * Counted times, places or cases a clause after them picks out, "where…", "when…", "that…", "we…", with no colon that names
 * them: not "There are two places where the API is missing: the CLI and…", nor "three times as many", "five cases of
 * measles".
 */
function countsOccasions(noun: string, rest: string, counted: boolean, text: string): boolean {
  return counted && occasion.test(noun) && !/[:：]/u.test(text) && /^(?:where|when|in which|that|we|you|i|they|it|one|people)\b/u.test(rest)
}

/**
 * "The last part of sustainability is financial", "My last piece of general advice is a small pep
 * talk", "The next method is an event handler" (a tutorial's walk through its code), "A lot has
 * changed": a sentence that only says which part of a series comes next, or that
 * things changed, before the sentences that say what. (The nouns of parts are a closed class.)
 */
const signpost =
  /^(?:(?:the|my|our)\s+(?:first|second|third|fourth|next|last|final|other)\s+(?:part|piece|step|bit|point|aspect|area|pillar|topic|half)\b[^,;:.!?]{0,60}?\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|(?:the|our)\s+(?:next|first|last|following)\s+(?:method|function|class|file|snippet|block|command)\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|(?:a\s+lot|much|so\s+much|lots|a\s+great\s+deal|things|everything)\s+(?:has|have)\s+changed(?:\s+since(?:\s+then)?)?)$/iu

/**
 * A beat of the story that the sentences after it tell (review 139): a jump in time, "Now fast-forward to Okta's November
 * 29th announcement"; the writer at a loss, "At this point, I was stumped"; a verdict on a fix or an answer not yet given,
 * "Fixing my benchmark was simple", "The answer to the second question is more complex". (English's closed shapes.)
 */
const storyBeat = new RegExp(
  [
    String.raw`^(?:(?:now|so|then|and)\s*,?\s+)?(?:let['’]s\s+)?fast[- ]forward\s+to\b[^.!?,;]{0,60}$`,
    String.raw`^(?:(?:at\s+(?:this|that)\s+point|by\s+(?:now|then)|honestly)\s*,?\s+)?(?:i|we)\s+(?:was|were)\s+(?:(?:completely|totally|utterly|thoroughly|really|pretty|still)\s+)?(?:stumped|baffled|puzzled|mystified|perplexed|at\s+a\s+loss)$`,
    String.raw`^(?:fixing|solving|resolving|addressing|debugging|working\s+around|the\s+(?:fix|solution|workaround))\b(?:\s+[\p{L}'’-]+){0,4}\s+(?:was|turned\s+out\s+to\s+be|proved)\s+(?:(?:pretty|quite|very|fairly|surprisingly|actually|relatively)\s+)?(?:simple|easy|straightforward|trivial)$`,
    String.raw`^the\s+answer\s+to\s+(?:the|this|that|our|my)\s+(?:[\p{L}-]+\s+){0,2}question\s+(?:is|was)\s+(?:(?:a\s+(?:bit|little)|much|far|somewhat)\s+)?(?:more\s+)?(?:complex|complicated|involved|nuanced|subtle|simple|straightforward)$`,
    // ("Then, in 2009, at Google, something of eminent importance happened." (review 142, a history of programming languages):
    // that something happened, its what in the next sentence.)
    // (Not a thing the sentence names, "In 2014, a thing called Docker appeared.")
    String.raw`^(?:[^.!?]{0,50},\s+)?(?:something|a\s+thing)(?!\s+(?:called|named|known))(?:\s+[\p{L}'’-]+){0,4}\s+(?:happened|changed|occurred|came\s+along|shifted|appeared)$`,
  ].join('|'),
  'iu',
)

/**
 * "I'm really happy to share something that has been in the works for quite some time": the
 * writer's joy at news the sentences after it give ("Yesterday, a press release was issued
 * announcing that Ent is joining the Linux Foundation"); so is "We're excited to announce a major
 * under-the-hood upgrade for PostHog Open Source!", which says what changed only after it. (English's set phrases.)
 */
const vagueNews =
  /^(?:i|we)(?:['’](?:m|re)|\s+(?:am|are))(?:\s+(?:so|very|really|also|now|[\p{L}]+ly))*\s+(?:happy|pleased|glad|excited|thrilled|proud|delighted)\s+to\s+(?:share|announce|tell\s+you(?:\s+about)?|present|bring\s+you)\s+(?:something|some\s+(?:news|updates?)|an?\s+(?:update|announcement|few\s+things)|an?\s+(?:major|big|huge|significant|important|exciting)\s+(?:[\p{L}-]+\s+)?(?:upgrade|update|change|improvement|milestone)|(?:big|great|exciting|some\s+exciting|some\s+big)\s+news)\b/iu

/**
 * "We have answers for you." (review 119, LMSYS's post on style control, after its questions): a promise of answers or news
 * that names none of them; the sentences after it give them. (English's closed shape.)
 */
const promisesAnswers =
  /^(?:(?:well|so|good\s+news)[,:]?\s+)?(?:i|we)(?:\s+(?:(?:now|finally|also)\s+)?(?:have|got)|['’]ve\s+(?:(?:now|finally|also)\s+)?got)\s+(?:(?:some|the|an?)\s+)?(?:answers?|news|updates?|(?:good|great|big|exciting)\s+news)(?:\s+(?:for\s+you|to\s+share|here))?\s*[.!:]*$/iu

/**
 * "Okay, now we have some things to unpack and learn about." (review 119, tRPC's post on TypeScript's speed): things still
 * to go through, none of them named; the sentences after it go through them. (English's closed shape.)
 */
const thingsToGoThrough =
  /^(?:(?:okay|ok|so|well|now|alright)[,.]?\s+)*(?:we|i|you)(?:\s+(?:(?:now|still)\s+)?(?:have|got)|['’]ve\s+(?:(?:now|still)\s+)?got)\s+(?:some|a\s+few|a\s+lot\s+of|lots\s+of|several|many|(?:a\s+)?couple\s+(?:of\s+)?)\s*(?:things|stuff|bits|points)\s+to\s+(?:unpack|cover|discuss|learn|go\s+(?:through|over)|look\s+at|talk\s+about|explain)\b[^.!?]{0,30}[.!:]*$/iu

/**
 * Whether a sentence only counts kinds of things, or turns to "other things", that what follows it spells out. (`sentence`:
 * the whole sentence a cut `text` was made from, whose colon may name what the cut counts.)
 */
export function teasesWhatFollows(text: string, lang: string, sentence = text): boolean {
  return (
    countsKinds(text, lang) ||
    (lang.toLowerCase().startsWith('en') &&
      (turnsToOthers.test(text.trim()) ||
        existsUnnamed(text, sentence) ||
        signpost.test(text.trim().replace(/[.!:]$/u, '')) ||
        storyBeat.test(text.trim().replace(/[.!:]$/u, '')) ||
        examplesFollow.test(text.trim().replace(/[.:]$/u, '')) ||
        heresExample.test(text.trim()) ||
        followingRecap.test(text.trim()) ||
        followingAdvice.test(text.trim()) ||
        vagueNews.test(text.trim()) ||
        promisesAnswers.test(text.trim()) ||
        thingsToGoThrough.test(text.trim()) ||
        someStoodOut.test(text.trim().replace(/[.!:]$/u, '')) ||
        wantsToSay.test(text.trim().replace(/[.!:]$/u, '')) ||
        pointsAhead(text) ||
        flagsCatch.test(text.trim())))
  )
}

/**
 * "…, but there is a caveat." (review 133, VS Code's post on bracket pairs: the cut after "but"), "There's one catch, though:":
 * a sentence that only flags a catch it does not say promises the sentence after it, which says it. (A closed class of
 * English nouns of a catch. After a claim, the flag goes from the sentence: see compress.ts.)
 */
const catchFlag = String.raw`there(?:['’]s|\s+is|\s+was)\s+(?:(?:just|only|still|also)\s+)?(?:a|an|one)\s+(?:(?:small|big|major|minor|important|slight|little|tiny|huge|serious)\s+)?(?:caveat|catch|twist|problem|snag|gotcha|complication|downside|drawback|exception)(?:\s*,?\s*(?:though|however|here|to\s+this))?\s*[.!:]?$`
const flagsCatch = new RegExp(String.raw`^(?:(?:but|and|though|yet)\s+)?${catchFlag}`, 'iu')

/** The same flag at a sentence's end, after its claim: ", but there is a caveat.", ", though there's one exception." */
export const flaggedCatch = new RegExp(String.raw`,\s*(?:but|though|yet)\s+${catchFlag}`, 'iu')

/**
 * Whether a short English sentence ends on words that point ahead to what follows it, without saying it: "In general,
 * we regularly spend money on the following things." over a section's sub-sections (review 112, ESLint's spending
 * plan), "…is done as follows.", "…are listed below." (Not one that leads into it with a colon: that is a lead-in line.)
 */
export function pointsAhead(text: string): boolean {
  const trimmed = text.trim()
  return (
    trimmed.split(/\s+/).length <= maxPointingAheadWords &&
    /\b(?:the\s+following(?:\s+[\p{L}-]+){0,3}|as\s+follows|(?:listed|shown|described|explained)\s+below)\s*[.!]?$/iu.test(trimmed)
  )
}

/** Words at most of a sentence that only points ahead: a longer one says more of its own. */
const maxPointingAheadWords = 14

/**
 * Whether a text ends by turning to the parts that follow it ("There are several updates in the
 * typing department, so let's break them down.", "Let's dive in!"): English's set phrases.
 */
export function turnsToParts(text: string): boolean {
  return turnPhrase.test(text.trim())
}

const turnPhrase =
  /(?:(?:^|[,;:.!?]\s+(?:so\s+|now\s+)?)let['’]s\s+(?:break|go|dive|look|walk|take|get|start|jump|see|dig)\b[^.!?]{0,40}|(?:^|[,;:.!?]\s+|\bso\s+)(?:buckle\s+up|hold\s+on\s+tight|strap\s+in|here\s+we\s+go))[.!]?$/iu
