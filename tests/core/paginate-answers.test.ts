import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import type { Paragraph } from 'mdast'
import { defaultOptions, renderDeck } from '../../src/core/index.ts'
import { paginate, type Segment, type SegmentItem } from '../../src/core/paginate.ts'
import { importArticle } from '../../src/import/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

/** The slides after the title slide. */
function slides(markdown: string) {
  return slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html)).slice(1)
}

const points = (slide: Parameters<typeof text>[0] & object) => selectAll('.lectern-points > li', slide).map(text)

// Real passages: Dahianna Salazar-Foreman, "Building a Tech Career in Government" (digital.gov, 2021);
// Melody Kramer, "The User-Centered Redesign of IdentityTheft.gov" (digital.gov, 2016); Nina Bianchi,
// "10 Employee Engagement Experiences to Foster Collaboration" (digital.gov, 2020); Eliza Weisman,
// "Announcing Tokio Console 0.1" (tokio.rs, 2021). All public domain (CC0) or MIT.

describe('answers and their questions', () => {
  it('should keep an interview’s question on the slide of its answer, never last on the slide before', () => {
    const interview = [
      '# Building a Tech Career in Government',
      '### Sheev Davé, Design Strategist, GSA Office of Customer Experience',
      '**What were you doing before applying to GSA?**',
      'I was serving as a Peace Corps volunteer in Botswana, working in rural health clinics and regional public health departments.',
      '**What was your first position in GSA and what was the path to your current position?**',
      'I was a contracting specialist within the Public Buildings Service working on construction projects around the Midwest. One day walking through the Kansas City office, I saw a door with a sign labeled “human design workshop” and it piqued my curiosity. I remember reading about human-centered design as part of my Peace Corps service. I was happy to learn that the government was implementing it and wanted to learn more about it.',
      'The folks running the workshop were from the Office of Customer Experience. Through a series of calls and informal meetings, I secured a virtual opportunity to work at their office along with doing business development work at 18F. After a member of the customer experience team left, they offered me the opportunity to join the team full time.',
      '**What’s your favorite part about working in government tech?**',
      'It is the notion that you can build/design something and immediately see the effects of it. Working within the civic tech space you know that what you build or design is going towards the greater good of the American public.',
    ].join('\n\n')
    const found = slides(interview)
    expect(found.length).toBeGreaterThan(1)
    for (const [index, slide] of found.entries()) {
      const notes = text(select('aside.notes', slide))
      // A slide that ends on a question's point says the answer too: its notes go on after the question.
      const last = points(slide).at(-1)
      if (last?.endsWith('?') && index < found.length - 1) expect(notes.endsWith('?')).toBe(false)
    }
    // (Each question, a paragraph of bold alone over its answer, heads the answer's slide.)
    const where = (words: string) => found.findIndex((slide) => text(slide).includes(words))
    expect(text(select('h2', found[where('What was your first position in GSA')]))).toContain('What was your first position in GSA')
    expect(where('What was your first position in GSA')).toBe(where('I was a contracting specialist'))
  })

  // PCSX2's interview with a gaming site (PCSX2/pcsx2-net-www, MIT): numbered questions in italics.
  it('should title each answer’s slide with its question when the questions are paragraphs of italics alone', () => {
    const found = slides(
      [
        '# Interview',
        'We were asked to give an interview about the emulator, and we were happy to answer every question.',
        '_1. How much money do you make on developing the emulator?_',
        'The team does not get paid for developing the emulator. We do it in our free time because we enjoy the work.',
        '_2. Which configuration is optimal for the emulator? 😊_',
        'There is no golden configuration for everything. Each game needs its own settings and each machine its own limits.',
      ].join('\n\n'),
    )
    const titles = found.map((slide) => text(select('h2', slide)))
    expect(titles).toContain('How much money do you make on developing the emulator?')
    expect(titles).toContain('Which configuration is optimal for the emulator? 😊')
    expect(found.flatMap(points).some((point) => point.endsWith('?'))).toBe(false)
    // One emphasised question alone is the writer's own: it stays a paragraph.
    const lone = slides(
      '# Essay\n\nThe build got faster this year.\n\n_Why does that matter?_\n\nA faster build means more experiments a day.\n',
    )
    expect(lone.map((slide) => text(select('h2', slide)))).not.toContain('Why does that matter?')
  })

  // (Software Carpentry's interview with Hans Petter Langtangen, review 88: a page in HTML whose
  // prompts and questions are paragraphs of italics; its slides were "Introduction (cont.)" and "PhD students".)
  it('should title each answer’s slide with an interviewer’s prompt too, also in a page imported from HTML', () => {
    const page = [
      '<p>Our latest interview is with a scientist who wrote two books about Python.</p>',
      '<p><em>Tell us a bit about your organization and its goals.</em></p>',
      '<p>I work at a research laboratory funded by the government, with a commitment to long-term research.</p>',
      '<p><em>How do you tell what impact the course has had?</em></p>',
      '<p>We have taught over a thousand people Python, and they took it into industry.</p>',
      '<p><em>What are your plans for future work?</em></p>',
      '<p>Nobody outside our own group wants to maintain the course, so we will rewrite it ourselves.</p>',
    ].join('\n')
    const imported = importArticle(`<html><head><title>An interview</title></head><body><article>${page}</article></body></html>`, {
      path: 'interview.html',
    })
    const file = new VFile({ path: 'interview.html', value: String(imported.value) })
    file.data.sourcePlaces = imported.data.sourcePlaces
    const titles = slidesOf(parseDeck(renderDeck(file).html)).map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Tell us a bit about your organization and its goals')
    expect(titles).toContain('How do you tell what impact the course has had?')
    expect(titles).toContain('What are your plans for future work?')
  })

  it('should show a claim of a question’s answer when none of its sentences was chosen, not a bare divider', () => {
    const answer = [
      '# The User-Centered Redesign of IdentityTheft.gov',
      '## What has the response been since you relaunched?',
      '**JS and NF:** Generally very positive. We monitor user experience by keeping an eye on stats, our feedback forms, and social media. We get very encouraging feedback.',
      '## Are you noticing more people using the website?',
      '**JS and NF:** Yes, the total number of identity theft reports we receive has increased and the method of reporting has shifted more to the website, rather than phone. We also have a healthy portion of reports being submitted on mobile devices, which wasn’t possible before.',
    ].join('\n\n')
    const found = slides(answer)
    const last = found.find((slide) => text(select('h2', slide)).startsWith('Are you noticing'))
    expect(last).toBeDefined()
    expect(points(last!)).toHaveLength(1)
    expect(points(last!)[0]).toMatch(/reports/)
  })
})

describe('numbered points', () => {
  const item = (number: number, label: string, body: string) => `${number}) **${label}**: ${body}`
  const engagement = [
    '# 10 Employee Engagement Experiences to Foster Collaboration',
    '## The list',
    item(
      1,
      'Create spaces',
      'growing as a team requires space and time. Find ways to create space (both physical and mental) to think differently, dream, and explore what’s possible. Time is equally important to space and holding time to explore is critical.',
    ),
    item(
      2,
      'Lighten the meeting',
      'try new rituals and meeting habits. Start a meeting with a two-minute song, prep a brief show-and-tell, or explore a snack sharing initiative. Design a meeting flyer like an event that cannot be missed.',
    ),
    item(
      3,
      'Map it',
      'maps are critical tools to get people from one location to the next. If you are exploring change in your group, try mapping the process out. Where does the process start and where are you stopping along the way? What does the experience feel like? Who can join? Where are there risks of losing people along the way? Is it really about the destination or is the process just as important?',
    ),
  ]

  it('should take the author’s numbers off a section’s points when one numbered item has no point', () => {
    // The points as the extractor gave them in the whole article: "Map it" (6 there) got none.
    const items = engagement.slice(2).map((markdown, index): SegmentItem => {
      // "1) **Create spaces**: growing…" as markdown reads it, its number taken off by the list.
      const [, label, body] = /^\d+\) \*\*(.+?)\*\*(.*)$/.exec(markdown) as RegExpExecArray
      const node: Paragraph = {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: label }] },
          { type: 'text', value: body },
        ],
      }
      return { kind: 'paragraph', node, number: index + 1 }
    })
    const given = [
      [{ type: 'text' as const, value: 'Time is equally important to space and holding time to explore is critical' }],
      [{ type: 'text' as const, value: 'Design a meeting flyer like an event that cannot be missed' }],
      undefined,
    ]
    const segment: Segment = { title: [{ type: 'text', value: 'The list' }], groupTitle: 'The list', items }
    const found = paginate(segment, defaultOptions, (value) => value, 'en', given)
    const numbers = JSON.stringify(found).match(/"number":\d+/g) ?? []
    expect(numbers).toHaveLength(0)
    expect(JSON.stringify(found)).toContain('Design a meeting flyer')
  })

  it('should keep the numbers when every numbered item has its point', () => {
    const found = slides(engagement.slice(0, 4).join('\n\n'))
    expect(found.flatMap((slide) => selectAll('.lectern-step', slide)).map(text)).toEqual(['1.', '2.'])
  })
})

describe('one-item slides', () => {
  it('should not leave one point alone on a slide beside a line of raw HTML (a signature)', () => {
    const names = Array.from({ length: 18 }, (_, index) => `* Contributor ${String.fromCharCode(65 + index)}. Surname`).join('\n')
    const thanks = [
      '# Announcing Tokio Console',
      '## Thanks to',
      names,
      '`tokio-console` is built upon a foundation laid by the Tracing and Tonic libraries.',
      'We are indebted to everyone who has contributed to this project, and to all our early users who have been trying it out in your applications and giving us invaluable feedback!',
      '<div style="text-align:right">— Eliza Weisman (@hawkw)</div>',
    ].join('\n\n')
    const found = slides(thanks)
    for (const slide of found) {
      const shown = points(slide).length + selectAll(':scope > ul:not(.lectern-points) li', slide).length
      if (shown > 0) expect(shown).toBeGreaterThan(1)
    }
  })
})
