/*
 * Intl.Segmenter over a long text, a piece at a time. Node's segmenter (ICU under V8) copies
 * the whole text into every segment it gives (its `input`), so a text's time and memory grow
 * with its length squared: one paragraph of an article (untrusted input) could hold a build
 * for minutes. So a long text
 * is segmented in pieces cut where every segmenter breaks whatever comes before or after,
 * and the segments are the ones the whole text would give.
 */

/** The length of text segmented at once; pieces are cut at the last safe place before it. */
export const pieceLength = 2_000

/**
 * Where a piece may end: after a line break (a sentence and a word always end there), after a
 * sentence's stop and its spaces before a capital ("…here. The…": no rule joins them), and for
 * words also after a space or a CJK stop before a letter or digit (not before a combining mark,
 * which joins what it follows).
 */
const safeEnds = {
  sentence: /\n(?=.)|[.!?][ \t]+(?=[A-Z])/gsu,
  word: /\n(?=.)|[.!?][ \t]+(?=[A-Z])|[ \t。！？](?=[\p{L}\p{N}])/gsu,
}

/** The segments of `text` as `segmenter.segment(text)` gives them, for a text of any length. */
export function* segmentLong(segmenter: Intl.Segmenter, text: string): Generator<Intl.SegmentData> {
  if (text.length <= pieceLength) {
    yield* segmenter.segment(text)
    return
  }
  const safe = safeEnds[segmenter.resolvedOptions().granularity === 'sentence' ? 'sentence' : 'word']
  let start = 0
  while (start < text.length) {
    const end = pieceEnd(text, start, safe)
    for (const { segment, index, isWordLike } of segmenter.segment(text.slice(start, end)))
      yield { segment, index: index + start, input: text, isWordLike }
    start = end
  }
}

/** The end of the piece from `start`: the last safe end within `pieceLength`, else the first after it, else the text's end. */
function pieceEnd(text: string, start: number, safe: RegExp): number {
  const end = text.length
  if (end - start <= pieceLength) return end
  let last = -1
  safe.lastIndex = start + 1
  for (let match = safe.exec(text); match; match = safe.exec(text)) {
    const at = match.index + match[0].length
    if (at - start > pieceLength) return last > start ? last : at
    last = at
  }
  return last > start ? last : end
}
