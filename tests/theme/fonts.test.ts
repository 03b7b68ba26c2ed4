import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { families, fontsCss } from '../../scripts/fonts.ts'
import { bundledFonts } from '../../src/theme/fonts.ts'

describe('the bundled fonts', () => {
  it('should be what scripts/fonts.ts writes from the installed packages (npm run fonts)', () => {
    expect(readFileSync(new URL('../../src/client/fonts.css', import.meta.url), 'utf8')).toBe(fontsCss())
  })

  it('should be static faces, woff2 only, for every family a theme or the frontmatter may name', () => {
    const css = fontsCss()
    expect(css).not.toMatch(/\.woff\)|fontsource-variable|wght/)
    const declared = new Set([...css.matchAll(/font-family: '([^']+)'/g)].map((match) => match[1]))
    for (const { family } of Object.values(bundledFonts)) {
      expect(declared).toContain(family)
      expect(declared).toContain(`${family} Variable`)
    }
    expect(families.map((font) => font.family).sort()).toEqual(
      Object.values(bundledFonts)
        .map((font) => font.family)
        .sort(),
    )
  })
})
