import { themeProperties, type ThemePropertyGroup } from './properties.ts'

/**
 * The stylesheet of a theme that sets every property to lectern's default, each with its
 * documentation as a comment: the default theme's own `theme.css`, and the starting point
 * `lectern theme new` writes. Pure.
 */
export function themeSource(name: string, summary: string): string {
  const groups = new Map<ThemePropertyGroup, string[]>()
  for (const property of themeProperties) {
    const lines = groups.get(property.group) ?? []
    lines.push(`  /* ${property.doc.replace(/\*\//g, '* /')} */`, `  ${property.name}: ${property.default};`)
    groups.set(property.group, lines)
  }
  const body = [...groups].map(([group, lines]) => [`  /* ── ${group} ── */`, ...lines].join('\n')).join('\n\n')
  return `/*
 * ${name}: ${summary}
 *
 * A lectern theme only sets custom properties; lectern's base styles read them. This file
 * loads after the base styles, so its values win; delete a line to keep lectern's default.
 * Every property is documented in lectern's themes/README.md. Fonts lectern bundles:
 * 'Inter', 'DM Sans', 'Bricolage Grotesque', 'Space Grotesk', 'JetBrains Mono'. Put images
 * (a logo) beside this file and refer to them relatively: url('logo.svg').
 */
:root {
${body}
}
`
}
