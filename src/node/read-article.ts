import { lstat, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { VFile } from 'vfile'
import { LecternError } from '../core/errors.ts'

/**
 * Read an article from disk as markdown in a VFile: plain text (`.txt`) and saved web
 * pages (`.html`) go through the import step, with its warnings kept on the file.
 */
export async function readArticle(path: string): Promise<VFile> {
  const source = await readSource(path)
  const folderName = basename(dirname(resolve(path)))
  if (folderName) source.data.folderName = folderName
  if (/\.(md|markdown|mdx|qmd|rmd|rmarkdown|lr)$/i.test(path)) {
    const authors = /^\s*authors?\s*:/m.test(String(source.value)) ? await siteAuthors(dirname(resolve(path))) : undefined
    if (authors) source.data.siteAuthors = authors
    return source
  }
  // The importers (HTML parsing and all) load only for the articles that need them.
  const { importArticle } = await import('../import/index.ts')
  const imported = importArticle(String(source.value), { path })
  const file = new VFile({ path, value: String(imported.value) })
  if (folderName) file.data.folderName = folderName
  file.messages.push(...imported.messages)
  // Warnings name their place in the page, not in the markdown made from it.
  if (imported.data.sourcePlaces) file.data.sourcePlaces = imported.data.sourcePlaces
  return file
}

/** How large a site's list of authors may be: a list of names, never megabytes. */
const maxAuthorsFile = 256 * 1024

/**
 * The names of a Docusaurus blog's authors by their keys, from the `authors.yml` (or `.yaml`) in the article's own
 * folder, where the site keeps it; undefined where there is none, or it is no such list. Only that folder is read.
 */
async function siteAuthors(folder: string): Promise<Record<string, string> | undefined> {
  for (const name of ['authors.yml', 'authors.yaml']) {
    const path = join(folder, name)
    // (The file itself, not one a link there points at elsewhere: `lstat` does not follow it.)
    const info = await lstat(path).catch(() => undefined)
    if (!info?.isFile() || info.size > maxAuthorsFile) continue
    let list: unknown
    try {
      list = parseYaml(await readFile(path, 'utf8'))
    } catch {
      return undefined
    }
    if (typeof list !== 'object' || list === null || Array.isArray(list)) return undefined
    const names: Record<string, string> = {}
    for (const [key, entry] of Object.entries(list)) {
      const named = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).name : undefined
      if (typeof named === 'string' && named.trim()) names[key] = named.trim()
    }
    return Object.keys(names).length > 0 ? names : undefined
  }
  return undefined
}

/**
 * Read a text file as it is, with clear errors for what people get wrong: a missing
 * file, a directory, a binary or non-UTF-8 file.
 */
export async function readSource(path: string): Promise<VFile> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new LecternError('no such file', { file: path })
    if (error.code === 'EACCES') throw new LecternError('permission denied', { file: path })
    throw new LecternError(`cannot read the file (${error.code})`, { file: path, cause: error })
  })
  if (info.isDirectory()) throw new LecternError('is a directory; give the path of an article file (.md, .txt or .html)', { file: path })
  const bytes = await readFile(path)
  return new VFile({ path, value: decodeText(bytes, path) })
}

/** Decode UTF-8 text, refusing binary data and other encodings instead of garbling them. */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) throw new LecternError('is a binary file, not a text article', { file: path })
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new LecternError('is not UTF-8 text; save it as UTF-8 and try again', { file: path })
  }
}
