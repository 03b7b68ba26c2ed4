import { dirname, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { packageRoot } from '../node/package-root.ts'
import { LiveArticle, type LecternPluginOptions } from './live-article.ts'
import { hmrPlugin } from './hmr-plugin.ts'
import { pagePlugin } from './page-plugin.ts'
import { fsGuardPlugin } from './fs-guard-plugin.ts'

/**
 * lectern as Vite plugins: `plugins: [lectern({ article: 'talk.md' })]` serves the article
 * as a deck in `vite dev` and builds it with `vite build`.
 */
export function lectern(options: LecternPluginOptions): Plugin[] {
  return lecternPlugins(new LiveArticle(options))
}

/** The plugins around one deck source (the dev server keeps the source to report on it). */
export function lecternPlugins(source: LiveArticle): Plugin[] {
  let allowed: string[] = []
  const config: Plugin = {
    name: 'lectern:config',
    config(userConfig) {
      const root = resolve(userConfig.root ?? process.cwd())
      source.setRoot(root)
      allowed = [root, dirname(source.article), packageRoot]
      return {
        // Reveal is plain ESM: serving it as-is avoids a dependency scan and the reload it triggers.
        optimizeDeps: { noDiscovery: true, include: [] },
        server: { fs: { strict: true, allow: allowed } },
      }
    },
    async configureServer() {
      await source.load()
    },
  }
  return [config, fsGuardPlugin(() => allowed), pagePlugin(source), hmrPlugin(source)]
}

export type { LecternPluginOptions } from './live-article.ts'
