import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { finishDeck, parseDeck } from '../../src/core/render-stages.ts'
import { renderDeck } from '../../src/core/render.ts'
import { loadRenderParts } from '../../src/node/render-parts.ts'

// A build loads only the libraries the parsed article needs: every article of the corpus renders as with all of them.
const corpus = fileURLToPath(new URL('../fixtures/articles/', import.meta.url))
const articles = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'index.md')))

describe('a render with only the libraries the article needs', () => {
  it.each(articles)('should make the same deck as with every library: %s', async (name) => {
    const path = join(corpus, name, 'index.md')
    const value = readFileSync(path, 'utf8')
    const parsed = parseDeck(new VFile({ path, value }))
    const rendered = finishDeck(parsed, await loadRenderParts(parsed.needs))
    const whole = renderDeck(new VFile({ path, value }))
    expect(rendered.html).toBe(whole.html)
    expect(rendered.file.messages.map(String)).toEqual(whole.file.messages.map(String))
  })
})
