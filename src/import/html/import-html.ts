import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import { unified } from 'unified'
import { VFile } from 'vfile'
import rehypeDropChrome from './drop-chrome.ts'
import rehypeLazyImages from './lazy-images.ts'
import rehypeMainContent, { type ContentFinder } from './main-content.ts'
import rehypeReadMeta from './meta.ts'
import rehypeReadingTime from './reading-time.ts'
import rehypeTitleHeading from './title.ts'
import type { ImportOptions } from '../import-options.ts'
import remarkMatter from '../remark-matter.ts'
import { stringifyMarkdown } from '../stringify-markdown.ts'

/**
 * The HTML import pipeline, in order: metadata, reading time, real image sources (and their
 * lines in the page), main content, chrome out, title, to mdast, frontmatter.
 */
function htmlPipeline(finder: ContentFinder) {
  return unified()
    .use(rehypeParse)
    .use(rehypeReadMeta)
    .use(rehypeReadingTime)
    .use(rehypeLazyImages)
    .use(rehypeMainContent, { finder })
    .use(rehypeDropChrome)
    .use(rehypeTitleHeading)
    .use(rehypeRemark)
    .use(remarkMatter)
    .freeze()
}

const pipelines = { readability: htmlPipeline('readability'), lectern: htmlPipeline('lectern') }

/**
 * Convert a saved web page into lectern markdown: the main content only (headings,
 * paragraphs, lists, code, tables, images, links), frontmatter from the page's metadata,
 * `#` title then `##` sections. Returns a `VFile` whose `value` is the markdown.
 */
export function importHtml(html: string, options: ImportOptions & { finder?: ContentFinder } = {}): VFile {
  const file = new VFile({ path: options.path, value: html })
  const pipeline = pipelines[options.finder ?? 'readability']
  const tree = pipeline.runSync(pipeline.parse(file), file)
  file.value = stringifyMarkdown(tree)
  return file
}
