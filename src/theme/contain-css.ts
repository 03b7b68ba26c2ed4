import { extname, posix } from 'node:path'

/** Media types of the files a theme may use: images and fonts. */
const mediaTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
}

/** A data: URL for an image or font file's bytes, named by its extension. */
export function dataUrl(path: string, bytes: Uint8Array): string | undefined {
  const type = mediaTypes[extname(path).toLowerCase()]
  return type && `data:${type};base64,${Buffer.from(bytes).toString('base64')}`
}

/**
 * Reads a file of the theme by its path relative to the theme's folder (`/`-separated,
 * normalized): its bytes, or nothing when it is missing or outside the folder.
 */
export type ThemeFileReader = (path: string) => Promise<Uint8Array | undefined>

/** A stylesheet that needs no other file, and what was left out of it. */
export interface ContainedCss {
  css: string
  /** One line per URL that was removed: remote, outside the theme's folder, missing, or not an image, font or stylesheet. */
  problems: string[]
}

// Each pattern first matches a comment, which is kept as it is: a theme's comments may show `url('logo.svg')` as an example.
const importRule = /\/\*[\s\S]*?(?:\*\/|$)|@import\s+(?:url\(\s*(?:'([^']*)'|"([^"]*)"|([^'")\s]*))\s*\)|'([^']*)'|"([^"]*)")([^;]*);?/gi
const urlToken = /\/\*[\s\S]*?(?:\*\/|$)|url\(\s*(?:'([^']*)'|"([^"]*)"|([^'")\s]*))\s*\)/gi

/**
 * A theme's stylesheet made self-contained: local `@import`s inlined, and every `url()` to a
 * file of the theme's folder embedded as a data: URL. Remote URLs (`http:`, `//host`) and
 * paths that leave the theme's folder are removed, each with a problem line: a deck loads
 * nothing from the network and ships no file from outside the article's and theme's folders.
 * Why embed rather than copy: the build then ships exactly what the theme uses, and the dev
 * server serves the same stylesheet without reading any file itself. `cssPath` is the
 * stylesheet's path relative to the theme's folder.
 */
export async function containCss(
  css: string,
  cssPath: string,
  read: ThemeFileReader,
  seen = new Set<string>([cssPath]),
): Promise<ContainedCss> {
  const problems: string[] = []
  const base = posix.dirname(cssPath)
  let out = ''
  let last = 0
  for (const match of css.matchAll(importRule)) {
    if (match[0].startsWith('/*')) continue
    const target = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? ''
    const conditions = (match[6] ?? '').trim()
    out += css.slice(last, match.index)
    last = match.index! + match[0].length
    const path = localPath(target, base)
    if (!path || extname(path).toLowerCase() !== '.css' || seen.has(path)) {
      problems.push(`@import “${target}” ${why(target, path, seen)}; removed`)
      continue
    }
    const bytes = await read(path)
    if (!bytes) {
      problems.push(`@import “${target}” is missing or outside the theme's folder; removed`)
      continue
    }
    const inner = await containCss(new TextDecoder().decode(bytes), path, read, new Set([...seen, path]))
    problems.push(...inner.problems)
    out += conditions ? `@media ${conditions} {\n${inner.css}\n}` : inner.css
  }
  out += css.slice(last)
  const urls = await embedUrls(out, base, read)
  return { css: urls.css, problems: [...problems, ...urls.problems] }
}

async function embedUrls(css: string, base: string, read: ThemeFileReader): Promise<ContainedCss> {
  const problems: string[] = []
  let out = ''
  let last = 0
  for (const match of css.matchAll(urlToken)) {
    if (match[0].startsWith('/*')) continue
    const target = match[1] ?? match[2] ?? match[3] ?? ''
    out += css.slice(last, match.index)
    last = match.index! + match[0].length
    if (/^(data:|#)/i.test(target.trim())) {
      out += match[0]
      continue
    }
    const path = localPath(target, base)
    const bytes = path ? await read(path) : undefined
    const inline = bytes && dataUrl(path!, bytes)
    if (inline) out += `url("${inline}")`
    else {
      problems.push(
        `url(${target}) ${path ? (bytes ? 'is not an image or font' : 'is missing or outside the theme’s folder') : why(target, path)}; removed`,
      )
      out += 'none'
    }
  }
  return { css: out + css.slice(last), problems }
}

/** A URL's path inside the theme's folder, or nothing for a remote URL or a path that leaves it. */
function localPath(target: string, base: string): string | undefined {
  const url = target.trim()
  if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\')) return undefined
  let decoded: string
  try {
    decoded = decodeURI(url.replace(/[?#].*$/, ''))
  } catch {
    return undefined
  }
  const path = posix.normalize(posix.join(base, decoded.replace(/\\/g, '/')))
  return path === '..' || path.startsWith('../') || path.startsWith('/') ? undefined : path
}

function why(target: string, path: string | undefined, seen?: Set<string>): string {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target.trim())) return 'is remote: a deck loads nothing from the network'
  if (!path) return 'is outside the theme’s folder'
  if (seen?.has(path)) return 'imports itself'
  return 'is not a stylesheet'
}
