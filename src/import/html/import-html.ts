import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import rehypeRemark from 'rehype-remark'
import { unified } from 'unified'
import { VFile } from 'vfile'
import YAML from 'yaml'
import { mapSourcePlaces } from '../../core/source-places.ts'
import rehypeDropChrome from './drop-chrome.ts'
import rehypeFootnotes, { footnoteHandlers } from './footnotes.ts'
import rehypeLayoutTables from './layout-tables.ts'
import rehypeLazyImages from './lazy-images.ts'
import rehypeCellLists from './cell-lists.ts'
import rehypeTitleByline from './title-byline.ts'
import rehypeFooterMark from './footer-mark.ts'
import rehypeQuoteCredits from './quote-credits.ts'
import rehypeNotebookPrompts from './notebook-prompts.ts'
import rehypeUnclosedLists from './unclosed-lists.ts'
import rehypeMainContent, { type ContentFinder } from './main-content.ts'
import { mediaHandlers } from './media.ts'
import remarkPageTex from './page-tex.ts'
import rehypeReadMeta from './meta.ts'
import rehypePublishedDate from './published-date.ts'
import rehypeReadingTime from './reading-time.ts'
import rehypeTitleHeading from './title.ts'
import type { ImportOptions } from '../import-options.ts'
import remarkMatter from '../remark-matter.ts'
import { stringifyMarkdown } from '../stringify-markdown.ts'

/**
 * The HTML import pipeline, in order: metadata, reading time, real image sources (and their
 * lines in the page), quotations' credits, main content, chrome out, layout tables unwrapped, title, footnotes, to mdast, frontmatter.
 */
function htmlPipeline(finder: ContentFinder) {
  return unified()
    .use(rehypeParse)
    .use(rehypeReadMeta)
    .use(rehypeReadingTime)
    .use(rehypePublishedDate)
    .use(rehypeTitleByline)
    .use(rehypeLazyImages)
    .use(rehypeUnclosedLists)
    .use(rehypeNotebookPrompts)
    .use(rehypeQuoteCredits)
    .use(rehypeFooterMark)
    .use(rehypeMainContent, { finder })
    .use(rehypeDropChrome)
    .use(rehypeLayoutTables)
    .use(rehypeCellLists)
    .use(rehypeTitleHeading)
    .use(rehypeFootnotes)
    .use(rehypeRemark, { handlers: { ...footnoteHandlers, ...mediaHandlers } })
    .use(remarkPageTex, { typeset: (file) => typesetsMath(String(file.value)) })
    .use(remarkMatter)
    .freeze()
}

const pipelines = { readability: htmlPipeline('readability'), lectern: htmlPipeline('lectern'), whole: htmlPipeline('whole') }

/** Reads the written markdown back, as the deck pipeline will, to pair its nodes with the page's. */
const readBack = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkFrontmatter).freeze()

/**
 * Whether a page loads a math typesetter (MathJax, KaTeX), or is a notebook Jupyter typesets, so that its `$…$` are formulas; or marks its formulas as
 * Pandoc does for one (`<span class="math inline">\\(…\\)</span>`, the R Markdown and Quarto pages of review 133, whose
 * script loads MathJax by a URL it builds at run time).
 */
function typesetsMath(html: string): boolean {
  return (
    /<script\b[^>]*\bsrc\s*=\s*["']?[^"'>]*(?:mathjax|katex)/i.test(html) ||
    /MathJax\.Hub\.Config|window\.MathJax\s*=|renderMathInElement/.test(html) ||
    /<span\b[^>]*\bclass\s*=\s*["']math\s+(?:inline|display)["']/i.test(html) ||
    // (A notebook exported by nbconvert, whose markdown cells Jupyter typesets with MathJax wherever they are shown: "$$ y_i =
    // \theta_0 + … $$" between its cells (review 148, a post on linear regression in four ways, its site's layout loading
    // MathJax, not the post) was escaped into "y\_i" and shown as TeX.)
    /\bclass\s*=\s*["'][^"']*\b(?:text_cell_render|jp-RenderedMarkdown|jp-MarkdownOutput)\b/i.test(html)
  )
}

/**
 * A page a site generator builds from HTML source (a Jekyll post written as `.html`) opens with
 * the writer's YAML frontmatter, as a markdown post does: its title, date and description are the
 * article's, and its text is no content. (A saved page never starts with it.)
 */
export const writtenFrontmatter = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/

/**
 * The page with its frontmatter block left blank, line for line (the block goes to the markdown
 * whole, see remark-matter.ts), and the Liquid output that prints one of its values
 * (`<em>{{ page.description }}</em>` under the title) written as that value, as Jekyll does.
 * Other template tags stay for the deck's own pass, which leaves them out and says so.
 */
function withFrontmatterRead(html: string, written: RegExpExecArray): string {
  let values: unknown
  try {
    values = YAML.parse(written[1] ?? '', { maxAliasCount: 100 })
  } catch {
    values = undefined
  }
  const body = html.slice(written[0].length).replace(/\{\{-?\s*page\.([A-Za-z_][\w-]*)\s*-?\}\}/g, (tag, key: string) => {
    const value = values && typeof values === 'object' && Object.hasOwn(values, key) ? (values as Record<string, unknown>)[key] : undefined
    return typeof value === 'string' || typeof value === 'number' ? escapeHtml(String(value)) : tag
  })
  return written[0].replace(/[^\n]/g, '') + body
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Convert a saved web page into lectern markdown: the main content only (headings,
 * paragraphs, lists, code, tables, images, links), frontmatter from the page's metadata,
 * `#` title then `##` sections. Returns a `VFile` whose `value` is the markdown, and in
 * `data.sourcePlaces` where its nodes came from in the page, for warnings about them.
 */
export function importHtml(html: string, options: ImportOptions & { finder?: ContentFinder } = {}): VFile {
  const written = writtenFrontmatter.exec(html)
  const file = new VFile({ path: options.path, value: written ? withFrontmatterRead(html, written) : html })
  if (written) file.data.writtenMatter = written[1] ?? ''
  // ("<hr>⏎<div><h4>Supporting Let’s Encrypt</h4><p>As a nonprofit project…" at the end of a post written as
  // HTML under its frontmatter (review 97): Readability took the last section for a page's chrome and
  // it was said nowhere. Such a file is the writer's article and nothing else: all of it is read.)
  const pipeline = pipelines[written && !options.finder ? 'whole' : (options.finder ?? 'readability')]
  const tree = pipeline.runSync(pipeline.parse(file), file)
  const markdown = stringifyMarkdown(tree)
  file.data.sourcePlaces = mapSourcePlaces(tree, readBack.parse(markdown))
  file.value = markdown
  return file
}
