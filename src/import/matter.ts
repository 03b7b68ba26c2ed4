import type { Yaml } from 'mdast'
import type { Position } from 'unist'
import YAML from 'yaml'

declare module 'vfile' {
  interface DataMap {
    /** What the HTML importer read from the page's metadata and title. */
    importedMatter: ArticleMatter
    /** The YAML frontmatter a page written as HTML source opens with (a Jekyll `.html` post), as written. */
    writtenMatter: string
    /** Where the page's title heading is, for the `#` title written from it. */
    importedTitlePosition: Position
  }
}

/** What an importer learned about the article, written as frontmatter. Every field is optional. */
export interface ArticleMatter {
  /** Article title, also written as the `#` heading. */
  title?: string
  /** Author's name as shown on the page. */
  author?: string
  /** When the post was published, `YYYY-MM-DD`. */
  date?: string
  /** One-paragraph summary (the standfirst, `description` meta). */
  description?: string
  /** Topic tags, in page order, without duplicates. */
  tags?: string[]
  /** Reading time as written on the page, e.g. `7 min read`. */
  readingTime?: string
}

/** Frontmatter keys in the order they are written, so output is deterministic. */
const keys = ['title', 'author', 'date', 'description', 'tags', 'readingTime'] as const

/** True when `matter` has at least one non-empty field. */
export function hasMatter(matter: ArticleMatter): boolean {
  return keys.some((key) => {
    const value = matter[key]
    return Array.isArray(value) ? value.length > 0 : Boolean(value)
  })
}

/**
 * An mdast `yaml` node for `matter`: fixed key order, double-quoted strings, no line folding,
 * matching how hand-written lectern articles look.
 */
export function matterToYaml(matter: ArticleMatter): Yaml {
  const ordered: Record<string, string | string[]> = {}
  for (const key of keys) {
    const value = matter[key]
    if (Array.isArray(value) ? value.length > 0 : value) ordered[key] = value as string | string[]
  }
  const text = new YAML.Document(ordered).toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    indentSeq: true,
  })
  return { type: 'yaml', value: text.replace(/\n$/, '') }
}
