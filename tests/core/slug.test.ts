import { describe, expect, it } from 'vitest'
import { createSlugger, slugify } from '../../src/core/slug.ts'

describe('slugify', () => {
  it('should join lowercase words with dashes, dropping accents and quotes but keeping any script', () => {
    expect(slugify('Andy Jassy’s Big Vision')).toBe('andy-jassys-big-vision')
    expect(slugify('Café – “AWS”')).toBe('cafe-aws')
    expect(slugify('Обзор 2024')).toBe('обзор-2024')
    expect(slugify('!!!')).toBe('')
    expect(slugify('a'.repeat(59) + ' b')).toBe('a'.repeat(59))
  })
})

describe('createSlugger', () => {
  it('should make slugs unique within one deck, and name a slide without words', () => {
    const slug = createSlugger()
    expect([slug('Intro'), slug('Intro'), slug('—'), slug('—')]).toEqual(['intro', 'intro-2', 'slide', 'slide-2'])
  })
})
