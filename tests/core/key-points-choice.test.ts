import { describe, expect, it } from 'vitest'
import { teasesWhatFollows } from '../../src/core/key-points/announcements.ts'
import { points } from '../helpers/key-points.ts'
import type { KeyPointContext } from '../../src/core/index.ts'
import { isByline, isCourtesy, isExample, remarksOnOwnTalk, tellsStory } from '../../src/core/key-points/asides.ts'
import { claimOf, demonstrativeNoun, isMetaSentence, leansOnPrevious, namesBack, refersBack } from '../../src/core/key-points/dependence.ts'
import { reactsLike } from '../../src/core/key-points/extract.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, selectAll, text } from '../helpers/html.ts'

/*
 * Which sentence of a paragraph becomes its key point, and when none does. Every sentence
 * here is from an article lectern had not seen when the rule was written
 * (tests/fixtures/articles/react-*, podcast-*, sp-*, rust-docsrs-*, 18f-*, go-blog-10years-essay).
 */

/** The paragraph's point, or '' when it gets none. */
const point = (markdown: string, context: Partial<KeyPointContext> = {}) => points(markdown, context)[0] ?? ''
const refers = (text: string) => refersBack(tagSentence(text))

describe('a line with no verb', () => {
  it('should show no phrase a preposition opens without a verb, nor one word said over, as a point', () => {
    // A keyboard build log (review 85): "For keyboard science." under its photo, and "Icky icky icky."
    expect(points('For keyboard science.\n\nThe last thing was to write the firmware so that I could type on it.')[0]).toBeUndefined()
    expect(points('Icky icky icky. This is where I would really like to use templates.')[0] ?? '').not.toMatch(/Icky/)
    // (Not a sentence whose verb the tagger reads as a plural, after its comma: "By default, Nginx logs/NNS every request.")
    expect(points('By default, Nginx logs every request.')[0]).toBe('By default, Nginx logs every request')
    expect(points('In 2010, these were thought of as toys by most engineers.')[0]).toMatch(/were thought of as toys/)
    // (A subject pronoun has its verb however the tagger reads it.)
    expect(points('On Android and iOS we leverage the relevant MotionEvent and UITouch events.')[0]).toMatch(
      /^On Android and iOS we leverage/,
    )
  })
})

describe("a remark on the speaker's own talking", () => {
  it("should never show a remark on the speaker's own talking as a turn's point", () => {
    // A podcast's transcript (review 85): a slide's only point was "I'm just rambling about nothing".
    expect(remarksOnOwnTalk("I'm just rambling about nothing...", 'en')).toBe(true)
    expect(remarksOnOwnTalk('But I digress.', 'en')).toBe(true)
    expect(remarksOnOwnTalk('I might be wrong.', 'en')).toBe(true)
    expect(remarksOnOwnTalk('I might be wrong about the dates, but the plan held.', 'en')).toBe(false)
    const turn =
      "He built an app to listen to police scanner feeds and issue alerts on crime. I've always been fascinated about that. I might be wrong. I'm just rambling about nothing..."
    expect(points(turn)[0] ?? '').not.toMatch(/rambling|wrong/)
  })
})

describe('a bold sentence beside other bold words', () => {
  it('should keep a bold sentence as the point when a later sentence has a bold word of its own', () => {
    // (The rule that a bold term beside others in its sentence is no point alone reads the bold run's own sentence only.)
    expect(
      point(
        'We lost a table twice. **Always back up your database before a migration.** We learned that the hard way, and we will **never** skip it again.',
      ),
    ).toBe('Always back up your database before a migration')
  })
})

describe('a status mark before a paragraph', () => {
  it("should keep the mark that opens a paragraph before its words in the paragraph's point", () => {
    // A year-in-review post (review 85): its failed goals showed as "Publish at least 12 posts on my blog", as the goal for next year did.
    const [failed, met] = points(
      [
        '❌ **Publish at least 12 posts on my blog.** I fell short of my goal, but I still put out 9 posts, which is 8 more than 2022.',
        '✅ **Convert my blog from Gatsby to Eleventy.** I did it! My blog has gone through many different tech stack iterations.',
      ].join('\n\n'),
    )
    expect(failed).toBe('❌ Publish at least 12 posts on my blog')
    expect(met).toBe('✅ Convert my blog from Gatsby to Eleventy')
  })
})

describe('a sentence said in passing, or one that only wonders', () => {
  it('should pass over a sentence the writer says is said in passing for the claim of its paragraph', () => {
    // An opinion essay (review 85) showed "We have a cure for blood cancer now, by the way".
    expect(
      point(
        "We actually have a cure for blood cancer now, by the way. The only approved gene therapy costs $2 million per patient. We have built a society that can't properly incentivize curing cancer.",
      ),
    ).toBe("We have built a society that can't properly incentivize curing cancer")
    expect(
      point('Incidentally, the office had a great coffee machine. We rewrote the cache layer in Rust, and latency fell by half.'),
    ).toMatch(/^We rewrote the cache layer in Rust/)
  })

  it('should pass over a sentence that only wonders what the sentence after it answers', () => {
    // Tencent Music's migration to Doris (review 85) showed "We had to think about how to name the columns".
    expect(
      point('After determining the data model, we had to think about how to name the columns. We named each column after its tag ID.'),
    ).toBe('We named each column after its tag ID')
    // (Not a plan that says where: "We wanted to test the new cache where it mattered most.")
    expect(point('We wanted to test the new cache where it mattered most. It held up under load.')).toMatch(
      /^We wanted to test the new cache/,
    )
  })
})

describe('a point that names what only the sentences around it name', () => {
  it('should find a demonstrative standing for a noun anywhere in the point', () => {
    expect(refers('To solve this, you can use a data fetching library like TanStack Query')).toBe(true)
    expect(refers('All of these work together to create the most optimal loading sequence')).toBe(true)
    expect(refers('Pruning strategies may mitigate this to some extent')).toBe(true)
  })

  it('should find "both" standing for the two things the sentence before named, not the pair it opens', () => {
    // (The Node.js CDN incident's lessons, after "our NGINX configuration … and our Cloudflare setup".)
    expect(refers("We've now got a much cleaner setup in both")).toBe(true)
    expect(refers('Hugo works both with SASS/SCSS/CSS and JavaScript')).toBe(false)
    expect(refers('Yes, replication keeps both in step for as long as a week')).toBe(false)
    expect(refers('Models are much better at taking imperfect inputs and understanding your intent, both')).toBe(true)
    expect(refers('Both teams shipped the release on Friday')).toBe(false)
    expect(refers('Both of the teams shipped the release on time')).toBe(false)
  })

  it('should find "the same" and a "both" standing for things named before, past its adverbs', () => {
    // getsentry's "Points of Presence" and tidyverse's testthat 3e post (review 35).
    expect(leansOnPrevious('The same recommendation applies also to the other types of client keys')).toBe(true)
    expect(leansOnPrevious('Both also have an RStudio addin, which means you can add keyboard shortcuts for them!')).toBe(true)
    expect(leansOnPrevious("The same API as Node's works in Deno")).toBe(false)
    expect(leansOnPrevious('Both teams shipped the release on Friday')).toBe(false)
  })

  it('should find "that" as the object of a verb or a preposition, not as a conjunction or relative', () => {
    expect(refers('We do that using EIA data')).toBe(true)
    expect(refers("There's scary moments like that, but then there's also really great things")).toBe(true)
    expect(refers('We were lucky that two members of the team were online during the outage')).toBe(false)
    expect(refers('Code that purges temporary directories was present')).toBe(false)
  })

  it('should find a third-person pronoun before any noun, also after a first-person frame', () => {
    expect(refers('I think it fits in in many places')).toBe(true)
    expect(refers("I think it's gonna continue to lessen")).toBe(true)
    expect(refers('I think the biggest part is a sense of community')).toBe(false)
    expect(refers('I made it my goal to contribute to a Python library')).toBe(false)
    expect(refers('We use a lot of government data')).toBe(false)
  })

  it('should find "that" as a subject, and a distal demonstrative after a preposition', () => {
    expect(refers('So that is very much kept very tightly within the Health Department')).toBe(true)
    expect(refers("I think that's a really good point")).toBe(true)
    expect(refers("I think there's a lot of trust in that sense")).toBe(true)
    expect(refers("The code that's running is slow")).toBe(false)
    expect(refers('I think that the tests are good')).toBe(false)
  })

  it('should find "here" or "there" that ends the point: it points at something shown', () => {
    expect(refers("There's a tradeoff being made here")).toBe(true)
    expect(refers('Watch the full keynote from Andrew Clark, Juan Tejada, Lauren Tan, and Rick Hanlon here')).toBe(true)
    expect(refers('We use pandas to read the fixed width text file')).toBe(false)
  })

  it('should leave a demonstrative that determines a noun after the opening as a weaker sign', () => {
    expect(refers('We have evolved this idea and sketch into a productive language')).toBe(false)
    expect(namesBack(tagSentence('We have evolved this idea and sketch into a productive language'))).toBe(true)
    expect(namesBack(tagSentence('The increased disk usage was gradual over weeks'))).toBe(false)
  })

  it('should give no point rather than one that leans, when the paragraph has no other', () => {
    expect(
      point(
        'Pruning strategies may mitigate this to some extent but there is a trade-off between how accurate we can express constraints vs. the size of the transformed graph.',
      ),
    ).toBe('')
    expect(
      point(
        "I think it fits in in many places. I would say that it should be in every step of the analysis. So when you're collecting data, making sure that you're collecting a representative sample, for example.",
      ),
    ).toBe('')
  })

  it('should take another sentence that stands alone over one that leans', () => {
    expect(
      point(
        'Yeah, we use a lot of government data. Before I worked at Arcadia, I used to work at the Energy Information Administration. We do that using EIA data.',
      ),
    ).toBe('We use a lot of government data')
  })

  it('should read a demonstrative that opens a section as pointing at what its heading names', () => {
    // (Review 61: "This workshop introduces…" under "#### CodeQL: From Zero to Hero" got no point.)
    const paragraph =
      'This workshop introduces fundamentals of security research and static analysis used when looking for vulnerabilities in software. They use an example of a simple vulnerability.'
    expect(points(paragraph, { heading: 'CodeQL: From Zero to Hero', afterHeading: [true] })[0]).toBe(
      'The workshop introduces fundamentals of security research and static analysis',
    )
    // (Further on, it names what only the sentences before name.)
    expect(points(paragraph, { heading: 'CodeQL: From Zero to Hero', afterHeading: [false] })[0]).toBeUndefined()
  })

  it('should show whole a paragraph of two short sentences whose second turns from the first', () => {
    // (Review 61: an essay's last words, "Let clean code guide you", lost their turn.)
    expect(points('Let clean code guide you. **Then let it go.**')[0]).toBe('Let clean code guide you. Then let it go')
    expect(points('Cheap storage was easy to sell. But trust had to be earned.')[0]).toBe(
      'Cheap storage was easy to sell. But trust had to be earned',
    )
    // (Not past a point's length, nor a second sentence that only adds, nor where the first is set alone in bold.)
    expect(points('Redundancy was not going to scale at all. But it costs new server farms and more.')[0]).not.toContain('farms')
    expect(points('A second paragraph follows the first one. It also has sentences.')[0]).toBe('A second paragraph follows the first one')
    expect(points('**A bold point.** Then the notes go on with more words.')[0]).toBe('A bold point')
  })
})

describe("a sentence's claim without the words that tie it to the one before", () => {
  it('should take the clause after "This means (that)"', () => {
    expect(claimOf('This means there is no concurrent mode, only concurrent features.', 'en')).toBe(
      'There is no concurrent mode, only concurrent features.',
    )
    expect(claimOf('All this is to say that Go has succeeded beyond our wildest dreams.', 'en')).toBe(
      'Go has succeeded beyond our wildest dreams.',
    )
    expect(point('This means your app is shipped as a single bundle.')).toBe('Your app is shipped as a single bundle')
    // (After a turn too: "However, this meant that the GitHub servers had to spend…", review 101's post-mortem.)
    expect(claimOf('However, this meant that the GitHub servers had to spend much more time on each fetch.', 'en')).toBe(
      'The GitHub servers had to spend much more time on each fetch.',
    )
    expect(claimOf('Unfortunately this meant some of the performance wins needed to be sacrificed.', 'en')).toBe(
      'Some of the performance wins needed to be sacrificed.',
    )
  })

  it('should take what the writer found out after the steps that led to it, in the same sentence', () => {
    expect(
      claimOf('I profiled the server for an hour and, to our surprise, we found that more than 80% of the time went to one regex.', 'en'),
    ).toBe('More than 80% of the time went to one regex.')
  })

  it('should take the clause after "I think" or "we believe" without its "that", as with it, and not a phrase after "think"', () => {
    // (An interview, review 80, and the corpus: "I think the biggest part is a sense of community".)
    // (The writer's belief stays theirs where it fits a point, review 110: "We believe all Zen 2 processors are affected".)
    expect(claimOf('We strongly believe every team should own its on-call rotation.', 'en')).toBe(
      'We believe every team should own its on-call rotation.',
    )
    expect(claimOf('Honestly, I think the biggest part is a sense of community.', 'en')).toBe(
      'I think the biggest part is a sense of community.',
    )
    expect(claimOf('We strongly believe that every team that ships a service to production should own its on-call rotation.', 'en')).toBe(
      'Every team that ships a service to production should own its on-call rotation.',
    )
    expect(claimOf('I think about caching a lot when I design systems.', 'en')).toBe('I think about caching a lot when I design systems.')
    expect(claimOf('Yeah, I think from my perspective, and with the examples, I think it went well.', 'en')).toBe(
      'Yeah, I think from my perspective, and with the examples, I think it went well.',
    )
    expect(claimOf('I think it fits in many places.', 'en')).toBe('I think it fits in many places.')
    // ("…projects that utilize/VB OSS…": the tagger's base verb after a plural noun's "that" is the clause's present tense.)
    const tags = tagSentence('It will make projects that utilize OSS easier to run.').filter((token) => token.kind === 'word')
    expect(tags.find((token) => token.value === 'utilize')?.tag).toBe('VBP')
  })

  it('should take what the writer says they came to see, and prefer it to the way there', () => {
    // antfu's "Mental Health in Open Source": an adverb and a comma inside the frame, a long subject before the verb.
    expect(
      claimOf(
        'I gradually realized, that the experience of so many things in our life has a direct relationship with our expectations.',
        'en',
      ),
    ).toBe('The experience of so many things in our life has a direct relationship with our expectations.')
    // The DataFusion ClickBench post (review 35): the writer's feeling about the news, with an adverb of degree, then the news.
    expect(
      claimOf(
        'I am extremely excited to announce that Apache DataFusion 43.0.0 is the fastest engine for querying Apache Parquet files in ClickBench.',
        'en',
      ),
    ).toBe('Apache DataFusion 43.0.0 is the fastest engine for querying Apache Parquet files in ClickBench.')
    // tests/fixtures/articles/claude-code-macos-essay: the writer's stated belief, not the aside after it.
    expect(
      point(
        "**I believe that the IDEs of the future will focus on enabling developers to prime the agent's context and set up the feedback loops that are essential to helping an agent succeed with its task.** The UX for this will look very different—I can't predict exactly how, but I don't think a source code editor will be the centerpiece.",
        { heading: 'IDEs of the Future Will Look Very Different' },
      ),
    ).toBe("The IDEs of the future will focus on enabling developers to prime the agent's context")
  })

  it('should look on past a sentence that only says the heading again, which the slide will not show', () => {
    const paragraph =
      "Let me just start by saying that Claude Code (with the latest Sonnet 4 and Opus 4 models) is _genuinely_ good at writing code. It's certainly not a top 1% programmer, but I would say that Claude's outputs are significantly better than those of the average developer. Given a description of the feature you're trying to implement, Claude can:"
    expect(point(paragraph, { heading: '3. Claude Code Is Good at Writing Code' })).toBe(
      "Claude's outputs are significantly better than those of the average developer",
    )
  })

  it('should prefer a sentence that reports an amount under a heading or section that reports one', () => {
    // OneUptime's "How moving from AWS to Bare-Metal saved us $230,000 /yr." (review 34).
    const paragraph =
      'When we were utilizing AWS, our setup consisted of a 28-node managed Kubernetes cluster. Each of these nodes was an m7a EC2 instance. With block storage and network fees included, our monthly bills amounted to $38,000+. This brought our annual expenditure to over $456,000+.'
    expect(point(paragraph, { heading: 'Before Migration', section: 'The Financial Impact: Saving $230,000+ per Year' })).toBe(
      'Our monthly bills amounted to $38,000+',
    )
    // (Under a heading that reports none, the set-up of the section stays the point.)
    expect(point(paragraph, { heading: 'Before Migration', section: 'Our Initial Setup' })).toMatch(/28-node managed Kubernetes cluster$/)
  })

  it('should not take a claim the next sentence doubts ("Or does it?") for the writer\'s own', () => {
    // tonsky's "The Web After Tomorrow" (review 34) and the CRISPR null-model explainer (review 32).
    expect(
      point(
        'Modern web does a good job of bringing you live, real-time web applications. Or does it? This post looks at what is missing from the current state-of-the-art web architectures.',
      ),
    ).not.toMatch(/good job/)
    const crispr =
      "So we're done, right? We know why some spacers are highly abundant and others are not, and if we see a broad abundance distribution we know the cause. Or do we? We've answered the question \"does process A cause result B\", but what about the other direction? Remember where we started: to figure out what's going on when we observe something, we have to rule out other explanations."
    expect(point(crispr)).not.toMatch(/^We know why|^Remember where we started$/)
    expect(claimOf('Remember where we started: to figure out what is going on, we have to rule out other explanations.', 'en')).toBe(
      'To figure out what is going on, we have to rule out other explanations.',
    )
  })

  it('should say whole a thesis the writer set in bold when no cut of it stands', () => {
    // solnic's "10 years of open source" (review 35): a comparison cannot be cut before its "than".
    const paragraph =
      "**The number of companies sponsoring OSS work should be greater than the number of individuals supporting OSS work**. I don't know what the numbers are now and it would be really interesting to see some stats."
    expect(point(paragraph)).toBe(
      'The number of companies sponsoring OSS work should be greater than the number of individuals supporting OSS work',
    )
    // (Not past twenty words, nor the same sentence unmarked.)
    expect(point(paragraph.replaceAll('**', ''))).not.toMatch(/^The number of companies/)
  })

  it('should not show a point that opens a quotation and stops inside it', () => {
    // tdhopper's podcast transcript (review 34): the sentence splitter stopped inside the quotation.
    const shown = point(
      'At the end, I asked my Cloud Code session: *"Teach me about all the things that we just did. Walk me through the steps."*',
    )
    expect(shown.split('"').length % 2).toBe(1)
    expect(shown).not.toMatch(/Teach me$/)
  })

  it('should not say again as a point an item of the list the slide shows', () => {
    // eddyerburgh's Big O explainer (review 34): the list names the downsides, the paragraphs explain them.
    const paragraph =
      'Secondly, the worst-case can be rare. A good example of this is the sorting algorithm quicksort, which has a worst-case runtime of O(n²), but an average-case of O(n log n).'
    expect(point(paragraph, { shown: ['Big O ignores constants', 'The worst-case can be rare'] })).not.toBe('The worst-case can be rare')
    expect(point(paragraph)).toBe('The worst-case can be rare')
    // (An item the point says more of stays beside it: "Best-case" names, the point says.)
    expect(point('The best-case can be misleading. It is rarely what users see.', { shown: ['Best-case', 'Worst-case'] })).toBe(
      'The best-case can be misleading',
    )
  })

  it('should not take an exclamative ("what a…!") for a claim, however long', () => {
    // tests/fixtures/articles/bevy-first-birthday-zola, under "Bevy's First Birthday".
    const paragraph =
      "Today is Bevy's first birthday! And what a year it has been! Now seems like as good a time as any to look back on how far we've come, reflect a bit, and start thinking about what the next year of Bevy development will look like."
    expect(point(paragraph, { heading: "Bevy's First Birthday" })).toBe('')
  })

  it('should prefer the sentence with a measured share or factor to its set-up', () => {
    expect(
      points('Most members joined the club through a friend who already played. Almost 70% of new members stayed for more than a year.')[0],
    ).toBe('Almost 70% of new members stayed for more than a year')
    // An amount in its unit (hours, megabytes, euros) is measured too; a year or a decade is not.
    expect(
      points(
        'The team looked at the nightly job for a week. They found that the index was rebuilt from scratch on every run. Rebuilding only changed rows cut the run from 3 hours to 40 minutes.',
      )[0],
    ).toBe('Rebuilding only changed rows cut the run from 3 hours to 40 minutes')
    expect(
      points('Most members joined the club through a friend who already played. Many of them first came to a game in the 1990s.')[0],
    ).toBe('Most members joined the club through a friend who already played')
    // A sentence the writer set in brackets is an aside to the others.
    expect(points('The club now runs repair days so that members fix only their own bikes. (The teams get very competitive.)')[0]).toBe(
      'The club now runs repair days so that members fix only their own bikes',
    )
    // (Not the level of a confidence interval.)
    expect(
      points('The model beats the baseline on every task we tried. The shaded band shows the 95% confidence interval over ten seeds.')[0],
    ).toBe('The model beats the baseline on every task we tried')
  })

  it('should say a counted or named item and what it is: "The first lesson I learned … is X" → "First lesson: X"', () => {
    expect(claimOf('The first lesson I learned from building the bridge is the importance of testing the soil.', 'en')).toBe(
      'First lesson: the importance of testing the soil',
    )
    expect(claimOf('The biggest challenge for our crew was keeping the boats dry in winter.', 'en')).toBe(
      'Biggest challenge: keeping the boats dry in winter',
    )
    // (And the clause after "is that", on a subject of its own.)
    expect(claimOf('The main reason why the ferry runs on time is that we schedule repairs at night.', 'en')).toBe(
      'Main reason: we schedule repairs at night',
    )
    expect(claimOf('The reason it failed is that it ran out of memory.', 'en')).toBe('The reason it failed is that it ran out of memory.')
    // Not an adjective, a passive or a colon after the "is", nor an item with nothing between it and its "is".
    for (const sentence of [
      'The reason for the delay is simple: we ran out of time.',
      'The problem we hit in March was solved by a restart.',
      'The reason we moved is not the price.',
      'The goal is a faster build for every team.',
    ])
      expect(claimOf(sentence, 'en'), sentence).toBe(sentence)
  })

  it('should say the item a count names, without its place in the count: "Next is X" → "X"', () => {
    // (Review 55, a personal essay's takeaways: "Next is the value of letting ideas simmer", "Third is the value of testing".)
    expect(claimOf('Next is the value of letting ideas simmer.', 'en')).toBe('The value of letting ideas simmer.')
    expect(claimOf('Finally, there is the question of cost.', 'en')).toBe('The question of cost.')
    expect(points('Third is the value of testing. I gave the talk to three friends first.')).toEqual(['The value of testing'])
    // Not a name in a lineup, an item named "one", or an infinitive.
    for (const sentence of ['First up was Sanskar Jaiswal, who maintains Flagger.', 'Next is a fun one.', 'First is to measure.'])
      expect(claimOf(sentence, 'en'), sentence).toBe(sentence)
  })

  it('should take the clause after "The trouble with X is that" or a key thing set off in commas', () => {
    expect(claimOf('The trouble with this design is that every client must hold the whole index in memory.', 'en')).toBe(
      'Every client must hold the whole index in memory.',
    )
    expect(claimOf('The key thing for us, as operators, is that backups are tested every week.', 'en')).toBe(
      'Backups are tested every week.',
    )
    // ("A good part of X is that…", "One downside of X is that…": a part or side of it, named with "a" or "one", frames it too.)
    expect(claimOf('A good part of our club is that we have very few grumpy members around.', 'en')).toBe(
      'We have very few grumpy members around.',
    )
    // A clause on a pronoun needs what the frame named: the sentence stays whole.
    expect(claimOf('The problem is that it cannot interact with the running app.', 'en')).toBe(
      'The problem is that it cannot interact with the running app.',
    )
  })

  it("should take the claim of the author's bold sentence too", () => {
    expect(point('**This means there is no concurrent mode, only concurrent features.**')).toBe(
      'There is no concurrent mode, only concurrent features',
    )
  })

  it('should take what follows a colon when the words before it lean', () => {
    expect(claimOf('Today, we can answer that question: Go is everywhere, used by at least a million developers worldwide.', 'en')).toBe(
      'Go is everywhere, used by at least a million developers worldwide.',
    )
    expect(claimOf('I wondered: where would Go be after a decade?', 'en')).toBe('I wondered: where would Go be after a decade?')
  })

  it('should show a sentence whole within a glance where its cut names nothing', () => {
    // (Review 57, a maintainer's essay: "I am quite introverted" named nothing, and lost to an anecdote.)
    expect(
      points(
        "For me, it's so much a challenge. I am quite introverted, I am not good at chatting or making conversations. I was terrible on my English exams back in school, and wasn't confident at all to speak in English.",
      )[0],
    ).toBe('I am quite introverted, I am not good at chatting or making conversations')
  })

  it('should take the news after a colon when the words before it only judge it or say it was revealed', () => {
    // (Review 55, an article on hidden prompts in papers, in its English words.)
    expect(claimOf('The discovery is as simple as it is worrying: seventeen papers on arXiv contained hidden instructions.', 'en')).toBe(
      'Seventeen papers on arXiv contained hidden instructions.',
    )
    expect(
      claimOf(
        'An analysis published in PNAS in January revealed staggering figures: the number of papers from paper mills doubles every 1.5 years.',
        'en',
      ),
    ).toBe('The number of papers from paper mills doubles every 1.5 years.')
    expect(claimOf('The result was striking: a 30% drop in costs.', 'en')).toBe('A 30% drop in costs.')
    // (Not a claim before its colon: "Latency doubled" says what happened.)
    expect(claimOf('Latency doubled: the cache was cold.', 'en')).toBe('Latency doubled: the cache was cold.')
  })

  it('should not split at a colon inside quotes or brackets, nor before a list', () => {
    const quoted = 'This will give an error like "error[E0277]: the `?` operator can only be used in a function that returns `Result`".'
    expect(claimOf(quoted, 'en')).toBe(quoted)
    const listed = 'It is also possible to subscribe to the `SnackBar` events: `Shown` and `Dismissed` and check if SnackBar is shown.'
    expect(claimOf(listed, 'en')).toBe(listed)
  })

  it('should give no point that opens on a demonstrative whose noun nothing else names', () => {
    expect(
      point(
        'Getting these problems resolved was a lengthy effort by many people, starting with a patch in 2017. Unfortunately, this wound up reverted.',
      ),
    ).not.toMatch(/wound/)
    expect(demonstrativeNoun('Unfortunately, this wound up reverted.')).toBe('wound')
    expect(demonstrativeNoun('This was very tricky to do correctly.')).toBeUndefined()
  })

  it('should leave other languages as written', () => {
    expect(claimOf('Esto significa que no hay modo concurrente.', 'es')).toBe('Esto significa que no hay modo concurrente.')
  })
})

describe('what a speaker says around the point', () => {
  it('should know thanks and greetings, and not a reason given with "thanks to"', () => {
    expect(isCourtesy('Thanks to Lauren Tan for setting up the conference Discord and serving as our Discord admin.', 'en')).toBe(true)
    expect(isCourtesy('Finally, thanks to all of our participants for making this a great React Conf!', 'en')).toBe(true)
    expect(isCourtesy('Last, I want to thank the maintainers of SciPy for their endless support and assistance.', 'en')).toBe(true)
    expect(isCourtesy('Happy birthday, Go!', 'en')).toBe(true)
    expect(isCourtesy('Thanks to the new scheduler, builds finish in half the time.', 'en')).toBe(false)
    expect(isCourtesy('Merci à toute l’équipe.', 'fr')).toBe(true)
  })

  it('should give a paragraph of thanks no point', () => {
    expect(point('Thanks to Dan Lebowitz for help designing and building the conference website and tickets.')).toBe('')
    expect(point('Happy birthday, Go!')).toBe('')
  })

  it('should give a turn handed to someone by name no point', () => {
    expect(
      point('**Daniel Whitenack:** Danya, I wanna kind of kick it back to you and hear from your perspective what the role of data is.'),
    ).toBe('')
  })

  it('should know an example, and prefer the claim it illustrates', () => {
    expect(isExample('I can give a more particular example.', 'en')).toBe(true)
    expect(point("For example, if you're building an internal admin tool, you can start with a landing page:")).toBe('')
    expect(isExample('For example, Perl seemed to me to have appeared fully-formed in the mid-to-late 1990s.', 'en')).toBe(true)
    expect(isExample('One example is EIA has a survey of all the combustion power plants across the U.S.', 'en')).toBe(true)
    expect(isExample('Examples of the limitations are routing and data fetching.', 'en')).toBe(false)
    // (An ICLR blog post, review 85: "Consider an agent learning to play chess" set up its case; "Consider using…" advises.)
    expect(isExample('Consider an agent learning to play chess.', 'en')).toBe(true)
    expect(isExample('Consider using a cache for the hot keys.', 'en')).toBe(false)
    expect(
      point(
        "Create React App and build tools like it make it easy to get started building a React app. For example, if you're building an internal admin tool, you can start with a landing page:",
      ),
    ).not.toMatch(/landing page/)
  })

  it("should prefer what a writer's story means to the story", () => {
    expect(tellsStory('In a previous existence, I worked as a musician for almost two decades.', 'en')).toBe(true)
    expect(tellsStory('I think any R user can be a Reviewer.', 'en')).toBe(false)
    expect(
      point(
        "In a previous existence, I worked as a musician for almost two decades. Everything in my life has a soundtrack, and code is no exception. Looking through @steffilazerte's tests, I heard this.",
      ),
    ).toBe('Everything in my life has a soundtrack, and code is no exception')
  })

  it('should keep the story where the whole paragraph tells one', () => {
    expect(
      point(
        'In mid-2018 I started learning Python by reading textbooks and watching online tutorials. I had absolutely zero background in computer science, but it seemed interesting so I continued to try. My first contribution was actually to a project called first contributions.',
      ),
    ).toBe('In mid-2018 I started learning Python by reading textbooks and watching online tutorials')
  })

  it('should find a distal demonstrative before its noun after a verb', () => {
    expect(refers('I appreciate that perspective')).toBe(true)
    expect(refers('We were lucky that two members of the team were online')).toBe(false)
  })

  it('should pass over talk about the talk when the paragraph has another sentence', () => {
    const meta = (text: string) => isMetaSentence(tagSentence(text))
    expect(meta("Now let's give it a scientific definition.")).toBe(true)
    expect(meta("First, let's talk about the oversupply of junior data scientists.")).toBe(true)
    expect(meta('First, the compiler reads every file once.')).toBe(false)
    expect(meta("I've largely covered sqlc's objective benefits and features.")).toBe(true)
    expect(meta("Don't worry about the details of what's going on.")).toBe(true)
    expect(meta('We have built a cache.')).toBe(false)
    expect(
      point(
        "Don't worry about the details of what's going on. The cell state runs straight down the entire chain, with only some minor linear interactions.",
      ),
    ).toMatch(/^The cell state runs straight down the entire chain/)
  })

  it("should take a speaker's initials off a bold question, and give a quotation's source line no point", () => {
    expect(point('**MK: How has same-day delivery from internet retailers impacted your business?**')).toBe(
      'How has same-day delivery from internet retailers impacted your business?',
    )
    expect(point('-- 《微软的 AI 策略》', { lang: 'zh' })).toBe('')
  })
})

describe('a supposition an example starts from', () => {
  it('should read "Assume…", "Suppose…" and "Let\'s say…" as the start of an example, which a claim of the paragraph outranks', () => {
    // QuestDB's post on cardinality (review 46).
    for (const sentence of [
      'Assume you have 1000 IoT devices in 20 locations.',
      'Suppose the cache is cold.',
      "Let's say we make a list-of-lists.",
    ])
      expect(isExample(sentence, 'en'), sentence).toBe(true)
    expect(isExample('Assumptions about the cache were wrong.', 'en')).toBe(false)
  })
})

describe('Dutch, read without a tagger', () => {
  // notkarlmarx's post on coaching (review 46).
  it('should make no point of thanks, nor of a sentence that points back with "hierdoor" or "dit"', () => {
    const nl = { lang: 'nl', heading: 'Coachend begeleiden' }
    expect(
      points('Dank, dank, duizendmaal dank!\n\nOnlangs mocht ik voor het eerst in lange tijd mijn CV weer eens updaten.', nl)[0],
    ).toBeUndefined()
    expect(
      point('Ik liet de coachees zelf hun fouten ontdekken. Hierdoor groeide hun zelfvertrouwen en durfden ze fouten te maken.', nl),
    ).toBe('Ik liet de coachees zelf hun fouten ontdekken')
    expect(point('Mijn studenten schreven elke week een reflectie. Dit leerdoel bestond uit twee subdoelen.', nl)).toBe(
      'Mijn studenten schreven elke week een reflectie',
    )
  })

  it('should make no point of a turn to the next part in English: "Ok, straight into bug #1"', () => {
    // A talk's transcript (review 46).
    expect(point('Ok, straight into bug #1.')).toBe('')
    expect(point('On to the next one.')).toBe('')
  })
})

describe('the claim after the words around it (review 92)', () => {
  it("should pass over the writer's joy at announcing, and the version's news be its point", () => {
    // Vite 8's announcement: "Vite 8 ships/NNS" read as a plural noun left the news without a verb.
    expect(
      point(
        "We're thrilled to announce the stable release of Vite 8! When Vite first launched, we made a pragmatic bet on two bundlers: esbuild for speed during development, and Rollup for optimized production builds. That bet served us well for years. Today, it resolves into one: Vite 8 ships with Rolldown as its single, unified, Rust-based bundler, delivering up to 10-30x faster builds while maintaining full plugin compatibility.",
      ),
    ).toBe('Vite 8 ships with Rolldown as its single, unified, Rust-based bundler')
    expect(tagSentence('Vite 8 ships with Rolldown.').find((token) => token.value === 'ships')?.tag).toBe('VBZ')
    expect(tagSentence('We bought 3 ships with the money.').find((token) => token.value === 'ships')?.tag).toBe('NNS')
  })

  it('should pass over how the writer means to speak of a subject for what the next sentence says of it', () => {
    expect(
      point(
        "We want to be transparent about changes to Vite's install size. Vite 8 is approximately 15 MB larger than Vite 7 on its own. This comes from two main sources.",
      ),
    ).toBe('Vite 8 is approximately 15 MB larger than Vite 7')
  })

  it("should take the writer's own case and choice over what holds in general before it", () => {
    // Mattermost's post on load testing.
    expect(
      point(
        'There are plenty of high quality load testing frameworks available; some of the best are free and open source (JMeter, Gatling, k6 to name a few). In our case, after a thorough examination, we decided to develop a custom, in-house tool. We accepted trading implementation time and complexity for improved simulation and finer control over the entire process.',
      ),
    ).toBe('We decided to develop a custom, in-house tool')
  })
})

describe('a conference recap (review 93, StrimziCon 2024)', () => {
  it("should read a session's speaker line as its credit, and what a speaker showed as the claim passed on", () => {
    expect(
      point(
        '_Speaker: Federico Valeri @ Red Hat_\n\nThe session unveils the Unidirectional Topic Operator for Strimzi, which enhances scalability.',
      ),
    ).toBe('')
    expect(
      points(
        '_Speaker: Federico Valeri @ Red Hat_\n\nThe session unveils the Unidirectional Topic Operator for Strimzi, which enhances scalability.',
      )[1],
    ).toMatch(/^The session unveils the Unidirectional Topic Operator/)
    expect(claimOf('He also showed that staying up to date is not as hard as many users think.', 'en')).toBe(
      'Staying up to date is not as hard as many users think.',
    )
    // (Not a clause on a pronoun, which needs the sentence before: "She explained that it was slow.")
    expect(claimOf('She explained that it was slow.', 'en')).toBe('She explained that it was slow.')
  })
})

describe('what the rules of review 93 leave alone', () => {
  it('should leave a simile, a page that shows an error, news said after "that", and a transcript host\'s turn as they are', () => {
    expect(reactsLike('We were like a family.')).toBe(false)
    expect(reactsLike('I was like, panic attack.')).toBe(true)
    expect(point('This page shows an error when the token expires. Renew the token to make it go away.')).toBe(
      'This page shows an error when the token expires',
    )
    expect(point('We are excited to share that the new scheduler cut tail latency by half. It ships in 2.0.')).toMatch(
      /new scheduler cut tail latency by half/i,
    )
    expect(isByline('Host: So tell us how you got started in open source, and what kept you going?')).toBe(false)
    expect(isByline('Speakers: Kate Stanley & Paolo Patierno @ Red Hat')).toBe(true)
  })
})

describe('a turn of the talk behind its linking word (review 93)', () => {
  it('should read "But first, let\'s…" and "And now, let\'s…" as talk about the talk', () => {
    // The Nushell survey's results and Biome's release notes.
    expect(point("But first, let's take a look at the responses from folks who are currently using Nu.")).toBe('')
    expect(point("And now, let's give credits where credits are due!")).toBe('')
    // (Review 99, an essay on leaving cooking for the web: "And I'd like to share…" before the writer's story.)
    expect(isMetaSentence(tagSentence("And I'd like to share some of my experiences with you."))).toBe(true)
    expect(isMetaSentence(tagSentence('And we shipped the fix to every region.'))).toBe(false)
    // (Not a clause of the writer's after "and": "And if we change or remove API, the test breaks too.")
    expect(isMetaSentence(tagSentence('And if we change or remove API, the test breaks too.'))).toBe(false)
  })
})

describe('the verb after a phrase set off by commas (review 94)', () => {
  it('should read a participle with an object after it, in a sentence without a tensed verb, as the past tense', () => {
    // pyOpenSci's PyCon write-up: the cut kept "The pr's below, submitted by Jeremy" alone.
    const tags = tagSentence("The pr's below, submitted by Jeremy, identified lots of typos in our packaging guide!")
    expect(tags.find((token) => token.value === 'identified')?.tag).toBe('VBD')
    expect(tags.find((token) => token.value === 'submitted')?.tag).toBe('VBN')
    // (A sentence with a verb of its own keeps its participles.)
    expect(
      tagSentence('The patches, written by Jeremy, were merged into the main branch.').find((token) => token.value === 'merged')?.tag,
    ).toBe('VBN')
    // (Nor a list without a verb, whose phrase set off opens on no participle.)
    expect(
      tagSentence('Our priorities, in order, reduced costs and faster releases.').find((token) => token.value === 'reduced')?.tag,
    ).not.toBe('VBD')
  })
})

describe('a sentence that goes on with the one before it (review 95)', () => {
  it('should not show a sentence opening on "or" or "and" without a verb of its own', () => {
    // A talk's transcript: "Or looking for a promotion." alone said the opposite of the paragraph.
    const shown = points(
      "For this to succeed over the long term, we need craftspeople who care deeply.\nNot because someone told them to care. Or they're trying to collect accolades for their resume.\nOr looking for a promotion.\nBut because they believe in what they're doing and are willing to raise their hand to do the work that needs to be done.",
    )
    expect(shown[0] ?? '').not.toBe('Looking for a promotion')
  })
})

describe('a pointer back at the text before a colon (review 95)', () => {
  it('should show the claim after "As I admitted above:", not the pointer', () => {
    // An essay on advice from one's own experience.
    expect(
      points(
        "As I admitted above: Ben's post is snappy writing, and adding too many qualifications can undermine the effect of a piece like that.",
      )[0],
    ).toBe("Ben's post is snappy writing")
  })
})

describe('the day or time a story opens on (review 96)', () => {
  it('should show what happened then, not the sentence that sets the scene by its day or clock time', () => {
    // (A founder's story, and a post-mortem.)
    expect(points('Tuesday swung around. Our new build server finally passed every test in the suite.')).toEqual([
      'Our new build server finally passed every test in the suite',
    ])
    expect(
      points('At 11:32 we deployed a new version to our reference server. A broken migration took the login page down for every user.'),
    ).toEqual(['A broken migration took the login page down for every user'])
    // (A news post's "On Tuesday, we launched…" is its news, not a scene.)
    expect(points('On Tuesday, we launched Copilot for everyone. Thousands of developers signed up in the first hour.')).toEqual([
      'On Tuesday, we launched Copilot for everyone',
    ])
    // (Alone in its paragraph, the day and what happened on it is the point.)
    expect(points('On Tuesday we shipped the new importer to every customer.')).toEqual([
      'On Tuesday we shipped the new importer to every customer',
    ])
  })
})

describe('a lone enumerator (review 97)', () => {
  it('should show a claim opening on "First," without it, whether or not "Second," follows in the run', () => {
    // (Let's Encrypt's essay on phishing: "First," after "…problematic for several reasons.", and no "Second,".)
    expect(
      points(
        'Treating a DV certificate as a seal of approval is problematic for several reasons.\n\nFirst, CAs are not well positioned to operate anti-phishing and anti-malware operations.\n\nAnother issue is that there is no standard for anti-phishing measures beyond a simple blacklist.',
      )[1],
    ).toBe('CAs are not well positioned to operate anti-phishing and anti-malware operations')
  })
})

describe('a talk that only brings a thing in or counts what it will say (review 97)', () => {
  it('should show what the thing is, not "That\'s where X comes in" nor "There are a couple bits to say about it"', () => {
    // (A talk's transcript on continuous delivery.)
    expect(
      points(
        'That\'s where a concept known as "chaos engineering" can come in. Chaos engineering breaks parts of your production environment on a schedule.',
      ),
    ).toEqual(['Chaos engineering breaks parts of your production environment on a schedule'])
    expect(
      points(
        'We are not going to define it by what it is not, but there are a couple bits to say about it. First, CD is a collection of engineering practices aimed at automating delivery.',
      ),
    ).toEqual(['CD is a collection of engineering practices aimed at automating delivery'])
    // (A thing that exists and is named stands: "There are a couple of reasons we moved to Rust" says which.)
    expect(points('There are a couple of open issues left in the tracker for the parser.')).toEqual([
      'There are a couple of open issues left in the tracker for the parser',
    ])
  })

  // (Review 98: an essay's "there are a number of design choices" and a release's "As with every etcd release, there are
  // a number of API changes" were shown over the sentences that say which.)
  it('should show no "there are a number of" that names nothing, after an opening or not', () => {
    expect(
      points(
        'As is being discussed on the draw2d thread, there are a number of design choices. The API should stay close to Direct2D, which minimizes porting cost.',
      ),
    ).toEqual(['The API should stay close to Direct2D, which minimizes porting cost'])
    expect(points('As with every etcd release, there are a number of API changes. The old v2 client is removed.')).toEqual([
      'The old v2 client is removed',
    ])
    expect(points('There is a lot of overhead in every call.')).toEqual(['There is a lot of overhead in every call'])
    // (Review 99, a talk's transcript: the wish to say one thing, over the quotation that says it.)
    expect(teasesWhatFollows('But I do want to state one thing upfront:', 'en')).toBe(true)
    expect(teasesWhatFollows('I want to make a few points.', 'en')).toBe(true)
    expect(teasesWhatFollows('I want to make the build reproducible.', 'en')).toBe(false)
    // (Only an opening that compares: "Unfortunately, there are a lot of problems" says there are.)
    expect(teasesWhatFollows('Unfortunately, there are a lot of problems.', 'en')).toBe(false)
  })
})

describe('an answer of a word or two (review 97)', () => {
  it('should end a sentence at "no." and show the claim after the answer, not the answer', () => {
    // (A talk's transcript: "All good, right? Err, well no. Stuff can still break in production.")
    expect(points('Err, well no. Stuff can still break in production even when every test passes.')).toEqual([
      'Stuff can still break in production even when every test passes',
    ])
    expect(sentencesOf('All good, right? Err, well no. Stuff can still break.', 'en')).toEqual([
      'All good, right?',
      'Err, well no.',
      'Stuff can still break.',
    ])
    // ("No. 5" is a number's.)
    expect(sentencesOf('We shipped No. 5 of the series. It sold out.', 'en')).toHaveLength(2)
  })
})

describe("a post's invitation to write to its writer (review 97)", () => {
  it('should give no point to "Questions? Contact me…" nor "Something wrong with this post? Fork…"', () => {
    // (Full Stack Python's footer under each post.)
    expect(
      points(
        "We just imported data from a CSV into a pandas DataFrame.\n\nQuestions? Contact me via Twitter @fullstackpython. I'm also on GitHub with the username mattmakai.\n\nSomething wrong with this post? Fork this page's source on GitHub and submit a pull request.",
      ),
    ).toEqual(['We just imported data from a CSV into a pandas DataFrame', undefined, undefined])
    // (A question about the subject, answered, is no such invitation.)
    expect(points('Thoughts on the new scheduler are welcome: it cut our build times in half last month.')).not.toEqual([undefined])
  })
})

describe('a label over figures', () => {
  // (SkyWalking's benchmarks (review 106): "**Startup:** ~5 ms vs ~635 ms. In a Kubernetes cluster…, a 635 ms gap means
  // lost telemetry…" showed "Startup: A 635 ms gap means lost telemetry", and "Idle memory: Observability backends run 24/7".)
  it('should show the figures a labelled item opens with under its label, and end a sentence on "ms." after a number', () => {
    const items = [
      '- **Startup:** ~5 ms vs ~635 ms. In a Kubernetes cluster where an OAP pod gets evicted or rescheduled, a 635 ms gap means lost telemetry. At 5 ms, the new pod is receiving data before most clients notice.',
      '- **Idle memory:** ~41 MiB vs ~1.2 GiB. Observability backends run 24/7. In a multi-tenant deployment, a 97% reduction in baseline memory decides whether the stack fits a small node.',
      '- **Memory under load:** ~629 MiB vs ~2.1 GiB at 20 RPS. The same workload uses a third of the memory, which leaves room for more tenants.',
    ].join('\n')
    const tree = parseDeck(renderDeck(`# T\n\n## Benchmarks\n\nWe measured the native build against the JVM.\n\n${items}\n`).html)
    expect(selectAll('.lectern-points > li', tree).map(text)).toEqual(
      expect.arrayContaining([
        'Startup: ~5 ms vs ~635 ms',
        'Idle memory: ~41 MiB vs ~1.2 GiB',
        'Memory under load: ~629 MiB vs ~2.1 GiB at 20 RPS',
      ]),
    )
    // (Not figures without a label, nor a sentence that says more than figures.)
    expect(points('It took 5 ms vs 635 ms. The gap means lost telemetry for every client of the cluster.')[0]).not.toBe(
      'It took 5 ms vs 635 ms',
    )
  })
})

describe('a last clause that only says where the text goes next', () => {
  it('should never show it as the point of a sentence that says something else first', () => {
    // (Hudi's dbt post (review 106): "…since the last time that dbt was run, which unlocks the powers of Hudi, we will dive
    // into the details." showed "We will dive into the details".)
    expect(
      point(
        'Among all the materialization types, only incremental models allow dbt to insert or update records in a table since the last time that dbt was run, which unlocks the powers of Hudi, we will dive into the details.',
      ),
    ).not.toMatch(/dive into the details/)
    // (Not one that names what the talk is about, nor a step a "let's" says.)
    expect(
      point(
        'Since this pattern has become so popular in the last few months, we are going to talk about how to use tRPC with server actions.',
      ),
    ).toMatch(/tRPC with server actions/)
  })
})

describe('a belief the writer reports', () => {
  // (KubeSphere's talk on WebAssembly (review 106): "因为很多人认为，WebAssembly 可以在浏览器里取代 JavaScript，是用来玩游戏的"
  // showed the belief the talk answers, "WebAssembly 可以在浏览器里取代 JavaScript，是用来玩游戏的", as the speaker's claim.)
  it('should never show what others believe without whose belief it is, nor the report beside the writer’s own sentences', () => {
    expect(
      point(
        'Because many people think, WebAssembly can replace JavaScript in the browser and is only used for games. The founder of Docker tweeted that WASM would have made Docker unnecessary in 2008.',
      ),
    ).not.toMatch(/^WebAssembly can replace/)
    expect(
      point(
        '这条推特在社区里造成很大影响，引发了很多人的的疑问。因为很多人认为，WebAssembly 可以在浏览器里取代 JavaScript，是用来玩游戏的。',
        { lang: 'zh' },
      ),
    ).not.toMatch(/^WebAssembly 可以在浏览器里取代/)
    // (What others say or expect, which the writer as often agrees with, is no belief answered.)
    expect(point('Most users expect pages to load in under two seconds. Our own numbers agree with that.')).toBe(
      'Most users expect pages to load in under two seconds',
    )
    // (Nor a claim reported in the press, "It was widely publicized that…, however, this is not actually the case" (review
    // 108, Monero's post-mortem), whose claim the writer takes back.)
    expect(
      point(
        'Users should also be aware that the implications of the first bug are not as severe as previously reported. It was widely publicized that as a result of the first bug, some very newly spent outputs observed on chain were guaranteed identifiable as real outputs spent in a transaction, however, *this is not actually the case*. Since publication, we learned that at least one popular light wallet (MyMonero) has been using a separate implementation of the decoy selection algorithm that *did not have the bug*. Therefore, MyMonero users could have feasibly constructed transactions that selected newly spendable outputs as decoys, which means newly spent outputs observed on chain were not guaranteed identifiable as real outputs.',
      ),
    ).toBe('The implications of the first bug are not as severe as previously reported')
    expect(point('It was widely reported that the outage began at noon. Our logs show the first errors at 11:40.')).not.toMatch(
      /^The outage began/,
    )
    // (The writer's answer after the report is the writer's.)
    expect(point('It is often said that Rust is hard to learn, but the compiler messages make it easier than people expect.')).toBe(
      'The compiler messages make it easier than people expect',
    )
  })
})
