import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { EXIT, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { isKnownWord } from '../../core/key-points/tagging.ts'
import { isPersonName } from '../../core/person-names.ts'
import { dayOf } from './published-date.ts'
import { titleHeading } from './title.ts'

/** A byline under a title is a short line: a name, a word and a date. */
const bylineCharacters = 80

/** A date written out is a short line: "Sunday, 19 December 2021" at most. */
const dateCharacters = 32

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
    // (The title step's `<h1>`, found before the content is: a sidebar's posts have their own titles and lines.)
    const heading = titleHeading(tree, matter.title)
    let title: { parent: Element | Root; index: number } | undefined
    visit(tree, 'element', (node, index, parent) => {
      if (node !== heading || index === undefined || !parent) return undefined
      title = { parent, index }
      return EXIT
    })
    if (!title) return
    const { parent, index } = title
    const next = parent.children
      .slice(index + 1)
      .find((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''))
    if (next?.type !== 'element') return
    const text = toText(next).replace(/\s+/gu, ' ').trim()
    if (text.length > bylineCharacters) return
    // ("<small> 2021 Dec 19 </small>" under the title of Vitalik Buterin's saved post (review 144): a line of the date alone.)
    const alone = !matter.date && text.length <= dateCharacters ? dayOf(text) : undefined
    if (alone) {
      file.data.importedMatter = { ...matter, date: alone }
      next.children = []
      return
    }
    const found = nameThenDate.exec(text)
    const name = found?.[1].trim()
    // ("Sun 22 March 2015, in category Physics": the date, then where the site filed the post.)
    const when = found?.[2].trim()
    const day = when && (dayOf(when) ?? dayOf(when.split(/,\s+/u)[0]))
    // (After "By", a handle is the author's name as the site gives it: "By 0x7df, Sun 22 March 2015";
    // not a word of the language, "By default, …".)
    const handle = name !== undefined && /^by\s/iu.test(text) && /^[\p{L}\p{N}_.-]{2,30}$/u.test(name) && !isKnownWord(name.toLowerCase())
    if (!name || !day || !(isPersonName(name) || handle)) return
    file.data.importedMatter = { ...matter, author: matter.author ?? name, date: matter.date ?? day }
    next.children = []
  }
}
