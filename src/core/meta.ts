import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'
import type { VFile } from 'vfile'
import { frontmatterPlace } from './frontmatter-place.ts'
import { nameParticle } from './person-names.ts'
import type { DeckMeta } from './types.ts'
import { upperFirst } from './letter-case.ts'

/*
 * Blogs name the same metadata differently: Jekyll's `author`, Hugo's `authors`, the Go
 * blog's `by`, Dublin Core's `creator`; Zola keeps extras under `[extra]` (and its taxonomies under `[taxonomies]`) and Hugo under
 * `params`. The first key present wins. Unknown keys are the site's business and are ignored.
 */
const authorKeys = ['author', 'authors', 'by', 'creator']
// (web.dev's `subhead`, the ESLint blog's `teaser`, a newsroom's `lede`, a theme's `tagline`: the same line under the title.)
const descriptionKeys = ['description', 'summary', 'subtitle', 'excerpt', 'subhead', 'teaser', 'lede', 'tagline']
const tagKeys = ['tags', 'categories', 'keywords']
// (Zola keeps a post's authors and tags as taxonomies, `[taxonomies] author = […]`, as matrix.org's blog does (review 133).)
const nestedTables = ['extra', 'params', 'taxonomies']

/** The metadata the frontmatter gives (the title may still come from a heading). Wrong types warn at the key's line. */
export function readFrontmatterMeta(
  frontmatter: Record<string, unknown>,
  file: VFile,
): Omit<DeckMeta, 'title' | 'lang'> & { title?: string; lang?: string; authors?: string[] } {
  const warn = (key: string, expected: string) =>
    file.message(`Frontmatter \`${key}\` should be ${expected}; it is ignored`, {
      place: frontmatterPlace(file, key),
      ruleId: 'frontmatter-type',
      source: 'lectern',
    })
  /** The first of `keys` that is set, read by `read`, which returns undefined for a value of the wrong type. */
  // (`says` passes over a value of the right type that says nothing: the next key is read, no warning.)
  const first = <T>(
    keys: string[],
    read: (value: unknown) => T | undefined,
    expected: string,
    nested = false,
    says: (result: T) => boolean = () => true,
  ): T | undefined => {
    const tables = [frontmatter, ...(nested ? nestedTables.map((name) => frontmatter[name]).filter(isRecord) : [])]
    for (const table of tables) {
      for (const key of keys) {
        const value = table[key]
        if (value === undefined || value === null || value === '') continue
        const result = read(value)
        if (result !== undefined && !says(result)) continue
        if (result !== undefined) return result
        if (table === frontmatter) warn(key, expected)
      }
    }
    return undefined
  }
  return {
    // (Some sites' posts name it `heading`: Inngest's blog, "Incident report for August 16, 2024 - …".)
    // (A theme's short title, `short_title`, when the post has no other: Jekyll takes its title from the file name.)
    // (Or `page_title` (review 141, a French blog built with YOCaml), with no `title` beside it.)
    title: first(['title', 'heading', 'page_title', 'pageTitle', 'short_title', 'shortTitle'], text, 'a string'),
    author: first(
      authorKeys,
      (value) => authorNames(value, file.data.siteAuthors),
      'a name, a list of names, or entries with a `name`',
      true,
    ),
    // (Not a theme's placeholder left in place, "This is a meta description": the next key that says something.)
    description: first(descriptionKeys, text, 'a string', false, (said) => !placeholder.test(said)),
    // (Or when it was published, `published_at`, as the same blog names it; `pubDate`, as Astro's starter does.)
    date: first(['date', 'published_at', 'publishedAt', 'pubDate'], date, 'a date'),
    tags: first(tagKeys, tags, 'a list of words or a comma-separated string') ?? [],
    lang: first(['lang', 'language'], languageTag, 'a language tag such as `en` (the language is detected from the text)'),
    // (The names one by one, for the talk's language to join once it is known: see `namesIn`.)
    // (Never undefined for a value that is set, so nothing is warned twice: `author` warns of a wrong one.)
    authors: first(authorKeys, (value) => authorList(value, file.data.siteAuthors) ?? [], 'a list of names', true),
  }
}

/** A description a theme's example post ships with, left in place: it says nothing of the post. */
const placeholder =
  /^(?:this is (?:a|the|my) (?:meta )?(?:description|summary|subtitle|excerpt)|(?:meta )?description|lorem ipsum|todo|tbd|tba)\b/i

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/**
 * A BCP 47 language tag from what blogs write: Hugo's `languageCode` style `zh_CN`, a locale with
 * its charset (`en_US.UTF-8`). A language's name (`english`, `中文`) is no tag: ISO 639 codes have
 * two or three letters, so a longer first part is refused rather than passed to `Intl` and the page.
 */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const tag = value
    .trim()
    .replace(/\.[\w-]+$/, '')
    .replace(/_/g, '-')
  if (!/^[a-z]{2,3}(?:-|$)/i.test(tag)) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  const written =
    typeof value === 'string'
      ? withoutEmphasisMarks(withoutInlineTags(withoutLinks(value)))
          .replace(/[ \t]{2,}/g, ' ')
          .trim()
      : ''
  return written ? decodeReferences(written) : undefined
}

/**
 * "Die [Datenstrategie der Bundesregierung](https://www.bundesregierung.de/…) ist da.": a markdown link
 * in a description, which the site's markdown filter prints as a link (CorrelAid's Hugo posts, review
 * 97); the deck shows its words, as the title slide shows no link.
 */
function withoutLinks(value: string): string {
  return value.includes('](') ? value.replace(/\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]{0,300}\)){1,2000}\)/g, '$1') : value
}

/**
 * The inline formatting a theme prints as HTML in a title or description ("The <i>Fediverse</i>",
 * "Announcing <code>cargo add</code>"): a closed list of tags, so that "Vec<T>" or "a <b> tag"
 * without its close names no tag and stays as written. On the deck these would show as the tags'
 * letters; code keeps its marks as backticks (the title slide shows them as code), the rest its words.
 */
const inlineTag = /<(\/?)(i|em|b|strong|code|sup|sub|small|mark|u|s|del|ins|kbd|span|abbr|cite|q|a)(\s[^<>]{0,300})?>/gi
const lineBreak = /<br\s{0,20}\/?>/gi

export function withoutInlineTags(value: string): string {
  if (!value.includes('<')) return value
  const closed = new Set([...value.matchAll(/<\/([a-z]+)\s*>/gi)].map((match) => match[1].toLowerCase()))
  return value.replace(lineBreak, ' ').replace(inlineTag, (whole, close: string, name: string, attributes?: string) => {
    const tag = name.toLowerCase()
    // (An opening tag counts only with its close somewhere after it, and a close never has attributes.)
    if (!closed.has(tag) || (close && attributes)) return whole
    return tag === 'code' ? '`' : ''
  })
}

/**
 * "Los archivos _dotfiles_ son…", "Why **every** team needs one": markdown's emphasis, which themes
 * print through their markdown filter, in a title or description. The deck shows the words; the
 * marks would show as written. Only a pair around words, each mark at a word's edge: "snake_case_name",
 * "2 * 3 * 4" and "C*" keep theirs, and so does "__init__", more often a name than strong emphasis there.
 */
const emphasisPair = /(^|[^\p{L}\p{N}_*\\])(\*\*|\*|_)(?=[^\s*_])([^*_\n]{0,300}?[^\s*_\\])\2(?![\p{L}\p{N}_*])/gu

export function withoutEmphasisMarks(value: string): string {
  // (Twice: the inner pair of "**bold _nested_ text**" first.)
  return /[*_]/.test(value) ? value.replace(emphasisPair, '$1$3').replace(emphasisPair, '$1$3') : value
}

/**
 * Hugo and Jekyll themes print a title or description as HTML, so writers type `&rsquo;` or
 * `&#8217;` there; the deck shows text, so those become the characters they name. A `&` that
 * names nothing stays as written.
 */
export function decodeReferences(value: string): string {
  return value.replace(/&(?:#([xX][\da-fA-F]{1,6}|\d{1,7})|([a-zA-Z][a-zA-Z\d]{1,31}));/g, (whole, numeric?: string, name?: string) => {
    if (numeric) {
      const hex = numeric[0] === 'x' || numeric[0] === 'X'
      return decodeNumericCharacterReference(hex ? numeric.slice(1) : numeric, hex ? 16 : 10)
    }
    const decoded = name ? decodeNamedCharacterReference(name) : false
    return decoded === false ? whole : decoded
  })
}

/** The names of a list of authors, one by one; undefined for one name or none. */
function authorList(value: unknown, site: Record<string, string> = {}): string[] | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined
  const names = value.map((entry) => authorNames(entry, site))
  return names.every((name) => name !== undefined) ? names : undefined
}

/**
 * "lacion, Luciana Benotti, melissa, laurel y plefer": names joined as the talk's language joins a list (`Intl.ListFormat`),
 * where it is not English (a Spanish post's authors read "… and plefer" on its title slide, review 104). English keeps
 * "A, B and C", as lectern has always written it.
 */
export function namesIn(names: string[], lang: string): string {
  if (lang.toLowerCase().startsWith('en')) return joinNames(names)
  // (A tag Intl does not know, "xx", would fall back to the machine's own language: English as lectern writes it instead.)
  try {
    if (Intl.ListFormat.supportedLocalesOf(lang).length === 0) return joinNames(names)
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names)
  } catch {
    return joinNames(names)
  }
}

/** A name, a list of names, or entries with a `name` (Hugo's and Zola's author objects), as one line. */
export function authorNames(value: unknown, site: Record<string, string> = {}): string | undefined {
  // Docusaurus writes `{ key, title }`: the key names the author, the title is their job.
  const named = (entry: unknown) =>
    text(entry) ?? (isRecord(entry) ? (text(entry.name) ?? text(entry.key) ?? text(entry.title)) : undefined)
  // (Hugo's Kubernetes blog writes `author: > [Name](https://…)`: `text` shows the link's words, the name.)
  // (A key of the site's list of authors is the name it lists: `authors: [core]` → "conda-forge core team".)
  const one = (entry: unknown) => {
    const written = named(entry)
    return written !== undefined && Object.hasOwn(site, written) ? site[written] : asName(written)
  }
  if (!Array.isArray(value)) return one(value)
  const names = value.map(one)
  if (names.length === 0 || names.some((name) => name === undefined)) return undefined
  return joinNames(names as string[])
}

/**
 * PostHog's and many a Docusaurus or Gatsby blog's `author: [james-hawkins]`: the key of an entry in
 * the site's list of authors, a name written as a slug, shows as the name ("James Hawkins"). (Two to
 * four words of lower-case letters joined by "-" or "_"; a handle of one word, "vjeux", stays as it is.)
 */
/** Two consonants that are a name or a title, not initials: "Ng", "Dr", "Mr", "Ms", "St", "Jr", "Sr". */
const notInitials = /^(?:ng|dr|mr|ms|st|jr|sr)$/

function asName(written: string | undefined): string | undefined {
  if (!written || !/^[a-z]+(?:[-_][a-z]+){1,3}$/.test(written)) return written
  return (
    written
      .split(/[-_]/)
      // ("cj-wright" is "CJ Wright" (review 122, conda-forge's blog): a word of two letters without a vowel is initials.)
      .map((word, index) =>
        index > 0 && nameParticle.test(word)
          ? word
          : /^[b-df-hj-np-tv-xz]{2}$/.test(word) && !notInitials.test(word)
            ? word.toUpperCase()
            : upperFirst(word),
      )
      .join(' ')
  )
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/**
 * A date as `YYYY-MM-DD` when it has one (YAML and TOML dates, `2016-10-06 11:10:38 -0700`, `2018-11-2`),
 * else as written (`Spring 2024`).
 */
export function date(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  const written = text(value)
  if (!written) return undefined
  // Jekyll writes days and months without their zero (`2018-11-2 00:37:02 -0400`).
  // (And "2021/04/23", "2021.04.23": Nextra's and many Asian blogs' way, year first.)
  const day = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:$|[T ])/.exec(written)
  if (day) return isoDay(day[1], day[3], day[4]) ?? written
  // Day and month first: `29.07.2020` (German and others); `07-29-2020` or `29/07/2020` where
  // one of the two cannot be a month (distill writes `MM-DD-YYYY`). `03-04-2020` says neither: as written.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written)
  if (dotted) return isoDay(dotted[3], dotted[2], dotted[1]) ?? written
  const yearLast = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/.exec(written)
  if (yearLast) {
    const [first, second] = [Number(yearLast[1]), Number(yearLast[3])]
    if (first > 12 && second <= 12) return isoDay(yearLast[4], yearLast[3], yearLast[1]) ?? written
    if (second > 12 && first <= 12) return isoDay(yearLast[4], yearLast[1], yearLast[3]) ?? written
  }
  return written
}

/** Whether `YYYY-MM-DD` names a day of the calendar (not `2020-02-31`, nor month 13). */
export const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDay(...(value.split('-') as [string, string, string])) === value

/** `YYYY-MM-DD` for a day of the calendar, undefined for none (`2020-02-31`, month 13). */
function isoDay(year: string, month: string, day: string): string | undefined {
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : undefined
}

/** A `YYYY-MM-DD` date as the talk's language writes it in full ("2 November 2018", "10. März 2023"); any other as it is. */
export function spokenDate(value: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const day = new Date(`${value}T00:00:00Z`)
  if (Number.isNaN(day.getTime())) return value
  for (const locale of [lang, 'en']) {
    try {
      return dateFormat(locale).format(day)
    } catch {
      // A lang tag Intl does not take: English.
    }
  }
  return value
}

// Making a DateTimeFormat loads its locale's data each time, a cost each deck with a date paid again.
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    dateFormats.set(locale, format)
  }
  return format
}

function tags(value: unknown): string[] | undefined {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean)
  if (!Array.isArray(value)) return undefined
  const words = value.map(text)
  return words.every((word) => word !== undefined) ? (words as string[]) : undefined
}
