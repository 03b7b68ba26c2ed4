import { LecternError } from './errors.ts'
import { splitFences } from './prose-scan.ts'

/*
 * micromark resolves emphasis and strikethrough once per paragraph, and for every marker that
 * could close one (`a*`, `a~`) it walks back through the paragraph's events, then splices the
 * pair in, moving every event after it: the work grows with the closing markers times the
 * paragraph's length, so a line of `a* ` repeated takes minutes; nested pairs also nest the
 * tree past the call stack. Rewriting micromark's resolver is not ours to do, so this
 * cheap scan (one pass, linear) estimates that work per paragraph before micromark sees it,
 * and refuses an article that asks for too much, with the paragraph's line.
 */

/** The deepest nesting of emphasis and strikethrough lectern renders, as for lists. */
export const maxEmphasisNesting = 100

/**
 * The most work one paragraph may ask of the emphasis resolver: markers that could close
 * times the paragraph's tokens (stretches of text and marks between them). A paragraph of
 * 3,000 `a* ` fits; real paragraphs stay far below it.
 */
export const maxParagraphDelimiterWork = 20_000_000

/**
 * The most such work the whole article may ask for, on top of {@link delimiterWorkPerCharacter}
 * per character: many paragraphs each just under the limit would otherwise add up.
 */
export const maxArticleDelimiterWork = 100_000_000

/** The work allowed per character of the article, on top of {@link maxArticleDelimiterWork}. */
export const delimiterWorkPerCharacter = 20

const mayHoldRuns = /[*_~]/

/** A paragraph-like stretch of inline text, as micromark resolves it in one go. */
interface Chunk {
  text: string
  /** 1-based line of its first character. */
  line: number
}

/**
 * Refuse, with one line naming the paragraph, an article whose emphasis and strikethrough
 * markers nest deeper than {@link maxEmphasisNesting} or would make the parser's work grow
 * with the square of a paragraph's length.
 */
export function checkDelimiterRuns(text: string, file?: string): void {
  let total = 0
  const budget = maxArticleDelimiterWork + delimiterWorkPerCharacter * text.length
  for (const chunk of inlineChunks(text)) {
    if (!mayHoldRuns.test(chunk.text)) continue
    const { closers, depth, tokens } = scanRuns(chunk.text)
    if (closers === 0) continue
    if (depth > maxEmphasisNesting) {
      throw new LecternError(`emphasis or strikethrough nested deeper than ${maxEmphasisNesting} levels; lectern stops here`, {
        file,
        line: chunk.line,
      })
    }
    const work = closers * tokens
    total += work
    if (work > maxParagraphDelimiterWork || total > budget) {
      throw new LecternError(
        `too many emphasis or strikethrough markers (*, _, ~) in one paragraph (${closers.toLocaleString('en')} that could close, in ${chunk.text.length.toLocaleString('en')} characters) for lectern to render; escape them (\\*) or split the paragraph`,
        { file, line: chunk.line },
      )
    }
  }
}

/** A block quote marker, or a list item marker followed by a space or the end of the line. */
const containerPrefix = /^[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/
/** A list item marker that may interrupt a paragraph: a bullet or the number 1, with content. */
const itemStart = /^(?:[-*+]|0*1[.)])[ \t]+\S/
/** Whether a line may start with a container marker: decided before running the longer pattern. */
const mayOpenContainer = /^[ \t]*[>*+\-\d]/
const atxHeading = /^#{1,6}(?:[ \t]|$)/
const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

/**
 * Split prose into the stretches micromark resolves separately: paragraphs (ended by a blank
 * line, a heading or a new list item), and table rows. Where it cannot tell, it keeps lines
 * together: that over-estimates the work, never under-estimates it.
 */
function* inlineChunks(markdown: string): Generator<Chunk> {
  let line = 1
  for (const piece of splitFences(markdown)) {
    const lines = piece.text.split('\n')
    if (piece.code) {
      line += lines.length - 1
      continue
    }
    let chunk: string[] = []
    let chunkLine = line
    let tableCells = 0
    const flush = function* () {
      if (chunk.length > 0) yield { text: chunk.join('\n'), line: chunkLine }
      chunk = []
    }
    const first = line
    for (let index = 0; index < lines.length; index++) {
      line = first + index
      let content = lines[index]
      let startsItem = false
      while (mayOpenContainer.test(content)) {
        const prefix = containerPrefix.exec(content)
        if (!prefix || prefix[0].length === 0) break
        startsItem ||= itemStart.test(content.trimStart())
        content = content.slice(prefix[0].length)
      }
      if (content.trim() === '') {
        yield* flush()
        tableCells = 0
        continue
      }
      const cells = cellCount(content)
      if (tableCells > 0 && cells > 0) {
        // A table's rows are resolved one by one.
        yield* flush()
        chunkLine = line
        chunk.push(content)
        continue
      }
      tableCells = 0
      const next = lines[index + 1]
      if (cells > 0 && next?.includes('-') && delimiterRow.test(stripContainers(next)) && cells === cellCount(stripContainers(next))) {
        yield* flush()
        tableCells = cells
        yield { text: content, line }
        index++
        continue
      }
      const heading = content[0] === '#' && atxHeading.test(content)
      if (startsItem || heading) yield* flush()
      if (chunk.length === 0) chunkLine = line
      chunk.push(content)
      if (heading) yield* flush()
    }
    yield* flush()
    line = first + lines.length - 1
  }
}

function stripContainers(line: string): string {
  let content = line
  for (let prefix = containerPrefix.exec(content); prefix && prefix[0].length > 0; prefix = containerPrefix.exec(content))
    content = content.slice(prefix[0].length)
  return content
}

/** How many cells a table row has, or 0 for a line without a pipe. */
function cellCount(row: string): number {
  if (!row.includes('|')) return 0
  let trimmed = row.trim()
  if (trimmed.startsWith('|')) trimmed = trimmed.slice(1)
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) trimmed = trimmed.slice(0, -1)
  let cells = 1
  for (let at = 0; at < trimmed.length; at++) {
    if (trimmed[at] === '\\') at++
    else if (trimmed[at] === '|') cells++
  }
  return cells
}

/** 1 for whitespace (and the paragraph's edges), 2 for punctuation, 0 for anything else, as micromark classifies. */
function kind(char: string | undefined): 0 | 1 | 2 {
  if (char === undefined) return 1
  const code = char.charCodeAt(0)
  if (code < 128) {
    if (code <= 32) return 1
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 127 ? 0 : 2
  }
  if (/\s/u.test(char)) return 1
  return /[\p{P}\p{S}]/u.test(char) ? 2 : 0
}

/** What a paragraph's delimiter runs ask of the parser. */
interface RunScan {
  /** Runs of `*`, `_` or `~` that could close emphasis or strikethrough. */
  closers: number
  /** How deep the emphasis and strikethrough they make would nest. */
  depth: number
  /** About how many tokens micromark makes of the paragraph: one per mark or line ending, one per stretch between. */
  tokens: number
}

/** Characters that start a token of their own in micromark's inline text. */
const marks = new Set(['[', ']', '!', '<', '&', '\n', '(', ')'])

/** An opening run still waiting for its closer, and the deepest nesting made inside it so far. */
interface Opener {
  char: string
  inner: number
}

/**
 * Scan a paragraph's runs of `*`, `_` and `~` by micromark's flanking rules (code spans, inline
 * math and escaped characters hold none), pairing each closer with the nearest open run of the
 * same character as micromark does, to count the closers and the depth of the pairs. Runs
 * between a pair no longer open, so the stack pops each run once: linear.
 */
function scanRuns(text: string): RunScan {
  let closers = 0
  let depth = 0
  let tokens = 1
  const spans = spanEnds(text)
  const stack: Opener[] = []
  const waiting = new Map<string, number>()
  for (let at = 0; at < text.length; ) {
    const char = text[at]
    if (char === '\\') {
      at += 2
      continue
    }
    if (char === '`' || char === '$') {
      let end = at + 1
      while (text[end] === char) end++
      at = spans.get(at) ?? end
      continue
    }
    if (char !== '*' && char !== '_' && char !== '~') {
      if (marks.has(char)) tokens += 2
      at++
      continue
    }
    tokens += 2
    let end = at + 1
    while (text[end] === char) end++
    const previous = text[at - 1]
    const next = text[end]
    const before = kind(previous)
    const after = kind(next)
    let open = after === 0 || (after === 2 && before !== 0) || (char !== '~' && next === '~')
    let close = before === 0 || (before === 2 && after !== 0) || (char !== '~' && previous === '~')
    if (char === '_') [open, close] = [open && (before !== 0 || !close), close && (after !== 0 || !open)]
    if (char === '~' && end - at > 2) open = close = false
    at = end
    if (close) closers++
    if (close && (waiting.get(char) ?? 0) > 0) {
      let inner = 0
      for (let opener = stack.pop(); opener; opener = stack.pop()) {
        waiting.set(opener.char, (waiting.get(opener.char) ?? 0) - 1)
        inner = Math.max(inner, opener.inner)
        if (opener.char === char) break
      }
      depth = Math.max(depth, inner + 1)
      const outer = stack[stack.length - 1]
      if (outer) outer.inner = Math.max(outer.inner, inner + 1)
    } else if (open) {
      stack.push({ char, inner: 0 })
      waiting.set(char, (waiting.get(char) ?? 0) + 1)
    }
  }
  return { closers, depth, tokens }
}

/**
 * For each run of backticks or dollars, the end of the next run of the same character and
 * length (where a code span or inline math opened by it closes), if any. Two passes over the
 * paragraph, so runs of many lengths do not each search the rest of it.
 */
function spanEnds(text: string): Map<number, number> {
  const runs: Array<{ start: number; end: number; key: string }> = []
  for (let at = 0; at < text.length; at++) {
    // No escapes here: inside a span a backslash is literal, so `\` may close one.
    const char = text[at]
    if (char === '`' || char === '$') {
      let end = at + 1
      while (text[end] === char) end++
      runs.push({ start: at, end, key: char + (end - at) })
      at = end - 1
    }
  }
  const ends = new Map<number, number>()
  const following = new Map<string, number>()
  for (let index = runs.length - 1; index >= 0; index--) {
    const { start, end, key } = runs[index]
    const close = following.get(key)
    if (close !== undefined) ends.set(start, close)
    following.set(key, end)
  }
  return ends
}
