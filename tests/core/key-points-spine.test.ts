import { describe, expect, it } from 'vitest'
import { promisesMore } from '../../src/core/key-points/completeness.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { spineOf } from '../../src/core/key-points/spine.ts'
import { joinTokens, tagSentence } from '../../src/core/key-points/tagging.ts'
import { points } from '../helpers/key-points.ts'

/*
 * A long sentence without a clause boundary to cut at still has a point: its spine, without a
 * comma-bounded adverb, an "It turns out that", an opening adjunct or a trailing participle
 * phrase. Sentences from writers of articles whose sentences got no point before (a postdoc-salary
 * analysis, a Held–Karp GSoC log, a podcast transcript, a SQLite debugging post) and of the
 * Prometheus blog (tests/fixtures/articles/prom-pull-does-not-scale, prom-varbit-chunks).
 */

const shorten = (sentence: string) => compress(sentence, 'en')?.text ?? ''
const spine = (sentence: string) => {
  const tokens = spineOf(tagSentence(sentence))
  return tokens && joinTokens(tokens).trim()
}

describe('the spine of a long single-clause sentence', () => {
  it('should drop one or two adverbs between commas, not a negation or a hedge', () => {
    expect(shorten('So, overall, every year the NIH makes sure that the postdoc salaries are, at least, adjusted to the inflation.')).toBe(
      'Every year the NIH makes sure that the postdoc salaries are adjusted to the inflation',
    )
    expect(
      spine(
        'I would think, too, that sometimes a good old-fashioned hashtag search or keyword search in social media can bring up content and put it on the radar as well.',
      ),
    ).toMatch(/^I would think that sometimes a good old-fashioned hashtag search/)
    expect(
      spine('The cache is, probably, the reason the second run of the whole benchmark suite finished in half the time.'),
    ).toBeUndefined()
  })

  it('should say what "It turns out that" found', () => {
    expect(shorten('It turns out that the best year for postdocs with at least one year of experience was actually 2016.')).toBe(
      'The best year for postdocs with at least one year of experience was 2016',
    )
    expect(spine('It turns out SQLiite databases are always an exact multiple of the `page_size` when the file has grown.')).toMatch(
      /^SQLiite databases are always an exact multiple/,
    )
  })

  it('should take the main clause after an opening adjunct, not after a condition', () => {
    expect(shorten('In every case where a substitute was valid, both of those edges lead to the same vertex.')).toBe(
      'Both of those edges lead to the same vertex',
    )
    expect(
      shorten('Whether you pull or push, any time-series database will fall over if you send it more samples than it can handle.'),
    ).toBe('Any time-series database will fall over if you send it more samples than it can handle')
    // (Not at the comma inside a date: "On June 6, | 2014 I checked in…".)
    expect(shorten('On June 6, 2014 I checked in the first commit of what would become the public repository for Kubernetes.')).not.toMatch(
      /^2014/,
    )
    // A condition bounds the claim: without it the point says more than the writer did.
    expect(
      spine(
        'If you are neither limited on disk capacity nor on disk ops, do not worry and stick with the default of the classical double-delta encoding.',
      ),
    ).toBeUndefined()
  })

  it('should cut before a passive participle phrase after the object, keeping the clause whole', () => {
    expect(
      shorten('This function requires a completely different implementation compared to the one described in the Held and Karp paper.'),
    ).toBe('The function requires a completely different implementation')
    // (Not after "do", where the "participle" is the verb; not inside a relative clause; not a gerund that says which ones.)
    expect(
      shorten(
        'Not only does your monitoring system need to know what service instances should exist, but your service instances now also need to know how to reach your monitoring system.',
      ),
    ).not.toMatch(/system$/)
    expect(
      shorten('But there are real-life queries where the sequential access pattern required by varbit chunks will start to matter a lot.'),
    ).not.toMatch(/pattern$/)
    expect(
      shorten('We have monitoring in place for jobs failing to execute, but in this case the job was mistakenly marked as correct.'),
    ).toBe('')
  })

  it('should drop "Either way" with its clause, not leave "Way you do it"', () => {
    expect(
      shorten(
        'Either way you do it, the effort for establishing a connection is small compared to the metrics payload and other work that the Prometheus server has to do to ingest and process data.',
      ),
    ).not.toMatch(/^Way/)
    expect(shorten('Either way, the cost of that lookup is small next to the scan.')).toBe(
      'The cost of that lookup is small next to the scan',
    )
  })
})

describe('an "it" that holds the place of what does or does not matter', () => {
  it('should not lean on the sentence before, nor end on "matter"', () => {
    expect(
      points(
        "For scaling purposes, it doesn't matter who initiates the TCP connection over which metrics are then transferred. Either way you do it, the effort for establishing a connection is small compared to the metrics payload and other work that the Prometheus server has to do to ingest and process data.",
      ),
    ).toEqual(["It doesn't matter who initiates the TCP connection over which metrics are then transferred"])
    expect(compress('And so it matters how many times you will be doing that type of task in the future.', 'en')?.leans).toBe(false)
    expect(shorten('It does not matter which thread frees the buffer, as long as exactly one of them does it.')).not.toMatch(/matter$/)
  })

  it('should not cut off a condition opened by "as long as"', () => {
    expect(shorten('It does not matter which thread frees the buffer, as long as exactly one of them does it.')).not.toMatch(/buffer$/)
  })
})

describe('a denial without its correction', () => {
  const tokens = (sentence: string) => tagSentence(sentence)
  it('should count "but", "rather", "instead", a semicolon, a colon or a dash as the correction', () => {
    expect(promisesMore(tokens('Today, AWS is not just a business line.'))).toBe(true)
    expect(promisesMore(tokens('AWS is not just a business line; it is the backbone of the modern internet.'))).toBe(false)
    expect(promisesMore(tokens('The previous approach makes each node encode not just a location but a context.'))).toBe(false)
    expect(promisesMore(tokens("A Python package isn't just a lot of Python code — it needs documentation and tests."))).toBe(false)
    expect(promisesMore(tokens('The note was partly a joke.'))).toBe(true)
  })

  it('should give the point to the sentence after a denial that promises more', () => {
    expect(points('Today, AWS is not just a business line. It’s the backbone of the modern internet.')).toEqual([
      'AWS is the backbone of the modern internet',
    ])
  })

  it('should not take a noun ending in "ed" for the participle a trailing phrase opens', () => {
    // (Go's ChaCha8Rand post: the tagger reads "seed" as a past participle for its "ed".)
    const seed = spine(
      'The runtime chooses the hash seed for each new map using ChaCha8Rand instead of a less secure wyrand-based generator it previously used.',
    )
    expect(seed ?? '').not.toMatch(/hash$/)
    // (A participle with its complement still goes.)
    expect(spine('The new release requires a completely different build of the tool compared to the one described in the paper.')).toBe(
      'The new release requires a completely different build of the tool',
    )
    // Not one that says which of the things a verb's object leaves open; after a definition it only adds.
    expect(
      spine('So we wrote a small Go program tailored to the specific needs of a certificate authority’s test sites.') ?? '',
    ).not.toMatch(/program$/)
    expect(spine('Systemd is a system and service manager used by most of the Linux distributions in wide use today.')).toBe(
      'Systemd is a system and service manager',
    )
  })
})
