import { realpath } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { isInside } from '../node/inside.ts'

/**
 * The dev server answers only with files whose real path (links followed) is inside the
 * folders it serves: Vite's `server.fs.allow` judges the path as asked for, so a link in the
 * article's folder to `/etc/passwd` would be served.
 */
export function fsGuardPlugin(folders: () => string[]): Plugin {
  return {
    name: 'lectern:fs-guard',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = filePathOf(request.url ?? '/', server.config.root)
        if (!path) return next()
        const real = await realpath(path).catch(() => undefined)
        if (!real) return next()
        const allowed = await Promise.all(folders().map((folder) => realpath(folder).catch(() => folder)))
        if (allowed.some((folder) => isInside(folder, real))) return next()
        response.statusCode = 403
        response.end('Forbidden: outside the deck’s folders')
      })
    },
  }
}

/** The file a request names: `/@fs/…` absolute, Vite's own `/@…` ids none, anything else under the root. */
function filePathOf(url: string, root: string): string | undefined {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  } catch {
    return undefined
  }
  if (pathname.startsWith('/@fs/')) return pathname.slice('/@fs'.length)
  if (pathname.startsWith('/@') || pathname === '/' || pathname.includes('\0')) return undefined
  return join(root, pathname)
}
