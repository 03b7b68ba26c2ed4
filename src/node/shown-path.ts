import { isAbsolute, relative } from 'node:path'

/** A path as the user would write it: relative to the working folder when inside it. */
export function shown(path: string): string {
  const inside = relative(process.cwd(), path)
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : inside
}
