import { select } from 'hast-util-select'
import type { Element, Root } from 'hast'
import { EXIT, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { findShortLine } from './short-line.ts'

/** Metas that carry when the post was published (Open Graph, Dublin Core, Parsely, plain `date`). */
const dateMetas = ['article:published_time', 'og:published_time', 'datepublished', 'dc.date', 'dc.date.issued', 'date', 'parsely-pub-date']
/** "Posted on August 27, 2015", "Published: 3 March 2021", "Written on 2019-05-01": a line that only dates the post. */
const datedLine = /^(?:posted|published|written)(?:\s+on)?\s*:?\s+(.{1,40})$/iu

/**
 * Rehype plugin: keep the page's publication date as `importedMatter.date` (`YYYY-MM-DD`), from
 * its metadata or a `<time datetime>`, else from a short "Posted on …" line, which is then taken
 * out of the page so it is not read as prose (the title slide shows the date).
 */
export default function rehypePublishedDate() {
  return (tree: Root, file: VFile) => {
    const line = findShortLine(tree, ['span', 'b', 'strong', 'em', 'time'], (text, element) => {
      const written = datedLine.exec(text)?.[1]
      return written ? (timeOf(element) ?? dayOf(written)) : undefined
    })
    if (line) line.element.children = []
    const date = metaDate(tree) ?? line?.value ?? headerDate(tree)
    if (date) file.data.importedMatter = { ...file.data.importedMatter, date }
  }
}

/**
 * The `<time datetime>` in the post's header, beside its title (`<time>Dec 26, 2024</time> /
 * tags`): a line too long to be the short dated line, but the post's date all the same.
 */
function headerDate(tree: Root): string | undefined {
  const time = select('article header time[datetime], header time[datetime]', tree)
  return time ? dayOf(String(time.properties.dateTime)) : undefined
}

function metaDate(tree: Root): string | undefined {
  const found = new Map<string, string>()
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'meta') return
    const key = String(node.properties.name ?? node.properties.property ?? node.properties.itemProp ?? '').toLowerCase()
    if (dateMetas.includes(key) && !found.has(key)) found.set(key, String(node.properties.content ?? ''))
  })
  for (const key of dateMetas) {
    const day = found.has(key) ? dayOf(found.get(key) ?? '') : undefined
    if (day) return day
  }
  return undefined
}

function timeOf(node: Element): string | undefined {
  let day: string | undefined
  visit(node, 'element', (child) => {
    if (child.tagName !== 'time' || child.properties.dateTime === undefined) return undefined
    day = dayOf(String(child.properties.dateTime))
    return EXIT
  })
  return day
}

/** `2015-08-27T…` or a date as pages write it ("August 27, 2015", "27 Aug 2015") as `YYYY-MM-DD`. */
export function dayOf(written: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(written.trim())
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  // Only a date with a year, a month name and a day: V8's parser takes far more than that.
  if (!/\b\d{4}\b/.test(written) || !/\p{L}{3,}/u.test(written) || !/\b\d{1,2}\b/.test(written)) return undefined
  const parsed = new Date(written.replace(/(\d)(?:st|nd|rd|th)\b/giu, '$1'))
  if (Number.isNaN(parsed.getTime())) return undefined
  // Parsed as local midnight, so read back in local time: the day as written, in any time zone.
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`
}
