import { describe, expect, it } from 'vitest'
import { browserStart, buildFirstBytes, earlyPartTabsFor, maxParts, partsFor, planBrowser, slidesPerPart } from '../../src/pdf/plan.ts'

describe('browserStart', () => {
  it('should start the browser first, but for a long article on a machine with few cores', () => {
    for (const background of [true, false]) {
      expect(browserStart(9_264, 2, background)).toBe('first')
      expect(browserStart(buildFirstBytes - 1, 2, background)).toBe('first')
      expect(browserStart(746_089, 4, background)).toBe('first')
    }
    expect(browserStart(buildFirstBytes, 2, true)).toBe('background')
    expect(browserStart(buildFirstBytes, 2, false)).toBe('after')
  })
})

describe('partsFor', () => {
  it('should print short decks whole and long ones in a part per core, at most 4', () => {
    expect(partsFor(10, 8)).toBe(1)
    expect(partsFor(slidesPerPart, 8)).toBe(1)
    expect(partsFor(slidesPerPart + 1, 8)).toBe(2)
    expect(partsFor(901, 2)).toBe(2)
    expect(partsFor(901, 16)).toBe(maxParts)
    expect(partsFor(901, 1)).toBe(1)
    expect(partsFor(0, 4)).toBe(1)
  })
})

describe('earlyPartTabsFor', () => {
  it('should open a tab in a renderer of its own for every part but the first, for a long article only', () => {
    expect(earlyPartTabsFor(9_264, 2)).toBe(0)
    expect(earlyPartTabsFor(buildFirstBytes - 1, 8)).toBe(0)
    expect(earlyPartTabsFor(buildFirstBytes, 1)).toBe(0)
    expect(earlyPartTabsFor(buildFirstBytes, 2)).toBe(1)
    expect(earlyPartTabsFor(746_089, 16)).toBe(maxParts - 1)
  })
})

describe('planBrowser', () => {
  const long = { articleBytes: 746_089, cores: 2, canStartInBackground: true, pdfs: ['slides', 'handout'] as const }

  it('should start a long article’s browser in the background with a tab for its second part', () => {
    expect(planBrowser(long)).toEqual({ start: 'background', earlyPartTabs: 1 })
    expect(planBrowser({ ...long, canStartInBackground: false })).toEqual({ start: 'after', earlyPartTabs: 1 })
  })

  it('should open tabs for the parts asked for, whatever the article’s size', () => {
    expect(planBrowser({ ...long, articleBytes: 9_264, parts: 3 })).toEqual({ start: 'first', earlyPartTabs: 2 })
    expect(planBrowser({ ...long, parts: 1 })).toEqual({ start: 'background', earlyPartTabs: 0 })
  })

  it('should open no part tabs when slides.pdf is not printed in parts', () => {
    expect(planBrowser({ ...long, pdfs: ['handout'] }).earlyPartTabs).toBe(0)
    expect(planBrowser({ ...long, fragments: true }).earlyPartTabs).toBe(0)
    expect(planBrowser({ ...long, pdfs: ['handout'], parts: 3 }).earlyPartTabs).toBe(0)
  })
})
