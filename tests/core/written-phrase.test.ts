import { describe, expect, it } from 'vitest'
import { WrittenPhrase } from '../../src/core/written-phrase.ts'

describe('a phrase as written', () => {
  it('should find a phrase only as whole words, in any case, across any spaces', () => {
    const models = new WrittenPhrase('implementation models')
    expect(models.test('The current Implementation\n  Models all data types.')).toBe(true)
    expect(models.test('The implementation modelsX ship.')).toBe(false)
    expect(models.test('Reimplementation models ship.')).toBe(false)
    expect(models.test('implementation models')).toBe(true)
    expect(new WrittenPhrase('Go').test('Gopher, Go!')).toBe(true)
    // (As the `iu` flags read case: the long s is an s, the Kelvin sign a k.)
    expect(new WrittenPhrase('class kit').test('A cla\u017f\u017f \u212ait.')).toBe(true)
  })
})
