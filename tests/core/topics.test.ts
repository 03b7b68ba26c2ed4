import { describe, expect, it } from 'vitest'
import { termsOf } from '../../src/core/key-points/index.ts'
import { sectionTerms, topicKeyphrase } from '../../src/core/key-points/keyphrase.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'
import { presentVerb, recurs } from '../../src/core/paginate.ts'
import { endsOnVerb, labelProblem, opensOnVerb } from '../../src/core/topics.ts'
import { WrittenPhrase } from '../../src/core/written-phrase.ts'

const tagsOf = (text: string) => tagSentence(text).flatMap((token) => (token.kind === 'word' ? [token.tag] : []))
const problem = (label: string, previous?: string) => labelProblem(label, previous, 'en', termsOf, tagsOf)

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

  it('should take a phrase whose last word the text uses as a verb, with its object after it, for no title', () => {
    const written = (phrase: string) => new WrittenPhrase(phrase)
    const texts = ['The current implementation models all data types as sets of values.', 'Each model is checked.']
    expect(endsOnVerb(written('current implementation models'), texts, 'en')).toBe(true)
    expect(endsOnVerb(written('data types'), texts, 'en')).toBe(false)
    // A noun phrase followed by its verb, or by a relative clause, is a noun phrase.
    expect(endsOnVerb(written('implementation models'), ['The implementation models that ship today are sets.'], 'en')).toBe(false)
    expect(endsOnVerb(written('current implementation models'), texts, 'de')).toBe(false)
    // (A talk's transcript, review 108: "Introduction: red area lives", from "…which is that red area lives in this constituency".)
    const ends = (phrase: string, text: string) => endsOnVerb(written(phrase), [text], 'en', presentVerb)
    expect(ends('red area lives', 'So I can say 1/3 of the population, which is that red area lives in this constituency.')).toBe(true)
    expect(ends('entire page slides', 'The entire page slides in from the right.')).toBe(true)
    expect(ends('data types', 'The data types in this module are sets.')).toBe(false)
    // (A plural its clause has another verb for is a noun, whatever the lexicon also knows it as: a code review's cases.)
    expect(ends('feature flags', 'We keep our feature flags in the config file.')).toBe(false)
    expect(ends('test results', 'All test results in the dashboard are green.')).toBe(false)
    expect(ends('feature flags', 'The build fails when the feature flags in the config change.')).toBe(false)
  })

  it('should refuse a keyphrase that opens on the verb after a subject pronoun', () => {
    // Two-Bit History's IMS explainer (review 36) titled two slides "Know abstractions"; the Rust survey "Correlated users".
    const written = (phrase: string) => new WrittenPhrase(phrase)
    expect(opensOnVerb(written('know abstractions'), ["We all know abstractions aren't free."], 'en')).toBe(true)
    expect(opensOnVerb(written('correlated users'), ["To dig deeper, we correlated users' self-rated expertise."], 'en')).toBe(true)
    expect(opensOnVerb(written('build times'), ['Our build times dropped by half.'], 'en')).toBe(false)
    // (Variance Explained's Trump tweets post, review 37: "…the NRC lexicon, which associates words with 10 sentiments".)
    expect(opensOnVerb(written('associates words'), ['We use the NRC lexicon, which associates words with 10 sentiments.'], 'en')).toBe(
      true,
    )
    expect(opensOnVerb(written('build times'), ['We measured build times.'], 'en')).toBe(false)
    expect(opensOnVerb(written('know abstractions'), ["We all know abstractions aren't free."], 'fr')).toBe(false)
  })

  it('should refuse two plural nouns in a row, which belong to two phrases', () => {
    // The Rust survey: "We also asked what IDE setups users used" titled a slide "…: IDE setups users".
    expect(problem('IDE setups users')).toBe('two phrases')
    expect(problem('IDE setups')).toBeUndefined()
    expect(problem('data sources')).toBeUndefined()
    expect(problem('axes object')).toBeUndefined()
    for (const compound of ['savings accounts', 'sales teams', 'sports cars', 'systems engineers'])
      expect(problem(compound)).toBeUndefined()
  })

  it('should refuse a phrase led by a quantity, one that ends on no noun, and a swear word', () => {
    // Titles reviewers saw on an unseen headingless post about Rust macros and pointers ("<title>:
    // other macro", "<title>: two pointer dereferences"), and the bold-phrase fragment of issue 12.
    expect(problem('other macro')).toBe('quantity')
    expect(problem('two pointer dereferences')).toBe('quantity')
    expect(problem('many reasons')).toBe('quantity')
    expect(problem('find out if')).toBe('no noun')
    expect(problem('shitty code')).toBe('crude')
  })

  it('should refuse a phrase that judges a thing, counts it or picks it out, and a link', () => {
    // Titles of the slides of a long talk transcript, each said once on its slide.
    expect(problem('interesting problems')).toBe('judgement')
    expect(problem('main compelling reason')).toBe('judgement')
    expect(problem('lot more experience')).toBe('quantity')
    expect(problem('second improvement')).toBe('quantity')
    expect(problem('own updater')).toBe('quantity')
    expect(problem('Sources https')).toBe('link')
    // (Titles of the corpus's long sections before the rule: "Introduction: famous two dimensional example", "Data Fetching: common option".)
    expect(problem('famous two dimensional example')).toBe('judgement')
    expect(problem('common option')).toBe('judgement')
    expect(problem('arbitrary number')).toBe('judgement')
    // (Capitalised, such a word may open a name.)
    expect(problem('Common Lisp')).toBeUndefined()
    expect(problem('Classic ASP')).toBeUndefined()
  })

  it('should keep keyphrases that name a topic', () => {
    for (const label of [
      'world pause time',
      'Goroutines',
      'GC Pacer',
      'standard encryption policies',
      'Flux',
      'error pages',
      'plain language',
    ])
      expect(problem(label, 'server requests')).toBeUndefined()
  })
})

describe('topic keyphrases', () => {
  /** Whether a phrase recurs in the texts of a topic, as `recurs` reads them. */
  const recurring = (phrase: string, texts: string[]) =>
    recurs(
      phrase,
      texts,
      texts.map((text) => termsOf(text, 'en')),
      'en',
    )

  it('should take one capitalised word for a name only where it stands on its own inside a sentence', () => {
    // (Two-Bit History's "Where Vim Came From", review 51: three slides titled "…: System", from
    // "the Berkeley Timesharing System"; "Bell Labs" names its topic.)
    const vim = [
      'He had used a text editor called QED, written for the Berkeley Timesharing System between 1965 and 1966.',
      'The System was slow, and every system of the time was.',
    ]
    expect(recurring('System', vim)).toBe(false)
    expect(recurring('Unix', ['Thompson wrote Unix at Bell Labs.', 'The first Unix ran on a PDP-7, and Unix spread fast.'])).toBe(true)
  })

  it('should take a phrase of several words for recurring only where another of its words comes back with its head', () => {
    // An opinion essay without headings (review 85): three slides titled "Electoral vote system", said in
    // one paragraph, as its head word, "system", came back in "two-party system" and "voting systems".
    const essay = [
      'America still uses the electoral vote system, which is strictly worse than the popular vote.',
      'It inevitably results in a two-party system, because a strategic choice is rational.',
      'We have built a health system that cannot incentivize curing cancer.',
    ]
    expect(recurring('electoral vote system', essay)).toBe(false)
    expect(recurring('electoral vote system', [...essay, 'The electoral vote decides, and the system stays.'])).toBe(true)
  })

  it('should never run a phrase across a sentence end or a comma', () => {
    // Continuation titles of an unseen Go heap profiling post ("value Disproportionate bytes")
    // and electric-llm-spaghetti-opinion ("failure modes stale data") before the rule.
    const topic = [
      'The runtime needs a slot large enough to hold our value. Disproportionate bytes needed for each allocation show up in the profile.',
      'There are three failure modes, stale data being the worst of them.',
    ]
    const other = ['Garbage collection pauses depend on the scheduler.']
    const section = sectionTerms([topic, other].map((texts) => texts.map((text) => termsOf(text, 'en'))))
    const phrase = topicKeyphrase(topic, section, 'Go Heap Allocations', 'en') ?? ''
    expect(phrase).not.toMatch(/value Disproportionate|modes stale/)
    expect(phrase.length).toBeGreaterThan(0)
  })
})
