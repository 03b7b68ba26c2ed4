import type { Element, Root as HastRoot } from 'hast'
import type { VFile } from 'vfile'
import { visit } from './visit.ts'

/**
 * A listing's title, as docs sites write it in the fence's info string and show it over the box: Docusaurus's
 * `title="vite.config.ts"`, Quarto's and others' `filename="run.py"`, Zenn's and Qiita's `rust:src/main.rs`, and the tab of a VitePress code group,
 * ```` ```ts [playwright] ```` (Vitest 4's release post, review 122: three configurations on three slides, none saying
 * which provider each was for). Undefined where the info string names none.
 */
export function codeTitle(meta: string | null | undefined): string | undefined {
  if (!meta) return undefined
  const named = /(?:^|\s)(?:title|filename|file)=(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^\s"'{}]{1,80}))/.exec(meta)
  const tab = /^\s*\[([^\]\n]{1,60})\]/.exec(meta)
  // (Or a file's name alone, as Zenn's and Qiita's ```` ```rust:src/main.rs ```` leaves it: see block-syntax.ts.)
  const file = /^\s*([\w.@~/-]{1,80}\.[A-Za-z][A-Za-z0-9]{0,7})\s*$/.exec(meta)
  const title = (named?.[1] ?? named?.[2] ?? named?.[3] ?? tab?.[1] ?? file?.[1])?.trim()
  return title || undefined
}

/**
 * Set each titled listing's title on its `<pre>` (`data-lectern-title`), which base.css shows over the lines, on every
 * slide a long listing is split over. After the article's HTML is made safe: the title is an attribute of lectern's,
 * read from the fence, and its value is text (CSS `attr()` shows it as written).
 */
export function rehypeCodeTitles() {
  return function (tree: HastRoot, file: VFile) {
    if (!file.data.hasCode) return
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
      const title = codeTitle((code?.data as { meta?: string } | undefined)?.meta)
      if (title) node.properties.dataLecternTitle = title
    })
  }
}
