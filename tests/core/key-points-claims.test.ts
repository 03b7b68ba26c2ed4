import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import type { KeyPointContext } from '../../src/core/index.ts'
import { movesOn, pointsElsewhere } from '../../src/core/key-points/asides.ts'
import { claimOf, refersBack } from '../../src/core/key-points/dependence.ts'
import { claimBeforeAnnouncement, introducesBlock } from '../../src/core/key-points/introductions.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'

/*
 * Finding a paragraph's claim where its likeliest sentence does not make one: the clause a frame
 * asserts, the half of a leaning sentence after its "but", a bold opening sentence. Every sentence
 * is from an article lectern had not seen when the rule was written (tests/fixtures/articles/
 * nodejs-*, claude-code-macos-essay, carbonplan-cdr-lags-science, swift-table-views-tutorial).
 */

const point = (markdown: string, context: Partial<KeyPointContext> = {}) => points(markdown, context)[0] ?? ''

describe('the clause a frame asserts', () => {
  it('should take the clause after a writer’s finding ("we learnt that", "we realised that", "I believe that")', () => {
    expect(claimOf('We also learnt from this that we need a staging environment for the website.', 'en')).toBe(
      'We need a staging environment for the website.',
    )
    expect(claimOf('We show that ignoring temporal lags can exacerbate near-term warming.', 'en')).toBe(
      'Ignoring temporal lags can exacerbate near-term warming.',
    )
    expect(claimOf('After a lot more digging and testing, we realised that Page Rules were setting a cache TTL.', 'en')).toBe(
      'Page Rules were setting a cache TTL.',
    )
    // (What the writer believes stays their belief, where the words fit a point: review 110.)
    expect(claimOf('I believe that the IDEs of the future will focus on enabling developers.', 'en')).toBe(
      'I believe the IDEs of the future will focus on enabling developers.',
    )
    expect(claimOf('In general, we believe all Zen 2 processors are affected.', 'en')).toBe('We believe all Zen 2 processors are affected.')
  })

  it('should take the clause after an impersonal "it is generally considered that", past a concession', () => {
    expect(
      claimOf('Although the yield can vary, it is generally considered that a hectare of orchard gives about 800 kg of apples.', 'en'),
    ).toBe('A hectare of orchard gives about 800 kg of apples.')
    expect(claimOf('It is widely believed that the first compiler was written in 1952.', 'en')).toBe(
      'The first compiler was written in 1952.',
    )
    // (Not someone's guess that the sentence reports: "It is hoped that…" is no claim.)
    expect(claimOf('It is hoped that the bridge opens in the spring.', 'en')).toBe('It is hoped that the bridge opens in the spring.')
  })

  it('should take the finding after "it soon became clear that" and "it turned out that"', () => {
    // (Review 83: the Erlang blog's "It soon became clear that Erlang needed to be at least 40 times faster to be
    // useful in real projects." got no point; the finding is the talk's turning point.)
    expect(claimOf('It soon became clear that Erlang needed to be at least 40 times faster to be useful in real projects.', 'en')).toBe(
      'Erlang needed to be at least 40 times faster to be useful in real projects.',
    )
    expect(claimOf('After a week of profiling, it turned out that the cache was cold for every request.', 'en')).toBe(
      'The cache was cold for every request.',
    )
    // (Not a clause on a pronoun, which needs the sentence before; nor what someone hopes.)
    expect(claimOf('It turned out that this still was not fast enough.', 'en')).toBe('It turned out that this still was not fast enough.')
    expect(claimOf('It became necessary that we rewrite the loader.', 'en')).toBe('It became necessary that we rewrite the loader.')
    // (A participle that describes the word before it is no verb: "…, but everyone involved in it" is no clause.)
    expect(claimOf("However the project isn't just about the code, but everyone involved in it.", 'en')).not.toMatch(/^Everyone/)
    expect(
      points(
        'The first version was written in Prolog in 1986.\n\nIt soon became clear that Erlang needed to be at least 40 times faster to be useful in real projects.',
      )[1],
    ).toBe('Erlang needed to be at least 40 times faster to be useful in real projects')
  })

  it('should take the clause after "The good news is that", "Note that" and "Let me say that"', () => {
    expect(claimOf('The good news is that Claude is competent at using most Swift language features.', 'en')).toBe(
      'Claude is competent at using most Swift language features.',
    )
    expect(claimOf('Note that Section is a generic type.', 'en')).toBe('Section is a generic type.')
    expect(
      claimOf(
        'The most exciting thing about this entire journey for me is not the app I built, but that I am now able to ship side projects again.',
        'en',
      ),
    ).toBe('I am now able to ship side projects again.')
  })

  it('should take the news after the writer\'s "I am happy to say that", "We\'re excited to announce that"', () => {
    expect(claimOf('I am happy to say that we have received exactly 812 answers, thanks to everyone who replied.', 'en')).toBe(
      'We have received exactly 812 answers, thanks to everyone who replied.',
    )
    expect(claimOf("We're really excited to announce that the new parser is twice as fast.", 'en')).toBe('The new parser is twice as fast.')
    // A hope is not the writer's news.
    expect(claimOf('We hope to say that the parser is faster next year.', 'en')).toBe('We hope to say that the parser is faster next year.')
    // (A Go tutorial, review 94: what the writer infers from what was shown is the claim.)
    expect(claimOf('From this we can infer that the cache holds every page the reader has seen.', 'en')).toBe(
      'The cache holds every page the reader has seen.',
    )
  })

  it('should keep someone else’s report, a hope, and a "that" that is no conjunction', () => {
    const reported = 'Users complained that the downloads were slow.'
    expect(claimOf(reported, 'en')).toBe(reported)
    const hoped = 'We hope that the nomenclature established in the preprint helps.'
    expect(claimOf(hoped, 'en')).toBe(hoped)
    const relative = 'The thing that surprised us was the load.'
    expect(claimOf(relative, 'en')).toBe(relative)
  })
})

describe('the claim after the turn of a leaning sentence', () => {
  it('should take the half after "but" when the sentence opens on the one before', () => {
    expect(claimOf("It's certainly not a top 1% programmer, but I would say that Claude's outputs are better than average.", 'en')).toBe(
      "Claude's outputs are better than average.",
    )
    expect(
      claimOf(
        "This may have been true then, but in my experience, I've found that prompt engineering is the wrong thing to focus on.",
        'en',
      ),
    ).toBe('Prompt engineering is the wrong thing to focus on.')
  })

  it('should keep a sentence that stands on its own before its "but"', () => {
    const whole = 'Cursor and Copilot all started with VS Code, but they were all bolting AI onto an editor designed pre-AI.'
    expect(claimOf(whole, 'en')).toBe(whole)
  })

  it('should take the clause before a colon when what follows it leans on that clause', () => {
    expect(
      claimOf('The SwiftUI code that it produces works fairly well: it is typically an accurate representation of the UI.', 'en'),
    ).toBe('The SwiftUI code that it produces works fairly well')
  })
})

describe('a paragraph whose claim is not its likeliest sentence', () => {
  it('should make the claim of a framed sentence the point', () => {
    expect(
      point(
        'We also learnt from this that we need a staging environment for the website that mirrors the production setup across Cloudflare and NGINX so that major changes like the Next.js migration can be validated against the production setup without risking impacting production itself.',
      ),
    ).toBe('We need a staging environment for the website')
    expect(
      point(
        "Let me just start by saying that Claude Code (with the latest Sonnet 4 and Opus 4 models) is _genuinely_ good at writing code. It's certainly not a top 1% programmer, but I would say that Claude's outputs are significantly better than those of the average developer. Given a description of the feature you're trying to implement, Claude can:",
        { heading: 'Claude Code Is Good at Writing Code' },
      ),
    ).toBe("Claude's outputs are significantly better than those of the average developer")
  })

  it('should take a bold opening sentence as one of the paragraph’s sentences, not as a label', () => {
    expect(
      point(
        "**I believe that the IDEs of the future will focus on enabling developers to prime the agent's context and set up the feedback loops that are essential to helping an agent succeed with its task.** The UX for this will look very different—I can't predict exactly how, but I don't think a source code editor will be the centerpiece.",
      ),
    ).toBe("The IDEs of the future will focus on enabling developers to prime the agent's context")
  })
})

describe('what a point leans on', () => {
  const refers = (text: string) => refersBack(tagSentence(text))

  it('should read "those of" after the noun it stands for, and "something that" as a relative clause', () => {
    expect(refers("Claude's outputs are significantly better than those of the average developer")).toBe(false)
    expect(refers('The main challenge was building something that would bridge to Objective-C')).toBe(false)
    expect(refers('All of these work together to create the most optimal loading sequence')).toBe(true)
  })

  it('should find "the same" whose comparison was cut off', () => {
    expect(refers('Section is a generic type, for the same reason')).toBe(true)
    expect(refers('Section is a generic type')).toBe(false)
  })
})

describe('an announcement of what follows', () => {
  it('should read a derivation or a participle before a colon as leading into the formula or list', () => {
    expect(introducesBlock('From the definition, we immediately get the Multiplication Rule:', 'en')).toBe(true)
    expect(
      introducesBlock('Let Ω be the sample space, F be the set of events, and P be the probability function, then satisfying:', 'en'),
    ).toBe(true)
    expect(introducesBlock('A two-value assignment tests for the existence of a key:', 'en')).toBe(false)
  })

  it('should read a tutorial’s numbered step as leading into its code', () => {
    expect(introducesBlock('The next step is to implement the UITableViewDataSource methods.', 'en')).toBe(true)
    expect(
      introducesBlock('Since table views use data organized in sections, the first thing to do is to implement a Section:', 'en'),
    ).toBe(true)
    expect(introducesBlock('First up is Section:', 'en')).toBe(true)
    expect(introducesBlock('The first release was slow.', 'en')).toBe(false)
    expect(introducesBlock('With my presentation ready, the next step was to practice.', 'en')).toBe(false)
  })

  it('should find "a similar" whose comparison was said before', () => {
    expect(refersBack(tagSentence('TableViewDataSource needs a similar treatment'))).toBe(true)
  })

  it('should take a question before a colon as naming the item, not stating its point', () => {
    expect(
      point(
        "**Who it's for:** Library authors and CI pipelines testing compatibility with upcoming breaking changes. Not intended for production use.",
        {
          heading: 'About the Alpha Channel',
        },
      ),
    ).not.toMatch(/^Who it/)
  })

  it('should read a colon after a preposition as announcing its object', () => {
    expect(introducesBlock('A conference organiser came up to me and said something to the effect of:', 'en')).toBe(true)
  })

  it('should find no claim before the announcement when the words after its last comma are no clause of their own', () => {
    expect(
      claimBeforeAnnouncement(
        "Something that's happened a few times is a conference organiser, having attended my talk, coming up to me and saying something to the effect of:",
      ),
    ).toBeUndefined()
    expect(claimBeforeAnnouncement("Rust currently doesn't support async trait methods, so we have two options:")).toBe(
      "Rust currently doesn't support async trait methods",
    )
  })
})

describe('what a speaker says around the claim', () => {
  it('should find a sentence that sends the reader to a page it links', () => {
    expect(pointsElsewhere('The full Xcode project is available on GitHub.', ['on GitHub'], 'en')).toBe(true)
    expect(
      pointsElsewhere('You can read a detailed walkthrough of the performance work done in this blog post.', ['this blog post'], 'en'),
    ).toBe(true)
    expect(pointsElsewhere('Mientras tanto, puedes contribuir o seguir nuestro progreso aquí:', ['aquí'], 'es')).toBe(true)
    // Without a link, "you can see" is said of the subject.
    expect(pointsElsewhere('You can see the latency drop by half after the change.', [], 'en')).toBe(false)
    // A link inside a claim leaves it a claim.
    expect(pointsElsewhere('Cursor added Agent Mode and took off.', ['took off'], 'en')).toBe(false)
  })

  it('should make no point of a pointer to another page', () => {
    expect(point('The full Xcode project is available [on GitHub](https://github.com/indragiek/SwiftTableViews).')).toBe('')
    // (Review 39: the MDX 2 post's cross-reference.)
    expect(point('The MDX format is described in [§ What is MDX?](/docs/what-is-mdx/).')).toBe('')
    expect(point('The format is described in a single page of plain prose.')).toBe(
      'The format is described in a single page of plain prose',
    )
    expect(
      point(
        'You can read a detailed walkthrough of the performance work done in [this blog post](https://sapphi.red/). Startup is now 1.5 times faster on large projects.',
      ),
    ).toBe('Startup is now 1.5 times faster on large projects')
  })

  it('should make no point of a paragraph that is only a link to read more, and keep a claim around a link', () => {
    // (A Spanish tutorial on Preact islands: its reading links became points.)
    expect(point('[Islands Architecture - Jason Miller &rarr;](https://jasonformat.com/islands-architecture/)')).toBe('')
    expect(point('[&rarr; Vite Guides - Server-Side Rendering](https://vitejs.dev/guide/ssr.html)')).toBe('')
    expect(point('[Vite](https://vitejs.dev) renders pages on the server as well.')).toBe('Vite renders pages on the server as well')
  })

  it('should make no point of talk about a table or a section of the text, or a turn after "For now", and give what a table shows', () => {
    // (Review 39: a data post, a Rust rewrite post and a regular-expression tutorial.)
    expect(point('The table below counts working papers by program and decade.')).toBe('')
    expect(point('This section is surprisingly long and is the most interesting in my opinion.')).toBe('')
    expect(point("For now let's focus on the Regex.prototype.exec method.")).toBe('')
    expect(point("The table below shows that each network's assortativity coefficient was positive.")).toBe(
      "Each network's assortativity coefficient was positive",
    )
    expect(point('Tables below a fold are easy to miss.')).toBe('Tables below a fold are easy to miss')
  })

  it('should make no point of an answer to a question the point does not ask', () => {
    // (Review 39, a talk write-up: "The surprising answer is 99.9%" after the birthday question.)
    const found = points(
      'What are the odds that two of seventy people share a birthday? Take a guess.\n\nThe surprising answer is 99.9%. In a group of 23 there is already a 50/50 chance.',
    )
    expect(found[1]).not.toMatch(/^The surprising answer/)
    expect(
      points('Just how big are the differences? Looking at some studies of job satisfaction, the answer is...pretty big.')[0],
    ).toBeUndefined()
  })

  it('should make no point of a label over a list of links, and keep a claim that lists its links', () => {
    // (Review 39: a Rust rewrite post opened on its discussion links.)
    expect(
      point(
        '*Discussions: [/r/rust](https://old.reddit.com/r/rust/), [/r/programming](https://old.reddit.com/r/programming/), [HN](https://news.ycombinator.com/), [lobsters](https://lobste.rs/)*',
      ),
    ).toBe('')
    expect(point('I have written about my rewrite at work: [1](/a.html), [2](/b.html), [3](/c.html).')).toMatch(
      /^I have written about my rewrite at work/,
    )
    // (Review 98: an essay on Rust's GUI ended on "Discuss on /r/reddit", a key point of its last slide.)
    expect(point('Discuss on [/r/reddit](https://www.reddit.com/r/rust/comments/dpurlj/).')).toBe('')
    expect(point('Please follow the discussion at [/r/rust](https://www.reddit.com/r/rust/comments/9na7uy/).')).toBe('')
    expect(point('Join the discussion on [Hacker News](https://news.ycombinator.com/) and [Lobsters](https://lobste.rs/).')).toBe('')
    expect(point('We discuss on [the forum](https://x.org/) how caching fails under load.')).not.toBe('')
  })

  it('should make no point of a question the paragraph’s statements answer', () => {
    expect(
      point('¿Por donde empezamos? ¿Qué necesitamos para generar reportes de cobertura de código? Usaremos OpenCover para la cobertura.', {
        lang: 'es',
      }),
    ).not.toMatch(/\?$/)
    expect(point('Is this the latest iteration?')).toBe('Is this the latest iteration?')
  })
})

describe('a story’s turns and the text’s talk about itself', () => {
  it('should find a sentence that only moves the story on to its next part', () => {
    expect(movesOn('I then moved on to preparing the presentation.', 'en')).toBe(true)
    expect(movesOn('I moved on to the next stage, which was getting feedback on the presentation.', 'en')).toBe(true)
    expect(movesOn('The team moved on to Kubernetes in 2019.', 'en')).toBe(false)
    expect(movesOn('Next up was the redesign of the website.', 'en')).toBe(true)
    expect(movesOn('The next update was smaller than the last.', 'en')).toBe(false)
    expect(point('I then moved on to preparing the presentation.')).toBe('')
  })

  it('should make no point of talk about the text, but keep a summary that opens on it', () => {
    expect(point('ChatGPT helped with the article.')).toBe('')
    expect(point('In this article, we have seen how to create dependent dropdowns in Excel.')).toBe(
      'We have seen how to create dependent dropdowns in Excel',
    )
  })
})

describe('a demonstrative whose noun an earlier paragraph of the slide named', () => {
  // ("This experience…" shown as "The experience…" still points back at what the slide does not
  // show, as readers judged it, even where an earlier paragraph named the experience: another
  // sentence of the paragraph that stands alone is the point. key-points-leaning-inside.test.ts.)
  it('should take another sentence over "This experience…" made "The experience…", after a paragraph about the experience or not', () => {
    const experience =
      'This experience has reinforced the importance of meticulous preparation. Timing myself during rehearsals helped me develop a comfortable pace.'
    const [, after] = points(
      `Reflecting on the experience, I realize that while I delivered the talk, its success was truly a team effort.\n\n${experience}`,
    )
    expect(after).toBe('Timing myself during rehearsals helped me develop a comfortable pace')
    expect(point(experience)).not.toMatch(/experience has reinforced/)
  })
})

describe('lead-ins and continuations outside English, and quoted voices', () => {
  it('should make no point of a sentence ending in a colon, nor of a paragraph opening in lower case', () => {
    expect(point('Ecrivons notre deuxième test pour la deuxième fonction :', { lang: 'fr' })).toBe('')
    expect(point('Ofrece tres ventajas principales:', { lang: 'es' })).toBe('')
    expect(point("on obtient un message d'erreur plus conventionnel :", { lang: 'fr' })).toBe('')
    expect(point('El controller se basa en la API NodeReadinessRule.', { lang: 'es' })).toBe(
      'El controller se basa en la API NodeReadinessRule',
    )
  })

  it('should make no point of a sentence wholly in quotation marks among the author’s own', () => {
    expect(
      point(
        '“Part of being a professional software developer is reliably hitting your commitments.” I have heard this from many managers over the years.',
      ),
    ).not.toMatch(/professional software developer/)
  })
})

describe('a claim that corrects a lesser description', () => {
  it('should show the description the writer gives after "but", with its subject, when the whole sentence is too long', () => {
    expect(
      point(
        'Kubernetes is not just a scheduler for containers running in large clusters, but a platform for building other platforms on top of it.',
      ),
    ).toBe('Kubernetes is a platform for building other platforms on top of it')
    expect(
      point(
        'Open source design is not only about the tools that designers use every day in their work, but also about the culture of sharing.',
      ),
    ).toBe('Open source design is also about the culture of sharing')
    expect(
      point(
        'Good onboarding is not just about the documentation that new contributors read on their first day; it is about the people who welcome them.',
      ),
    ).toBe('Good onboarding is about the people who welcome them')
  })

  it('should keep a short one whole, both halves said', () => {
    expect(point('The tool is not just fast, but reliable.')).toBe('The tool is not just fast, but reliable')
  })
})
