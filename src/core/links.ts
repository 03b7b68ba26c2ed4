import type { Definition, Image, Link, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Position } from 'unist'
import type { VFile } from 'vfile'

/*
 * One walk over the article's links, images and raw HTML (the article can be large, so
 * the checks share it): unsafe URLs are removed unless `allowHtml`, local images are
 * collected for the build to copy, and raw HTML is noted for the safety step.
 */

/** A file the article refers to by a relative URL (an image), which a build must ship beside the deck. */
export interface AssetReference {
  url: string
  position?: Position
}

const safeProtocols = /^(https?|mailto|tel):/i

export function remarkLinks() {
  return function (tree: Root, file: VFile) {
    const allowHtml = file.data.options?.allowHtml ?? false
    const images: Array<Image | Definition> = []
    const imageIds = new Set<string>()
    let hasHtml = false
    visit(tree, (node) => {
      if (node.type === 'html') hasHtml = true
      else if (node.type === 'imageReference') imageIds.add(node.identifier)
      else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        if (!allowHtml) removeUnsafeUrl(node, file)
        if (node.type !== 'link') images.push(node)
      }
    })
    file.data.hasHtml = hasHtml
    file.data.assets = images
      .filter((node) => (node.type === 'image' || imageIds.has(node.identifier)) && isLocal(node.url))
      .map((node) => ({ url: node.url, position: node.position }))
  }
}

function removeUnsafeUrl(node: Link | Image | Definition, file: VFile): void {
  if (isSafeUrl(node.url, node.type === 'image')) return
  file.message(`Removed an unsafe URL (\`${node.url.slice(0, 40)}\`); set \`allowHtml: true\` to keep it`, {
    place: node.position,
    ruleId: 'unsafe-url',
    source: 'lectern',
  })
  node.url = ''
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

/** A URL that names a file beside the article: no scheme, no protocol-relative `//`, not a fragment. */
export function isLocal(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#')
}
