import type { Position } from 'unist'
import type { JsonFrontmatter } from './frontmatter.ts'

/*
 * Metadata as `Key: value` lines at the top of a post, without fences: Pelican's and
 * Python-Markdown's (MkDocs) `Title: …`, and Nikola's `.. title: …` (alone or in an HTML
 * comment), the same lines closed by a line of hyphens (`Title: …`, `Tags: …`, `---`, as some
 * home-made generators write them), and JBake's `title=…` lines closed by `~~~~~~`. Found before
 * parsing, like Hugo's JSON (see splitJsonFrontmatter), and blanked out with its line breaks
 * kept, so every later position stays true.
 */

// (The value to the line's end, its trailing spaces trimmed after: `(.*?)[ \t]*$` backtracks over a long line of spaces.)
const field = /^(?:\.\.[ \t]+)?([A-Za-z][\w-]*):[ \t]*(.*)$/
/** JBake's header field (`status=published`), and the line that closes its header. */
const jbakeField = /^([A-Za-z][\w-]*)=(.*?)[ \t]*$/
const jbakeEnd = /^~{6}[ \t]*$/
/** A line of hyphens closing `Key: value` lines (read as a setext heading underline otherwise). */
const closingRule = /^-{3,}[ \t]*$/
/** A YAML mapping key of a frontmatter, beyond the `Key:` of metadata lines. */
const yamlKey = /^[A-Za-z_$][\w$.-]*:(?:[ \t]|$)/
/** Keys whose value is a comma-separated list. */
const lists = new Set(['tags', 'keywords', 'authors', 'categories'])

/**
 * The metadata lines at the start of `text`, as frontmatter, and the text with them blanked.
 * Only a block that names a `title` counts: a post that opens with "Note: …" is prose. Pure.
 */
export function splitMetadataLines(text: string): { text: string; matter?: JsonFrontmatter } {
  const lines = text.split('\n')
  const lektor = lektorFields(lines)
  if (lektor) return lektor
  const values: Record<string, unknown> = {}
  const comment = lines[0]?.trim() === '<!--'
  // (A YAML block its writer opened and never closed, `---` then `title: …` lines and a blank line
  // before the post's words: read as frontmatter, its lines would be the first paragraph, under a rule.)
  const unclosed = !comment && lines[0]?.replace(/\r$/, '') === '---' && opensUnclosed(lines)
  if (!comment && lines[0]?.replace(/\r$/, '') === '---' && !unclosed) return { text }
  let last: string | undefined
  let end = comment || unclosed ? 1 : 0
  // (JBake's `key=value` lines count only in a header its `~~~~~~` line closes.)
  const jbake =
    !comment && jbakeField.test(lines[0]?.replace(/\r$/, '') ?? '') && lines.some((line) => jbakeEnd.test(line.replace(/\r$/, '')))
  for (; end < lines.length; end++) {
    const line = lines[end].replace(/\r$/, '')
    if (comment && line.trim() === '-->') {
      end++
      break
    }
    if (jbake ? jbakeEnd.test(line) : !comment && end > 0 && last !== undefined && closingRule.test(line)) {
      end++
      break
    }
    if (line.trim() === '' && !jbake) break
    if (jbake) {
      const found = jbakeField.exec(line)
      if (found) values[(last = found[1].toLowerCase())] = found[2]
      else if (line.trim() !== '') return { text }
      continue
    }
    const found = field.exec(line)
    if (found) {
      last = found[1].toLowerCase()
      values[last] = found[2].trimEnd()
    } else if (last && /^(?: {4}|\t)/.test(line)) values[last] = `${values[last]} ${line.trim()}`
    else return { text }
  }
  if (typeof values.title !== 'string' || end === 0) return { text }
  for (const key of Object.keys(values)) {
    // ("date: '2009-09-02T08:56:09+00:00'" (Apache's infrastructure blog, review 106): a value its writer quoted as YAML
    // does, whose quotes the title slide showed.)
    const value = unquoted(String(values[key]))
    values[key] = value
    if (lists.has(key)) values[key] = value.split(/\s*[,;]\s*/).filter(Boolean)
  }
  const head = lines.slice(0, end).join('\n')
  const position: Position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: end, column: lines[end - 1].length + 1, offset: head.length },
  }
  return { text: head.replace(/[^\n]/g, '') + text.slice(head.length), matter: { value: JSON.stringify(values), position } }
}

/**
 * Whether the `---` on the first line opens `Key: value` lines that no `---` closes: the first
 * line after them, past blank lines, is the post's words, not another field or the closing rule.
 */
function opensUnclosed(lines: string[]): boolean {
  let fields = 0
  for (const raw of lines.slice(1)) {
    const line = raw.replace(/\r$/, '')
    if (closingRule.test(line)) return false
    if (line.trim() === '') continue
    // (A YAML key may open with an underscore, as al-folio's `_styles: >` does: no word of a post.)
    if (field.test(line) || yamlKey.test(line)) fields++
    // (YAML goes on in an indented line, a list's item or a comment: "resources:", then "  - name: …"; "# See all topics…".)
    else if (/^(?:[ \t]|- |#)/.test(line)) continue
    else return fields > 0
  }
  return false
}

/** A Lektor field's first line (`title: …`, `body:`), and the line between two fields. */
const lektorField = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/
const lektorSeparator = /^---[ \t]*$/
/** The field that holds a Lektor page's text, by its models' names for it. */
const lektorBody = /^(?:body|content|text)$/
/** Lektor's field names for what lectern's frontmatter calls otherwise. */
const lektorKeys: Record<string, string> = { pub_date: 'date' }

/**
 * A Lektor page (`contents.lr`): fields, each opening on its `name:` line and running to the next
 * line of three hyphens, one of them the page's text ("body:", then the post's markdown). Its fields
 * other than the text are the frontmatter, a field of several lines a list ("categories:", then a
 * word per line) where it has no other words; the text keeps its lines, the rest is blanked out.
 * (Read as `Key: value` lines, the first field's `---` closed the header, and the other fields, from
 * "categories:" to "body:", became the talk's first slides.) A line of four hyphens or more inside a
 * field is Lektor's escape for a line of one hyphen fewer. `undefined` for any other text.
 */
function lektorFields(lines: string[]): { text: string; matter?: JsonFrontmatter } | undefined {
  if (!lektorField.test(lines[0]?.replace(/\r$/, '') ?? '')) return undefined
  const fields: Array<{ key: string; first: string; start: number; end: number }> = []
  let start = 0
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index]?.replace(/\r$/, '')
    if (line !== undefined && !lektorSeparator.test(line)) continue
    // (Lektor skips blank lines between a "---" and the next field's name, and a "---" that ends the file closes no field.)
    while (start < index && lines[start].trim() === '') start++
    if (start < index || line !== undefined) {
      const found = lektorField.exec(lines[start]?.replace(/\r$/, '') ?? '')
      if (!found) return undefined
      fields.push({ key: found[1].toLowerCase(), first: found[2].trimEnd(), start, end: index })
    }
    start = index + 1
  }
  const body = fields.find((each) => lektorBody.test(each.key))
  if (!body || fields.length < 2) return undefined
  const unescaped = (line: string) => line.replace(/^-(-{3,}[ \t]*)(\r?)$/, '$1$2')
  const values: Record<string, unknown> = {}
  for (const each of fields) {
    if (each === body) continue
    const rest = lines.slice(each.start + 1, each.end).map((line) => unescaped(line.replace(/\r$/, '')).trim())
    const key = lektorKeys[each.key] ?? each.key
    const items = rest.filter(Boolean)
    values[key] =
      each.first === '' && items.length > 1 && items.every((item) => !/\s/.test(item)) ? items : [each.first, ...items].join(' ').trim()
  }
  const blank = (from: number, to: number) => lines.slice(from, to).map(() => '')
  const text = [
    ...blank(0, body.start),
    body.first,
    ...lines.slice(body.start + 1, body.end).map(unescaped),
    ...blank(body.end, lines.length),
  ].join('\n')
  // (It ends where the body's field name does: the line of "body:".)
  const position: Position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: body.start + 1, column: lines[body.start].length + 1, offset: lines.slice(0, body.start + 1).join('\n').length },
  }
  return { text, matter: { value: JSON.stringify(values), position } }
}

/** A value without the quotes YAML would read around it (`'a'`, `"a"`; `''` inside single quotes is one). */
function unquoted(value: string): string {
  const single = /^'((?:[^']|'')*)'$/.exec(value)
  if (single) return single[1].replace(/''/g, "'")
  const double = /^"([^"\\]*)"$/.exec(value)
  return double ? double[1] : value
}
