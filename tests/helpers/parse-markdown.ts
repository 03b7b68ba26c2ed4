import type { Nodes, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import YAML from 'yaml'

/** A top-level block as a reader sees it: its kind and its rendered words. */
export interface Block {
  type: string
  depth?: number
  ordered?: boolean
  text: string
  items?: string[]
}

/** Parse lectern markdown the way the deck pipeline will: frontmatter values and top-level blocks. */
export function parseMarkdown(markdown: string): { matter: Record<string, unknown>; blocks: Block[]; tree: Root } {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(markdown)
  const yaml = tree.children.find((node) => node.type === 'yaml')
  const matter = yaml ? (YAML.parse(yaml.value) as Record<string, unknown>) : {}
  const blocks = tree.children.filter((node) => node.type !== 'yaml').map(toBlock)
  return { matter, blocks, tree }
}

function toBlock(node: RootContent): Block {
  const block: Block = { type: node.type, text: toString(node) }
  if (node.type === 'heading') block.depth = node.depth
  if (node.type === 'list') {
    block.ordered = Boolean(node.ordered)
    block.items = node.children.map((item) => toString(item))
  }
  return block
}

/** The headings, as `## Text`. */
export function headings(blocks: Block[]): string[] {
  return blocks.filter((block) => block.type === 'heading').map((block) => `${'#'.repeat(block.depth!)} ${block.text}`)
}

/** Every node of one type in the tree, in document order. */
export function nodesOfType<Type extends Nodes['type']>(tree: Root, type: Type): Array<Extract<Nodes, { type: Type }>> {
  const found: Array<Extract<Nodes, { type: Type }>> = []
  visit(tree, type, (node) => {
    found.push(node as Extract<Nodes, { type: Type }>)
  })
  return found
}
