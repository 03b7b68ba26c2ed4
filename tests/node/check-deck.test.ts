import { describe, expect, it } from 'vitest'
import { parseDuration } from '../../src/core/index.ts'
import { VFile } from 'vfile'
import { overflowsIn, pointProblem, warnOverflows } from '../../src/node/check-deck.ts'

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

describe('slides cut off on screen or in print', () => {
  // As Rust 1.26's "trait object version" was measured: its compiler output scrolled on screen only.
  const slide = (id: string, line: number, scale: number, overflow: boolean) => ({ id, title: id, line, column: 1, scale, overflow })

  it('should report a slide that overflows on screen only, once per slide, in article order', () => {
    const found = overflowsIn({
      screen: [slide('trait-object-version', 162, 0.7, true), slide('table', 8, 0.7, true)],
      print: [slide('trait-object-version', 162, 0.74, false), slide('table', 8, 0.7, true)],
    })
    expect(found.map((fit) => [fit.id, fit.views])).toEqual([
      ['table', ['screen', 'print']],
      ['trait-object-version', ['screen']],
    ])
    const file = new VFile({ path: 'talk.md' })
    warnOverflows(file, found)
    expect(file.messages.map((message) => [message.line, message.reason])).toEqual([
      [8, expect.stringMatching(/^slide “table” does not fit, even shrunk to 70%/)],
      [162, expect.stringMatching(/^slide “trait-object-version” does not fit on screen, even shrunk to 70%/)],
    ])
  })
})
