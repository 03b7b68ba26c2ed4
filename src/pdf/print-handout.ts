import type { PrintView } from './browser-session.ts'
import { handoutCss, handoutMargins, handoutScript, type HandoutLayout } from './handout-layout.ts'
import { outlineMarkCss, shapeOutline } from './page-scripts.ts'
import { waitFor, type WaitLimits } from './wait-for.ts'

/**
 * handout.pdf from a deck's print view: every slide as a scaled vector picture
 * with its complete speaker notes, on A4 or letter, a footer with the title and page
 * numbers, bookmarks per section.
 */
export async function printHandout(view: PrintView, layout: HandoutLayout, limits: WaitLimits): Promise<Uint8Array> {
  await view.page.evaluate([shapeOutline, handoutScript(layout)].join(';'))
  await view.page.addStyleTag({ content: outlineMarkCss + handoutCss(layout) })
  const mm = (value: number) => `${value}mm`
  return waitFor(
    view.page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(),
      margin: {
        top: mm(handoutMargins.top),
        right: mm(handoutMargins.right),
        bottom: mm(handoutMargins.bottom),
        left: mm(handoutMargins.left),
      },
      timeout: 0,
    }),
    'Chromium to print handout.pdf',
    limits.timeout,
    limits.signal,
  )
}

/** Chromium fills `.title`, `.pageNumber` and `.totalPages` itself. */
function footerTemplate(): string {
  const side = `${handoutMargins.left}mm`
  return (
    `<div style="width:100%;margin:0 ${side};font:8pt system-ui,sans-serif;color:#5a5f66;display:flex;justify-content:space-between;gap:8mm">` +
    '<span class="title" style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis"></span>' +
    '<span style="white-space:nowrap"><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
  )
}
