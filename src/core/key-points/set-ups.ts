/*
 * Sentences that set up a paragraph's point rather than make it: the earlier event a news post
 * starts from, the state of things a roadmap or proposal starts from. The point is the sentence
 * that says what happened since or what the writer means to do about it.
 */

// Linking words before a sentence's subject ("So we want to…", "But now we plan to…").
const linking = /^(?:(?:so|and|but|now|therefore|instead|hence|thus)\s*,?\s+)*/

/** How much a set-up yields to the other sentences of its paragraph: as much as a courtesy, past the opening sentence's lead. */
const setUpPenalty = 1
/** How much a plan after a set-up gains over the sentences around it. */
const planGain = 0.6

/**
 * Whether an English sentence places what follows after an earlier event, counted back from the
 * time of writing ("Vite 4 was released almost a year ago", "It has been nearly 2 months since
 * webpack 5 was released"): the set-up of a release note or a news post, which the sentences
 * after it (what happened since, what comes next) are about.
 */
function datesEarlierEvent(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  return /\bago\b/i.test(sentence) || /^it(?:['’]s|\s+has|\s+is)\s+been\b.*\bsince\b/i.test(sentence.trim())
}

/**
 * Whether an English sentence says how things stand now, by an adverb of the present that opens
 * it ("Currently, webpack displays warnings and errors to the user", "At the moment, …"): in a
 * paragraph that goes on to what the writer wants changed, it is the set-up of a roadmap's,
 * proposal's or study's point.
 */
function statesStatusQuo(sentence: string, lang: string): boolean {
  return (
    lang.toLowerCase().startsWith('en') &&
    /^(?:currently|at (?:the moment|present)|right now|as of (?:now|today)|until now|to date)\b/i.test(sentence.trim())
  )
}

/**
 * Whether an English sentence says what the writer means to do ("So we want to add another
 * category: Hints", "We plan to…", "I'd like to…"): the plan a roadmap or proposal paragraph is
 * for, beside the state of things it starts from. (First-person subject and a verb of intent: a
 * closed class.)
 */
function statesIntent(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const text = sentence.trim().toLowerCase().replace(linking, '')
  return /^(?:we|i)(?:\s+(?:also|still|now|really|then|therefore|thus))?\s+(?:want|plan|intend|aim|would like|['’]d like|propose)\s+to\s+(?!(?:thank|show|share|talk|say|mention|look|start|begin)\b)/.test(
    text,
  )
}

/**
 * How much each sentence's score moves for the set-ups and plans of its paragraph: an opening
 * sentence that dates an earlier event, or a sentence of the state of things before the writer's
 * plan, yields; the plan after a set-up gains. A paragraph of one sentence keeps its only one.
 */
export function setUpShifts(sentences: ReadonlyArray<{ text: string }>, lang: string): number[] {
  if (sentences.length < 2 || !lang.toLowerCase().startsWith('en')) return sentences.map(() => 0)
  const plans = sentences.map(({ text }) => statesIntent(text, lang))
  const setUps = sentences.map(
    ({ text }, index) =>
      (index === 0 && datesEarlierEvent(text, lang)) || (statesStatusQuo(text, lang) && plans.slice(index + 1).some(Boolean)),
  )
  return sentences.map((_, index) => {
    if (setUps[index]) return -setUpPenalty
    return plans[index] && setUps.slice(0, index).some(Boolean) ? planGain : 0
  })
}
