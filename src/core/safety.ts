import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast'
import { raw } from 'hast-util-raw'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import type { VFile } from 'vfile'

/*
 * Raw HTML in an article is parsed and sanitized by default: no scripts, no event handlers.
 * Unsafe URLs in markdown links are removed earlier, by `remarkLinks`. `allowHtml: true`
 * keeps everything as written.
 */

/** What the sanitizer keeps of the article's own content: GitHub's rules, plus classes and a few tags. */
const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', 'u', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'data*', 'title', 'lang', 'dir'],
    time: ['dateTime'],
  },
}

/**
 * Parse raw HTML (when the article has any) and sanitize the article's content unless
 * `allowHtml`. lectern's own structure (slide sections, notes, key points) is not the
 * article's and is left as it is: the sanitizer would strip its classes and ids.
 */
export function rehypeDeckSafety() {
  return function (tree: HastRoot, file: VFile): HastRoot {
    if (!file.data.hasHtml) return tree
    const parsed = raw(tree, { file }) as HastRoot
    if (!file.data.options?.allowHtml) sanitizeContent(parsed)
    return parsed
  }
}

/** Properties lectern's own wrappers carry; anything else on them is dropped. */
const ownProperties = new Set(['className', 'id', 'dataTiming', 'dataLecternTitle', 'dataLecternGroup', 'dateTime'])
const ownTags = new Set(['section', 'aside', 'ul', 'p', 'span', 'time'])

/**
 * lectern's own wrappers, told by tag and class. Raw HTML can imitate one, so wrappers keep
 * only {@link ownProperties} and their content is sanitized like the rest.
 */
function isOwn(node: ElementContent | RootContent): node is Element {
  if (node.type !== 'element' || !ownTags.has(node.tagName)) return false
  const classes = (node.properties.className as string[] | undefined) ?? []
  return classes.some((name) => name === 'notes' || name.startsWith('lectern-'))
}

function sanitizeContent(parent: HastRoot | Element): void {
  const children: Array<ElementContent | RootContent> = []
  for (const child of parent.children) {
    if (isOwn(child)) {
      child.properties = Object.fromEntries(Object.entries(child.properties).filter(([key]) => ownProperties.has(key)))
      sanitizeContent(child)
      children.push(child)
    } else {
      children.push(...(sanitize({ type: 'root', children: [child] } as HastRoot, schema) as HastRoot).children)
    }
  }
  parent.children = children as typeof parent.children
}
