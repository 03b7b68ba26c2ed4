import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { RenderedDeck } from '../core/index.ts'
import { LecternError } from '../core/errors.ts'
import { dataUrl } from '../theme/inline-images.ts'

/** The frontmatter logo as a data: URL (it then shows whichever stylesheet reads it), if any. */
export async function readLogo({ deck, file }: RenderedDeck, articleDir: string): Promise<string | undefined> {
  const logo = deck.options.logo
  if (logo === undefined || /^[a-z][a-z0-9+.-]*:/i.test(logo)) return undefined
  const place = { file: file.path, line: file.data.frontmatterPosition?.start.line }
  const bytes = await readFile(resolve(articleDir, logo)).catch(() => undefined)
  if (!bytes) throw new LecternError(`logo not found: ${logo} (a path relative to the article)`, place)
  const url = dataUrl(logo, bytes)
  if (!url) throw new LecternError(`logo ${logo} is not an image lectern can embed (.svg, .png, .jpg, .webp, .gif, .avif)`, place)
  return url
}

