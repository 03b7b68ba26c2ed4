import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { clientEntry, katexDist, packageRoot } from '../node/package-root.ts'
import { scriptFontsStylesheet } from '../node/script-fonts.ts'
import { clientUrl, mathStyleUrl, scriptFontsUrl, themeUrl, type LiveArticle } from './live-article.ts'

/**
 * The fallback fonts' stylesheet, as if it sat beside the deck app's fonts.css, so that its
 * `@fontsource/…` URLs resolve from lectern's own packages, wherever the article is.
 */
const scriptFontsId = join(packageRoot, 'src/client/script-fonts.css')

/**
 * Serves the deck as the site's index page in dev, provides it as `index.html` in a build
 * when the project has none, and resolves the deck app and theme URLs to files.
 */
export function pagePlugin(source: LiveArticle): Plugin {
  let indexHtml = ''
  let virtualIndex = false
  let serving = false
  return {
    name: 'lectern:page',
    enforce: 'pre',
    configResolved(config) {
      indexHtml = join(config.root, 'index.html')
      virtualIndex = !existsSync(indexHtml)
      serving = config.command === 'serve'
    },
    async buildStart() {
      await source.load()
    },
    resolveId(id) {
      if (id === clientUrl) return clientEntry
      if (id === themeUrl) return source.theme?.css
      if (id === mathStyleUrl) return join(katexDist(), 'katex.min.css')
      if (id === scriptFontsUrl) return scriptFontsId
      if (virtualIndex && id === indexHtml) return indexHtml
      return undefined
    },
    load(id) {
      if (virtualIndex && id === indexHtml) return source.page()
      // In dev every face (the article changes as it is written; the browser fetches only the
      // faces its text uses); in a build only those the deck needs, which Vite then copies.
      if (id === scriptFontsId) return scriptFontsStylesheet(serving ? undefined : source.rendered)
      return undefined
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = request.url?.split('?')[0]
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
