import type { VFile } from 'vfile'

/** Longest excerpt of a line quoted in a warning. */
const excerptLength = 50

/** Quote a line for a warning, shortened so the warning stays on one terminal line. */
export function quoteLine(text: string): string {
  const trimmed = text.trim()
  return `"${trimmed.length > excerptLength ? `${trimmed.slice(0, excerptLength - 1)}…` : trimmed}"`
}

/** Warn about source line `line` (1-based), pointing at its first non-blank character. */
export function warnAtLine(file: VFile, reason: string, line: number, text: string, ruleId: string): void {
  const column = text.length - text.trimStart().length + 1
  file.message(reason, { place: { line, column }, source: 'lectern', ruleId })
}
