import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

/** Render with every remote picture not loaded (an `--offline` build), as the node layer plans it. */
function offline(markdown: string) {
  const first = renderDeck(new VFile({ path: 'post.md', value: markdown }))
  const sources = new Map((first.file.data.assets ?? []).map((asset) => [asset.url, null]))
  const rendered = renderDeck(new VFile({ path: 'post.md', value: markdown }), {}, sources)
  const tree = parseDeck(rendered.html)
  const warnings = rendered.file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)
  return { assets: first.file.data.assets ?? [], tree, slides: slidesOf(tree), warnings }
}

describe('pictures in headings', () => {
  it('should leave a contributor’s avatar out of the slide title, the group title and the assets', () => {
    // Release notes' "thanks" sections (Gitea's, review5 release-gitea18), an avatar before each name,
    // as raw HTML and as markdown.
    const { assets, slides, warnings } = offline(
      [
        '# Release 1.8',
        '',
        '## Contributors',
        '',
        '### <img src="https://avatars.githubusercontent.com/u/1234567?v=4" width="32" height="32"> Lauris Bukšis-Haberkorns',
        '',
        'Lauris reviewed most of the pull requests in this release.',
        '',
        '### ![](https://avatars.githubusercontent.com/u/7654321?s=64) techknowlogick',
        '',
        'techknowlogick kept the continuous integration green.',
      ].join('\n'),
    )
    const titles = slides.map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Lauris Bukšis-Haberkorns')
    expect(titles).toContain('techknowlogick')
    expect(slides.map((slide) => slide.properties.dataLecternTitle)).toContain('Lauris Bukšis-Haberkorns')
    expect(slides.flatMap((slide) => selectAll('h2 .lectern-missing-image, h2 img, h2 p', slide))).toEqual([])
    expect(assets).toEqual([])
    // Not gone silently: a warning at each heading names the picture left out.
    expect(warnings.filter((warning) => warning.includes('left out of its slide'))).toEqual([
      "5:1: A picture in the heading “Lauris Bukšis-Haberkorns” left out of its slide's title: https://avatars.githubusercontent.com/u/1234567?v=4",
      "9:1: A picture in the heading “techknowlogick” left out of its slide's title: https://avatars.githubusercontent.com/u/7654321?s=64",
    ])
  })

  it('should keep a heading that is only a picture', () => {
    const { slides } = offline('# T\n\n## ![Kubernetes logo](https://example.com/k8s.svg)\n\nWords under the logo for the slide.\n')
    expect(selectAll('h2 .lectern-image-caption', slides[1]).map(text)).toEqual(['Kubernetes logo'])
  })
})

describe('a remote picture that is not loaded', () => {
  it('should be a caption line named by its alt text, else by a file name that says something, else by its host', () => {
    const { slides } = offline(
      [
        '# T',
        '',
        '## Architecture',
        '',
        '![Architecture of the new engine](https://example.com/img/arch.png)',
        '',
        '## Dashboard',
        '',
        '![](https://example.com/2023/05/old-design.png)',
        '',
        '## Photo',
        '',
        // An Unsplash hotlink, as blogs paste them: the file name is the photo's number.
        '![](https://images.unsplash.com/photo-1517694712202-14dd9538aa97?w=800)',
        '',
        '## Pasted',
        '',
        // A screenshot pasted into a GitHub comment gets "image" as its alt text; some posts number theirs.
        '![image](https://example.com/assets/request-flow.png)',
        '',
        '## Numbered',
        '',
        '![008](https://images.example.org/5f3a9c.png)',
        '',
        '## Placeholder',
        '',
        // An editor's placeholder left in (review 45: datacarpentry's survey post showed "alt text" twice).
        '![alt text](https://example.com/figures/change_in_programming_usage.png)',
        '',
        '## Stack Overflow',
        '',
        '![enter image description here](https://i.example.com/Wx1yZ.png)',
        '',
        '## Titled',
        '',
        // No alt text, a title that describes it (Trey Hunner's `<img title="Diagram showing…">`, review 46).
        '![](https://example.com/images/variable-diagram.svg "Diagram of two variables pointing at one list")',
      ].join('\n'),
    )
    expect(slides.slice(1).map((slide) => text(select('.lectern-image-caption', slide)))).toEqual([
      'Architecture of the new engine',
      'picture: old-design.png',
      'picture: images.unsplash.com',
      'picture: request-flow.png',
      'picture: images.example.org',
      'picture: change_in_programming_usage.png',
      'picture: Wx1yZ.png',
      'Diagram of two variables pointing at one list',
    ])
    expect(slides.flatMap((slide) => selectAll('.lectern-missing-image', slide))).toEqual([])
  })
})

describe('a picture that cannot be shown', () => {
  it('should not leave its section without a point: its caption line says nothing of the section', () => {
    for (const picture of ['<img src="https://example.com/bride.jpg" alt="Bride"/>', '![Bride](https://example.com/bride.jpg)']) {
      const { slides } = offline(
        [
          '# Game jam results',
          '',
          '## Galactic Bride',
          '',
          picture,
          '',
          'You fight back against your own wedding guests, who have become the monsters of a bullet ballet.',
        ].join('\n'),
      )
      const bride = slides.find((slide) => text(select('h2', slide)) === 'Galactic Bride')
      expect(text(select('.lectern-image-caption', bride!))).toBe('Bride')
      expect(text(select('.lectern-points', bride!))).toMatch(/^You fight back against your own wedding guests/)
    }
  })

  it('should give a point to a setting the heading names under a deeper heading, past the picture', () => {
    const { slides } = offline(
      [
        '# Game jam results',
        '',
        '## Top ten',
        '',
        'Out of 88 games, these ten stood out for their use of open models.',
        '',
        '### Selection',
        '',
        'These are the games the judges liked best, in the order they were ranked.',
        '',
        '#### Expanding Universe',
        '',
        '<img src="https://example.com/universe.jpg" alt="Universe"/>',
        '',
        'In this sandbox gravity game, you create an expanding universe of planets.',
      ].join('\n'),
    )
    const points = slides.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))
    expect(points.join(' | ')).toMatch(/In this sandbox gravity game, you create an expanding universe/)
  })
})
