import { readFileSync } from 'node:fs'
import { importText } from './src/import/lib/import-text.ts'
for (const n of process.argv.slice(2)) {
  const f = importText(readFileSync(`tests/fixtures/import/text/${n}/input.txt`, 'utf8'), { path: n })
  console.log('=====', n); console.log(String(f.value)); for (const m of f.messages) console.log(String(m))
}
