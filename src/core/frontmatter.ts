import type { Root } from 'mdast'
import { parse as parseToml, TomlError } from 'smol-toml'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { parse as parseYamlText, YAMLParseError } from 'yaml'
import { LecternError } from './errors.ts'
import { resolveOptions } from './options.ts'

/** The frontmatter syntaxes blogs use: Jekyll's and most others' YAML, Hugo's and Zola's TOML, Hugo's JSON. */
export type FrontmatterSyntax = 'yaml' | 'toml' | 'json'

/** A JSON frontmatter block found before parsing (see {@link splitJsonFrontmatter}). */
export interface JsonFrontmatter {
  value: string
  position: Position
}

/**
 * Reads the frontmatter (YAML `---`, TOML `+++` or JSON `{ … }`) into `file.data.frontmatter`,
 * with the line of each top-level key in `file.data.frontmatterLines`, and resolves the deck
 * options into `file.data.options`. Malformed frontmatter is a user error with line and column.
 */
export function remarkDeckFrontmatter() {
  return function (tree: Root, file: VFile) {
    const first = tree.children[0]
    const block =
      first?.type === 'yaml'
        ? { syntax: 'yaml' as const, value: first.value, position: first.position }
        : first?.type === 'toml'
          ? { syntax: 'toml' as const, value: first.value, position: first.position }
          : file.data.jsonFrontmatter
            ? { syntax: 'json' as const, ...file.data.jsonFrontmatter }
            : undefined
    let frontmatter: Record<string, unknown> = {}
    if (block) {
      if (block.position) file.data.frontmatterPosition = block.position
      // YAML and TOML start on the line after their fence; JSON's braces are part of it.
      const firstLine = (block.position?.start.line ?? 1) + (block.syntax === 'json' ? 0 : 1)
      frontmatter = parseFrontmatter(block.value, block.syntax, firstLine, file)
      file.data.frontmatterLines = keyLines(block.value, block.syntax, firstLine)
    }
    file.data.frontmatter = frontmatter
    file.data.options = resolveOptions(frontmatter, file.data.overrides ?? {}, file)
  }
}

/**
 * Pandoc's YAML metadata block may end with `...` instead of `---` (YAML's end of document):
 * remark-frontmatter knows only the fence it opened with, and read such a post's metadata as a
 * paragraph ("title: The first web browser tags: …") under a rule. The `...` becomes `---`,
 * three characters for three, so every position stays true — only where the lines before it
 * read as YAML's `key: value`, and no `---` line comes first.
 */
export function closePandocYaml(given: string): string {
  const text = proseBetweenRules(widenedYamlFences(given))
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text)
  if (!open) return text
  const close = /^(---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(open[0].length))
  if (close?.[1] !== '...') return text
  const lines = text
    .slice(open[0].length, open[0].length + close.index)
    .split('\n')
    .filter((line) => line.trim() !== '')
  if (lines.length === 0 || !/^[\w"'-][^:\n]*:(?:\s|$)/.test(lines[0])) return text
  const at = open[0].length + close.index
  return `${text.slice(0, at)}---${text.slice(at + 3)}`
}

/** Lines at most of a notice between two rules at an article's top, read as the writer's words. */
const maxNoticeLines = 12

/**
 * "---⏎This exercise is part of a course that has ended. …⏎---" (review 148, SAP's tutorials, each README opening on such a
 * notice): words between two rules at the top that YAML reads as no keys with values are no frontmatter but a notice
 * set between rules, as GitHub shows it; read as frontmatter, the article stopped with an error. Its fences become `***`,
 * a rule each, three characters for three, so every position stays true. (Only where no line reads as a key: a
 * frontmatter with a mistake in it stays one, and its mistake is reported.)
 */
function proseBetweenRules(text: string): string {
  const open = /^(\uFEFF?)---[ \t]*\r?\n/.exec(text)
  if (!open) return text
  const close = /^---[ \t]*\r?$/m.exec(text.slice(open[0].length, open[0].length + maxNoticeLines * 400))
  if (!close) return text
  const lines = text
    .slice(open[0].length, open[0].length + close.index)
    .split('\n')
    .filter((line) => line.trim() !== '')
  if (lines.length === 0 || lines.length > maxNoticeLines) return text
  if (lines.some((line) => /^[\w"'-][^:\n]{0,40}:(?:\s|$)|^[ \t]+\S|^-\s/.test(line))) return text
  // (Words: a line of several, as a sentence has.)
  if (!lines.some((line) => line.trim().split(/\s+/).length >= 5)) return text
  const at = open[0].length + close.index
  return `${open[1]}***${text.slice(open[1].length + 3, at)}***${text.slice(at + 3)}`
}

/** Lines of metadata at most between fences of four dashes or more. */
const maxWidenedLines = 60

/**
 * Hakyll, and the home-made generators that split a post at its first two rules, read metadata between fences of more
 * than three dashes ("----", thjread's blog, review 108); remark-frontmatter reads only three, and made a heading of the
 * metadata (a paragraph right over a `----` rule is a setext heading). Each long fence becomes `---` and spaces, as long
 * as it was, so every position stays true: only where the closing fence has as many dashes as the opening one, within
 * `maxWidenedLines` lines, and every line between them reads as YAML, a `title:` among them.
 */
function widenedYamlFences(text: string): string {
  const open = /^(\uFEFF?)(-{4,})([ \t]*\r?\n)/.exec(text)
  if (!open) return text
  const fence = open[2]
  const rest = text.slice(open[0].length)
  const close = new RegExp(`^${fence}[ \\t]*\\r?$`, 'm').exec(rest.slice(0, maxWidenedLines * 200))
  if (!close) return text
  const lines = rest
    .slice(0, close.index)
    .split('\n')
    .filter((line) => line.trim() !== '')
  // (Every line a key, an item of a list or a value indented under its key, within a few dozen lines, and one of them the
  // title: a rule, a note and the article after it, "----⏎Disclaimer: I work at Acme…", stay the writer's words.)
  if (
    lines.length === 0 ||
    lines.length > maxWidenedLines ||
    !lines.every((line) => /^[\w"'-][^:\n]*:(?:\s|$)|^[ \t]+\S|^-\s/.test(line)) ||
    !lines.some((line) => /^title:/i.test(line))
  )
    return text
  const short = `---${' '.repeat(fence.length - 3)}`
  const at = open[0].length + close.index
  return `${open[1]}${short}${open[3]}${rest.slice(0, close.index)}${short}${text.slice(at + fence.length)}`
}

/**
 * Hugo's JSON frontmatter: an object at the very start of the file. remark has no JSON
 * matter (remark-frontmatter needs a fence line of its own), so it is found here, before
 * parsing, and blanked out with its line breaks kept so every later position stays true.
 */
export function splitJsonFrontmatter(text: string): { text: string; matter?: JsonFrontmatter } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  // Hexo's JSON frontmatter between `;;;` lines, which some home-made generators write too.
  const fenced = /^;;;[ \t]*\r?\n\s*/.exec(text.slice(bom))
  const open = bom + (fenced?.[0].length ?? 0)
  if (text[open] !== '{') return { text }
  const end = jsonObjectEnd(text, open)
  const close = fenced && end !== -1 ? /^[ \t]*\r?\n[ \t]*;;;[ \t]*(?=\r?\n|$)/.exec(text.slice(end)) : undefined
  if (end === -1 || (fenced && !close)) return { text }
  const value = text.slice(open, end)
  const before = text.slice(0, open).split('\n').length
  const lines = value.split('\n')
  const position: Position = {
    start: { line: before, column: open - text.lastIndexOf('\n', open - 1), offset: open },
    end: { line: before + lines.length - 1, column: lines[lines.length - 1].length + 1, offset: end },
  }
  // (Blanked with its fences, line for line.)
  const whole = end + (close?.[0].length ?? 0)
  const blank = text.slice(bom, whole).replace(/[^\n]/g, '')
  return { text: text.slice(0, bom) + blank + text.slice(whole), matter: { value, position } }
}

/** The offset just after the `}` that closes the object opened at `start`, or -1. */
function jsonObjectEnd(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let index = start; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) {
      // Only a `}` that ends its line closes frontmatter; `{x}` in prose does not.
      const rest = text.slice(index + 1, text.indexOf('\n', index + 1) === -1 ? undefined : text.indexOf('\n', index + 1))
      return rest.trim() === '' ? index + 1 : -1
    }
  }
  return -1
}

function parseFrontmatter(source: string, syntax: FrontmatterSyntax, firstLine: number, file: VFile): Record<string, unknown> {
  let value: unknown
  try {
    value = syntax === 'yaml' ? parseYaml(source) : syntax === 'toml' ? parseToml(source) : JSON.parse(source)
  } catch (error) {
    // The yaml package's other errors (an alias bomb is a ReferenceError) are the article's too.
    const where =
      errorPlace(error, source) ??
      (syntax === 'yaml' && error instanceof Error ? { line: 1, column: undefined, reason: error.message.split('\n')[0] } : undefined)
    if (!where) throw error
    throw new LecternError(`invalid frontmatter (${syntax.toUpperCase()}): ${where.reason}`, {
      file: file.path || undefined,
      line: firstLine + where.line - 1,
      column: where.column,
      cause: error,
    })
  }
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new LecternError(`invalid frontmatter (${syntax.toUpperCase()}): expected keys with values`, {
      file: file.path || undefined,
      line: firstLine,
      column: 1,
    })
  }
  // Middleman's and Nanoc's Ruby-symbol keys (`:title: …`, `:created_at: …`) name the same fields,
  // and so do Statiq's and Wyam's capitalised ones (`Title: …`, `Author: …`).
  const entries = Object.entries(value as Record<string, unknown>)
  if (!entries.some(([key]) => key.startsWith(':') || /^\p{Lu}/u.test(key))) return value as Record<string, unknown>
  const named = Object.fromEntries(entries.map(([key, field]) => [key.replace(/^:(?=\w)/, ''), field]))
  for (const [key, field] of Object.entries(named)) if (!(lowerKey(key) in named)) named[lowerKey(key)] = field
  return named
}

/** A capitalised key as the lower-case one it stands for (`Title` → `title`, `ShortTitle` → `shortTitle`). */
function lowerKey(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1)
}

function parseYaml(source: string): unknown {
  // An alias may stand for a list of aliases: a few lines that expand to millions of values.
  // A key written twice (`date:` above and below `layout:`, as a Jekyll post kept it) is read as
  // Jekyll's YAML reads it, the last value winning, rather than refusing the article.
  const options = { prettyErrors: true, maxAliasCount: 100, uniqueKeys: false }
  try {
    return parseYamlText(source, options)
  } catch (error) {
    const lenient = quoteReservedStarts(quotePlainColons(indentQuotedContinuations(apostrophesInSingleQuotes(source))))
    if (!(error instanceof YAMLParseError) || lenient === source) throw error
    try {
      return parseYamlText(lenient, options)
    } catch {
      throw error
    }
  }
}

/**
 * A top-level key whose unquoted value holds a colon and a space
 * (`title: Frameworks without the framework: why not sooner?`) is not YAML (a mapping cannot
 * start inside a plain scalar), but many blog engines read frontmatter line by line, key to the
 * first colon, and build such a post. The value can mean only the text after the key, so it is
 * quoted. Values that open another YAML construct (a quote, a flow list or map, a block
 * scalar, an anchor, a tag) or hold a comment are left for the parser to judge. Returns `source`
 * itself when no line needed it.
 */
export function quotePlainColons(source: string): string {
  let changed = false
  const lines = source.split('\n').map((line) => {
    const match = /^([A-Za-z_][\w-]*):[ \t]+([^\s"'[{|>&*!%@`#].*)$/.exec(line)
    if (!match || !/:\s/.test(match[2]) || /\s#/.test(match[2])) return line
    changed = true
    return `${match[1]}: ${JSON.stringify(match[2].trimEnd())}`
  })
  return changed ? lines.join('\n') : source
}

/**
 * `twitter_site: @abap34` (review 144, a Japanese blog's home-made generator): YAML reserves `@` and `` ` `` and no plain
 * value may open on one, but a reader that takes a key's value to the line's end builds the post. Such a value can mean only
 * its text, so it is quoted (a top-level key's, or a list item's under one). Returns `source` itself when no line needed it.
 */
export function quoteReservedStarts(source: string): string {
  let changed = false
  const lines = source.split('\n').map((line) => {
    const match = /^(\s*(?:- +)?[A-Za-z_][\w-]*:[ \t]+|\s*- +)([@`].*?)[ \t]*$/.exec(line)
    if (!match || /\s#/.test(match[2])) return line
    changed = true
    return `${match[1]}${JSON.stringify(match[2])}`
  })
  return changed ? lines.join('\n') : source
}

/**
 * `title: 'The 2019 MUI developer survey: here's what we discovered'` (MUI's blog, review 107): a value in single quotes on
 * one line that holds an apostrophe not doubled is no YAML (the quote ends at "here'"), but the site's own reader builds
 * it; the quotes around the line's value can mean only that text, so its apostrophes are doubled, as YAML writes them
 * (only on a line that is no YAML alone). Returns `source` itself when no line needed it.
 */
export function apostrophesInSingleQuotes(source: string): string {
  let changed = false
  const lines = source.split('\n').map((line) => {
    const match = /^(\s*(?:- +)?[A-Za-z_][\w-]*:[ \t]+)'(.*)'([ \t]*)$/.exec(line)
    if (!match || !/(^|[^'])'(?!')/.test(match[2].replace(/''/g, '')) || readsAlone(line.trimStart().replace(/^- +/, ''))) return line
    changed = true
    return `${match[1]}'${match[2].replace(/''/g, "'").replace(/'/g, "''")}'${match[3]}`
  })
  return changed ? lines.join('\n') : source
}

/** Whether one line of YAML parses on its own (`description: 'Short' # the author's 'pick'` does: its quote ends before the comment). */
function readsAlone(line: string): boolean {
  try {
    parseYamlText(line)
    return true
  } catch {
    return false
  }
}

/**
 * Hugo's YAML reader (go-yaml) accepts a quoted value whose later lines start at the key's own
 * column (`description: "` then the text at column 1, the closing quote on a line of its own);
 * the YAML spec and the `yaml` package do not, so a post its site builds would get no deck.
 * Indenting those lines past the key's column gives the same value (a quoted scalar folds its
 * line breaks and leading spaces either way). Returns `source` itself when no line needed it.
 */
export function indentQuotedContinuations(source: string): string {
  const lines = source.split('\n')
  let open: { quote: string; indent: number } | undefined
  let changed = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (open) {
      const indent = /^ */.exec(line)?.[0].length ?? 0
      if (indent <= open.indent && line.trim() !== '') {
        lines[index] = `${' '.repeat(open.indent + 2 - indent)}${line}`
        changed = true
      }
      if (closesQuote(line, open.quote, 0)) open = undefined
      continue
    }
    const start = /^( *)(?:- +)?[^\s#'"][^:#]*:[ \t]+(["'])/.exec(line)
    if (start && !closesQuote(line, start[2], start[0].length)) open = { quote: start[2], indent: start[1].length }
  }
  return changed ? lines.join('\n') : source
}

/** Whether `line` from `from` holds the end of a `quote`d scalar: `"` not escaped by `\`, or `'` not doubled. */
function closesQuote(line: string, quote: string, from: number): boolean {
  for (let index = from; index < line.length; index++) {
    const char = line[index]
    if (quote === '"' && char === '\\') index++
    else if (char === quote) {
      if (quote === "'" && line[index + 1] === "'") index++
      else return true
    }
  }
  return false
}

/** Line (1-based, within the block), column and a one-line reason for each parser's error. */
function errorPlace(error: unknown, source: string): { line: number; column?: number; reason: string } | undefined {
  if (error instanceof YAMLParseError) {
    const [pos] = error.linePos ?? []
    return { line: pos?.line ?? 1, column: pos?.col, reason: error.message.split('\n')[0] }
  }
  if (error instanceof TomlError) {
    return { line: error.line, column: error.column, reason: error.message.split('\n')[0].replace(/^Invalid TOML document: /, '') }
  }
  if (error instanceof SyntaxError) {
    const offset = jsonErrorOffset(error.message, source)
    const reason = error.message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/,\s*(?:\.\.\.)?".*$/s, '')
    const before = source.slice(0, offset)
    return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n'), reason }
  }
  return undefined
}

/**
 * Laika's (Scala sites', Typelevel's blog) configuration header, HOCON between `{%` and `%}` at the start of the file
 * (review 141: read as JSON, it stopped the build): its `key: value` lines, read as frontmatter. A quoted or bare string, or a
 * list of them; a value that refers to another (`${ceedubs}`) names nothing the deck knows and is left out. Returned as JSON,
 * blanked out of the text like {@link splitJsonFrontmatter}'s; `undefined` where the file does not open on such a header.
 */
export function splitLaikaHeader(text: string): { text: string; matter?: JsonFrontmatter } | undefined {
  const header = /^\uFEFF?\{%[ \t]*\r?\n([\s\S]{0,8000}?)\r?\n[ \t]*%\}[ \t]*(?=\r?\n|$)/.exec(text)
  if (!header) return undefined
  const values: Record<string, unknown> = {}
  // (The value trimmed in code: spaces matched on both sides of a lazy value took time in the cube of a line of them.)
  for (const [, key, written] of header[1].matchAll(/^[ \t]*([\w.-]+)[ \t]*[:=](.*)$/gm)) {
    const raw = written.trim().replace(/,$/u, '').trimEnd()
    const items = /^\[(.*)\]$/.exec(raw)?.[1].split(',').map(hoconString)
    const value = items ? items.filter((item) => item !== undefined) : hoconString(raw)
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) values[key] = value
  }
  const end = header[0].length
  const lines = header[0].split('\n').length
  const position: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: 3, offset: end } }
  return { text: header[0].replace(/[^\n]/g, '') + text.slice(end), matter: { value: JSON.stringify(values), position } }
}

/** A HOCON string value, quoted or bare; `undefined` for a reference to another value (`${…}`) or an object. */
function hoconString(raw: string): string | undefined {
  const value = raw.trim()
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(value)
  if (quoted) return quoted[1].replace(/\\(.)/g, '$1')
  return value === '' || /\$\{|^[{[]/.test(value) ? undefined : value
}

/**
 * Franklin's (Julia's blogs) `@def key = value` lines at the start of the file, read as
 * frontmatter: strings (also in triple quotes), numbers, booleans, lists and `Date(y, m, d)`.
 * Returned as JSON, blanked out of the text like {@link splitJsonFrontmatter}'s.
 */
export function splitFranklinDefs(text: string): { text: string; matter?: JsonFrontmatter } {
  const definition = /^@def[ \t]+(\w+)[ \t]*=[ \t]*("""[\s\S]*?"""|[^\n]*)[ \t]*(?:\n|$)|^[ \t]*\n/
  const values: Record<string, unknown> = {}
  let end = 0
  for (let match = definition.exec(text); match && end < text.length; match = definition.exec(text.slice(end))) {
    if (match[1]) values[match[1]] = julia(match[2].trim())
    end += match[0].length
  }
  if (Object.keys(values).length === 0) return { text }
  const head = text.slice(0, end)
  const lines = head.split('\n').length
  const position: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: 1, offset: end } }
  return { text: head.replace(/[^\n]/g, '') + text.slice(end), matter: { value: JSON.stringify(values), position } }
}

/**
 * An MDX post's metadata as Next.js blogs and their like write it, in an object the post
 * exports (`export const metadata = { title: '…', date: '2024-05-01' }`) instead of frontmatter:
 * the string values of its top-level keys, as JSON frontmatter. Read, never run: a value that
 * is not a plain string literal (a call, a template with `${…}`, a variable) is left out. The
 * statement itself stays in the text, where the MDX step leaves it out of the slides. The object
 * is `meta`, `metadata` or `frontmatter` when one of them holds a string; else the first exported
 * object that holds a literal title (`export const post = { title: '…', author: '…' }`, which
 * `metadata` then only refers to: `title: post.title`).
 */
export function mdxMetadata(text: string): JsonFrontmatter | undefined {
  const objects = [...text.matchAll(/^export[ \t]+const[ \t]+([A-Za-z_$][\w$]*)[ \t]*=[ \t]*\{/gm)].slice(0, maxExportedObjects)
  const read = objects.map((found) => ({ found, values: objectStrings(text, found.index + found[0].length - 1) }))
  const chosen =
    read.find(({ found, values }) => /^(?:meta|metadata|frontmatter)$/.test(found[1]) && Object.keys(values).length > 0) ??
    read.find(({ values }) => typeof values.title === 'string')
  if (!chosen) return undefined
  const { found, values } = chosen
  const line = text.slice(0, found.index).split('\n').length
  const position: Position = { start: { line, column: 1, offset: found.index }, end: { line, column: 1, offset: found.index } }
  return { value: JSON.stringify(values), position }
}

/** Exported objects read at most for metadata: a post exports a few (an article is untrusted input). */
const maxExportedObjects = 8

/** The string literal values of the top-level keys of the object literal whose `{` is at `open`. */
function objectStrings(text: string, open: number): Record<string, string> {
  const values: Record<string, string> = {}
  let depth = 0
  const entry = /\s*([A-Za-z_$][\w$]*|"[^"\n]*"|'[^'\n]*')\s*:\s*(?:(["'`])((?:\\.|(?!\2)[^\\])*)\2\s*[,}\n])?/y
  for (let index = open; index < text.length; index++) {
    const char = text[index]
    if (char === '"' || char === "'" || char === '`') {
      // A string: skipped whole, so its braces do not count.
      const close = /(["'`])(?:\\.|(?!\1)[^\\])*\1/y
      close.lastIndex = index
      if (!close.exec(text)) return {}
      index = close.lastIndex - 1
    } else if (char === '{' || char === '[' || char === '(') depth++
    else if (char === '}' || char === ']' || char === ')') {
      if (--depth === 0) break
    }
    if (depth === 1 && (char === '{' || char === ',')) {
      entry.lastIndex = index + 1
      const match = entry.exec(text)
      const key = match?.[1].replace(/^["']|["']$/g, '')
      if (match?.[2] && key && !(match[2] === '`' && match[3].includes('${'))) {
        values[key] = match[3].replace(/\\(["'`\\])/g, '$1')
        index = entry.lastIndex - 2
      }
    }
  }
  return values
}

function julia(value: string): unknown {
  const triple = /^"""([\s\S]*)"""$/.exec(value)
  if (triple) return triple[1].trim()
  const day = /^Date\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(value)
  if (day) return `${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}`
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/**
 * Where V8's JSON error is. Newer versions say "at position N"; Node 20 says only
 * `Unexpected token ',', ..."author": ,\n}" is not valid JSON`, quoting the text around the
 * token, which is then looked up in the source.
 */
function jsonErrorOffset(message: string, source: string): number {
  const position = /position (\d+)/.exec(message)
  if (position) return Number(position[1])
  const quoted = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message)
  if (!quoted) return /end of JSON input/.test(message) ? source.length : 0
  const [, token, quotedContext] = quoted
  const context = quotedContext.replace(/\.\.\.$/, '')
  const at = source.indexOf(context)
  return at === -1 ? 0 : at + Math.max(0, context.indexOf(token))
}

/**
 * The line of each top-level key. The parsers give values without positions; a key at the
 * top level is the first line that names it before any nested table (TOML) or at the
 * outermost indentation (YAML, JSON), which is all a warning needs.
 */
export function keyLines(source: string, syntax: FrontmatterSyntax, firstLine: number): Record<string, number> {
  const lines: Record<string, number> = {}
  const pattern =
    syntax === 'yaml'
      ? /^(["']?)([^\s"':#][^:"']*)\1\s*:(?:\s|$)/
      : syntax === 'toml'
        ? /^\s*(["']?)([\w-]+)\1\s*=/
        : /^\s*(")((?:[^"\\]|\\.)+)"\s*:/
  const rows = source.split('\n')
  const jsonIndent = syntax === 'json' ? Math.min(...rows.filter((row) => /^\s*"/.test(row)).map((row) => row.search(/\S/))) : 0
  for (const [index, row] of rows.entries()) {
    if (syntax === 'toml' && /^\s*\[/.test(row)) break
    if (syntax === 'json' && row.search(/\S/) !== jsonIndent) continue
    const match = pattern.exec(row)
    if (match && !(match[2] in lines)) lines[match[2].trim()] = firstLine + index
  }
  for (const [key, line] of Object.entries(lines)) if (!(lowerKey(key) in lines)) lines[lowerKey(key)] = line
  return lines
}
