import type { DeckOptions } from '../core/options.ts'
import { bundledFont, bundledFontNames } from './fonts.ts'

/** CSS for an article's small theme tweaks, and what could not be applied. */
export interface ThemeTweaks {
  /** Declarations for `:root`, empty when the article tweaks nothing. */
  declarations: string[]
  /** One line per value that was ignored or may not show as intended. */
  problems: string[]
}

/**
 * Turn the frontmatter tweaks (`accent`, `logo`, `footer`, `fonts`) into custom properties
 * that win over the theme. Pure. Values go into a `<style>` element, so anything that could
 * end the declaration or the element is refused or escaped.
 * `logoUrl` is the logo as the page should load it (the build passes a data: URL, so the
 * logo shows whichever stylesheet reads the property); default: `options.logo` as written.
 */
export function themeTweaks(options: Pick<DeckOptions, 'accent' | 'logo' | 'footer' | 'fonts'>, logoUrl?: string): ThemeTweaks {
  const declarations: string[] = []
  const problems: string[] = []
  if (options.accent !== undefined) {
    if (isSafeColor(options.accent)) declarations.push(`--lectern-accent: ${options.accent}`, `--r-link-color: ${options.accent}`)
    else problems.push(`accent “${options.accent}” is not a CSS colour such as #d9480f or rgb(217 72 15); ignored`)
  }
  if (options.logo !== undefined) {
    const url = logoUrl ?? options.logo
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('data:')) {
      problems.push(`logo “${options.logo}” is not a local file; a deck loads nothing from the network, so it is ignored`)
    } else declarations.push(`--lectern-logo: url(${cssString(url)})`, `--lectern-title-logo: url(${cssString(url)})`)
  }
  if (options.footer !== undefined) declarations.push(`--lectern-footer: ${cssString(options.footer)}`)
  if (options.fonts !== undefined) {
    const fonts = typeof options.fonts === 'string' ? { body: options.fonts, heading: options.fonts } : options.fonts
    const properties = { body: '--r-main-font', heading: '--r-heading-font', code: '--r-code-font' } as const
    for (const [role, property] of Object.entries(properties) as Array<[keyof typeof properties, string]>) {
      const name = fonts[role]
      if (!name) continue
      const bundled = bundledFont(name)
      if (!bundled) {
        problems.push(
          `font “${name}” is not bundled with lectern, so it shows only where it is installed; bundled: ${bundledFontNames.join(', ')}`,
        )
      }
      // The script fonts go before the generic family, which on many systems draws Arabic or Hebrew in a font of its own.
      const generic = bundled?.fallback ?? (role === 'code' ? 'ui-monospace, monospace' : 'system-ui, sans-serif')
      const family = `${cssString(bundled?.family ?? name)}, var(--lectern-script-fonts), ${generic}`
      declarations.push(`${property}: ${family}`)
    }
  }
  return { declarations, problems }
}

/** The `<style>` body for the tweaks, or nothing. */
export function themeTweaksCss(tweaks: ThemeTweaks): string {
  return tweaks.declarations.length === 0 ? '' : `:root { ${tweaks.declarations.join('; ')}; }`
}

/** Colours as CSS writes them: a hex value, a name, or a function of numbers (nothing that could end a declaration). */
export function isSafeColor(value: string): boolean {
  return /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\([0-9a-z.,%\s/+-]*\))$/i.test(value.trim())
}

/** A quoted CSS string; escapes quotes, backslashes, line breaks and `<` (no `</style>`). */
export function cssString(value: string): string {
  return `"${value.replace(/["\\<>\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`
}
