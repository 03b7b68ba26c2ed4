import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'
import { realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { isInside } from './inside.ts'

/** A static server on 127.0.0.1 with an ephemeral port. */
export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Whether the file a request names, links followed, is inside `root` (or is no file at all: sirv answers 404). */
async function insideRoot(root: string, url: string): Promise<boolean> {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  } catch {
    return false
  }
  const real = await realpath(join(root, pathname)).catch(() => undefined)
  return real === undefined || isInside(root, real)
}

/** Serve a built deck folder over http (Vite's ES modules do not load from file://). */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: false })
  const root = await realpath(dir)
  const server: Server = createServer((request, response) => {
    // sirv follows links: a link in the deck to /etc/passwd must not be served.
    void insideRoot(root, request.url ?? '/').then((inside) => {
      if (inside) return handler(request, response)
      response.statusCode = 404
      response.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
