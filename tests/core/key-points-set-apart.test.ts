import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import { isCourtesy, isSetApartNote, pointsBackInText, talksAboutText } from '../../src/core/key-points/asides.ts'

/*
 * What a writer says around the points, not as one: notes set apart ("NB:", "P.S."), invitations
 * to the reader, instructions about the page, exclamations, and sentences that point back at the
 * text. Real sentences, from at least two writers per rule.
 */

describe('key points: what is said around the points', () => {
  it('should give no point to a note set apart by "NB:" or "P.S."', () => {
    // A French migration report (review 5), a sync engine's sprint report, a Go keynote transcript.
    expect(isSetApartNote('NB2: Je ne parle pas ici, par choix, de tout ce qui a été introduit de manière annexe.')).toBe(true)
    expect(isSetApartNote("P.S. We've learned some surprising things about performance along the way.")).toBe(true)
    expect(isSetApartNote('P.S. The Go team is looking to hire engineers to help develop and maintain the Go runtime.')).toBe(true)
    expect(isSetApartNote('PSR-4 autoloading maps namespaces to folders.')).toBe(false)
    const conclusion = points(
      "Ne vous engagez dans une migration lourde que lorsque vous avez un soutien de l'équipe.\n\nNB2: Je ne parle pas ici, par choix, de tout ce qui a été introduit de manière annexe.",
      { lang: 'fr' },
    )
    expect(conclusion[1]).toBeUndefined()
  })

  it('should read an invitation to the reader as a courtesy, after a condition too', () => {
    // A latency debugging story (review 5), a SciPy contributor's story, a project's install guide.
    expect(isCourtesy('Please feel free to drop a comment on hackernews or reach out on Twitter.', 'en')).toBe(true)
    expect(isCourtesy('If you want to contribute, please feel free to reach out to me or anyone else in the SciPy community.', 'en')).toBe(
      true,
    )
    expect(isCourtesy('If you run into any issues, feel free to report them to us on GitHub.', 'en')).toBe(true)
    expect(isCourtesy('If hypervisor support is disabled, this code simply returns 0xfae9400f.', 'en')).toBe(false)
  })

  it('should read an instruction about the page as talk about the text', () => {
    // The French migration report's linked screenshots, and an English page's link.
    expect(talksAboutText("Cliquez pour une version dépliée de l'architecture", 'fr')).toBe(true)
    expect(talksAboutText('Cliquez pour pouvoir agrandir', 'fr')).toBe(true)
    expect(talksAboutText('Click here to learn more', 'en')).toBe(true)
    expect(talksAboutText('Click the Save button to store the file.', 'en')).toBe(false)
  })

  it('should prefer another sentence to an exclamation, but keep an exclaimed claim', () => {
    // The latency story's turning point (review 5) and an emoji mosaic tutorial (review 2).
    expect(
      points(
        'I could not believe my eyes! This thread had a 1 second wait around the same time my event was emitted, almost exactly matching the latency of this request! I looked at the callstack and saw the [dreadful call](https://en.cppreference.com/w/cpp/thread/sleep_for):',
      )[0],
    ).toBe('I looked at the callstack and saw the dreadful call')
    expect(
      points(
        "Don't worry though, we have Stack Overflow to the rescue! This excellent [answer](https://stackoverflow.com/questions/52730668) does exactly that. You don't have to go through it, I have copied the relevant code in here.",
      )[0] ?? '',
    ).not.toMatch(/rescue/)
    // A first conference talk's advice (review 5): the tip is the exclamation.
    expect(
      points(
        "My first tip with slides is to make code big! If you have a many lines of code you can highlight the section you're specifically talking about. You can use animations for this, but I used layers instead.",
      )[0],
    ).toBe('My first tip with slides is to make code big!')
  })

  it('should know a sentence that points back at the text', () => {
    // A postdoc salary essay, and the latency story.
    expect(pointsBackInText('As mentioned earlier, there are cities in the US that are more expensive than others.', 'en')).toBe(true)
    expect(pointsBackInText('The ETW profile I discussed above only lasted for 5 seconds!', 'en')).toBe(true)
    expect(pointsBackInText('Rent increases way more than the inflation.', 'en')).toBe(false)
    // (Review 82: a Galera tutorial's "As mentioned in Step 3, …" was its paragraph's point over the consequence and the fix.)
    expect(pointsBackInText('As mentioned in Step 3, the cluster nodes treat health checks as unauthenticated connections.', 'en')).toBe(
      true,
    )
    expect(pointsBackInText('As described in the previous section, the queue drains in order.', 'en')).toBe(true)
    expect(pointsBackInText('As shown in Figure 2, latency drops by half.', 'en')).toBe(false)
  })

  it('should pass over a sentence that says again what an earlier part said for one that goes on from it', () => {
    // (Dropbox's ATF post: "As described above, ATF provides an infrastructural building block…" under "Extending ATF".)
    const [point] = points(
      'As described above, ATF provides an infrastructural building block for scheduling asynchronous tasks. With this foundation established, ATF can be extended to support more generic use cases and provide more features as a framework.',
    )
    expect(point).toMatch(/^ATF can be extended/)
  })
})
