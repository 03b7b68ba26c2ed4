import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { parse, YAMLParseError } from 'yaml'
import { LecternError } from './errors.ts'
import { resolveOptions } from './options.ts'

/**
 * Reads the YAML frontmatter into `file.data.frontmatter` and resolves the deck options
 * into `file.data.options`. Malformed YAML is a user error with line and column.
 */
export function remarkDeckFrontmatter() {
  return function (tree: Root, file: VFile) {
    const node = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined
    let frontmatter: Record<string, unknown> = {}
    if (node) {
      if (node.position) file.data.frontmatterPosition = node.position
      frontmatter = parseYaml(node.value, node.position?.start.line ?? 1, file)
    }
    file.data.frontmatter = frontmatter
    file.data.options = resolveOptions(frontmatter, file.data.overrides ?? {}, file)
  }
}

function parseYaml(source: string, fenceLine: number, file: VFile): Record<string, unknown> {
  let value: unknown
  try {
    value = parse(source, { prettyErrors: true })
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const [pos] = error.linePos ?? []
      throw new LecternError(`invalid frontmatter: ${error.message.split('\n')[0]}`, {
        file: file.path || undefined,
        // The YAML starts on the line after the opening `---`.
        line: pos ? fenceLine + pos.line : fenceLine,
        column: pos?.col,
        cause: error,
      })
    }
    throw error
  }
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new LecternError('invalid frontmatter: expected `key: value` pairs', {
      file: file.path || undefined,
      line: fenceLine + 1,
      column: 1,
    })
  }
  return value as Record<string, unknown>
}
