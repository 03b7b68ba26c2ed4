import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'

/**
 * What is wrong with the deck in `dir`, as a browser opening it would find it: no index.html,
 * one that is not lectern's whole page, or a file it loads (a script, a stylesheet, a picture,
 * a font or image a stylesheet names) that is missing. Empty for a whole deck.
 */
export function deckProblems(dir: string): string[] {
  const index = join(dir, 'index.html')
  if (!existsSync(index)) return ['no index.html']
  const html = readFileSync(index, 'utf8')
  if (!html.trimEnd().endsWith('</html>')) return ['index.html is cut short']
  const tree = fromHtml(html)
  if (selectAll('meta[name=generator][content=lectern]', tree).length !== 1) return ['index.html is not a lectern deck']
  const problems: string[] = []
  const loaded = selectAll('script[src], link[href], img[src]', tree).map((element) =>
    String(element.properties.src ?? element.properties.href),
  )
  for (const url of loaded.filter(isLocal)) {
    const path = join(dir, decodeURI(url.replace(/[?#].*$/, '')))
    if (!existsSync(path)) {
      problems.push(`missing ${url}`)
      continue
    }
    if (!path.endsWith('.css')) continue
    for (const match of readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      if (isLocal(match[1]) && !existsSync(join(dirname(path), match[1].replace(/[?#].*$/, ''))))
        problems.push(`missing ${match[1]} (named by ${url})`)
    }
  }
  return problems
}

function isLocal(url: string): boolean {
  return !/^(?:[a-z]+:|\/\/|#)/i.test(url)
}

/** Every file under `dir`, relative to it, with `/`. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

/** A 1×1 PNG: a picture that costs nothing to copy, for decks with hundreds of them. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
