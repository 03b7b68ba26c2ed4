import { speechLength } from './key-points/text.ts'

/** Words in `text`, by the Unicode word segmenter; each CJK character counts as one. */
export function countWords(text: string, lang = 'en'): number {
  const { words, characters } = speechLength(text, lang)
  return words + characters
}

/** A heading's width in Latin characters: a CJK character is about two. */
export function titleWidth(text: string): number {
  const wide = text.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/g)?.length ?? 0
  return text.length + wide
}
