import { isAbsolute, relative } from 'node:path'

/** A path as the user would write it: relative to the working folder, unless the absolute path is shorter. */
export function shown(path: string): string {
  const fromHere = relative(process.cwd(), path)
  if (fromHere === '') return '.'
  return isAbsolute(fromHere) || fromHere.length > path.length ? path : fromHere
}
