import { sentencesOf } from './key-points/text.ts'
import { countWords } from './words.ts'

/** Words at most of the description the cover shows under the title. */
const coverWords = 30

/** Words a description has at least before it counts as the opening's excerpt rather than a short phrase it shares. */
const excerptWords = 4

/** An ellipsis (or the `[…]` of an excerpt) that ends a description: the site cut it there. */
const closingEllipsis = /\s*(?:\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\)|…|\.{3,})\s*$/u

/**
 * Words no phrase a writer ends on without a stop: "…are not buckets which", "…based on the".
 * A closed class, as the words are (English; elsewhere only the ellipsis shows a cut).
 */
const dangling =
  /\b(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|from|with|into|onto|over|under|about|as|than|that|which|who|whom|whose|where|when|while|because|if|is|are|was|were|be|been|has|have|had|its|their|our|your|my|his|her)$/iu

/**
 * A site's own description, which a page without one of its own repeats ("The official website
 * for the Julia Language.", "Nicolas Perriault's homepage.", "The website of Bradley M. Kuhn…"):
 * it says whose site the page is on, not what the article says. In English, as such sites write it
 * whatever the page's language.
 */
const siteDescription =
  /^(?:the\s+)?(?:official\s+|personal\s+)?(?:web\s?site|homepage|home\s+page|site|blog|weblog)\s+(?:of|for|by)\b|^[^.!?]{1,60}['’]s\s+(?:personal\s+|official\s+)?(?:web\s?site|homepage|home\s+page|site|blog|weblog)\s*\.?$|\bclick here\b/iu

/** Letters and digits only, lower case: the words of a text whatever its punctuation, spacing and markup. */
function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * What the title slide shows of the article's description under its title, or nothing.
 *
 * A description is often not a standfirst: a blog's summary is the article's first words,
 * cut ("I've written a couple of posts … on Silic...", "Highlights Here's our Firefox Year in
 * Review! …"), which the talk's opening then says again; a page's `<meta>` is cut by its own
 * quotation mark ("…variables in Python are not buckets which"), or is the site's description,
 * the same on every page. None of those goes on the cover. Of the rest: all of it when short,
 * else its first sentence when that is short — a front matter's description is often a search
 * engine's summary (about a hundred words), on the cover a block of small print. The page's own
 * `<meta name="description">` keeps it whole.
 *
 * `opening` is the article's text from its start, as long as the description or longer.
 */
export function coverLine(description: string, opening: string, lang: string): string | undefined {
  const [first = ''] = sentencesOf(description, lang)
  if (siteDescription.test(first.trim())) return undefined
  const whole = description.replace(closingEllipsis, '')
  const cut = whole !== description || (!/[.!?。！？:;)"”’'»]\s*$/u.test(whole) && dangling.test(whole.trim()))
  // The opening's words again, cut or whole.
  if (countWords(whole, lang) >= excerptWords && lettersOf(opening).startsWith(lettersOf(whole))) return undefined
  // A cut description keeps the sentences it has whole.
  const sentences = sentencesOf(whole, lang)
  const kept = cut ? sentences.filter((sentence) => /[.!?。！？]["'”’)]*\s*$/u.test(sentence)) : sentences
  if (kept.length === 0) return undefined
  const line = cut ? kept.join(' ').replace(/\s+/g, ' ').trim() : description.trim()
  if (countWords(line, lang) <= coverWords) return line
  return countWords(kept[0], lang) <= coverWords ? kept[0].trim() : undefined
}
