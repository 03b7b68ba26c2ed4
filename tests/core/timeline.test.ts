import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { isTimeHeading } from '../../src/core/timeline.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

function slides(markdown: string) {
  return slidesOf(parseDeck(renderDeck(markdown).html))
}

const entry = (time: string, words: string) => `### ${time}\n\n${words}\n`

const postmortem = [
  '# The day the builds stopped',
  '',
  '## Summary',
  '',
  'A full disk on the cache server stopped every build for two hours on a Tuesday afternoon.',
  '',
  '## Timeline',
  '',
  entry('Feb 20 2024 14:17', 'The nightly release job starts and fills the cache volume faster than usual.'),
  entry('14:55', 'Builds begin to fail with write errors. The on-call engineer is paged by the alerting system.'),
  entry('15:05', 'The engineer finds the cache volume full and starts deleting old build artefacts.'),
  '### 15:20',
  '',
  '- old artefacts deleted',
  '- cache server restarted',
  '',
  entry('15:32', 'The builds pass again, and the backlog of queued jobs drains within an hour.'),
  '## Lessons',
  '',
  'A disk that fills in an hour needs an alert long before it is full, not when it is.',
].join('\n')

describe('a timeline of time headings', () => {
  it('should make its entries points of the section, each opening with its time, not a slide for each', () => {
    const found = slides(postmortem)
    const timeline = found.filter((slide) => text(select('h2', slide)).startsWith('Timeline'))
    expect(timeline.length).toBeGreaterThan(0)
    expect(timeline.length).toBeLessThanOrEqual(2)
    expect(found.some((slide) => /^(\d\d:\d\d|Feb 20)/.test(text(select('h2', slide))))).toBe(false)
    const points = timeline.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))
    expect(points.find((point) => point.startsWith('14:55 '))).toMatch(
      /^14:55 (Builds begin to fail with write errors|The on-call engineer is paged)/,
    )
    expect(points.some((point) => point.startsWith('15:32 The builds pass again'))).toBe(true)
    expect(selectAll('.lectern-points > li > strong', timeline[0]).map(text)[0]).toBe('Feb 20 2024 14:17')
    // Every time is said in the notes, the list's too.
    const notes = timeline.map((slide) => text(select('aside.notes', slide))).join(' ')
    for (const time of ['Feb 20 2024 14:17', '14:55', '15:05', '15:20', '15:32']) expect(notes).toContain(time)
  })

  it('should give every entry a point, as its own section would get, even one that says "again" or opens in lower case', () => {
    const found = slides(
      [
        '# T',
        '',
        '## Timeline',
        '',
        entry('18:22', 'pycurl PR is reverted due to suspicion that it caused Service Unavailable errors.'),
        entry('18:30', 'to help recover, user pods older than one hour are deleted'),
        entry('18:40', 'Launch success rate is back to 100% after an hour of total downtime and four hours of diminished capacity.'),
        entry('19:00', 'JupyterLab pods once again reach the 300 user limit. Things seem to behave as intended at this point.'),
      ].join('\n'),
    )
    const points = found.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))
    expect(points.map((point) => point.slice(0, 5))).toEqual(['18:22', '18:30', '18:40', '19:00'])
    expect(points[0]).toMatch(/^18:22 pycurl PR is reverted/)
    expect(points[1]).toMatch(/^18:30 To help recover/)
    expect(points[3]).toMatch(/^19:00 JupyterLab pods once again reach the 300 user limit$/)
  })

  it('should keep time headings sections when there are only two, or when they are the talk’s sections', () => {
    const two = slides(['# T', '', '## Timeline', '', entry('14:55', 'Builds fail.'), entry('15:05', 'Builds pass again.')].join('\n'))
    expect(two.map((slide) => text(select('h2', slide)))).toEqual(expect.arrayContaining([expect.stringMatching(/14:55/)]))
    const top = slides(['# T', '', '## 09:00', '', 'Doors open.', '', '## 09:30', '', 'Keynote.', '', '## 10:30', '', 'Coffee.'].join('\n'))
    expect(top.map((slide) => text(select('h2', slide)))).toEqual(expect.arrayContaining(['09:00', '09:30', '10:30']))
  })

  it('should tell a time from other headings with a colon or numbers', () => {
    for (const time of ['14:55', '17:00-18:00', 'Feb 21, 13:00', '2X:XX (not sure exact time)', '07:13 UTC', '22:52 (maybe earlier?)'])
      expect(isTimeHeading(time), time).toBe(true)
    for (const other of [
      'Step 1: install',
      'Python 3.12: what changed',
      'Ratio 16:9 displays',
      'Genesis 1:1 and the history of the text in print',
    ])
      expect(isTimeHeading(other), other).toBe(false)
  })
})

const bold = [
  '## Timeline',
  '',
  'On Monday an engineer started setting up several database servers in our staging environment. The plan was to try out a connection pooler and see if it could reduce the load on our database.',
  '',
  '**± 17:20 UTC:** before starting, the engineer takes a snapshot of the production database and loads it into staging. This was necessary to keep the staging data up to date, allowing for more accurate load testing. This normally happens once every day, but the engineer wanted a newer copy.',
  '',
  '**± 19:00 UTC:** the site starts seeing more database load, which we suspected was spam. In the week before, the site had suffered from similar problems, but not this bad. Many users could not post comments. Getting the load under control took several hours.',
  '',
  "Later we found that part of the load came from a background job removing an employee's account and its data. The account had been flagged for abuse by accident. More about this problem is in the issue on removing users.",
  '',
  "**± 23:00 UTC:** Due to the load, the replica's replication started to lag behind. The replication failed because the segments the replica needed were already removed from the primary. The replica had to be synchronised again by hand, which takes several hours. The engineer began the procedure and watched it closely.",
  '',
  "**± 23:30 UTC:** The engineer wiped the data directory, thinking it was the replica's. It was the primary's. About 300 GB of data had been removed before the command was stopped. The site went down for maintenance right away, and the team started to look for a backup.",
]

describe('times set in bold before their paragraphs', () => {
  it('should title a slide with them in the order they come, a time without a point first', () => {
    // (GitLab's database outage postmortem, review 88, titled its slide "Timeline: ± 19:00 UTC, ± 17:20 UTC".)
    const markdown = ['# T', '', ...bold].join('\n')
    const titles = slides(markdown).map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Timeline: ± 17:20 UTC, ± 19:00 UTC')
    expect(titles.join('|')).not.toMatch(/19:00 UTC, ± 17:20/)
  })
})

describe('a transcript that marks where the recording has got to', () => {
  const paragraph = (time: string, words: string) => `${time} ${words}\n`
  const transcript = (first: string) =>
    [
      '# Caching in five minutes',
      '',
      paragraph(first, 'Hi, I am Ana, and this talk is about caching in front of a slow database.'),
      paragraph('00:47', 'A cache keeps the answers to frequent questions close to the code that asks them.'),
      paragraph('01:36', 'Every cache needs a rule for when its answers are too old to give out.'),
      paragraph('02:32', 'Measure the hit rate first, because a cache nobody hits only costs memory.'),
    ].join('\n')

  it('should leave the times out of the points and keep them in the notes', () => {
    const found = slides(transcript('00:01'))
    const points = found.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))
    expect(points.length).toBeGreaterThan(0)
    for (const point of points) expect(point).not.toMatch(/^\d/)
    expect(points.some((point) => point.startsWith('A cache keeps the answers'))).toBe(true)
    const notes = found.flatMap((slide) => selectAll('aside.notes p', slide).map(text)).join(' ')
    expect(notes).toContain('00:47 A cache keeps the answers')
  })

  it('should keep a clock time that opens a point of the day’s events', () => {
    const found = slides(transcript('14:01').replace('00:47', '14:47').replace('01:36', '15:36').replace('02:32', '16:32'))
    const points = found.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))
    expect(points.some((point) => /^14:47 /.test(point))).toBe(true)
  })
})
