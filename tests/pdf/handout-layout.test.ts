import { describe, expect, it } from 'vitest'
import { handoutCss, pictureWidth } from '../../src/pdf/handout-layout.ts'

describe('handout layout', () => {
  it('should give the slide picture the full text width with one slide per page', () => {
    // A4: 210 mm − 30 mm of margins = 180 mm ≈ 680 px, minus the 1 px border each side.
    expect(pictureWidth({ paper: 'a4', perPage: 1 })).toBe(678)
    expect(pictureWidth({ paper: 'letter', perPage: 1 })).toBeGreaterThan(pictureWidth({ paper: 'a4', perPage: 1 }))
  })

  it('should shrink the picture as more slides share a page', () => {
    const widths = ([1, 2, 3] as const).map((perPage) => pictureWidth({ paper: 'a4', perPage }))
    expect(widths[0]).toBeGreaterThan(widths[1])
    expect(widths[1]).toBeGreaterThan(widths[2])
  })

  it('should set the paper and start every Nth slide on a new page', () => {
    const css = handoutCss({ paper: 'letter', perPage: 3 })
    expect(css).toContain('size: letter portrait')
    expect(css).toContain('nth-child(3n + 1):not(:first-child) { break-before: page; }')
    expect(css).toContain('grid-template-columns')
  })

  it('should keep a picture whole but let notes break across pages', () => {
    const css = handoutCss({ paper: 'a4', perPage: 1 })
    expect(css).toMatch(/\.lectern-handout-frame \{[^}]*break-inside: avoid/)
    expect(css).not.toMatch(/\.lectern-handout-notes \{[^}]*break-inside: avoid/)
  })
})
