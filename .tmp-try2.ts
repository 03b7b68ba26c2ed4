import { readFileSync } from 'node:fs'
import { importText } from './src/import/index.ts'
import { parseMarkdown } from './tests/import/parse-markdown.ts'
const { tree } = parseMarkdown(String(importText(readFileSync('tests/fixtures/import/text/escaping/input.txt', 'utf8')).value))
console.log(JSON.stringify((tree.children[2] as any).children.filter((c: any) => c.type !== 'text').map((c: any) => ({ t: c.type, v: c.value ?? c.url }))))
