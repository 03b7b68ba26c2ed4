import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Position } from 'unist'
import type { VFile } from 'vfile'

/** A file the article refers to by a relative URL (an image), which a build must ship beside the deck. */
export interface AssetReference {
  url: string
  position?: Position
}

/** Collects the article's local image references into `file.data.assets`. */
export function remarkCollectAssets() {
  return function (tree: Root, file: VFile) {
    const assets: AssetReference[] = []
    const imageIds = new Set<string>()
    visit(tree, 'imageReference', (node) => {
      imageIds.add(node.identifier)
    })
    visit(tree, (node) => {
      const image = node.type === 'image' || (node.type === 'definition' && imageIds.has(node.identifier))
      if (image && isLocal(node.url)) assets.push({ url: node.url, position: node.position })
    })
    file.data.assets = assets
  }
}

/** A URL that names a file beside the article: no scheme, no protocol-relative `//`, not a fragment. */
export function isLocal(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#')
}
