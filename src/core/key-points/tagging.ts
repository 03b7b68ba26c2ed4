// @ts-expect-error: `pos` ships no types; its Tagger takes words and returns [word, tag] pairs.
import posjs from 'pos'

/** One token of a tagged sentence: a word with its Penn Treebank tag, or punctuation. */
export interface Token {
  kind: 'word' | 'punctuation' | 'space'
  value: string
  /** Part of speech (`NN`, `VBD`, `IN`…) for words; empty otherwise. */
  tag: string
}

/*
 * Parts of speech come from `pos`, the Brill tagger that retext-pos wraps. Sentences are
 * already split (Intl.Segmenter), so a Unicode regular expression makes the tokens instead
 * of retext-english's full nlcst tree: the same words, and a third of the time, which
 * matters because every paragraph of a long article has candidates to tag.
 */
const tagger = new posjs.Tagger() as { tag(words: string[]): Array<[string, string]> }
const tokenPattern = /([\p{L}\p{M}\p{N}_]+(?:['’.-][\p{L}\p{M}\p{N}_]+)*)|(\s+)|(\S)/gu

/** The tokens of an English sentence (or a few), with parts of speech. */
export function tagSentence(text: string): Token[] {
  const tokens: Token[] = []
  const words: string[] = []
  for (const [value, word, space] of text.matchAll(tokenPattern)) {
    if (word) {
      // A clitic is a word of its own to the tagger, as in the Penn Treebank: "It" + "’s", "did" + "n’t".
      const clitic = /(?:n['’]t|['’](?:s|re|ll|d|ve|m))$/i.exec(value)
      const parts = clitic && clitic.index > 0 ? [value.slice(0, clitic.index), clitic[0]] : [value]
      for (const part of parts) {
        tokens.push({ kind: 'word', value: part, tag: '' })
        words.push(part.replace('’', "'"))
      }
    } else tokens.push({ kind: space ? 'space' : 'punctuation', value: space ? ' ' : value, tag: '' })
  }
  if (words.length === 0) return tokens
  const tags = tagger.tag(words)
  let index = 0
  for (const token of tokens) if (token.kind === 'word') token.tag = tags[index++][1]
  return tokens
}

/** The text of tokens, as written. */
export function joinTokens(tokens: Token[]): string {
  return tokens
    .map((token) => token.value)
    .join('')
    .trim()
}
