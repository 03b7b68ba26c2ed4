import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import { renderedDeck, selectAll, text } from '../helpers/html.ts'

/*
 * What reviews of articles lectern had not seen (rounds 114 to 116, and round 111's Docusaurus tutorial) found wrong on
 * their slides. Each case is written from the article's own words.
 */

const deck = renderedDeck

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

  it('should take a line of ornaments between paragraphs as a break in the text, not words to say', () => {
    const { tree } = deck(
      '## Essays\n\nCode reviews can raise quality and share information across a team.\n\n〰〰〰\n\nDRY is a technique, not a law of nature.\n\n😭\n\nBooleans are an overused primitive in all of programming.\n',
    )
    const slides = selectAll('section.lectern-slide', tree)
    expect(slides.map((slide) => text(selectAll('h2', slide)[0]))).toEqual(['Essays', 'Essays (cont.)'])
    expect(text(tree)).not.toContain('〰')
    // (A reaction the writer says stays in the notes.)
    expect(selectAll('aside.notes', tree).map(text).join(' ')).toContain('😭')
  })

  it('should not take a name and the title of the work it links to as the point', () => {
    expect(
      points(
        'Kent C. Dodds, [AHA Programming](https://kentcdodds.com/blog/aha-programming). The AHA concept has had a huge impact on my development approach. DRY is a technique, not a law of nature.',
      ),
    ).not.toContain('Kent C. Dodds, AHA Programming')
  })

  it('should leave out only the examples set off inside the subject, not the verb after them', () => {
    expect(points('However, some database queries, like aggregations with many unique groups, require a lot of memory.')).toEqual([
      'Some database queries require a lot of memory',
    ])
  })

  it('should keep the case an opening bounds the claim to when it cuts the sentence after it', () => {
    expect(
      points('By default, StyleX follows the inline style convention where the most recently applied style takes precedence.'),
    ).toEqual(['By default, StyleX follows the inline style convention'])
  })

  it('should keep "then" in "back then:" over the listing it leads into', () => {
    const { tree } = deck('## History\n\nThe API looked quite different back then:\n\n```js\nconst styles = stylex.create({})\n```\n')
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual(['The API looked quite different back then:'])
  })

  it('should say where a figure comes from, "Fonte: …" or "Source: …", and never show it as a point', () => {
    const { tree } = deck(
      '---\nlang: pt\n---\n\n## Processo\n\nMais pessoas se juntaram ao projeto e a tradução foi concluída em outubro de 2025.\n\n![](fig-1-pt.png)\n\nFonte: Francesca Belem Lopes Palmeira e Ariana Moura Cabral.\n\nO Dev Guide foi escrito em R Markdown e traduzido com a ajuda do DeepL.\n',
    )
    const shown = selectAll('.lectern-points li', tree).map(text)
    expect(shown).toHaveLength(2)
    expect(shown.join(' ')).not.toContain('Francesca')
    expect(selectAll('aside.notes', tree).map(text).join(' ')).toContain('Fonte: Francesca Belem Lopes Palmeira')
  })

  it("should name who is quoted in a Hugo quote's footer", () => {
    const { tree } = deck(
      '## Depoimentos\n\n{{< quote footer="Pedro Faria">}}\nUm dos maiores valores da comunidade de R é a expansão da ciência por meio de projetos abertos.\n{{< /quote >}}\n',
    )
    expect(text(selectAll('blockquote', tree)[0])).toMatch(/— Pedro Faria$/)
  })

  it("should show a Hugo theme's callout tag as the callout it is, a long one as prose", () => {
    const { tree } = deck(
      [
        '## Selection',
        '',
        'Adaptive syscall selection was added to Falco in version 0.35.',
        '',
        '{{% pageinfo color="warning" %}}',
        '',
        'Adaptive syscall selection does not apply to capture files.',
        '',
        '{{% /pageinfo %}}',
        '',
        '{{< hint info >}}',
        'Use the dry run to see which syscalls are selected.',
        '{{< /hint >}}',
        '',
        '{{% alert title="TL;DR" %}}',
        `${'We held an open space and ran a sprint where many people contributed. '.repeat(6)}`,
        '{{% /alert %}}',
      ].join('\n'),
    )
    const callouts = selectAll('blockquote.lectern-callout', tree)
    expect(callouts.map((callout) => callout.properties.className)).toEqual([
      ['lectern-callout', 'lectern-callout-warning'],
      ['lectern-callout', 'lectern-callout-info'],
    ])
    expect(text(callouts[0])).toContain('does not apply to capture files')
    expect(text(tree)).not.toMatch(/\{\{|TL;DR/)
  })

  it("should say a figure's caption set after a blank line with its picture, not show it as text", () => {
    const { tree, html } = deck(
      [
        '## Improving Core Web Vitals',
        '',
        'To identify areas for improvement, they turned to Lighthouse to audit the YouTube watch pages.',
        '',
        '<figure>',
        '<img src="lighthouse.jpg" alt="Lighthouse Report for YouTube Mobile">',
        '',
        '  <figcaption>',
        '    Chrome sets a target of 1.8s for FCP and 2.5s for LCP as a gold standard.',
        '  </figcaption>',
        '</figure>',
      ].join('\n'),
    )
    expect(html).not.toContain('figcaption')
    expect(selectAll('aside.notes', tree).map(text).join(' ')).toContain('Chrome sets a target of 1.8s for FCP')
  })

  it('should not stop after a participle set off after the subject, before the verb it waited for', () => {
    const [point] = points(
      'Apache Flink 1.4.0, released in December 2017, introduced a significant milestone for stream processing with Flink: a new sink function that extracts the common logic of the two-phase commit protocol.',
    )
    expect(point).not.toBe('Apache Flink 1.4.0, released in December 2017')
    // (A verb after a comma the writer set after the subject is the verb.)
    expect(points("As another example, Go's parser, followed the examples in early RFCs, which showed leading zeros.")[0]).toMatch(
      /followed the examples/,
    )
  })

  it('should not stop before the clause that picks out which point, state or case "the" names', () => {
    for (const sentence of [
      'In that case, Flink restores our operator to the state that has already been pre-committed but not yet committed.',
      'Chrome DevTools allows you to pause on exceptions to stop execution at the point where your exception is thrown.',
      'A safepoint is a program point in the mutator where it is safe for the runtime to collect garbage.',
    ])
      expect(points(sentence)[0] ?? '').not.toMatch(/(?:the state|the point|the mutator)$/)
  })

  it('should never show a Japanese predicate without the subject the clause before it names', () => {
    const shown = (sentence: string) => points(sentence, { lang: 'ja' })[0] ?? ''
    expect(shown('それでも、JavaScript自体が進化して、大規模開発に対応してゆけば良かったはずです。')).toMatch(/^JavaScript自体が/)
    expect(shown('一時期停滞したJavaScriptも、大規模開発のハードルを下げるべく年々進化を遂げてきています。')).not.toMatch(/^大規模開発/)
    // (After a clause that turns on "が", the run says its own claim.)
    expect(shown('Import Organizerはアシストになりましたが、新しいアシストにもこのアプローチを使い始めました：ソートできます。')).toMatch(
      /新しいアシストにもこのアプローチを使い始めました/,
    )
    // (Nor is an adverb with "も" a topic: "技術的にも" names no one.)
    expect(
      shown(
        '動物の姿勢をビデオデータから非侵襲的に測定することは、技術的にも、必要な計算リソースやトレーニングデータの点でも、非常に困難な計算処理です。',
      ),
    ).not.toBe('技術的にも非常に困難な計算処理です')
  })

  it('should lead into a list with the last line that counts what it holds, colon or not, not hang it under the point', () => {
    const { tree } = deck(
      [
        '## Why Knative?',
        '',
        'Knative is an open-source community that values end-user contributions highly. Recently Knative opened an end-user seat',
        'in the steering committee. This is very significant for a couple of reasons',
        '',
        '- Instills confidence in end-user organizations to use Knative in production',
        '- Very few OSS communities have end-user representation in the steering committee',
        '',
        'First things first, Knative was not picked for being the next shiny object. The following factors led to the need for a',
        'Kubernetes abstraction.',
        '',
        '- Mature container ecosystem.',
        '- Kubernetes as the de facto container orchestrator.',
      ].join('\n'),
    )
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual([
      'This is very significant for a couple of reasons:',
      'The following factors led to the need for a Kubernetes abstraction:',
    ])
  })

  it("should read a notebook kept as MyST markdown: its cells as listings, its figures as pictures, its site's blocks left out", () => {
    const { tree, html } = deck(
      [
        '(pd)=',
        '```{raw} jupyter',
        '<div id="qe-notebook-header"><a href="https://quantecon.org/">QuantEcon</a></div>',
        '```',
        '',
        '# {index}`Pandas <single: Pandas>`',
        '',
        '```{index} single: Python; Pandas',
        '```',
        '',
        '## Overview',
        '',
        'Pandas is a package of fast, efficient data analysis tools for Python.',
        '',
        '```{code-cell} ipython3',
        ':tags: [hide-output]',
        '',
        'import pandas as pd',
        '```',
        '',
        '```{figure} pandas_vs_rest.png',
        ':scale: 100',
        '',
        'Popularity of pandas against Matlab and STATA.',
        '```',
      ].join('\n'),
    )
    expect(text(selectAll('h1', tree)[0])).toBe('Pandas')
    const code = selectAll('pre code', tree)
    expect(code.map(text)).toEqual(['import pandas as pd'])
    expect(code[0].properties.className).toContain('language-python')
    expect(html).not.toMatch(/\(pd\)=|hide-output|qe-notebook-header|single: Python|:scale:/)
    expect(selectAll('img', tree).map((image) => image.properties.alt)).toEqual(['Popularity of pandas against Matlab and STATA.'])
  })

  it('should say a markdown-it video embed as the video it plays, not show "@youtube"', () => {
    const { html, tree } = deck(
      '## Talks\n\nThe DHT is becoming much more efficient for large content providers thanks to regions.\n\n@[youtube](oe7fjOl-q0s)\n',
    )
    expect(html).not.toContain('@')
    expect(selectAll('aside.notes', tree).map(text).join(' ')).toContain('YouTube video: https://www.youtube.com/watch?v=oe7fjOl-q0s')
  })

  it('should name each item of a list of paragraphs by the label the writer set on a line of its own, and a tab right over its listing', () => {
    const { tree } = deck(
      [
        "import { Tabs, TabItem } from '@astrojs/starlight/components';",
        '',
        '## Major Changes',
        '',
        '1. **No CloudFormation**',
        '',
        '   This one is obvious but it means that there are no stacks and no resource limits. The deployment happens right from your local machine. And the state is stored locally and backed up to S3 in your AWS account.',
        '',
        '2. **No CDK**',
        '',
        "   There are no CDK constructs. Instead there is an AWS provider from Pulumi that's built on Terraform. These are like your CDK L1 constructs. That said, the Pulumi ecosystem is fairly complete and supports many providers.",
        '',
        '3. `sst.config.ts`',
        '',
        '   The structure of the SST config has changed a little. Your app is now defined in a single file that returns its resources from one function, and it is typed.',
        '',
        '   <Tabs>',
        '     <TabItem label="v3">',
        '     ```ts',
        '     export default $config({})',
        '     ```',
        '     </TabItem>',
        '   </Tabs>',
      ].join('\n'),
      'post.mdx',
    )
    expect(selectAll('li.lectern-numbered', tree).map(text)).toEqual([
      '1. No CloudFormation: The deployment happens right from your local machine',
      "2. No CDK: There is an AWS provider from Pulumi that's built on Terraform",
      '3. sst.config.ts: The structure of the SST config has changed a little',
    ])
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual(['v3:'])
  })

  it('should not take a phrase "due to" opens as the subject of the clause after "but"', () => {
    expect(
      points(
        'The cleanup is necessary only in the byte array case, but due to the shared code path was also being performed for uint and bytes32.',
      )[0] ?? '',
    ).not.toMatch(/^Due to/)
  })

  it('should not stop a French subject before the "of" that goes on it up to its verb', () => {
    expect(
      points(
        "Le danger inhérent à l'utilisation, à fortiori involontaire, du bon sens est donc la perte de l'objectivité et de la rationalité dans le raisonnement.",
        { lang: 'fr' },
      )[0] ?? '',
    ).not.toBe("Le danger inhérent à l'utilisation, à fortiori involontaire")
  })

  it('should never show a Chinese subject, time frame or "regarding" phrase without the predicate after its comma', () => {
    const shown = (sentence: string) => points(sentence, { lang: 'zh' })[0] ?? ''
    expect(shown('实际上，前面介绍到的所有开发者侧体验，都离不开 KubeVela 在平台侧进行的各种创新性设计与实现。')).not.toMatch(/体验$/)
    expect(shown('而关于整个系统的使用，开发者只需要编写一个 docker-compose 风格的 Appfile 就可以了。')).not.toMatch(/使用$/)
    expect(
      shown(
        '在大量的社区访谈当中，我们发现在云原生技术极大普及的今天，基于 Kubernetes 构建一个功能完善、用户友好的上层应用平台，依然是中大型公司们的“专利”。',
      ),
    ).not.toMatch(/今天$/)
  })

  it('should show the clause a frame only vouches for, never the frame that doubts one', () => {
    expect(
      points("It wouldn't be an exaggeration to say that Knative has been one of my driving forces during these covid times."),
    ).toEqual(['Knative has been one of my driving forces during these covid times'])
    expect(points('It would be an exaggeration to say that Knative is perfect for every team.')[0] ?? '').not.toMatch(/^Knative/)
  })

  it('should never show a connective alone, "In particular:", as the lead-in of a list', () => {
    const { tree } = deck(
      '## Lifetimes\n\nLifetimes solve two classes of errors in languages without a garbage collector.\n\nIn particular:\n\n- Holding a pointer to something that went out of scope\n- Holding a pointer to something that got mutated away\n',
    )
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual([])
  })

  it("should show a timeline entry's time over the list it holds, not leave the list under the entry before", () => {
    const { tree } = deck(
      [
        '# Incident',
        '',
        '## Timeline',
        '',
        '### 16:55',
        '',
        'Launches begin failing again with the same timeout errors.',
        '',
        '### 17:30',
        '',
        'The team decides to shed load before the evening peak.',
        '',
        '### 18:03',
        '',
        '- cull jupyterlab pods older than 2 hours (103 pods)',
        '- revert per-repo limit back to 300 pods',
        '',
        '### 18:22',
        '',
        'The pycurl change is reverted due to suspicion that it caused the errors.',
      ].join('\n'),
    )
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual(['18:03:'])
  })

  it('should read three lines or more that each open on a gerund as the items of a list', () => {
    const { tree } = deck(
      [
        '## Goals',
        '',
        'Our goal with the redesign was to improve the breakpoint workflow by:',
        '',
        'Providing a **better overview** on all breakpoints that are set.',
        'Making common user workflows with breakpoints **easier to access** and **more intuitive**.',
        'Making **cool existing breakpoint features visible**.',
      ].join('\n'),
    )
    expect(selectAll('ul:not(.lectern-points) li', tree).map(text)).toHaveLength(3)
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual(['Our goal with the redesign was to improve the breakpoint workflow by:'])
  })

  it('should keep "Yahoo!" inside its sentence, and join a Japanese list item\'s line its writer wrapped mid-word', () => {
    const { tree } = deck(
      [
        '---',
        'lang: ja',
        '---',
        '',
        '## 無効化',
        '',
        'こういった背景のもと、Yahoo! JAPAN はパスワードによる認証からパスワードレスな認証へ移行すると判断しました。',
        '',
        '* 頻度高く認証を求める場面で使いやすい認証手段（FIDO など）の設定とともにパス',
        '  ワードの無効化を訴求',
        '* 設計単位',
        '  設計上の判断',
      ].join('\n'),
    )
    expect(selectAll('.lectern-points li', tree).map(text).join(' ')).not.toMatch(/Yahoo!$/)
    const items = selectAll('ul:not(.lectern-points) li', tree).map(text)
    expect(items[0]).toContain('パスワードの無効化')
    expect(items[1]).toMatch(/設計単位\s+設計上の判断/)
  })

  it('should show a template picture inside a raw figure right after a listing as the picture, not as markdown text', () => {
    const { html } = deck(
      [
        '## Cookies',
        '',
        'Dieser Header würde so aussehen:',
        '',
        '```text',
        'Set-Cookie: promo_shown=1',
        '```',
        '',
        '<figure>{% Img src="image/x/cookies.png", alt="Drei Cookies werden gesendet" %}<figcaption> Server setzen Cookies.</figcaption></figure>',
      ].join('\n'),
    )
    expect(html).not.toContain('![')
    expect(html).toMatch(/<img src="image\/x\/cookies.png" alt="Drei Cookies werden gesendet"/)
  })

  it('should keep a term the writer quotes at the start of a sentence, colon and all', () => {
    expect(points('‘position: sticky’ elements are handled correctly inside CSS transforms (@Loirooriol, #39354).')).toEqual([
      '‘position: sticky’ elements are handled correctly inside CSS transforms',
    ])
  })

  it('should never cut inside a name a spaced hyphen joins', () => {
    expect(
      points(
        'You can also try out the other remote extensions, [Remote - Containers](https://example.com/c) and [Remote - WSL](https://example.com/w), to develop in other environments.',
      )[0] ?? '',
    ).not.toMatch(/Remote$/)
  })

  it('should not say a byline under the title twice on the title slide when the front matter names the author', () => {
    const { tree } = deck(
      [
        '---',
        'Date: 2019-07-25',
        'Author: Sana Ajani',
        '---',
        '# Remote SSH with Visual Studio Code',
        '',
        'July 25, 2019 by Sana Ajani, [@sana_ajani](https://twitter.com/sana_ajani)',
        '',
        '## Remote - SSH',
        '',
        'The Remote extensions allow you to develop against a container or a remote machine.',
      ].join('\n'),
    )
    expect(selectAll('.lectern-description', tree)).toHaveLength(0)
    expect(text(selectAll('.lectern-byline', tree)[0])).toContain('Sana Ajani')
  })

  it('should not show as a point the words of the quotation the slide shows above it', () => {
    const { tree } = deck(
      [
        '## 1. Learning over money',
        '',
        '> Not all experience is created equal',
        '',
        "**Not all experience is created equal. Doesn't matter how many years of experience you have. What matters is what you were doing all those years and with whom.** Treat being in the right learning environment a priority for your first couple of jobs. At the beginning of your journey, learning and growing during your working hours is far more important than money.",
      ].join('\n'),
    )
    expect(selectAll('.lectern-points li', tree).map(text)).not.toContain('Not all experience is created equal')
  })

  it('should keep a rate set between dashes, which the claim is measured by', () => {
    expect(points('We decided to limit the number of certificates issued—per week—for each registered domain.')).toEqual([
      'We decided to limit the number of certificates issued—per week—for each registered domain',
    ])
  })
})
