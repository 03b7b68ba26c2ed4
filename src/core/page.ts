// Hashing is pure computation: the page names its own inline scripts in its policy.
import { createHash } from 'node:crypto'
import type { RenderedDeck } from './render-stages.ts'
import { escapeHtml } from './links.ts'
import { slideSize } from './options.ts'
import { languageDirection } from './scripts.ts'
import type { DeckMeta, OutlineGroup } from './types.ts'

/** What the deck app reads at start-up, from `<script id="lectern-config">`. */
export interface ClientConfig {
  /** Reveal options lectern sets. */
  reveal: {
    width: number
    height: number
    transition: string
    slideNumber: boolean | string
    hash: true
    /** Seconds per slide for the speaker view's pacing timer, where a slide has no `data-timing`. */
    defaultTiming: number
  }
  meta: DeckMeta
  outline: OutlineGroup[]
  seconds: number
}

/**
 * Slides `from` to `to`, counted from 1, both included: the deck app's `slides=FROM-TO`
 * parameter, with which the PDF exporter prints a long deck in parts.
 */
export interface SlideRange {
  from: number
  to: number
}

/** The configuration the deck app starts Reveal with. */
export function clientConfig({ deck }: RenderedDeck): ClientConfig {
  const { width, height } = slideSize(deck.options.aspectRatio)
  return {
    reveal: {
      width,
      height,
      transition: deck.options.transition,
      slideNumber: deck.options.slideNumber === true ? 'c/t' : deck.options.slideNumber,
      hash: true,
      defaultTiming: 60,
    },
    meta: deck.meta,
    outline: deck.outline,
    seconds: deck.seconds,
  }
}

/** Where the page finds the deck app and its styles. */
export interface PageAssets {
  /** Scripts, in order. */
  scripts: string[]
  /**
   * Load them as ES modules (the dev server) rather than as classic deferred scripts (a built
   * deck, which must run from file:// too, where module scripts are blocked). Default `true`.
   */
  modules?: boolean
  /** Script text to put at the end of the page itself, after the slides (a deck in one file). */
  inlineScripts?: string[]
  /** Stylesheet text to put in the page itself, after `styles`. */
  inlineStyles?: string[]
  /** Stylesheets, in order: lectern's base first, the theme last so that its values win. */
  styles: string[]
  /** Stylesheets of the fallback fonts (Arabic, CJK, emoji, …) the deck's text needs, if any. */
  fonts?: string[]
  /** Extra markup for `<head>` (the dev server's client, for instance). */
  head?: string
  /** A picture of the title slide, relative to the page, for link previews (`og:image`). */
  thumbnail?: string
  /** CSS for the article's theme tweaks (`accent`, `logo`, `footer`, `fonts`), set after the theme. */
  themeTweaks?: string
  /** KaTeX's stylesheet (with its fonts beside it), linked only when the deck has math. */
  mathStyle?: string
}

/** The whole HTML document of a deck: metadata, styles, the slides, the app. Pure. */
export function renderDeckPage(rendered: RenderedDeck, assets: PageAssets): string {
  const { meta } = rendered.deck
  const config = clientConfig(rendered)
  const inlineScripts = (assets.inlineScripts ?? []).map(scriptText)
  const metaTags = [
    meta.author && `<meta name="author" content="${attribute(meta.author)}">`,
    meta.description && `<meta name="description" content="${attribute(meta.description)}">`,
    meta.tags.length > 0 && `<meta name="keywords" content="${attribute(meta.tags.join(', '))}">`,
    assets.thumbnail && `<meta property="og:title" content="${attribute(meta.title)}">`,
    assets.thumbnail && `<meta property="og:image" content="${attribute(assets.thumbnail)}">`,
  ].filter(Boolean)
  return `<!doctype html>
<html lang="${attribute(meta.lang)}" dir="${languageDirection(meta.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScripts)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lectern">
<link rel="icon" href="data:,">
<title>${text(meta.title)}</title>
${metaTags.join('\n')}
${[...(assets.fonts ?? []), ...pageStyles(rendered, assets)].map((href) => `<link rel="stylesheet" href="${attribute(href)}">`).join('\n')}
${(assets.inlineStyles ?? []).map((css) => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>\n`).join('')}<style id="lectern-page-style">${pageStyle(rendered, assets)}</style>
<script type="application/json" id="lectern-config">${json(config)}</script>
${assets.scripts.map((src) => `<script ${assets.modules === false ? 'defer' : 'type="module"'} src="${attribute(src)}"></script>`).join('\n')}
${assets.head ?? ''}
</head>
<body>
<div class="reveal"><div class="slides">
${rendered.html}
</div></div>
${inlineScripts.map((code) => `<script>${code}</script>\n`).join('')}</body>
</html>
`
}

/** The page's stylesheets: KaTeX's before lectern's, so that the theme's text styles win. */
function pageStyles(rendered: RenderedDeck, assets: PageAssets): string[] {
  return rendered.file.data.hasMath && assets.mathStyle ? [assets.mathStyle, ...assets.styles] : assets.styles
}

/**
 * The hash of the one inline script lectern's pages run: the speaker view's, which Reveal's
 * notes plugin writes into a blank window that inherits this page's policy. A test checks it
 * against the installed Reveal.
 */
export const speakerViewScriptHash = 'sha256-GzCveToXhSIzS3M5eQeRm3McVRB7cYneYKwTkzA3wDk='

/**
 * What a deck page may run and load: scripts only from the deck itself (the article's raw
 * HTML, even with `allowHtml`, runs none: no inline script, no event handler, no
 * `javascript:` URL), and nothing from any other origin, so a deck opened or printed sends
 * no request off its own server. Styles may be inline (Reveal positions slides with them,
 * Vite's dev client injects them); images, fonts and media may be data: and blob: URLs
 * (the logo, fonts of a theme).
 */
export const contentSecurityPolicy = policyWith([])

/** The policy for a page whose own inline scripts (a single-file deck's app) are these texts, allowed by their hashes. */
function policyFor(inlineScripts: string[]): string {
  return policyWith(inlineScripts.map((code) => `sha256-${createHash('sha256').update(code).digest('base64')}`))
}

function policyWith(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...[speakerViewScriptHash, ...scriptHashes].map((hash) => `'${hash}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    "connect-src 'self'",
    // The speaker view shows the deck itself in two frames.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * Custom properties the page sets after the theme: the slide height (so that slides, logo
 * and footer lay out the same on screen and in print) and the article's theme tweaks.
 */
function pageStyle({ deck }: RenderedDeck, assets: PageAssets): string {
  const { height } = slideSize(deck.options.aspectRatio)
  const tweaks = assets.themeTweaks
  return `:root { --lectern-slide-height: ${height}px; }${tweaks ? '\n' + tweaks : ''}`
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** An attribute's value: text with its quotes escaped too. */
const attribute = escapeHtml

/** JSON safe inside a `<script>` element. */
function json(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/**
 * Script text safe inside a `<script>` element: `</script` would end it, and `<!--` would
 * change how the rest is read. They become `<\\/script` and `<\\x21--`, which JavaScript reads
 * as the same characters in strings, template literals and regular expressions.
 */
function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--')
}
