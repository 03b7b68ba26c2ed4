import { describe, expect, it } from 'vitest'
import { renderedDeck, selectAll, text } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 118) found wrong on their slides. Each case is written from
 * the article's own words.
 */

const deck = renderedDeck

/** The points and lead-ins the deck shows, in order, a lead-in marked with "lead: ". */
function shown(markdown: string): string[] {
  return selectAll('.lectern-points li', deck(markdown).tree).map(
    (item) => `${String(item.properties.className ?? '').includes('lectern-lead-in') ? 'lead: ' : ''}${text(item)}`,
  )
}

describe('review 118', () => {
  it('should set a short line that says who does what to the items over them, not leave the list under the point before', () => {
    const lines = shown(
      [
        '# Incident',
        '',
        '## Next up',
        '',
        'By default, portalled IRC rooms were already set with `joined` history visibility, which kept them out of the archive.',
        '',
        "We're investigating:",
        '',
        '- Making it clear in the archive UI why a given room is world readable',
        '- Renaming the archive',
        '- Avoiding bots ever joining rooms on behalf of the system',
        '',
      ].join('\n'),
    )
    expect(lines).toContain("lead: We're investigating:")
  })

  it('should set a line that supposes the items over them, below the point of its paragraph', () => {
    const lines = shown(
      [
        '# Time',
        '',
        '## Hybrid logical clock',
        '',
        'A hybrid logical clock is another way to keep time in distributed systems.',
        '',
        'HLC can only read time from NTP, but it won’t change it. HLC contains two parts: physical clock + logical clock. For example, assuming:',
        '',
        '- `pt`: the physical time',
        '- `l`: the maximum of `pt` information learned so far',
        '- `c`: the logical clock',
        '',
        'To compare the order of two events, we first check their `l` time.',
        '',
      ].join('\n'),
    )
    expect(lines).toContain('lead: For example, assuming:')
    expect(lines[lines.indexOf('lead: For example, assuming:') - 1]).toMatch(/^HLC contains two parts/)
  })

  it('should show below a point cut from the sentence that leads into a list the clause that does, so the list keeps its meaning', () => {
    const lines = shown(
      [
        '# Time',
        '',
        '## Timestamp oracle',
        '',
        'The timestamp oracle hands out timestamps from one place in the cluster, which keeps them in order.',
        '',
        'Using TSO to allocate timestamp is simple, but it has the following disadvantages:',
        '',
        '1. Single point of failure',
        '2. Network latency',
        '',
        '## Matchers',
        '',
        'Jest ships many matchers for numbers, strings and objects in every release.',
        '',
        'Some matchers make the cut into core, and Jest 23 adds:',
        '',
        '- `toBeCalledWith` for the calls of a mock',
        '- `toHaveBeenNthCalledWith` for one of them',
        '',
      ].join('\n'),
    )
    expect(lines).toContain('lead: But it has the following disadvantages:')
    expect(lines).toContain('lead: Jest 23 adds:')
  })
})
