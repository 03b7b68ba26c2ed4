import { VFile } from 'vfile'
import { LecternError } from '../core/errors.ts'
import { importHtml, writtenFrontmatter } from './html/import-html.ts'
import { importText } from './text/import-text.ts'

const asWritten = (text: string, options: { path: string }) => new VFile({ path: options.path, value: text })

/**
 * Importers by lowercase file extension. Markdown passes through unchanged: MDX (Docusaurus,
 * Astro), Quarto and R Markdown posts too, whose own syntax the deck pipeline reads.
 */
const importers: Record<string, (text: string, options: { path: string }) => VFile> = {
  '.txt': importText,
  '.text': importText,
  '.html': importHtml,
  '.htm': importHtml,
  '.md': asWritten,
  '.markdown': asWritten,
  '.mdx': asWritten,
  '.qmd': asWritten,
  '.rmd': asWritten,
  '.rmarkdown': asWritten,
  // Lektor's page, `contents.lr`: its fields around a markdown body (see core/metadata-lines.ts).
  '.lr': asWritten,
}

/**
 * Convert an article to lectern markdown, choosing the importer by the extension of
 * `options.path`. Throws a `LecternError` for an extension no importer reads.
 */
export function importArticle(text: string, options: { path: string }): VFile {
  // No `node:path`: the core also runs in the browser.
  const extension = /\.[^./\\]+$/u.exec(options.path)?.[0].toLowerCase() ?? ''
  const importer = Object.hasOwn(importers, extension) ? importers[extension] : undefined
  if (!importer) {
    throw new LecternError(
      `cannot import ${extension ? `'${extension}' files` : 'a file without an extension'}; ` +
        'expected .txt, .html, .htm, .md, .markdown, .mdx, .qmd, .Rmd or .lr',
      { file: options.path },
    )
  }
  // (A Hyde or Jekyll post kept as `.html` whose body under its frontmatter is markdown, vincent.bernat.ch's posts (review
  // 135): read as a page, its whole text became one paragraph of markdown marks.)
  if (importer === importHtml && markdownUnderFrontmatter(text)) return asWritten(text, options)
  return importer(text, options)
}

/** A frontmatter block, then a body with markdown's headings, lists or reference links and no HTML block around them. */
function markdownUnderFrontmatter(text: string): boolean {
  const matter = writtenFrontmatter.exec(text)
  if (!matter) return false
  const body = text.slice(matter[0].length)
  // (HTML that holds lines of its own, a `<code>` or `<pre>` block whose "# fetch the installer" is a shell comment, a `<nav>`,
  // a script or a style, or a tag indented as a listing would be, makes it a page.)
  if (/<(?:code|pre|nav|script|style|template|textarea)\b/iu.test(body) || /^(?: {4,}|\t)<[a-z]/imu.test(body)) return false
  const headings = body.match(/^#{1,6}[ \t]+\S/gmu)?.length ?? 0
  const items = body.match(/^[ \t]{0,3}(?:[-*+]|\d+\.)[ \t]+\S/gmu)?.length ?? 0
  const references = body.match(/^\[[^\]\n]+\]:[ \t]*\S/gmu)?.length ?? 0
  // (A picture or a `<div>` a markdown post embeds here and there, as Jekyll's and Hyde's do, is one line of HTML among many
  // of markdown: the marks outweigh the tags.)
  const tags = body.match(/^[ \t]*<\/?[a-z][\w-]*\b/gimu)?.length ?? 0
  const marks = headings + items + references
  return marks >= 3 && marks >= 2 * tags
}
