/**
 * The part of the slide reader (read-slides.ts) that reads text: an element's computed style as
 * a run's font, size, colour and emphasis, what links, inline code and superscripts lend the
 * text inside them, and a block's inline content as paragraphs of runs (white space collapsed
 * as the browser does, line breaks kept). Plain JavaScript declarations, spliced into the
 * reader's script.
 */
export const readText = `
  const styles = new Map()
  const styleOf = (element) => {
    let style = styles.get(element)
    if (!style) styles.set(element, (style = getComputedStyle(element)))
    return style
  }
  const px = (value) => parseFloat(value) || 0
  const seen = (colour) => colour && colour !== 'transparent' && !/^rgba\\(.*,\\s*0\\)$/.test(colour) && !/\\/\\s*0\\)$/.test(colour)
  const firstFamily = (family) => family.split(',')[0].trim().replace(/^["']|["']$/g, '')
  const zoomOf = (element) => element.currentCSSZoom ?? 1
  const context = document.createElement('canvas').getContext('2d')
  /** The width of \`text\` in an element's (or pseudo-element's) font, in CSS pixels before zoom. */
  const measure = (text, style) => {
    context.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily
    return context.measureText(text).width
  }
  const hidden = (element, style) =>
    style.display === 'none' || style.visibility === 'hidden' || element.matches('aside.notes, .lectern-pdf-mark, script, style, template')
  const isInline = (style) => style.display.startsWith('inline') || style.display === 'contents'
  const quoted = (content) => {
    const match = /^"((?:[^"\\\\]|\\\\.)*)"$/.exec(content ?? '')
    return match ? match[1].replace(/\\\\([0-9a-fA-F]{1,6}) ?/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16))).replace(/\\\\(.)/g, '$1') : undefined
  }
  const transform = (text, how) =>
    how === 'uppercase' ? text.toUpperCase() : how === 'lowercase' ? text.toLowerCase() : how === 'capitalize' ? text.replace(/\\b\\p{L}/gu, (c) => c.toUpperCase()) : text
  const align = (style) => {
    const rtl = style.direction === 'rtl'
    switch (style.textAlign) {
      case 'center': case '-webkit-center': return 'center'
      case 'right': case '-webkit-right': return 'right'
      case 'justify': return 'justify'
      case 'end': return rtl ? 'left' : 'right'
      case 'start': return rtl ? 'right' : 'left'
      default: return 'left'
    }
  }

  /** A run's style from its element's computed style and what its ancestors lend it. */
  const runStyle = (element, inherited) => {
    const style = styleOf(element)
    const zoom = zoomOf(element)
    const run = {
      font: firstFamily(style.fontFamily),
      size: px(style.fontSize) * zoom,
      color: style.color,
    }
    if (Number(style.fontWeight) >= 600) run.bold = true
    if (style.fontStyle !== 'normal') run.italic = true
    if (inherited.underline) run.underline = true
    if (inherited.strike) run.strike = true
    if (inherited.link) run.link = inherited.link
    if (inherited.highlight) run.highlight = inherited.highlight
    if (inherited.baseline) run.baseline = inherited.baseline
    if (style.letterSpacing !== 'normal' && px(style.letterSpacing)) run.spacing = px(style.letterSpacing) * zoom
    return run
  }

  /** What an inline element lends the text inside it. */
  const lend = (element, inherited) => {
    const style = styleOf(element)
    const lent = { ...inherited }
    const lines = style.textDecorationLine
    if (lines.includes('underline')) lent.underline = true
    if (lines.includes('line-through')) lent.strike = true
    if (element.localName === 'a') {
      const href = element.getAttribute('href') ?? ''
      if (/^(https?:|mailto:)/i.test(href)) lent.link = href
    }
    if (element.localName === 'code' && seen(style.backgroundColor)) lent.highlight = style.backgroundColor
    const vertical = style.verticalAlign
    if (element.localName === 'sup' || vertical === 'super' || (/px$/.test(vertical) && px(vertical) > 0)) lent.baseline = 'super'
    if (element.localName === 'sub' || vertical === 'sub' || (/px$/.test(vertical) && px(vertical) < 0)) lent.baseline = 'sub'
    return lent
  }

  /**
   * The runs of an element's inline content, split into paragraphs at line breaks; pictures
   * met on the way are collected. Lists inside are left to the caller.
   */
  const inlineContent = (block, pre) => {
    const paragraphs = [[]]
    const pictures = []
    let math = false
    const push = (text, element, inherited) => {
      if (!text) return
      const style = styleOf(element)
      text = transform(text, style.textTransform)
      const parts = pre ? text.split('\\n') : [text]
      parts.forEach((part, index) => {
        if (index > 0) paragraphs.push([])
        if (part) paragraphs.at(-1).push({ text: part, ...runStyle(element, inherited) })
      })
    }
    const visit = (element, inherited) => {
      for (const pseudo of ['::before', null, '::after']) {
        if (pseudo) {
          // A list item's bullet is its paragraph's, not text.
          if (pseudo === '::before' && element.localName === 'li') continue
          const style = getComputedStyle(element, pseudo)
          // (Or an attribute's value, "attr(data-lectern-title)": a listing's title over its lines, see code-titles.ts.)
          const attribute = /^attr\\(([\\w-]+)\\)$/.exec(style.content ?? '')?.[1]
          const text = quoted(style.content) ?? (attribute ? element.getAttribute(attribute) : undefined)
          if (text && style.display !== 'none') {
            paragraphs.at(-1).push({
              text: transform(text, style.textTransform),
              font: firstFamily(style.fontFamily),
              size: px(style.fontSize) * zoomOf(element),
              color: style.color,
              ...(Number(style.fontWeight) >= 600 ? { bold: true } : {}),
              ...(inherited.baseline ? { baseline: inherited.baseline } : {}),
            })
            // (A block of its own, the title over a listing's lines: the lines start a paragraph after it.)
            if (pseudo === '::before' && style.display === 'block') paragraphs.push([])
          }
          continue
        }
        for (let node = element.firstChild; node; node = node.nextSibling) {
          if (node.nodeType === Node.TEXT_NODE) {
            push(node.data, element, inherited)
            continue
          }
          if (node.nodeType !== Node.ELEMENT_NODE) continue
          const child = node
          const style = styleOf(child)
          if (hidden(child, style) || child.matches('ul, ol')) continue
          if (child.localName === 'br') {
            paragraphs.push([])
            continue
          }
          if (child.matches('.katex, .katex-display')) {
            math = true
            continue
          }
          if (child.localName === 'img' || child.localName === 'svg') {
            pictures.push(child)
            continue
          }
          visit(child, lend(child, inherited))
        }
      }
    }
    visit(block, lend(block, {}))
    if (!pre) {
      // White space as the browser collapses it: one space between words, none at the ends.
      for (const runs of paragraphs) {
        let previousSpace = true
        for (const run of runs) {
          run.text = run.text.replace(/[ \\t\\n\\r\\f]+/g, ' ')
          if (previousSpace) run.text = run.text.replace(/^ /, '')
          if (run.text) previousSpace = run.text.endsWith(' ')
        }
        const last = runs.findLast((run) => run.text)
        if (last) last.text = last.text.replace(/ $/, '')
      }
    }
    return { paragraphs: paragraphs.map((runs) => runs.filter((run) => run.text)), pictures, math }
  }

  const paragraphStyle = (element) => {
    const style = styleOf(element)
    const zoom = zoomOf(element)
    const paragraph = { align: align(style) }
    if (/px$/.test(style.lineHeight)) paragraph.lineHeight = px(style.lineHeight) * zoom
    if (style.direction === 'rtl') paragraph.rtl = true
    return paragraph
  }
`
