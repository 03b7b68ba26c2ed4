import { operatorAlone } from './text.ts'
import { upperFirst } from '../letter-case.ts'
import { finiteWord, joinTokens, type Token } from './tagging.ts'

/*
 * What a key point leaves out of an English sentence before cutting it: parentheses,
 * brackets and an aside between two dashes, which are details, not the point.
 */

/** Parentheses, brackets and an aside between two dashes are details, not the point. */
/**
 * "No (mail)cap, fr fr" (review 145, a post on MIME types), "the (re)design", "file(s)": brackets set right against a word's
 * letters, with no space between, hold a part of that word, never an aside; left out, "No cap" lost the pun. The indices of
 * such brackets and what they hold.
 */
function wordParts(tokens: Token[]): number[] {
  const found: number[] = []
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open].value !== '(') continue
    // (Looked for in the next few tokens only: a word's part is a word or two.)
    let close = open + 1
    while (close < tokens.length && close - open <= 4 && tokens[close].value !== ')' && tokens[close].value !== '(') close++
    if (tokens[close]?.value !== ')' || close - open > 4) continue
    const inside = tokens.slice(open + 1, close)
    if (inside.length === 0 || !inside.every((token) => token.kind === 'word')) continue
    if (tokens[close + 1]?.kind === 'word' || tokens[open - 1]?.kind === 'word') for (let at = open; at <= close; at++) found.push(at)
    open = close
  }
  return found
}

export function removeAsides(given: Token[]): Token[] {
  const tokens = withoutAccompaniment(withoutLinkingAdverb(withoutExampleAside(withoutSay(given))))
  // Most sentences have neither brackets nor a pair of dashes: nothing to look for.
  if (!tokens.some((token) => token.kind === 'punctuation' && /^[()[\]]$/.test(token.value)) && tokens.filter(isDash).length < 2)
    return tidySpaces(tokens)
  const kept: Token[] = []
  const listed = new Set([
    ...squareLists(tokens),
    ...calls(tokens),
    ...numberReferences(tokens),
    ...sharesInBrackets(tokens),
    ...operatorsInBrackets(tokens),
    ...qualifiersInBrackets(tokens),
    ...verdictsInBrackets(tokens),
    ...hedgesInBrackets(tokens),
    ...intervals(tokens),
    ...wordParts(tokens),
  ])
  let depth = 0
  for (const [index, token] of tokens.entries()) {
    // "`.backward()`": empty brackets right after a word are a call, not an aside.
    const call = token.value === '(' && tokens[index + 1]?.value === ')' && tokens[index - 1]?.kind === 'word'
    if (listed.has(index)) {
      if (depth === 0) kept.push(token)
    } else if (call || (token.value === ')' && tokens[index - 1]?.value === '(' && tokens[index - 2]?.kind === 'word')) {
      if (depth === 0) kept.push(token)
    } else if (token.kind === 'punctuation' && /^[([]$/.test(token.value)) depth++
    else if (token.kind === 'punctuation' && /^[)\]]$/.test(token.value) && depth > 0) depth--
    else if (depth === 0) kept.push(token)
  }
  // A sentence that is all aside ("(For those familiar with…)") is kept, brackets dropped.
  if (!kept.some((token) => token.kind === 'word')) return tidySpaces(tokens.filter((token) => !/^[()[\]]$/.test(token.value)))
  withArticlesAgreeing(tokens, kept)
  const dashes = kept.flatMap((token, index) => (isDash(token) ? [index] : []))
  // The aside leaves a clause boundary behind: an empty punctuation token.
  const boundary: Token = { kind: 'punctuation', value: '', tag: '' }
  // "Otherwise - if, say, the processor is an M1 - the function creates a heap": an aside that
  // sets a condition or an exception bounds the claim, and is kept. (A closed class of words.)
  // (So is one that turns against the clause before it: "We didn't finish before the offsite - but
  // we worked all week to finish it - and…" says it was finished.)
  const aside = dashes.length >= 2 ? kept.slice(dashes[0], dashes[1]) : []
  // ("We decided to limit the number of certificates issued—per week—for each registered domain" (review 116, Let's Encrypt's
  // post): so is a rate, "per week", "each day", which the claim is measured by.)
  const asideWords = aside.filter((token) => token.kind === 'word')
  const rate =
    asideWords.length <= 3 &&
    /^(?:per|each|every|a)$/i.test(asideWords[0]?.value ?? '') &&
    timeUnitWord.test(asideWords.at(-1)?.value ?? '')
  // ("…the other remote extensions, Remote - Containers and Remote - WSL, which…" (review 116's VS Code post): two dashes that
  // each join capitalised words are inside names, not around an aside.)
  const capitalised = (token: Token | undefined) => token?.kind === 'word' && /^[\p{Lu}]/u.test(token.value)
  const joinsNames = (dash: number) => capitalised(tokenBefore(kept, dash)) && capitalised(tokenAfter(kept, dash))
  const names = dashes.length >= 2 && joinsNames(dashes[0]) && joinsNames(dashes[1])
  const condition =
    rate ||
    names ||
    aside.some((token) => conditional.test(token.value)) ||
    /^(but|yet|however)$/i.test(aside.find((token) => token.kind === 'word')?.value ?? '') ||
    chainsClauses(aside, kept.slice(dashes[1] + 1))
  if (dashes.length < 2 || condition) return tidySpaces(kept)
  const after = kept.slice(dashes[1] + 1)
  // ("…stayed exactly the same — 0% increase — so page load times are unchanged" (review 108, Kubeflow's post): where
  // a clause joined by its conjunction goes on after the aside, the comma it needs takes the dashes' place.)
  const mark = joinsClause(kept.slice(0, dashes[0]), after) ? { kind: 'punctuation' as const, value: ',', tag: ',' } : boundary
  return tidySpaces([...kept.slice(0, dashes[0]), mark, space, ...after])
}

/**
 * Whether the words after a dropped aside open a clause their conjunction joins to the clause before it: a verb of its own
 * within a few words of the conjunction, before any subordinator ("…tested Chrome — version 120 — and Firefox on the
 * same page" joins two nouns), and one before the aside.
 */
function joinsClause(before: Token[], after: Token[]): boolean {
  const words = after.filter((token) => token.kind === 'word')
  if (!/^(?:so|and|but|yet|or|then)$/i.test(words[0]?.value ?? '')) return false
  const verb = words.slice(1, 6).findIndex(finiteWord)
  return (
    verb !== -1 &&
    !words.slice(1, verb + 1).some((word) => /^(?:when|if|because|while|whilst|where|since|unless|as|which|that|who)$/i.test(word.value)) &&
    before.some(finiteWord)
  )
}

const space: Token = { kind: 'space', value: ' ', tag: '' }

/**
 * "…let's consider Alice and Bob - they both earn $100,000 a year - Alice spends it all on wine":
 * dashes between clauses that each open on a subject and its verb chain the clauses; no aside
 * sits between them, and dropping the middle one ran the first clause into the last.
 */
function chainsClauses(aside: Token[], after: Token[]): boolean {
  const opensClause = (tokens: Token[]) => {
    const [first, second, third] = tokens.filter((token) => token.kind === 'word')
    return (
      /^(PRP|NNP|NNPS)$/.test(first?.tag ?? '') &&
      // (After a subject pronoun, a verb the tagger reads as its base form is its present: "they both earn".)
      [second, third].some(
        (word) =>
          /^(VBZ|VBD|VBP|MD)$/.test(word?.tag ?? '') ||
          (first.tag === 'PRP' && word?.tag === 'VB') ||
          /^(is|are|was|were)$/i.test(word?.value ?? ''),
      )
    )
  }
  return aside.length > 0 && opensClause(aside) && opensClause(after)
}

// Adverbs that only turn from or add to the sentence before, set off by commas inside it: a
// closed class. (Not "therefore" or "thus": "A disclaimer is, therefore, in order" says it follows
// from what came before, and leans on it.)
const linkingAdverb = /^(?:however|nonetheless|nevertheless|moreover|furthermore|though)$/i

// Words that open a phrase of who or what went along with the subject (a closed class).
const accompanying = /^(?:with|alongside|along\s+with|together\s+with|helped\s+by|assisted\s+by|joined\s+by|backed\s+by|supported\s+by)$/i

/**
 * "Moolenaar, with the occasional help of various internet collaborators, added features to
 * Vim" → "Moolenaar added features to Vim": a phrase of who or what went along, set off by commas
 * between a subject and its verb, is an aside to the claim. (Not "with the exception of…", which
 * bounds it.)
 */
function withoutAccompaniment(tokens: Token[]): Token[] {
  const open = tokens.findIndex((token) => token.value === ',')
  if (open <= 0) return tokens
  const subject = tokens.slice(0, open).filter((token) => token.kind === 'word')
  if (subject.length === 0 || subject.length > 6 || !subject.every((word) => /^(NN|DT|JJ|PRP|POS|CD)/.test(word.tag))) return tokens
  const close = tokens.findIndex((token, index) => index > open && token.value === ',')
  if (close === -1) return tokens
  const phrase = tokens.slice(open + 1, close).filter((token) => token.kind === 'word')
  // (The opening word, or two: "along with", "helped by".)
  const opening =
    [2, 1].find((count) =>
      accompanying.test(
        phrase
          .slice(0, count)
          .map((word) => word.value)
          .join(' '),
      ),
    ) ?? 0
  if (opening === 0 || phrase.length <= opening) return tokens
  if (phrase.some((word) => /^(?:exception|except|exceptions)$/i.test(word.value) || /^(VB[DPZ]|MD)$/.test(word.tag))) return tokens
  const verb = tokens.slice(close + 1).find((token) => token.kind === 'word')
  if (!verb || !/^(VB[DPZN]?|MD)$/.test(verb.tag)) return tokens
  return [...tokens.slice(0, open), ...tokens.slice(close + 1)]
}

/**
 * "…because in, say, the non-native English writer category, there are no AI-generated texts" (review 137, an R post on GPT
 * detectors) → "…in the non-native English writer category…": a "say" between two commas only marks what follows as an
 * example; cut at its first comma, the point opened on "Say, the…".
 */
function withoutSay(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (token, index) =>
      token.kind === 'word' &&
      /^say$/i.test(token.value) &&
      tokens[index + 1]?.value === ',' &&
      tokens.slice(0, index).findLast((each) => each.kind !== 'space')?.value === ',',
  )
  if (at === -1) return tokens
  const comma = tokens.slice(0, at).findLastIndex((each) => each.value === ',')
  // (After a preposition or "than" only, where the example is its object: not "Pick a number, say, 42", nor "asks why, say,".)
  const before = tokens.slice(0, comma).findLast((each) => each.kind === 'word')
  if (!before || (before.tag !== 'IN' && !/^than$/i.test(before.value)) || /^(?:why|how|if|whether)$/i.test(before.value)) return tokens
  return [...tokens.slice(0, comma), ...tokens.slice(at + 2)]
}

/**
 * "Some parts, however, cannot change" → "Some parts cannot change": a linking adverb between
 * two commas inside the sentence ties it to the one before, as "However," opening it does, and
 * goes as that one does.
 */
function withoutLinkingAdverb(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (token, index) =>
      token.kind === 'word' &&
      linkingAdverb.test(token.value) &&
      index > 2 &&
      tokens[index - 1]?.kind === 'space' &&
      tokens[index - 2]?.value === ',' &&
      tokens[index + 1]?.value === ',',
  )
  // (Only inside the subject or an opening: after a finite verb it joins two clauses, "…paired as
  // a trio, however, in the heat of the moment, this was insufficient…", and is their contrast.)
  if (at === -1) return withoutBareLinkingAdverb(tokens)
  if (tokens.slice(0, at).some((token) => token.kind === 'word' && /^(VB[DNPZ]|MD)$/.test(token.tag))) return tokens
  // ("To do all this, however, we need you…", "For a time, however, that tenet…": after an opening
  // phrase its own comma stays, so it is still read as the opening it is.)
  const opening = /^(IN|TO)$/.test(tokens.find((token) => token.kind === 'word')?.tag ?? '')
  return opening ? [...tokens.slice(0, at - 1), ...tokens.slice(at + 2)] : [...tokens.slice(0, at - 2), ...tokens.slice(at + 2)]
}

/**
 * "A newbie however benefits from…", "The value of good culture however, is…": the same adverb
 * written without its commas, or with one, right between the subject's noun and its verb, goes too.
 */
function withoutBareLinkingAdverb(tokens: Token[]): Token[] {
  const words = tokens.filter((token) => token.kind === 'word')
  const at = words.findIndex(
    (word, index) =>
      index > 0 &&
      /^(?:however|nonetheless|nevertheless)$/i.test(word.value) &&
      /^(NN|PRP$)/.test(words[index - 1].tag) &&
      /^(VB[DPZ]|MD)$/.test(words[index + 1]?.tag ?? ''),
  )
  if (at === -1 || words.slice(0, at).some((word) => /^(VB[DNPZ]|MD)$/.test(word.tag))) return tokens
  // The adverb and what lies between it and the words on either side (spaces, a comma), one space kept.
  const start = tokens.indexOf(words[at - 1]) + 1
  const end = tokens.indexOf(words[at + 1])
  return [...tokens.slice(0, start), { kind: 'space', value: ' ', tag: '' }, ...tokens.slice(end)]
}

const conditional = /^(if|unless|except|only|provided|assuming)$/i

/**
 * The tokens of square-bracketed lists ("becomes [BOS, e, m, m, a, BOS]"): content the
 * sentence needs, unlike an editor's "[sic]" or a citation "[1, 2]", which stay asides.
 */
function squareLists(tokens: Token[]): Set<number> {
  const listed = new Set<number>()
  // (Whether a quotation is open at each token, counted once from the start: counting again for each bracket took time in the
  // square of a sentence of thousands of brackets.)
  let curly = 0
  let straight = 0
  const quotedAt: boolean[] = []
  for (const token of tokens) {
    quotedAt.push(curly > 0 || straight % 2 === 1)
    if (token.value === '“') curly++
    else if (token.value === '”') curly = Math.max(0, curly - 1)
    // (Not an inch mark after a number: `The 27" monitor [Dell U2723QE]`.)
    else if (token.value === '"' && !/[\p{N}]$/u.test(tokens[quotedAt.length - 2]?.value ?? '')) straight++
  }
  const named = namesPositions(tokens)
  for (const [open, token] of tokens.entries()) {
    if (token.value !== '[') continue
    const close = nextBracket(tokens, open, /^[[\]]$/)
    if (close === -1 || tokens[close].value !== ']') continue
    if (named && /^\d+$/.test(textBetween(tokens, open, close).trim())) {
      for (let index = open; index <= close; index++) listed.add(index)
      continue
    }
    const inside = tokens.slice(open + 1, close)
    const words = inside.filter((each) => each.kind === 'word')
    // ("accepted_response_types = [STREAMED_XOR_CHUNKS]": a bracket after "=" is the value assigned.)
    const assigned = tokenBefore(tokens, open)?.value === '='
    const bracketed = textBetween(tokens, open, close).trim()
    // (A mark of one word is a button's name inside the sentence, "Click the [Update] button", and the sentence's tag at its
    // opening, "[UPDATE] The outage was resolved…".)
    // (A reference key opens on a capital, "[R1]", "[A2]"; a lower-case letter and a number, "[u8]", "[i32]", is a type.)
    const cites =
      (citationInBrackets.test(bracketed) && !/^[a-z]\d/u.test(bracketed)) ||
      (editorsMark.test(bracketed) && (!/^[\p{L}]+$/u.test(bracketed) || tokenBefore(tokens, open) === undefined))
    if (
      assigned ||
      // ("titling your thread with: “Thread: [insert topic here]”" (review 123, a handbook): inside a quotation, words in square
      // brackets are a placeholder of what is quoted, not an editor's aside.)
      // (Not an editor's "[sic]" nor a citation's number inside it: those stay asides, as outside one.)
      (quotedAt[open] && words.length > 0 && !words.every((each) => /^(?:\d+|sic)$/i.test(each.value))) ||
      // ("The end of the document warns that [it] is impossible…", "we can [evaluate our success in training by comparing the
      // true parameters with those that we learned] through our training loop" (review 131, a chapter of Dive into Deep
      // Learning, which brackets what its slides show): words an editor or the writer set in square brackets inside the
      // sentence are its words; only a citation, "[1]", "[Smith 2020]", or an editor's "[sic]" is an aside.)
      // (Not an editor's note, "[Editor's note: the team has since joined Google]", "[Update: this was fixed in 1.4]", "[Disclosure:
      // …]", "[Note that…]", nor a work cited by its year: a note beside the sentence, which goes. A button's name, "[Update]",
      // is one word and stays.)
      (words.length > 0 && !cites)
    )
      for (let index = open; index <= close; index++) listed.add(index)
  }
  return listed
}

/**
 * Whether a sentence names places by numbers in square brackets, as words of its own ("[0] and [2] should be matched, while
 * [1] is an unclosed bracket and [3] an unopened bracket" (review 133, VS Code's post on bracket pairs), after a listing that
 * marks them): one opens the sentence before its verb or another, or stands after "while" or "at". Then none of its bare numbers
 * in brackets is a citation.
 */
function namesPositions(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'space')
  return words.some((token, index) => {
    if (token.value !== '[' || !/^\d+$/.test(words[index + 1]?.value ?? '') || words[index + 2]?.value !== ']') return false
    const before = words[index - 1]?.value
    const after = words[index + 3]?.value ?? ''
    // (Not one after a word and before a verb, "Transformers [12] are now the default…": a citation of that word.)
    return (
      ((before === undefined || /^[,:;(]$/.test(before)) &&
        /^(?:and|or|is|are|was|were|should|must|can|cannot|will|would|has|have)$/i.test(after)) ||
      /^(?:while|whereas|at|position|positions)$/i.test(before ?? '')
    )
  })
}

/**
 * An editor's or a transcript's mark in square brackets: a time, "[00:02:00]" (review 132, a podcast's transcript), "[TODO]",
 * "[WIP]", "[x]", "[laughter]", "[Note: …]", "[see below]", "[#1234]", an address.
 */
const editorsMark =
  /^(?:\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?|todo|wip|fixme|tbd|laughter|laughs|applause|inaudible|crosstalk|archived|music|silence|pause|(?:[\p{L}'’.]+\s+)?note\b.*|updated?\b.*|edit(?:ed)?\b.*|correction\b.*|disclosure\b.*|see\b.*|#\d+|arxiv:.*|https?:.*|[\w.-]+\.(?:com|org|io|dev|net)\b.*|[^:]{1,30}:\s.*|.*\b(?:1[6-9]|20)\d\d[a-z]?(?:,\s*pp?\.\s*[\d–-]+)?)$/iu

/** What square brackets hold when they cite or mark, not say: numbers, "sic", "citation needed", a name and a year. */
const citationInBrackets =
  /^(?:[\d\s,–-]+|[a-z]?\d+[a-z]?|sic|citation needed|edit|ref|note|ibid\.?|emphasis (?:mine|added|original)|(?:see\s+)?(?:fig(?:ure)?|table|eq(?:uation)?|listing|ref|note|footnote|appendix|section)\.?\s*[\d.]+[a-z]?|(?:[\p{L}]+\s+)?(?:link|here|pdf|video|slides|source|code|demo|paper|docs|repo|thread|tweet)|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}(?:\s+et\s+al\.?|,?\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+)?,?\s+(?:\d{4}[a-z]?|n\.d\.)(?:,\s*p+\.\s*[\d–-]+)?)$/iu

/**
 * "bounded by the interval [0, 1]", "clamped to (0, 100]": two numbers between brackets, open or
 * closed at either end, are a range the claim holds in, not an aside.
 */
function intervals(tokens: Token[]): Set<number> {
  return bracketsKept(tokens, /^[[(]$/, /^[\])]$/, (open, close) => {
    // (After a word that says a range comes: "(3, 4)" after "sharply" cites two notes.)
    const before = tokenBefore(tokens, open)
    if (before?.kind !== 'word' || !/^(?:interval|range|in|within|on|over|to|between|domain|bounds?)$/i.test(before.value)) return false
    return /^\s*[-−+]?(?:\d[\d.]*|∞|inf)\s*,\s*[-−+]?(?:\d[\d.]*|∞|inf)\s*$/u.test(textBetween(tokens, open, close))
  })
}

/**
 * The tokens of brackets run into the word before them ("panic(nil)", "useState()",
 * "vec[606]"): a call or an index the sentence names, not an aside, which a space sets off.
 */
function calls(tokens: Token[]): Set<number> {
  const kept = new Set<number>()
  const closers = matchingClosers(tokens)
  for (const [open, token] of tokens.entries()) {
    // ("$10+(($100*8 hours)/(25 to 50))", "N×(N–1)": run into an operator, brackets are arithmetic, as in inline code;
    // so are brackets after an operator and a space, "w * (h + 2)", or with one run on after them, "n x (n-1)/2".)
    if (!/^[([]$/.test(token.value) || kept.has(open)) continue
    const before = tokens[open - 1]
    // (Or into a bracket it goes on from: "501(c)(3)", "f(x)(y)".)
    const runInto =
      before !== undefined &&
      (before.kind === 'word' || operator.test(before.value) || (/^[)\]]$/.test(before.value) && kept.has(open - 1)))
    // (Not after a share, "27.63% (it was just under 25% last year)": its sign is no operator.)
    const sign = before?.kind === 'space' ? tokenBefore(tokens, open)?.value : undefined
    const afterOperator = sign !== undefined && sign !== '%' && operator.test(sign)
    if (!runInto && !afterOperator) {
      // (Only a pair with no bracket inside: its closer is the next bracket, found without a walk to the sentence's end.)
      const close = nextBracket(tokens, open, /^[()[\]]$/)
      const runOn =
        close > 0 &&
        /^[)\]]$/.test(tokens[close].value) &&
        operator.test(tokens[close + 1]?.value ?? '') &&
        /\w/.test(tokens[close + 2]?.value ?? '')
      if (runOn) for (let each = open; each <= close; each++) kept.add(each)
      continue
    }
    const close = closers.get(open)
    if (close !== undefined) for (let each = open; each <= close; each++) kept.add(each)
  }
  return kept
}

/**
 * Each opening bracket's closer, brackets of either shape nested in between (found in one pass:
 * a walk to the closer from every opener was quadratic in a sentence of many unclosed ones).
 */
function matchingClosers(tokens: Token[]): Map<number, number> {
  const closers = new Map<number, number>()
  const open: number[] = []
  for (const [index, token] of tokens.entries()) {
    if (/^[([]$/.test(token.value)) open.push(index)
    else if (/^[)\]]$/.test(token.value)) {
      const opener = open.pop()
      if (opener !== undefined) closers.set(opener, index)
    }
  }
  return closers
}

// A sign of arithmetic (one token: the tokenizer gives each mark its own).
const operator = /^[+\-*/=^%×÷·⋅−]$/

/*
 * The nouns a document numbers its parts by: "Equation (3)", "Figure (2)". A number in
 * parentheses after one is the reference the sentence needs, not an aside; dropping it
 * leaves "…defined on Equation" dangling. A closed class, so a list.
 */
const numberedParts =
  /^(?:equations?|eqs?|eqn|figures?|figs?|tables?|steps?|sections?|chapters?|listings?|lemmas?|theorems?|rules?|cases?)$/i

/** The tokens of numbers in parentheses that name a numbered part ("Equation (3)", "Eq. (2) and (3)"). */
function numberReferences(tokens: Token[]): Set<number> {
  const kept = new Set<number>()
  let referring = false
  for (let open = 0; open < tokens.length; open++) {
    const token = tokens[open]
    if (token.kind === 'word') {
      // "Equation (2) and (3)": the second number refers as the first does.
      referring = numberedParts.test(token.value) || (referring && /^(?:and|or|to)$/i.test(token.value))
      continue
    }
    if (token.value !== '(' || !referring) {
      if (token.kind === 'punctuation' && !/^[.,]$/.test(token.value)) referring = false
      continue
    }
    const close = nextBracket(tokens, open, /^[()]$/)
    if (close === -1 || tokens[close].value !== ')') continue
    const inside = tokens.slice(open + 1, close).filter((each) => each.kind !== 'space')
    if (inside.length === 0 || !inside.every((each) => /^(?:\d+[a-z]?|[.,–-])$/i.test(each.value))) continue
    for (let index = open; index <= close; index++) kept.add(index)
    open = close
  }
  return kept
}

/**
 * The tokens of a share or amount alone in parentheses ("Backend Developers (31%)", "a year
 * (38%)", "the bill ($5,500)"): in a report of figures the brackets hold the finding, and the
 * sentence without it says only who or what was counted. (Not a longer aside with a figure in it,
 * "(was 40%, meaning a drop by 25%)", which is a detail.)
 */
function sharesInBrackets(tokens: Token[]): Set<number> {
  return bracketsKept(tokens, /^\($/, /^\)$/, (open, close) => amountAlone.test(textBetween(tokens, open, close).trim()))
}

/**
 * The tokens of an operator alone in parentheses ("the multiplication operator (*)", "the compound
 * assignment (+=)"): what the sentence names, written as the reader types it, not an aside.
 */
function operatorsInBrackets(tokens: Token[]): Set<number> {
  return bracketsKept(tokens, /^\($/, /^\)$/, (open, close) => operatorAlone.test(textBetween(tokens, open, close)))
}

/**
 * The tokens of every pair of brackets, an opener and the closer that comes next with no other
 * bracket between them, that `keeps` says are kept. (Each search stops at the next bracket of any
 * kind, and the test sees only the pair's neighbours: linear in a sentence of any number of them.)
 */
function bracketsKept(tokens: Token[], opener: RegExp, closer: RegExp, keeps: (open: number, close: number) => boolean): Set<number> {
  const kept = new Set<number>()
  for (const [open, token] of tokens.entries()) {
    if (!opener.test(token.value)) continue
    const close = nextBracket(tokens, open, /^[()[\]]$/)
    if (close === -1 || !closer.test(tokens[close].value) || !keeps(open, close)) continue
    for (let index = open; index <= close; index++) kept.add(index)
  }
  return kept
}

/** The index of the first token after `open` that `brackets` matches, or -1. (From `open` on: a search from the start would make a sentence of many brackets quadratic.) */
function nextBracket(tokens: Token[], open: number, brackets: RegExp): number {
  for (let index = open + 1; index < tokens.length; index++) if (brackets.test(tokens[index].value)) return index
  return -1
}

/** The words and marks between two brackets, as written. */
function textBetween(tokens: Token[], open: number, close: number): string {
  return tokens
    .slice(open + 1, close)
    .map((each) => each.value)
    .join('')
}

/** The nearest token before `at` that is no space. */
function tokenBefore(tokens: Token[], at: number): Token | undefined {
  let index = at - 1
  while (index >= 0 && tokens[index].kind === 'space') index--
  return tokens[index]
}

/** The nearest token after `at` that is no space. */
function tokenAfter(tokens: Token[], at: number): Token | undefined {
  let index = at + 1
  while (index < tokens.length && tokens[index].kind === 'space') index++
  return tokens[index]
}

// Words that take back part of what a noun claims: negating prefixes and a few adverbs and adjectives of extent and status (a closed class).
const takesBack =
  /^(?:(?:un|non|semi|quasi|pseudo|partly|partially)[\p{L}-]+|mostly|largely|mainly|nearly|almost|approximately|roughly|experimental|preliminary|tentative|proposed|planned|former|future|draft|beta|alpha|deprecated|optional|internal|private|temporary|possible|potential|alleged|so-called)$/iu

/** Adverbs that take back part of what a verb says was done (a closed class): "We (unsuccessfully) tried…", "It (partly) works". */
const takesBackDoing =
  /^(?:unsuccessfully|mostly|largely|mainly|partly|partially|nearly|almost|not|never|rarely|temporarily|unofficially|optionally|potentially|briefly|initially)$/iu

/**
 * "the (unofficial) standard library", "a (mostly) complete port": a word or two in brackets
 * between a determiner or adjective and the words of its noun that take back part of what the
 * noun claims; without them the point claims more than the writer did. ("a (very small) app" only
 * describes it, and goes.)
 */
function qualifiersInBrackets(tokens: Token[]): Set<number> {
  return bracketsKept(tokens, /^\($/, /^\)$/, (open, close) => {
    const inside = tokens.slice(open + 1, close).filter((each) => each.kind !== 'space')
    const before = tokenBefore(tokens, open)
    const after = tokenAfter(tokens, close)
    return (
      inside.length > 0 &&
      inside.length <= 2 &&
      inside.every((each) => each.kind === 'word' && /^(JJ|RB|VBN)/.test(each.tag)) &&
      inside.some((each) => takesBack.test(each.value) || takesBackDoing.test(each.value)) &&
      before?.kind === 'word' &&
      after?.kind === 'word' &&
      // ("We (unsuccessfully) tried several reductions from NP-Complete problems" (review 130, a course's project write-up): so
      // does one between a subject, or its auxiliary, and the verb; without it the point says the attempt succeeded.)
      ((/^(DT|PRP\$|JJ)/.test(before.tag) && /^(JJ|NN)/.test(after.tag)) ||
        // (Only words that take back part of what is done, a closed class: "(unfortunately)", "(unsurprisingly)" only say
        // what the writer thinks of it.)
        (/^(PRP|NN|MD|VB[DPZ])/.test(before.tag) && /^VB/.test(after.tag) && inside.every((each) => takesBackDoing.test(each.value))))
    )
  })
}

/**
 * "In the past, users have resorted to --forceExit to fix (not recommended)" (review 118, Jest 23's release post): a
 * verdict in brackets that warns against what the sentence says, "(not recommended)", "(deprecated)", "(don't do this)",
 * turns it from advice into a warning; left out, the point recommends it. Kept.
 */
function verdictsInBrackets(tokens: Token[]): Set<number> {
  return bracketsKept(tokens, /^\($/, /^\)$/, (open, close) => warning.test(joinTokens(tokens.slice(open + 1, close)).trim()))
}

/**
 * "Still, it is possible (however unlikely 😉) that the bug is in the parallel package" (review 135, r-hub's debugging story):
 * a hedge in brackets that says how unlikely the claim is; left out, the point claims it as likely as any other. Kept.
 */
function hedgesInBrackets(tokens: Token[]): Set<number> {
  return bracketsKept(tokens, /^\($/, /^\)$/, (open, close) =>
    hedge.test(
      joinTokens(tokens.slice(open + 1, close))
        .replace(/[\p{Extended_Pictographic}]|\u{FE0F}|\u{200D}|:[-\w+]+:/gu, '')
        .trim(),
    ),
  )
}

/** A hedge of how likely, or how far, a claim holds: English's few set phrases for it. */
const hedge = /^(?:(?:however|if|very|highly|quite)\s+)?(?:unlikely|improbable|doubtful|in\s+theory|theoretically|at\s+best|if\s+ever)$/iu

/** Words that warn against a practice: English's few set phrases for it. */
const warning =
  /^(?:not\s+(?:recommended|advised|advisable|supported|safe|a\s+good\s+idea)|deprecated|discouraged|unsafe|bad\s+idea|please\s+don['’]t|don['’]t\s+do\s+(?:this|that)|avoid(?:\s+(?:this|it))?)[.!]?$/iu

// A number with a share, currency or factor sign, and at most a word of approximation: "31%", "~$5,500", "about 2×".
// (A bare number is a reference: "sharply (3)" cites a note.)
const amountAlone = /^(?:(?:about|around|approx\.?|roughly|nearly|over|~|≈)\s*)?(?:[$€£¥]\d[\d,.]*\s*(?:k|m|bn)?|\d[\d,.]*\s*(?:%|x|×))$/iu

/** What a rate is counted per, a unit of time or of use: a closed class. */
const timeUnitWord = /^(?:second|minute|hour|day|week|month|quarter|year|request|user|domain|account)s?$/i

/** An em or en dash; typed hyphens between spaces became one before tagging, and "-m" is a flag. */
function isDash(token: Token): boolean {
  return token.kind === 'punctuation' && /^[—–]$/.test(token.value)
}

export function tidySpaces(tokens: Token[]): Token[] {
  const result: Token[] = []
  // (An index loop: every sentence a key point may come from passes here, and `entries()` makes a pair per token.)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    const last = result[result.length - 1]
    if (token.kind === 'space' && (!last || last.kind === 'space')) continue
    // (Not the dot that opens a name, "PyTorch’s .backward()", nor the colon of an atom or symbol, "return :error".)
    const opensWord = (token.value === '.' || token.value === ':') && tokens[index + 1]?.kind === 'word'
    if (token.kind === 'punctuation' && last?.kind === 'space' && /^[,.;:!?]$/.test(token.value) && !opensWord) result.pop()
    // ("…Budget Office (CBO)’s central estimate" without its aside: the clitic joins the word before again.)
    const clitic =
      /^['’](?:s|re|ll|d|ve|m)$/i.test(token.value) ||
      (/^['’]$/.test(token.value) && /^(?:s|re|ll|d|ve|m)$/i.test(tokens[index + 1]?.value ?? '') && tokens[index + 2]?.kind !== 'word')
    if (clitic && last?.kind === 'space') result.pop()
    result.push(token)
  }
  while (result[result.length - 1]?.kind === 'space') result.pop()
  return result
}

// Words that open examples set off inside a sentence (", like restaurants and cafes,"): a closed class.
const exampleOpener = /^(like|including|e\.g|eg)$/i

/**
 * "…helps store owners, like restaurants and cafes, to manage the shift work…": examples of a
 * noun set off by two commas in the middle of a sentence, a few names and nothing else, only
 * illustrate it; the sentence goes on without them.
 */
function withoutExampleAside(tokens: Token[]): Token[] {
  // (Most sentences have no word that opens examples: their commas are not looked at.)
  if (!tokens.some((token) => token.kind === 'word' && exampleOpener.test(token.value))) return tokens
  // (The commas, the last word before each token and whether a verb comes after it, each found in one pass: asked again at
  // every comma, a sentence of thousands of "like a," took seconds.)
  const commas = tokens.flatMap((token, index) => (token.value === ',' ? [index] : []))
  const lastWord: Array<Token | undefined> = []
  for (let index = 0, last: Token | undefined; index < tokens.length; index++) {
    lastWord.push(last)
    if (tokens[index].kind === 'word') last = tokens[index]
  }
  const verbAfter: boolean[] = new Array(tokens.length + 1).fill(false)
  for (let index = tokens.length - 1; index >= 0; index--)
    verbAfter[index] = verbAfter[index + 1] || (tokens[index].kind === 'word' && /^(VB|MD)/.test(tokens[index].tag))
  const wordsBetween = (from: number, to: number) => tokens.slice(from, to).filter((token) => token.kind === 'word')
  for (let at = 0; at + 1 < commas.length; at++) {
    const [open, close] = [commas[at], commas[at + 1]]
    const inner = wordsBetween(open + 1, close)
    // (The sentence goes on with a verb of its own after them: not the list's last items, "…, including
    // the cache layer, the test runner and the deploy scripts.")
    const after = verbAfter[close + 1]
    const names = inner.slice(1)
    // ("No other customer info, including private code, | emails, passwords, usernames, or other PII, was accessible" (review
    // 142, Sourcegraph's incident report): the list goes on past the comma, a few names and another comma; cut there, the
    // rest of it read as the subject's.)
    const following = at + 2 < commas.length ? wordsBetween(close + 1, commas[at + 2]) : []
    const goesOn =
      following.length > 0 && following.length <= 4 && following.every((word) => /^(?:NNS?|NNPS?|CC|DT|JJ|CD|VBZ)$/.test(word.tag))
    if (
      !goesOn &&
      after &&
      /^NN/.test(lastWord[open]?.tag ?? '') &&
      exampleOpener.test(inner[0]?.value ?? '') &&
      names.length >= 1 &&
      names.length <= 6 &&
      names.every((word) => /^(NN|NNS|NNP|NNPS|CC|DT|JJ|CD)$/.test(word.tag)) &&
      names.some((word) => /^NN/.test(word.tag))
    )
      // (The closing comma stays before a clause of its own: "…reference types, like pointers, and so…".)
      return tokens.slice(close + 1).find((token) => token.kind === 'word')?.tag === 'CC'
        ? [...tokens.slice(0, open), ...tokens.slice(close)]
        : [...tokens.slice(0, open), ...tokens.slice(close + 1)]
  }
  return tokens
}

/**
 * "…behind an (nginx) proxy": an article right before the brackets that went agrees with the
 * word it now stands before ("a proxy"). By the first letter of a word in lower case only
 * (an "an" before "HTTP" or "hour" is left as written). The kept tokens are changed in place.
 */
function withArticlesAgreeing(tokens: Token[], kept: Token[]): void {
  for (const [index, token] of kept.entries()) {
    if (token.kind !== 'word' || !/^an?$/i.test(token.value)) continue
    const original = tokens.indexOf(token)
    const after = tokens.slice(original + 1).find((each) => each.kind !== 'space')
    if (!after || !/^[([]$/.test(after.value)) continue
    const next = kept.slice(index + 1).find((each) => each.kind === 'word')
    const initial = next?.value.charAt(0) ?? ''
    if (!/^[\p{Ll}]$/u.test(initial)) continue
    const wanted = /^[aeiou]$/.test(initial) ? 'an' : 'a'
    const cased = token.value.charAt(0) === 'A' ? upperFirst(wanted) : wanted
    if (cased !== token.value) kept[index] = { ...token, value: cased }
  }
}
