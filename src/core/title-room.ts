/** Widths of a content heading, in Latin characters, past which it is set smaller (base.css): it would wrap to a third line. */
export const longTitle = 56
export const longerTitle = 80

/*
 * What pagination knows of a heading's size, to leave its body the room below it. The sizes
 * are base.css's: a content heading is `--r-heading2-size` (the largest the bundled themes
 * set, meetup's), 0.82 or 0.7 of it when long, its lines 1.12 high, with 0.55em below; a
 * kicker above it takes 0.95 of the body's size (`--lectern-body-room`); a line of body text,
 * as `lineBudget` counts them, is 1.22 of it. The deck app measures the real heading and
 * scales the rare slide still over; these are estimates made before any theme is read.
 */
const headingSize = 1.5
const headingLineHeight = 1.12
const headingMargin = 0.55
/** Characters of a heading's line per em of its size, in the bundled heading fonts: a heading of `longTitle` fits one line at full size. */
const charactersPerEm = 84
const kickerHeight = 0.95
const bodyLineHeight = 1.22

/** The size a heading is set at, in the body's ems, by its width (the classes handlers.ts gives it). */
function headingScale(width: number): number {
  return headingSize * (width > longerTitle ? 0.7 : width > longTitle ? 0.82 : 1)
}

/** The height of a heading of `width` characters at `scale`, in the body's ems, with the margin below it. */
function headingHeight(width: number, scale: number): number {
  const lines = Math.max(1, Math.ceil(width / (charactersPerEm / scale)))
  return lines * scale * headingLineHeight + headingMargin * scale
}

/**
 * Lines of body text (as `lineBudget` counts them) that a slide's heading takes beyond a
 * heading of one line at full size, which the budget already leaves room for: a heading
 * that wraps to two or three lines, and the kicker above it, take them from the body.
 * `width` is the heading's (`titleWidth`): the widest of the slide's run sets it (see `withEvenTitles` in paginate.ts).
 */
export function titleRoom(width: number, kicker: boolean): number {
  const over = headingHeight(width, headingScale(width)) - headingHeight(1, headingSize)
  return (Math.max(0, over) + (kicker ? kickerHeight : 0)) / bodyLineHeight
}
