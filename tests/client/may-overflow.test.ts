import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { mayOverflow } from '../../src/client/fit.ts'

/** The one leaf slide of `html`, as the deck app finds it. */
function slide(html: string): HTMLElement {
  const { document } = parseHTML(`<!doctype html><html><body><div class="reveal"><div class="slides">${html}</div></div></body></html>`)
  return document.querySelector('section') as unknown as HTMLElement
}

const points = (count: number) => `<ul class="lectern-points">${'<li>A short point</li>'.repeat(count)}</ul>`

describe('which slides the deck app measures', () => {
  it('should leave a slide of its heading and a few short points unmeasured', () => {
    expect(
      mayOverflow(
        slide(`<section class="lectern-slide"><h2>Costs</h2>${points(3)}<aside class="notes"><p>Said.</p></aside></section>`),
        480,
      ),
    ).toBe(false)
  })

  it('should measure a slide with a second heading among its points, however short its words', () => {
    const html = `<section class="lectern-slide"><h2>Costs</h2>${points(2)}<h2>Myth 2</h2>${points(2)}</section>`
    expect(mayOverflow(slide(html), 480)).toBe(true)
  })
})
