import type { Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { defaultOptions } from '../../src/core/index.ts'
import { paginate, type Segment, type SegmentItem } from '../../src/core/paginate.ts'

// Real passages: "WebView2 and Electron" (Electron blog, 2021, Apache-2.0); Benjamin Pasero, "Migrating
// VS Code to Process Sandboxing" (VS Code blog, 2022, CC-BY-4.0); Burke Holland, "The problem with
// tutorials" (VS Code blog, 2022, CC-BY-4.0).

/** The points of a segment's slides when the extractor chose none of its paragraphs' sentences. */
function silentPoints(title: string, paragraphs: string[]): string[] {
  const items = paragraphs.map(
    (markdown): SegmentItem => ({
      kind: 'paragraph',
      node: { type: 'paragraph', children: [{ type: 'text', value: markdown }] } as Paragraph,
    }),
  )
  const segment: Segment = { title: [{ type: 'text', value: title }], groupTitle: title, items }
  const slides = paginate(
    segment,
    defaultOptions,
    (value) => value,
    'en',
    items.map(() => undefined),
  )
  return slides.flatMap((slide) =>
    slide.children.flatMap((child) =>
      child.type === 'keyPoints'
        ? child.children.map((point) => point.children.map((part) => ('value' in part ? part.value : '')).join(''))
        : [],
    ),
  )
}

describe('a section whose paragraphs got no point', () => {
  it("should not show a remark on the speaker's own talking as a silent section's lead", () => {
    // (A podcast's transcript, review 85: a slide's only point was "I'm just rambling about nothing".)
    const lead = silentPoints('Hosts', [
      "I don't think it's the same as ham radio, but I have a friend here in Chicago, who has a whole thing built around police scanners and civic data and public works and all of it, which is a lot. It's pretty cool. I might be wrong. I'm just rambling about nothing...",
    ])
    expect(lead.join(' ')).not.toMatch(/rambling|might be wrong/)
  })

  it('should show the first main clause of a long "X, but Y" sentence, not its heading alone', () => {
    const summary = silentPoints('Summary', [
      "Electron and WebView2 have a number of differences, but don't expect much difference with respect to how they perform rendering web content. Ultimately, an app’s architecture and JavaScript libraries/frameworks have a larger impact on memory and performance than anything else because Chromium is Chromium regardless of where it is running.",
      'Special thanks to the WebView2 team for reviewing this post, and ensuring we have an up-to-date view of the WebView2 architecture.',
    ])
    expect(summary).toEqual(['Electron and WebView2 have a number of differences'])
  })

  it('should never show an aside set wholly in brackets, nor a label cut from inside its bracket', () => {
    // (Review 67's French post on front-end security: "(Eg: Apple Keychain exploit)" after its claim showed as "Apple Keychain exploit)".)
    const found = silentPoints('Stockage', [
      'These mechanisms make it harder to extract sensitive data from a device but must not be considered inviolable either, whatever the vendor says about them. (Eg: Apple Keychain exploit)',
    ])
    expect(found.join(' ')).not.toMatch(/Keychain exploit/)
  })

  it('should never show a question the paragraph goes on after, as a sign-in to the talk', () => {
    // (Review 83: Software Carpentry's "Are you sitting comfortably? Then let's begin." took its opening slide.)
    const found = silentPoints('Introduction', [
      "Last year I used YAML and Norway to explain why we can't have nice things. We've just stumbled over a problem that has forced us to re-do some of the work we did to publish our lessons a couple of months ago, and which illustrates how openness can still be frustrating to actually do. Are you sitting comfortably? Then let's begin.",
    ])
    expect(found).not.toContain('Are you sitting comfortably?')
  })

  it('should take the claim from the next paragraph when no sentence of the first can be shown', () => {
    const found = silentPoints('Read less, do more', [
      'Laravel’s tutorials aren’t necessarily shorter than any others, but the important thing is that if you skip to the code and just run the commands, it works as you would expect it to work on your own machine.',
      'Dev containers make that possible.',
    ])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^(Laravel’s tutorials aren’t necessarily shorter than any others|Dev containers make that possible)$/)
  })

  it('should take what a sentence holds after its "but" before the clause it grants, where that stands', () => {
    // (Review 101, "This Month in Redox": the point was "Redox currently has a basic implementation of Signals",
    // what there was before the project the paragraph announces.)
    const found = silentPoints('Signals', [
      'Redox currently has a basic implementation of Signals, but this project will allow us to move most of signals code out of the kernel into user-space, and bring us much closer to POSIX compliance.',
    ])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/will allow us to move most of signals code out of the kernel/)
  })

  it('should take the clause before a ", so" as the lead, with the few words of an opening phrase before it', () => {
    // (Review 102, Rspack's launch: "### Continuously improve performance" over one long sentence was a heading alone.)
    const found = silentPoints('Continuously improve performance', [
      'Currently, Rspack is a project with performance as the core selling point, so in the future we will do a lot of things to maintain this feature, such as improving the performance observation lab and doing a good job of performance prevention; using concurrent/multi-core friendly algorithms in more scenarios; developing a caching system that can be shared across platforms; optimizing memory usage and consumption, etc.',
    ])
    expect(found).toEqual(['Currently, Rspack is a project with performance as the core selling point'])
  })

  it('should not cut before a conjunction that joins two verbs of one subject', () => {
    // "…compiled to AMD modules and loaded with…": one clause, its two verbs share the subject.
    const found = silentPoints('Adapting our code loader', [
      'Historically all our TypeScript code is compiled to AMD modules and loaded with a custom loader that we have been maintaining over the years.',
    ])
    for (const point of found) expect(point).not.toBe('Historically all our TypeScript code is compiled to AMD modules')
  })

  it('should not show an invitation as the point of a section that says more, and show thanks that are all it says', () => {
    const advice = silentPoints('Other gotchas', [
      'What else should you know before you flash a small board for the first time?',
      'Feel free to join our chat and ask for help!',
    ])
    expect(advice).toEqual([])
    expect(silentPoints('Thanks', ['Thank you to everyone who tested the release candidates!'])).toHaveLength(1)
  })
})
