import type { PartsNeeded, RenderParts } from '../core/parts.ts'

/**
 * Load the optional libraries a parsed article needs (see `RenderParts`): an article of plain
 * prose loads no HTML parser, KaTeX or grammar, a third of the code a build would load.
 */
export async function loadRenderParts(needs: PartsNeeded): Promise<Partial<RenderParts>> {
  const [html, raw, katex, highlight] = await Promise.all([
    needs.html ? import('hast-util-from-html') : undefined,
    needs.html ? import('hast-util-raw') : undefined,
    needs.katex ? import('katex') : undefined,
    needs.rehypeHighlight ? import('../core/highlighter.ts') : undefined,
  ])
  return { fromHtml: html?.fromHtml, raw: raw?.raw, katex: katex?.default, rehypeHighlight: highlight?.highlighter }
}
