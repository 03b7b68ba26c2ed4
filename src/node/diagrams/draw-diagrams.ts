import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Page } from 'puppeteer-core'
import type { DiagramRendering } from '../../core/index.ts'
import { closeBrowser, launchBrowser } from '../browser/index.ts'
import { packageRoot } from '../package-root.ts'
import { drawScript } from './draw-script.ts'

/*
 * Mermaid needs a DOM to lay a diagram out (it measures every label), so diagrams are drawn
 * in the headless Chromium lectern already drives, in one blank page per article. The page
 * loads nothing from the network: each request is answered from lectern's own files (the
 * mermaid bundle, the base styles and fonts, the theme) or refused, so the labels are
 * measured in the fonts the deck shows them in.
 */

const require = createRequire(import.meta.url)

/** The mermaid bundle the diagrams are drawn with (a classic script defining `window.mermaid`). */
export const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js')

/** The mermaid version, part of every cached diagram's key. */
export const mermaidVersion: string = require('mermaid/package.json').version

/** A diagram to draw: its mermaid source and the id its SVG carries (the id scopes its styles). */
export interface DiagramJob {
  id: string
  source: string
}

/** The deck's look, for the page the diagrams are drawn in. */
export interface DiagramStyle {
  /** The theme's stylesheet, self-contained. */
  themeCss: string
  /** The article's theme tweaks (accent, fonts). */
  tweaksCss: string
}

/** How diagrams are drawn. */
export interface DrawOptions {
  /** The browser to draw in; default: the one `launchBrowser` finds. */
  executablePath?: string
  /** Milliseconds for the browser to start and the page to load; default 30 s. */
  timeout?: number
}

/** An origin nothing answers for: the page's every request is either served from lectern's files here or refused. */
const origin = 'http://lectern-diagrams.invalid'

/**
 * Draw diagrams with mermaid in a headless browser, in the theme's colours and fonts.
 * Each result is the diagram's SVG, or why mermaid could not read it. Launches a browser
 * and closes it in `finally`.
 */
export async function drawDiagrams(jobs: DiagramJob[], style: DiagramStyle, options: DrawOptions = {}): Promise<DiagramRendering[]> {
  const browser = await launchBrowser({ executablePath: options.executablePath, timeout: options.timeout })
  try {
    const page = await browser.newPage()
    await serveOwnFiles(page, style)
    await page.goto(`${origin}/`, { waitUntil: 'load', timeout: options.timeout ?? 30_000 })
    return (await page.evaluate(`window.lecternDrawDiagrams(${JSON.stringify(jobs)})`)) as DiagramRendering[]
  } finally {
    // Its whole process group ends, the page with it.
    await closeBrowser(browser)
  }
}

const pageHtml = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/fonts.css"><link rel="stylesheet" href="/base.css">
<link rel="stylesheet" href="/theme.css"><link rel="stylesheet" href="/tweaks.css">
<script src="/mermaid.js"></script><script src="/draw.js"></script></head>
<body><div class="reveal"><div class="slides"><section class="lectern-slide"><p id="probe">Probe</p></section></div></div></body></html>`

/** Answer the page's requests from lectern's files; refuse everything else before it leaves the browser. */
async function serveOwnFiles(tab: Page, style: DiagramStyle): Promise<void> {
  const client = join(packageRoot, 'src/client')
  const files: Record<string, () => Promise<string | Uint8Array>> = {
    '/': async () => pageHtml,
    '/fonts.css': () => readFile(join(client, 'fonts.css')),
    '/base.css': () => readFile(join(client, 'base.css')),
    '/theme.css': async () => style.themeCss,
    '/tweaks.css': async () => style.tweaksCss,
    '/mermaid.js': () => readFile(mermaidBundle),
    '/draw.js': async () => drawScript,
  }
  const types: Record<string, string> = { '/': 'text/html', '/mermaid.js': 'text/javascript', '/draw.js': 'text/javascript' }
  const session = await tab.createCDPSession()
  session.on('Fetch.requestPaused', ({ requestId, request }) => {
    const url = URL.canParse(request.url) ? new URL(request.url) : undefined
    const refuse = () => session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' })
    // Every request is answered, a file lectern cannot read included: none is left waiting.
    const body = url?.origin === origin ? ownFile(url.pathname, files).catch(() => undefined) : Promise.resolve(undefined)
    void body
      .then((bytes) => {
        if (!bytes) return refuse()
        const type = types[url!.pathname] ?? (url!.pathname.endsWith('.css') ? 'text/css' : 'font/woff2')
        return session.send('Fetch.fulfillRequest', {
          requestId,
          responseCode: 200,
          responseHeaders: [{ name: 'Content-Type', value: type }],
          body: Buffer.from(bytes).toString('base64'),
        })
      })
      // The page may close while a request waits: nothing then needs an answer.
      .catch(() => undefined)
  })
  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] })
}

/** A font the base styles name (`@fontsource/…/files/….woff2`), from the installed package. */
async function ownFile(path: string, files: Record<string, () => Promise<string | Uint8Array>>): Promise<string | Uint8Array | undefined> {
  if (files[path]) return files[path]()
  const font = /^\/(@fontsource\/[a-z0-9-]+)\/files\/([a-z0-9-]+\.woff2)$/.exec(path)
  if (!font) return undefined
  const root = dirname(require.resolve(`${font[1]}/package.json`))
  return readFile(join(root, 'files', font[2])).catch(() => undefined)
}
