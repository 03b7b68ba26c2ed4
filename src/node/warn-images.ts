import type { VFile } from 'vfile'
import { placeInSource } from '../core/source-places.ts'
import { siteRootAdvice, siteRootMiss, type UnavailableImage } from './plan-images.ts'

/**
 * One warning for all the images a deck cannot show, each with its line in the file
 * the user gave: for an imported page, the line in the page itself (`sourcePlaces`), not
 * in the markdown made from it.
 */
export function warnUnavailableImages(file: VFile, unavailable: UnavailableImage[]): void {
  if (unavailable.length === 0) return
  const places = file.data.sourcePlaces
  // ("…55 images cannot be shown", a talk's slides as site-root pictures, review 97: each line named the six
  // places it was looked for and what to do, 28 kB of one cause.) Where several site-root paths are not found,
  // each says so in a few words, and where they were looked for and what to do is said once, under the list.
  const siteRoot = unavailable.filter(({ why }) => why.startsWith(siteRootMiss)).length > 1
  const lines = unavailable.map(({ asset, why }) => {
    const start = asset.position?.start
    const line = start && places ? placeInSource(places, start)?.line : start?.line
    const reason = siteRoot && why.startsWith(siteRootMiss) ? 'a site-root path, not found' : why
    return { line, text: `${line === undefined ? '' : `line ${line}: `}${asset.url} (${reason})` }
  })
  lines.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))
  const count = unavailable.length === 1 ? 'an image' : `${unavailable.length} images`
  const first = lines[0].line
  // A file of the article's that is not there is left out (its alt text a caption where it
  // describes the picture); a remote one is a caption line: its alt text, else its file or host (see links.ts).
  const remote = unavailable.filter(({ asset }) => asset.remote).length
  const shown =
    remote === 0
      ? 'left out, with the alt text as a caption where it says what the picture shows'
      : remote === unavailable.length
        ? 'shown as a caption line (its alt text, else its file or host)'
        : 'left out (a remote one: a caption line), with the alt text as a caption where it says what the picture shows'
  const footer = siteRoot ? `\n  (${siteRootAdvice})` : ''
  file.message(`${count} cannot be shown: ${shown}:\n` + lines.map((entry) => `  ${entry.text}`).join('\n') + footer, {
    place: first === undefined ? undefined : { line: first, column: 1 },
    ruleId: 'image-unavailable',
    source: 'lectern',
  })
}
