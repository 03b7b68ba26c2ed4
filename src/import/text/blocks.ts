/** A run of non-blank lines, with where it sits in the source. */
export interface TextBlock {
  /** The lines, without trailing whitespace. */
  lines: string[]
  /** 1-based source line of the first line. */
  line: number
  /** Blank lines before the block (the start of the text counts as two). */
  blankBefore: number
}

/** Group lines into blocks separated by blank lines. */
export function textBlocks(lines: string[]): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: TextBlock | undefined
  let blank = 2
  lines.forEach((text, index) => {
    if (text.trim() === '') {
      current = undefined
      blank++
      return
    }
    if (!current) {
      current = { lines: [], line: index + 1, blankBefore: blank }
      blocks.push(current)
    }
    current.lines.push(text)
    blank = 0
  })
  return blocks
}
