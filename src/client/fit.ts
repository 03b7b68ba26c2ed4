/**
 * Fits each slide's content on the slide. Pagination estimates how much fits; a slide it
 * got wrong (a tall picture above bullets, a wide table, long code lines) would be cut off at
 * the slide's edge, on screen and in both PDFs. Here the content below the heading is scaled
 * down with CSS `zoom` (a layout property, so text stays text and nothing is positioned or
 * transformed, which keeps the print views fast) just enough to fit, but never below
 * `fitFloor`: smaller is too small to read, and such a slide is reported instead. The other
 * way round, a short slide of mixed blocks (a point and a few lines of code, a small table)
 * is enlarged a little and moved down into the room below its heading.
 *
 * Every pass reads all slides' sizes first and then writes all their scales, so the browser
 * lays the deck out once per pass rather than once per slide.
 */

/** The smallest scale the content is shrunk to; below it, the slide is reported as overflowing. */
export const fitFloor = 0.7

/**
 * The smallest scale of a slide that shows a text drawing (`code.lectern-drawing`, see
 * core/drawings.ts): cut across two slides a drawing loses its shape, so it is shown whole,
 * smaller than prose may be.
 */
export const drawingFloor = 0.5

/**
 * The floor of a slide: lower for one that shows a text drawing, or a displayed formula taller
 * than a slide (`lectern-tall-formula`, see core/rehype-math.ts: a derivation of rows of
 * integrals and fractions, which no cut may part and no slide holds at 70%).
 */
export function floorOf(section: Element): number {
  return section.querySelector('code.lectern-drawing, .lectern-tall-formula') ? drawingFloor : fitFloor
}

/** Pixels of width a shrunk code block keeps to spare, in its own pixels. */
const codeSlack = 8

/** Room kept free at the slide's bottom for the footer and the slide number, in CSS pixels. */
const bottomReserve = 36

/** A slide whose content did not fit as laid out. */
export interface SlideFit {
  id: string
  title: string
  /** Where the slide starts in the article (its `data-line` and `data-column`). */
  line?: number
  column?: number
  /** The scale its content is shown at: 1 fits as laid out, `floor` is the smallest. */
  scale: number
  /** The smallest scale this slide may be shown at: `fitFloor`, or `drawingFloor` for a slide with a text drawing. */
  floor?: number
  /** Still too tall or too wide at `fitFloor`: part of it is cut off. */
  overflow: boolean
}

interface Measure {
  section: HTMLElement
  body: HTMLElement[]
  /** The scale that would make the content fit, from this pass's sizes. */
  needed: number
  /** Room left free below the content, in the slide's pixels. */
  spare: number
  /** Height of the content, in the slide's pixels. */
  used: number
  /** Code blocks with lines too long to show even at `fitFloor`, or with only a few too long: they wrap instead (see base.css). */
  wrap: HTMLElement[]
}

/**
 * The share of a slide's free room that goes above its content, on a slide of mixed blocks
 * (points with code, a table, a picture): a little less than half, so that the content sits
 * at the optical centre of the room below the heading rather than at the top of it. Slides of
 * one kind (points alone, a statement, a picture) are balanced by base.css without measuring.
 */
const balanceShare = 0.4

/** Free room below this, in the slide's pixels, is left where it is: the slide is full enough. */
const balanceMinimum = 60

/**
 * The most a roomy slide of mixed blocks is enlarged: a point and a few lines of code, or a
 * small table, in type a room can read, rather than small in a corner of an empty slide. Only
 * `growShare` of the free room is taken, so that the slide does not look full.
 */
const growMost = 1.25
const growShare = 0.6

/**
 * The slides' own content: what is shown, without the notes; on content slides, without the
 * heading (the first `h1` or `h2`: a heading the article's HTML set further down is content).
 */
function bodyOf(section: HTMLElement): HTMLElement[] {
  const title = section.classList.contains('lectern-title')
  const heading = section.querySelector(':scope > h1, :scope > h2')
  return [...section.children].filter(
    (child): child is HTMLElement =>
      child instanceof HTMLElement &&
      !child.matches('aside.notes, .lectern-pdf-mark') &&
      (title || (child !== heading && !child.matches('.lectern-kicker'))),
  )
}

/** The scale at which `section`'s content fits, and the room it leaves, from its current layout (reads only). */
function measureFit(section: HTMLElement, body: HTMLElement[], current: number): Pick<Measure, 'needed' | 'spare' | 'used' | 'wrap'> {
  if (body.length === 0) return { needed: 1, spare: 0, used: 0, wrap: [] }
  const box = section.getBoundingClientRect()
  // On screen Reveal scales the whole slide; sizes in the slide's own pixels undo that.
  const unit = box.height / section.offsetHeight || 1
  const top = (body[0].getBoundingClientRect().top - box.top) / unit
  // The slide's own height is fixed: where its content ends is where its lowest block ends.
  const bottom = Math.max(...body.map((child) => child.getBoundingClientRect().bottom - box.top)) / unit
  const room = section.clientHeight - bottomReserve - top
  const used = bottom - top
  let scale = used > room ? (current * room) / used : current
  // Too wide: a table or picture runs past the slide's edge, or a code block scrolls inside
  // itself. Zoom shrinks both; the ratios hold in any unit. A line of code too long to show
  // even at the floor (compiler output, a long type) wraps instead: shrunk to the floor it
  // would still scroll, hidden, and one long line should not shrink the rest of the slide.
  const wrap: HTMLElement[] = []
  for (const child of body) {
    for (const code of child.matches('pre') ? [child] : child.querySelectorAll<HTMLElement>('pre')) {
      if (code.scrollWidth <= code.clientWidth + 1) continue
      // Text shrunk by zoom does not narrow in exact proportion: a few pixels to spare keep a scroll bar away.
      const width = (current * code.clientWidth) / (code.scrollWidth + codeSlack)
      // (Only at the size laid out: a slide enlarged past it that a listing's lines no longer fit is enlarged less.)
      // (And only where shrinking for them would show: not for a line a few characters too long, nor on a
      // slide its height already shrinks about as much.)
      if (width < fitFloor || (current === 1 && width < wrapShrink && width < scale && fewLinesTooLong(code))) wrap.push(code)
      else scale = Math.min(scale, width)
    }
  }
  if (wrap.length === 0 && section.scrollWidth > section.clientWidth + 1)
    scale = Math.min(scale, (current * section.clientWidth) / section.scrollWidth)
  return { needed: scale, spare: room - used, used, wrap }
}

/** The scale below which a listing's few long lines wrap rather than shrink it: a few per cent smaller is no harm. */
const wrapShrink = 0.9
/** Lines at least of a listing where a few too long to show wrap rather than shrink the slide (see `fewLinesTooLong`). */
const minWrappedListing = 4
/** The share of a listing's lines at most that may be too long for them to wrap rather than shrink it. */
const maxLongShare = 0.25

/**
 * "// Before⏎type _ReactElement<DefaultProps, Props, Config: $Diff<…>, C: …> = …;⏎⏎// After⏎type _ReactElement<⏎  DefaultProps,…"
 * (Prettier 1.0's release notes, review 96): where only a line or two of a listing are too wide for
 * the slide, shrinking every line to fit them shrinks the slide for their sake (to the floor, half
 * the slide empty); those lines wrap at the slide's edge instead, at the size the rest is read at.
 * (A listing of mostly long lines, or of a line or three, is shrunk as before: wrapped, all of it
 * would break.) Its characters are of one width: a line is too long by its length against the longest.
 */
function fewLinesTooLong(code: HTMLElement): boolean {
  const tab = Number.parseInt(getComputedStyle(code).tabSize, 10) || 4
  const lines = (code.textContent ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => columnsOf(line, tab))
  if (lines.length < minWrappedListing) return false
  const longest = Math.max(...lines)
  const shown = (code.clientWidth / code.scrollWidth) * longest
  const long = lines.filter((columns) => columns > shown).length
  return long <= lines.length * maxLongShare
}

/** The columns a line of code takes: a tab to the next stop, a wide character (an ideograph, an emoji) two. */
function columnsOf(line: string, tab: number): number {
  let columns = 0
  for (const character of line) {
    if (character === '\t') columns += tab - (columns % tab)
    else
      columns +=
        /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\p{Extended_Pictographic}]/u.test(
          character,
        )
          ? 2
          : 1
  }
  return columns
}

/** Pixels of height, in the slide's own pixels, below which a shrunk picture is too small to make out. */
const minPictureHeight = 120

/** Cap a picture's height (in its own CSS pixels, before the slide's zoom), its width following; `undefined` lifts the cap. */
function shrinkPicture(picture: HTMLElement, height: number | undefined): void {
  if (height === undefined) {
    picture.removeAttribute('data-lectern-shrunk')
    picture.style.removeProperty('max-height')
    picture.style.removeProperty('width')
  } else {
    picture.dataset.lecternShrunk = 'true'
    picture.style.maxHeight = `${Math.floor(height)}px`
    picture.style.width = 'auto'
  }
}

/** Let a code block's long lines wrap (base.css), or scroll again. */
function setWrap(code: HTMLElement, wrap: boolean): void {
  if (wrap) code.dataset.lecternWrap = 'true'
  else code.removeAttribute('data-lectern-wrap')
}

function setScale(section: HTMLElement, scale: number): void {
  if (Math.abs(scale - 1) < 0.001) {
    section.removeAttribute('data-fit')
    section.style.removeProperty('--lectern-fit')
  } else {
    section.dataset.fit = scale.toFixed(3)
    section.style.setProperty('--lectern-fit', scale.toFixed(3))
  }
}

/** Move a slide's content down by `offset` pixels, below its heading (see base.css); 0 for none. */
function setBalance(section: HTMLElement, offset: number): void {
  if (offset <= 0) {
    section.removeAttribute('data-balance')
    section.style.removeProperty('--lectern-balance')
  } else {
    section.dataset.balance = String(Math.round(offset))
    section.style.setProperty('--lectern-balance', `${Math.round(offset)}px`)
  }
}

/**
 * Whether a slide is one of mixed blocks (points with code, a table, a list), which base.css
 * does not balance: a content slide of no kind with more than points on it.
 */
function balances(section: HTMLElement, body: HTMLElement[]): boolean {
  return section.classList.contains('lectern-slide') && !section.dataset.kind && body.some((child) => !child.matches('ul.lectern-points'))
}

/**
 * Fit every slide in `sections` (leaf `<section>`s, laid out), and return those shown smaller
 * than laid out or still overflowing. Safe to run again: it starts from each slide's own size.
 * A slide of mixed blocks with room to spare has its content moved to the middle of it.
 */
export function fitSlides(sections: HTMLElement[]): SlideFit[] {
  for (const section of sections) {
    if (section.dataset.fit) setScale(section, 1)
    if (section.dataset.balance) setBalance(section, 0)
    for (const code of section.querySelectorAll<HTMLElement>('pre[data-lectern-wrap]')) setWrap(code, false)
    for (const picture of section.querySelectorAll<HTMLElement>('img[data-lectern-shrunk]')) shrinkPicture(picture, undefined)
  }
  // Pass 1: read every slide, then shrink those that need it and enlarge the roomy ones.
  const all: Measure[] = sections.map((section) => {
    const body = bodyOf(section)
    return { section, body, ...measureFit(section, body, 1) }
  })
  const grown = all.filter(
    (measure) =>
      measure.needed >= 1 && measure.wrap.length === 0 && measure.spare > balanceMinimum && balances(measure.section, measure.body),
  )
  for (const measure of grown) {
    setScale(measure.section, Math.min(growMost, (measure.used + measure.spare * growShare) / measure.used))
  }
  // A slide whose code wraps is taller now: it is measured again below, as a shrunk one is.
  const measures = all.filter((measure) => measure.needed < 1 || measure.wrap.length > 0)
  for (const measure of measures) {
    for (const code of measure.wrap) setWrap(code, true)
    setScale(measure.section, Math.max(floorOf(measure.section), Math.min(1, measure.needed)))
  }
  // Pass 2: a scaled slide rewraps its text; shrink the few that still do not fit a little
  // more, take back an enlargement that made a slide too tall or too wide, and move what
  // fits down into the room left below it.
  const scaleOf = (measure: Measure) => Number(measure.section.dataset.fit ?? 1)
  const again = measures.map((measure) => measureFit(measure.section, measure.body, scaleOf(measure)).needed)
  const regrown = grown.map((measure) => measureFit(measure.section, measure.body, scaleOf(measure)))
  measures.forEach((measure, index) => {
    if (again[index] < scaleOf(measure) - 0.001) setScale(measure.section, Math.max(floorOf(measure.section), again[index] - 0.01))
  })
  grown.forEach((measure, index) => {
    const { needed, spare } = regrown[index]
    if (needed < scaleOf(measure) - 0.001) setScale(measure.section, Math.max(1, needed - 0.02))
    else if (spare > balanceMinimum) setBalance(measure.section, spare * balanceShare)
  })
  // The pieces of one listing split over slides (core/split-visual.ts) show in one size, the
  // smallest any of them needs: three sizes on three slides read as three listings. A piece made
  // smaller has its content moved down into the room it leaves, as an enlarged slide has.
  const unified: Measure[] = []
  const pieces = new Map<string, Measure[]>()
  for (const measure of all) {
    const piece = measure.section.querySelector<HTMLElement>('code[data-lectern-piece]')?.dataset.lecternPiece
    if (piece !== undefined) pieces.set(piece, [...(pieces.get(piece) ?? []), measure])
  }
  for (const group of pieces.values()) {
    if (group.length < 2) continue
    const smallest = Math.min(...group.map(scaleOf))
    const smaller = group.filter((measure) => scaleOf(measure) > smallest + 0.001)
    for (const measure of smaller) {
      setScale(measure.section, smallest)
      setBalance(measure.section, 0)
      if (!measures.includes(measure)) unified.push(measure)
    }
    const room = smaller.map((measure) => measureFit(measure.section, measure.body, smallest).spare)
    smaller.forEach((measure, index) => {
      if (room[index] > balanceMinimum && balances(measure.section, measure.body)) setBalance(measure.section, room[index] * balanceShare)
    })
  }
  // Pass 3: a slide still too tall at the floor gives its pictures less height, rather than its
  // text. Every such slide is read first, then its pictures capped.
  const tight = measures.flatMap((measure) => {
    const pictures = measure.body.flatMap((child) => (child.matches('img') ? [child] : [...child.querySelectorAll<HTMLElement>('img')]))
    if (scaleOf(measure) > floorOf(measure.section) + 0.001 || pictures.length === 0) return []
    const over = -measureFit(measure.section, measure.body, scaleOf(measure)).spare
    const unit = measure.section.getBoundingClientRect().height / measure.section.offsetHeight || 1
    return [{ measure, over, pictures, heights: pictures.map((picture) => picture.getBoundingClientRect().height / unit) }]
  })
  for (const { measure, over, pictures, heights } of tight) {
    const total = heights.reduce((sum, height) => sum + height, 0)
    if (over <= 0 || total <= 0) continue
    pictures.forEach((picture, at) => {
      const height = Math.max(minPictureHeight, heights[at] - (over * heights[at]) / total - 2)
      shrinkPicture(picture, height / scaleOf(measure))
    })
  }
  // Pass 4 (reads only): what is left over at the floor.
  const fitted = [...measures, ...unified].map((measure) => {
    const scale = scaleOf(measure)
    const floor = floorOf(measure.section)
    const overflow = scale <= floor + 0.001 && measureFit(measure.section, measure.body, scale).needed < scale - 0.005
    const { id, dataset } = measure.section
    return {
      id,
      title: dataset.lecternTitle ?? '',
      line: dataset.line ? Number(dataset.line) : undefined,
      column: dataset.column ? Number(dataset.column) : undefined,
      scale,
      floor,
      overflow,
    }
  })
  return fitted.filter((fit) => fit.scale < 1 || fit.overflow)
}

/**
 * Visible characters a slide of key points alone can hold, at 32px on a 1280px-wide slide, with
 * room to spare: fewer cannot fill it (points are short, at most five to a slide).
 */
const plainSlideCharacters = 480

/**
 * Whether a slide could overflow, judged without laying it out: one with nothing but its heading,
 * a few short points or a statement cannot, and most slides are like that. Only the others are
 * measured, so a long deck's print view lays out only a few of its pages twice.
 */
export function mayOverflow(section: HTMLElement, capacity: number): boolean {
  if (section.classList.contains('lectern-title')) return true
  let characters = 0
  let headings = 0
  for (const child of section.children) {
    if (child.matches('aside.notes, .lectern-pdf-mark')) continue
    // (A second heading is not the slide's: one the article's HTML set among the points.)
    if (child.matches('h2') && ++headings > 1) return true
    if (!child.matches('h2, .lectern-kicker, ul.lectern-points, p.lectern-statement')) return true
    characters += child.textContent?.length ?? 0
  }
  return characters > capacity
}

/**
 * Fit the deck's slides (see {@link fitSlides}). Those that may overflow are marked and laid out
 * for the measuring (Reveal shows only a few slides at a time; the print view for print only,
 * none), the rest left alone. `fontSize` and `width` are the slide's, in CSS pixels.
 */
export function fitDeck(document: Document, { width, fontSize }: { width: number; fontSize: number }): SlideFit[] {
  placeWidePictures(document)
  const capacity = plainSlideCharacters * (width / 1280) * (32 / fontSize) ** 2
  const candidates = leafSections(document).filter((section) => mayOverflow(section, capacity))
  const marked = candidates.flatMap((section) =>
    [section, section.closest('.pdf-page') ?? section.parentElement!.closest('section')].filter(
      (element): element is HTMLElement => element !== null,
    ),
  )
  for (const element of marked) element.classList.add('lectern-measure')
  const root = document.documentElement
  root.classList.add('lectern-fitting')
  try {
    return fitSlides(candidates)
  } finally {
    root.classList.remove('lectern-fitting')
    for (const element of marked) element.classList.remove('lectern-measure')
  }
}

/** Width over height beyond which a picture beside the points would be drawn too small to read (a wide screenshot). */
const widePicture = 2.2
/**
 * The box beside the points (48% of the slide's width, the room's height, base.css) is about
 * this many times as wide as high on a 16:9 slide; below one, two or three points a picture
 * has the full width and these shares of the room's height.
 */
const besideBox = 1.2
const belowShares = [0.8, 0.72, 0.62]

/**
 * Width over height beyond which a picture is drawn larger below the points than beside them:
 * the fewer the points, the more height is left below them, and a chart twice as wide as high
 * under one point is half as large again as beside it.
 */
function wideBelow(points: number): number {
  const share = belowShares[points - 1]
  return share === undefined ? widePicture : Math.min(widePicture, besideBox / share)
}

/**
 * A wide picture (a screenshot of a long row of numbers, a bar chart under a point or two) set
 * beside the points would get half the slide's width and a sliver of its height: it goes below
 * them at full width instead (`lectern-wide-picture`, base.css). Its proportions are only
 * known once it has loaded.
 */
function placeWidePictures(document: Document): void {
  for (const image of document.querySelectorAll<HTMLImageElement>('.reveal section.lectern-image-text p.lectern-picture img')) {
    if (!image.complete || image.naturalHeight === 0) continue
    const section = image.closest('section')!
    const points = section.querySelector(':scope > ul.lectern-points')
    if (image.naturalWidth / image.naturalHeight < wideBelow(points?.children.length ?? 0)) continue
    const picture = image.closest('p.lectern-picture')!
    section.classList.add('lectern-wide-picture')
    if (points && picture.compareDocumentPosition(points) & Node.DOCUMENT_POSITION_FOLLOWING) points.after(picture)
  }
}

/** The slides of a deck: the `<section>`s that hold no others. */
export function leafSections(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.reveal .slides section')].filter((section) => !section.querySelector('section'))
}

/**
 * Resolves when every picture on the slides has its size (loaded, or failed). By the load
 * events, not `decode()`: Chromium does not decode pictures for a tab in the background, such
 * as the handout's while slides.pdf prints, and `decode()` would wait for ever.
 */
export function picturesSized(root: ParentNode): Promise<unknown> {
  return Promise.all(
    [...root.querySelectorAll<HTMLImageElement>('.reveal .slides img')].map((image) =>
      image.complete
        ? undefined
        : new Promise((done) => {
            image.addEventListener('load', done, { once: true })
            image.addEventListener('error', done, { once: true })
          }),
    ),
  )
}
