import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'
import { refersBack } from '../../src/core/key-points/dependence.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'

/*
 * Claim sentences of 15 to 30 words that no cut used to shorten, so that their paragraph showed
 * no point: what is kept must be a whole sentence that still says the claim.
 */

const tags = (sentence: string) =>
  Object.fromEntries(tagSentence(sentence).flatMap((token) => (token.kind === 'word' ? [[token.value, token.tag]] : [])))
const shorten = (sentence: string) => compress(sentence, 'en')?.text ?? ''

describe('parts of speech a long claim is cut on', () => {
  it('should read an adjective that ends its noun phrase as the noun', () => {
    expect(tags("Good tests are the key that unlocks a library's full potential.")).toMatchObject({ key: 'NN', potential: 'NN' })
    expect(tags('The public and private sectors differ.')).toMatchObject({ public: 'JJ' })
    expect(tags('It is a lightweight, low-stakes prototype.')).toMatchObject({ lightweight: 'JJ' })
  })
})

describe('long claims said without what only adds to them', () => {
  it('should drop an opening purpose whose object is only what the sentence before named ("To fix this,")', () => {
    expect(shorten('To fix this, we added a cache in front of the database.')).toBe('We added a cache in front of the database')
    expect(shorten('To avoid that, the team pins every version of every action.')).toBe('The team pins every version of every action')
    // Not before a turn of the talk.
    expect(shorten('To see this, first, let’s consider the ordering of the messages.')).not.toMatch(/^First/)
  })

  it('should say a main clause of 13 or 14 words without the clause before it, and never without its verb', () => {
    expect(
      shorten(
        'Although the weather was poor all week, the volunteers of the local walking club planted four hundred young oak trees along the northern bank of the river.',
      ),
    ).toBe('The volunteers of the local walking club planted four hundred young oak trees')
    expect(
      shorten('While we made progress on the blog, the work to add alt text on the blog, website, and documentation goes on.'),
    ).not.toMatch(/website$/)
    // (A present the tagger leaves bare after its subject is a verb: "we send/VB".)
    expect(
      shorten(
        'In the final script of the pipeline, we send a request back to the bot along with the full report in JSON format at the end.',
      ),
    ).toBe('We send a request back to the bot along with the full report')
  })

  it('should say a count without the highlights set off after it by "most notably" or "especially"', () => {
    expect(
      shorten('This release includes about twenty new packages, most notably popular data science packages PyArrow, Polars, and DuckDB.'),
    ).toBe('This release includes about twenty new packages')
    expect(shorten('The city planted four hundred new trees last spring, especially oaks, limes and plane trees.')).toBe(
      'The city planted four hundred new trees last spring',
    )
  })

  it('should keep "this" before the talk’s own time or text, and read it as no thing named before', () => {
    expect(shorten('This month, the council opened three new libraries in the northern districts.')).toMatch(/^This month/)
    expect(shorten('This time around, the council published every answer of the survey online.')).toMatch(/^This time around/)
    expect(
      points(
        'The project had a busy year.\n\nThis release includes about twenty new packages, most notably PyArrow, Polars and DuckDB.',
      )[1],
    ).toBe('This release includes about twenty new packages')
  })

  it('should drop a participle clause after a noun phrase that ends on a word the lexicon reads as an adjective', () => {
    expect(
      shorten("Clear error messages are the key that unlocks a library's full potential, saving its users hours of searching the web."),
    ).toBe("Clear error messages are the key that unlocks a library's full potential")
  })

  it('should drop examples set off by commas from a long sentence, and keep them in a short one', () => {
    // Examples in the subject, up to the verb.
    expect(
      shorten('Static site generators, such as Hugo, Jekyll and Eleventy, can turn a folder of Markdown files into a fast website.'),
    ).toBe('Static site generators can turn a folder of Markdown files into a fast website')
    // Examples after the claim, up to the end.
    expect(
      shorten(
        'The team rewrote the build pipeline in the last quarter, including the cache layer, the test runner and the deploy scripts.',
      ),
    ).toBe('The team rewrote the build pipeline in the last quarter')
    expect(shorten('Many languages, such as Go and Rust, compile fast.')).toBe('Many languages, such as Go and Rust, compile fast')
    // An object counted only as "a ton of" things is named by its examples: they stay, or the sentence gives no cut.
    expect(shorten('The survey gathered a ton of useful answers, such as ages, incomes, and commute times.')).toBe(
      'The survey gathered a ton of useful answers, such as ages, incomes, and commute times',
    )
    expect(
      shorten('Over the last two years the census office has collected a ton of useful answers, such as ages, incomes, and commute times.'),
    ).not.toBe('Over the last two years the census office has collected a ton of useful answers')
    // ("including how…are handled": a clause of their own, not examples.)
    expect(
      shorten('Details, including how unknown hosts and credentialed URLs are handled, are in the guide on resolving Git dependencies.'),
    ).not.toMatch(/^Details are/)
  })

  it('should drop a relative clause set off by a comma after a plural, and keep one that restricts, describes or judges', () => {
    expect(
      shorten(
        'The new compiler emits smaller binaries for embedded targets, which can then be flashed onto much cheaper microcontrollers.',
      ),
    ).toBe('The new compiler emits smaller binaries for embedded targets')
    expect(
      shorten('The new compiler emits smaller binaries for targets that have less than one megabyte of flash memory available to them.'),
    ).not.toBe('The new compiler emits smaller binaries for targets')
    // (Nor after a thing the sentence introduces, nor before a clause that judges the claim.)
    expect(shorten('I could think of a special mode, which does not apply chunking and emits each module as a separate file.')).not.toBe(
      'I could think of a special mode',
    )
    expect(
      shorten(
        'The selector approach requires wrapping all state access in selectors, which becomes tedious for complex or deeply nested state.',
      ),
    ).not.toBe('The selector approach requires wrapping all state access in selectors')
    // ("any variable whose…": a noun "any" or "every" quantifies is restricted by the clause after it.)
    expect(
      shorten('The compiler is configured to always ignore any variable whose name begins with an underscore character in the source.'),
    ).not.toBe('The compiler is configured to always ignore any variable')
  })

  it('should not cut off the second predicate of a subject after ", and", and still cut off a clause of its own', () => {
    expect(shorten('Instead, we put the learned model on the curve, and now solve the whole system.')).toBe(
      'We put the learned model on the curve, and now solve the whole system',
    )
    expect(
      shorten(
        'The new compiler emits smaller binaries for embedded targets, which can then be flashed onto much cheaper microcontrollers.',
      ),
    ).toBe('The new compiler emits smaller binaries for embedded targets')
  })

  it('should cut off a purpose after the clause it is for, and not a degree "so"', () => {
    expect(
      shorten(
        'Maintainers need a private channel outside the main project chat so they can coordinate releases without distracting contributors.',
      ),
    ).toBe('Maintainers need a private channel outside the main project chat')
    expect(
      shorten(
        'The new scheduler improves throughput so much that most teams can drop their custom batching code from their services entirely.',
      ),
    ).not.toBe('The new scheduler improves throughput')
  })
})

describe('cuts that would keep the set-up of a list or a clause and lose the rest', () => {
  it('should not stop after the first item of a series that goes on to its last after "and"', () => {
    expect(
      shorten(
        'The main challenges we had to work on were instructor communication, managing the online workshop, and how learners would set up their screens.',
      ),
    ).not.toMatch(/instructor communication$|managing the online workshop$/)
    expect(
      shorten(
        'We saw a sharp rise in contributors, mailing list questions, GitHub issues, IRC visitors, and increasing buzz on the net in general.',
      ),
    ).not.toBe('We saw a sharp rise in contributors')
    // (A clause of its own after "and" ends no series: the participle before it may go.)
    expect(
      shorten('The tool reads the configuration file, resolving every plugin it names, and then builds the project in one pass.'),
    ).toBe('The tool reads the configuration file')
  })

  it('should not stop inside an "as" or "because" clause before its verb', () => {
    expect(
      shorten("Full source maps are currently quite expensive in webpack, as performance for source map processing isn't the best yet."),
    ).toBe('Full source maps are currently quite expensive in webpack')
    // (A clause with a participle for its verb is whole: "when having to decide…".)
    expect(
      shorten(
        "It's an easy trap to step into, especially when having to decide between two options where one requires effort and the other does not.",
      ),
    ).toBe("It's an easy trap to step into, especially when having to decide between two options")
  })
})

describe('a correlative pair cut in half', () => {
  it('should not cut between "either" and its "or", and still keep a whole sentence with the pair', () => {
    expect(shorten('We can define a function or rule, which maps the cell state to either 0 or 1.')).not.toMatch(/either 0$/)
    expect(shorten('The scheduler assigns every incoming task to either the fast queue or the slow queue.')).toBe(
      'The scheduler assigns every incoming task to either the fast queue or the slow queue',
    )
  })
})

describe('the amount a finding reports', () => {
  // (Supabase's "Making the Supabase Dashboard Supa-fast": each change and what it saved.)
  it('should keep the clause that gives the amount, the whole sentence a little long, rather than cut it off', () => {
    expect(shorten('We migrated from Joi to ajv for our schema validation, which was 32% smaller.')).toBe(
      'We migrated from Joi to ajv for our schema validation, which was 32% smaller',
    )
    expect(shorten('It was straightforward to switch to day-js, which reduced our gzipped bundle size by 68 KB.')).toBe(
      'It was straightforward to switch to day-js, which reduced our gzipped bundle size by 68 KB',
    )
    // (Without an amount, the cut stands.)
    expect(shorten('It was straightforward to switch to day-js, which is largely API-compatible with Moment.js.')).toBe(
      'It was straightforward to switch to day-js',
    )
  })

  it('should read a comparison whose two sides the point names as whole, and a sentence opening on inline code as a sentence', () => {
    expect(refersBack(tagSentence('We migrated from Joi to ajv for our schema validation, which was 32% smaller'))).toBe(false)
    expect(refersBack(tagSentence('The second one is faster'))).toBe(true)
    expect(
      points(
        'We migrated from `Joi` to `ajv` for our schema validation which was 32% smaller. `ajv` was already bundled as a transitive dependency of other modules, making it a no-brainer.',
      )[0],
    ).toBe('We migrated from Joi to ajv for our schema validation which was 32% smaller')
    // (Nor code in marks after a possessive's stop: tests/fixtures/articles/tseslint-avoiding-anys-mdx.)
    const point = points(
      "ESLint includes its own inline comment directives separate from TypeScript's. `// eslint-disable`, `// eslint-disable-next-line`, and other inline ESLint config comments can suppress lint rules.",
    )[0]
    expect(point).toBe("ESLint includes its own inline comment directives separate from TypeScript's")
    // (Nor code the writer broke over lines: Connect's guide (review 108), "…in one Go package. mkdir -p cmd/server".)
    expect(
      points(
        'Since the interface is so small, we can do everything in one Go package. `mkdir -p\ncmd/server`, then add `cmd/server/main.go`.',
      )[0],
    ).toBe('We can do everything in one Go package')
  })

  it('should not end a sentence at the question mark of a title it links to', () => {
    // tests/fixtures/articles/electric-llm-spaghetti-opinion; review 45's essay on cars.
    const said = points('See our [AGENTS.md](/docs/agents/) and [Building AI apps? You need sync](/blog/sync) post.')[0]
    expect(said).not.toBe('You need sync post')
    expect(points('A study titled [Is Go Fast?](https://example.org/go) shows that most services never need more speed.')[0]).toMatch(
      /^A study titled Is Go Fast\? shows/,
    )
  })
})

describe('a long claim that opens on its date', () => {
  // (Hachyderm's Redis exposure postmortem: every sentence of its background opens on a date.)
  it('should say the claim without the date where nothing shorter stands, and keep a date that fits', () => {
    expect(shorten('Between July 9 and July 16, 2023, one of Hachyderm’s Redis cache servers was exposed to the public internet.')).toBe(
      'One of Hachyderm’s Redis cache servers was exposed to the public internet',
    )
    expect(shorten('At 11:17 UTC, the team restored the primary database from the last full backup taken on Sunday night.')).toBe(
      'The team restored the primary database from the last full backup taken on Sunday night',
    )
    expect(shorten('On July 16, 2023, the team fixed the firewall.')).toBe('On July 16, 2023, the team fixed the firewall')
    // (Not an opening without a date: "In May," or "In theory,".)
    expect(shorten('In theory, every one of the servers in the cluster could be exposed to the public internet at once.')).not.toMatch(
      /^Every one/,
    )
  })
})

describe('a long claim that ends on the "to" of a verb it leaves out', () => {
  // (antfu.me's "Mental Health in Open Source".)
  it('should show the whole sentence when it fits, the "to" its writer ended on standing for the verb', () => {
    expect(shorten('When a hobby becomes a job, you lose the freedom to choose when and what to.')).toBe(
      'When a hobby becomes a job, you lose the freedom to choose when and what to',
    )
    // (A cut that stops on "to" is still no point.)
    expect(shorten('We spent the whole of last week trying to work out which of the two new approaches to')).toBe('')
  })
})
