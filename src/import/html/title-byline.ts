import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { isPersonName } from '../../core/meta.ts'
import { dayOf } from './published-date.ts'

/** A byline under a title is a short line: a name, a word and a date. */
const bylineCharacters = 80

/** "by Craig Silverstein on Nov 23, 2015", "Jane Doe · 3 March 2021", "Jane Doe — 2021-03-03". */
const nameThenDate = /^(?:by\s+)?(.+?)\s*(?:\s+on\s+|\s*[·•|—–]\s*|\s+-\s+|,\s+)(.+)$/iu

/**
 * Rehype plugin: the line right under the page's title that says who wrote the post and when
 * (Khan Academy's engineering blog: `<h1>…</h1><div class="info"><span class="sr-only">by</span>
 * <a class="author-link">Craig Silverstein</a> on Nov 23, 2015</div>`) gives the author and date
 * the page's metadata did not, and is taken out of the prose: the title slide shows them. Only
 * the line next to the page's `<h1>`: a sidebar's list of other posts prints the same kind of
 * line under each of their titles.
 */
export default function rehypeTitleByline() {
  return (tree: Root, file: VFile) => {
    const matter = file.data.importedMatter ?? {}
    if (matter.author && matter.date) return
    // The page's title: the `<h1>` that reads as its `<title>` (a site's logo is an `<h1>` too), else the first.
    const headings: Array<{ parent: Element | Root; index: number; text: string }> = []
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'h1' && index !== undefined && parent) headings.push({ parent, index, text: plain(toText(node)) })
    })
    const wanted = plain(matter.title ?? '')
    const title = headings.find((heading) => wanted !== '' && heading.text === wanted) ?? headings[0]
    if (!title) return
    const { parent, index } = title
    const next = parent.children
      .slice(index + 1)
      .find((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''))
    if (next?.type !== 'element') return
    const text = toText(next).replace(/\s+/gu, ' ').trim()
    if (text.length > bylineCharacters) return
    const found = nameThenDate.exec(text)
    const name = found?.[1].trim()
    const day = found && dayOf(found[2].trim())
    if (!name || !day || !isPersonName(name)) return
    file.data.importedMatter = { ...matter, author: matter.author ?? name, date: matter.date ?? day }
    next.children = []
  }
}

function plain(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase()
}
