/**
 * A slugger for slide ids: lowercase words joined by dashes, unique within one deck
 * (`intro`, `intro-2`, …). One per render, so rendering stays re-entrant.
 */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>()
  return function slug(text) {
    const base =
      text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[’'"“”]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, '') || 'slide'
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count + 1}`
  }
}
