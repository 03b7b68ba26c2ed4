import type { Plugin, ViteDevServer } from 'vite'
import { clientConfig } from '../core/index.ts'
import { isLecternError } from '../core/errors.ts'
import type { LiveArticle } from './live-article.ts'

/** Longer than the watcher's window for dropping repeated changes to one file. */
const recheckAfterMs = 120

/**
 * When the article is saved, renders it again and sends the new slides to the open deck,
 * which swaps them in place and stays on the current slide. A broken article shows Vite's
 * error overlay instead, and the deck keeps its last good slides.
 */
export function hmrPlugin(source: LiveArticle): Plugin {
  let server: ViteDevServer | undefined
  // Saves can come faster than renders finish: only the newest render may reach the page.
  let latest = 0
  const update = async () => {
    const id = ++latest
    try {
      const result = await source.render()
      if (id !== latest) return
      const rendered = source.apply(result)
      server?.ws.send({ type: 'custom', event: 'lectern:update', data: { html: rendered.html, config: clientConfig(rendered) } })
      server?.config.logger.info(`lectern: updated ${rendered.deck.slideCount} slides`, { timestamp: true })
    } catch (error) {
      if (id !== latest) return
      const message = isLecternError(error) ? error.message : String(error)
      server?.config.logger.error(`lectern: ${message}`, { timestamp: true })
      server?.ws.send({ type: 'error', err: { message, stack: '', plugin: 'lectern' } })
    }
  }
  return {
    name: 'lectern:hmr',
    apply: 'serve',
    configureServer(devServer) {
      server = devServer
      devServer.watcher.add(source.article)
      let settle: ReturnType<typeof setTimeout> | undefined
      devServer.watcher.on('change', (path) => {
        if (path !== source.article) return
        void update()
        // The watcher (chokidar) drops a change that comes within 50 ms of the one before it
        // and never reports it later, so a second quick save would be lost: look at the file
        // once more after that window and render again if it is not what was last read.
        clearTimeout(settle)
        settle = setTimeout(() => {
          void source.changedOnDisk().then((changed) => {
            if (changed) void update()
          })
        }, recheckAfterMs).unref()
      })
      devServer.httpServer?.once('close', () => clearTimeout(settle))
    },
    handleHotUpdate({ file }) {
      // The article is not a module: keep Vite from reloading the page for it.
      if (file === source.article) return []
      return undefined
    },
  }
}
