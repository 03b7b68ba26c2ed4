import type { Token } from './tagging.ts'

/* How long a key point may be, and what a shortened sentence is before it becomes text. */

/** Longest point: words, or characters in CJK. */
export const maxWords = 12
export const maxCjkCharacters = 30
/** A whole sentence or run of clauses this long still beats a fragment of a shorter one. */
export const maxLongWords = 16
/**
 * Words at most that read at a glance: a point longer than this (up to {@link maxLongWords})
 * loses to another sentence of its paragraph that stands alone within it.
 */
export const maxGlanceWords = 14

/**
 * Words at most of a point shown on a slide, however it was made: reviewers of unseen decks passed
 * one point in five of 15 words and one in ten of 16 (docs/quality.md).
 */
export const maxShownWords = 15

/** The quality of a last-resort cut before a preposition (cuts.ts). */
export const phraseQuality = 0.5

/** A shortened run of tagged tokens, before it becomes text. */
export interface Cut {
  tokens: Token[]
  quality: number
  /** It leaves out a main clause before it ("Sort is allowed to…, | and this change made it faster"). */
  skipsMain?: boolean
}
