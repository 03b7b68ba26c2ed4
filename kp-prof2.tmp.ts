import { readFileSync } from 'node:fs'
import { sentencesOf } from './src/core/key-points/text.ts'
import { compress } from './src/core/key-points/compress.ts'
const text = readFileSync('content/aws-founding-story.md', 'utf8')
const sents = text.split(/\n\n+/).filter((p) => p.length > 40 && !p.startsWith('#')).flatMap((p) => sentencesOf(p, 'en'))
for (let i = 0; i < 300; i++) sents.forEach((s) => compress(s, 'en'))
