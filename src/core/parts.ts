import type { fromHtml } from 'hast-util-from-html'
import type { raw } from 'hast-util-raw'
import type katex from 'katex'
import type { Root } from 'mdast'
import type { highlighter } from './highlighter.ts'
import { mayHoldFormula } from './math.ts'
import type { VFile } from 'vfile'

/**
 * The libraries only some articles need: an HTML parser (parse5, for raw HTML, formulas and
 * diagrams), KaTeX and the highlighter's grammars. Together they are a third of the code a
 * build would load, so a build loads each only when the parsed article needs it
 * (`partsNeeded`) and hands them in here; `renderDeck` passes them all.
 */
export interface RenderParts {
  fromHtml: typeof fromHtml
  raw: typeof raw
  katex: typeof katex
  rehypeHighlight: typeof highlighter
}

/** Which groups of {@link RenderParts} an article needs. */
export interface PartsNeeded {
  /** `fromHtml` and `raw`. */
  html: boolean
  katex: boolean
  rehypeHighlight: boolean
}

declare module 'vfile' {
  interface DataMap {
    /** The optional libraries this render has (see `RenderParts`). */
    renderParts: Partial<RenderParts>
  }
}

/**
 * What the parsed article needs: raw HTML is parsed, formulas typeset (KaTeX's HTML parsed
 * too), code highlighted, diagrams' drawings parsed. Every later step that uses a part starts
 * from a node the parser made, so the parsed tree tells it all.
 */
export function partsNeeded(tree: Root, file: VFile): PartsNeeded {
  let html = false
  let math = false
  let code = false
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'html') {
      html = true
      // (A formula in raw HTML, a LaTeX plugin's picture or a wrapped `$$ … $$`, is typeset too: see math.ts.)
      if (mayHoldFormula((node as { value?: string }).value ?? '')) math = true
      // (So is a listing written in HTML, `<pre class='chroma'><code class='language-r'>` as R's blog tools write them
      // (review 139, the tidyverse blog): the build stopped on it, the highlighter not loaded.)
      if (/<(?:pre|code)\b/i.test((node as { value?: string }).value ?? '')) code = true
    } else if (node.type === 'math' || node.type === 'inlineMath') math = true
    else if (node.type === 'code') code = true
    if (node.children) for (const child of node.children) walk(child as typeof node)
  }
  walk(tree)
  return { html: html || math || (file.data.diagramRenderings?.size ?? 0) > 0, katex: math, rehypeHighlight: code }
}

/** One of the render's optional libraries; a step that needs one the caller did not load is lectern's bug. */
export function part<Name extends keyof RenderParts>(file: VFile, name: Name): RenderParts[Name] {
  const found = file.data.renderParts?.[name]
  if (!found) throw new Error(`lectern: ${name} was not loaded for this article (see partsNeeded)`)
  return found
}
