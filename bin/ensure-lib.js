// Compiles src/ to lib/ with esbuild when lib/ is missing or older than any source file.
// Dependencies stay external: Node loads them from node_modules as usual.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Entry points and where they are written. */
export const libEntries = {
  cli: 'src/cli/main.ts',
  index: 'src/index.ts',
  vite: 'src/vite/index.ts',
  'key-point-worker': 'src/node/key-point-worker.ts',
}

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

function builtAt() {
  try {
    return Math.min(...Object.keys(libEntries).map((name) => statSync(join(root, 'lib', `${name}.js`)).mtimeMs))
  } catch {
    return -1
  }
}

/**
 * `pos`'s lexicon is a 4 MB object literal of 92,000 words, of which a build looks up a few
 * thousand. Made into an object on every start, it cost more than all the lookups: it ships
 * as one string of sorted lines instead, and the words are found in it when asked.
 */
const lexiconAsLines = {
  name: 'lexicon-as-lines',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]pos[\\/]lexicon\.js$/ }, (args) => ({
      contents: lexiconModule(createRequire(args.path)(args.path)),
      loader: 'js',
    }))
  },
}

/** The source of a CommonJS module standing in for `pos`'s lexicon (word → its tags). */
export function lexiconModule(lexicon) {
  return `module.exports = (${sortedLexicon})(${JSON.stringify(lexiconLines(lexicon))})`
}

/** One line per word, `word TAG TAG…` (`word ` when it has none), sorted by UTF-16 code units (what `sortedLexicon` searches by). */
export function lexiconLines(lexicon) {
  return Object.keys(lexicon)
    .sort()
    .map((word) => `${word} ${lexicon[word].join(' ')}`)
    .join('\n')
}

/**
 * An object that reads as the lexicon does (`lexicon[word]` is its array of tags, or what
 * any object has, or undefined), found by binary search in `lines` from `lexiconLines`.
 * Its source goes into lib/ as it is written here: it must not use anything outside it.
 */
export function sortedLexicon(lines) {
  const starts = [0]
  for (let at = lines.indexOf('\n'); at !== -1; at = lines.indexOf('\n', at + 1)) starts.push(at + 1)
  // `word` against the word that starts at `start` (ended by a space): below, equal or above 0.
  const compare = (word, start) => {
    for (let index = 0; ; index++) {
      const mine = index < word.length ? word.charCodeAt(index) : -1
      const theirs = lines.charCodeAt(start + index)
      const other = theirs === 32 ? -1 : theirs
      if (mine !== other || mine === -1) return mine - other
    }
  }
  const find = (word) => {
    let low = 0
    let high = starts.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = compare(word, starts[middle])
      if (order === 0) {
        const end = middle + 1 < starts.length ? starts[middle + 1] - 1 : lines.length
        const tags = lines.slice(starts[middle] + word.length + 1, end)
        return tags === '' ? [] : tags.split(' ')
      }
      if (order < 0) high = middle - 1
      else low = middle + 1
    }
    return undefined
  }
  return new Proxy(
    {},
    {
      get: (target, key, receiver) => (typeof key !== 'string' || key in target ? Reflect.get(target, key, receiver) : find(key)),
      has: (target, key) => key in target || (typeof key === 'string' && find(key) !== undefined),
    },
  )
}

/**
 * In lectern's repository, compile src/ to lib/ when a source is newer. An installed package
 * ships lib/ built when it was packed, and never compiles into itself.
 */
export async function ensureLib({ force = false } = {}) {
  if (!force && !existsSync(join(root, 'src/cli/main.ts'))) return
  // This file decides how lib/ is built, so a change to it builds lib/ again too.
  const newest = Math.max(newestSource(join(root, 'src')), statSync(fileURLToPath(import.meta.url)).mtimeMs)
  if (!force && builtAt() >= newest) return
  const { build } = await import('esbuild')
  // Built beside lib/ and swapped in, so stale chunks never pile up and no reader sees half a build.
  const staging = `lib.tmp-${process.pid}`
  await build({
    absWorkingDir: root,
    entryPoints: libEntries,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The unified ecosystem is hundreds of small modules: bundled, the CLI starts sooner. So
    // does Puppeteer, which loads while the browser starts, on the same cores (figures in
    // docs/benchmarks.md). Packages that find files beside their own code stay external.
    external: ['vite', '@puppeteer/browsers', 'esbuild', 'sirv', 'reveal.js', 'subset-font', '@fontsource*', '@fontsource-variable/*'],
    // Bundled CommonJS (commander) calls require(); give the ES module output one.
    banner: { js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);" },
    plugins: [lexiconAsLines],
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
  })
  rmSync(join(root, 'lib'), { recursive: true, force: true })
  renameSync(join(root, staging), join(root, 'lib'))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureLib({ force: true })
