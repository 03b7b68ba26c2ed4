import type { PrintView } from './browser-session.ts'
import { outlineMarkCss, shapeOutline } from './page-scripts.ts'
import { waitFor, type WaitLimits } from './wait-for.ts'

/**
 * slides.pdf (or one part of it) from a deck's print view: one page per slide at the
 * deck's size (the view's `@page`), backgrounds on, slide numbers as on screen, tagged, with
 * bookmarks per slide group. Chromium prints the whole view in one go: no per-slide work.
 */
export async function printSlides(view: PrintView, limits: WaitLimits): Promise<Uint8Array> {
  await view.page.addStyleTag({ content: outlineMarkCss })
  await view.page.evaluate(shapeOutline)
  return waitFor(
    // At the view's own page size when it says (the same as its @page): Chromium then lays the
    // pages out at that size from the start.
    view.page.pdf({ ...pageSize(view), preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout: 0 }),
    'Chromium to print slides.pdf',
    limits.timeout,
    limits.signal,
  )
}

function pageSize(view: PrintView): { width?: string; height?: string } {
  return view.pageSize ? { width: `${view.pageSize.width}px`, height: `${view.pageSize.height}px` } : {}
}
