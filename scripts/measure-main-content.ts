/**
 * `npm run measure:import`: how well lectern's HTML import finds the article in the saved
 * pages of tests/fixtures/articles/ that have Readability's extraction (`expected.html`),
 * with each content finder: lectern's own walk and @mozilla/readability (on linkedom), both
 * through the whole import (chrome removal, title, markdown). Per page: recall, the share of
 * expected.html's words found in the markdown's text (a multiset: each word counts as often
 * as it occurs), and chrome, the share of its words not in expected.html. expected.html *is*
 * Readability's output (of the version that made the fixture), so the Readability column is
 * favoured by construction; its misses are what lectern's later steps removed.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { importHtml } from '../src/import/index.ts'
import type { ContentFinder } from '../src/import/html/main-content.ts'

const corpus = fileURLToPath(new URL('../tests/fixtures/articles/', import.meta.url))

/** Words: runs of letters and digits, lowercased; CJK characters one by one. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []
}

function counts(list: string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1)
  return map
}

/** Words of `a` also in `b`, each as often as both have it. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0)
  return shared
}

function score(output: string, expected: string) {
  const out = counts(words(output))
  const want = counts(words(expected))
  const total = (map: Map<string, number>) => [...map.values()].reduce((sum, count) => sum + count, 0)
  const shared = overlap(want, out)
  return { recall: shared / Math.max(1, total(want)), chrome: 1 - shared / Math.max(1, total(out)), words: total(out) }
}

/** The text lectern's import keeps: the markdown's text without frontmatter and `#` title (Readability keeps the title apart too). */
function importedText(html: string, path: string, finder: ContentFinder): string {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter)
    .parse(String(importHtml(html, { path, finder }).value))
  tree.children = tree.children.filter((node) => node.type !== 'yaml' && !(node.type === 'heading' && node.depth === 1))
  return toString(tree)
}

const rows: string[] = []
const sums = { lectern: { recall: 0, chrome: 0 }, readability: { recall: 0, chrome: 0 } }
let pages = 0
for (const name of readdirSync(corpus)
  .filter((entry) => entry.startsWith('html-'))
  .sort()) {
  const expectedPath = join(corpus, name, 'expected.html')
  if (!existsSync(expectedPath)) continue
  const html = readFileSync(join(corpus, name, 'index.html'), 'utf8')
  const expected = toText(fromHtml(readFileSync(expectedPath, 'utf8')))
  const ours = score(importedText(html, join(name, 'index.html'), 'lectern'), expected)
  const theirs = score(importedText(html, join(name, 'index.html'), 'readability'), expected)
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6)
  rows.push(
    `${name.padEnd(28)} lectern ${percent(ours.recall)} ${percent(ours.chrome)}   readability ${percent(theirs.recall)} ${percent(theirs.chrome)}`,
  )
  for (const [key, value] of [
    ['lectern', ours],
    ['readability', theirs],
  ] as const) {
    sums[key].recall += value.recall
    sums[key].chrome += value.chrome
  }
  pages++
}
console.log(`${'page'.padEnd(28)}         recall chrome              recall chrome`)
console.log(rows.join('\n'))
const mean = (key: 'lectern' | 'readability', field: 'recall' | 'chrome') => `${((sums[key][field] / pages) * 100).toFixed(1)}%`.padStart(6)
console.log(
  `${`mean of ${pages} pages`.padEnd(28)} lectern ${mean('lectern', 'recall')} ${mean('lectern', 'chrome')}   readability ${mean('readability', 'recall')} ${mean('readability', 'chrome')}`,
)
