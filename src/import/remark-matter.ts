import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { hasMatter, matterToYaml } from './matter.ts'

/** Remark plugin: open the document with frontmatter and the `#` title from `file.data.importedMatter`. */
export default function remarkMatter() {
  return (tree: Root, file: VFile) => {
    const matter = file.data.importedMatter ?? {}
    const head: Root['children'] = []
    if (hasMatter(matter)) head.push(matterToYaml(matter))
    if (matter.title) {
      const position = file.data.importedTitlePosition
      head.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: matter.title, position }], position })
    }
    tree.children.unshift(...head)
  }
}
