import { runInNewContext } from 'node:vm'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, renderDeck, renderDeckPage, speakerViewScriptHash } from '../../src/core/index.ts'

describe('the deck page’s Content-Security-Policy', () => {
  it('should be the first thing after the charset, whatever the article sets', () => {
    const page = renderDeckPage(renderDeck('---\nallowHtml: true\n---\n\n## A\n\n<script>alert(1)</script>\n'), {
      scripts: ['assets/app.js'],
      styles: [],
    })
    const head = page.slice(0, page.indexOf('<meta name="viewport"'))
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`)
  })

  it('should run scripts only from the deck and load nothing from elsewhere', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    )
    expect(directives['script-src']).toEqual(["'self'", `'${speakerViewScriptHash}'`])
    for (const name of ['default-src', 'connect-src', 'frame-src', 'base-uri']) expect(directives[name]).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|unsafe-eval/)
  })

  it('should allow the speaker view’s inline script, as the installed Reveal writes it', () => {
    const notes = readFileSync(
      createRequire(import.meta.url)
        .resolve('reveal.js/plugin/notes')
        .replace(/\.js$/, '.mjs'),
      'utf8',
    )
    const start = notes.indexOf('document.write(') + 'document.write('.length
    const quote = notes[start]
    let end = start + 1
    while (notes[end] !== quote) end += notes[end] === '\\' ? 2 : 1
    // The literal as JavaScript reads it (escapes and all), in a context of its own.
    const html = runInNewContext(notes.slice(start, end + 1)) as string
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1])
    expect(scripts.map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}`)).toEqual([speakerViewScriptHash])
  })
})
