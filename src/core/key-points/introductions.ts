import { isMetaSentence } from './dependence.ts'
import { endsRange } from './lead-in.ts'
import { tagSentence, tagWords, type Token } from './tagging.ts'

/*
 * A sentence that announces the code, list, figure or quotation after it ("We can implement
 * Server::run like so:", "Toby Lawrence says:", "There are three simple rules:"). Beside what
 * it announces it reads; on a slide without it, it says nothing. A colon that ends a
 * paragraph is the writer's own sign that something shown follows; what is then left to
 * tell is whether the sentence also makes a claim of its own ("To read from the counter,
 * take the read lock:", "A two-value assignment tests for the existence of a key:").
 */

/** Words a tutorial ends an announcement on: "like so", "like this", "as follows", "as shown". */
const pointsAhead = /^(?:like (?:so|this|these)|as (?:follows|below|shown))$/i

/**
 * "The first thing to do is…", "Next up is…", "The next step is…": ordinals a tutorial counts its
 * steps with (a closed class), in the present; a story's "the next step was to practice" tells what happened.
 */
const tutorialStep =
  /^(?:[^,]{1,80},\s+)?(?:the\s+)?(?:first|next|second|third|final|last)\s+(?:step|thing(?:\s+to\s+do)?|up|task)\s+(?:here\s+)?is\b/i

/** "we get the Multiplication Rule:", "we obtain:": a derivation's verbs (a closed class), a short object, the colon. */
const derives = /\b(?:we|you|one)\s+(?:\w+ly\s+)?(?:get|obtain|derive|arrive at)\b(?:\s+\S+){0,4}\s*[:：]$/iu

/** "an example of…", "this example…": not "the file.Close example given earlier", which looks back. */
const offersExample = /\b(?:an?|this|one|another)\s+(?:[\p{L}-]+\s+)?examples?\b/iu

/**
 * Whether a paragraph's last sentence, directly before a formula, code block or list, runs on
 * into it: it has no stop of its own and ends on a word a sentence cannot end on ("We can
 * "unwrap" f and get", "It's possible to show", "The simplest way of encoding that is"), or on
 * a comma ("En écrivant le strict minimum dans MyParser.h pour que la compilation fonctionne,").
 * The block finishes it; alone on a slide it stops mid-phrase. One ending on a noun ("…since
 * we run json.Marshal") is a sentence whose stop the block took.
 */
export function runsIntoBlock(sentence: string, lang: string): boolean {
  const text = sentence.trim()
  if (/[,，、]$/u.test(text)) return true
  if (!lang.toLowerCase().startsWith('en') || /[.!?…:;"'’”)\]]$/u.test(text)) return false
  // ("Thus, we guess a relation of the form" over its formula (review 109, a physics explainer): the form is the block's.)
  if (/\b(?:of|in) the (?:general |following )?form$/i.test(text.slice(-28))) return true
  // ("**Protip**: Use the command" over `dropbox start && watch…`, its sentence going on after it (review 133, a Git and
  // Dropbox tutorial): the command, the line or the snippet named last, without a stop, is the block.)
  if (/\b(?:the|this|these|following)\s+(?:commands?|lines?|code|snippet|script|call)$/i.test(text.slice(-40))) return true
  const ending = /(?:([\p{L}][\p{L}']*)\s+)?([\p{L}][\p{L}']*)$/u.exec(text)
  if (!ending) return false
  // (Only the last two words are tagged: the word before tells "to show" from "the show".)
  const words = ending[1] ? [ending[1].toLowerCase(), ending[2].toLowerCase()] : [ending[2].toLowerCase()]
  const tag = tagWords(words)[words.length - 1]
  // After "to", a modal or a subject pronoun the last word is a verb whose object is the block,
  // whatever the lexicon's first guess ("to show/NN", "we run/NN"): a closed class of a few words.
  if (ending[1] && /^(to|can|could|will|would|shall|should|must|may|might|we|you|i|they)$/i.test(ending[1])) return tag !== 'NNS'
  return !/^(NN|CD|JJ|FW|SYM)/.test(tag)
}

/** Verbs of saying in the third person that the tagger may take for plural nouns. */
const reportsQuotation = /^(?:notes|writes|says|explains|argues|adds|remarks|observes|states|quips|warns|answers|replies)$/i

/** Whether a sentence (English) only announces what is shown after it. */
export function introducesBlock(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const text = sentence.trim()
  // "My refined task list is shown below.", "…works as follows.": it points at what is shown.
  // (Its last characters only, with one before the longest ending for `\b`: a pattern anchored
  // at the end is tried from every character of the text.)
  if (/\b(?:below|as follows|the following)[.!]?$/i.test(text.slice(-16))) return true
  // "The next step is to implement the UITableViewDataSource methods.", "First up is Section:": a
  // tutorial's step names what the code after it does; the code says it, the sentence only leads in.
  if (tutorialStep.test(text)) return true
  const colon = /[:：]$/.test(text)
  // A paragraph cut off by its code block has no stop at all ("Our implementation now becomes").
  const open = !colon && !/[.!?…"'’”)\]]$/u.test(text)
  if (!colon && !open) return false
  const tokens = tagSentence(text)
  const words = tokens.filter((token) => token.kind === 'word')
  const last = words[words.length - 1]
  if (!last) return false
  // "Toby Lawrence says:", "…now becomes", "…we get:": the verb's object is what follows.
  // (The tagger reads a verb after its pronoun as the base form: "…together we get".)
  // ("…are easier to use", "simple to set up": an infinitive after an adjective takes the subject for its object.)
  const graded = words[words.length - 2]?.tag === 'TO' && /^JJ/.test(words[words.length - 3]?.tag ?? '')
  if (/^(VBZ|VBP|VBD)$/.test(last.tag) || (last.tag === 'VB' && /^(MD|TO|PRP)$/.test(words[words.length - 2]?.tag ?? '') && !graded))
    return true
  if (!colon) return false
  // "…software engineer Mike Judge notes:": a verb of saying after its speaker's name, which the
  // tagger reads as a plural noun ("notes/NNS"), introduces the quotation. (A closed class.)
  if (/^NNP/.test(words[words.length - 2]?.tag ?? '') && reportsQuotation.test(last.value)) return true
  // "…saying something to the effect of:", "…as shown in:": the preposition's object is what
  // follows; "…, then satisfying:", "…including:": so is the participle's.
  // (The tagger may read the participle as an adjective: "satisfying/JJ".)
  const participle = last.tag === 'VBG' || (last.tag === 'JJ' && /ing$/i.test(last.value))
  if ((last.tag === 'IN' && !/^(so|but|yet)$/i.test(last.value) && !endsRange(words)) || participle) return true
  // "From the definition, we immediately get the **Multiplication Rule**:": a derivation names
  // what the formula after it states.
  if (derives.test(text)) return true
  const ending = words
    .slice(-2)
    .map((word) => word.value)
    .join(' ')
  // "This is a conceptual example of running tasks in parallel:": the example is what follows.
  if (pointsAhead.test(ending) || isMetaSentence(tokens) || offersExample.test(text)) return true
  // "Some example services provided by Tower:": a short heading of what follows, no verb of its own.
  if (words.length <= 6 && !words.some((word) => /^(VB|VBZ|VBP|VBD|MD)$/.test(word.tag))) return true
  return countsItems(words)
}

/**
 * Whether a sentence (English) counts the items the writer goes on to number ("Looking back,
 * a few themes stand out." before "First, …", "Second, …"): it introduces them as a colon would.
 */
export function countsWhatFollows(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const words = tagSentence(sentence).filter((token) => token.kind === 'word')
  return countsItems(words)
}

/** Whether some word of a sentence's words points at the items that follow ("three simple rules", "a few themes"). */
function countsItems(words: Token[]): boolean {
  return words.some((word, index) => announces(word, words[index + 1]))
}

/**
 * "these successful habits:", "the following options:", "three simple rules:", "several key
 * skills…:": a determiner or number that points at the items after the colon.
 */
function announces(word: Token, next: Token | undefined): boolean {
  if (!next) return false
  const value = word.value.toLowerCase()
  if (/^(these|following)$/.test(value)) return /^(NN|JJ)/.test(next.tag)
  // The tagger reads number words as nouns ("three/NN simple rules"); they are a closed class.
  const counts = word.tag === 'CD' || /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|various)$/.test(value)
  return counts && /^(NN|JJ)/.test(next.tag) && !/^\d/.test(word.value)
}

/**
 * The claim a sentence makes before the announcement it ends on ("Rust currently doesn't
 * support async trait methods, so we have two options:" → its first clause), or `undefined`
 * when there is none to take: the part before its last comma, for the point to be chosen
 * from like any sentence.
 */
export function claimBeforeAnnouncement(sentence: string): string | undefined {
  // A sentence without a stop goes on in the block: what comes before is not yet its claim.
  if (!/[:：]\s*$/u.test(sentence)) return undefined
  const comma = sentence.lastIndexOf(', ')
  if (comma === -1) return undefined
  const head = sentence.slice(0, comma).trim()
  // "According to MIT Jameel World Education Lab [1], several key skills…:" has no claim before it.
  const words = tagSentence(head).filter((token) => token.kind === 'word')
  const finite = words.some((word) => /^(VBZ|VBP|VBD|MD)$/.test(word.tag))
  // "If we repeat an experiment n times, …, then:": a condition, whose main clause is what follows.
  const subordinate = /^(IN|WRB)$/.test(words[0]?.tag ?? '') && !/^(however|so|yet)$/i.test(words[0].value)
  // "…is a conference organiser, having attended my talk, coming up to me and saying something to
  // the effect of:": a participle after the comma goes on with the sentence, which is all announcement.
  const tail = tagSentence(sentence.slice(comma + 2)).filter((token) => token.kind === 'word')
  const clause = tail.some((word, index) => /^(VBZ|VBP|VBD|MD)$/.test(word.tag) || (/^VB/.test(word.tag) && tail[index - 1]?.tag === 'PRP'))
  return finite && clause && !subordinate && words.length >= 4 ? head : undefined
}
