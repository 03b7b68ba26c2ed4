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
    lines.push(`  /* ${property.doc.replace(/\*\//g, '* /')} */`, `  ${property.name}: ${property.lectern ?? property.default};`)
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

/** Reveal's four colours, from which a theme's other colours follow (see base.css). */
export interface FourColours {
  background?: string
  text?: string
  headings?: string
  accent?: string
}

/** The property each of the four colours sets. */
export const fourColourProperties = {
  background: '--r-background-color',
  text: '--r-main-color',
  headings: '--r-heading-color',
  accent: '--r-link-color',
} as const

/** A theme that sets only Reveal's four colours (those given); lectern derives the rest. Pure. */
export function fourColourThemeSource(name: string, colours: FourColours): string {
  const lines = (Object.keys(fourColourProperties) as Array<keyof FourColours>)
    .filter((key) => colours[key] !== undefined)
    .map((key) => `  ${fourColourProperties[key]}: ${colours[key]};`)
  return `/*
 * ${name}: a lectern theme of four colours. Secondary text, code, notes and the accent follow
 * from them (see lectern's themes/README.md, "A theme in four lines"); set any other property
 * listed there to override what follows.
 */
:root {
${lines.join('\n')}
}
`
}
