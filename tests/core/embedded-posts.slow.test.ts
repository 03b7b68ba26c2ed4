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

describe('pictures that join a slide', () => {
  it('should never give a slide with a picture a second picture, whatever the line estimate', () => {
    // The shape of a simulation write-up: a plot, a sentence, another plot, each at full width.
    const markdown = [
      '# Integrators',
      '',
      '## Comparing the two',
      '',
      '**Wrong**. Both integrators are so close to the exact result that no difference shows at this scale, and both track the exact solution well with a small step.',
      '',
      '![](zoomed.png)',
      '',
      'Zooming in confirms that the second one is more accurate, but is it worth the complexity and the extra cost? It is hard to say.',
      '',
      'Let us push harder and see if we can find a real difference between the two. We cannot watch this system for long because it damps down to zero quickly, so we switch to an oscillator that never stops.',
      '',
      'Here is the exact result we are aiming for:',
      '',
      '![](exact.png)',
      '',
      'To make it harder on the integrators, we increase the time step to a tenth of a second.',
      '',
      'Next, we let both run for ninety seconds and zoom in:',
      '',
      '![](drift.png)',
      '',
      'After ninety seconds the first solution has drifted out of phase because its frequency is slightly off, while the second keeps its frequency but loses energy.',
    ].join('\n')
    const sources = new Map([
      ['zoomed.png', 'assets/zoomed.png'],
      ['exact.png', 'assets/exact.png'],
      ['drift.png', 'assets/drift.png'],
    ])
    const slides = slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown }), {}, sources).html))
    expect(slides.flatMap((slide) => selectAll('img', slide)).length).toBe(3)
    expect(slides.filter((slide) => selectAll('img', slide).length > 1)).toHaveLength(0)
  })
})
