// Loaded into each unit worker with `--import` (see vitest.config.ts), before vitest starts its
// module runner: plain JavaScript, since Node 20 cannot load TypeScript by itself.
import { ModuleRunner } from 'vite/module-runner'

/*
 * A worker runs a module through Vite's module runner one import at a time: it reaches
 * `await __vite_ssr_import__(…)`, asks the main process for that module, waits for the answer,
 * runs the module, and only then reaches the next import. Down the pipeline's graph (about 210
 * modules) the worker sat idle for each answer in turn. Here, as soon as a module arrives, the
 * runner asks for all its static imports at once and keeps the answers as it would have kept
 * them had it asked one by one, so the imports that follow find them without waiting. What runs,
 * and in what order, is unchanged: only the asking moves earlier. A failed request ahead is
 * dropped, and the import itself asks again, so its error names the import that needs the module.
 * `cachedModule`, `getModuleInformation` and the two maps `fetchAhead` reads are the runner's
 * own (private) parts; were they renamed, nothing is fetched ahead and nothing else changes.
 */

/** A module's static imports, as Vite's SSR transform writes them. */
const staticImport = /__vite_ssr_import__\("([^"]+)"/g

const { cachedModule, getModuleInformation } = ModuleRunner.prototype

/** Requests made ahead and not yet answered, by runner and URL; each settles, never rejects. */
const ahead = new WeakMap()

/** Ask for a module ahead of its import, unless it is known or asked for already. */
function fetchAhead(runner, url, importer) {
  if (!(runner.concurrentModuleNodePromises instanceof Map) || typeof runner.evaluatedModules?.getModuleByUrl !== 'function') return
  let pending = ahead.get(runner)
  if (!pending) ahead.set(runner, (pending = new Map()))
  if (pending.has(url) || runner.concurrentModuleNodePromises.has(url)) return
  const known = runner.evaluatedModules.getModuleByUrl(url)
  if (known?.meta) return
  pending.set(
    url,
    runner
      .getModuleInformation(url, importer, known)
      .catch(() => {})
      .finally(() => pending.delete(url)),
  )
}

// The first wrapper chains on the runner's own promise with a single `.then` and is no async
// function: V8 follows such a chain back to the import when it writes an error's stack, and
// shows no frame of this file in it (a second `.then` on the same promise would break the chain).
if (typeof cachedModule === 'function' && typeof getModuleInformation === 'function') {
  const scanned = new WeakSet()
  ModuleRunner.prototype.getModuleInformation = function getModuleInformationAhead(url, importer, cached) {
    return getModuleInformation.call(this, url, importer, cached).then((module) => {
      const meta = module?.meta
      if (meta && typeof meta.code === 'string' && !scanned.has(meta)) {
        scanned.add(meta)
        for (const [, specifier] of meta.code.matchAll(staticImport)) fetchAhead(this, specifier, meta.file || meta.id)
      }
      return module
    })
  }
  ModuleRunner.prototype.cachedModule = function cachedModuleAhead(url, importer) {
    const pending = ahead.get(this)?.get(url)
    return pending ? cachedModuleAfter(this, pending, url, importer) : cachedModule.call(this, url, importer)
  }
}

/**
 * The runner's own step once the request ahead for the same module has settled. Awaited, so that
 * an error's stack still runs back to the import (through one frame of this file).
 */
async function cachedModuleAfter(runner, pending, url, importer) {
  await pending
  return cachedModule.call(runner, url, importer)
}
