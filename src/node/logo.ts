import { readFile } from 'node:fs/promises'
import type { RenderedDeck } from '../core/index.ts'
import { LecternError } from '../core/errors.ts'
import { dataUrl } from '../theme/contain-css.ts'
import { fileInside } from './inside.ts'

/** The frontmatter logo as a data: URL (it then shows whichever stylesheet reads it), if any. */
export async function readLogo({ deck, file }: RenderedDeck, articleDir: string): Promise<string | undefined> {
  const logo = deck.options.logo
  if (logo === undefined || /^[a-z][a-z0-9+.-]*:/i.test(logo)) return undefined
  const place = { file: file.path, line: file.data.frontmatterPosition?.start.line }
  // Like the article's images, the logo comes from its folder: links followed, then checked.
  const path = await fileInside(articleDir, logo)
  const bytes = path && (await readFile(path).catch(() => undefined))
  if (!bytes)
    throw new LecternError(`logo not found in the article's folder: ${logo} (a path relative to the article, inside its folder)`, place)
  const url = dataUrl(logo, bytes)
  if (!url) throw new LecternError(`logo ${logo} is not an image lectern can embed (.svg, .png, .jpg, .webp, .gif, .avif)`, place)
  return url
}
