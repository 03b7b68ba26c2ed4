import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { clientEntry, katexDist } from '../node/package-root.ts'
import { themeCss } from '../node/theme-css.ts'
import { clientUrl, devEntryUrl, mathStyleUrl, themeUrl, type LiveArticle } from './live-article.ts'

const devEntryId = '\0lectern:dev-entry'

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
      if (id === devEntryUrl || id === `${devEntryUrl}?math`) return id === devEntryUrl ? devEntryId : `${devEntryId}?math`
      if (id === themeUrl) return source.theme?.css
      if (id === mathStyleUrl) return join(katexDist(), 'katex.min.css')
      if (virtualIndex && id === indexHtml) return indexHtml
      return undefined
    },
    async load(id) {
      // The theme as the build ships it: Vite never reads a file the theme points at (an
      // `@import` of a file outside its folder would show that file on Vite's error page).
      if (source.theme && id === source.theme.css) {
        const { css, problems } = await themeCss(source.theme)
        for (const problem of problems) this.warn(problem)
        return css
      }
      if (id === devEntryId || id === `${devEntryId}?math`) {
        const math = id.endsWith('?math') ? `import ${JSON.stringify(mathStyleUrl)}\n` : ''
        return `import ${JSON.stringify(clientUrl)}\n${math}import ${JSON.stringify(themeUrl)}\n`
      }
      if (virtualIndex && id === indexHtml) return source.page()
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
