/**
 * The font families lectern bundles (see src/client/fonts.css), by the names an article's
 * `fonts:` frontmatter may use. The name Fontsource's variable packages gave each family,
 * `<Name> Variable`, is still understood, here and in themes.
 */
export const bundledFonts: Record<string, { family: string; fallback: string }> = {
  inter: { family: 'Inter', fallback: 'system-ui, sans-serif' },
  'dm sans': { family: 'DM Sans', fallback: 'system-ui, sans-serif' },
  'bricolage grotesque': { family: 'Bricolage Grotesque', fallback: 'system-ui, sans-serif' },
  'space grotesk': { family: 'Space Grotesk', fallback: 'system-ui, sans-serif' },
  'jetbrains mono': { family: 'JetBrains Mono', fallback: 'ui-monospace, monospace' },
}

/** Names to suggest in messages: `Inter, DM Sans, …`. */
export const bundledFontNames = ['Inter', 'DM Sans', 'Bricolage Grotesque', 'Space Grotesk', 'JetBrains Mono']

/** The bundled family for a name a person typed (`inter`, `Inter`, `Inter Variable`), if any. */
export function bundledFont(name: string): { family: string; fallback: string } | undefined {
  return bundledFonts[
    name
      .trim()
      .toLowerCase()
      .replace(/\s+variable$/, '')
      .replace(/\s+/g, ' ')
  ]
}
