import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'

/** Where a frontmatter key is, for a warning about its value: its own line, else the block's start. */
export function frontmatterPlace(file: VFile, key: string): Point | Position | undefined {
  const line = file.data.frontmatterLines?.[key]
  return line ? { line, column: 1 } : file.data.frontmatterPosition
}
