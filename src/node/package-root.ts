import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** lectern's own folder (where `themes/` and `src/client/` live), from src/ or from the compiled lib/. */
export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)))

/**
 * Whether lectern runs from its repository (sources beside it, compiled on the fly) rather
 * than from an installed package, which ships only what it runs and never writes into itself.
 */
export const isSourceCheckout = existsSync(join(packageRoot, 'src/cli/main.ts'))

/** The deck app's entry module. */
export const clientEntry = join(packageRoot, 'src/client/main.ts')

function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'lectern') return dir
  }
  throw new Error(`lectern's package.json not found above ${from}`)
}

/** KaTeX's `dist/` folder (its stylesheet and fonts), found the way Node resolves the package. */
export function katexDist(): string {
  return dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'))
}
