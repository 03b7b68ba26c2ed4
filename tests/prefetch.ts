import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Plugin } from 'vitest/config'

/*
 * On a run without vitest's module cache (the first after a clone), each worker asks the main
 * process for one module at a time: it runs a module up to its next import, waits while the main
 * process transforms that import, runs it, and so on down the whole graph. The main process sits
 * idle between requests while the worker waits. The plugin below and the sequencer (tests/sequencer.ts) have it
 * transform ahead: every test file that will run, as soon as the order is known, and each
 * module's own imports as soon as it is transformed. The work is the same; the waiting goes.
 * With the cache on disk (every later run), nothing is transformed ahead: the cache answers
 * faster, and warming a module vitest will not ask for would be work for nothing.
 */
export const cold = !existsSync(resolve(import.meta.dirname, '../node_modules/.experimental-vitest-cache'))

/** Static imports and re-exports of a transformed module (type-only ones are gone by then). */
const staticImport = /(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?['"]([^'"]+)['"]/g

/** Transform a module's own relative imports while a worker runs the module, on a cold run. */
export function prefetchImports(): Plugin {
  return {
    name: 'lectern:prefetch-imports',
    enforce: 'post',
    transform(code, id) {
      // Always in the plugin list, whatever the run: the module cache's keys depend on that list.
      if (!cold || this.environment.mode !== 'dev' || id.includes('/node_modules/')) return
      const environment = this.environment
      for (const [, specifier] of code.matchAll(staticImport)) {
        // Dependencies in node_modules are loaded by the worker itself, never transformed.
        if (!specifier.startsWith('.')) continue
        // lectern's own imports name their file, so no resolver is needed to find it.
        if (specifier.endsWith('.ts')) void environment.warmupRequest(resolve(dirname(id), specifier))
        else
          void this.resolve(specifier, id).then((resolved) => {
            if (resolved && !resolved.external && !resolved.id.includes('/node_modules/')) void environment.warmupRequest(resolved.id)
          })
      }
    },
  }
}
