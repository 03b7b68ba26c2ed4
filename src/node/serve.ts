import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'

/** A static server on 127.0.0.1 with an ephemeral port. */
export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serve a built deck folder over http (Vite's ES modules do not load from file://). */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: false })
  const server: Server = createServer((request, response) => handler(request, response))
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
