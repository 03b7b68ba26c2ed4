import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { weigh } from '../../src/core/split-visual.ts'
import { parseDeck, selectAll, slidesOf } from '../helpers/html.ts'

// Henry Zhu, "Nearing the 7.0 Release" (babel/website, MIT): a section of four paragraphs and two
// embedded tweets, each one source line whose `<br>`s make six lines on the slide.
const article = readFileSync(new URL('../fixtures/articles/babel-nearing-7-image-heavy/index.md', import.meta.url), 'utf8')

describe('embedded posts', () => {
  it('should weigh a one-line embedded tweet by the lines its breaks show', () => {
    const tweet = article.split('\n').find((line) => line.startsWith('<blockquote class="twitter-tweet"'))
    expect(tweet).toBeDefined()
    expect(weigh({ type: 'html', value: tweet as string })).toBeGreaterThanOrEqual(6)
    expect(weigh({ type: 'html', value: '<iframe src="https://example.com/embed"></iframe>' })).toBe(2)
  })

  it('should never put two tweets and their paragraphs on one slide where they run off its bottom', () => {
    const slides = slidesOf(parseDeck(renderDeck(new VFile({ path: 'index.md', value: article })).html))
    const crowded = slides.filter((slide) => selectAll('blockquote.twitter-tweet', slide).length > 1)
    expect(slides.some((slide) => selectAll('blockquote.twitter-tweet', slide).length === 1)).toBe(true)
    expect(crowded).toHaveLength(0)
  })
})
