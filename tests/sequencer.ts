import { readFileSync } from 'node:fs'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { cold } from './prefetch.ts'

/*
 * Packages that only a few test files load and that cost each worker loading them much of a
 * test file's time: pdf.js (with the @napi-rs/canvas it requires) about 0.4 s of CPU. Vitest
 * hands the next file to whichever worker is free, so two such files usually ran on both
 * workers and each paid for the package.
 */
const heavyPackages = ['pdfjs-dist']

/**
 * Put the files that load one of `heavyPackages` where one worker runs them all: the first
 * of them first, then the file that would have come first (the longest, which loads the whole
 * pipeline and keeps the other worker busy for a second or more), then the others. The first
 * worker is free again long before the second, so it takes them.
 */
export function keepHeavyFilesTogether(files: TestSpecification[]): TestSpecification[] {
  for (const name of heavyPackages) {
    // Only where files share their worker's modules (`isolate: false`, the unit project) is a package loaded once per worker.
    const loading = files.filter(
      (file) => file.project.config.isolate === false && readFileSync(file.moduleId, 'utf8').includes(`'${name}`),
    )
    if (loading.length < 2) continue
    const others = files.filter((file) => !loading.includes(file))
    files = [loading[0], ...others.slice(0, 1), ...loading.slice(1), ...others.slice(1)]
  }
  return files
}

/** Vitest's order of test files, heavy files kept together; on a cold run, it starts transforming them all in that order. */
export class UnitSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = keepHeavyFilesTogether(await super.sort(files))
    if (cold) for (const file of sorted) void file.project.vite.environments.ssr.warmupRequest(file.moduleId)
    return sorted
  }
}
