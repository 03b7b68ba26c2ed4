import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { imageType } from '../../src/node/download-image.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

const article = [
  '# T',
  '',
  '## Pictures',
  '',
  '![A red square](red.png)',
  '',
  '![Growth chart](chart.png "Growth")',
  '',
  '![][logo] and ![](https://example.com/remote.png)',
  '',
  '[logo]: gone/logo.svg',
  '',
].join('\n')

function deck(images?: Map<string, string | null>) {
  const rendered = renderDeck(new VFile({ path: 'talk.md', value: article }), {}, images)
  return { ...rendered, tree: parseDeck(rendered.html) }
}

describe('images', () => {
  it('should list every image the article uses, local and remote, with its line and alt text', () => {
    const { file } = deck()
    expect(file.data.assets?.map((asset) => [asset.url, asset.remote, asset.alt, asset.position?.start.line])).toEqual([
      ['red.png', false, 'A red square', 5],
      ['chart.png', false, 'Growth chart', 7],
      ['https://example.com/remote.png', true, undefined, 9],
      ['gone/logo.svg', false, undefined, 11],
    ])
  })

  it('should leave out a missing file of the article’s, and point the others at their copies', () => {
    const { tree } = deck(
      new Map([
        ['chart.png', null],
        ['gone/logo.svg', null],
        ['https://example.com/remote.png', 'remote-images/abc.png'],
      ]),
    )
    // "Growth chart" names the picture, it does not describe it; the logo has no alt text: no frame, no caption.
    expect(selectAll('.lectern-missing-image, .lectern-image-caption', tree)).toEqual([])
    expect(selectAll('img', tree).map((node) => node.properties.src)).toEqual(['red.png', 'remote-images/abc.png'])
  })

  it('should show a missing file’s alt text as a caption line when it says what the picture shows', () => {
    const source = [
      '# T',
      '',
      '## Results',
      '',
      'We measured the build on three machines and the cache halved the time on each of them.',
      '',
      '![A bar chart of build times before and after the cache, per machine](charts/build-times.png)',
      '',
      '<p><img src="../outside/flow.svg" alt="The data flow from the parser to the renderer"></p>',
      '',
      '<img src="figs/gone.png" alt="x">',
    ].join('\n')
    const sources = new Map<string, string | null>([
      ['charts/build-times.png', null],
      ['../outside/flow.svg', null],
      ['figs/gone.png', null],
    ])
    const tree = parseDeck(renderDeck(new VFile({ path: 'talk.md', value: source }), {}, sources).html)
    const [slide] = slidesOf(tree).slice(1)
    expect(selectAll('.lectern-image-caption', slide).map((node) => text(node))).toEqual([
      'A bar chart of build times before and after the cache, per machine',
      'The data flow from the parser to the renderer',
    ])
    expect(selectAll('.lectern-missing-image, img', tree)).toEqual([])
    expect(text(select('.lectern-points', slide))).toMatch(/three machines/)
  })

  it("should not run a raw-HTML picture's caption into the words after it, in the notes", () => {
    // (Haiku's FOSDEM recap, review 53: "…booth with the full teamsSo, I just arrived…".)
    const source =
      '# T\n\n## Booth\n\n<img src="gone.png" alt="The Haiku booth with the full team">So, I just arrived from Brussels back home after a long weekend.\n'
    const tree = parseDeck(renderDeck(new VFile({ path: 'talk.md', value: source }), {}, new Map([['gone.png', null]])).html)
    expect(
      selectAll('aside.notes', tree)
        .map((node) => text(node))
        .join(' '),
    ).toMatch(/full team\s+So, I just arrived/)
  })

  it('should caption a missing picture by its title where its alt text is only its file name, and say the title in the notes', () => {
    const source =
      '# T\n\n## Move\n\n![dc2_dc5](/img/dc2_dc5.png "Migration from DC2 to DC5")\n\n![Screen_Shot-2019](shot.png "The racks in DC5")\n'
    const sources = new Map<string, string | null>([
      ['/img/dc2_dc5.png', null],
      ['shot.png', null],
    ])
    const tree = parseDeck(renderDeck(new VFile({ path: 'talk.md', value: source }), {}, sources).html)
    expect(selectAll('.lectern-image-caption', tree).map((node) => text(node))).toEqual(['Migration from DC2 to DC5', 'The racks in DC5'])
    const shown = parseDeck(renderDeck(source).html)
    expect(selectAll('aside.notes p', shown).map((node) => text(node))).toEqual([
      'Image: Migration from DC2 to DC5',
      'Image: The racks in DC5',
    ])
  })

  it('should keep a missing picture’s quantity as its caption ("12700 commits"), not a bare label ("screenshot 2")', () => {
    // A French migration retrospective's GitHub stats picture, and a tutorial's numbered screenshot.
    const source = [
      '# T',
      '',
      '## Les gains de cette migration',
      '',
      'Plus de 20 nouvelles fonctionnalités ont vu le jour pendant la migration.',
      '',
      '![12700 commits](/assets/images/github_stats.png)',
      '',
      '![screenshot 2](img/step2.png)',
    ].join('\n')
    const sources = new Map<string, string | null>([
      ['/assets/images/github_stats.png', null],
      ['img/step2.png', null],
    ])
    const tree = parseDeck(renderDeck(new VFile({ path: 'talk.md', value: source }), {}, sources).html)
    expect(selectAll('.lectern-image-caption', tree).map((node) => text(node))).toEqual(['12700 commits'])
  })

  it('should show a remote picture the build did not fetch as a caption line, no frame', () => {
    const { tree } = deck(new Map([['https://example.com/remote.png', null]]))
    expect(selectAll('.lectern-missing-image', tree)).toEqual([])
    expect(selectAll('.lectern-image-caption', tree).map((node) => text(node))).toEqual(['picture: remote.png'])
    // (Review 63: an alt text that is the file's name, "bubble.png", alone on the slide.)
    const named = parseDeck(
      renderDeck(
        new VFile({ path: 'talk.md', value: '# T\n\n## S\n\nBubbles rise.\n\n![bubble.png](https://example.com/img/bubble.png)\n' }),
        {},
        new Map([['https://example.com/img/bubble.png', null]]),
      ).html,
    )
    expect(selectAll('.lectern-image-caption', named).map((node) => text(node))).toEqual(['picture: bubble.png'])
    // (Review 65: Medium's "0*cdLiZr0inwfISToY.jpg" names nothing; its host says where it lives.)
    const medium = 'https://cdn-images-1.medium.com/max/800/0*cdLiZr0inwfISToY.jpg'
    const token = parseDeck(
      renderDeck(new VFile({ path: 'talk.md', value: `# T\n\n## S\n\nBubbles rise.\n\n![](${medium})\n` }), {}, new Map([[medium, null]]))
        .html,
    )
    expect(selectAll('.lectern-image-caption', token).map((node) => text(node))).toEqual(['picture: cdn-images-1.medium.com'])
    // (Review 83: Alipay's CDN, "picture: A*NtDHQ78grjoAAAAAAAAAAAAAARQnAQ" on a slide of SOFAStack's post.)
    const alipay = 'https://gw.alipayobjects.com/mdn/rms_1c90e8/afts/img/A*NtDHQ78grjoAAAAAAAAAAAAAARQnAQ'
    const padded = parseDeck(
      renderDeck(
        new VFile({ path: 'talk.md', value: `# T\n\n## S\n\nBubbles rise.\n\n![img](${alipay})\n` }),
        {},
        new Map([[alipay, null]]),
      ).html,
    )
    expect(selectAll('.lectern-image-caption', padded).map((node) => text(node))).toEqual(['picture: gw.alipayobjects.com'])
  })

  it('should name a remote picture not fetched by its host, not by a generated token in its address', () => {
    // (The Ember 1.0 post, seen in review: "picture: TGLbr4UoyLq…=s1280-h800-e365-rw" on the slide.)
    const photo =
      'https://lh6.googleusercontent.com/TGLbr4UoyLqBNvZACqghquEMo5bVWWrlA8f_UkCf4F5etIcqNM0HcBLVRRCQHHLWwBilJbznxrk=s1280-h800-e365-rw'
    const source = `# Talk\n\n## Tools\n\nThe inspector shows every route.\n\n![](${photo})\n\n![](https://example.com/ArchitectureDiagram2024.png)\n`
    const tree = parseDeck(
      renderDeck(
        new VFile({ path: 'talk.md', value: source }),
        {},
        new Map([
          [photo, null],
          ['https://example.com/ArchitectureDiagram2024.png', null],
        ]),
      ).html,
    )
    expect(selectAll('.lectern-image-caption', tree).map((node) => text(node))).toEqual([
      'picture: lh6.googleusercontent.com',
      'picture: ArchitectureDiagram2024.png',
    ])
  })

  it('should put each image’s alt text in its slide’s notes', () => {
    const { tree } = deck(new Map([['chart.png', null]]))
    const notes = selectAll('aside.notes', tree)
      .map((node) => text(node))
      .join(' ')
    expect(notes).toContain('Image: A red square')
    expect(select('aside.notes img, aside.notes .lectern-missing-image', tree)).toBeUndefined()
  })

  // Variance Explained's Trump tweets post (review 37) put "Image: center" in the notes seven times;
  // a Discourse post "Image: region|690x345".
  it('should say no alt text in the notes that only places or sizes the picture', () => {
    const rendered = renderDeck(
      new VFile({
        path: 'talk.md',
        value:
          '# Talk\n\n## Charts\n\nThe share of tweets from Android rose.\n\n![center](figs/share.svg)\n\n![region|690x345](figs/region.png)\n',
      }),
    )
    const notes = selectAll('aside.notes', parseDeck(rendered.html))
      .map((node) => text(node))
      .join(' ')
    expect(notes).not.toContain('Image: center')
    expect(notes).toContain('Image: region')
    expect(notes).not.toContain('690x345')
  })
})

describe('a picture with a line break and a short line under it, in one paragraph', () => {
  const blog = [
    '# Dropdowns',
    '',
    '![Red leaves](/blog/leaves.webp)<br>',
    '',
    'Dropdowns are a way to constrain the input of a cell to a set of values in a spreadsheet.',
    '',
    '## The basic dropdown',
    '',
    'A dropdown takes its data from a list of values specified by a range of cells.',
    '',
    '![The data validation dialog](/blog/menu.webp)<br>',
    'Data Validation Menu',
    '',
  ].join('\n')
  const { html } = renderDeck(new VFile({ path: 'talk.md', value: blog }))
  const tree = parseDeck(html)
  const slides = slidesOf(tree)

  it('should show the picture as a picture slide, leaving no empty paragraph in the notes', () => {
    expect(slides[1].properties.className).toContain('lectern-image')
    for (const paragraph of selectAll('aside.notes p', tree)) expect(text(paragraph)).not.toBe('')
  })

  it('should say the line under the picture as its caption, in the notes, never as a point', () => {
    const last = slides.at(-1)!
    expect(selectAll('.lectern-points li', last).map((item) => text(item))).toEqual(['A dropdown takes its data from a list of values'])
    expect(text(select('aside.notes', last))).toContain('Data Validation Menu')
  })
})

describe('figure captions', () => {
  it('should keep an italic or small caption line with its picture, in that slide’s notes, never as a point', () => {
    const prose = (topic: string) =>
      Array.from({ length: 3 }, (_, index) => `The ${topic} result number ${index} held across every region we measured this year.`).join(
        '\n\n',
      )
    const markdown = [
      '# T',
      '## Results',
      prose('latency'),
      '![Latency histogram](hist.png)',
      '_Figure 1: the latency histogram of the slow tail, in milliseconds, after the change._',
      prose('throughput'),
      '![Regions](regions.png)\n*The second plot shows the regions. Each bar is one of them.*',
      prose('cost'),
      '![Costs](costs.png)',
      '<small>Costs per region, in dollars a month.</small>',
      prose('rollout'),
    ].join('\n\n')
    const slides = slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html))
    for (const [alt, caption] of [
      ['Latency histogram', 'Figure 1: the latency histogram'],
      ['Regions', 'The second plot shows the regions'],
      ['Costs', 'Costs per region'],
    ]) {
      const slide = slides.find((each) => selectAll('img', each).some((img) => img.properties.alt === alt))!
      expect(text(select('aside.notes', slide))).toContain(caption)
      expect(selectAll('.lectern-points li', slide).map(text).join(' ')).not.toContain(caption)
    }
    expect(
      selectAll('.lectern-points li', parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html)).map(text),
    ).not.toContain('The second plot shows the regions')
  })
})

describe('imageType', () => {
  it('should tell images by their first bytes, whatever their name', () => {
    expect(imageType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('png')
    expect(imageType(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('jpg')
    expect(imageType(Buffer.from('GIF89a\x01\x00'))).toBe('gif')
    expect(imageType(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('webp')
    expect(imageType(Buffer.from('<?xml version="1.0"?>\n<!-- x -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg')
    expect(imageType(Buffer.from('<!DOCTYPE html><html><body>Not found</body></html>'))).toBeUndefined()
    expect(imageType(Buffer.from('{"error": "no"}'))).toBeUndefined()
  })
})

describe('pictures in raw HTML', () => {
  const page =
    '# T\n\n## Users\n\n<table>\n  <tr>\n    <td><img src="https://example.com/a.png" alt="Logo A" /></td>\n    <td><img src=\'shots/b.png\'></td>\n  </tr>\n</table>\n'

  it('should be images the build ships, at the line of their HTML', () => {
    const { file } = renderDeck(new VFile({ path: 'post.md', value: page }))
    expect(file.data.assets?.map(({ url, remote, alt, position }) => [url, remote, alt, position?.start.line])).toEqual([
      ['https://example.com/a.png', true, 'Logo A', 5],
      ['shots/b.png', false, undefined, 5],
    ])
  })

  it('should point at the deck’s copies, or show placeholders, never a remote address', () => {
    const sources = new Map([
      ['https://example.com/a.png', 'assets/images/a-1234.png'],
      ['shots/b.png', null],
    ])
    const { html } = renderDeck(new VFile({ path: 'post.md', value: page }), {}, sources)
    const tree = parseDeck(html)
    expect(selectAll('img', tree).map((image) => image.properties.src)).toEqual(['assets/images/a-1234.png'])
    // A missing file of the article's with no alt text is left out.
    expect(select('.lectern-missing-image', tree)).toBeUndefined()
    expect(html).not.toMatch(/b\.png/)
  })
})

describe('videos in raw HTML', () => {
  it('should be framed placeholders naming them, loading nothing', () => {
    const article =
      '# T\n\n## Demo\n\n<video controls>\n  <source src="clips/demo.webm" type="video/webm">\n</video>\n\n<video autoplay muted src="https://example.com/run.mp4" poster="https://example.com/p.jpg"></video>\n'
    const html = renderDeck(new VFile({ path: 'post.md', value: article })).html
    expect(selectAll('.lectern-missing-image', parseDeck(html)).map((node) => text(node))).toEqual(['Video: demo.webm', 'Video: run.mp4'])
    expect(html).not.toMatch(/<video|<source|example\.com/)
  })
})

describe('pictures a build cannot show, and their captions', () => {
  it("should caption them without the display size after a bar, and not with an upload's hash", () => {
    // GuillaumeDesforges/nix-survey-analysis (review 34): a Discourse post's `upload://` pictures.
    const markdown = [
      '# Nix Survey',
      '',
      '![e74772af083ce1fbf7e82ddbdbae73d368671194|690x221](upload://yJcxsbtumBNbpu7OMlUmNkFBKrd.png)',
      '',
      '## Results',
      '',
      'Most respondents use Nix at <b>work</b>.',
      '',
      '![region|690x345](upload://h9TYmaBfqK9kImGnY9v1PnR6Rnc.png)',
      '',
      '![occupation|625x500, 100%](upload://x1.png)',
    ].join('\n')
    // (Raw HTML in the post: the sanitizer drops the `upload:` sources, and their alt texts stand in.)
    const tree = parseDeck(renderDeck(new VFile({ path: 'survey.md', value: markdown })).html)
    const captions = selectAll('.lectern-image-caption', tree).map(text)
    expect(captions).toEqual(['picture not loaded', 'region', 'occupation'])
    // (Without raw HTML in the post too: a picture whose address was removed is a caption, never a broken frame.)
    const plain = parseDeck(renderDeck(new VFile({ path: 'survey.md', value: markdown.replace('<b>work</b>', 'work') })).html)
    expect(selectAll('.lectern-image-caption', plain).map(text)).toEqual(['picture not loaded', 'region', 'occupation'])
    expect(selectAll('img', plain).filter((image) => !image.properties.src)).toEqual([])
  })

  it('should read a Liquid string as its path, and never show a picture whose address a template tag left empty', () => {
    // A Jekyll post (review 73): `![onboarding]({{"/assets/…/01.png"}})` showed four broken frames.
    const markdown = [
      '# Permissions',
      '',
      '## Onboarding',
      '',
      'New developers ask for access on their first day.',
      '',
      '![onboarding]({{"/assets/perm/01-perm-gitops.png"}})',
      '',
      '![a diagram of the request flow]({{ page.diagram }})',
    ].join('\n')
    const tree = parseDeck(renderDeck(new VFile({ path: 'post.md', value: markdown })).html)
    expect(selectAll('img', tree).map((image) => image.properties.src)).toEqual(['/assets/perm/01-perm-gitops.png'])
    expect(selectAll('.lectern-image-caption', tree).map(text)).toEqual(['a diagram of the request flow'])
  })

  it('should say a picture once in the notes when its caption line repeats its alt text', () => {
    // getsentry's "Points of Presence" post (review 35): the alt text, then the same words in italics under it.
    const markdown = [
      '# PoP',
      '',
      '## Space is Time',
      '',
      'Relay forwards events asynchronously from the user’s perspective.',
      '',
      '![Sending an event with Points of Presence](map.png)',
      '',
      '_Sending an event with Points of Presence_',
    ].join('\n')
    const tree = parseDeck(renderDeck(new VFile({ path: 'pop.md', value: markdown })).html)
    const notes = selectAll('aside.notes p', tree).map(text)
    expect(notes.filter((note) => note.includes('Sending an event with Points of Presence'))).toHaveLength(1)
  })
})

describe('a line of only an <img> over its paragraph, no blank line between', () => {
  // (Review 61: a Jekyll post floats each picture beside its paragraph; CommonMark read the tag's
  // line as an HTML block that swallowed the paragraph, shown as raw markdown and missing from the notes.)
  const post = [
    '# Maturation time',
    '',
    '## Fluorescence',
    '',
    '<img src="/assets/fp.jpg" alt="Proteins [glowing] in a cell" width="250px" align="right" style="padding:15px;">',
    'Fluorescent proteins are an *invaluable* tool used to visualize cellular processes ([Exhibit A](https://example.com/a)).',
    'Freshly produced proteins are dark and take time before they fluoresce.',
    '',
    '<a href="https://example.com/big.jpg"><img src="small.jpg" alt="A circuit"></a>',
    'Engineering co-regulated fluorescent reporters to read out a signal is not new.',
    '',
    '<figure>',
    '<img src="trace.jpg" alt="A time trace">',
    'A time trace of single cells',
    '</figure>',
    '',
  ].join('\n')
  const rendered = renderDeck(new VFile({ path: 'talk.md', value: post }))
  const tree = parseDeck(rendered.html)
  const notes = selectAll('aside.notes', tree).map(text).join(' ')

  it('should say the paragraph in the notes, its markdown read, and make a point of it', () => {
    expect(notes).toContain('Fluorescent proteins are an invaluable tool used to visualize cellular processes (Exhibit A).')
    expect(notes).toContain('Engineering co-regulated fluorescent reporters')
    const points = selectAll('.lectern-points li', tree).map(text)
    expect(points.join(' ')).toContain('Fluorescent proteins are an invaluable tool')
    const shown = slidesOf(tree)
      .map((slide) => text(slide).replace(text(select('aside.notes', slide) ?? slide), ''))
      .join(' ')
    expect(shown).not.toMatch(/\]\(|\*invaluable\*|<img/)
  })

  it('should take the tag for the picture it is, with its alt text and its link, and leave a tag in an HTML block as it is', () => {
    expect(rendered.file.data.assets?.map((asset) => [asset.url, asset.alt, asset.position?.start.line])).toEqual([
      ['/assets/fp.jpg', 'Proteins [glowing] in a cell', 5],
      ['small.jpg', 'A circuit', 9],
      ['trace.jpg', 'A time trace', 12],
    ])
    // (Said over the picture as any markdown picture's alt text is.)
    expect(notes).toContain('Proteins [glowing] in a cell')
    expect(notes).toContain('A circuit')
    // (A remote one stays raw HTML, which is never downloaded, its paragraph read as markdown all the same.)
    const remote = renderDeck(
      new VFile({
        path: 'talk.md',
        value:
          '# T\n\n## S\n\n<img src="https://example.com/fp.jpg" alt="Proteins in a cell">\nProteins are an *invaluable* tool to see cells at work.\n',
      }),
    )
    expect(remote.file.data.assets?.map((asset) => [asset.url, asset.inHtml])).toEqual([['https://example.com/fp.jpg', true]])
    expect(text(select('aside.notes', parseDeck(remote.html)))).toContain('Proteins are an invaluable tool to see cells at work.')
  })
})

describe('alt texts from a template', () => {
  it('should give no caption to missing pictures whose alt texts differ only by a number', () => {
    // A PyCon CZ keynote's transcript (review 90): 83 lines "Humanizing among coders slide N", two to seven a slide.
    const slide = (n: number) =>
      `<div class="slide-section">\n<img src="s${n}.jpeg" alt="Humanizing among coders slide ${n}">\n<p>Words said over slide ${n} of the talk.</p>\n</div>\n`
    const source = `# Humanizing among coders\n\n## Part\n\n${[2, 3, 4].map(slide).join('\n')}\n![The booth at the venue](booth.png)\n`
    const missing = new Map<string, null>([
      ['s2.jpeg', null],
      ['s3.jpeg', null],
      ['s4.jpeg', null],
      ['booth.png', null],
    ])
    const tree = parseDeck(renderDeck(new VFile({ path: 'talk.md', value: source }), {}, missing).html)
    const captions = selectAll('.lectern-image-caption', tree).map(text)
    expect(captions.join(' | ')).not.toMatch(/Humanizing among coders slide/)
    expect(captions).toContain('The booth at the venue')
  })
})

describe('a picture right before a heading', () => {
  // (Gleam's v1 launch (review 106): `<img alt="Lucy, Gleam's cute pink starfish mascot" style="float: left">` right before
  // "## Hello, Lucy!" showed on the last slide of "## Sustainability".)
  const slideOf = (markdown: string, src: string) =>
    slidesOf(parseDeck(renderDeck(markdown).html)).find((slide) => select(`img[src="${src}"]`, slide))
  it('should go under the heading its words name, when the section it closes names none of them', () => {
    const lucy = slideOf(
      '# Gleam\n\n## Sustainability\n\nThe core team should be rewarded for their work on the compiler.\n\n![Lucy, the cute pink starfish mascot](/images/lucy.svg)\n\n## Hello, Lucy!\n\nOur mascot has had a glow-up.\n',
      '/images/lucy.svg',
    )
    expect(text(select('h2', lucy))).toBe('Hello, Lucy!')
    // (A picture inside its link is a picture too, its alternative text read as any other's.)
    const linked = slideOf(
      '# Gleam\n\n## Sustainability\n\nThe core team should be rewarded for their work on the compiler.\n\n[![Lucy, the cute pink starfish mascot](/images/lucy.svg)](https://gleam.run/)\n\n## Hello, Lucy!\n\nOur mascot has had a glow-up.\n',
      '/images/lucy.svg',
    )
    expect(text(select('h2', linked))).toBe('Hello, Lucy!')
  })

  it('should stay in its section when it is all the section holds, when the section says its words, or before a subheading', () => {
    const chart = slideOf(
      '# Node\n\n## Timeline\n\n![New Node.js release schedule](/chart.svg)\n\n## Node.js release schedule\n\nThe old model ends with 26.\n',
      '/chart.svg',
    )
    expect(text(select('h2', chart))).toBe('Timeline')
    const waves = slideOf(
      '# LIGO\n\n## The Challenges\n\nDetecting gravitational waves needs fast code and careful statistics.\n\n![Gravitational waves strain amplitude](/strain.png)\n\n## The role of NumPy in detecting gravitational waves\n\nNumPy carried the analysis.\n',
      '/strain.png',
    )
    expect(text(select('h2', waves))).toMatch(/^The Challenges/)
    const sub = slideOf(
      '# Gleam\n\n## Sustainability\n\nThe core team should be rewarded for their work.\n\n![Lucy, the starfish mascot](/lucy.svg)\n\n### Hello, Lucy!\n\nOur mascot has had a glow-up.\n',
      '/lucy.svg',
    )
    expect(text(select('h2, h3', sub))).toMatch(/^Sustainability/)
  })
})
