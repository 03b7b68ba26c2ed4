import type { Root as HastRoot } from 'hast'
import { raw } from 'hast-util-raw'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import type { Root, Link, Image, Definition } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/*
 * Raw HTML in an article is parsed and sanitized by default: no scripts, no event handlers,
 * no `javascript:` URLs. `allowHtml: true` keeps it as written.
 */

const safeProtocols = /^(https?|mailto|tel):/i

/** Removes unsafe URLs from links and images in the markdown (raw HTML is handled by the sanitizer). */
export function remarkSafeUrls() {
  return function (tree: Root, file: VFile) {
    if (file.data.options?.allowHtml) return
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
      const target = node as Link | Image | Definition
      if (isSafeUrl(target.url, node.type === 'image')) return
      file.message(`Removed an unsafe URL (\`${target.url.slice(0, 40)}\`); set \`allowHtml: true\` to keep it`, {
        place: node.position,
        ruleId: 'unsafe-url',
        source: 'lectern',
      })
      target.url = ''
    })
  }
}

function isSafeUrl(url: string, image: boolean): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: `java\tscript:` runs.
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '')
  const colon = compact.indexOf(':')
  if (colon === -1) return true
  const slash = compact.search(/[/?#]/)
  if (slash !== -1 && slash < colon) return true // a relative path that merely contains ':'
  if (image && /^data:image\/(png|gif|jpe?g|webp|avif|svg\+xml);/i.test(compact)) return true
  return safeProtocols.test(compact)
}

/** What the sanitizer keeps: GitHub's rules plus the structure and classes lectern itself writes. */
const schema: Schema = {
  ...defaultSchema,
  // Slide ids are URL hashes; they must not be prefixed.
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'aside', 'time', 'figure', 'figcaption', 'mark', 'u'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id', 'data*', 'title', 'lang', 'dir'],
    time: ['dateTime'],
  },
}

/** Parse raw HTML (when the article has any) and sanitize it unless `allowHtml`. */
export function rehypeDeckSafety() {
  return function (tree: HastRoot, file: VFile): HastRoot {
    let hasRaw = false
    visit(tree, 'raw', () => {
      hasRaw = true
      return false
    })
    if (!hasRaw) return tree
    const parsed = raw(tree, { file }) as HastRoot
    return file.data.options?.allowHtml ? parsed : (sanitize(parsed, schema) as HastRoot)
  }
}
