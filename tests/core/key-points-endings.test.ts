import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import type { KeyPointContext } from '../../src/core/index.ts'
import { isCourtesy, requestOf } from '../../src/core/key-points/asides.ts'
import { announcesWhatFollows } from '../../src/core/key-points/announcements.ts'
import { compress } from '../../src/core/key-points/compress.ts'

/*
 * How a post ends (thanks, a sign-off, a call to action) and sentences that only promise the
 * next one. Sentences are from the corpus (tests/fixtures/articles/electron-*, spiral-*,
 * bevy-*, opinion-*, fr-*, zh-*, tseslint-*) or written for the kind.
 */

/** The paragraph's point, or '' when it gets none. */
const point = (markdown: string, context: Partial<KeyPointContext> = {}) => points(markdown, context)[0] ?? ''

describe('the sign-offs and acknowledgements that end a post', () => {
  it('should know a wish, thanks said otherwise, and a sign-off as courtesies', () => {
    expect(isCourtesy('Happy (fake) ticket shopping!', 'en')).toBe(true)
    expect(isCourtesy('Happy testing!', 'en')).toBe(true)
    expect(isCourtesy('Big thanks to Plasticity for funding this work!', 'en')).toBe(true)
    expect(isCourtesy('We owe the Kubernetes community a huge debt.', 'en')).toBe(true)
    expect(isCourtesy('We are indebted to everyone who has contributed to this project.', 'en')).toBe(true)
    expect(isCourtesy('Enjoy the rest of your conference.', 'en')).toBe(true)
    expect(isCourtesy('Stay tuned for the next release!', 'en')).toBe(true)
    expect(isCourtesy('We have a lot of people to thank!', 'en')).toBe(true)
    expect(
      isCourtesy("This project would not have been possible without the help of Electron's community of open-source maintainers.", 'en'),
    ).toBe(true)
  })

  it('should know thanks after a short phrase, and thanks in other languages', () => {
    expect(isCourtesy('Côté développement, merci à Jared Palmer pour avoir codé le prototype.', 'fr')).toBe(true)
    expect(isCourtesy('Un grand merci à toute l’équipe.', 'fr')).toBe(true)
    expect(isCourtesy('非常感谢 Go 团队，尤其是 Russ Cox，他们推动了这些改进。', 'zh')).toBe(true)
    expect(isCourtesy('Agradecemos a todas las personas que contribuyeron.', 'es')).toBe(true)
    expect(isCourtesy('Wir danken allen, die mitgeholfen haben.', 'de')).toBe(true)
  })

  it('should tell looking forward with the reader from looking forward to named work', () => {
    expect(isCourtesy("I'm looking forward to spending the next year with you all!", 'en')).toBe(true)
    expect(isCourtesy('We look forward to continuing working for and with you for 2020.', 'en')).toBe(true)
    expect(isCourtesy("We're also looking forward to investigating support for TypeScript's 10x faster Go port.", 'en')).toBe(false)
    // (Flink's community update, review 91: looking forward and thanks in one closing sentence.)
    expect(
      isCourtesy(
        "We're looking forward to the next 3 months of collaboration, and would like to thank again all the applicants that invested time into their applications for GSoD with Flink.",
        'en',
      ),
    ).toBe(true)
  })

  it('should not take a wish-like opening or a reason for a courtesy', () => {
    expect(isCourtesy('Happy users are the goal of every release.', 'en')).toBe(false)
    expect(isCourtesy('Happy engineering teams ship faster.', 'en')).toBe(false)
    expect(isCourtesy('Thanks to caching, builds are fast.', 'en')).toBe(false)
    expect(isCourtesy('In short, the build is faster.', 'en')).toBe(false)
    expect(isCourtesy('Thanks to our new resolver, installs take half the time on a cold cache.', 'en')).toBe(false)
    expect(isCourtesy('Follow-up releases will fix the remaining bugs.', 'en')).toBe(false)
  })

  it('should know a wish to the readers by name, thanks followed by a wish, and where to follow the project', () => {
    // (Sign-offs of release posts and a site's redesign post.)
    expect(isCourtesy('Happy linting, folks!', 'en')).toBe(true)
    expect(isCourtesy('Thanks to everyone who contributed, and happy hacking!', 'en')).toBe(true)
    expect(isCourtesy('To stay up to date, follow us on X or Mastodon.', 'en')).toBe(true)
    expect(isCourtesy('Join our Discord to chat with the team and other users.', 'en')).toBe(true)
  })

  it('should give an acknowledgement that goes on in a second sentence no point', () => {
    expect(
      point(
        'I would like to thank the following community members for feedback on early drafts: _Ana Silva, Li Wei_. And _Sam Okafor, Jo Park_, for conversations on the topic.',
      ),
    ).toBe('')
  })
})

describe('a call to action', () => {
  it('should say the request without its condition and "please"', () => {
    expect(requestOf('If you found this interesting, please consider contributing to Electron!', 'en')).toBe(
      'Consider contributing to Electron!',
    )
    expect(requestOf('Please, try out the new Project Service API.', 'en')).toBe('Try out the new Project Service API.')
    expect(requestOf('Please note.', 'en')).toBeUndefined()
    expect(requestOf('The build is fast.', 'en')).toBeUndefined()
    expect(requestOf('Por favor, prueba la nueva API.', 'es')).toBeUndefined()
  })

  it('should show the request of an invitation over the sign-off beside it', () => {
    expect(
      point(
        'If you found this interesting, please consider [contributing to Electron](https://github.com/electron/electron/)! We love seeing new faces.',
      ),
    ).toBe('Consider contributing to Electron!')
    // (Not a condition the request holds only under: This Week in Rust, review 88, showed "Submit a PR".)
    expect(requestOf("If you find any errors in this week's issue, please submit a PR.", 'en')).toBeUndefined()
  })
})

describe('a sentence that only promises the next one', () => {
  it('should know an announcement by its set phrase, and only a short one', () => {
    expect(announcesWhatFollows('Here is some context:')).toBe(true)
    expect(announcesWhatFollows("Here's what's important to understand")).toBe(true)
    expect(announcesWhatFollows('There are two reasons for this.')).toBe(true)
    // (Review 94: a case named as an example, what it shows said after it.)
    expect(announcesWhatFollows('Take GC Notify as an example.')).toBe(true)
    expect(announcesWhatFollows("Let's take the checkout service as an example.")).toBe(true)
    expect(announcesWhatFollows('Take regular backups, for example.')).toBe(false)
    expect(announcesWhatFollows('Consider adding an index, for instance.')).toBe(false)
    expect(announcesWhatFollows('This is what happened.')).toBe(true)
    expect(announcesWhatFollows('The reason is simple.')).toBe(true)
    expect(announcesWhatFollows('There are many other valid polyfills which have different tradeoffs.')).toBe(false)
    expect(announcesWhatFollows('Here is a long sentence that goes on to say something real about the build.')).toBe(false)
  })

  it('should read "Here\'s …" after a connective as leading into what follows, as "Here is …" does', () => {
    // (Kent C. Dodds's "How to use React Context effectively", before a code block; a talk's "Here's the catch".)
    expect(point("And here's how class components would use it:")).toBe('')
    expect(point("Here's the catch. Students with a growth mindset tended to thrive academically.")).toBe(
      'Students with a growth mindset tended to thrive academically',
    )
    expect(point('Here, the cache holds every page the server rendered in the last hour.')).not.toBe('')
  })

  it('should read the end of a range before a colon ("…at 1536px and above:") as no announcement, its claim a point', () => {
    // (Tailwind CSS v2.0's release post, before its code.)
    expect(point("We've added a new `2xl` breakpoint out-of-the-box that lets you target things at 1536px and above:")).toBe(
      "We've added a new 2xl breakpoint out-of-the-box",
    )
    expect(point('The settings are shown below:')).toBe('')
  })

  it('should take what the next sentences say over a sentence that only announces an idea or lessons', () => {
    const idea =
      'But that early change carried a bigger idea. Farmers everywhere faced the same costs: seed, water, fuel. A cooperative could buy all three for the whole valley.'
    expect(point(idea)).not.toMatch(/bigger idea/)
    expect(announcesWhatFollows('There was one catch:')).toBe(true)
    // Said of a thing with "is", it says what the thing is.
    expect(announcesWhatFollows('Object storage is a simple idea.')).toBe(false)
    const lessons = 'Looking back, a few lessons stand out. Small grants reached more schools than large ones did.'
    expect(point(lessons)).toBe('Small grants reached more schools than large ones did')
    // Said last, nothing after it says the idea: the sentence keeps its place.
    expect(point('The survey was short. It carried a simple idea.')).not.toBe('')
  })

  it('should take the claim after an announcing colon', () => {
    expect(
      point(
        'Here is some context: Chromium supports various different graphics APIs for showing pixels on screen (OpenGL, Vulkan, Metal, and more). On Windows, it uses different graphics APIs than on macOS or Linux.',
      ),
    ).toBe('Chromium supports various different graphics APIs for showing pixels on screen')
    expect(
      point(
        "Here's what's important to understand: both functions return synchronously on the CPU. However, they schedule tasks that run asynchronously on the GPU at a later time.",
      ),
    ).toBe('Both functions return synchronously on the CPU')
  })

  it('should take the sentence that keeps the promise over the promise', () => {
    expect(point('There are two reasons for this. Caching makes the second build fast. And the tests run in parallel.')).toBe(
      'Caching makes the second build fast',
    )
  })
})

describe('a cut that stops on what waits for more', () => {
  it('should not stop on a pronoun and its contracted "be" or "have"', () => {
    // (opinion-ai-contributions: the cut stopped on "they're".)
    const cut = compress(
      "What the METR study showed (albeit with low N, so results are uncertain) is that programmers may feel like they're faster with AI when often they're not.",
      'en',
    )?.text
    expect(cut ?? '').not.toMatch(/\bthey['’]re$/)
    expect(
      compress("Once the build is cached, we've got the fastest feedback loop we have ever had in this project.", 'en')?.text ?? '',
    ).not.toMatch(/\bwe['’]ve$/)
  })
})
