/**
 * A process that replaces `slides.pdf` and `handout.pdf` in a folder together, as an export
 * does, and kills itself (SIGKILL, nothing runs after) at the moment named on its command line:
 *   `node --import tsx replace-and-die.ts FOLDER MOMENT`, MOMENT one of
 *   `before-journal` (both staged, no journal yet), `before-renames` (journal written),
 *   `between-renames` (slides.pdf new, handout.pdf still old), `never`.
 * It wraps `fs.renameSync`, which `writeFilesTogether` calls for the journal and each file.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { join } from 'node:path'

const [folder, moment] = process.argv.slice(2)
const rename = fs.renameSync
let renamed = 0
const die = () => process.kill(process.pid, 'SIGKILL')
fs.renameSync = (from, to) => {
  const pdf = String(to).endsWith('.pdf')
  if (!pdf && moment === 'before-journal') die()
  if (pdf && renamed === 0 && moment === 'before-renames') die()
  rename(from, to)
  if (pdf && ++renamed === 1 && moment === 'between-renames') die()
}
syncBuiltinESMExports()

const { writeFilesTogether } = await import('../../src/node/write-atomic.ts')
const encode = (text: string) => new TextEncoder().encode(text)
await writeFilesTogether([
  { path: join(folder, 'slides.pdf'), data: encode('new slides') },
  { path: join(folder, 'handout.pdf'), data: encode('new handout') },
])
