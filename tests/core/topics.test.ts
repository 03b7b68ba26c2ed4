import { describe, expect, it } from 'vitest'
import { termsOf } from '../../src/core/key-points/index.ts'
import { labelProblem } from '../../src/core/topics.ts'

const problem = (label: string, previous?: string) => labelProblem(label, previous, 'en', termsOf)

describe('topic labels', () => {
  it('should refuse the keyphrases seen on the corpus that make poor titles', () => {
    // Continuation titles of rust-1-26-release-announcement, go-blog-ismm-keynote-transcript,
    // html-gitlab-nuxt-blog and html-dropbox-blog before the rule.
    expect(problem('range Inclusive ranges')).toBe('stutter')
    expect(problem('Trait trait')).toBe('stutter')
    expect(problem('Carnegie Mellon University Carnegie')).toBe('stutter')
    expect(problem('code')).toBe('generic')
    expect(problem('section')).toBe('generic')
    expect(problem('trait object', 'trait object version')).toBe('repeat')
    expect(problem('identical cores multiple memory controllers')).toBe('too long')
  })

  it('should keep keyphrases that name a topic', () => {
    for (const label of ['world pause time', 'Goroutines', 'GC Pacer', 'standard encryption policies', 'Flux'])
      expect(problem(label, 'server requests')).toBeUndefined()
  })
})
