import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { defineConfig, type Plugin, type TestProjectInlineConfiguration } from 'vitest/config'
import { prefetchImports } from './tests/prefetch.ts'
import { UnitSequencer } from './tests/sequencer.ts'

/**
 * Resolve dependencies as Node does when lectern runs, without the `development` condition
 * that vitest adds: the tests then run the same builds of micromark and its extensions as a
 * user does, not the development ones that check and log (through `debug`) at every step of
 * the tokenizer, which made every parse in the tests slower than in lectern.
 */
function productionConditions(): Plugin {
  return {
    name: 'lectern:production-conditions',
    configEnvironment(_name, config) {
      if (config.resolve?.conditions)
        config.resolve.conditions = config.resolve.conditions.filter((condition) => condition !== 'development|production')
    },
  }
}

/**
 * A project with the options all three share. Each lists them itself rather than `extends: true`,
 * with which vitest would load (bundle and run) this file again for every project, even for
 * the projects a `--project` filter leaves out: about 0.1 s of each `npm run test:unit`.
 */
function project(options: TestProjectInlineConfiguration): TestProjectInlineConfiguration {
  return {
    ...options,
    // lectern's `pos` with the lexicon the CLI builds into lib/ (tests/pos-with-lexicon-lines.ts).
    resolve: { alias: { pos: resolve(import.meta.dirname, 'tests/pos-with-lexicon-lines.ts') } },
    plugins: [productionConditions(), prefetchImports()],
    test: { testTimeout: 60_000, hookTimeout: 120_000, ...options.test },
  }
}

/*
 * Three projects. `unit`: pure tests of the pipeline, importers, themes and PDF syntax, a few
 * seconds in all (`npm run test:unit`). `slow`: files named `*.slow.test.ts`, pure too but at
 * the sizes users and attackers reach, and every article of the corpus (which grows), seconds
 * each (`npm run test:slow`). `browser`: files
 * named `*.browser.test.ts`, which run the real CLI, a server or Chromium (`npm run test:browser`).
 * `npm test` runs all three.
 */
export default defineConfig({
  test: {
    // Files that load pdf.js run on one worker, and a first run (no module cache yet) transforms
    // ahead what the workers will import: see tests/sequencer.ts and tests/prefetch.ts.
    sequence: { sequencer: UnitSequencer },
    projects: [
      project({
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts', 'tests/**/*.slow.test.ts'],
          // Pure tests share one module graph per worker: loading the pipeline (unified, KaTeX,
          // the tagger, Readability) once instead of once per file is most of their time.
          isolate: false,
          // pdf.js requires @napi-rs/canvas, which reads every system font as it loads (0.1–0.25 s
          // of a worker); reading a PDF's text and outline draws nothing, so it needs none.
          env: { DISABLE_SYSTEM_FONTS_LOAD: '1' },
          // Two workers keep both cores busy; V8's own background threads (concurrent marking,
          // compiling) only take turns with them, so the workers do their GC and compiling inline.
          // Inline, TurboFan's compiles cost more than they win back for most functions: a test
          // runs them a few times, not the thousands a long build does. The few that every render
          // runs thousands of times (micromark's tokenizer loop, above all) do win it back, so instead
          // of no TurboFan at all (`--no-opt`) the workers give each function a budget about thirty
          // times V8's before it is optimised (`--interrupt-budget`, in bytes of bytecode run).
          // Each worker also asks for a module's imports as soon as the module arrives, rather than
          // one at a time as it runs them (tests/fetch-ahead.mjs).
          execArgv: [
            '--single-threaded',
            '--interrupt-budget=2000000',
            '--import',
            pathToFileURL(resolve(import.meta.dirname, 'tests/fetch-ahead.mjs')).href,
          ],
        },
      }),
      project({
        test: {
          name: 'slow',
          include: ['tests/**/*.slow.test.ts'],
        },
      }),
      project({
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
        },
      }),
    ],
    // Browser and PDF suites launch Chromium; two cores do not take more than two at once.
    maxWorkers: 2,
    // Keep transformed TypeScript on disk (node_modules/.experimental-vitest-cache, keyed by each
    // file's content): a rerun skips the transform, a third of `npm run test:unit`'s time.
    experimental: { fsModuleCache: true },
  },
})
