/**
 * `npm run quality`: builds every article of the corpus (tests/fixtures/articles/*) and the
 * sample talk, and prints, per article and in total, how presentable its key points and
 * slides are, and how the deck app fitted its slides in Chromium (one browser for all, as
 * `lectern check` opens it): slides shrunk, shrunk to the floor, and still overflowing on
 * screen and in print. `-- --points` also lists every slide's title and points, to read them
 * against the notes; `-- --no-browser` skips the browser.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Element } from 'hast'
import { selectAll, select } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { fitFloor } from '../src/client/fit.ts'
import { closeBrowser, launchBrowser } from '../src/node/browser/index.ts'
import { buildDeck } from '../src/node/build.ts'
import { type FittedSlide, measureFit } from '../src/node/check-deck.ts'
import { isCjk, pointLeans, pointLength, termsOf, similarity } from '../src/core/key-points/index.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = join(root, 'tests/fixtures/articles')
const showPoints = process.argv.includes('--points')
const withBrowser = !process.argv.includes('--no-browser')
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))

function articles(): Array<{ name: string; path: string }> {
  const found = existsSync(corpus)
    ? readdirSync(corpus)
        .map((name) => ({
          name,
          path: ['index.md', 'index.mdx', 'index.html', 'index.txt'].map((file) => join(corpus, name, file)).find(existsSync),
        }))
        .filter((entry): entry is { name: string; path: string } => entry.path !== undefined)
    : []
  found.push({ name: 'aws-founding-story', path: join(root, 'content/aws-founding-story.md') })
  return only.length > 0 ? found.filter((entry) => only.some((name) => entry.name.includes(name))) : found
}

interface Counts {
  points: number
  ellipsis: number
  short: number
  leaning: number
  repeating: number
  slides: number
  oneItemContinued: number
  untitled: number
  continued: number
  shrunk: number
  atFloor: number
  overflowScreen: number
  overflowPrint: number
}

const empty = (): Counts => ({
  points: 0,
  ellipsis: 0,
  short: 0,
  leaning: 0,
  repeating: 0,
  slides: 0,
  oneItemContinued: 0,
  untitled: 0,
  continued: 0,
  shrunk: 0,
  atFloor: 0,
  overflowScreen: 0,
  overflowPrint: 0,
})
const parser = unified().use(rehypeParse, { fragment: true })
/** Half a slide of body text. */
const orphanCharacters = 350
/** A piece of code this long is not "a few lines alone" (`minCodeLines` in src/core/split-visual.ts). */
const minCodeLines = 5
const clean = (node: Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '')

async function measure(path: string): Promise<Counts> {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-quality-'))
  try {
    const built = await buildDeck({ article: path, outDir, checkContrast: false, images: { offline: true } })
    const counts = measureSlides(built.rendered.html, built.rendered.deck.meta.lang)
    if (browser) {
      const { screen, print } = await measureFit(browser, built.outDir)
      const atFloor = (fit: FittedSlide) => fit.scale <= (fit.floor ?? fitFloor) + 0.001
      counts.shrunk = print.filter((fit) => fit.scale < 1).length
      counts.atFloor = print.filter(atFloor).length
      counts.overflowScreen = screen.filter((fit) => fit.overflow).length
      counts.overflowPrint = print.filter((fit) => fit.overflow).length
      if (showPoints) for (const fit of [...screen, ...print].filter((each) => each.overflow)) console.log(`    overflows: ${fit.title}`)
    }
    return counts
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** Code, quotes and pictures (or their placeholders, or the caption of a missing one) on a slide. */
const pictures = (slide: Element) =>
  selectAll(
    ':scope > pre, :scope > p img, :scope > p .lectern-missing-image, :scope > p .lectern-image-caption, :scope > blockquote',
    slide,
  ).length

function measureSlides(html: string, lang: string): Counts {
  const tree = parser.parse(html)
  const counts = empty()
  for (const slide of selectAll('section.lectern-group > section', tree)) {
    counts.slides++
    const heading = clean(select('h1, h2', slide))
    if (!heading) counts.untitled++
    // A step's number (`.lectern-step`) is not part of its point.
    // (A block's lead-in line, "Before:" over its listing, is its caption, not a key point: no bullet.)
    const points = selectAll('.lectern-points > li:not(.lectern-lead-in)', slide).map((item) =>
      clean({
        ...item,
        children: item.children.filter((child) => child.type !== 'element' || !String(child.properties.className).includes('lectern-step')),
      }),
    )
    // The notes hold each point's paragraph: what a reader of the slide does not see.
    const notes = selectAll('aside.notes p, aside.notes li', slide).map(clean)
    const leaning = points.map((point) => pointLeans(point, lang, sourceOf(point, notes)))
    if (showPoints)
      console.log(
        `  [${heading || '—'}]\n${points.map((point, index) => `    • ${point}${leaning[index] ? '   <leans>' : ''}`).join('\n')}`,
      )
    for (const [index, point] of points.entries()) {
      counts.points++
      if (/(…|\.\.\.)$/.test(point)) counts.ellipsis++
      if (!isCjk(point) && pointLength(point, lang) <= 2) counts.short++
      if (leaning[index]) counts.leaning++
      if (heading && similarity(termsOf(point, lang), termsOf(heading, lang)) >= 0.7) counts.repeating++
    }
    if (slide.properties.className && String(slide.properties.className).includes('lectern-continued')) {
      counts.continued++
      const items =
        points.length +
        // Nested items count: one item with sub-items under it is not alone; so do the items of
        // lists a docs site sets in a <div> of columns.
        selectAll(':scope > ul:not(.lectern-points) li, :scope > ol li, :scope > div li', slide).length +
        selectAll(':scope > table tbody tr', slide).length +
        pictures(slide)
      // An orphan is a small item left alone; a list item that fills a slide by itself is not,
      // nor one that goes on with a piece of its code (a few lines at least, as code splits allow),
      // nor a point over the listing it introduces (in a list item, or on its own, or in a docs site's <div>).
      const body = clean({ ...slide, children: slide.children.filter((child) => child.type !== 'element' || child.tagName !== 'aside') })
      const code = selectAll(':scope > ol > li pre, :scope > ul > li pre, :scope > pre, :scope > div pre', slide).some(
        (pre) =>
          toText(pre, { whitespace: 'pre' })
            .split('\n')
            .filter((line) => line.trim()).length >= minCodeLines,
      )
      const small = body.length - heading.length < orphanCharacters && !code
      if (items === 1 && small && pictures(slide) === 0) {
        counts.oneItemContinued++
        if (showPoints) console.log('    ^ a continuation slide with one item')
      }
    }
  }
  return counts
}

/** The notes paragraph that holds most of a point's words: the text it was made of. */
function sourceOf(point: string, notes: string[]): string {
  const words = point
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const shared = (paragraph: string) => words.filter((word) => paragraph.toLowerCase().includes(word)).length
  return notes.reduce((best, paragraph) => (shared(paragraph) > shared(best) ? paragraph : best), '')
}

const percent = (part: number, whole: number) => (whole === 0 ? '   -' : `${((100 * part) / whole).toFixed(0).padStart(3)}%`)
function row(name: string, c: Counts): string {
  return [
    name.padEnd(34).slice(0, 34),
    String(c.points).padStart(6),
    percent(c.ellipsis, c.points).padStart(6),
    percent(c.short, c.points).padStart(6),
    percent(c.leaning, c.points).padStart(6),
    percent(c.repeating, c.points).padStart(6),
    String(c.slides).padStart(6),
    String(c.continued).padStart(6),
    String(c.oneItemContinued).padStart(6),
    String(c.untitled).padStart(6),
    ...(browser
      ? [
          String(c.shrunk).padStart(6),
          String(c.atFloor).padStart(6),
          String(c.overflowScreen).padStart(6),
          String(c.overflowPrint).padStart(6),
        ]
      : []),
  ].join(' ')
}

const browser = withBrowser ? await launchBrowser() : undefined
try {
  const fitColumns = browser ? ['shrunk', 'floor', 'over s', 'over p'] : []
  console.log(
    ['article'.padEnd(34), 'points', '  "…"', ' ≤2 w', ' lean', ' head', 'slides', ' cont', '1-item', 'no h', ...fitColumns].join(' '),
  )
  const total = empty()
  for (const { name, path } of articles()) {
    if (showPoints) console.log(name)
    const counts = await measure(path)
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key]
    console.log(row(name, counts))
  }
  console.log(row('total', total))
} finally {
  if (browser) await closeBrowser(browser)
}
console.log('\nTargets: 0 "…", 0 points of one or two words (outside CJK), lean ≤ 10%, 0 one-item continuation slides,')
console.log('0 overflowing slides. shrunk: slides the deck app scaled down to fit (in print); floor: of those, shrunk to')
console.log(`its floor (${fitFloor * 100}%); over s / over p: still cut off at the floor, on screen / in print.`)
