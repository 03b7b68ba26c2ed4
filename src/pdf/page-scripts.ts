/**
 * Scripts and styles the exporter runs inside the deck page. They are plain JavaScript
 * strings, not functions handed to `page.evaluate`: a bundler or test runner rewrites
 * functions (helpers such as `__name` that do not exist in the page), strings it leaves alone.
 * Each reads only the built-deck contract: `window.lectern.config.outline`, section ids,
 * `.pdf-page` wrappers from the deck's print view.
 */

/** Resolves when the deck's print view has laid out every page; installed before the page loads. */
export const listenForPdfReady = `
window.__lecternPdfReady = new Promise((resolve) => {
  document.addEventListener('pdf-ready', () => resolve(document.querySelectorAll('.reveal .slides .pdf-page').length), { once: true })
})`

/**
 * Hidden headings only exist for the PDF outline: painted (Chromium skips unpainted nodes) but
 * invisible. In lectern's print view they take no room (nothing there may be positioned); in
 * Reveal's they are positioned at the page's corner.
 */
export const outlineMarkCss = `
.lectern-pdf-mark {
  position: absolute !important; left: 0; top: 0; margin: 0 !important; padding: 0 !important;
  font-size: 2px !important; line-height: 1 !important; color: transparent !important;
  white-space: nowrap; pointer-events: none; border: 0 !important;
}
html.lectern-print .lectern-pdf-mark { position: static !important; height: 0; overflow: visible; }`

/**
 * Shape the PDF outline, which Chromium builds from the H1–H6 tags of the tagged PDF: one
 * level-1 entry per slide group, its slides nested at level 2 when it has more than one.
 * Chromium takes the level from the tag name only (aria-level is ignored), so the slides'
 * own headings step aside (role="none": their text stays, as plain text) and each page gets
 * invisible headings named from the deck's outline. A screen reader still finds one heading
 * per slide, now with the right level.
 */
export const shapeOutline = `
(() => {
  const place = new Map()
  for (const group of window.lectern.config.outline) {
    group.slides.forEach((slide, index) => place.set(slide.id, { group, index }))
  }
  const mark = (page, level, text) => {
    const heading = document.createElement('h' + level)
    heading.className = 'lectern-pdf-mark'
    heading.textContent = text
    page.prepend(heading)
  }
  const seen = new Set()
  for (const page of document.querySelectorAll('.reveal .slides .pdf-page')) {
    const section = page.querySelector('section[id]')
    const where = section && place.get(section.id)
    if (!where) continue
    for (const heading of section.querySelectorAll('h1, h2, h3, h4, h5, h6')) heading.setAttribute('role', 'none')
    // A slide split into fragment pages is one bookmark.
    if (seen.has(section.id)) continue
    seen.add(section.id)
    const { group, index } = where
    if (group.slides.length > 1) mark(page, 2, group.slides[index].title)
    if (index === 0) mark(page, 1, group.title)
  }
})()`
