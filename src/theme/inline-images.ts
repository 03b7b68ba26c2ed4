import { extname } from 'node:path'

/** Media types of the images a theme may point a custom property at. */
const imageTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
}

/** A data: URL for an image file's bytes, named by its extension. */
export function dataUrl(path: string, bytes: Uint8Array): string | undefined {
  const type = imageTypes[extname(path).toLowerCase()]
  return type && `data:${type};base64,${Buffer.from(bytes).toString('base64')}`
}

/**
 * Replace relative `url()`s inside custom property declarations with data: URLs.
 * Why: a browser resolves a `url()` held in a custom property against the stylesheet that
 * *uses* the property (lectern's base styles in `assets/`), not the theme's, so
 * `--lectern-logo: url('logo.svg')` would miss the theme folder in a built deck. Other
 * `url()`s (an `@font-face` `src`) resolve against the theme's own stylesheet and stay.
 * `read` returns a file's bytes by its path relative to the theme's stylesheet, or nothing.
 */
export async function inlineCustomPropertyImages(
  css: string,
  read: (relativePath: string) => Promise<Uint8Array | undefined>,
): Promise<{ css: string; missing: string[] }> {
  const missing: string[] = []
  const declarations = /(--[\w-]+\s*:)([^;{}]*)/g
  const urls = /url\(\s*(?:'([^']*)'|"([^"]*)"|([^'")\s]+))\s*\)/g
  let out = ''
  let last = 0
  for (const match of css.matchAll(declarations)) {
    const [whole, name, value] = match
    let replaced = ''
    let at = 0
    for (const url of value.matchAll(urls)) {
      const target = url[1] ?? url[2] ?? url[3]
      replaced += value.slice(at, url.index)
      at = url.index! + url[0].length
      if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(target)) {
        replaced += url[0]
        continue
      }
      const bytes = await read(target.replace(/[?#].*$/, ''))
      const inline = bytes && dataUrl(target, bytes)
      if (!inline) missing.push(target)
      replaced += inline ? `url("${inline}")` : url[0]
    }
    replaced += value.slice(at)
    out += css.slice(last, match.index) + name + replaced
    last = match.index! + whole.length
  }
  return { css: out + css.slice(last), missing }
}
