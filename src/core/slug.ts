/**
 * The slug of a text: lowercase words (accents dropped, any script kept) joined by dashes,
 * at most 60 characters; empty when the text has no letter or digit. Pure.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'"“”]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/**
 * A slugger for slide ids: {@link slugify}'s slugs, unique within one deck (`intro`,
 * `intro-2`, …). One per render, so rendering stays re-entrant.
 */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>()
  return function slug(text) {
    const base = slugify(text) || 'slide'
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count + 1}`
  }
}
