import { speechLength } from './key-points/text.ts'

/** Words in `text`, by the Unicode word segmenter; each CJK character counts as one. */
export function countWords(text: string, lang = 'en'): number {
  const { words, characters } = speechLength(text, lang)
  return words + characters
}
