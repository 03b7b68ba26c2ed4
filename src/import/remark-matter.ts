import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { hasMatter, matterToYaml } from './matter.ts'

/** Remark plugin: open the document with frontmatter and the `#` title from `file.data.importedMatter`. */
export default function remarkMatter() {
  return (tree: Root, file: VFile) => {
    const matter = file.data.importedMatter ?? {}
    const head: Root['children'] = []
    // The writer's own frontmatter (a Jekyll post written in HTML) is the article's, whole, as in a
    // markdown post; what the page's metadata says stands in for it only where there is none.
    const written = file.data.writtenMatter
    if (written !== undefined) head.push({ type: 'yaml', value: written })
    else if (hasMatter(matter)) head.push(matterToYaml(matter))
    if (matter.title) {
      const position = file.data.importedTitlePosition
      head.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: matter.title, position }], position })
    }
    tree.children.unshift(...head)
  }
}
