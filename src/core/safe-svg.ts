import type { Element, ElementContent, Properties, Root } from 'hast'
import { sanitize, type Schema } from 'hast-util-sanitize'

/*
 * A diagram's SVG is drawn by lectern, but its text is the article's: whatever a label holds,
 * the SVG that reaches the deck has only drawing elements and presentation attributes. No
 * script, no event handler, no link, no <foreignObject> HTML beyond plain text markup, and no
 * style or reference that loads anything: `url()` only to the SVG's own `#id`s.
 */

const shapes = ['svg', 'g', 'defs', 'marker', 'symbol', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']
const text = ['text', 'tspan', 'title', 'desc', 'style']
// No filters: mermaid's drop shadows are faint, and a filtered shape may print as a bitmap and reach PowerPoint as nothing.
const paint = ['linearGradient', 'radialGradient', 'stop', 'clipPath', 'pattern']
/** What mermaid's few HTML labels are made of, as text markup only. */
const labelHtml = ['foreignObject', 'div', 'span', 'p', 'br', 'b', 'strong', 'i', 'em']

const presentation = [
  'className',
  'id',
  'style',
  'transform',
  'opacity',
  'visibility',
  'display',
  'fill',
  'fillOpacity',
  'fillRule',
  'stroke',
  'strokeWidth',
  'strokeDashArray',
  'strokeDashOffset',
  'strokeLineCap',
  'strokeLineJoin',
  'strokeMiterLimit',
  'transformOrigin',
  'strokeOpacity',
  'clipPath',
  'clipRule',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'textAnchor',
  'dominantBaseline',
  'alignmentBaseline',
  'letterSpacing',
  'textDecoration',
  'textLength',
  'lengthAdjust',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'dx',
  'dy',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'd',
  'points',
  'pathLength',
  'viewBox',
  'preserveAspectRatio',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  'markerStart',
  'markerMid',
  'markerEnd',
  'offset',
  'stopColor',
  'stopOpacity',
  'gradientUnits',
  'gradientTransform',
  'patternUnits',
  'stdDeviation',
  'floodColor',
  'floodOpacity',
  'role',
  'ariaRoleDescription',
  'ariaLabel',
  'ariaLabelledBy',
  'ariaDescribedBy',
  'ariaHidden',
  'xmlns',
]

const schema: Schema = {
  tagNames: [...shapes, ...text, ...paint, ...labelHtml],
  attributes: { '*': presentation },
  // The SVG's styles and references name its own ids: they stay as drawn.
  clobber: [],
  protocols: {},
  strip: ['script'],
  required: {},
  ancestors: {},
}

/** Attributes that may hold a `url()`: it must point into the SVG itself. */
const references = ['fill', 'stroke', 'clipPath', 'markerStart', 'markerMid', 'markerEnd']

/**
 * The first `<svg>` of a parsed drawing, allow-listed, or nothing when there is none. Its
 * own size is dropped: the deck's styles size it from its `viewBox`, at most twice as wide as
 * drawn (so its labels are never larger than body text).
 */
export function safeSvg(tree: Root): Element | undefined {
  unlink(tree)
  const clean = sanitize(tree, schema) as Root
  const svg = clean.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg')
  if (!svg) return undefined
  const stack: Element[] = [svg]
  while (stack.length > 0) {
    const node = stack.pop()!
    secureProperties(node.properties)
    if (node.tagName === 'style') node.children = [{ type: 'text', value: safeCss(textOf(node)) }]
    for (const child of node.children) if (child.type === 'element') stack.push(child)
  }
  const drawnWidth = Number(String(svg.properties.viewBox ?? '').split(/[\s,]+/)[2])
  delete svg.properties.width
  delete svg.properties.height
  svg.properties.style = Number.isFinite(drawnWidth) && drawnWidth > 0 ? `max-width: ${Math.ceil(drawnWidth * 2)}px` : undefined
  return svg
}

/**
 * A link (mermaid's `click` with a URL) becomes a plain group: its target goes, its position
 * stays (mermaid moves the node by the link's `transform`).
 */
function unlink(tree: Root): void {
  const stack: Array<Root | Element> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && node.tagName === 'a') {
      node.tagName = 'g'
      node.properties = { transform: node.properties.transform, className: node.properties.className }
    }
    for (const child of node.children) if (child.type === 'element') stack.push(child)
  }
}

function secureProperties(properties: Properties): void {
  if (typeof properties.style === 'string') properties.style = safeCss(properties.style)
  for (const name of references) {
    const value = properties[name]
    if (typeof value === 'string' && /url\s*\(/i.test(value) && !/^\s*url\(\s*['"]?#[\w:.-]+['"]?\s*\)\s*$/i.test(value)) {
      delete properties[name]
    }
  }
}

/**
 * CSS that loads nothing: no `@import`, and no `url()` or `image()` but to the SVG's own
 * `#id`s. Escapes are removed first, so that `u\\rl(` cannot hide a load.
 */
export function safeCss(css: string): string {
  return css
    .replace(/\\/g, '')
    .replace(/<\/?\s*style/gi, '')
    .replace(/@import[^;]*;?/gi, '')
    .replace(
      /\b(url|image|image-set|cross-fade|element|expression|paint)\s*\(\s*(['"]?)([^)]*)\)/gi,
      (whole, name: string, _quote, target: string) =>
        name.toLowerCase() === 'url' && /^['"]?#[\w:.-]+['"]?\s*$/.test(target.trim()) ? whole : 'none',
    )
    .replace(/(javascript|vbscript)\s*:/gi, '')
}

function textOf(node: Element): string {
  return node.children.map((child: ElementContent) => (child.type === 'text' ? child.value : '')).join('')
}
