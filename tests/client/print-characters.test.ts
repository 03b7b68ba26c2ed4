import { describe, expect, it } from 'vitest'
import { distinctCharacters } from '../../src/client/print.ts'

describe('the characters the print view loads fonts for', () => {
  it('should list each character once, in order of first use', () => {
    expect(distinctCharacters('Hello, world')).toBe('Helo, wrd')
    expect(distinctCharacters('')).toBe('')
  })

  it('should keep characters beyond the first plane whole, and a lone surrogate as it is', () => {
    expect(distinctCharacters('a😀b😀c🚀')).toBe('a😀bc🚀')
    expect(distinctCharacters('x\ud83dy\ud83d')).toBe('x\ud83dy')
  })

  it('should give the same set as spreading the string, on text of every script', () => {
    const text = 'Ünïcödé — “quotes” ‘and’ 漢字かな, Ελληνικά, русский, עברית 🎉 and ε̃ combining'.repeat(3)
    expect([...distinctCharacters(text)]).toEqual([...new Set(text)])
  })
})
