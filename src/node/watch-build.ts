import { watch, type FSWatcher } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { type BuildOptions, type BuildResult, buildDeck } from './build.ts'

/** What a watching build reports; the caller (the CLI) prints. */
export interface WatchBuildOptions extends BuildOptions {
  /** Each build that succeeded. */
  onBuild(result: BuildResult): void
  /** Each build that failed: the last good deck stays as it was. */
  onError(error: unknown): void
  /** Abort to stop watching (Ctrl-C). */
  signal?: AbortSignal
}

/** Saves closer together than this make one rebuild: an editor writes a file in several steps. */
const settleMs = 80

/**
 * Build the deck, then again whenever the article, a picture it shows or its theme is saved,
 * until `signal` aborts. A build that fails (a half-written save, broken frontmatter) is
 * reported and leaves the last good deck in place; the next save tries again. Watches the
 * folders of those files, not the files: editors often save by replacing a file, which ends a
 * watch on the file itself.
 */
export async function watchBuild(options: WatchBuildOptions): Promise<void> {
  const watchers = new Map<string, FSWatcher>()
  let watched = new Set<string>([resolve(options.article)])
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  let again = false

  const rebuild = async (): Promise<void> => {
    try {
      const result = await buildDeck(options)
      watched = filesOf(result, options.article)
      options.onBuild(result)
    } catch (error) {
      options.onError(error)
    }
    follow()
  }
  /** Build now, or right after the build under way: never two at once, never a save missed. */
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (again) return
      again = true
      running = running.then(() => {
        again = false
        return rebuild()
      })
    }, settleMs)
  }
  const follow = () => {
    const folders = new Set([...watched].map((file) => dirname(file)))
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue
      watcher.close()
      watchers.delete(folder)
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue
      try {
        const watcher = watch(folder, (_event, name) => {
          if (name === null || watched.has(resolve(folder, name.toString()))) schedule()
        })
        watcher.on('error', () => undefined)
        watchers.set(folder, watcher)
      } catch {
        // A folder that is gone (a theme moved away) is watched again once a build names it.
      }
    }
  }

  await rebuild()
  await new Promise<void>((done) => {
    if (options.signal?.aborted) return done()
    options.signal?.addEventListener('abort', () => done(), { once: true })
  })
  clearTimeout(timer)
  for (const watcher of watchers.values()) watcher.close()
  await running
}

/** The files a deck is made from: the article, the local pictures it shows, its theme's stylesheet. */
function filesOf(result: BuildResult, article: string): Set<string> {
  const articleDir = dirname(resolve(article))
  const files = new Set([resolve(article), result.theme.css])
  for (const asset of result.rendered.file.data.assets ?? []) {
    if (asset.remote) continue
    try {
      files.add(resolve(articleDir, decodeURI(asset.url.replace(/[?#].*$/, ''))))
    } catch {
      files.add(resolve(articleDir, asset.url))
    }
  }
  return files
}
