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
 * `pos`'s lexicon is a 4 MB object literal that every English key point needs, loaded on every
 * start. V8 reads the same object from a JSON string much faster than it compiles the literal.
 */
const lexiconAsJson = {
  name: 'lexicon-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]pos[\\/]lexicon\.js$/ }, (args) => {
      const lexicon = createRequire(args.path)(args.path)
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(lexicon))})`, loader: 'js' }
    })
  },
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
    plugins: [lexiconAsJson],
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
  })
  rmSync(join(root, 'lib'), { recursive: true, force: true })
  renameSync(join(root, staging), join(root, 'lib'))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureLib({ force: true })
