import { readFileSync } from 'node:fs'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { extractKeyPoints } from './src/core/key-points/index.ts'
import { sentencesOf } from './src/core/key-points/text.ts'
import { termsOf } from './src/core/key-points/score.ts'
import { compress } from './src/core/key-points/compress.ts'
const tree = unified().use(remarkParse).parse(readFileSync('content/aws-founding-story.md', 'utf8'))
const paras = tree.children.filter((n): n is Paragraph => n.type === 'paragraph')
const texts = paras.map((p) => toString(p))
const sents = texts.flatMap((t) => sentencesOf(t, 'en'))
const time = (name: string, f: () => void) => { f(); const c = process.cpuUsage(); for (let i = 0; i < 30; i++) f(); const d = process.cpuUsage(c); console.log(name.padEnd(12), ((d.user + d.system) / 1000 / 30).toFixed(2), 'ms per article copy') }
for (let r = 0; r < 2; r++) {
time('extract', () => extractKeyPoints(paras, { heading: 'Relentless Expansion', lang: 'en', mode: 'auto' }))
time('sentences', () => texts.forEach((t) => sentencesOf(t, 'en')))
time('terms', () => sents.forEach((s) => termsOf(s, 'en')))
time('compress', () => sents.forEach((s) => compress(s, 'en')))
}
