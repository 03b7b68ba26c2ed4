import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, selectAll, text } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 114, and round 111's Docusaurus tutorial) found wrong on their
 * slides. Each case is written from the article's own words.
 */

function deck(markdown: string, path = 'post.md') {
  const rendered = renderDeck(new VFile({ path, value: markdown }))
  return { ...rendered, tree: parseDeck(rendered.html) }
}

describe('review 114', () => {
  it("should show each of Docusaurus's tabs under its name, over its listing and opening its words", () => {
    const { tree, html } = deck(
      [
        "import TabItem from '@theme/TabItem';",
        '',
        '## Installing peer dependencies',
        '',
        '<FrameworkTabs>',
        "<TabItem value='expo'>",
        '',
        'In your project directory, run:',
        '',
        '```bash',
        'npx expo install react-native-reanimated',
        '```',
        '',
        '</TabItem>',
        "<TabItem value='community-cli' label={'Community CLI'}>",
        '',
        'In your project directory, run:',
        '',
        '```bash',
        'npm install react-native-reanimated',
        '```',
        '',
        '</TabItem>',
        '</FrameworkTabs>',
        '',
        '## Install',
        '',
        '<Tabs>',
        '  <TabItem value="npm" label="npm" default>',
        '',
        '```bash',
        'npm install -g mytool',
        '```',
        '',
        '  </TabItem>',
        '  <TabItem value="yarn" label="Yarn">',
        '',
        '```bash',
        'yarn global add mytool',
        '```',
        '',
        '  </TabItem>',
        '</Tabs>',
      ].join('\n'),
      'post.mdx',
    )
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual([
      'expo: In your project directory, run:',
      'Community CLI: In your project directory, run:',
      'npm:',
      'Yarn:',
    ])
    expect(html).not.toContain('TabItem')
  })
})
