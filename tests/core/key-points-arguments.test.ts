import { describe, expect, it } from 'vitest'
import { compressClauses } from '../../src/core/key-points/clauses.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { standsAsPoint } from '../../src/core/key-points/emphasis.ts'

/*
 * A cut keeps what the claim needs: what a colon or dash announces, the verb's second
 * argument, a relative clause that says which things, a hedge, a condition, the rest of a
 * list; and a bold run is a point only when it is a clause. Every sentence here is real, from
 * at least two writers per rule: tests/fixtures/unseen-cuts/ (go-blog-when-generics,
 * thea-circuitpython-lessons, thea-python-testing-style: compress5's worked half), the corpus
 * in tests/fixtures/articles/, and the fifth review's dev articles (code-hv, fr-migration,
 * math-softmax, opinion-frameworks, tutorial-spikes).
 */

const shorten = (sentence: string) => compress(sentence, 'en')?.text ?? ''

describe('cuts that keep what a sentence announces', () => {
  it('should not stop before a colon or dash after a phrase that only counts what follows', () => {
    expect(
      shorten(
        'Today, programs that need such data structures typically do one of two things: write them with a specific element type, or use an interface type.',
      ),
    ).not.toMatch(/two things$/)
    expect(
      shorten(
        'The project has several components - the CPU for processing MIDI data, a DAC for converting digital values to voltages, and the power supply.',
      ),
    ).not.toMatch(/components$/)
    expect(shorten('And on top of all that, frameworks can have this interesting side effect: horrible code.')).not.toMatch(/side effect$/)
  })

  it('should take the claim after a colon its setup announced', () => {
    expect(
      shorten(
        'The Tree example illustrates another general guideline: when you need something like a comparison function, prefer a function to a method.',
      ),
    ).toBe('When you need something like a comparison function, prefer a function to a method')
    expect(
      shorten(
        'However, our test with the API Explorer revealed something strange: no matter which email we passed in it returned the same results.',
      ),
    ).toBe('No matter which email we passed in it returned the same results')
    // (Not a noun phrase whose only verb is its relative clause's.)
    expect(
      shorten(
        'I decided to use the traditional way to call kernel functions: a modified IOUserClient — which can be sent across processes and used simultaneously on multiple threads.',
      ),
    ).not.toMatch(/^A modified IOUserClient/)
  })

  it('should keep the clause a short setup before a dash leads to', () => {
    expect(
      shorten(
        "It turns out I was completely wrong - you do need a bootloader to run CircuitPython (it's probably possible to build without needing one but I haven't found instructions for that).",
      ),
    ).toBe('It turns out I was completely wrong — you do need a bootloader to run CircuitPython')
    // (A setup that ends on its verb's own complement is a claim of its own.)
    expect(
      shorten(
        'Deploying the change took way longer than expected: there were changes landed in master but waiting to be deployed on production.',
      ),
    ).toBe('Deploying the change took way longer than expected')
  })
})

describe('cuts that keep what a verb or noun needs', () => {
  it('should not stop before the relative clause that says which things are meant', () => {
    expect(
      shorten(
        'One case is when writing functions that operate on the special container types that are defined by the language: slices, maps, and channels.',
      ),
    ).not.toMatch(/writing functions$/)
    expect(
      shorten(
        'While it’s possible to implement generics in several different ways, the implementation used in Go 1.18 will in many cases treat values whose type is a type parameter much like values whose type is an interface type.',
      ),
    ).not.toMatch(/treat values$/)
  })

  it('should not stop before the preposition that opens a second argument or a complement', () => {
    expect(shorten("General rule of thumb is to match the name of the tests to the name of the test's target:")).not.toMatch(/tests$/)
    expect(
      shorten(
        'In general, I see an abundance of assert_call* invocations as a code smell that the tests are doing too much mocking or demonstrating too much knowledge about the internals.',
      ),
    ).not.toMatch(/invocations$/)
    expect(
      shorten(
        'Observe that every term in the summation is just a multiplication between two derivatives of a scalar with respect to a scalar.',
      ),
    ).not.toMatch(/multiplication$/)
    expect(
      shorten('All the requests with 1 second wait coincide with a call to the 1-second sleep function call in one of our libraries.'),
    ).not.toMatch(/a call$/)
  })

  it('should not start inside a subordinate clause that goes on with "and"', () => {
    const generics = shorten(
      "While it's possible to implement generics in several different ways, and implementations will change and improve over time, the implementation used in Go 1.18 will in many cases treat values whose type is a type parameter much like values whose type is an interface type.",
    )
    expect(generics).not.toMatch(/^implementations/i)
    const mentions = shorten(
      'If you suddenly see a bunch of mentions of that person, and if people start chatting about it, something like that might pick it up.',
    )
    expect(mentions).not.toMatch(/^(if )?people start/i)
  })

  it('should not stop inside an "as" or "since" clause whose main clause has not come', () => {
    expect(
      shorten(
        'The funny thing, as the fella brought in to pull projects out of fires for folks that did not do an evaluation of their actual needs, frameworks can have this interesting side effect: horrible code.',
      ),
    ).not.toMatch(/out of fires$/)
    expect(
      shorten(
        'Note that since both `range` and `len` treat a nil slice as a zero-length slice, these last two examples will work even if nobody likes cheese or bacon.',
      ),
    ).not.toMatch(/zero-length slice$/)
  })

  it('should not drop an opening that begins a list the sentence goes on with', () => {
    expect(
      shorten(
        'For testing different behaviors, failure modes, and edge cases, add additional tests with a brief explanation added to the test name:',
      ),
    ).not.toMatch(/^Failure modes/)
    expect(
      shorten('We would then need a major open source community like Python, Node.js, Go, Ruby, etc. to collectively adopt the platform.'),
    ).not.toMatch(/^Node\.js/)
  })
})

describe('a sentence a little long rather than half of two predicates', () => {
  it('should keep the second of two predicates joined by "and" when the whole fits a long point', () => {
    expect(shorten('However, my device is iOS 14.1, and does not have the vulnerable `CreateMemoryDescriptorFromClient` method.')).toMatch(
      /does not have the vulnerable/,
    )

    // (When the whole is too long even so, the first clause alone keeps its quality.)
    const windows = compress(
      "Windows arm64 refused to boot on my decompiled Hypervisor.framework, and I don't have time to troubleshoot why.",
      'en',
    )
    expect(windows?.text).toBe('Windows arm64 refused to boot on my decompiled Hypervisor.framework')
    expect(windows?.quality).toBeGreaterThan(0.8)
  })
})

describe('cuts that keep how sure the author is and when the claim holds', () => {
  it('should keep a hedge or the author’s own case', () => {
    expect(shorten('Maybe a framework is a good choice.')).toBe('Maybe a framework is a good choice')
    expect(shorten('Perhaps your experience was different.')).toBe('Perhaps your experience was different')
    expect(shorten('In my experience, a latency regression is a sign of an introduced resource contention.')).toMatch(
      /^In my experience, a latency regression/,
    )
  })

  it('should not cut off the phrase that bounds the claim to the author’s case', () => {
    expect(
      shorten(
        'Even if Windows were to boot, software rendered Crysis runs at 1fps on my M1 Mac Mini, so on an iPhone it would be even slower.',
      ),
    ).not.toMatch(/1fps$/)
  })

  it('should keep a condition set off by dashes, and say that "Otherwise" leans on the sentence before', () => {
    const otherwise = compress('Otherwise - if, say, the processor is an M1 - the function creates a heap and returns true.', 'en')
    expect(otherwise?.text ?? '').not.toBe('The function creates a heap and returns true')
    if (otherwise) expect(otherwise.leans).toBe(true)
  })

  it('should read dashes between clauses that each open on a subject and verb as chaining them, not as an aside', () => {
    // (Review 55, an economics essay: "…consider Alice and Bob Alice spends it all on wine".)
    const chained = compress(
      "To begin with, let's consider Alice and Bob - they both earn 100,000 dollars a year - Alice spends it all on wine, while Bob spends it all on beer.",
      'en',
    )
    expect(chained?.text ?? '').not.toMatch(/Bob Alice/)
    expect(compress('The new engine - it shipped in March - cut build times in half.', 'en')?.text).toBe(
      'The new engine cut build times in half',
    )
  })

  it('should leave the comma a clause after an aside in dashes needs, where its conjunction joins it', () => {
    // (Kubeflow's post on its UI (review 108): "…stayed exactly the same so page load times are unchanged".)
    expect(
      compress('The production bundle size stayed exactly the same — 0% increase — so page load times are unchanged.', 'en', 15)?.text,
    ).toBe('The production bundle size stayed exactly the same, so page load times are unchanged')
    // (Nor where the conjunction joins two nouns, not two clauses: a code review's cases.)
    expect(compress('We tested Chrome — version 120 on a laptop — and Firefox on the same page.', 'en', 15)?.text ?? '').not.toMatch(
      /Chrome, and/,
    )
    expect(compress('You can pick Postgres — the default — or SQLite when you need a single file.', 'en', 15)?.text ?? '').not.toMatch(
      /Postgres, or/,
    )
    // (A subject's aside leaves none: the verb goes on from its subject.)
    expect(compress('The new engine — and the old one — cut build times in half.', 'en')?.text).not.toMatch(/,/)
  })
})

describe('French topics taken up by "c’est"', () => {
  it('should not stop before the "c’est" that says what the topic is', () => {
    const cut = (sentence: string) => compressClauses(sentence, 'fr', 12)?.text ?? ''
    expect(
      cut(
        'Entre nous, sortir des taux de couverutre, c\'est bidon si les tests sont mals conçus, mais ça permet d\'avoir une base afin de se "rassurer".',
      ),
    ).not.toMatch(/couverutre$/)
    expect(cut("Dès le moment où on sait écrire du JavaScript, c'est assez cool et ça permet de faire des tas de choses.")).not.toMatch(
      /JavaScript$/,
    )
  })
})

describe('a bold run as the point', () => {
  it('should not take a bold fragment of a sentence as a point', () => {
    const nouvelles =
      'Bien qu’ayant freiné certains besoins des utilisateurs internes, au court de cette migration plus de 20 nouvelles fonctionnalités ont vu le jour:'
    expect(standsAsPoint('20 nouvelles fonctionnalités', nouvelles, 'fr')).toBe(false)
    const cout =
      'Attention, le fait de continuer a faire évoluer le produit pendant une migration (+bugfixs), à un coût conséquent sur le temps de migration. Il aura fallu tenir un rythme parfois soutenu.'
    expect(standsAsPoint('coût conséquent sur le temps de migration', cout, 'fr')).toBe(false)
    expect(
      standsAsPoint(
        'real-world shortest path problems',
        'Many real-world shortest path problems include constraints that classic algorithms don’t directly handle.',
        'en',
      ),
    ).toBe(false)
  })

  it('should take a bold sentence, or an English clause with its subject and verb', () => {
    const semver = 'Como siempre, React continua usando semver para cada versión estable.'
    expect(standsAsPoint(semver, `${semver} Otra frase aquí.`, 'es')).toBe(true)
    const ide =
      "I believe that the IDEs of the future will focus on enabling developers to prime the agent's context and set up the feedback loops that are essential to helping an agent succeed with its task."
    expect(standsAsPoint(ide, `${ide} The UX for this will look very different.`, 'en')).toBe(true)
  })
})

describe('numbered references', () => {
  it('should keep the number in parentheses after Equation or Figure, which the sentence points at', () => {
    // A softmax derivation (Jekyll, MathJax \eqref become "(3)") and a statistics tutorial's figure reference.
    expect(shorten('You see, with the loss function defined on Equation (3), it is now free from the condition.')).toContain('Equation (3)')
    expect(shorten('We know the results of the derivatives inside the summation on Equation (5).')).toContain('Equation (5)')
    expect(shorten('The residuals in Figure (2) and (3) show no trend over time.')).toContain('Figure (2) and (3)')
  })

  it('should still drop a parenthesis that is an aside, even one holding a number', () => {
    // A release post and a performance write-up.
    expect(shorten('The new scheduler (added in 2019) cuts tail latency in half.')).not.toContain('2019')
    expect(shorten('Latency dropped sharply (3) after the change.')).not.toContain('(3)')
  })
})
