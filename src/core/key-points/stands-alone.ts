import { pointsBackWithoutTagger, talksAboutText } from './asides.ts'
import { isMetaSentence, leansOnPrevious, refersBack } from './dependence.ts'
import { opensLeaning } from './clauses.ts'
import { introducesBlock } from './introductions.ts'
import { tagSentence } from './tagging.ts'
import { isCjk, wordsOf } from './text.ts'

/** Fewer words than this do not make a point shown whole ("Yes, there are."). */
const minWords = 4

/**
 * Whether a whole sentence can be shown as it is, as the one point of a slide that would
 * otherwise be its heading alone: it needs nothing said before it (outside English: no pronoun
 * or phrase that points back), is not talk about the text
 * or the talk, nor an announcement of what follows, and says enough (a thank-you under its own
 * heading is a fine closing slide, so a courtesy may stand). The
 * sentence-choice rules, asked as one question by the slides' layout (paginate.ts).
 */
export function standsAlone(sentence: string, lang: string): boolean {
  if (!isCjk(sentence) && wordsOf(sentence, lang).length < minWords) return false
  if (leansOnPrevious(sentence, lang) || talksAboutText(sentence, lang) || introducesBlock(sentence, lang)) return false
  // (Outside English a closing colon is all there is to tell a lead-in by: "El controller admite dos modos operativos distintos:".)
  if (/[:：]\s*$/u.test(sentence)) return false
  // ("Incluye colores, tipografía, espaciado.": nor one that opens on a word that leans, as a cut of it would, review 109.)
  if (!lang.toLowerCase().startsWith('en')) return !pointsBackWithoutTagger(sentence, lang) && !opensLeaning(sentence, lang)
  const tokens = tagSentence(sentence)
  return !refersBack(tokens) && !isMetaSentence(tokens)
}
