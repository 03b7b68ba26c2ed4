import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { serveStatic } from '../node/serve.ts'

/** What the deck says about itself (`window.lectern.config.meta`), as far as the PDFs need it. */
export interface ServedDeckMeta {
  title: string
  author?: string
  description?: string
  tags?: string[]
  lang?: string
}

/** A slide the deck app shrank to fit (`window.lectern.fit`): `overflow` when it is cut off even so. */
export interface ServedSlideFit {
  id: string
  title: string
  /** Where the slide starts in the article. */
  line?: number
  column?: number
  scale: number
  overflow: boolean
}

/** What the exporter reads of a deck's configuration: its metadata and its outline (for bookmarks and parts). */
export interface ServedDeckConfig {
  meta: ServedDeckMeta
  outline: Array<{ id: string; title: string; slides: Array<{ id: string; title: string }> }>
}

/** A built deck reachable over http, and how to stop serving it. */
export interface ServedDeck {
  url: string
  /** The deck's page, read from disk for a folder (faster than over http), fetched for a URL. */
  page(): Promise<string>
  close(): Promise<void>
}

/** The deck's configuration (`<script id="lectern-config">` in its page), if it has one. */
export async function readServedDeckConfig(source: ServedDeck): Promise<ServedDeckConfig | undefined> {
  try {
    const json = /<script[^>]*id="lectern-config"[^>]*>([\s\S]*?)<\/script>/.exec(await source.page())?.[1]
    const config = json ? (JSON.parse(json) as ServedDeckConfig) : undefined
    return Array.isArray(config?.outline) ? config : undefined
  } catch {
    return undefined
  }
}

/**
 * A built deck folder is served on 127.0.0.1 (an ephemeral port: the deck's ES modules
 * do not load from file://); an http(s) URL is used as it is.
 */
export async function serveDeck(deck: string): Promise<ServedDeck> {
  if (/^https?:\/\//i.test(deck)) {
    const url = deck.endsWith('/') || deck.includes('?') ? deck : `${deck}/`
    return { url, page: async () => (await fetch(url)).text(), close: async () => {} }
  }
  const dir = resolve(deck)
  const index = await stat(join(dir, 'index.html')).catch(() => undefined)
  if (!index?.isFile()) throw new LecternError(`${dir} has no index.html; build the deck first (lectern build)`)
  const server = await serveStatic(dir)
  return { url: server.url, page: () => readFile(join(dir, 'index.html'), 'utf8'), close: () => server.close() }
}
