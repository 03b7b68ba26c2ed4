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

const field = /^(?:\.\.[ \t]+)?([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*$/
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
      values[last] = found[2]
    } else if (last && /^(?: {4}|\t)/.test(line)) values[last] = `${values[last]} ${line.trim()}`
    else return { text }
  }
  if (typeof values.title !== 'string' || end === 0) return { text }
  for (const key of Object.keys(values)) {
    const value = String(values[key])
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
