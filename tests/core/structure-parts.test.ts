import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

function deck(markdown: string) {
  const tree = parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html)
  const groups = selectAll('section.lectern-group', tree).slice(1)
  return {
    groups,
    titles: groups.map((group) => selectAll(':scope > section', group).map((slide) => text(select('h2', slide)))),
    slides: slidesOf(tree).slice(1),
  }
}

const aspects = ['latency', 'throughput', 'pauses', 'budgets', 'pacing', 'tracing', 'arenas', 'barriers', 'sweeps', 'queues']

/** A run of paragraphs that all go on about one subject. */
function about(subject: string, count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `The ${subject} ${aspects[index % 10]} changed with ${aspects[(index + 5) % 10]}, and every ${subject} engineer checks the ${subject} metrics for ${aspects[(index + 7) % 10]}.`,
  ).join('\n\n')
}

describe('the parts of an article without headings', () => {
  it('should make each part after a thematic break a slide group titled by what it is about, not the talk’s title again', () => {
    const { titles } = deck(
      [
        '# Notes from a Year of Operations',
        'This year taught us more about running systems than the five before it.',
        '* * *',
        about('garbage collector', 4),
        '***',
        about('network scheduler', 4),
      ].join('\n\n'),
    )
    expect(titles).toHaveLength(3)
    expect(titles[0]).toEqual(['Notes from a Year of Operations'])
    expect(titles[1][0]).toMatch(/^Garbage collector/)
    expect(titles[2][0]).toMatch(/^Network scheduler/)
    for (const title of titles.slice(1).flat()) expect(title).not.toContain('Notes from a Year')
  })

  it('should make each topic of a long article without headings a slide group titled by its keyphrase alone', () => {
    const { titles } = deck(`# Operations\n\n${about('garbage collector', 12)}\n\n${about('network scheduler', 12)}`)
    expect(titles.length).toBeGreaterThanOrEqual(2)
    // The first topic opens the talk, as its introduction (review 41: the talk's title, hidden, then
    // "<title> (cont.)"); the next are named by what they are about.
    expect(titles[0][0]).toBe('Introduction')
    expect(titles.slice(1).some((run) => /^Network scheduler/.test(run[0]))).toBe(true)
    // Within a group, the slides after its first go on under its title.
    for (const run of titles) for (const title of run.slice(1)) expect(title).toBe(`${run[0]} (cont.)`)
    expect(
      titles
        .slice(1)
        .flat()
        .filter((title) => title.startsWith('Operations')),
    ).toHaveLength(0)
  })

  it('should not head an article without headings "Introduction" when no topic after its first is named', () => {
    // tests/fixtures/articles/sp-warming-stripes-science (and review 45's essay without headings):
    // every slide, the closing ones too, went under "Introduction (cont.)".
    const markdown = readFileSync(new URL('../fixtures/articles/sp-warming-stripes-science/index.md', import.meta.url), 'utf8')
    const titles = deck(markdown).titles.flat()
    expect(titles.length).toBeGreaterThan(2)
    expect(titles.filter((title) => title.startsWith('Introduction'))).toEqual([])
    expect(titles[0]).toBe('Creating the Warming Stripes in Matplotlib')
  })

  it('should read lines of bold alone as the headings of an article that has none', () => {
    // As a Kubernetes blog post pasted from a word processor: `**Future Work**` over its part.
    const { titles } = deck(
      [
        '# Dashboard 1.3',
        'The dashboard is a web interface for the cluster.',
        '**Full-Featured Dashboard**',
        'The dashboard now handles every workload resource, whatever its type.',
        '**Future Work**',
        'We have ambitious plans for the next few months, across many use cases.',
      ].join('\n\n'),
    )
    expect(titles.map((run) => run[0])).toEqual(['Full-Featured Dashboard', 'Future Work'])
  })

  it("should leave a heading's marks that the writer kept inside a bold line out of its title", () => {
    // (Tencent Music's migration post, review 85: its last slide was titled "# Links".)
    const { titles } = deck(
      [
        '# Doris',
        'We moved our analytics from one engine to another over a year.',
        '**Why we moved**',
        'The old engine cost too much to keep, and its storage grew every week.',
        '**# Links**',
        'The project is on GitHub, and its community talks on Slack every day.',
      ].join('\n\n'),
    )
    expect(titles.map((run) => run[0])).toEqual(['Why we moved', 'Links'])
    // (Not "**# of users**", where "#" says "number".)
    const counted = deck(
      [
        '# Growth',
        'We count our users every week and publish what we find.',
        '**Why we count**',
        'The numbers guide what we build next, and they tell us where people get stuck.',
        '**# of users**',
        'The count doubled this year, from ten thousand to twenty thousand people.',
      ].join('\n\n'),
    )
    expect(counted.titles.map((run) => run[0])).toEqual(['Why we count', '# of users'])
    const chinese = deck(
      [
        '# 指南',
        '我们先装好工具，然后写第一个程序。',
        '**# 安装**',
        '下载安装包，然后按照提示一步一步完成安装。',
        '**# 1. 配置**',
        '打开配置文件，写上项目的名字和版本。',
      ].join('\n\n'),
    )
    expect(chinese.titles.map((run) => run[0])).toEqual(['安装', '1. 配置'])
  })

  it('should read three lines or more of italics alone, capitalised as titles, as the headings of an article that has none', () => {
    // (Review 57: a database deep dive's "*Doing Reads*", "*The Big Picture*" came out as one long "(cont.)".)
    const parts = ['Compute Scale', 'Doing Reads', 'The Big Picture']
    const { titles } = deck(
      [
        '# Reads',
        'The database runs SQL and reads in layers.',
        ...parts.flatMap((part) => [`*${part}*`, `The ${part.toLowerCase()} part has its own words and its own claim here.`]),
      ].join('\n\n'),
    )
    expect(titles.map((run) => run[0])).toEqual(parts)
    // (Two, or one that is a sentence or an aside, stay paragraphs.)
    const few = deck(['# T', 'Intro words.', '*Update: fixed in 2.1*', 'Words of a part.', '*Note*', 'More words here.'].join('\n\n'))
    expect(few.titles.map((run) => run[0])).not.toContain('Note')
  })

  it('should keep a bold line that is a sentence, or one of a kind, a paragraph', () => {
    const one = deck('# T\n\nSome words to open.\n\n**Remember this**\n\nMore words here.\n')
    expect(one.titles.flat()).not.toContain('Remember this')
    const sentences = deck('# T\n\n**Read this first.**\n\nWords.\n\n**And then this:**\n\nMore words.\n')
    expect(sentences.titles.flat().every((title) => title === 'T')).toBe(true)
    // Two in a row are a list set in bold, also under a heading.
    const listed = deck('# T\n\n## Part\n\nIntro words.\n\n**One**\n\n**Two**\n\nMore words.\n')
    expect(listed.titles.flat()).toEqual(['Part'])
  })

  it('should read a list of bold questions over paragraphs of answer as parts titled by their questions', () => {
    const answer = (topic: string) =>
      `I started with ${topic} during my studies and kept at it for years afterwards. It taught me patience, and it showed me how much a small change can matter to people who depend on the work every day. I still think about that whenever I review a pull request from someone new.`
    const { titles, slides } = deck(
      [
        '# Interview with a maintainer',
        'Our guest maintains a statistics library.',
        ['statistics', 'open source', 'reviews']
          .map((topic, index) => `${index + 1}. __How did you come to ${topic}?__\n\n    ${answer(topic)}`)
          .join('\n\n'),
      ].join('\n\n'),
    )
    expect(titles.flat()).toEqual(['How did you come to statistics?', 'How did you come to open source?', 'How did you come to reviews?'])
    for (const slide of slides.slice(-3)) expect(selectAll('.lectern-points li', slide).map(text).join(' ')).not.toMatch(/How did you/)
    // A list of short lines, each a bold label over a line of its own, stays a list.
    const short = deck('# T\n\n## Part\n\nIntro words here.\n\n- __Fast__\n\n  It is fast.\n\n- __Small__\n\n  It is small.\n')
    expect(short.titles.flat()).toEqual(['Part'])
  })

  it('should read a bold line among bold questions that head an article’s parts as a part beside them', () => {
    // (Review 55: an essay's "**Coda**" after "**How would a progressive consumption tax work?**" came out as a part of that one.)
    const { groups, slides } = deck(
      [
        '# Tax',
        'Intro words about taxes and their design in modern economies today.',
        '**Why not personal income tax?**',
        'Income tax discourages saving, because the returns on saved money are taxed again every year.',
        '**How would a progressive consumption tax work?**',
        'A flat consumption tax can be made progressive with refunds that depend on the total spent.',
        '**Coda**',
        'Neither personal nor corporate income taxes make much sense for a growing economy.',
      ].join('\n\n'),
    )
    const coda = slides.find((slide) => text(select('h2', slide)) === 'Coda')
    expect(coda).toBeDefined()
    expect(select('.lectern-kicker', coda!)).toBeUndefined()
    expect(groups.length).toBeGreaterThanOrEqual(3)
  })

  it('should read lists of one short item, each over its paragraphs, as headings of the parts of a section', () => {
    // humans-learn-maths (review 41): "* Ritual 1: Learn to read and write proofs" over two paragraphs, then "* Ritual 2: …".
    const { slides } = deck(
      [
        '# Maths',
        '## How to learn',
        'To gain access to these tools, you must first perform several rituals.',
        '* Ritual 1: Learn to read and write proofs',
        'A proof is just an argument which is sufficiently detailed to convince the listener.',
        '* Ritual 2: Learn the language',
        'You need at least a passing familiarity with numbers, functions, sets and relations.',
        '## Where to start',
        'Start with the basics, as every learner of every subject does.',
        // (One alone is a list; so is one a paragraph ending in a colon introduces.)
        'A fourth tool joined them:',
        '* Computing',
        'It arranges inanimate systems to simulate abstract ones.',
      ].join('\n\n'),
    )
    const titles = slides.map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Ritual 1: Learn to read and write proofs')
    expect(titles).toContain('Ritual 2: Learn the language')
    expect(titles).not.toContain('Computing')
    expect(slides.flatMap((slide) => selectAll('ul:not(.lectern-points) li', slide)).map(text)).toEqual(['Computing'])
  })

  it('should make paragraphs that each open with a bullet typed as text the items of a list', () => {
    // matklad's Asciidoctor page (review 41): "* find_symbols.rs to extract symbols…" was a point, its "*" and all.
    const { slides } = deck(
      [
        '# Fall',
        '## UX',
        'Using fall, I implemented the feature for Rust in three small files:',
        '\\* [find_symbols.rs](https://example.org/a) to extract symbols from a single file, 21 lines.',
        '• [indxr.rs](https://example.org/b), a generic infra to watch files for changes, 155 lines.',
        '* * *',
        '\\* One starred sentence alone stays a paragraph of its own, said with its point.',
      ].join('\n\n'),
    )
    const items = slides.flatMap((slide) => selectAll('ul:not(.lectern-points) > li', slide)).map(text)
    expect(items).toEqual([
      'find_symbols.rs to extract symbols from a single file, 21 lines.',
      'indxr.rs, a generic infra to watch files for changes, 155 lines.',
    ])
  })

  it('should read a bold line alone under a heading as a heading of a part of its section', () => {
    // As a community report's lessons under one `##`: `**Open source workflow knowledge**` over its paragraph.
    const { slides } = deck(
      [
        '# Sprints',
        '## Lessons learned',
        'The sprints changed how people joined the project over the years.',
        '**Workflow knowledge**',
        'Users learn version control, testing and continuous integration at their first sprint.',
        '**Mentoring**  \nSprints alone do not onboard people, so mentoring relationships start at the events.',
      ].join('\n\n'),
    )
    const shown = slides.map((slide) => [text(select('h2', slide)), selectAll('.lectern-points li', slide).map(text)])
    expect(shown.find(([title]) => title === 'Workflow knowledge')?.[1]).toContain(
      'Users learn version control, testing and continuous integration at their first sprint',
    )
    // A bold label over its paragraph on the next line is the paragraph's label, not a word of its point.
    expect(shown.flatMap(([, points]) => points)).toContain('Sprints alone do not onboard people')
    expect(shown.flatMap(([, points]) => points).join(' ')).not.toMatch(/MentoringSprints|Workflow knowledge/)
  })
})
