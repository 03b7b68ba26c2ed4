import type { Element, Root as HastRoot } from 'hast'
import { toText } from 'hast-util-to-text'
import type { Blockquote, Html } from 'mdast'
import { asCallout } from './callouts.ts'
import { blocksOf } from './html-prose.ts'

/*
 * Callouts written as raw HTML, as site templates and pasted posts carry them: minimal-mistakes'
 * `<div class="notice--info">`, Bootstrap's `<div class="alert alert-warning">`, Docusaurus'
 * and MkDocs' `<div class="admonition tip">` (a heading inside), Quarto's `callout-note`. Each
 * becomes the callout a `> [!kind]` block quote makes, instead of a plain block of text.
 * Its words are read into paragraphs by html-prose.ts, keeping bold, emphasis, code and links.
 */

/** Class names that mark a callout, and the kind their suffix or sibling class names. */
const calloutClass = /^(?:notice|alert|admonition|callout|theme-admonition)(?:-{1,2}([a-z]+))?$/
/** Kinds a plain class word names beside the callout's own (`admonition tip`, `alert alert-warning`). */
const kindWords = new Set(['note', 'info', 'tip', 'hint', 'success', 'important', 'warning', 'caution', 'danger', 'error', 'primary'])
/** Kinds a box's only class may name on its own. */
const bareKinds = new Set(['note', 'tip', 'hint', 'info', 'warning', 'caution', 'important', 'danger'])
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
  // (A box whose one class is a kind, `<p class="note">`, `<div class="warning">`, is that kind's box.)
  if (marks.length === 0) return classes.length === 1 && bareKinds.has(classes[0]) ? (kindAliases[classes[0]] ?? classes[0]) : undefined
  const kind = marks.find((mark) => mark[1])?.[1] ?? classes.find((name) => kindWords.has(name)) ?? 'note'
  return kindAliases[kind] ?? kind
}
