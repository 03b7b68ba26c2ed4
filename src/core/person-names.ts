/*
 * People's names as bylines write them, for the frontmatter's authors (meta.ts) and the key points'
 * bylines (key-points/asides.ts): a module of its own, which imports nothing, so both can use it.
 */

/** The particles of family names ("van", "von", "de"…): a closed class. */
const particles = 'van|von|der|den|de|da|di|del|la|le|du'

/** A particle of a family name, alone: "van" in "guido-van-rossum". */
export const nameParticle = new RegExp(`^(?:${particles})$`)

const personName = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:${particles})\\s+)?\\p{Lu}[\\p{L}.'’-]*){1,3}$`, 'u')

/**
 * Whether a line is a person's name as a byline writes it: two to four capitalised words, with
 * the particles of family names ("Russ Cox", "Guido van Rossum").
 */
export function isPersonName(line: string): boolean {
  return personName.test(line)
}
