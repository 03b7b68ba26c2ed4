/**
 * `npm run quality`: builds every article of the corpus (tests/fixtures/articles/*) and the
 * sample talk, and prints, per article and in total, how presentable its key points and
 * slides are. `-- --points` also lists every slide's title and points, to read them against
 * the notes. Overflow is measured in the browser by `lectern check`, not here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Element } from 'hast'
import { selectAll, select } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { renderDeck } from '../src/core/index.ts'
import { importArticle } from '../src/import/index.ts'
import { isCjk, leansOnPrevious, pointLength, termsOf, similarity } from '../src/core/key-points/index.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = join(root, 'tests/fixtures/articles')
const showPoints = process.argv.includes('--points')
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))

function articles(): Array<{ name: string; path: string }> {
  const found = existsSync(corpus)
    ? readdirSync(corpus)
        .map((name) => ({ name, path: ['index.md', 'index.html', 'index.txt'].map((file) => join(corpus, name, file)).find(existsSync) }))
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
})
const parser = unified().use(rehypeParse, { fragment: true })
/** Half a slide of body text. */
const orphanCharacters = 350
const clean = (node: Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '')

function measure(path: string): Counts {
  // Saved pages and plain text go through the importer, as `lectern build` does.
  const article = importArticle(readFileSync(path, 'utf8'), { path })
  const { html, deck } = renderDeck(new VFile({ path, value: String(article.value) }))
  const lang = deck.meta.lang
  const tree = parser.parse(html)
  const counts = empty()
  for (const slide of selectAll('section.lectern-group > section', tree)) {
    counts.slides++
    const heading = clean(select('h1, h2', slide))
    if (!heading) counts.untitled++
    const points = selectAll('.lectern-points > li', slide).map((item) => clean(item))
    if (showPoints) console.log(`  [${heading || '—'}]\n${points.map((point) => `    • ${point}`).join('\n')}`)
    for (const point of points) {
      counts.points++
      if (/(…|\.\.\.)$/.test(point)) counts.ellipsis++
      if (!isCjk(point) && pointLength(point, lang) <= 2) counts.short++
      if (leansOnPrevious(point, lang)) counts.leaning++
      if (heading && similarity(termsOf(point, lang), termsOf(heading, lang)) >= 0.7) counts.repeating++
    }
    if (slide.properties.className && String(slide.properties.className).includes('lectern-continued')) {
      counts.continued++
      const items =
        points.length +
        selectAll(':scope > ul:not(.lectern-points) > li, :scope > ol > li', slide).length +
        selectAll(':scope > table tbody tr', slide).length +
        selectAll(':scope > pre, :scope > p img, :scope > blockquote', slide).length
      // An orphan is a small item left alone; a list item that fills a slide by itself is not.
      const body = clean({ ...slide, children: slide.children.filter((child) => child.type !== 'element' || child.tagName !== 'aside') })
      const small = body.length - heading.length < orphanCharacters
      if (items === 1 && small && selectAll(':scope > pre, :scope > p img, :scope > blockquote', slide).length === 0) {
        counts.oneItemContinued++
        if (showPoints) console.log('    ^ a continuation slide with one item')
      }
    }
  }
  return counts
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
  ].join(' ')
}

console.log(['article'.padEnd(34), 'points', '  "…"', ' ≤2 w', ' lean', ' head', 'slides', ' cont', '1-item', 'no h'].join(' '))
const total = empty()
for (const { name, path } of articles()) {
  if (showPoints) console.log(name)
  const counts = measure(path)
  for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key]
  console.log(row(name, counts))
}
console.log(row('total', total))
console.log('\nTargets: 0 "…", 0 points of one or two words (outside CJK), lean ≤ 10%, 0 one-item continuation slides.')
console.log('Overflowing slides (on screen and in print) and slides shrunk past the floor: see `lectern check <article>`.')
