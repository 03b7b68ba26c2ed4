import type { Root } from 'hast'
import { select, selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import type { VFile } from 'vfile'
import type { ArticleMatter } from '../matter.ts'

/** `<meta>` contents by lowercase `name` or `property`, in page order. */
type Metas = Map<string, string[]>

/**
 * Rehype plugin: read title, author, description and tags from the page's `<head>`
 * (`og:*`, `article:*`, `author`, `description`, `keywords`) into `file.data.importedMatter`.
 * The title is provisional: the title step prefers a matching `<h1>`.
 */
export default function rehypeReadMeta() {
  return (tree: Root, file: VFile) => {
    const metas = collectMetas(tree)
    const first = (key: string) => metas.get(key)?.[0]
    file.data.importedMatter = {
      title: first('og:title') ?? first('twitter:title') ?? documentTitle(tree, first('og:site_name')) ?? headingOfPage(tree),
      author: metaAuthor(metas) ?? visibleAuthor(tree),
      description: withoutCaption(first('description') ?? first('og:description') ?? first('twitter:description')),
      tags: tags(metas),
    } satisfies ArticleMatter
  }
}

/**
 * A description without the WordPress caption a site made it from ("[caption id="" …] © 2007
 * Image Editor, Flickr | CC-BY[/caption] As the LHC gears up, …"): the credit is no summary.
 */
function withoutCaption(description: string | undefined): string | undefined {
  const text = description?.replace(/\[caption\b[^\]]{0,400}\][\s\S]{0,1000}?\[\/caption\]\s*/giu, '').trim()
  return text || undefined
}

function collectMetas(tree: Root): Metas {
  const metas: Metas = new Map()
  for (const element of selectAll('meta', tree)) {
    const key = String(element.properties.name ?? element.properties.property ?? '').toLowerCase()
    const content = clean(String(element.properties.content ?? ''))
    if (key && content) metas.set(key, [...(metas.get(key) ?? []), content])
  }
  return metas
}

/**
 * A page with no `<title>` (Distill's "Research Debt", review 107, its `<h1>` inside `<d-title>`, outside the article the
 * page's content is read from): the title its front matter gives (Distill's `<d-front-matter>` JSON), or its only `<h1>`.
 */
function headingOfPage(tree: Root): string | undefined {
  const matter = select('d-front-matter script', tree)
  if (matter) {
    try {
      const title = (JSON.parse(toText(matter)) as { title?: unknown }).title
      if (typeof title === 'string' && clean(title)) return clean(title)
    } catch {
      // (Not JSON: the page's heading says it.)
    }
  }
  const headings = selectAll('h1', tree)
  return headings.length === 1 ? clean(toText(headings[0])) || undefined : undefined
}

/** A name of three words at most: a site's section ("Code", "Blog", "Release notes") after a page's title. */
const sectionName = /^\s*\S+(?:\s+\S+){0,2}\s*$/u

/** `<title>`, without a trailing ` | Site name` (or ` — Site name` when the site name is known). */
function documentTitle(tree: Root, site: string | undefined): string | undefined {
  const element = select('title', tree)
  if (!element) return undefined
  let title = clean(toText(element))
  for (const separator of [' | ', ' — ', ' – ', ' - ', ' · ']) {
    const cut = title.lastIndexOf(separator)
    const suffix = title.slice(cut + separator.length)
    if (cut > 0 && (separator === ' | ' || suffix === site)) title = title.slice(0, cut).trim()
  }
  // "Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault": the site's section too.
  for (let cut = title.lastIndexOf(' | '); cut > 0 && sectionName.test(title.slice(cut + 3)); cut = title.lastIndexOf(' | '))
    title = title.slice(0, cut).trim()
  return title || undefined
}

/** `author` or `article:author` meta; a profile URL is not a name. */
function metaAuthor(metas: Metas): string | undefined {
  return [...(metas.get('author') ?? []), ...(metas.get('article:author') ?? [])].find((value) => !/^https?:\/\//iu.test(value))
}

/** `rel=author` link or `itemprop=author` element, as a reader sees it. */
function visibleAuthor(tree: Root): string | undefined {
  const element = select('[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]', tree)
  if (!element) return undefined
  const text = clean(element.tagName === 'meta' ? String(element.properties.content ?? '') : toText(element))
  // ("Nicolas Perriault —": the dash before the byline's date, which is an element of its own.)
  const name = text.replace(/^by\s+/iu, '').replace(/[\s—–|·,:-]+$/u, '')
  return name && name.length <= 60 ? name : undefined
}

/** `article:tag` metas, else the comma-separated `keywords`. */
function tags(metas: Metas): string[] | undefined {
  const list = metas.get('article:tag') ?? metas.get('keywords')?.[0]?.split(',').map(clean).filter(Boolean) ?? []
  return list.length > 0 ? [...new Set(list)] : undefined
}

function clean(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}
