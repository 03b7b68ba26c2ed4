import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { clientEntry, katexDist } from '../node/package-root.ts'
import { clientUrl, mathStyleUrl, themeUrl, type LiveArticle } from './live-article.ts'

const imageTypes: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', bmp: 'image/bmp', ico: 'image/x-icon', svg: 'image/svg+xml',
}

/**
 * Serves the deck as the site's index page in dev, provides it as `index.html` in a build
 * when the project has none, and resolves the deck app and theme URLs to files.
 */
export function pagePlugin(source: LiveArticle): Plugin {
  let indexHtml = ''
  let virtualIndex = false
  return {
    name: 'lectern:page',
    enforce: 'pre',
    configResolved(config) {
      indexHtml = join(config.root, 'index.html')
      virtualIndex = !existsSync(indexHtml)
    },
    async buildStart() {
      await source.load()
    },
    resolveId(id) {
      if (id === clientUrl) return clientEntry
      if (id === themeUrl) return source.theme?.css
      if (id === mathStyleUrl) return join(katexDist(), 'katex.min.css')
      if (virtualIndex && id === indexHtml) return indexHtml
      return undefined
    },
    load(id) {
      if (virtualIndex && id === indexHtml) return source.page()
      return undefined
    },
    generateBundle() {
      for (const image of source.images?.downloads ?? []) this.emitFile({ type: 'asset', fileName: image.to, source: image.bytes })
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = request.url?.split('?')[0]
        const downloaded = source.images?.downloads.find((image) => `/${image.to}` === path)
        if (downloaded) {
          response.setHeader('Content-Type', imageTypes[downloaded.to.split('.').pop()!] ?? 'application/octet-stream')
          response.end(downloaded.bytes)
          return
        }
        if (path !== '/' && path !== '/index.html') return next()
        try {
          const html = await server.transformIndexHtml(request.url ?? '/', source.page(), request.originalUrl)
          response.setHeader('Content-Type', 'text/html; charset=utf-8')
          response.setHeader('Cache-Control', 'no-cache')
          response.end(html)
        } catch (error) {
          next(error)
        }
      })
    },
  }
}
