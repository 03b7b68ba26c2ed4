import type { VFile } from 'vfile'
import { placeInSource } from '../core/source-places.ts'
import type { UnavailableImage } from './plan-images.ts'

/**
 * One warning for all the images a deck cannot show, each with its line in the file
 * the user gave: for an imported page, the line in the page itself (`sourcePlaces`), not
 * in the markdown made from it.
 */
export function warnUnavailableImages(file: VFile, unavailable: UnavailableImage[]): void {
  if (unavailable.length === 0) return
  const places = file.data.sourcePlaces
  const lines = unavailable.map(({ asset, why }) => {
    const start = asset.position?.start
    const line = start && places ? placeInSource(places, start)?.line : start?.line
    return { line, text: `${line === undefined ? '' : `line ${line}: `}${asset.url} (${why})` }
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
  file.message(`${count} cannot be shown: ${shown}:\n` + lines.map((entry) => `  ${entry.text}`).join('\n'), {
    place: first === undefined ? undefined : { line: first, column: 1 },
    ruleId: 'image-unavailable',
    source: 'lectern',
  })
}
