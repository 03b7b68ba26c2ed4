import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'

/**
 * The real path of `path` (links followed) when it is a file inside `folder` (links
 * followed too), else nothing. Why real paths: a link inside an article's folder may point
 * anywhere, `/etc/passwd` included.
 */
export async function fileInside(folder: string, path: string): Promise<string | undefined> {
  const [realFolder, realFile] = await Promise.all([
    realpath(folder).catch(() => undefined),
    realpath(resolve(folder, path)).catch(() => undefined),
  ])
  if (!realFolder || !realFile || !isInside(realFolder, realFile)) return undefined
  return (await stat(realFile).catch(() => undefined))?.isFile() ? realFile : undefined
}

/** Whether `path` is `folder` or lies under it (both absolute, already real). */
export function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path)
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))
}
