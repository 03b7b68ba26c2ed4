import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import rehypeRemark from 'rehype-remark'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { mapSourcePlaces } from '../../core/source-places.ts'
import rehypeDropChrome from './drop-chrome.ts'
import rehypeFootnotes, { footnoteHandlers } from './footnotes.ts'
import rehypeLayoutTables from './layout-tables.ts'
import rehypeLazyImages from './lazy-images.ts'
import rehypeCellLists from './cell-lists.ts'
import rehypeTitleByline from './title-byline.ts'
import rehypeFooterMark from './footer-mark.ts'
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
 * lines in the page), main content, chrome out, layout tables unwrapped, title, footnotes, to mdast, frontmatter.
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

const pipelines = { readability: htmlPipeline('readability'), lectern: htmlPipeline('lectern') }

/** Reads the written markdown back, as the deck pipeline will, to pair its nodes with the page's. */
const readBack = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkFrontmatter).freeze()

/** Whether a page loads a math typesetter (MathJax, KaTeX), so that its `$…$` are formulas. */
function typesetsMath(html: string): boolean {
  return (
    /<script\b[^>]*\bsrc\s*=\s*["']?[^"'>]*(?:mathjax|katex)/i.test(html) ||
    /MathJax\.Hub\.Config|window\.MathJax\s*=|renderMathInElement/.test(html)
  )
}

/**
 * Convert a saved web page into lectern markdown: the main content only (headings,
 * paragraphs, lists, code, tables, images, links), frontmatter from the page's metadata,
 * `#` title then `##` sections. Returns a `VFile` whose `value` is the markdown, and in
 * `data.sourcePlaces` where its nodes came from in the page, for warnings about them.
 */
export function importHtml(html: string, options: ImportOptions & { finder?: ContentFinder } = {}): VFile {
  const file = new VFile({ path: options.path, value: html })
  const pipeline = pipelines[options.finder ?? 'readability']
  const tree = pipeline.runSync(pipeline.parse(file), file)
  const markdown = stringifyMarkdown(tree)
  file.data.sourcePlaces = mapSourcePlaces(tree, readBack.parse(markdown))
  file.value = markdown
  return file
}
