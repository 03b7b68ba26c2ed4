import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { LecternError } from '../errors.ts'
import { serveStatic } from '../node/serve.ts'

/** A built deck reachable over http, and how to stop serving it. */
export interface DeckSource {
  url: string
  close(): Promise<void>
}

/**
 * A built deck folder is served on 127.0.0.1 (an ephemeral port: the deck's ES modules
 * do not load from file://); an http(s) URL is used as it is.
 */
export async function openDeckSource(deck: string): Promise<DeckSource> {
  if (/^https?:\/\//i.test(deck)) return { url: deck.endsWith('/') || deck.includes('?') ? deck : `${deck}/`, close: async () => {} }
  const dir = resolve(deck)
  const index = await stat(join(dir, 'index.html')).catch(() => undefined)
  if (!index?.isFile()) throw new LecternError(`${dir} has no index.html; build the deck first (lectern build)`)
  return serveStatic(dir)
}
