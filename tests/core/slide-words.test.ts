import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import type { List } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { renderDeck } from '../../src/core/index.ts'
import { lineBudget, listExcerptOf, weigh } from '../../src/core/split-visual.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

function slides(markdown: string) {
  return slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html)).slice(1)
}

/** The `n`th `## ` section of a corpus article, its heading included. */
/** The lead-in lines of a deck's slides: the sentences shown over the blocks they introduce. */
const leadInLines = (markdown: string) =>
  slides(markdown).flatMap((slide) => selectAll('.lectern-points > li.lectern-lead-in', slide).map(text))

function section(article: string, n: number): string {
  const source = readFileSync(new URL(`../fixtures/articles/${article}/index.md`, import.meta.url), 'utf8')
  return source.split(/^(?=## )/m)[n]
}

/** Slides that show a picture, listing, list or embedded post and no point: nothing to say over them. */
const silent = (found: ReturnType<typeof slides>) =>
  found.filter(
    (slide) =>
      selectAll(
        ':scope > pre, :scope > p img, :scope > p .lectern-missing-image, :scope > ol, :scope > ul:not(.lectern-points), :scope > blockquote',
        slide,
      ).length > 0 && selectAll('.lectern-points li', slide).length === 0,
  )

describe('every visual with words to say over it', () => {
  it('should show a section’s opening picture beside the points of the paragraphs after it', () => {
    // A picture, then three paragraphs: one slide of the picture alone gave the speaker nothing to say.
    const found = slides(`# T\n\n${section('claude-code-macos-essay', 2)}`)
    expect(silent(found)).toEqual([])
    expect(found).toHaveLength(1)
    expect(selectAll('img', found[0])).toHaveLength(1)
    expect(selectAll('.lectern-points li', found[0]).length).toBeGreaterThanOrEqual(2)
  })

  it('should keep a list that ends a section on the slide of the sentence that introduces it', () => {
    // A Vue guide in Arabic: two listings each after its sentence, then a numbered list after its own.
    const found = slides(`# T\n\n${section('ar-vue-plugins', 1)}`)
    expect(silent(found)).toEqual([])
    const list = found.find((slide) => select(':scope > ol', slide))
    // Its lead-in ends in a colon and is no point: the list goes with the slide before, and the lead-in is said there.
    expect(text(select('aside.notes', list))).toContain('لا يوجد نطاق محدد بالضبط للملحق')
  })

  it('should give a slide of an embedded post the post’s words in its notes', () => {
    const tweet = (words: string) =>
      `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${words} <img src="https://example.com/photo.jpg"></p>&mdash; Jason Danner (@jpdanner) <a href="https://twitter.com/x">October 17, 2019</a></blockquote>`
    const markdown = `# T\n\n## Storm\n\nJason captured a very cool tweet storm of my talk, and I will reproduce it below.\n\n${tweet('Plan of attack for challenge 2')}\n\n${tweet('Modify the timestamp and... Loot for challenge 2!')}\n`
    const found = slides(markdown)
    const last = found.at(-1)!
    expect(text(select('aside.notes', last))).toContain('Post: Modify the timestamp and... Loot for challenge 2! — Jason Danner')
  })

  it('should call a quotation in a raw-HTML <blockquote> a quote in the notes, not a post', () => {
    // johnhawks' review of The Symbolic Species (review 48): an author's e-mailed reply was a "Post:".
    const markdown =
      '# T\n\n## Reply\n\nI have e-mail from Terrence Deacon regarding one of the points.\n\n<blockquote><p>You are right that the prefrontal expansion is relative to the rest of the brain.</p></blockquote>\n'
    const notes = slides(markdown)
      .map((slide) => text(select('aside.notes', slide)))
      .join(' ')
    expect(notes).toContain('Quote: You are right that the prefrontal expansion')
    expect(notes).not.toContain('Post:')
  })
})

describe('long lists as a talk shows them', () => {
  it('should set a long list of names in columns, on a slide or two, every name shown', () => {
    // tokio-console's announcement thanks its contributors: names and handles, one a line.
    const source = readFileSync(new URL('../fixtures/articles/tokio-console-announcement/index.md', import.meta.url), 'utf8')
    const thanks = source.slice(source.indexOf('# Thanks to'))
    const names = thanks
      .split('\n')
      .filter((line) => line.startsWith('* '))
      .map((line) => line.slice(2).trim())
    const found = slides(`# T\n\n## Thanks\n\n${names.map((name) => `* ${name}`).join('\n')}\n`)
    expect(names.length).toBeGreaterThanOrEqual(15)
    expect(found).toHaveLength(1)
    expect(found.every((slide) => select('ul.lectern-list-columns', slide))).toBe(true)
    const shown = found.flatMap((slide) => selectAll('ul.lectern-list-columns > li', slide).map((item) => text(item)))
    expect(shown).toEqual(names)
  })

  it('should set a list of long names in code in two columns, not three that run past the slide', () => {
    // Biome 2.0's new rules (review 46): "useConsistentObjectDefinition" ran past the right edge in a third.
    const rules = [
      'noAwaitInLoop',
      'noBitwiseOperators',
      'noDestructuredProps',
      'noFloatingPromises',
      'noImportCycles',
      'noPrivateImports',
      'noTsIgnore',
      'noUnwantedPolyfillio',
      'useConsistentObjectDefinition',
      'useForComponent',
    ]
    const found = slides(`# T\n\n## New rules\n\n${rules.map((rule) => `- \`${rule}\``).join('\n')}\n`)
    expect(found.map((slide) => String(select('ul.lectern-list-columns', slide)?.properties.className))).toEqual([
      'lectern-list-columns,lectern-list-columns-2',
    ])
    // (Short names stay in three.)
    const short = slides(`# T\n\n## Rules\n\n${rules.map((rule) => `- \`${rule.slice(0, 12)}\``).join('\n')}\n`)
    expect(short.map((slide) => String(select('ul.lectern-list-columns', slide)?.properties.className))).toEqual(['lectern-list-columns'])
  })

  it('should show every item of a list of a few long items, on as many slides as they take', () => {
    // A postmortem's conclusions: ten findings of a sentence or three, one with sub-points, in lower case as notes are.
    const finding = (n: number) =>
      `- finding ${n}: the cache server filled its disk during the nightly release job, which nobody watched; the alert fired only once the disk was full, an hour after the first failed build, and the fix is an alert at eighty per cent with a second disk for the cache.`
    const list = [
      ...Array.from({ length: 9 }, (_, index) => finding(index + 1)),
      `${finding(10)}\n  - first cause\n  - second cause\n  - third cause`,
    ]
    const parsed = unified().use(remarkParse).parse(list.join('\n')).children[0] as List
    expect(weigh(parsed)).toBeGreaterThan(lineBudget * 3)
    expect(listExcerptOf(parsed)).toBeUndefined()
    // (A changelog of many entries shows its start: see below.)
    const long = unified()
      .use(remarkParse)
      .parse(Array.from({ length: 25 }, (_, index) => finding(index + 1)).join('\n')).children[0] as List
    expect(listExcerptOf(long)?.children.length).toBeLessThan(25)
  })

  it('should show one slide of a long list of names, a release’s contributors or sponsors', () => {
    // (Review 55: a language's 1.0 announcement showed its 170 sponsors over three slides.)
    const names = Array.from({ length: 120 }, (_, index) => `- [Sponsor Number${index}](https://github.com/sponsor${index})`)
    const found = slides(`# T\n\n## Thanks\n\nThank you to everyone who sponsored this release.\n\n${names.join('\n')}\n`)
    const shown = found.filter((slide) => selectAll(':scope > ul:not(.lectern-points) li', slide).length > 0)
    expect(shown).toHaveLength(1)
    expect(text(shown[0])).toMatch(/\(\+\d+\)/)
  })

  it('should show the start of a changelog of many entries, a few slides, the whole of it in the notes', () => {
    // Gitea 1.8.0's release notes: categories, each a nested list of fixes.
    const fixes = [
      'Fix dropdown icon padding (#6651) (#6654)',
      'Fix wrong GPG expire date (#6643) (#6644)',
      'Fix forking an empty repository (#6637) (#6653)',
      'Remove call to EscapePound .Link as it is already escaped (#6656) (#6666)',
      'Properly escape on the redirect from the web editor (#6657) (#6667)',
      'Allow resend of confirmation email when logged in (#6482) (#6486)',
      'Fix mail notification when close/reopen issue (#6581) (#6588)',
      'Change API commit summary to full message (#6591) (#6592)',
      'Add option to disable refresh token invalidation (#6584) (#6587)',
      "Fix bug user search API pagesize didn't obey ExplorePagingNum (#6579) (#6586)",
      'Fix new repo alignment (#6583) (#6585)',
      'Prevent server 500 on compare branches with no common history (#6555) (#6558)',
      'Properly escape release attachment URL (#6512) (#6523)',
      'Hacky fix for alignment of the create-organization dialog (#6455) (#6462)',
      'Disable benchmarking during tag events on DroneIO (#6365) (#6366)',
      'Make sure units of a team are returned (#6379) (#6381)',
      "Don't Unescape redirect_to cookie value (#6399) (#6401)",
      'Fix dump table name error and add some test for dump database (#6394) (#6402)',
      'Fix migration v82 to ignore unsynced tags between database and git data; Add missing is_archived column on repository table (#6387) (#6403)',
      'Display correct error for invalid mirror interval (#6414) (#6429)',
      'Clean up ref name rules (#6437) (#6439)',
      'Fix Hook & HookList in Swagger (#6432) (#6440)',
      'Change order that PostProcess Processors are run (#6445) (#6447)',
      'Clean up various use of escape/unescape functions for URL generation (#6334)',
      'Return 409 when creating repo if it already exists. (#6330)',
      'Add same changes from issues page to milestone->issues page (#6328)',
      'Fix ParsePatch function to work with quoted diff --git strings (#6323)',
      'Fix reported issue in repo description (#6306)',
      'Use url.PathEscape to escape the branchname (#6304)',
      'Add robots.txt as reserved username (#6272)',
      'Replace linkRegex with xurls library (#6261)',
      'Remove visitLinksForShortLinks features (#6257)',
      'Add unit types to repo action URL to correctly show 404 when archived (#6247)',
      'Check organization visibility before everything else (#6234) (#6235)',
      'Prevent double-close of issues (#6233)',
      'Override xorm type mapping for U2F counter (#6232)',
      'Add isAdmin to user API response (#6231)',
      'Update git vendor to fix wrong release commit id and add migrations (#6224)',
      'Fix fork button (#6223)',
    ]
    const entries = (count: number) => Array.from({ length: count }, (_, index) => `  * ${fixes[index % fixes.length]}`).join('\n')
    const changelog = [
      '* SECURITY',
      entries(3),
      '* FEATURE',
      entries(11),
      '* BUGFIXES',
      entries(125),
      '* TESTING',
      entries(2),
      '* DOCS',
      entries(6),
    ].join('\n')
    const found = slides(`# T\n\n## Changelog\n\n${changelog}\n`)
    expect(found.length).toBeLessThanOrEqual(3)
    // Each category keeps its first entries and a "… (+N)" line for the rest.
    const shown = found.map((slide) => text(select(':scope > ul', slide))).join(' ')
    expect(shown).toMatch(/BUGFIXES Fix dropdown icon padding/)
    expect(shown).toMatch(/… \(\+12\d\)/)
    // (Every category shows, with fewer of its entries: review 63 saw a foundation's plans, four
    // committees each with its list, lose two committees to "… (+2)".)
    for (const category of ['SECURITY', 'FEATURE', 'BUGFIXES', 'TESTING', 'DOCS']) expect(shown).toContain(category)
    // The whole changelog is in the notes, for the handout.
    const notes = found.map((slide) => text(select('aside.notes', slide))).join(' ')
    expect(notes).toContain(fixes[fixes.length - 1])
  })

  it('should show a short nested list whole, each category under its heading', () => {
    const changelog = [
      '* SECURITY',
      '  * Prevent remote code execution vulnerability with mirror repo URL settings (#6593)',
      '* BUILD',
      '  * Use go 1.12 for tests and deprecate go 1.9 (#6186)',
    ].join('\n')
    const found = slides(`# T\n\n## Changelog\n\n${changelog}\n`)
    expect(found).toHaveLength(1)
    expect(text(found[0])).not.toContain('…')
  })
})

describe('page furniture and run-on HTML', () => {
  const spikes = [
    '---',
    'title: "Livesite by a Thousand Spikes"',
    '---',
    '',
    "While my team was moving a service, let's call it Billy, to a new cluster with different hardware, Billy's performance degraded.",
    '',
    '- [**First things first**](#first-things-first)',
    '- [**Digging Deeper**](#digging-deeper)',
    '- [**Take a step back, and retry**](#take-a-step-back-and-retry)',
    '',
    '## **First things first**',
    '',
    'There are availability SLAs for all services, if availability dips below that SLA, we have got a problem.',
    '',
    "![Billy's Latency](./BillyLatency.png)",
    "<center><I>Billy's latency on the cluster with the new hardware compared to the old cluster</I></center>",
    '<br/>',
    'I started by preparing a simple change that updated some configs and hoped that would do the trick – it didn’t. Latency and availability stayed about the same.',
  ].join('\n')

  it('should say a table of contents in the notes, and not open the talk twice with its title', () => {
    const all = slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: spikes })).html))
    expect(all.filter((slide) => text(select('h1, h2', slide)).startsWith('Livesite'))).toHaveLength(1)
    expect(all.flatMap((slide) => selectAll(':scope > ul:not(.lectern-points)', slide))).toEqual([])
    expect(text(select('aside.notes', all[0]))).toContain('Take a step back, and retry')
    // A nested one too: babel's "Nearing the 7.0 Release" headings.
    const nested = slides(
      '# T\n\n## Contents\n\n- [Recent Changes](#recent-changes)\n  - [Removed the Stage Presets](#removed)\n- [Babel 7 Upgrades](#upgrades)\n\n## Recent Changes\n\nThe team removed the stage presets in favour of explicit proposal plugins.',
    )
    expect(nested.flatMap((slide) => selectAll(':scope > ul:not(.lectern-points)', slide))).toEqual([])
    // (One whose entries each say after a dash what their part holds: Servo's monthly update (review 106) showed its outline
    // as a slide of its own, "Security– memory safety fixes".)
    const described = slides(
      '# May\n\nThis is another big update, so here is an outline:\n\n- [**Security**](#security)<br>– memory safety fixes\n\n- [**Performance**](#performance)<br>– about:memory, threads, layout\n\n## Security\n\nThe runtime had several memory safety bugs that have been fixed in this release.\n',
    )
    expect(described.flatMap((slide) => selectAll(':scope > ul:not(.lectern-points)', slide))).toEqual([])
    expect(text(select('aside.notes', described[0])) + text(select('aside.notes', described[1]))).toContain('memory safety fixes')
    // (Not a list of links to parts with a sentence of their own after each.)
    const said = slides(
      '# May\n\nWe did a lot:\n\n- [**Security**](#security) was the part we worked on most, and it shows in every release we made this year.\n- [**Speed**](#speed) came second.\n\n## Security\n\nThe runtime had several memory safety bugs that have been fixed in this release.\n',
    )
    expect(
      said.flatMap((slide) =>
        selectAll('ul:not(.lectern-points)', slide).filter((list) => !selectAll('aside.notes ul', slide).includes(list)),
      ),
    ).not.toEqual([])
  })

  it('should say a table of contents written as raw-HTML links in the notes, not show its entries as points', () => {
    const found = slides(
      [
        '# Release notes',
        '',
        'Our biggest release yet brings new physics and better rendering to every platform.',
        '',
        '<a href="#core">**Core:**</a>',
        '',
        '- <a href="#physics">New physics engine</a>',
        '- <a href="#rendering">Faster *rendering*</a>',
        '',
        '## Physics',
        '',
        'The new physics engine handles stacking without jitter on large scenes.',
        '',
        '## Links',
        '',
        '- <a href="https://example.com/a">A page elsewhere</a>',
        '- <a href="https://example.com/b">Another page elsewhere</a>',
      ].join('\n'),
    )
    const shown = found.map((slide) => text(select('.lectern-points', slide))).join(' | ')
    expect(shown).not.toMatch(/New physics engine|Faster rendering/)
    expect(found.map((slide) => text(select('aside.notes', slide))).join(' ')).toContain('New physics engine')
    // (Links to other pages are the post's content, not its index.)
    expect(found.map((slide) => text(slide)).join(' ')).toMatch(/A page elsewhere/)
  })

  it('should end a raw-HTML caption at a lone <br/> line, the paragraph after it said and pointed', () => {
    const found = slides(`# T\n\n${spikes.split('\n').slice(10).join('\n')}`)
    const notes = found.map((slide) => text(select('aside.notes', slide))).join(' ')
    expect(notes).toContain('I started by preparing a simple change')
    expect(found.flatMap((slide) => selectAll('.lectern-points', slide).map(text)).join(' ')).toMatch(
      /I started by preparing a simple change/,
    )
    // A French retrospective: a table, a lone `<br />`, then the lead-in of a list.
    const french = slides(
      "# T\n\n## Bilan\n\n| Language  | V1      | V2     |\n|-----------|---------|--------|\n| PHP       | 138,000 | 75,000 |\n| JS        | 312,000 | 20,000 |\n\n<br />\nCela s'explique par:\n\n* Passage des librairies JS avec NPM, et publication avec Gulp\n* Suppression du code mort et des modules inutilisés\n",
    )
    expect(french.map((slide) => text(select('aside.notes', slide))).join(' ')).toContain("Cela s'explique par")
    expect(french.map((slide) => text(slide)).join(' ')).not.toMatch(/<br|&lt;/)
  })
})

describe('a lead-in over its block', () => {
  it('should not set a lead-in over a picture that cannot be shown, its caption line in its place', () => {
    // (Review 57: "Our best guess of a scenario looks something like:" over a figure left out.)
    const markdown =
      '# T\n\n## S\n\nThe virus spread through the community for weeks before anyone noticed it.\n\nOur best guess of a scenario looks something like:\n\n![A transmission chain from the first case to the second](missing.png)\n\nCommunity spread occurred and was undetected due to the narrow case definition.\n'
    // (Rendered as the node layer does when the picture is not there: its source planned as none.)
    const first = renderDeck(new VFile({ path: 'talk.md', value: markdown }))
    const sources = new Map((first.file.data.assets ?? []).map((asset) => [asset.url, null]))
    const found = slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown }), {}, sources).html)).slice(1)
    const shown = found.flatMap((slide) => selectAll('ul.lectern-points > li', slide).map(text))
    expect(shown.join(' ')).not.toContain('looks something like')
  })

  it('should show a paragraph that leads into its list with a colon over the list, not leave the list under the point before', () => {
    const found = slides(
      [
        '# T',
        '',
        '## Community',
        '',
        'In this spirit, we ask repository owners to make a reasonable effort to address reported issues.',
        '',
        'If our community flags a specific model as high risk, we consider:',
        '- reducing its visibility in the trending tab,',
        '- requesting gated access,',
        '- disabling access.',
        '',
        '## Code',
        '',
        'The parser now reads the whole file before it starts.',
        '',
        "Here's what that looks like:",
        '',
        '```js',
        'const tree = parse(await read(file))',
        '```',
      ].join('\n'),
    )
    const community = found.find((slide) => text(select('h2', slide)) === 'Community')!
    const points = selectAll('.lectern-points > li', community).map(text)
    expect(points).toEqual([
      'We ask repository owners to make a reasonable effort to address reported issues',
      'If our community flags a specific model as high risk, we consider:',
    ])
    // (The line sits right over its list, as its introduction: no bullet of a point.)
    expect(selectAll(':scope > *', community).map((node) => node.tagName)).toEqual(['h2', 'ul', 'ul', 'aside'])
    expect(selectAll('.lectern-points > li.lectern-lead-in', community).map(text)).toEqual([
      'If our community flags a specific model as high risk, we consider:',
    ])
    // Nor one that only says "here are examples".
    const examples = slides(
      "# T\n\n## Plugins\n\nThe plugin list grew to two hundred entries.\n\nLet's highlight some examples:\n- one\n- two\n- three\n",
    )
    expect(examples.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))).toEqual([
      'The plugin list grew to two hundred entries',
    ])
    // Nor one that sends the reader to the links after it.
    const pointer = slides(
      '# T\n\n## Next steps\n\nThe model runs on a laptop with eight gigabytes of memory.\n\nFor more information, check out the official Ollama documentation:\n- [Documentation](https://example.com/docs)\n- [Importing models](https://example.com/import)\n',
    )
    expect(pointer.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))).toEqual([
      'The model runs on a laptop with eight gigabytes of memory',
    ])
    // One that only points at its block says nothing over it.
    const code = found.find((slide) => text(select('h2', slide)) === 'Code')!
    expect(selectAll('.lectern-points > li', code).map(text)).toEqual(['The parser now reads the whole file before it starts'])
    // Nor one that goes on from the sentence before it.
    const block = '\n\n```js\nfor (const [key, value] of params) console.log(key, value)\n```\n'
    for (const leaning of ['Which means you can easily turn the parameters into an array of pairs:', 'And with a two-hour time range:'])
      expect(leadInLines(`# T\n\n## Params\n\nThe parameters object has an iterator.\n\n${leaning}${block}`), leaning).toEqual([])
  })
})

describe('a name and its verdict over a list', () => {
  it('should set "C++ sucks:" over its list as "Python rocks:" is, but not a pronoun and its verb', () => {
    // Dimitri Merejkowsky's "I don't need types" (review 71): one of the two showed, the other not.
    expect(
      leadInLines(
        '# T\n\n## Then\n\nA few years ago, I was working in a team that wrote C++ all day long.\n\nC++ sucks:\n\n* I have to specify types everywhere.\n* I have to wait for the compiler.\n\nPython rocks:\n\n* I do not have to think about types.\n* I get a test failure at once.\n',
      ),
    ).toEqual(['C++ sucks:', 'Python rocks:'])
    expect(leadInLines('# T\n\n## Run\n\nThe tool reads the whole file first.\n\nIt prints:\n\n```\nok 1\nok 2\n```\n')).toEqual([])
  })
})

describe('a line the listing after it completes', () => {
  it('should show "By default, it would be" and "Change it to" over their listings, with a colon', () => {
    // A Git-for-Windows setup tutorial (review 77): two paths on a slide, nothing saying which is which.
    expect(
      leadInLines(
        '# Git\n\n## Step 5\n\nBy default, it would be\n\n    C:\\Program Files\\Git\n\nChange it to\n\n    C:\\LEO\\Git\n\n## Step 6\n\nThe default installation settings are fine for most people.\n',
      ),
    ).toEqual(['By default, it would be:', 'Change it to:'])
    // (Not a sentence that ends, nor one that only goes on from the one before.)
    expect(leadInLines('# T\n\n## Run\n\nThe tool reads the whole file first.\n\n```\nok 1\n```\n')).toEqual([])
  })
})

describe('a paragraph left without a stop before its listing', () => {
  it('should share a slide with the listing it goes on into', () => {
    // Airflow 2.10's release post (review 86): each such line ended one slide and its code opened the next.
    // (Apache Airflow's blog, apache/airflow-site, Apache-2.0: the section as written.)
    const markdown = `# Airflow 2.10\n\n${'\nEach executor comes with its unique set of strengths and weaknesses, typically balancing latency, isolation, and compute efficiency. Traditionally, an Airflow environment is limited to a single executor, requiring users to make trade-offs, as no single executor is perfectly suited for all types of tasks.\n\nWe are introducing a new feature that allows for the concurrent use of multiple executors within a single Airflow environment. This flexibility enables users to take advantage of the specific strengths of different executors for various tasks, improving overall efficiency and mitigating weaknesses. Users can set a default executor for the entire environment and, if necessary, assign particular executors to individual DAGs or tasks.\n\nTo configure multiple executors we can pass comma separated list in airflow configuration. The first executor in the list will be the default executor for the environment.\n\n```\n[core]\nexecutor = \'LocalExecutor,CeleryExecutor\'\n```\n\nTo make it easier for dag authors, we can also specify aliases for executors that can be specified in the executor configuration\n\n```commandline\n[core]\nexecutor = \'LocalExecutor,KubernetesExecutor,my.custom.module.ExecutorClass:ShortName\'\n```\n\nDAG authors can specify executors to use at the task\n\n```python\nBashOperator(\n    task_id="hello_world",\n    executor="ShortName",\n    bash_command="echo \'hello world!\'",\n)\n\n@task(executor="KubernetesExecutor")\ndef hello_world():\n    print("hello world!")\n```\n\nWe can also specify executors on the DAG level\n\n```python\ndef hello_world():\n    print("hello world!")\n\ndef hello_world_again():\n    print("hello world again!")\n\nwith DAG(\n    dag_id="hello_worlds",\n    default_args={"executor": "ShortName"},  # Applies to all tasks in the DAG\n) as dag:\n    # All tasks will use the executor from default args automatically\n    hw = hello_world()\n    hw_again = hello_world_again()\n```'}`
    const found = slides(markdown)
    for (const [line, name] of [
      ['DAG authors can specify executors to use at the task', 'task_id="hello_world"'],
      ['We can also specify executors on the DAG level', 'dag_id="hello_worlds"'],
    ]) {
      const slide = found.find((each) => text(each).includes(line))
      expect(slide && text(slide), line).toContain(name)
    }
  })
})

describe('a lead-in too long only for an aside in brackets', () => {
  it('should show it over its list without the aside, and a lead-in too long without one nowhere', () => {
    // Ember 5.0's release post (review 71): the list of what 4.x shipped hung under the point before it.
    const list =
      '\n\n- In 4.1, we shipped the cached decorator for expensive getters.\n- In 4.4, we shipped a unique-id helper for accessible forms.\n'
    expect(
      leadInLines(
        `# T\n\n## Releases\n\nEvery twelve minor releases, the framework ships a new major release.\n\nIn the 4.x minor releases, we landed a bunch of features (along with various bug fixes, of course):${list}`,
      ),
    ).toEqual(['In the 4.x minor releases, we landed a bunch of features:'])
    expect(
      leadInLines(
        `# T\n\n## Releases\n\nEvery twelve minor releases, the framework ships a new major release.\n\nIn the minor releases of the last two years we landed a whole bunch of features that people asked for in (f) and g:${list}`,
      ),
    ).toEqual([])
  })
})

describe("a file's name alone over its listing", () => {
  it('should set the name over the listing as its caption, in code, not show it as a point', () => {
    // (Review 69: a Jekyll tutorial's "`_posts/2020-01-01-hello-world.md`" over its listing showed as a bullet.)
    const found = slides(
      '# T\n\n## Write your content\n\nMake a folder for your posts and create a first document in it with some content.\n\n`_posts/2020-01-01-hello-world.md`\n\n```md\n---\nlayout: post\ntitle: Hello\n---\n```\n',
    )
    const [slide] = found.filter((each) => text(select('h2', each)) === 'Write your content')
    expect(selectAll('.lectern-points > li.lectern-lead-in', slide).map(text)).toEqual(['_posts/2020-01-01-hello-world.md'])
    expect(select('.lectern-points > li.lectern-lead-in > code', slide)).toBeDefined()
    expect(selectAll('.lectern-points > li:not(.lectern-lead-in)', slide).map(text)).toEqual([
      'Make a folder for your posts and create a first document',
    ])
    // (A sentence of code is no file's name.)
    const call = slides('# T\n\n## Run\n\n`npm run build --watch`\n\n```sh\nnpm run build\n```\n')
    expect(call.flatMap((each) => selectAll('li.lectern-lead-in', each))).toHaveLength(0)
  })
})

describe('the subject of a list whose items go on its sentence', () => {
  it('should show "The majority of our respondents:" over items that each open on their verb', () => {
    // The Carpentries' long-term survey post (review 45): the items showed without their subject.
    const found = slides(
      '# T\n\n## Highlights\n\nThe majority of our respondents:\n\n- Gained confidence in the tools that were covered during their workshop (85.3%).\n- Reported improving their coding practices (63.1%).\n',
    )
    expect(found.flatMap((slide) => selectAll('.lectern-points > li.lectern-lead-in', slide).map(text))).toEqual([
      'The majority of our respondents:',
    ])
    // (Items that are things, not what the words before did, need no subject: a few words over them point at them.)
    const things = slides('# T\n\n## Highlights\n\nThe majority of our respondents:\n\n- Students (85.3%)\n- Researchers (63.1%)\n')
    expect(things.flatMap((slide) => selectAll('.lectern-points > li.lectern-lead-in', slide).map(text))).toEqual([])
  })
})

describe('a label over its block', () => {
  it('should show "Before:" and "After:" over the listings they label, and no address as a point', () => {
    const found = slides(
      [
        '# T',
        '',
        '## Warnings',
        '',
        'The compiler now names the file that defined a macro first.',
        '',
        'Before:',
        '```console',
        'warning: macro redefined (built-in)',
        '```',
        'After:',
        '```console',
        'warning: macro redefined (command line)',
        '```',
        'Commit: https://reviews.example.org/D145397 (Jane Doe)',
      ].join('\n'),
    )
    expect(found.flatMap((slide) => selectAll('.lectern-points > li.lectern-lead-in', slide).map(text))).toEqual(['Before:', 'After:'])
    expect(found.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text)).join(' ')).not.toMatch(/https?:/)
    // (A sentence with a verb that only points at its block says nothing over it: "Here's how:", "It prints:".)
    const pointing = slides('# T\n\n## Code\n\nThe parser reads the whole file first.\n\nIt prints:\n```\nok\n```\n')
    expect(pointing.flatMap((slide) => selectAll('.lectern-points > li.lectern-lead-in', slide).map(text))).toEqual([])
    // (Nor one whose inline formula would show as its TeX: Lilian Weng's bandits post, review 53.)
    const tex = slides(
      '# T\n\n## Regret\n\nThe optimal reward probability $$\\theta^{*}$$ of the optimal action $$a^{*}$$ is:\n\n$$\n\\theta^{*} = \\max_a Q(a)\n$$\n',
    )
    expect(tex.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text)).join(' ')).not.toMatch(/\\theta/)
    // (Nor a connective that hands over to a formula, "Hence:", as a saved physics page has it: it names nothing of it.)
    const hence = slides('# T\n\n## Energy\n\nThe ring is 27 km round.\n\nHence:\n\n$$\nE = qBr\n$$\n')
    expect(hence.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))).not.toContain('Hence:')
    // (Nor, in French, a line that points back or gives an example, "Cela permet :", "Par exemple :": a
    // Jamstack opinion post, review 89. "Avant :" labels its listing.)
    const french = slides(
      '---\nlang: fr\n---\n\n# T\n\n## Avantages\n\nNous générons le site une fois par jour.\n\nCela permet :\n\n- de réduire les appels\n- de garder le cache\n\nPar exemple :\n\n- une page\n- deux pages\n\nAvant :\n\n```js\nlet a = 1\n```\n',
    )
    const shown = french.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))
    expect(shown).not.toContain('Cela permet :')
    expect(shown).not.toContain('Par exemple :')
    expect(shown).toContain('Avant :')
    // (An English line over its list drops the adverb that links it to the sentence before: Linkerd's CVE post, review 89.)
    const linked = slides(
      '# T\n\n## Versions\n\nAll recent versions of Linkerd are resilient to this class of attack.\n\nSpecifically, versions of Linkerd that are resilient to CVE-2023-44487 include:\n\n- Linkerd 2.14 and later\n- Linkerd edge-23.4.1 and later\n',
    )
    expect(linked.flatMap((slide) => selectAll('.lectern-points > li.lectern-lead-in', slide).map(text))).toEqual([
      'Versions of Linkerd that are resilient to CVE-2023-44487 include:',
    ])
  })
})

describe('slides said in about two minutes', () => {
  it('should not make a slide of an essay said for five minutes or more, whatever its points', () => {
    // An essay without headings: long reflective paragraphs, about a hundred words each.
    const topics = ['licences', 'pseudonyms', 'courts', 'maintainers', 'liability', 'donations', 'identity', 'trust', 'forks', 'security']
    const paragraph = (topic: string, index: number) =>
      `Over the years the question of ${topic} kept coming back in the projects I maintain, in issue trackers, in private mail and at conferences, and every time it came back it looked a little different from the time before. ` +
      `Some people told me that ${topic} did not matter at all for open source work, while others argued that ${topic} was the only thing that mattered, and I was never sure which side of that argument I was really on. ` +
      `Looking at it again in year ${2010 + index}, I think the honest answer is that both sides were partly right about ${topic}.`
    const essay = ['---', 'title: Skin in the game', '---', '', ...topics.flatMap((topic, index) => [paragraph(topic, index), ''])].join(
      '\n',
    )
    const found = slides(essay)
    const timings = found.map((slide) => Number(slide.properties.dataTiming))
    expect(timings.length).toBeGreaterThanOrEqual(3)
    // (About two minutes a slide; four at most where one takes in a neighbour's lone point.)
    expect(Math.max(...timings)).toBeLessThanOrEqual(250)
  })

  it('should split a section of long paragraphs into slides of two points rather than join one said for over four minutes', () => {
    // Six paragraphs of about a minute each: one each would be six lone points, and joining each
    // lone point to the slide before (as a short one may join) made one slide said for six minutes.
    const subjects = ['The scheduler', 'The allocator', 'The compiler', 'The linker', 'The loader', 'The debugger']
    const filler =
      'We measured it on every machine we had, in the lab and in production, over several weeks of ordinary traffic and a few days of synthetic load that we built to stress the slowest paths. '
    const paragraph = (subject: string) => `${subject} got twice as fast after the rewrite. ${filler.repeat(4).trim()}`
    const found = slides(['# Speed', '', '## Results', '', ...subjects.flatMap((subject) => [paragraph(subject), ''])].join('\n'))
    const timings = found.map((slide) => Number(slide.properties.dataTiming))
    expect(Math.max(...timings)).toBeLessThanOrEqual(240)
    // (No slide left with one point: two a slide.)
    const points = found.map((slide) => selectAll('.lectern-points > li', slide).length).filter((count) => count > 0)
    expect(points).not.toContain(1)
    expect(points.reduce((sum, count) => sum + count, 0)).toBe(6)
  })

  // PostHog's post on anonymous events (review 96): without its line, the list of what one cannot do read as a list of features.
  it('should show a line that denies what the list after it says, however few its words', () => {
    const limits = (line: string) =>
      leadInLines(
        `# Pricing\n\n## Limits\n\n${line}\n\n- Filter on persons.\n- Do multi-touch attribution.\n- Target by person properties.\n\nIf you need the above functionality for all your traffic, you do not need to change anything.\n`,
      )
    expect(limits('With anonymous events, you cannot:')).toEqual(['With anonymous events, you cannot:'])
    expect(limits("You can't:")).toEqual(["You can't:"])
    // (A condition alone denies nothing the items say; a line of few words that denies nothing stays off the slide.)
    expect(limits("If you aren't familiar:")).toEqual([])
    expect(limits('With anonymous events, you can:')).toEqual([])
    // (Nor words that only point at the list, "No surprises here:".)
    expect(limits('No surprises here:')).toEqual([])
    // (Review 98 and 99: a line ending on the preposition the items complete is shown; one that points elsewhere is not.)
    expect(limits('Feedback can be shared through:')).toEqual(['Feedback can be shared through:'])
    expect(limits('You can donate via:')).toEqual(['You can donate via:'])
    expect(limits("Once you've done so, see how to:")).toEqual([])
    // (Review 100, Lit 3.0's launch: a promise of the list that names it is its lead-in; a bare pointer is not.)
    expect(limits('Here are the biggest things Lit 3.0 changes:')).toEqual(['Here are the biggest things Lit 3.0 changes:'])
    expect(limits("Here's what it looks like:")).toEqual([])
    // (Review 103, gVisor's study: a line whose subject names what the items are says what the list is, and is no
    // point of its own; "Our conclusions are simple" was shown as a point over the list.)
    expect(limits('Our conclusions are simple:')).toEqual(['Our conclusions are simple:'])
    const shown = slides(
      '# Study\n\n## Conclusion\n\nThe sandbox ran every project we tried and found real bugs in several of them.\n\nOur conclusions are simple:\n\n1. **gVisor is production-ready.**\n2. **Most issues are not gVisor’s.**\n',
    )
    expect(shown.flatMap((slide) => selectAll('.lectern-points > li:not(.lectern-lead-in)', slide).map(text))).not.toContain(
      'Our conclusions are simple',
    )
  })

  // Review 102: Solidity's advisory ("…meets **all** of the following conditions:", twenty words) and a migration story
  // ("And a trusty shell script … that:" over what it did): without their lines, the lists read as the point before's.
  it('should show a long line that says how the items combine, and one opening on "And" that the items complete', () => {
    const conditions = leadInLines(
      '# Bug\n\n## Which contracts are affected?\n\nThe effects of the bug manifest when a contract performs ABI-encoding of a tuple that meets **all** of the following conditions:\n1. The last component of the tuple is a statically-sized calldata array.\n2. The tuple contains at least one dynamic component.\n',
    )
    expect(conditions).toEqual([
      'The effects of the bug manifest when a contract performs ABI-encoding of a tuple that meets all of the following conditions:',
    ])
    const script = leadInLines(
      '# Migration\n\n## Moving the data\n\nWe used nmig for moving the data.\n\nAnd a trusty shell script running in GNU Screen that:\n\n1. took a list of databases\n1. generated a new database and user\n',
    )
    expect(script).toEqual(['A trusty shell script running in GNU Screen that:'])
    // (Not a long line that says nothing of how they combine, nor an "And" line the items do not complete.)
    expect(
      leadInLines(
        '# T\n\n## A\n\nThe effects of the bug manifest when a contract performs ABI-encoding of a tuple with the properties listed in the table here:\n1. The last component is an array.\n2. The tuple is dynamic.\n',
      ),
    ).toEqual([])
    expect(leadInLines('# T\n\n## A\n\nWe used nmig.\n\nAnd with a 2h time range:\n\n- Fast.\n- Cheap.\n')).toEqual([])
  })

  // Review 106: Vector's post on testing ("There are a few factors that make ensuring robustness a particularly difficult task
  // for software like Vector:", seventeen words) and Servo's monthly update ("**servoshell** has two new options:", opening
  // in lower case on the program's name): without their lines, the lists read as the point before's.
  it('should show a long line that counts the items it names, and one that opens in lower case on a name and its verb', () => {
    expect(
      leadInLines(
        '# Testing\n\n## Introduction\n\nReliability and performance were two of our top priorities.\n\nThere are a few factors that make ensuring robustness a particularly difficult task for software like Vector:\n\n1. It is relatively new.\n2. It lives at the edges.\n',
      ),
    ).toEqual(['There are a few factors that make ensuring robustness a particularly difficult task for software like Vector:'])
    expect(
      leadInLines(
        '# May\n\n## For users\n\nWe fixed many bugs this month in the layout engine.\n\n**servoshell** has two new options:\n\n- You can now configure the hosts file.\n- You can now provide user scripts.\n',
      ),
    ).toEqual(['servoshell has two new options:'])
    // (Not the end of a sentence a block cut, opening in lower case on a function word, nor a long line that counts nothing.)
    expect(leadInLines('# T\n\n## A\n\nWe used nmig.\n\nand then configured it like:\n\n- Fast.\n- Cheap.\n')).toEqual([])
    expect(
      leadInLines(
        '# T\n\n## A\n\nWe used nmig.\n\nThe factors that make ensuring robustness a particularly difficult task for software like ours are the following:\n\n- Fast.\n- Cheap.\n',
      ),
    ).toEqual([])
  })

  // Rust's post on Gloo's layers (review 98): the sentence the items go on ("…so that we") was left off, and its list,
  // shown under the point before, read as that point's sub-bullets.
  it('should show a sentence that runs on into a list whose items go on with it, without a concession it opens on', () => {
    const lines = leadInLines(
      [
        '# Gloo',
        '',
        '## Layers',
        '',
        'Every layer should be publicly exposed and reusable.',
        '',
        'While this approach to API design is certainly not novel, we want to very deliberately follow it so that we',
        '',
        '* maximize reusability for the larger ecosystem, and',
        '* exercise our mid-level APIs when building higher-level APIs.',
        '',
        'As we go through and examine each layer, I will use the timer APIs of the Web as a running example.',
      ].join('\n'),
    )
    expect(lines).toEqual(['We want to very deliberately follow it so that we'])
  })
})
