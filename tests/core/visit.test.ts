import type { Parent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Node } from 'unist'
import { type VisitorResult, EXIT as libraryExit, SKIP as librarySkip, visit as library } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { EXIT, SKIP, visit } from '../../src/core/visit.ts'

const markdown = [
  '# Title',
  '',
  'A paragraph with *emphasis*, `code` and a [link](https://example.com).',
  '',
  '> A quotation with **strong** words.',
  '',
  '- one',
  '- two *three*',
  '',
  '## Next',
  '',
  'Last words.',
].join('\n')

type Walk = typeof visit

/** Every visit a walk makes, as "type index parent". */
function visits(walk: Walk, test: string | undefined, answer: (node: Node, index?: number, parent?: Parent) => VisitorResult): string[] {
  const seen: string[] = []
  const tree = unified().use(remarkParse).parse(markdown)
  const visitor = (node: Node, index?: number, parent?: Parent) => {
    seen.push(`${node.type} ${index} ${parent?.type}`)
    return answer(node, index, parent)
  }
  if (test) walk(tree, test, visitor)
  else walk(tree, visitor)
  seen.push(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)))
  return seen
}

describe('visit', () => {
  it('should visit every node in the order unist-util-visit does', () => {
    expect(visits(visit, undefined, () => undefined)).toEqual(visits(library, undefined, () => undefined))
  })

  it('should visit only the nodes of a type, as unist-util-visit does', () => {
    expect(visits(visit, 'emphasis', () => undefined)).toEqual(visits(library, 'emphasis', () => undefined))
  })

  it('should skip a node’s children and stop at the same nodes as unist-util-visit', () => {
    const answers = (skip: VisitorResult, exit: VisitorResult) => (node: Node) =>
      node.type === 'blockquote' ? skip : node.type === 'listItem' ? exit : undefined
    expect(visits(visit, undefined, answers(SKIP, EXIT))).toEqual(visits(library, undefined, answers(librarySkip, libraryExit)))
  })

  it('should go on at the index a visitor returns after changing its parent, as unist-util-visit does', () => {
    // Each emphasis is replaced by its children, and the walk goes on at the first of them.
    const unwrap = (node: Node, index?: number, parent?: Parent) => {
      if (node.type !== 'emphasis' || !parent || index === undefined) return undefined
      parent.children.splice(index, 1, ...(node as Parent).children)
      return index
    }
    const seen = visits(visit, undefined, unwrap)
    expect(seen).toEqual(visits(library, undefined, unwrap))
    expect(seen.at(-1)).not.toContain('"type":"emphasis"')
  })
})
