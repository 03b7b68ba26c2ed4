import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
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
  if (/\.(md|markdown|mdx|qmd|rmd|rmarkdown)$/i.test(path)) return source
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
