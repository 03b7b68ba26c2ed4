import { readText } from './read-text.ts'

/**
 * The script that reads each slide of the deck's print view as PowerPoint needs it (a
 * `DeckSnapshot`, see slide-snapshot.ts): text blocks with their boxes and styled runs, lists
 * with their bullets, tables cell by cell, pictures, and the boxes that paint a colour (a code
 * block's background, a quote's bar, the heading's accent bar). Reading the page the browser
 * laid out, rather than laying the slides out again, keeps the PowerPoint file in step with
 * the deck on screen for every theme, custom ones included.
 *
 * A plain JavaScript string, as in page-scripts.ts: a bundler rewrites functions, not strings.
 */
export const readSlides = `
(async () => {
  const { width, height } = window.lectern.config.reveal
  ${readText}

  /** A notes paragraph's text: a formula once (KaTeX writes it twice, as MathML and as HTML), a drawing's labels left out. */
  const notesText = (element) => {
    let text = ''
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.data
      else if (node.nodeType === Node.ELEMENT_NODE && !node.matches('svg, .katex-html, annotation') && !(node !== element && node.matches('ul, ol')))
        for (const child of node.childNodes) walk(child)
    }
    walk(element)
    return text
  }

  const readSlide = async (sheet) => {
    const section = sheet.querySelector('section')
    // Boxes are measured from the page's corner: the slide with the margin it has on screen and in slides.pdf.
    const frame = sheet.getBoundingClientRect()
    const boxOf = (rect) => ({ x: rect.left - frame.left, y: rect.top - frame.top, w: rect.width, h: rect.height })
    const contentBox = (element) => {
      const style = styleOf(element)
      const zoom = zoomOf(element)
      const rect = element.getBoundingClientRect()
      const left = (px(style.paddingLeft) + px(style.borderLeftWidth)) * zoom
      const right = (px(style.paddingRight) + px(style.borderRightWidth)) * zoom
      const top = (px(style.paddingTop) + px(style.borderTopWidth)) * zoom
      const bottom = (px(style.paddingBottom) + px(style.borderBottomWidth)) * zoom
      return boxOf({ left: rect.left + left, top: rect.top + top, width: rect.width - left - right, height: rect.height - top - bottom })
    }
    const items = []

    /** The colour a box paints: its background and each side of its border, and a block ::before or ::after bar. */
    const decorate = (element) => {
      const style = styleOf(element)
      const zoom = zoomOf(element)
      const rect = element.getBoundingClientRect()
      if (seen(style.backgroundColor) && rect.width > 0 && rect.height > 0) {
        items.push({ kind: 'shape', box: boxOf(rect), fill: style.backgroundColor, radius: px(style.borderTopLeftRadius) * zoom })
      }
      const sides = [
        ['Top', (w) => ({ left: rect.left, top: rect.top, width: rect.width, height: w })],
        ['Right', (w) => ({ left: rect.right - w, top: rect.top, width: w, height: rect.height })],
        ['Bottom', (w) => ({ left: rect.left, top: rect.bottom - w, width: rect.width, height: w })],
        ['Left', (w) => ({ left: rect.left, top: rect.top, width: w, height: rect.height })],
      ]
      for (const [side, place] of sides) {
        const w = px(style['border' + side + 'Width']) * zoom
        if (w > 0 && style['border' + side + 'Style'] !== 'none' && seen(style['border' + side + 'Color'])) {
          items.push({ kind: 'shape', box: boxOf(place(w)), fill: style['border' + side + 'Color'] })
        }
      }
      const content = contentBox(element)
      for (const pseudo of ['::before', '::after']) {
        const bar = getComputedStyle(element, pseudo)
        if (bar.content === 'none' || bar.content === 'normal' || bar.display !== 'block' || !seen(bar.backgroundColor)) continue
        const [w, h] = [px(bar.width) * zoom, px(bar.height) * zoom]
        if (!(w > 0 && h > 0)) continue
        const y = pseudo === '::before' ? content.y + px(bar.marginTop) * zoom : content.y + content.h - px(bar.marginBottom) * zoom - h
        items.push({ kind: 'shape', box: { x: content.x + px(bar.marginLeft) * zoom, y, w, h }, fill: bar.backgroundColor, radius: px(bar.borderTopLeftRadius) * zoom })
      }
    }

    const picture = (element) => {
      const style = styleOf(element)
      if (hidden(element, style)) return
      if (element.localName === 'img') {
        const box = contentBox(element)
        const [nw, nh] = [element.naturalWidth, element.naturalHeight]
        if (nw > 0 && nh > 0 && (style.objectFit === 'contain' || style.objectFit === 'scale-down')) {
          const scale = Math.min(box.w / nw, box.h / nh, style.objectFit === 'scale-down' ? 1 : Infinity)
          const [w, h] = [nw * scale, nh * scale]
          box.x += (box.w - w) / 2
          box.y += (box.h - h) / 2
          box.w = w
          box.h = h
        }
        if (box.w > 0 && box.h > 0) items.push({ kind: 'picture', box, source: element.currentSrc ? { url: element.currentSrc } : { capture: true }, alt: element.alt || undefined })
        return
      }
      const box = boxOf(element.getBoundingClientRect())
      if (!(box.w > 0 && box.h > 0)) return
      if (element.localName === 'svg' && !element.querySelector('foreignObject')) {
        const copy = element.cloneNode(true)
        copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
        copy.setAttribute('width', String(box.w))
        copy.setAttribute('height', String(box.h))
        items.push({ kind: 'picture', box, source: { svg: new XMLSerializer().serializeToString(copy) }, alt: element.getAttribute('aria-label') || undefined })
      } else {
        items.push({ kind: 'picture', box, source: { capture: true } })
      }
    }

    /** A formula as printed: the union of its lines' boxes (its block is as wide as the slide). */
    const formula = (element) => {
      const parts = [...element.querySelectorAll('.katex-html > .base, .katex-html > .tag')].map((part) => part.getBoundingClientRect()).filter((rect) => rect.width > 0)
      const rects = parts.length > 0 ? parts : [element.getBoundingClientRect()]
      const left = Math.min(...rects.map((r) => r.left))
      const top = Math.min(...rects.map((r) => r.top))
      const right = Math.max(...rects.map((r) => r.right))
      const bottom = Math.max(...rects.map((r) => r.bottom))
      const box = boxOf({ left: left - 2, top: top - 2, width: right - left + 4, height: bottom - top + 4 })
      // Its text (from KaTeX's MathML) is the picture's alternative text.
      const alt = element.querySelector('.katex-mathml')?.textContent.replace(/\\s+/g, ' ').trim() || undefined
      if (box.w > 4 && box.h > 4) items.push({ kind: 'picture', box, source: { capture: true }, alt })
    }

    /** Where a box's text sits: base.css centres a slide's points, statement or quote in the room below the heading with a column flex box. */
    const valignOf = (element) => {
      const style = styleOf(element)
      if (!/flex/.test(style.display) || !style.flexDirection.startsWith('column')) return undefined
      if (style.justifyContent === 'center') return 'middle'
      if (style.justifyContent === 'flex-end' || style.justifyContent === 'end') return 'bottom'
      return undefined
    }

    const textBlock = (element, pre) => {
      const { paragraphs, pictures, math } = inlineContent(element, pre)
      if (math) {
        // A point with a formula in its line: text and formula cannot share a PowerPoint text run.
        const box = contentBox(element)
        if (box.w > 0 && box.h > 0) items.push({ kind: 'picture', box, source: { capture: true } })
        return
      }
      const base = paragraphStyle(element)
      const kept = paragraphs.filter((runs, index) => runs.length > 0 || (pre && index < paragraphs.length - 1))
      if (kept.some((runs) => runs.length > 0)) {
        items.push({ kind: 'text', box: contentBox(element), paragraphs: kept.map((runs) => ({ ...base, runs })), valign: valignOf(element) })
      }
      for (const inner of pictures) picture(inner)
    }

    const list = (element) => {
      decorate(element)
      const outer = contentBox(element)
      const rtl = styleOf(element).direction === 'rtl'
      const paragraphs = []
      const pictures = []
      /** Where each paragraph's text starts on the page and how far before it its bullet starts; turned into indents below. */
      const starts = new Map()
      const walk = (listElement, level) => {
        const ordered = listElement.localName === 'ol'
        let number = ordered ? Number(listElement.getAttribute('start') ?? 1) : 0
        for (const item of listElement.children) {
          if (item.localName !== 'li') continue
          const style = styleOf(item)
          if (hidden(item, style)) continue
          const zoom = zoomOf(item)
          const before = getComputedStyle(item, '::before')
          const marker = quoted(before.content)
          let bullet
          let hanging = 0
          if (marker !== undefined && marker.trim()) {
            bullet = { char: marker.trim(), color: before.color, size: px(before.fontSize) / px(style.fontSize), font: firstFamily(before.fontFamily) }
            // A bullet drawn by ::before in a box of its own: from the glyph's edge to the text.
            const [box, glyph] = [px(before.width), measure(marker.trim(), before)]
            hanging = (before.textAlign === 'center' ? (box + glyph) / 2 : box) * zoom
          } else if (ordered && style.listStyleType !== 'none') {
            if (item.hasAttribute('value')) number = Number(item.getAttribute('value'))
            bullet = { number }
            hanging = measure(number + '. ', style) * zoom
          } else if (style.listStyleType !== 'none') {
            const char = { disc: '•', circle: '◦', square: '▪' }[style.listStyleType] ?? '•'
            bullet = { char, color: getComputedStyle(item, '::marker').color }
            hanging = measure(char + ' ', style) * zoom
          }
          number++
          const rect = item.getBoundingClientRect()
          const start = rtl ? rect.right : rect.left
          const blocks = [...item.children].filter((child) => !isInline(styleOf(child)) && !child.matches('ul, ol') && !hidden(child, styleOf(child)))
          const sources = blocks.length > 0 ? blocks : [item]
          sources.forEach((source, index) => {
            const content = inlineContent(source, false)
            pictures.push(...content.pictures)
            const base = { ...paragraphStyle(source), level, spaceAfter: px(style.marginBottom) * zoom }
            content.paragraphs.forEach((runs, line) => {
              const first = index === 0 && line === 0
              const paragraph = { ...base, runs, ...(first && bullet ? { bullet } : {}) }
              starts.set(paragraph, { start, hanging: first && bullet ? hanging : 0 })
              paragraphs.push(paragraph)
            })
          })
          for (const nested of item.children) if (nested.matches('ul, ol') && !hidden(nested, styleOf(nested))) walk(nested, level + 1)
        }
      }
      walk(element, 0)
      // The box begins where the farthest bullet does (after it, right to left).
      const [left, right] = [outer.x + frame.left, outer.x + outer.w + frame.left]
      let edge = rtl ? right : left
      for (const { start, hanging } of starts.values()) edge = rtl ? Math.max(edge, start + hanging) : Math.min(edge, start - hanging)
      for (const paragraph of paragraphs) {
        const { start, hanging } = starts.get(paragraph)
        const indent = rtl ? edge - start : start - edge
        if (paragraph.bullet) paragraph.bullet = { ...paragraph.bullet, indent, hanging }
        else paragraph.indent = indent
      }
      const box = rtl ? boxOf({ left, top: outer.y + frame.top, width: edge - left, height: outer.h }) : boxOf({ left: edge, top: outer.y + frame.top, width: right - edge, height: outer.h })
      if (paragraphs.some((paragraph) => paragraph.runs.length > 0)) items.push({ kind: 'text', box, paragraphs, valign: valignOf(element) })
      for (const inner of pictures) picture(inner)
    }

    const table = (element) => {
      decorate(element)
      const rows = []
      const heights = []
      let columns = []
      for (const row of element.rows) {
        const rowStyle = styleOf(row)
        heights.push(row.getBoundingClientRect().height)
        const cells = []
        const widths = []
        for (const cell of row.cells) {
          const style = styleOf(cell)
          const zoom = zoomOf(cell)
          const { paragraphs } = inlineContent(cell, false)
          const fill = seen(style.backgroundColor) ? style.backgroundColor : seen(rowStyle.backgroundColor) ? rowStyle.backgroundColor : undefined
          const border = (side) => {
            const w = px(style['border' + side + 'Width']) * zoom
            return w > 0 && style['border' + side + 'Style'] !== 'none' && seen(style['border' + side + 'Color']) ? { width: w, color: style['border' + side + 'Color'] } : undefined
          }
          const base = paragraphStyle(cell)
          cells.push({
            paragraphs: paragraphs.map((runs) => ({ ...base, runs })),
            ...(fill ? { fill } : {}),
            ...(cell.colSpan > 1 ? { colspan: cell.colSpan } : {}),
            ...(cell.rowSpan > 1 ? { rowspan: cell.rowSpan } : {}),
            padding: [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft].map((value) => px(value) * zoom),
            borders: ['Top', 'Right', 'Bottom', 'Left'].map(border),
            valign: style.verticalAlign === 'top' ? 'top' : style.verticalAlign === 'bottom' ? 'bottom' : 'middle',
          })
          const span = cell.colSpan
          const w = cell.getBoundingClientRect().width / span
          for (let index = 0; index < span; index++) widths.push(w)
        }
        if (widths.length > columns.length) columns = widths
        rows.push(cells)
      }
      if (columns.length > 0) items.push({ kind: 'table', box: boxOf(element.getBoundingClientRect()), columns, rows, heights })
    }

    const visit = (element) => {
      const style = styleOf(element)
      if (hidden(element, style)) return
      if (element.matches('.katex-display, .katex')) return formula(element)
      if (element.localName === 'img' || element.localName === 'svg') return picture(element)
      if (element.localName === 'table') return table(element)
      if (element.matches('ul, ol')) return list(element)
      if (element.localName === 'pre') {
        decorate(element)
        return textBlock(element, true)
      }
      decorate(element)
      const blocks = [...element.children].filter((child) => !isInline(styleOf(child)) && !hidden(child, styleOf(child)))
      const inlineImages = blocks.length === 0 && element.querySelector('img, svg')
      if (blocks.length > 0) {
        for (const child of element.children) visit(child)
      } else if (inlineImages && !element.textContent.trim()) {
        for (const inner of element.querySelectorAll('img, svg')) if (!inner.parentElement.closest('svg')) picture(inner)
      } else {
        textBlock(element, false)
      }
    }

    const sheetStyle = styleOf(sheet)
    const sectionStyle = styleOf(section)
    const background = seen(sectionStyle.backgroundColor) ? sectionStyle.backgroundColor : sheetStyle.backgroundColor
    for (const child of section.children) visit(child)

    // The logo and footer, drawn by the page's overlay (see print.css), and the slide number.
    const overlay = sheet.querySelector('.lectern-page-overlay')
    if (overlay) {
      const place = overlay.getBoundingClientRect()
      const logo = getComputedStyle(overlay, '::before')
      const url = /url\\("((?:[^"\\\\]|\\\\.)*)"\\)/.exec(logo.backgroundImage)?.[1]
      if (url && logo.display !== 'none') {
        const [w, h] = [px(logo.width), px(logo.height)]
        const image = new Image()
        image.src = url
        await image.decode().catch(() => undefined)
        const [nw, nh] = [image.naturalWidth || w, image.naturalHeight || h]
        const scale = Math.min(w / nw, h / nh)
        const [dw, dh] = [nw * scale, nh * scale]
        const [posX, posY] = logo.backgroundPosition.split(' ').map((value) => (value.endsWith('%') ? px(value) / 100 : 0))
        const left = place.right - px(logo.marginRight) - w
        const top = place.top + px(logo.marginTop)
        items.push({ kind: 'picture', box: boxOf({ left: left + (w - dw) * (posX ?? 1), top: top + (h - dh) * (posY ?? 0), width: dw, height: dh }), source: { url: new URL(url, location.href).href } })
      }
      const footer = getComputedStyle(overlay, '::after')
      const text = quoted(footer.content)
      if (text && text.trim() && footer.display !== 'none') {
        const top = place.top + px(footer.marginTop)
        const lineHeight = px(footer.lineHeight) || px(footer.fontSize) * 1.2
        items.push({
          kind: 'text',
          box: boxOf({ left: place.left + px(footer.marginLeft), top, width: px(footer.width) || width * 0.7, height: lineHeight }),
          paragraphs: [{
            align: 'left',
            lineHeight,
            runs: [{ text, font: firstFamily(footer.fontFamily), size: px(footer.fontSize), color: footer.color, ...(Number(footer.fontWeight) >= 600 ? { bold: true } : {}), ...(px(footer.letterSpacing) ? { spacing: px(footer.letterSpacing) } : {}) }],
          }],
        })
      }
    }
    const number = sheet.querySelector('.slide-number-pdf')
    if (number && number.textContent.trim()) textBlock(number, false)

    const notes = []
    for (const aside of section.querySelectorAll('aside.notes')) {
      const blocks = aside.children.length > 0 ? [...aside.children] : [aside]
      for (const block of blocks) {
        const parts = block.matches('ul, ol') ? [...block.querySelectorAll('li')] : [block]
        // A numbered item keeps its number (a prose list's step is a list of one, numbered as in the article).
        const first = block.localName === 'ol' ? Number(block.getAttribute('start') ?? 1) : undefined
        const items = [...block.querySelectorAll(':scope > li')]
        for (const part of parts) {
          const text = block.localName === 'pre' ? part.textContent.replace(/\\n$/, '') : notesText(part).replace(/\\s+/g, ' ').trim()
          const position = items.indexOf(part)
          if (text) notes.push(first !== undefined && position !== -1 ? (first + position) + '. ' + text : text)
        }
      }
    }
    return { background, origin: { x: frame.left + scrollX, y: frame.top + scrollY }, items, notes }
  }

  const slides = []
  const sheets = document.querySelectorAll('.reveal .slides .pdf-page')
  for (const sheet of sheets) slides.push(await readSlide(sheet))
  const page = sheets[0]?.getBoundingClientRect() ?? { width, height }
  return { width, height, page: { width: page.width, height: page.height }, slides }
})()
`
