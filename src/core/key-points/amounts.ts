/*
 * Amounts a finding reports: a measured share or factor ("more than 90% of CPU time", "3x
 * faster"), or a figure in its unit ("saved around 750 ms", "from 512MB to 1GB", "20 à 30
 * minutes", "$6/month"). Units are a closed class.
 */

/** A figure in a unit of time, size, rate or money ("750 ms", "512MB", "3 hours", "€30,000", "$6"). */
const measuredAmount =
  /[\p{N}]\s?(?:ms|µs|ns|secs?|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|[KMGT]i?B|[KMG]bps|fps|req\/s|kg|km|€|k€|£)(?![\p{L}\p{N}])|[$€£¥]\s?[\p{N}]/u

const anyDigit = /[\p{N}]/u

/**
 * ("…with database startup times almost halved from ~90s to ~50s" (review 119, Supabase's launch postmortem): a factor said
 * in a word, and seconds written after "~" (not a decade, "the 90s").) English's closed class.
 */
// (Not an idiom: "doubled as a workshop", "doubled down on TypeScript".)
const factorWord = /\b(?:halved|doubled|tripled|quadrupled)\b(?!\s+(?:as|down|up|back|over)\b)/iu
const approximateSeconds = /[~≈]\s?[\p{N}]+(?:\.[\p{N}]+)?s\b/u

/** Whether `text` reports a measured share, factor or amount (not the level of a confidence interval, which says how a figure was drawn). */
export function reportsAmount(text: string): boolean {
  // (Every figure holds a digit, and "per cent" its "per": a text with neither, most of them, is
  // not searched for each shape at every character.)
  if (!anyDigit.test(text) && !text.includes('per') && !factorWord.test(text)) return false
  return (
    (/[\p{N}]\s?%|\b[\p{N}]+(?:\.[\p{N}]+)?\s?[x×]\b|\bper\s?cent\b/u.test(text) ||
      measuredAmount.test(text) ||
      approximateSeconds.test(text) ||
      factorWord.test(text)) &&
    !/\bconfidence\b/i.test(text)
  )
}

/**
 * "…we had developers at 10 companies saying they were interested", "…more than 850 contributors":
 * a count of things, a number before a plural noun (a word or two between them), which a cut
 * that leaves it out drops as it drops a measured amount. Not a year after the words that date
 * ("in 2006 with two services"), nor the number of a name or a step before a verb in -s ("Node 18
 * supports", "Step 3 uses", "Figure 2 shows"), nor a few words of that shape that are no nouns
 * ("1 was", "100 plus"). (The words are matched on their letters: `\b` is ASCII's.)
 */
const countedThings =
  /(?<![\p{L}\p{N}.,:/-])(?<![\p{Lu}][\p{L}\p{N}]*\s)(?<!\b(?:in|since|by|of|from|until|to|before|after|during)\s)[\p{N}](?:[\p{N}]|[,.][\p{N}])*\+?\s+(?:[\p{Ll}-]+\s+){0,2}(?!(?:was|has|does|is|this|plus|less|across|thus|always|perhaps|yes|its|us|as)(?![\p{L}]))[\p{Ll}]{2,}s(?![\p{L}])/u

/** Whether `text` reports an amount (see `reportsAmount`) or a count of things. */
export function reportsAmountOrCount(text: string): boolean {
  return reportsAmount(text) || (anyDigit.test(text) && countedThings.test(text))
}
