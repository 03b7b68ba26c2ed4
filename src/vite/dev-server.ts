import { dirname, resolve } from 'node:path'
import type { ViteDevServer } from 'vite'
import type { DeckOptions, RenderedDeck } from '../core/index.ts'
import { LiveArticle } from './live-article.ts'
import { lecternPlugins } from './plugin.ts'
import type { ImageOptions } from '../node/plan-images.ts'
import { readArticle } from '../node/read-article.ts'

export interface DevOptions {
  article: string
  /** Port on 127.0.0.1; default 5173 (the next free one if taken), 0 for any. */
  port?: number
  overrides?: Partial<DeckOptions>
  /** Remote images: `offline` leaves them as placeholders. */
  images?: ImageOptions
}

/** A running dev server and its URL; `close()` ends it. */
export interface DevServer {
  url: string
  server: ViteDevServer
  /** The deck as last rendered. */
  rendered(): RenderedDeck
  close(): Promise<void>
}

/** Start Vite with the lectern plugin, rooted at the article's folder so its images are served. */
export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const article = resolve(options.article)
  await readArticle(article) // fail early and clearly on a missing or unreadable file
  const source = new LiveArticle({ article, overrides: options.overrides, images: options.images })
  const { createServer } = await import('vite')
  const server = await createServer({
    configFile: false,
    root: dirname(article),
    publicDir: false,
    appType: 'custom',
    logLevel: 'warn',
    clearScreen: false,
    plugins: lecternPlugins(source),
    server: { host: '127.0.0.1', port: options.port ?? 5173, strictPort: false },
  })
  try {
    await server.listen()
  } catch (error) {
    await server.close()
    throw error
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${options.port}/`
  return { url, server, rendered: () => source.rendered!, close: () => server.close() }
}
