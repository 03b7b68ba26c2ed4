import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { convertBlockSyntax } from '../../src/core/block-syntax.ts'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, text } from '../helpers/html.ts'

const render = (value: string) => {
  const rendered = renderDeck(new VFile({ path: 'post.md', value }))
  return { tree: parseDeck(rendered.html), file: rendered.file }
}

// From the React blog's "React v19" post (react.dev, MDX).
const react = [
  '# React v19',
  '',
  '## New API: use',
  '',
  'You can also read a promise with `use`, and React will Suspend until the promise resolves.',
  '',
  '<Note>',
  '',
  '#### `use` does not support promises created in render. {/*use-does-not-support-promises-created-in-render*/}',
  '',
  'If you try to pass a promise created in render to `use`, React will warn:',
  '',
  '<ConsoleBlockMulti>',
  '',
  '<ConsoleLogLine level="error">',
  '',
  'A component was suspended by an uncached promise. Creating promises inside a Client Component or hook is not yet supported.',
  '',
  '</ConsoleLogLine>',
  '',
  '</ConsoleBlockMulti>',
  '',
  '</Note>',
  '',
  '## Diffs for hydration errors',
  '',
  'We now log a single message with a diff of the mismatch:',
  '',
  '<ConsoleBlockMulti>',
  '',
  '<ConsoleLogLine level="error">',
  '',
  "Uncaught Error: Hydration failed because the server rendered HTML didn't match the client.{'\\n'}",
  '',
  "\\- Invalid HTML tag nesting.{'\\n'}",
  '',
  "{'-    '}Server{'\\n'}",
  '',
  '</ConsoleLogLine>',
  '',
  '</ConsoleBlockMulti>',
  '',
  '```jsx',
  '<Note>',
  '  kept as code',
  '</Note>',
  '```',
  '',
].join('\n')

describe('MDX components of docs sites', () => {
  it('should read a picture component over many lines as its picture, never its attributes as text', () => {
    // (Review 59: a German blog's <RemoteImage …/> put its attributes, a base64 preview included, in the notes.)
    const source = [
      'Intro words about blogging for ten years.',
      '',
      '<RemoteImage',
      '  alt={`Bloggen`}',
      '  size="medium"',
      '  largeUrl="https://example.org/img/blog_l.jpg"',
      '  loadingUrl="data:image/jpeg;base64,/9j/2wBDAAYEBQYFBA"',
      '/>',
      '',
      'More words after the picture.',
      '',
    ].join('\n')
    const converted = convertBlockSyntax(source).text
    expect(converted.split('\n')).toHaveLength(source.split('\n').length)
    expect(converted).toContain('![Bloggen](<https://example.org/img/blog_l.jpg>)')
    const { tree } = render(`# T\n\n## S\n\n${source}`)
    expect(text(tree)).not.toMatch(/base64|RemoteImage|loadingUrl/)
  })

  it('should make <Note> a callout box and console components a console code block, line for line', () => {
    const converted = convertBlockSyntax(react).text
    expect(converted.split('\n')).toHaveLength(react.split('\n').length)
    const { tree } = render(react)
    const callout = select('blockquote.lectern-callout-note', tree)
    expect(text(callout)).toMatch(/use does not support promises created in render/)
    const consoles = selectAll('pre code', tree).map((code) => text(code))
    expect(consoles[0]).toMatch(/^A component was suspended by an uncached promise/)
    expect(consoles[1]).toMatch(
      /^Uncaught Error: Hydration failed because the server rendered HTML didn't match the client\. - Invalid HTML tag nesting\. - Server$/,
    )
    expect(converted).toMatch(/```console\n(.*\n)*- Invalid HTML tag nesting\.\n\n- {4}Server\n/)
    expect(consoles.join('')).not.toMatch(/ConsoleLogLine|\{'|\\n/)
    // Console output is never a key point.
    expect(
      selectAll('.lectern-points li', tree)
        .map((item) => text(item))
        .join(' | '),
    ).not.toMatch(/Uncaught|uncached promise|Invalid HTML/)
    expect(consoles[2]).toBe('<Note> kept as code </Note>')
  })

  it('should make a custom element named for a kind a callout box, its tab-indented body markdown, not code or raw text', () => {
    // (Kent C. Dodds's "How to use React Context effectively": `<callout-*>` elements, the body indented by a tab.)
    const post = [
      '# How to use React Context effectively',
      '',
      'Context is a way to share state.',
      '',
      '<callout-danger>',
      '\tPlease do read [Application State Management with',
      '\tReact](/blog/application-state-management-with-react) and follow the advice.',
      '\t**Context does NOT have to be global** to the whole app.',
      '</callout-danger>',
      '',
      'We will get an error on the highlighted line.',
      '',
      '<callout-success>',
      '  This is a contrived example.',
      '</callout-success>',
      '',
      '<font-awesome-icon>',
      'An element named for no kind keeps its text.',
      '</font-awesome-icon>',
      '',
    ].join('\n')
    const converted = convertBlockSyntax(post).text
    expect(converted.split('\n')).toHaveLength(post.split('\n').length)
    const { tree } = render(post)
    const danger = select('blockquote.lectern-callout-danger', tree)
    expect(text(danger)).toMatch(/Please do read Application State Management with React and follow the advice/)
    expect(select('blockquote.lectern-callout-danger a', tree)?.properties.href).toBe('/blog/application-state-management-with-react')
    expect(text(select('blockquote.lectern-callout-danger strong', tree))).toBe('Context does NOT have to be global')
    expect(text(select('blockquote.lectern-callout-tip', tree))).toMatch(/This is a contrived example/)
    expect(selectAll('pre', tree)).toHaveLength(0)
    expect(text(tree)).not.toMatch(/\*\*|\]\(|callout-/)
    expect(selectAll('blockquote.lectern-callout', tree)).toHaveLength(2)
    expect(text(tree)).toMatch(/An element named for no kind keeps its text/)
  })

  it('should read an HTML element written as JSX, and the elements inside it, as wrappers of markdown', () => {
    // (The MDX 2 release post, seen in review: its highlights list was lost from slides and notes,
    // and the listings of its two columns showed their fence lines as code.)
    const post = [
      '# MDX 2',
      '',
      '## Highlights',
      '',
      'Version 2 has many improvements. Here are the highlights:',
      '',
      '<div className="emoji-list">',
      '  * **Improved syntax** makes it easier to use markdown in JSX',
      '  * Compiles at least **25% faster**',
      '</div>',
      '',
      '## Format',
      '',
      '<div className="big-columns">',
      '  <div>',
      '    In version 1, that was equivalent to the following JSX:',
      '',
      '    ```tsx chrome=no',
      '    <>',
      '      <div>*hi*?</div>',
      '    </>',
      '    ```',
      '  </div>',
      '',
      '  <div>',
      '    In version 2, it is equivalent to this:',
      '',
      '    ```tsx',
      '    <h1>hi?</h1>',
      '    ```',
      '  </div>',
      '</div>',
      '',
      '<div>',
      '  A plain div of HTML stays as it is.',
      '</div>',
      '',
    ].join('\n')
    const converted = convertBlockSyntax(post).text
    expect(converted.split('\n')).toHaveLength(post.split('\n').length)
    const { tree } = render(post)
    const items = selectAll('ul li', tree).map(text)
    expect(items).toContain('Improved syntax makes it easier to use markdown in JSX')
    expect(items).toContain('Compiles at least 25% faster')
    const listings = selectAll('pre', tree).map(text)
    expect(listings.map((listing) => listing.trim())).toEqual(['<> <div>*hi*?</div> </>', '<h1>hi?</h1>'])
    expect(text(tree)).not.toMatch(/```|className/)
    expect(text(tree)).toMatch(/In version 2, it is equivalent to this/)
    expect(converted).toMatch(/^<div>$/m)
  })

  it("should read Zenn's `lang:file` fence as the language, so it is highlighted", () => {
    const zenn = '# T\n\n## CircleCI\n\nThe parallelism setting:\n\n```yml:.circleci/config.yml\njobs:\n  test:\n    parallelism: 4\n```\n'
    const { tree, file } = render(zenn)
    expect(file.messages.map((message) => message.reason).join('\n')).not.toMatch(/Cannot highlight/)
    expect(select('pre code', tree)?.properties.className).toContain('language-yml')
  })
})

describe('MDX picture components', () => {
  it('should show a self-closing picture component with a literal src as its picture, alt text and all', () => {
    const { tree } = render(
      '# Post\n\n## Results\n\nThe chart shows the speed-up on every run.\n\n<BasicImage\n  src="/images/chart.png"\n  alt="Build times before and after"\n/>\n\nIt held on every machine we tried.\n',
    )
    const picture = select('section.lectern-slide img', tree)
    expect(picture?.properties.alt).toBe('Build times before and after')
    expect(String(picture?.properties.src)).toContain('chart.png')
  })

  it('should show any self-closing component whose literal src is a picture file as that picture, and no other', () => {
    const { tree } = render(
      '# Post\n\n## Results\n\nWe ran the benchmark on three machines.\n\n<Screenshot\n  alt="Rows per second by device count"\n  height={415}\n  src="/img/blog/throughput.png"\n/>\n\nIt held on every machine we tried.\n',
    )
    expect(select('section.lectern-slide img', tree)?.properties.alt).toBe('Rows per second by device count')
    // (A player of a video, or a frame of a page, is no picture.)
    const video = render('# Post\n\n## Demo\n\nThe demo runs in the browser.\n\n<Player src="/media/demo.mp4" />\n\nIt needs no install.\n')
    expect(select('section.lectern-slide img', video.tree)).toBeUndefined()
  })

  it('should read a picture Docusaurus names by its module as that file, outside code, and an attribute object as no template tag', () => {
    // (Review 63: Jellyfin's release post, `src={require('./downloads.png').default}` and `style={{ maxHeight: '600px' }}`.)
    const post =
      "# Post\n\n## Downloads\n\nDownloads can be opened in the Files app.\n\n<center>\n  <img\n    src={require('./downloads.png').default}\n    alt='Downloads tab'\n    style={{ maxHeight: '600px' }}\n  />\n</center>\n\n```jsx\n<img src={require('./kept.png').default} />\n```\n"
    const { file, tree } = render(post)
    expect(file.data.assets?.map((asset) => asset.url)).toEqual(['./downloads.png'])
    expect(text(select('pre', tree))).toContain("src={require('./kept.png').default}")
    expect(file.messages.map(String).join('\n')).not.toMatch(/template tag/)
    // (A fence with an info string closes no listing: the lines after it are still code.)
    const nested = render("# Post\n\n## S\n\nSome words here.\n\n```\n```jsx\n<img src={require('./kept.png').default} />\n```\n")
    expect(text(select('pre', nested.tree))).toContain("src={require('./kept.png').default}")
  })

  it("should not read a component's indented words as code, and say no button's label", () => {
    // (Review 100: ethereum.org's post on Web3 in Spanish, a `.md` file, showed "Más sobre los NFT" as a box of code.)
    const { tree } = render(
      '# Web3\n\n## NFT\n\nWords before.\n\n<Alert variant="update">\n<AlertContent className="flex-row">\n  <div>Obtenga más información sobre los NFT</div>\n  <ButtonLink href="/nft/">\n    Más sobre los NFT\n  </ButtonLink>\n</AlertContent>\n</Alert>\n\n<Card>\n    Cards keep their words, without the indent.\n</Card>\n\nWords after.\n',
    )
    expect(select('pre', tree)).toBeUndefined()
    expect(text(tree)).not.toContain('Más sobre los NFT')
    expect(text(tree)).toContain('Cards keep their words, without the indent.')
    // (A link component that holds a part of the article keeps it: only a button's one short line is its label.)
    const card = render(
      '# Docs\n\n## S\n\nWords.\n\n<CardLink href="/guide">\n  This guide explains how the scheduler picks a node for every pod.\n</CardLink>\n',
    )
    expect(text(card.tree)).toContain('This guide explains how the scheduler picks a node')
  })

  it('should read a picture an MDX post imports under a name as the file it imports', () => {
    // (Review 99: webpack's release post, `import banner from "…/webpack-5-108.png"` then `<img src={banner} />`, warned of "{banner}".)
    const { file } = render(
      '# Post\n\nimport banner from "./banner.png";\nimport Other from "./other.js";\n\n<img src={banner} alt="The release" />\n\n## S\n\nWords of the post.\n\n<img src={Other} alt="Not a picture" />\n',
    )
    expect(file.data.assets?.map((asset) => asset.url)).toContain('./banner.png')
    expect(file.messages.map(String).join('\n')).not.toContain('{banner}')
  })
})

describe('MDX attribute objects over several lines', () => {
  it('should leave out a component whose attribute is an object over several lines, its tags and never "<Box sx="', () => {
    // (Primer's accessibility guidance, review 81: `<Box sx={{⏎ marginTop: 2,⏎ }}>` showed as "<Box sx=" on three slides.)
    const { tree, file } = render(
      '# Links\n\n## Guidelines\n\nLinks should look like links.\n\n<Box\n  sx={{\n    marginTop: 2,\n    borderRadius: 6,\n  }}\n>\nUnderline links in paragraphs and sentences.\n</Box>\n',
    )
    expect(text(tree)).not.toMatch(/<Box|sx=|marginTop/)
    expect(text(select('aside.notes', tree))).toContain('Underline links in paragraphs and sentences.')
    expect(file.messages.map(String).join('\n')).toMatch(/MDX `<Box>`/)
  })

  it("should show a command component's first tab as its listing inside an admonition, never its attributes on the slide", () => {
    // (Tauri's "2.0 Release Candidate", review 83: inside `:::tip`, the quote's `>` on the line after
    // `<CommandTabs` was read as the tag's end, and the rest of its attributes showed in the box.)
    const tabs = [
      '<CommandTabs',
      '  npm="npm install @tauri-apps/cli@next',
      '    npm run tauri migrate"',
      '  yarn="yarn upgrade @tauri-apps/cli@next',
      '    yarn tauri migrate"',
      `  cargo='cargo install tauri-cli --version "^2.0.0-rc" --locked`,
      "    cargo tauri migrate'",
      '/>',
    ]
    const post = (...body: string[]) =>
      ['# Release', '', '## Migrate', '', 'Run the migration first. It rewrites the config.', '', ...body, ''].join('\n')
    // (Review 112: the step the box holds is the first tab's commands, as the page shows it, a listing; not the others.)
    const alone = render(post(':::tip[Automated Migrate]', '', ...tabs, '', ':::'))
    expect(text(alone.tree)).not.toMatch(/yarn|cargo|\/>/)
    expect(text(select('.lectern-callout pre', alone.tree))).toMatch(/^npm install @tauri-apps\/cli@next\s+npm run tauri migrate\s*$/)
    expect(alone.file.messages.map(String).join('\n')).not.toMatch(/MDX `<CommandTabs>`/)
    const among = render(
      post(':::tip[Automated Migrate]', '', 'Back up the project first.', '', ...tabs, '', 'Then run the app again.', '', ':::'),
    )
    expect(text(among.tree)).not.toMatch(/yarn|cargo|\/>/)
    expect(text(select('.lectern-callout', among.tree))).toMatch(
      /Automated Migrate.*Back up the project first\..*npm run tauri migrate.*Then run the app again\./s,
    )
    // A callout written as its title alone says its title; a tag left open in a quote takes none of its lines.
    const titled = render('# R\n\n## S\n\nWords before it.\n\n> [!warning] Back up the database before you run the migration.\n')
    expect(text(select('.lectern-callout', titled.tree))).toBe('Back up the database before you run the migration.')
    const open = render(
      '# R\n\n## S\n\n> Generic code like Vec<T\n> is common. This quote goes on\n> and on for several lines.\n> And ends here.\n',
    )
    expect(text(select('blockquote', open.tree))).toMatch(/is common\. This quote goes on\s+and on for several lines\.\s+And ends here\./)
  })
})

describe('MDX has no indented code', () => {
  it('should read a component’s indented children as markdown in an .mdx post, never as a listing of tags', () => {
    // (Primer's Do/Don't blocks, review 81: `<Do>⏎    <img …/>` showed its tags as code once `<Do>` was left out.)
    const post =
      '# Links\n\n## Guidelines\n\nLinks should look like links.\n\n<Do>\n    <img alt="Underlined links in a paragraph" src="https://example.com/a.png" />\n    <Caption>Underline links in paragraphs.</Caption>\n</Do>\n'
    const mdx = renderDeck(new VFile({ path: 'links.mdx', value: post }))
    expect(selectAll('pre', parseDeck(mdx.html))).toHaveLength(0)
    expect(mdx.html).not.toContain('&#x3C;img')
    // (In a markdown post an indented block is code, as CommonMark reads it.)
    const md = renderDeck(new VFile({ path: 'links.md', value: '# T\n\n## S\n\nWords of the section.\n\n    npm install lectern\n' }))
    expect(selectAll('pre', parseDeck(md.html))).toHaveLength(1)
  })
})

describe('MDX asides and empty components', () => {
  it('should make a <Footnote> component a footnote in the notes, not words run into the point', () => {
    // A typed-linting post's sentence with its aside (typescript-eslint's blog writes them as components).
    const { tree } = render(
      [
        '# Typed linting',
        '',
        '## Why',
        '',
        'Typed linting catches bugs that untyped rules cannot see<Footnote>The rules that need type information are listed on their own page.</Footnote> and it costs one option in the config.',
        '',
        'Writers of the Go blog keep their measurements honest<Sidenote>All timings are from a 2019 laptop.</Sidenote>, so readers can check them.',
      ].join('\n'),
    )
    const points = text(select('.lectern-points', tree))
    expect(points).not.toMatch(/listed on their own page|2019 laptop/)
    const notes = text(select('aside.notes', tree))
    expect(notes).toMatch(/untyped rules cannot see\s*1 and it costs one option/)
    expect(text(select('aside.notes .lectern-footnotes', tree))).toMatch(
      /The rules that need type information are listed on their own page\..*All timings are from a 2019 laptop\./,
    )
  })

  // The ICLR blog track and al-folio write Distill's elements (iclr-blogposts/2024).
  it('should say a Distill <d-footnote> in the notes and leave out its <d-cite> with the space before it', () => {
    const { tree } = render(
      [
        '# Update frequency',
        '',
        '## Background',
        '',
        'In reinforcement learning <d-cite key="Sutton1998"></d-cite>, an agent learns by acting on its environment and counting its rewards.',
        '',
        'The rate at which agents learn varies widely<d-footnote> This figure is inspired by Figure 1 in <d-cite key="Matsushima2021"></d-cite>.</d-footnote>, from every step to every thousand steps.',
      ].join('\n'),
    )
    const notes = text(select('aside.notes', tree))
    expect(notes).toContain('In reinforcement learning, an agent learns')
    expect(notes).not.toMatch(/d-cite|Sutton1998|Matsushima2021/)
    expect(notes).toMatch(/varies widely\s*1, from every step/)
    expect(text(select('aside.notes .lectern-footnotes', tree))).toContain('This figure is inspired by Figure 1 in [2].')
    expect(text(select('.lectern-points', tree))).not.toContain('inspired')
  })

  it('should leave out a <d-cite> that ends its line after a comma with the comma', () => {
    // (An ICLR blog post, review 85: its figure captions read "Figure 4," once the citation had gone.)
    const { tree } = render(
      ['# Resets', '', '## Results', '', 'The scores rise with resets.', '', 'Figure 4, <d-cite key="a"></d-cite>'].join('\n'),
    )
    expect(text(select('aside.notes', tree))).toMatch(/Figure 4(?!,)/)
    const wrapped = render(
      ['# Models', '', '## Kinds', '', 'We compare transformers, <d-cite key="a"></d-cite>', 'RNNs, and CNNs on the same task.'].join('\n'),
    )
    expect(text(select('aside.notes', wrapped.tree))).toMatch(/transformers,\s+RNNs, and CNNs/)
  })

  it('should leave no code block or empty box where a tab-indented self-closing component was', () => {
    const { tree } = render(
      [
        '# Notes',
        '',
        '## Setup',
        '',
        'Install the plugin before you turn on any of the typed rules in the project.',
        '',
        '\t<ReferencesLink',
        '\t\thref="/refs"',
        '\t/>',
        '',
        'Then run the linter once to see how long a full check of the repository takes.',
        '',
        '<div>',
        '\t<SearchBar />',
        '</div>',
        '',
        'Each later run only checks the files that changed since the one before.',
      ].join('\n'),
    )
    expect(selectAll('pre, div:not(.lectern-footnotes)', select('section.lectern-slide:not(.lectern-title)', tree))).toEqual([])
    // One list of points, not split around an empty block; every paragraph said.
    expect(selectAll('.lectern-points', tree)).toHaveLength(1)
    expect(selectAll('aside.notes > p', tree)).toHaveLength(3)
  })
})

describe('a component given its data as a literal', () => {
  // From Firezone's post-mortem of November 2025 (review 90): the whole "Detailed timeline" section,
  // heading and all, was gone from the deck and its notes.
  const timeline = [
    '# PII Leak Incident Post-Mortem',
    '',
    '## Detailed timeline',
    '',
    '<TimelineTable',
    '  entries={[',
    '    {',
    '      time: "18:30, Nov 27, 2025",',
    '      event:',
    '        "A member of the backend infrastructure team deploys a configuration change to the support email system.",',
    '    },',
    '    // the first email',
    "    { time: '06:06, Nov 28, 2025', event: `The first support email containing PII is sent | to the list.` },",
    '  ]}',
    '/>',
    '',
    '## How this happened',
    '',
    'The issue was caused by a misconfiguration of our mailing list.',
  ].join('\n')

  it('should show an array of records as a table, a column for each key', () => {
    const { tree } = render(timeline)
    expect(selectAll('th', tree).map(text)).toEqual(['Time', 'Event'])
    expect(selectAll('td', tree).map(text)).toEqual([
      '18:30, Nov 27, 2025',
      'A member of the backend infrastructure team deploys a configuration change to the support email system.',
      '06:06, Nov 28, 2025',
      'The first support email containing PII is sent | to the list.',
    ])
    expect(selectAll('section section h2', tree).map(text)).toContain('Detailed timeline')
  })

  it('should show an array of strings as a list, in one line where the tag has one', () => {
    const { tree } = render(
      ['# Setup', '', '## Steps', '', '<Steps items={["Install it", "#1: run it"]} />', '', 'That is all.'].join('\n'),
    )
    expect(text(tree)).toContain('Install it · #1: run it')
    const { tree: listed } = render(['# Setup', '', '## Steps', '', '<Steps', '  items={["Install it", "Run it"]}', '/>', ''].join('\n'))
    expect(selectAll('li', listed).map(text)).toEqual(expect.arrayContaining(['Install it', 'Run it']))
  })

  it('should show only data in words, and keep the line after the tag its own', () => {
    const { tree } = render(
      [
        '# T',
        '',
        '<Seo keywords={["react", "performance", "memo"]} />',
        '',
        '## Numbers',
        '',
        '<Sparkline data={[120, 340, 560, 910]} />',
        '',
        'The chart shows the weekly downloads of the package.',
        '',
        '## Timeline',
        '',
        '<Timeline',
        '  entries={[',
        '    { time: "18:30", event: "The change is deployed to production" },',
        '    { time: "19:00", event: "The fix <b>ships</b> to everyone" },',
        '  ]}',
        '/>',
        'The outage lasted two hours and affected every customer in Europe.',
        '',
        '```md',
        'Example:',
        '```jsx',
        '',
        '<Timeline entries={[{ time: "1", event: "Kept as written in the listing" }]} />',
        '```',
        '',
      ].join('\n'),
    )
    expect(text(tree)).not.toMatch(/react · performance|120 · 340/)
    expect(selectAll('td', tree).map(text)).toEqual([
      '18:30',
      'The change is deployed to production',
      '19:00',
      'The fix <b>ships</b> to everyone',
    ])
    // (Its own paragraph, not a third row of the table.)
    expect(selectAll('td', tree)).toHaveLength(4)
    expect(text(tree)).toContain('The outage lasted two hours')
    expect(text(select('pre', tree))).toContain('<Timeline entries={[{ time: "1"')
  })

  it('should run nothing and read no variable: other data is left out, and said to be', () => {
    const { tree, file } = render(
      ['# T', '', '## Chart', '', '<Chart data={points} />', '', '<Bad rows={[{ a: fetch("/x") }]} />', ''].join('\n'),
    )
    expect(text(tree)).not.toMatch(/points|fetch/)
    expect(file.messages.map(String).join('\n')).toMatch(/MDX `<Chart>`/)
  })
})

describe("components of Biome's release notes (review 93)", () => {
  const written = [
    '---',
    'title: T',
    '---',
    '',
    'import { Image } from "astro:assets"',
    'import Avatar from "@/components/Avatar.astro";',
    '',
    '## Shout-outs',
    '',
    'And now, let us give credits where credits are due!',
    '',
    '<div style={{ display: "flex", justifyContent: "center"}}>',
    '  <Image',
    '    src="https://media4.giphy.com/media/x/giphy.gif"',
    '    width="400"',
    '    alt="it\'s"',
    '  />',
    '</div>',
    '',
    'Special thanks to Vercel, our platinum sponsor, for the type inference work, led by <Avatar handle="arendjr" />.',
    '',
  ].join('\n')

  it('should show a picture component inside an HTML block as the picture, never as markdown text', () => {
    const rendered = renderDeck(new VFile({ path: 'post.mdx', value: written }))
    const tree = parseDeck(rendered.html)
    expect(select('img', tree)?.properties.src).toBe('https://media4.giphy.com/media/x/giphy.gif')
    expect(text(tree)).not.toContain('![')
  })

  it('should keep the person a component names by handle in the sentence', () => {
    const rendered = renderDeck(new VFile({ path: 'post.mdx', value: written }))
    expect(text(select('aside.notes', parseDeck(rendered.html)))).toContain('for the type inference work, led by @arendjr.')
    expect(rendered.file.messages).toHaveLength(0)
  })

  it('should keep the label of a component inside a sentence in the sentence, and leave out one on a line of its own', () => {
    // Hudi's blog (review 106): "…or join us in conversations on <SlackCommunity title="Slack" />." ended "on .".
    const value = [
      '## Community',
      '',
      'Join our community by trying out Hudi or join us in conversations on <SlackCommunity title="Slack" />.',
      '',
      '<Banner title="Big news" />',
      '',
      'A sentence with an <Icon name="check" /> icon in it.',
      '',
    ].join('\n')
    const rendered = renderDeck(new VFile({ path: 'post.mdx', value }))
    const notes = text(select('aside.notes', parseDeck(rendered.html)))
    expect(notes).toContain('join us in conversations on Slack.')
    expect(notes).not.toContain('Big news')
    expect(notes).toContain('A sentence with an icon in it.')
    expect(String(rendered.file.messages[0])).toMatch(/1 × MDX `<Banner>`, 1 × MDX `<Icon>`/)
  })

  it('should say the names of a run of person components, each alone on its line, with commas, never as a point run together', () => {
    // (SWR's 2.0 post (review 103): `<Authors>` around four `<Author name="…" />`s showed "Shu Ding Jiachi Liu Toru
    // Kobayashi Yixuan Xu" as a key point.)
    const value = [
      '# Announcing SWR 2.0',
      '',
      '<Authors date="December 9th, 2022">',
      '  <Author name="Shu Ding" link="https://twitter.com/shuding_" />',
      '  <Author name="Jiachi Liu" link="https://twitter.com/huozhi" />',
      '  <Author name="Toru Kobayashi" link="https://twitter.com/koba04" />',
      '</Authors>',
      '',
      'The popular React data-fetching library now caches, mutates and revalidates your data in fewer lines.',
      '',
      '## Mutation',
      '',
      'The new hook makes it simpler to change remote data with a declarative API.',
      '',
    ].join('\n')
    const tree = parseDeck(renderDeck(new VFile({ path: 'post.mdx', value })).html)
    expect(text(tree)).toContain('Shu Ding, Jiachi Liu, Toru Kobayashi')
    expect(selectAll('li', tree).map(text).join(' | ')).not.toContain('Shu Ding')
  })
})

describe('data whose strings open on a number and its stop', () => {
  it('should show "1. Back up…" as written, never with a backslash before the number', () => {
    const rendered = renderDeck(
      new VFile({
        path: 'post.mdx',
        value:
          '# T\n\n## S\n\nThe steps we took are these ones, in this order:\n\n<Steps items={["1. Back up the database before anything else", "2. Upgrade the primary server to version 16"]} />\n',
      }),
    )
    const words = text(parseDeck(rendered.html))
    expect(words).toContain('1. Back up the database before anything else')
    expect(words).not.toContain('\\1')
  })
})
