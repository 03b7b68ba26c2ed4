import { describe, expect, it } from 'vitest'
import { leansOnPrevious, pointLeans } from '../../src/core/key-points/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { shownPoints } from '../helpers/html.ts'

const point = (sentence: string, lang = 'en') => compress(sentence, lang)?.text ?? ''

/*
 * What a review of articles lectern had not seen (round 126) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 126', () => {
  it('should read a point that ends on "too" or opens on "Another is" as leaning on the sentence before', () => {
    // pyOpenSci's PyCon story: "too" adds to what the sentence before said.
    expect(pointLeans('We make sure that all of our content is heavily reviewed too')).toBe(true)
    // (A degree is no addition: "too slow", "too many".)
    expect(pointLeans('The first build was too slow for our users')).toBe(false)
    // Wasmtime's security post: "another" of the examples the sentence before began.
    expect(leansOnPrevious('Another is the "disposable instance" paradigm')).toBe(true)
    expect(leansOnPrevious('Others are still waiting for a maintainer')).toBe(true)
    expect(leansOnPrevious('Another team took over the build system')).toBe(false)
  })

  it('should not make a claim of the reason a relative clause gives', () => {
    const cut = point(
      "It is also determined by how Wasmtime unlocks more-secure application designs that couldn't have been considered before, because the performance overhead was impractical.",
    )
    expect(cut).not.toBe('The performance overhead was impractical')
    // (The reason of a main clause that leans still stands alone.)
    expect(point('It works well in practice, because the cache holds every page we render for the first time.')).toBe(
      'The cache holds every page we render for the first time',
    )
  })

  it('should leave out the interjections of speech a sentence opens on', () => {
    expect(point('Ok well I spent a lot of the meeting talking to people about Python packaging.')).toBe(
      'I spent a lot of the meeting talking to people about Python packaging',
    )
    expect(point('Okay so we moved the whole build to a single machine last spring.')).toBe(
      'We moved the whole build to a single machine last spring',
    )
  })

  it("should lead into a list without the condition on the reader's time", () => {
    const points = shownPoints(
      "## My talk\n\nI gave a talk at the summit about our packaging guide and how we review it.\n\nIf you're short on time, the take-aways of the talk were:\n\n- Reviews take longer than writing the guide\n- The community trusts what it reviewed\n",
    )
    expect(points).toContain('lead: The take-aways of the talk were:')
    expect(point("If you're short on time, the main lesson is that reviews take longer than writing the guide.")).toBe(
      'The main lesson is that reviews take longer than writing the guide',
    )
  })
})
