import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { containCss, type ContainedCss } from '../theme/contain-css.ts'
import { fileInside } from './inside.ts'
import type { ResolvedTheme } from './resolve-theme.ts'

/**
 * A theme's stylesheet as a deck ships it: self-contained, with only the files of the
 * theme's own folder embedded (see `containCss`). The build writes it, the dev server serves it.
 */
export async function themeCss(theme: ResolvedTheme): Promise<ContainedCss> {
  const stylesheet = await fileInside(theme.dir, basename(theme.css))
  if (!stylesheet) throw new LecternError(`theme ${theme.name}: ${theme.css} is a link to a file outside its folder`)
  const contained = await containCss(await readFile(stylesheet, 'utf8'), basename(theme.css), async (path) => {
    const file = await fileInside(theme.dir, path)
    return file ? readFile(file) : undefined
  })
  return { css: contained.css, problems: contained.problems.map((problem) => `theme ${theme.name}: ${problem}`) }
}
