import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'

/*
 * What a review of articles lectern had not seen (round 119, and one case left from 118) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 119', () => {
  it('should not cut an existential "there is" before the phrase that says what is there', () => {
    const cut = compress('We understand that there have been some concerns around the GDPR compliance of the Matrix Public Archive.', 'en')
    expect(cut?.text).not.toBe('We understand that there have been some concerns')
    // (A reason said of it is no part of the thing: the outage stands.)
    expect(
      compress('There was a long outage of the build farm because the disk of its only database filled up overnight.', 'en')?.text,
    ).toBe('There was a long outage of the build farm')
  })

  it('should say the claim a frame of knowing or thinking holds, where the sentence is too long whole', () => {
    expect(
      compress('We understand that there have been some concerns around the GDPR compliance of the Matrix Public Archive.', 'en')?.text,
    ).toBe('There have been some concerns around the GDPR compliance of the Matrix Public Archive')
    // (Not one of hoping, whose clause is not yet so.)
    expect(
      compress('We hope that there will be a second edition of the conference in the north of the country next spring.', 'en')?.text ?? '',
    ).not.toMatch(/^There will be/)
  })
})
