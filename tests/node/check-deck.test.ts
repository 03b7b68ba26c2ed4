import { describe, expect, it } from 'vitest'
import { parseDuration } from '../../src/core/index.ts'
import { pointProblem } from '../../src/node/check-deck.ts'

describe('talk length in the frontmatter', () => {
  it('should read the ways authors write a length', () => {
    expect(parseDuration('20m')).toBe(1200)
    expect(parseDuration('20 min')).toBe(1200)
    expect(parseDuration('1h30m')).toBe(5400)
    expect(parseDuration('90s')).toBe(90)
    expect(parseDuration('25:00')).toBe(1500)
    expect(parseDuration('1:05:00')).toBe(3900)
    expect(parseDuration(20)).toBe(1200)
    expect(parseDuration('soon')).toBeUndefined()
  })
})

describe('key points a speaker could not present as written', () => {
  it('should flag a point cut short or of one or two words', () => {
    expect(pointProblem('Jassy and his team framed it not as a collection of random…')).toMatch(/cut short/)
    expect(pointProblem('exploiting')).toMatch(/one or two words/)
    expect(pointProblem('find out')).toMatch(/one or two words/)
  })

  it('should let a complete phrase and a short CJK point pass', () => {
    expect(pointProblem('AWS launched in 2006 with S3 and EC2')).toBeUndefined()
    expect(pointProblem('云计算改变了一切')).toBeUndefined()
  })
})
