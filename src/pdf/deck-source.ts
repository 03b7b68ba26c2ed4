import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ClientConfig } from '../core/page.ts'
import { LecternError } from '../errors.ts'
import { serveStatic } from '../node/serve.ts'

/** A built deck reachable over http, and how to stop serving it. */
export interface DeckSource {
  url: string
  /** The deck's page, read from disk for a folder (faster than over http), fetched for a URL. */
  page(): Promise<string>
  close(): Promise<void>
}

/** The deck's configuration (`<script id="lectern-config">` in its page), if it has one. */
export async function readDeckConfig(source: DeckSource): Promise<ClientConfig | undefined> {
  try {
    const json = /<script[^>]*id="lectern-config"[^>]*>([\s\S]*?)<\/script>/.exec(await source.page())?.[1]
    const config = json ? (JSON.parse(json) as ClientConfig) : undefined
    return Array.isArray(config?.outline) ? config : undefined
  } catch {
    return undefined
  }
}

/**
 * A built deck folder is served on 127.0.0.1 (an ephemeral port: the deck's ES modules
 * do not load from file://); an http(s) URL is used as it is.
 */
export async function openDeckSource(deck: string): Promise<DeckSource> {
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
