import type { Root, Sentence, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import retextPos from 'retext-pos'
import { unified } from 'unified'

/** One token of a tagged sentence: a word with its Penn Treebank tag, or punctuation. */
export interface Token {
  kind: 'word' | 'punctuation' | 'space'
  value: string
  /** Part of speech (`NN`, `VBD`, `IN`…) for words; empty otherwise. */
  tag: string
}

// retext-english parses prose into nlcst, retext-pos tags its words with a Brill tagger
// (the `pos` package): the unified collective's own tools, and fast enough to tag the few
// candidate sentences of every paragraph.
const processor = unified().use(retextEnglish).use(retextPos).freeze()

/** The tokens of an English sentence (or a few), with parts of speech. */
export function tagSentence(text: string): Token[] {
  const tree = processor.runSync(processor.parse(text)) as Root
  const tokens: Token[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') pushSentence(sentence, tokens)
      else tokens.push({ kind: 'space', value: toString(sentence), tag: '' })
    }
  }
  return tokens
}

function pushSentence(sentence: Sentence, tokens: Token[]): void {
  if (tokens.length > 0) tokens.push({ kind: 'space', value: ' ', tag: '' })
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      tokens.push({ kind: 'word', value: toString(child), tag: (child as Word).data?.partOfSpeech ?? '' })
    } else if (child.type === 'WhiteSpaceNode') tokens.push({ kind: 'space', value: ' ', tag: '' })
    else tokens.push({ kind: 'punctuation', value: toString(child), tag: '' })
  }
}

/** The text of tokens, as written. */
export function joinTokens(tokens: Token[]): string {
  return tokens.map((token) => token.value).join('').trim()
}
