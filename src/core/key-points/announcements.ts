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
    // "The reason is simple", "The answer is this", "The problem was twofold"
    String.raw`the\s+(?:[\p{L}-]+\s+)?(?:reason|answer|problem|result|idea|trick|catch|thing|explanation)s?\s+(?:is|are|was|were)\s+(?:simple|this|that|twofold|threefold)\b`,
    // "It works like this", "It goes like this", "Let me explain"
    String.raw`(?:it|this|that)\s+(?:works|goes|went|looks|looked)\s+like\s+this\b`,
    String.raw`let\s+me\s+explain\b`,
    // "But that tactical shift carried a bigger idea", "This raises an important question", "There
    // was one catch": an indefinite noun of thought that the sentences after it spell out. (Not
    // after "is": "S3 is a simple idea", "Injection is a common pattern" say what a thing is.)
    String.raw`(?:[\p{L}\p{N}’'-]+,?\s+){0,6}(?:there\s+(?:is|was|are|were)|(?!(?:is|are|was|were)\b)\p{L}+)\s+(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}(?:idea|question|lesson|insight|catch|twist|problem|realization|realisation|thought|theme|pattern|trick|secret)$`,
    // "Looking back, a few themes stand out"
    String.raw`(?:[\p{L}\p{N}’'-]+,?\s+){0,6}(?:themes|lessons|things|points|patterns|ideas)\s+stand\s+out$`,
  ].join('|')})`,
  'iu',
)

/** Whether a clause or sentence only announces the one after it ("Here is some context", "There are two reasons for this."). */
export function announcesWhatFollows(text: string): boolean {
  const trimmed = text.trim().replace(/[.:：!]+$/u, '')
  if (trimmed.split(/\s+/).length > maxAnnouncementWords) return false
  return announcement.test(trimmed)
}
