import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import { isCourtesy, pointsTheWay } from '../../src/core/key-points/asides.ts'

/*
 * Sentences that set up a paragraph's point, lead the way to it or credit someone beside it,
 * rather than make it: the earlier event a release note starts from, the state of things before
 * a roadmap's plan, "it's helpful to understand…", thanks said as a feeling. The wording of the
 * paragraphs here is made up after the kinds of text (release notes, roadmaps, proposals).
 */

/** The paragraph's point, or '' when it gets none. */
const point = (markdown: string) => points(markdown)[0] ?? ''

describe('a set-up before the point', () => {
  it('should take the plan over the state of things a roadmap paragraph starts from', () => {
    const roadmap =
      'Currently, the compiler reports errors and warnings to the user in the build log. During the build there are many findings, like possible mistakes or chances to optimize, that fit neither and would flood the log. So we want to add another category of messages: hints.'
    expect(point(roadmap)).toBe('We want to add another category of messages: hints')
  })

  it('should take the step after a "now" clause that says what was just done, not what was done', () => {
    // (Made up after a beginner tutorial's steps: "Now you've …, you can …".)
    expect(point("Now you've flashed the card and booted the board, you can move on to reading the sensor.")).toBe(
      'You can move on to reading the sensor',
    )
    expect(point('Now your printer is connected and the driver is installed, you can print a test page from the settings.')).toBe(
      'You can print a test page from the settings',
    )
  })

  it('should keep a sentence of the present when no plan follows it', () => {
    // (With its time: a claim said of the present will change, review 111.)
    expect(point('Currently, the city collects glass in separate bins. Residents sort it at home.')).toBe(
      'Currently, the city collects glass in separate bins',
    )
  })

  it('should look past an opening that dates an earlier event to what happened since', () => {
    const news = 'Version 4 was released almost a year ago. Downloads per week tripled since, as more teams build on a shared toolchain.'
    expect(point(news)).toMatch(/^Downloads per week tripled since/)
  })

  it('should take the change over the state of things it replaced, and never show the old as current', () => {
    // (Review 61: Elixir 1.15's release notes showed "Mix would only add entries to the load paths",
    // cut from "In previous versions, …": the old behaviour as if it were the new.)
    const release =
      'In previous versions, Mix would only add entries to the load paths. Therefore, if you compiled 20 dependencies, the code path would have 21 entries. With this release, we now prune the code paths to the ones listed as dependencies.'
    expect(point(release)).toBe('We now prune the code paths to the ones listed as dependencies')
    expect(point('In previous versions, Mix would only add entries to the load paths.')).toBe(
      'In previous versions, Mix would only add entries to the load paths',
    )
    expect(point('In earlier releases, the parser read every file twice. It was slow on large projects.')).toMatch(/^In earlier releases, /)
    // (Nor what has long been so, before what the release does: Parcel v2.9's post, review 108.)
    expect(
      point(
        'Parcel was one of the first tools to switch to the [SWC](https://swc.rs) JavaScript compiler, and it helped us improve performance by 10x back in 2021. In Parcel v2.9.0, we are switching the default minifier from Terser to SWC as well.',
      ),
    ).toBe('We are switching the default minifier from Terser to SWC')
    expect(point('Our CLI has had a --watch flag for years. In v3.2, the watcher reloads the config on every change.')).toMatch(
      /the watcher reloads the config on every change$/,
    )
    // (Alone, or with no change after it, it is what the paragraph says.)
    expect(point('Parcel was one of the first tools to switch to the SWC JavaScript compiler.')).toMatch(/^Parcel was one of the first/)
  })

  it('should look past a sentence that only says this release is like the ones before', () => {
    // (Review 61: Elixir 1.15's release notes.)
    const release =
      'The last several releases brought improvements to compilation time and this version is no different. In particular, Elixir now caches and prunes load paths before compilation, ensuring your project compiles faster.'
    expect(point(release)).toBe('Elixir now caches and prunes load paths before compilation')
    // (Not a claim applied to its subject.)
    expect(point('I worked as a musician for almost two decades. Everything in my life has a soundtrack, and code is no exception.')).toBe(
      'Everything in my life has a soundtrack, and code is no exception',
    )
  })

  it('should keep the dated sentence of a paragraph that has only it', () => {
    expect(point('Version 4 was released almost a year ago.')).toBe('Version 4 was released almost a year ago')
  })
})

describe('a turn after a concession', () => {
  it('should take the turn over the concession before it', () => {
    const concession =
      'We know that many teams rely on the old importer for their nightly jobs and reports. Unfortunately, the way the importer works just cannot scale much further.'
    expect(point(concession)).toBe('The way the importer works just cannot scale much further')
    expect(point('Earlier studies measured the effect in adult mice. However, the effect in young mice remains unknown.')).toBe(
      'The effect in young mice remains unknown',
    )
  })

  it('should take the turn of a short paragraph over a set-up that says more of the section’s words', () => {
    // As a migration post (seen in review): the turn, not what was done before it, is the news.
    const section = [
      'Our database had grown to eleven terabytes over the years, mostly from audit records.',
      'We archived the old audit records to object storage and then deleted them from the database.',
      'Overall, we deleted a massive amount of records from the database. However, the database size did not change at all. Not even by a single gigabyte!',
    ].join('\n\n')
    expect(points(section, { heading: 'How did the database get so big?' })[2]).toBe('The database size did not change at all')
  })

  it('should keep a definition that a turn follows, and a sentence before a question', () => {
    expect(point('A service that tells callers its capacity is called bounded. But callers may ignore the signal and keep sending.')).toBe(
      'A service that tells callers its capacity is called bounded',
    )
    expect(point('The fix was easy: every caller uses the shared client. But how could we enforce that?')).toMatch(/^The fix was easy/)
  })
})

describe('the sentence the writer concludes', () => {
  it('should take what a paragraph concludes ("Therefore, …") over the reason before it', () => {
    // (A Galera tutorial seen in review, and d2l.ai's maximum likelihood section.)
    expect(
      point(
        'During the installation of MySQL in step 2, we did not create any users or passwords. Therefore, you can now open the MySQL CLI without specifying a user.',
      ),
    ).toBe('You can now open the MySQL CLI without specifying a user')
    // (Not one the next sentence turns against.)
    expect(
      point('The cache holds every page for a day. Thus, readers see a stale page. But the purge fixes that within a minute.'),
    ).not.toMatch(/^Readers see a stale page/)
  })

  it('should take "The result is…" over the story that led to it, but not "The results are below"', () => {
    // (A talk's write-up, review 87: it opened on "Last month I gave a talk at PyCon UK…".)
    expect(
      point(
        "Last month I gave a talk at PyCon UK about sans I/O programming. This is a style of programming I've been trying to use for a while, and I've found it quite helpful. It's not revolutionary, but it's a nicer way to write code. The result is code that's simpler, cleaner, easier to reuse and easier to test.",
      ),
    ).toBe("The result is code that's simpler, cleaner, easier to reuse and easier to test")
    expect(point('We ran each query ten times on the new cluster with warm caches. The results are below.')).toMatch(/^We ran each query/)
  })
})

describe('the sentence the writer says matters', () => {
  it('should take the sentence opened by "Crucially," or "Most importantly," over the ones the paragraph repeats', () => {
    // (Review 39: a Postgres upgrade post, whose paragraph describes its system and then says what matters.)
    const system =
      'Browsers connect to sync servers. Sync servers keep track of active queries. Sync servers also listen to the write-ahead log and send changes back to browsers. Crucially, all our databases are hosted under one Postgres instance.'
    expect(point(system)).toBe('All our databases are hosted under one Postgres instance')
    expect(point(system.replace('Crucially,', 'Most importantly,'))).toBe('All our databases are hosted under one Postgres instance')
  })

  it('should take the sentence that sums the paragraph up ("Overall, …"), unless the next one turns against it', () => {
    // Review 41 (Servo's multi-view post): its last plan was the point, not its summary.
    const plans = [
      'For now, the inter-process communication is done via the existing channel messages like EmbedderMsg.',
      'We are looking to improve the IPC mechanism with more granular control over DOM elements.',
      'So, the panel UI can be updated based on the status of web pages.',
      'One example is when the page URL is changed and the navigation bar needs to be updated.',
      'Overall, improving IPC will be the next target to research after initial multi-view support.',
      'We will also define more specific webview types to satisfy different purposes in the future.',
    ].join(' ')
    expect(point(plans)).toBe('Improving IPC will be the next target to research after initial multi-view support')
    expect(
      point('Overall, we deleted a massive amount of records from the database. However, the database size did not change at all.'),
    ).toBe('The database size did not change at all')
  })
})

describe('a view the writer answers', () => {
  it('should never show the view the next sentence answers as the writer’s own', () => {
    // Review 53 (a CSS tutorial, an essay): the concession was shown alone, asserting what the writer denies.
    expect(
      point(
        'You may think to use overflow: hidden on the body, as did I. But overflow: hidden prevents position: sticky from working entirely.',
      ),
    ).toBe('Overflow: hidden prevents position: sticky from working entirely')
    expect(
      point(
        'You might conclude that I suggest settling for mediocrity. I don’t! I suggest choosing your battles and fixing what matters to users.',
      ),
    ).toMatch(/^I suggest choosing your battles/)
    expect(
      point(
        'It is tempting to rewrite everything from scratch when a codebase gets old. Rewrites usually take three times longer than planned and lose years of bug fixes.',
      ),
    ).toBe('Rewrites usually take three times longer than planned and lose years of bug fixes')
    // With nothing shown in its place when the answer leans on it.
    expect(point('At first glance, the two interfaces look the same. The second one retries on failure, which changes everything.')).toBe(
      '',
    )
  })

  it('should show the results a paragraph gives, not its verdict on them', () => {
    // A performance write-up (review 77): "In the end the results were good" over "Latency is down and so are costs".
    expect(point("In the end the results were good. Latency is down and so are costs, so it's win-win.")).toMatch(
      /^Latency is down and so are costs/,
    )
    expect(point('The results are impressive. The new index turned every latency peak into a flat line.')).toMatch(/^The new index turned/)
    // (A verdict the paragraph ends on stays.)
    expect(point('We moved the filtering to the back-end service. In the end the results were good.')).toMatch(
      /moved the filtering|results were good/,
    )
  })

  it('should show what the writer learned after how things were at the start', () => {
    // "Five lessons after five years" (review 75): "In the beginning, I only wanted to code" showed.
    expect(
      point(
        "In the beginning, I only wanted to code. I didn't attend meetings, answer phone calls, or even reply to emails. I had to learn there's more than only source code.",
      ),
    ).toBe("I had to learn there's more than only source code")
    // (A start the paragraph learns nothing from keeps its place.)
    expect(point('At first, the service ran on a single machine in the office. It served every request itself.')).toMatch(
      /service ran on a single machine/,
    )
  })

  it('should show the advice after the case it is for, not the case', () => {
    // A code-review essay (review 73): "Sometimes the change request itself is lacking details" showed.
    expect(
      point(
        "Sometimes the change request itself is lacking details about the project or the reason behind such changes. Always ask for further details. In many occasions, it's just the author overlooking it.",
      ),
    ).toBe('Always ask for further details')
    expect(point('Often, a pull request bundles many changes at once. Ask the author to split the change into atomic commits.')).toBe(
      'Ask the author to split the change into atomic commits',
    )
    // (A case the paragraph says no more about keeps its place.)
    expect(point('Sometimes the build fails on a cold cache. The cache fills again within a minute.')).toMatch(/^Sometimes the build fails/)
  })

  it('should keep a view the paragraph does not go on to answer', () => {
    expect(point('At first glance, the two interfaces look the same.')).toBe('At first glance, the two interfaces look the same')
  })
})

describe('a sentence that only leads the way to the point', () => {
  it('should find what the reader had better understand or look at first', () => {
    expect(pointsTheWay("To understand these differences, it's first helpful to understand what static analysis is.", 'en')).toBe(true)
    expect(pointsTheWay("However, to understand how we got here, it's helpful to look backward for a moment.", 'en')).toBe(true)
    expect(pointsTheWay("It's important to understand that caches expire after an hour.", 'en')).toBe(false)
    expect(pointsTheWay('Static analysis inspects source code without running it.', 'en')).toBe(false)
  })

  it('should give a paragraph of only such a sentence no point', () => {
    expect(point("To understand these differences, it's first helpful to understand what static analysis is and why it's useful.")).toBe('')
  })
})

describe('credit given to people', () => {
  it('should read thanks said as a feeling, a shout-out and an invitation as courtesies', () => {
    expect(isCourtesy("We're also thankful to individuals and companies sponsoring the project.", 'en')).toBe(true)
    expect(isCourtesy('We appreciate the more than 800 contributors to the core.', 'en')).toBe(true)
    expect(isCourtesy('A big shout out to Dana Lee for leading the release process.', 'en')).toBe(true)
    expect(isCourtesy('We encourage you to get involved and help us improve the docs.', 'en')).toBe(true)
    expect(isCourtesy('We appreciated stable APIs more than new features, the survey found.', 'en')).toBe(false)
    // Review 41: a call for comments without its subject, and a shout-out.
    expect(isCourtesy('Would love to hear your thoughts, case studies or experiences.', 'en')).toBe(true)
    expect(isCourtesy('I’d like to call out tree-sitter project.', 'en')).toBe(true)
  })
})
