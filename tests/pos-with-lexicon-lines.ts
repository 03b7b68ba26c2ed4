import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { lexiconLines, sortedLexicon } from '../bin/ensure-lib.js'

/*
 * `pos` as the tests import it (vitest.config.ts sends lectern's `import … from 'pos'` here): its
 * own Tagger, with the lexicon as the CLI has it, one string of sorted lines searched when a word
 * is looked up (bin/ensure-lib.js), instead of the 4 MB object literal `pos` ships. The tests then
 * run the lexicon users run, and each worker no longer builds that object (and walks its 92,000
 * arrays in every garbage collection): docs/benchmarks.md. The lines are made from `pos`'s own
 * lexicon on the first run and kept in node_modules/.cache.
 */
const require = createRequire(resolve(import.meta.dirname, '../node_modules/pos/index.js'))
const { version } = require('./package.json') as { version: string }
const file = resolve(import.meta.dirname, `../node_modules/.cache/lectern-tests/pos-${version}-lexicon-lines.txt`)

if (!existsSync(file)) {
  mkdirSync(dirname(file), { recursive: true })
  // Written beside it and renamed: two workers may make it at once, and neither reads half a file.
  const staging = `${file}.${process.pid}`
  writeFileSync(staging, lexiconLines(require('./lexicon.js')))
  renameSync(staging, file)
}

const POSTagger = require('./POSTagger.js') as { prototype: object }
const lexicon = sortedLexicon(readFileSync(file, 'utf8'))

/** `pos`'s Tagger: its rules, with the sorted-lines lexicon. */
function Tagger(this: { lexicon: unknown }): void {
  this.lexicon = lexicon
}
Tagger.prototype = POSTagger.prototype

export default { Tagger }
