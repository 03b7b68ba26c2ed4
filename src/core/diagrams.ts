import type { Element, ElementContent } from 'hast'
import type { Code, Root } from 'mdast'
import type { State } from 'mdast-util-to-hast'
import type { Position } from 'unist'
import { visit } from './visit.ts'
import type { VFile } from 'vfile'
import { part } from './parts.ts'
import { safeSvg } from './safe-svg.ts'

/*
 * A ```mermaid block is a diagram. The pure pipeline cannot draw it (mermaid needs a browser
 * to measure its labels): it notes each diagram's source on `file.data.diagrams`, and the
 * build draws them and renders again with the results (`file.data.diagramRenderings`).
 * A drawn diagram is an inline SVG, allow-listed here: its text is the article's. One that
 * could not be drawn shows its source as code, with a warning at its line.
 */

/** A diagram in the article, for the build to draw. */
export interface DiagramSource {
  /** The mermaid source, as written. */
  source: string
  position?: Position
}

/** What drawing a diagram gave: its SVG, or why it could not be drawn. */
export type DiagramRendering = { svg: string } | { error: string }

/** The build's drawings, by diagram source. */
export type DiagramRenderings = ReadonlyMap<string, DiagramRendering>

/** A diagram block on a slide (an mdast node of lectern's). */
export interface Diagram {
  type: 'diagram'
  /** The mermaid source. */
  value: string
  position?: Position
}

declare module 'mdast' {
  interface RootContentMap {
    diagram: Diagram
  }
  interface BlockContentMap {
    diagram: Diagram
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The article's diagrams, in order, for the build to draw. */
    diagrams: DiagramSource[]
    /** Set by a build before rendering: each diagram's drawing (see `DiagramRenderings`). */
    diagramRenderings: DiagramRenderings
  }
}

const diagramLanguages = new Set(['mermaid'])

/** Turns ```mermaid code blocks into diagram nodes and lists their sources on `file.data.diagrams`. */
export function remarkDiagrams() {
  return function (tree: Root, file: VFile) {
    const diagrams: DiagramSource[] = []
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined || !diagramLanguages.has(node.lang?.toLowerCase() ?? '')) return
      const diagram: Diagram = { type: 'diagram', value: node.value, position: node.position }
      parent.children.splice(index, 1, diagram as never)
      diagrams.push({ source: node.value, position: node.position })
    })
    file.data.diagrams = diagrams
  }
}

/**
 * The diagram's HTML: its drawing in a `<figure class="lectern-diagram">`, or its source as
 * code when it has none (a render without a build, or mermaid could not read it: then with a warning).
 */
export function diagram(state: State, node: Diagram): Element {
  const file = state.options.file as VFile | undefined
  const rendering = file?.data.diagramRenderings?.get(node.value)
  const svg = rendering && 'svg' in rendering && file ? safeSvg(part(file, 'fromHtml')(rendering.svg, { fragment: true })) : undefined
  if (svg) {
    const result: Element = { type: 'element', tagName: 'figure', properties: { className: ['lectern-diagram'] }, children: [svg] }
    state.patch(node, result)
    return result
  }
  if (rendering && file) {
    const reason = 'error' in rendering ? firstLine(rendering.error) : 'mermaid drew nothing'
    file.message(`This diagram could not be drawn (${reason}); it shows as written`, {
      place: node.position,
      ruleId: 'diagram',
      source: 'lectern',
    })
  }
  const code: ElementContent = {
    type: 'element',
    tagName: 'code',
    properties: { className: ['lectern-diagram-source'] },
    children: [{ type: 'text', value: node.value }],
  }
  const result: Element = { type: 'element', tagName: 'pre', properties: {}, children: [code] }
  state.patch(node, result)
  return result
}

function firstLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  // mermaid's parse errors say the line first, then the text with a caret, then "Expecting 'SEMI', … got 'EOF'".
  const place = lines.find((each) => /^parse error on line \d+/i.test(each))
  const got = / got '([^']+)'\s*$/.exec(lines.at(-1) ?? '')
  if (place) return `${place.replace(/:$/, '')} of the diagram${got ? `, at ${got[1]}` : ''}`.slice(0, 200)
  return (lines[0] ?? 'unknown error').slice(0, 200)
}
