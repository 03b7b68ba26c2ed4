import { VFile } from 'vfile'
import { LecternError } from '../core/errors.ts'
import { importHtml } from './html/import-html.ts'
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
  return importer(text, options)
}
