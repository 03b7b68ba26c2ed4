import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

const decks = new Map<string, ReturnType<typeof render>>()

function render(markdown: string) {
  const rendered = renderDeck(new VFile({ path: 'interview.md', value: markdown }))
  return { ...rendered, tree: parseDeck(rendered.html) }
}

/** An interview's deck, rendered once for every test that reads it. */
function deck(markdown: string) {
  let found = decks.get(markdown)
  if (!found) decks.set(markdown, (found = render(markdown)))
  return found
}

function points(markdown: string): string[] {
  return selectAll('.lectern-points li', deck(markdown).tree).map((item) => text(item))
}

// From the Rust blog's RustConf 2025 interview with Jan David Nose (transcript, bold labels).
const rust = [
  '# Jan David Nose, Infrastructure Team',
  '',
  '## Transcript',
  '',
  '**Xander Cesari**: Could you give me an overview of the responsibility of the Infra Team?',
  '',
  '**Jan David Nose**: Sure.',
  '',
  "**Jan David Nose**: We'll probably never remove a lot of targets, so there's an interesting challenge to think about.",
  '',
  '**Xander Cesari**: Gotcha.',
  '',
  '**Jan David Nose**: 100%.',
  '',
  '**Xander Cesari**: Is there some HIL (Hardware-In-the-Loop) lab somewhere?',
  '',
  "**Jan David Nose**: So far we've used very little hardware beyond what GitHub provides.",
  '',
].join('\n')

// From jamstatic-fr's interview of Vincent Voyer (Algolia): plain label, bold question; bold label, space before the colon.
const algolia = [
  '# Questions à Vincent Voyer',
  '',
  '## Entretien',
  '',
  'Frank : **Comment définirais-tu l’activité d’Algolia ?**',
  '',
  "**Vincent Voyer** : Algolia c'est un moteur de recherche en Saas, en gros c'est une API qui permet de créer un index de recherche.",
  '',
  'Frank : **Et la suite ?**',
  '',
  '**Vincent Voyer** : Même chose.',
  '',
].join('\n')

describe('interview speaker labels', () => {
  it('should keep `**Name**: ` labels off the slide, and give a turn that only acknowledges no point', () => {
    const shown = points(rust)
    expect(shown.join(' | ')).not.toMatch(/Nose|Cesari/)
    expect(shown).toContain("We'll probably never remove a lot of targets")
    expect(shown.join(' | ')).not.toMatch(/Sure|Gotcha|100%/)
  })

  it("should title the answer's slide with the interviewer's question", () => {
    const titles = slidesOf(deck(rust).tree).map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Could you give me an overview of the responsibility of the Infra Team?')
    expect(titles).toContain('Is there some HIL (Hardware-In-the-Loop) lab somewhere?')
    expect(points(rust).join(' | ')).not.toMatch(/Could you|HIL/)
  })

  it('should keep the title the writer gave an answer, saying the question under it', () => {
    // tdhopper's podcast transcript (review 34): each exchange has its own `###` title.
    const podcast = [
      '# The Evolution of AI Agents',
      '',
      '## Transcript',
      '',
      '**Tim:** Welcome to the show. What do you work on these days?',
      '',
      '**Ben:** I build measurement tools for companies that adopt AI agents across their engineering teams.',
      '',
      '### Measuring AI Impact on Productivity',
      '',
      '**Tim:** Are AI agents making developers more efficient?',
      '',
      '**Ben:** Published papers seemingly contradict each other, and most measure lines of code rather than outcomes.',
      '',
      '**Tim:** And what about the teams you work with?',
      '',
      '**Ben:** Teams that track cycle time see real gains within a quarter of adopting agents.',
    ].join('\n')
    const { tree } = deck(podcast)
    const titles = slidesOf(tree).map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Measuring AI Impact on Productivity')
    expect(titles).not.toContain('Are AI agents making developers more efficient?')
    // (A question further on still titles its answer; the one under the writer's title is said in the notes.)
    expect(titles).toContain('What about the teams you work with?')
    expect(text(tree)).toContain('Are AI agents making developers more efficient?')
  })

  it('should print every label before its turn in the notes, acknowledgements included', () => {
    const notes = selectAll('aside.notes p', deck(rust).tree).map((paragraph) => text(paragraph))
    expect(notes.sort()).toEqual(
      [
        'Xander Cesari: Could you give me an overview of the responsibility of the Infra Team?',
        'Jan David Nose: Sure.',
        "Jan David Nose: We'll probably never remove a lot of targets, so there's an interesting challenge to think about.",
        'Xander Cesari: Gotcha.',
        'Jan David Nose: 100%.',
        'Xander Cesari: Is there some HIL (Hardware-In-the-Loop) lab somewhere?',
        "Jan David Nose: So far we've used very little hardware beyond what GitHub provides.",
      ].sort(),
    )
    expect(select('aside.notes strong.lectern-speaker', deck(rust).tree)).toBeDefined()
  })

  it('should read `Name : **question**` and `**Name** : answer` alike: no label on a slide, the question as the title', () => {
    const { tree } = deck(algolia)
    const shown = selectAll('.lectern-points li', tree).map((item) => text(item))
    expect(shown.join(' | ')).not.toMatch(/Frank|Vincent Voyer|Même chose|Comment/)
    const titles = slidesOf(tree).map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Comment définirais-tu l’activité d’Algolia ?')
    expect(titles).toContain('Et la suite ?')
    const notes = selectAll('aside.notes', tree)
      .map((each) => text(each))
      .join(' ')
    expect(notes).toMatch(/Frank: Comment définirais-tu/)
    expect(notes).toMatch(/Vincent Voyer: Même chose\./)
  })

  it('should leave a run-in label that is not a conversation as written', () => {
    const article =
      '# T\n\n## S\n\n**Note**: the server restarts at night.\n\n**Update**: it no longer does since March.\n\n**Note**: logs rotate weekly.'
    expect(selectAll('aside.notes p', deck(article).tree).map((paragraph) => text(paragraph))[0]).toBe(
      'Note: the server restarts at night.',
    )
    expect(select('strong.lectern-speaker', deck(article).tree)).toBeUndefined()
    expect(points('# T\n\n## S\n\nAlice: hello there, how do you do?\n\nBob: fine thanks, and you?')).toHaveLength(2)
  })

  it('should take the label off a question set whole in bold, and pass over a speaker named once in full before their initials', () => {
    // As 18F's interview with Amanda Weaver writes its turns.
    const article = [
      '# Thinking about the future of the post office',
      '',
      '**Melody Kramer: You work with a research group at the Postal Service. Can you describe some of your projects?**',
      '',
      '**Amanda Weaver:** We are a small research group generating strategic ideas for the efficiency of USPS.',
      '',
      '**MK: How has same-day delivery from internet retailers impacted your business?**',
      '',
      '**AW:** Retailers want to cater to the instant gratification from impulsive purchasing.',
      '',
      '**MK: How many people do you work with?**',
      '',
      '**AW:** There are about 30 of us, and the team keeps growing every single year.',
      '',
    ].join('\n')
    const { tree } = deck(article)
    const titles = selectAll('h2', tree).map((heading) => text(heading))
    expect(titles).toContain('How has same-day delivery from internet retailers impacted your business?')
    expect(titles).toContain('How many people do you work with?')
    const shown = selectAll('.lectern-points li, h2', tree).map((node) => text(node))
    for (const line of shown) expect(line).not.toMatch(/^(MK|AW|Melody Kramer|Amanda Weaver):/)
    const notes = selectAll('aside.notes p', tree).map((p) => text(p))
    expect(notes).toContain('MK: How many people do you work with?')
  })

  it('should title an answer with the question after a long lead-in, or with the point of a prompt that asks nothing, never the talk’s title (cont.)', () => {
    // As 18F's interview with Amanda Weaver: a remark, a colon, then the question; and a prompt without a question mark.
    const article = [
      '# Thinking about the future of the post office',
      '',
      '**MK: How has same-day delivery from internet retailers impacted your business?**',
      '',
      '**AW:** Retailers want to cater to the instant gratification from impulsive purchasing.',
      '',
      '**MK: Jumping to a different white paper I read about the long chains of suppliers that feed every regional sorting plant: How might 3D printing disrupt logistics, and how is the post office thinking about that?**',
      '',
      '**AW:** We think there is a $500 million opportunity in new parcels shipped from local printers.',
      '',
      '**MK: I am really interested by the idea of sensors on postal vehicles. I am wondering if you could talk about how they measure road conditions across every county.**',
      '',
      '**AW:** Carriers drive every road six days a week, so the sensors would map potholes for the cities.',
      '',
    ].join('\n')
    const { tree } = deck(article)
    const slides = slidesOf(tree).slice(1)
    const titles = slides.map((slide) => text(select('h2', slide)))
    expect(titles).toContain('How might 3D printing disrupt logistics, and how is the post office thinking about that?')
    expect(titles.filter((title) => title.includes('(cont.)') || title.startsWith('Thinking about'))).toEqual([])
    const printing = slides.find((slide) => text(select('h2', slide)).startsWith('How might 3D printing'))!
    expect(text(select('.lectern-points', printing))).toContain('$500 million opportunity')
    // The interviewer's words are the title or the notes, never a bullet.
    for (const slide of slides) expect(text(select('.lectern-points', slide))).not.toMatch(/Jumping|really interested|wondering/)
  })
  it('should title an answer by the role of who asks, "Question", where a question named so asks nothing short enough', () => {
    // (A talk's transcript with its audience's questions, review 108: "My question is I'm belonging to northeast part of India".)
    const article = [
      '# Maps and delimitation',
      '',
      '## Talk',
      '',
      'The talk itself says how to join two maps of different boundaries.',
      '',
      "**Question**: So my question is, basically, I'm belonging to northeast part of India. So I'm from Assam. So what happened in terms of the documentation for this geographic data, which is always kept in a sort of register, so how we use that image processing and all like to enable those things into a more of a like a public space?",
      '',
      '**Answer**: There are broadly three ways in which you can get this kind of data out. The first is to ask the survey office for its shape files.',
      '',
      '**Question**: Is there an official source of shape files?',
      '',
      '**Answer**: The official place is the Survey of India, though buying from it is hard.',
      '',
    ].join('\n')
    const titles = slidesOf(deck(article).tree)
      .slice(1)
      .map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Question')
    expect(titles).toContain('Is there an official source of shape files?')
    expect(titles.join(' ')).not.toMatch(/My question is|belonging/)
  })

  it('should read a question followed by a smiley or a remark in brackets as a question, and a turn that goes on to its question in a paragraph more as the interviewer’s', () => {
    // (AkitaOnRails's 2008 interview with Hal Fulton: `**Name:**` turns, no headings.)
    const article = [
      '# Chatting with Hal Fulton',
      '',
      '**AkitaOnRails:** How did you come to find Ruby and what was it that clicked for you about the language?',
      '',
      '**Hal:** I was on a contract at IBM in Austin in the fall of 1999, and a friend told me about Ruby.',
      '',
      '**AkitaOnRails:** By the way, are you already writing a new edition? :-)',
      '',
      "**Hal:** I'm not, and I can't see ahead that far. But wait six or seven months for a little surprise.",
      '',
      '**AkitaOnRails:** In the light of the current Zed episode, he said a lot of things specifically against the Pickaxe book.',
      '',
      'I personally learned most of my Ruby reading the Rails source code at first. What do you think about this? (meaning, about the Zed episode in general)',
      '',
      "**Hal:** As for Zed, I won't take any sides in that discussion. Metaprogramming can be misused, like any tool.",
      '',
    ].join('\n')
    const { tree } = deck(article)
    const slides = slidesOf(tree).slice(1)
    const titles = slides.map((slide) => text(select('h2', slide)))
    expect(titles).toContain('By the way, are you already writing a new edition?')
    expect(titles).toContain('What do you think about this?')
    const shown = slides.map((slide) => text(select('.lectern-points', slide))).join(' | ')
    expect(shown).not.toMatch(/new edition|learned most of my Ruby|:-\)/)
    // (Said in the notes all the same.)
    const notes = selectAll('aside.notes p', tree).map((p) => text(p))
    expect(notes.some((note) => note.startsWith('I personally learned most of my Ruby'))).toBe(true)
  })
})
