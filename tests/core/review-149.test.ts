import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { indentedCodeLines } from '../../src/core/prose-scan.ts'
import { points } from '../helpers/key-points.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 149), and a look back over the earlier rounds' decks, found wrong
 * on their slides. Each case is written from the article's own words.
 */

describe('review 149', () => {
  it('should never show the words before a colon that only say what kind of thing follows, "The obvious question is"', () => {
    // A post on software bills of materials: its point was "The obvious question is".
    for (const point of points(
      'The obvious question is: How can we keep track of all of these changes? The answer is simple: a bill of material difference tool (BOM diff tool).',
    ))
      expect(point ?? '').not.toMatch(/question is$/)
    expect(points('The real problem was: Nobody read the logs until something broke.')).toEqual([
      'Nobody read the logs until something broke',
    ])
    // A conference keynote's transcript: "And my answer is", "Usually it boils down to".
    expect(points('And my answer is: Pay attention to singular stories.')).toEqual(['Pay attention to singular stories'])
    expect(points("Usually it boils down to: If you don't write that library, no one else will.")[0] ?? '').not.toMatch(/down to$/)
  })

  it('should keep inline code that ends a sentence, "with `+` and `-`."', () => {
    // A history of programming languages: its minus was read as a dash at the end and dropped.
    expect(points('In Ruby everything is a function call, even arithmetic operations with `+` and `-`.')).toEqual([
      'In Ruby everything is a function call, even arithmetic operations with + and -',
    ])
  })

  it('should typeset a formula that uses a macro of the writer’s site, the macro shown as its name, and say so once', () => {
    // A post on Laplace approximations: `\D`, `\map` and `\L`, defined in its site's configuration, left 28 formulas as TeX.
    const rendered = renderDeck(
      [
        '# T',
        '',
        '## A',
        '',
        'Given a dataset $\\D$, the estimate $\\theta_\\map$ maximises $\\L(\\theta; \\D)$.',
        '',
        'Its mode is $\\theta_\\map$ again.',
        '',
      ].join('\n'),
    )
    const html = rendered.html
    expect(html).not.toContain('lectern-math-error')
    expect(selectAll('.katex', parseDeck(html)).length).toBeGreaterThanOrEqual(4)
    expect(text(parseDeck(html))).toMatch(/θmap/)
    const warnings = rendered.file.messages.map(String)
    expect(warnings.filter((warning) => warning.includes('\\map'))).toHaveLength(1)
    expect(warnings.join('\n')).toMatch(/\\D, a macro the article does not define/)
    expect(warnings.join('\n')).not.toMatch(/could not be typeset/)
  })

  it('should still show a formula KaTeX cannot read for another reason as written, with its warning', () => {
    const rendered = renderDeck('# T\n\n## A\n\nThe sum $\\frac{1}{$ is broken.\n')
    expect(rendered.file.messages.map(String).join('\n')).toMatch(/could not be typeset/)
  })

  it('should show the picture a site’s own component draws by its `imagePath` and `altText`', () => {
    const rendered = renderDeck(
      new VFile({
        path: 'post.mdx',
        value: [
          '# T',
          '',
          '## A',
          '',
          'The flowchart sums up the methods.',
          '',
          '<BlogImage',
          "  imagePath='https://example.org/img/laplace/flowchart.png'",
          "  altText='Modern arts of Laplace approximations.'",
          '  fullWidth',
          '/>',
          '',
        ].join('\n'),
      }),
    )
    const image = select('img', parseDeck(rendered.html))
    expect(image?.properties.src).toBe('https://example.org/img/laplace/flowchart.png')
    expect(image?.properties.alt).toBe('Modern arts of Laplace approximations.')
    expect(rendered.html).not.toContain('BlogImage')
  })

  it('should read an interview whose names stand alone over each answer, the answers in block quotes, as turns', () => {
    // A conference's interview of five attendees: each slide's points were a column of names ("Amanda:", "Andrew:"), the
    // answers shown as quotes too long for the slide, and the notes held only the names.
    const article = [
      '# Getting to know folks',
      '',
      '**Interviewer Tim**:',
      '',
      'Can you please tell us what you are looking forward to at the conference?',
      '',
      '**Amanda**:',
      '',
      '> It is going to be my first in-person international conference. I am really looking forward to the talks as well.',
      '',
      '**Andrew**:',
      '',
      '> Catching up with other members of the community in person!',
      '',
      '**Interviewer Tim**:',
      '',
      'What country are you traveling from?',
      '',
      '**Amanda**:',
      '',
      '> Portugal, but I am from Brazil.',
      '>',
      '> I moved there two years ago to work on a Django team in Lisbon.',
      '',
      '**Andrew**:',
      '',
      '> The United States.',
      '',
    ].join('\n')
    const tree = parseDeck(renderDeck(article).html)
    const titles = slidesOf(tree).map((slide) => text(select('h1, h2, h3', slide)))
    expect(titles).toContain('Can you please tell us what you are looking forward to at the conference?')
    expect(titles).toContain('What country are you traveling from?')
    const shown = selectAll('.lectern-points > li', tree).map((item) => text(item))
    expect(shown.filter((point) => /^\w+:$/.test(point))).toEqual([])
    expect(selectAll('section blockquote', tree).filter((quote) => !quote.properties.className)).toEqual([])
    const notes = selectAll('aside.notes', tree)
      .map((aside) => text(aside))
      .join('\n')
    expect(notes).toMatch(/Amanda:\s*It is going to be my first in-person international conference/)
    expect(notes).toMatch(/Andrew:\s*Catching up with other members/)
    expect(notes).toContain('I moved there two years ago')
  })

  it('should leave a lone bold label over a quote as written where no conversation is held', () => {
    const tree = parseDeck(
      renderDeck(
        ['# T', '', '## A', '', 'Words of the post, long enough.', '', '**Update**:', '', '> The fix shipped in 2.1.', ''].join('\n'),
      ).html,
    )
    expect(text(tree)).toContain('Update')
    expect(text(tree)).toContain('The fix shipped in 2.1.')
  })

  it('should show a long quotation’s excerpt without the markup written among its words, and title no slide by a tag', () => {
    // Reading notes on a book: `><span style = "color:darkslateblue"> In the journey…` showed its opening tag on the slide,
    // and slides were titled "The Thesis: span style".
    const long = Array.from(
      { length: 12 },
      (_, index) => `The entrepreneur is transformed from a booster number ${index + 1} of the common good.`,
    )
    const items = Array.from(
      { length: 8 },
      (_, index) =>
        `${index + 1}. <span style = "color:black">Plutocrats have changed how people think about change, point ${index + 1}.</span>`,
    )
    const tree = parseDeck(
      renderDeck(
        ['# Notes', '', '## **The Thesis:**', '', ...items, '', `><span style = "color:darkslateblue"> ${long.join(' ')}</span>`, ''].join(
          '\n',
        ),
      ).html,
    )
    const quote = select('section blockquote', tree)
    expect(text(quote)).toMatch(/^\s*The entrepreneur is transformed/)
    expect(text(quote)).toContain('[…]')
    expect(text(tree)).not.toMatch(/span style|<span/)
    const titles = slidesOf(tree).map((slide) => text(select('h1, h2', slide)))
    expect(titles).toContain('The Thesis')
    expect(titles.filter((title) => title.includes(':'))).toEqual([])
  })

  it('should read a nested list item indented by a tab as the list’s, its prices as prices and its bold as bold', () => {
    const html = renderDeck(
      [
        '# T',
        '',
        '## A',
        '',
        '2. There is more generosity in the U.S. than ever before.',
        '',
        '\t- In 2018, Americans gave **$427 billion** dollars to charity -- $292 billion from individuals.',
        '',
      ].join('\n'),
    ).html
    expect(html).toMatch(/<strong>\$427 billion<\/strong>/)
    expect(html).not.toContain('**')
  })

  it('should read an indented code block as CommonMark does: past the margin, or past the words of the list it is in', () => {
    const lines = [
      '2. There is more generosity.',
      '',
      '\t- A nested item, indented by a tab.',
      '',
      '          code inside the nested item, four past its words',
      '',
      'Words at the margin end the list.',
      '',
      '    steps:',
      '    - run: echo $HOME',
    ]
    expect(indentedCodeLines(lines.join('\n'))).toEqual([false, false, false, false, true, false, false, false, true, true])
    expect(indentedCodeLines(['- An item', '', '        code four past its words'].join('\n'))).toEqual([false, false, true])
  })

  it('should still keep the dollars of an indented code block as written, inside a list too', () => {
    const html = renderDeck(
      ['# T', '', '## A', '', 'Run:', '', '    echo $HOME and $PATH', '', '- An item', '', '        echo $A and $B', ''].join('\n'),
    ).html
    expect(html).toContain('echo $HOME and $PATH')
    expect(html).toContain('echo $A and $B')
    // (A line of code that opens with a dash is no list item.)
    const workflow = renderDeck(
      ['# T', '', '## A', '', 'The workflow:', '', '    steps:', '    - run: echo $HOME and $PATH', '', 'Words.', ''].join('\n'),
    ).html
    expect(workflow).toContain('run: echo $HOME and $PATH')
  })

  it('should say a name signed with a dash under a post’s last words, and never show it as a list', () => {
    // Pulsar's release notes: "- The Pulsar Team" before the rule over the changelog showed as a bullet list on the slide.
    const article = [
      '# T',
      '',
      '## What is new',
      '',
      'We have had a busy month with significant changes to all kinds of areas of the editor.',
      '',
      '- The Pulsar Team',
      '',
      '---',
      '',
      '- Fixed a race condition in autocomplete.',
      '- Fixed the about package.',
      '',
    ].join('\n')
    const tree = parseDeck(renderDeck(article).html)
    const shownLists = selectAll('section > ul:not(.lectern-points) li', tree).map((item) => text(item))
    expect(shownLists).not.toContain('The Pulsar Team')
    expect(shownLists).toContain('Fixed the about package.')
    expect(text(select('aside.notes', tree))).toContain('The Pulsar Team')
  })

  it('should still show a list of one link, or of one item amid the text, as a list', () => {
    const tree = parseDeck(
      renderDeck(
        [
          '# T',
          '',
          '## Tools',
          '',
          'Panda keeps the links of blogs you follow.',
          '',
          '- [Panda News Chrome](https://example.org/panda)',
          '',
          '## More',
          '',
          'Words.',
          '',
        ].join('\n'),
      ).html,
    )
    expect(selectAll('section > ul:not(.lectern-points) li', tree).map((item) => text(item))).toContain('Panda News Chrome')
  })

  it('should show a part’s deeper headings on its one slide over what they head, "# Context" over "### Impact"', () => {
    // An incident report written with `#`, `###` and `#####`: "### Impact" was lost from the slide, its list shown under the
    // point before it as if it said more of it; "## Setup" over "#### Install" and "#### Configure" lost both.
    const article = [
      '# Fritz Timeouts',
      '',
      'Hachyderm experienced some more flakiness.',
      '',
      '# Context',
      '',
      'There is a fleet of CDN nodes around the world, serving content for the site.',
      '',
      '### Impact',
      '',
      '- Total streaming server outage reported in Discord',
      '- Slow timeouts reported by users in Twitch chat',
      '',
      '# Setup',
      '',
      'The setup takes a few minutes on any machine with Node installed.',
      '',
      '#### Install',
      '',
      'Run the installer from the project page and accept the defaults.',
      '',
      '#### Configure',
      '',
      '- Set the port in the config file',
      '- Set the host name',
      '',
    ].join('\n')
    const rendered = renderDeck(article)
    const tree = parseDeck(rendered.html)
    const slideOf = (title: string) => slidesOf(tree).find((slide) => text(select('h2', slide)) === title)
    const context = slideOf('Context')
    expect(selectAll('h3.lectern-subheading', context).map((heading) => text(heading))).toEqual(['Impact'])
    // (Over its list, after the point before it.)
    const order = (context?.children ?? []).flatMap((child) =>
      child.type === 'element' && child.tagName !== 'aside' ? [child.tagName] : [],
    )
    expect(order.slice(order.indexOf('h2'))).toEqual(['h2', 'ul', 'h3', 'ul'])
    expect(selectAll('h3.lectern-subheading', slideOf('Setup')).map((heading) => text(heading))).toEqual(['Install', 'Configure'])
    // Said as before: a heading takes no time of its own.
    const plain = parseDeck(renderDeck(article.replace('### Impact\n\n', '')).html)
    const seconds = (deck: typeof tree) => slidesOf(deck).find((slide) => text(select('h2', slide)) === 'Context')?.properties.dataTiming
    expect(seconds(tree)).toBe(seconds(plain))
  })

  it('should show a run-in label’s point where the label titles no slide', () => {
    // An essay on Haskell in production: "**Documentation is abysmal**." and "**You own the transitive dependency tree**."
    // shared a slide titled by the section alone, and both points had gone: the label was to title a slide it never did.
    const article = [
      '# T',
      '',
      '## Joy',
      '',
      'Some opening words of the section about production use.',
      '',
      '**Documentation is abysmal**. Open source Haskell libraries are typically released with below average or non-existent documentation.',
      '',
      '**You own the transitive dependency tree**. With such a small ecosystem, anything we pull in you have to be able to maintain.',
      '',
    ].join('\n')
    const tree = parseDeck(renderDeck(article).html)
    const shown = selectAll('.lectern-points > li', tree).map((item) => text(item))
    expect(shown).toContain('Documentation is abysmal')
    expect(shown).toContain('You own the transitive dependency tree')
    // (Where a label does title its slide, the point that says it again is not shown under it.)
    for (const slide of slidesOf(tree)) {
      const title = text(select('h2', slide))
      for (const point of selectAll('.lectern-points > li', slide)) expect(title).not.toContain(text(point))
    }
  })

  it('should read a link’s title with a full-width mark as part of the Japanese or Chinese sentence that goes on after it', () => {
    // A Japanese post on JavaScript runtimes: "動画で分かる！" in a link's title ended the sentence, and the point opened mid-title.
    for (const point of points(
      'EventLoop については [動画で分かる！ブラウザと Node.js の Event Loop 解説](https://zenn.dev/a/articles/b) などの解説がわかりやすかったです。',
      { lang: 'ja' },
    ))
      expect(point ?? '').not.toMatch(/^ブラウザと/)
    expect(
      points(
        '首先你需要根据自己的诉求、商业模式等选择一个开源协议，这些开源协议的区别在 [如何选择开源许可证？](http://example.org/b.html) 这篇博客中解释的很清楚了。',
        { lang: 'zh' },
      )[0],
    ).toMatch(/^你需要根据自己的诉求/)
  })

  it('should not show a sentence that only says where a linked page is, in Japanese, or a pointer to a series’ next part', () => {
    expect(
      points(
        'Deno Deploy は Deno 社が提供するエッジ環境で JavaScript を実行するサービスです。配信されているリージョンは [こちらのドキュメント](https://example.org/regions) にあります。',
        { lang: 'ja' },
      ),
    ).toEqual(['Deno Deploy は Deno 社が提供するエッジ環境で JavaScript を実行するサービスです'])
    expect(points('Leia também a [parte 2](https://example.org/parte-2) da restrospectiva.', { lang: 'pt' })).toEqual([undefined])
    expect(points('Lee también la [segunda parte](https://example.org/2) de la serie.', { lang: 'es' })).toEqual([undefined])
  })

  it('should leave out a component closed on itself whole, never its name as a speaker’s', () => {
    // A Russian post: `<Banner name="intensive-devops" />` was left out, but its name opened the next paragraph's notes.
    const rendered = renderDeck(
      new VFile({
        path: 'post.mdx',
        value:
          '# T\n\n## A\n\nFirst words of the section here.\n\n<Banner name="intensive-devops" />\n\nСо временем и такой способ стал неудобен.\n',
      }),
    )
    expect(rendered.html).not.toContain('intensive-devops')
    expect(rendered.html).toContain('Со временем и такой способ стал неудобен.')
  })

  it('should read British "whilst" as "while", and "besides doing…" as waiting for its main clause', () => {
    // Pulsar's release notes: "…as, whilst it was good at the time, many of the features…" gave "whilst it was good at the time".
    expect(points('Whilst the old API worked, the new one is faster and simpler to use.')).toEqual([
      'The new one is faster and simpler to use',
    ])
    for (const point of points(
      'This has been a long time coming as, whilst it was good at the time, many of the features of CoffeeScript can now be found in vanilla JavaScript.',
    ))
      expect(point ?? '').not.toMatch(/^whilst/i)
    // A Portuguese conference retrospective: "Além de fazer a obrigatória revisão-relâmpago do processo do Scrum".
    expect(points('Além de revisar o processo, a equipe falou da importância do produto para os clientes.', { lang: 'pt' })).toEqual([
      'A equipe falou da importância do produto para os clientes',
    ])
    expect(
      points("En plus de réviser le processus, l'équipe a parlé de l'importance du produit pour les clients.", { lang: 'fr' }),
    ).toEqual(["L'équipe a parlé de l'importance du produit pour les clients"])
  })

  it('should never cut after one half of "the more…, the more…" that opens after a colon, nor before the second of a pair a colon announced', () => {
    // Cockpit's post on testing: "There's a problem of scale: The more tests we added to gating".
    for (const point of points(
      "But there's a problem of scale: The more tests we added to gating, the more likely it became that any one of them would fail.",
    ))
      expect(point ?? '').not.toMatch(/gating$/)
    // A post on an agent-native training system: "PithTrain is built for dual efficiency: strong training throughput".
    for (const point of points(
      'It is built for **dual efficiency**: strong training throughput together with high *agent-task efficiency*, the cost of using a coding agent to understand, operate, and extend the system.',
    ))
      expect(point ?? '').not.toMatch(/throughput$/)
    // (A cut before "together with" outside such a phrase stands.)
    expect(
      points('We released the new scheduler in March together with a rewrite of the documentation and a new website for it.')[0],
    ).toBeDefined()
  })

  it('should show no point of a turn to the next part or a promise of changes the next sentences give', () => {
    // Pulsar's release notes: "Now onto some bug fixes", "Onto some changes you will see in Pulsar", "We have some nice
    // quality of life changes", and the sentence after that last one, "The first of which is…".
    const paragraph = (first: string) =>
      `${first} The first one regards a race condition that was found in our autocomplete-plus package, closing the list.`
    for (const opening of ['Now onto some bug fixes.', 'Onto some changes you will see in Pulsar.'])
      for (const point of points(paragraph(opening))) expect(point ?? '').not.toMatch(/onto/i)
    for (const point of points(
      'On the topic of the `about` package, we have some nice quality of life changes. The first of which is a change to how we link to the changelog, which now points at the right section of our master branch.',
    ))
      expect(point ?? '').not.toMatch(/quality of life changes$|^The first of which/)
    // (Changes said are a claim: "We fixed some nasty bugs in the parser last month.")
    expect(points('We fixed some nasty bugs in the parser last month.')).toEqual(['We fixed some nasty bugs in the parser last month'])
  })

  it('should show no point of a sentence that only flags a drawback or an answer the next sentence or paragraph gives', () => {
    // A post on Laplace approximations: "The simplicity of the LA is not without a drawback".
    expect(
      points(
        'The simplicity of the LA is not without a drawback. Recall that the Hessian computation scales quadratically in the number of parameters, which is often infeasible for networks.',
      ),
    ).toEqual(['The Hessian computation scales quadratically in the number of parameters'])
    // A keynote's transcript: "Well, I have a paradoxical answer!", the answer in the paragraph after it.
    expect(points('What do we do then? Well, I have a paradoxical answer!')).toEqual([undefined])
    // (An idea said is a claim.)
    expect(points('I have an idea for the next release of the parser.')).toEqual(['I have an idea for the next release of the parser'])
  })

  it('should not show a lede that says the title again under it on the title slide, and still say it', () => {
    // Pulsar's release notes: "Going the whole nine yards: Get Pulsar [1.109.0](…) now!" under the same title.
    const article = [
      '---',
      'title: "Going the whole nine yards: Get Pulsar 1.109.0 now!"',
      'author: Daeraxa',
      '---',
      '',
      'Going the whole nine yards: Get Pulsar [1.109.0](https://example.org/v1.109.0) now!',
      '',
      '## What is new',
      '',
      'Our next release has arrived, and we are excited to share all the changes.',
      '',
    ].join('\n')
    const tree = parseDeck(renderDeck(article).html)
    const title = select('section.lectern-title', tree)
    expect(select('.lectern-description', title)).toBeUndefined()
    expect(text(select('aside.notes', title))).toContain('Going the whole nine yards')
  })

  it('should not open a point on the label its slide is titled by', () => {
    // Cockpit's post on testing: "Example 1: Run on a different Fedora release:" under "tmt customization: Example 1".
    const article = [
      '# T',
      '',
      '## tmt customization',
      '',
      'The run command uses a lot of defaults, but supports customization of every step it takes.',
      '',
      '**Example 1**: Run on a different Fedora release:',
      '',
      '```sh',
      ...Array.from({ length: 12 }, (_, index) => `tmt run --all provision --how virtual --image fedora-3${index}`),
      '```',
      '',
      '**Example 2**: Run the steps until the report stage, which allows you to investigate failures.',
      '',
      '```sh',
      ...Array.from({ length: 12 }, (_, index) => `tmt run --until report --id ${index}`),
      '```',
      '',
    ].join('\n')
    const tree = parseDeck(renderDeck(article).html)
    for (const slide of slidesOf(tree)) {
      const title = text(select('h2', slide))
      const match = /Example \d/.exec(title)
      if (!match) continue
      for (const point of selectAll('.lectern-points > li', slide)) expect(text(point)).not.toMatch(new RegExp(`^${match[0]}`))
    }
    expect(selectAll('.lectern-points > li', tree).map((point) => text(point))).toContain('Run on a different Fedora release:')
  })

  it('should never end a point on a word that makes a preposition with the "to" after it', () => {
    // Cockpit's post on testing: "The tests are described in FMF files that live next".
    for (const sentence of [
      'The tests are described in FMF files that live next to the code in the repository itself.',
      'All of the configuration for the cluster was stored in files kept close to the code of every single service.',
    ])
      for (const point of points(sentence)) expect(point ?? '').not.toMatch(/\b(?:next|close)$/)
  })

  it('should say what a picture shows in the notes with the word for it in the talk’s language', () => {
    // A Russian guide to hosting: "Image: Как работает DNS" in the notes of a Russian talk.
    const notesOf = (article: string) =>
      selectAll('aside.notes', parseDeck(renderDeck(article).html))
        .map((aside) => text(aside))
        .join('\n')
    const russian = notesOf(
      [
        '---',
        'lang: ru',
        '---',
        '',
        '# Т',
        '',
        '## DNS',
        '',
        'Система доменных имён связывает имя сайта с адресом.',
        '',
        '![Как работает DNS](https://example.org/dns.png)',
        '',
      ].join('\n'),
    )
    expect(russian).toContain('Изображение: Как работает DNS')
    expect(russian).not.toContain('Image:')
    const english = notesOf(
      [
        '# T',
        '',
        '## DNS',
        '',
        'The domain name system links a site’s name to its address.',
        '',
        '![How DNS works](https://example.org/dns.png)',
        '',
      ].join('\n'),
    )
    expect(english).toContain('Image: How DNS works')
  })

  it('should show no point of a case only brought up for the next sentence to say something of', () => {
    // A keynote's transcript: "Imagine any Rails app you ever maintained for some time."
    expect(
      points('Imagine any Rails app you ever maintained for some time. It did nothing but grow, one concept after another.')[0] ?? '',
    ).not.toMatch(/^Imagine/)
    expect(
      points(
        'As an example, we might look at the GitLab codebase. At first it looks like your regular Rails app, with models and controllers.',
      ),
    ).toEqual(['At first it looks like your regular Rails app, with models and controllers'])
    // (A scenario said in a clause of its own is the paragraph's.)
    expect(points('Imagine you are building a little HTTP framework in Rust. The framework would need a way to add timeouts.')[0]).toMatch(
      /^Imagine you are building/,
    )
  })

  it('should not show an interviewer’s turn whose question titles the slide again as the slide’s words', () => {
    // A conference's interview: "Is it possible to resonate with all of those answers? … Are you a sticker or pin person?"
    // was shown whole under the title "Are you a sticker or pin person?", the answers one word each.
    const article = [
      '# Getting to know folks',
      '',
      '**Tim**: What country are you traveling from?',
      '',
      '**Amanda**: Portugal, but I am from Brazil, and I moved there two years ago.',
      '',
      '**Andrew**: The United States, from a small town in North Carolina.',
      '',
      '**Tim**: Is it possible to resonate with all of those answers? Because I do. Now, here is my most controversial question. Are you a sticker or pin person?',
      '',
      '**Amanda**: Pins!',
      '',
      '**Andrew**: Stickers!',
      '',
    ].join('\n')
    const tree = parseDeck(renderDeck(article).html)
    const slide = slidesOf(tree).find((each) => text(select('h2', each)) === 'Are you a sticker or pin person?')
    expect(slide).toBeDefined()
    const shown = (slide?.children ?? []).filter((child) => child.type === 'element' && !/^(?:h2|aside)$/.test(child.tagName))
    expect(shown.map((child) => text(child as never)).join(' ')).not.toContain('resonate')
    expect(text(select('aside.notes', slide))).toContain('Is it possible to resonate with all of those answers?')
  })
})
