import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toText } from 'hast-util-to-text'
import type { BlockContent, Blockquote, Html, Paragraph, PhrasingContent } from 'mdast'
import { asCallout } from './callouts.ts'

/*
 * Callouts written as raw HTML, as site templates and pasted posts carry them: minimal-mistakes'
 * `<div class="notice--info">`, Bootstrap's `<div class="alert alert-warning">`, Docusaurus'
 * and MkDocs' `<div class="admonition tip">` (a heading inside), Quarto's `callout-note`. Each
 * becomes the callout a `> [!kind]` block quote makes, instead of a plain block of text.
 * Its words are read into paragraphs here, keeping bold, emphasis, code and links, rather
 * than with hast-util-to-mdast: every build would load that, for a few sentences in a box.
 */

/** Class names that mark a callout, and the kind their suffix or sibling class names. */
const calloutClass = /^(?:notice|alert|admonition|callout|theme-admonition)(?:-{1,2}([a-z]+))?$/
/** Kinds a plain class word names beside the callout's own (`admonition tip`, `alert alert-warning`). */
const kindWords = new Set(['note', 'info', 'tip', 'hint', 'success', 'important', 'warning', 'caution', 'danger', 'error', 'primary'])
/** Bootstrap and minimal-mistakes colours as callout kinds. */
const kindAliases: Record<string, string> = {
  primary: 'note',
  secondary: 'note',
  light: 'note',
  dark: 'note',
  hint: 'tip',
  error: 'danger',
}
/** The part of a callout that holds its title. */
const titleClass = /(?:^|-)(?:heading|title)$/

/** The callout a raw-HTML block stands for, or `undefined` when it is no callout. */
export function htmlCallout(fragment: HastRoot, node: Html): Blockquote | undefined {
  const elements = fragment.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  const [box] = elements
  if (elements.length !== 1 || box.type !== 'element' || !['div', 'aside', 'section', 'p'].includes(box.tagName)) return undefined
  const kind = kindOf(classesOf(box))
  if (!kind) return undefined
  let title = ''
  const content = box.children.filter((child) => {
    if (title || child.type !== 'element') return true
    const isTitle = /^h[1-6]$/.test(child.tagName) || classesOf(child).some((name) => titleClass.test(name))
    if (isTitle) title = toText(child, { whitespace: 'normal' }).trim()
    return !isTitle
  })
  const blocks = blocksOf(content)
  if (blocks.length === 0) return undefined
  // A title that only names the kind ("tip", "Note") is the label the kind gives anyway.
  const named = title && title.toLowerCase() !== kind ? title : ''
  return asCallout({ type: 'blockquote', children: blocks, position: node.position }, kind, named)
}

function classesOf(element: Element): string[] {
  const names = element.properties.className
  return Array.isArray(names) ? names.map((name) => String(name).toLowerCase()) : []
}

/** The callout kind class names give: `notice--info` → info, `alert alert-warning` → warning, a bare `notice` → note. */
function kindOf(classes: string[]): string | undefined {
  const known = (word: string | undefined) => word !== undefined && (kindWords.has(word) || Object.hasOwn(kindAliases, word))
  // `alert-dismissible`, `callout-body`: a part or a behaviour of a box, not a kind of one.
  const marks = classes.flatMap((name) => {
    const found = calloutClass.exec(name)
    return found && (found[1] === undefined || known(found[1])) ? [found] : []
  })
  if (marks.length === 0) return undefined
  const kind = marks.find((mark) => mark[1])?.[1] ?? classes.find((name) => kindWords.has(name)) ?? 'note'
  return kindAliases[kind] ?? kind
}

/** Block elements as paragraphs (a list's items each one), inline ones gathered into the paragraph they sit in. */
function blocksOf(children: ElementContent[]): BlockContent[] {
  const blocks: BlockContent[] = []
  let inline: PhrasingContent[] = []
  const flush = () => {
    const paragraph: Paragraph = { type: 'paragraph', children: trimmed(inline) }
    if (paragraph.children.length > 0) blocks.push(paragraph)
    inline = []
  }
  for (const child of children) {
    if (child.type === 'element' && isBlock(child)) {
      flush()
      if (child.children.some((each) => each.type === 'element' && isBlock(each))) blocks.push(...blocksOf(child.children))
      else {
        inline = phrasingOf(child.children)
        flush()
      }
    } else inline.push(...phrasingOf([child]))
  }
  flush()
  return blocks
}

const blockTags = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'section',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'aside',
  'pre',
  'table',
])

function isBlock(element: Element): boolean {
  return blockTags.has(element.tagName)
}

function phrasingOf(children: ElementContent[]): PhrasingContent[] {
  return children.flatMap((child): PhrasingContent[] => {
    if (child.type === 'text') return [{ type: 'text', value: child.value.replace(/\s+/g, ' ') }]
    if (child.type !== 'element') return []
    if (child.tagName === 'br') return [{ type: 'break' }]
    if (child.tagName === 'code') return [{ type: 'inlineCode', value: toText(child) }]
    const inner = phrasingOf(child.children)
    if (child.tagName === 'strong' || child.tagName === 'b') return [{ type: 'strong', children: inner }]
    if (child.tagName === 'em' || child.tagName === 'i') return [{ type: 'emphasis', children: inner }]
    if (child.tagName === 'a' && typeof child.properties.href === 'string')
      return [{ type: 'link', url: child.properties.href, children: inner }]
    return inner
  })
}

/** Phrasing without the blank space the HTML's indentation left at either end. */
function trimmed(children: PhrasingContent[]): PhrasingContent[] {
  const kept = [...children]
  const first = kept[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = kept[kept.length - 1]
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return kept.filter((child) => child.type !== 'text' || child.value !== '')
}
