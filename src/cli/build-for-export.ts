import type { DeckOptions } from '../core/index.ts'
import type { BuildResult } from '../node/build.ts'
import type { OutDirLock } from '../node/out-dir-lock.ts'
import { printWarnings } from './report.ts'

/** What an export command (`pdf`, `pptx`) hands the build it starts with. */
export interface BuildForExport {
  article: string
  outDir: string
  overrides: Partial<DeckOptions>
  offline?: boolean
  browser?: string
  /** The command holds the folder's lock across build and export. */
  lock: OutDirLock
  progress: { show(text: string): void }
  signal: AbortSignal
}

/**
 * The build step of an export: the deck built into the locked folder (which never touches
 * the files the export wrote before), its warnings printed, progress shown; stops here when
 * the user interrupted during the build.
 */
export async function buildForExport(options: BuildForExport): Promise<BuildResult> {
  const { buildDeck } = await import('../node/build.ts')
  options.progress.show('build: deck')
  const built = await buildDeck({
    article: options.article,
    outDir: options.outDir,
    overrides: options.overrides,
    images: { offline: options.offline },
    lock: options.lock,
    browser: options.browser,
  })
  printWarnings(built.rendered.file)
  options.signal.throwIfAborted()
  options.progress.show(`build: ${built.rendered.deck.slideCount} slides`)
  return built
}
