import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'
import { renderDeck } from '../../src/core/index.ts'
import { shownPoints } from '../helpers/html.ts'
import { points } from '../helpers/key-points.ts'

const shown = shownPoints

/*
 * What a review of articles lectern had not seen (round 120) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 120', () => {
  it('should typeset the formulas a blogdown post writes in code spans', () => {
    const { html, file } = renderDeck(
      [
        '# Pacing',
        '',
        '## Costs',
        '',
        'I have `\\(k>0\\)` units of energy to allocate across `\\(N\\)` laps.',
        'I want to minimize my total time',
        '`$$\\DeclareMathOperator{\\E}{E}',
        'T\\equiv\\sum_{n=1}^N\\frac{1}{s_n}$$`',
        'subject to the constraint `$$\\begin{align}',
        'k_{n+1} &= k_n-c_ns_n',
        '\\end{align}$$` and `$c_n>0$` for each lap.',
        '',
      ].join('\n'),
    )
    expect(file.messages.filter((message) => message.ruleId === 'math')).toEqual([])
    expect(html).not.toContain('\\(k&gt;0\\)')
    expect(html).not.toContain('lectern-math-error')
    // (Eight formulas in the notes, each once; the display that only display mode sets, set so.)
    expect(html.match(/class="katex"/g)?.length ?? 0).toBeGreaterThanOrEqual(5)
    expect(html).toContain('katex-display')
  })

  it('should leave code spans as code where the article writes no formula in code', () => {
    // (One span of delimiters shown, regular expressions, and delimiters shown bare stay code.)
    const { html } = renderDeck(
      [
        '# Code',
        '',
        '## Delimiters',
        '',
        'KaTeX reads inline math written as `\\(...\\)` and display math written as `\\[...\\]`.',
        'To match a number in parentheses, use `\\(\\d+\\)`. To match a tag in brackets, use `\\[(.*?)\\]`.',
        'Write `\\(x^2\\)` for a square, and `$HOME$` stays a path.',
        '',
      ].join('\n'),
    )
    expect(html).toContain('<code>\\(...\\)</code>')
    expect(html).toContain('<code>\\(\\d+\\)</code>')
    expect(html).toContain('<code>\\[(.*?)\\]</code>')
    expect(html).toContain('<code>\\(x^2\\)</code>')
    expect(html).not.toContain('class="katex"')
  })

  it('should show no point that holds a formula set apart from its line', () => {
    const deck = shown(
      [
        '# Pacing',
        '',
        '## Solving',
        '',
        'Facing random costs forces me to solve my pacing problem sequentially: to choose each speed `\\(s_n\\)` based on the cost history.',
        'I make this choice via the Bellman equation',
        '`$$V_n=\\min_{k_{n+1}}\\left\\{\\frac{c_n}{k_n-k_{n+1}}+V_{n+1}\\right\\},$$`',
        'where the time is taken over the laps.',
        '',
      ].join('\n'),
    )
    expect(deck).toEqual(['Facing random costs forces me to solve my pacing problem sequentially'])
    // (A matrix set in the line is the sentence's own.)
    expect(
      shown(
        '# M\n\n## Rotation\n\nThe rotation matrix $R = \\begin{pmatrix}0 & -1\\\\ 1 & 0\\end{pmatrix}$ turns every vector a quarter turn counterclockwise.\n',
      ),
    ).toHaveLength(1)
  })

  it('should read a word in -s before an object pronoun as the verb', () => {
    const tags = tagSentence('Facing random costs forces me to solve my pacing problem sequentially.').filter(
      (token) => token.kind === 'word',
    )
    expect(tags.find((token) => token.value === 'forces')?.tag).toBe('VBZ')
    // (A plural noun stays one where no pronoun follows.)
    const nouns = tagSentence('The forces of the market set the price.').filter((token) => token.kind === 'word')
    expect(nouns.find((token) => token.value === 'forces')?.tag).toBe('NNS')
  })

  it('should keep a short "as of" time that the claim held up to', () => {
    expect(
      compress(
        'As of Go 1.8, the compiler does not inline mid-stack functions (functions that call other non-inlineable functions) by default.',
        'en',
      )?.text,
    ).toBe('As of Go 1.8, the compiler does not inline mid-stack functions by default')
    // (Not "as of today", the present, nor a long one that only says where things stand now.)
    expect(compress('As of today, any Electron app can easily have its own page on the Electron site.', 'en')?.text).toBe(
      'Any Electron app can easily have its own page on the Electron site',
    )
  })

  it('should keep the case "on a" or "for a" names, beside another case', () => {
    expect(points("On an hourly contract, revision limits matter less because you're paying for the time.")).toEqual([
      "On an hourly contract, revision limits matter less because you're paying for the time",
    ])
    expect(compress('For a fixed-cost contract, stay within a reasonable number of revisions.', 'en')?.text).toBe(
      'For a fixed-cost contract, stay within a reasonable number of revisions',
    )
    // (Not a link, a while or a manner, nor a scene set with "in": the claim stands without it.)
    expect(compress('For a brief period, the build was slow.', 'en')?.text).toBe('The build was slow')
    expect(compress('On a technical level, the service keeps every session in memory until the user logs out.', 'en')?.text).toBe(
      'The service keeps every session in memory until the user logs out',
    )
    expect(compress('In a sense, the build was slow.', 'en')?.text).toBe('The build was slow')
  })

  it('should not cut a sentence on a comparison whose other side it drops', () => {
    expect(compress('Under heavy load, the new scheduler is much faster because it batches the writes to disk.', 'en')?.text).toBe(
      'Under heavy load, the new scheduler is much faster because it batches the writes to disk',
    )
  })

  it('should not show the last item of a series as the clause, without the "no" the items share', () => {
    const cut = compress(
      'However, it still remains critical that affected users upgrade and apply the latest patches to ensure no possibility of large reorganizations, mining of invalid blocks, or acceptance of invalid transactions occurs.',
      'en',
    )
    expect(cut?.text).not.toBe('Acceptance of invalid transactions occurs')
    // (A clause of its own after "and" stands: "…I still didn't use most of the Xcode-specific features", "…and the rent is…".)
    expect(
      compress(
        'The office moved to a building near the station, next to a small park with a pond, and the rent is much lower than what we paid downtown.',
        'en',
      )?.text,
    ).toBe('The rent is much lower than what we paid downtown')
    expect(
      compress(
        "I occasionally used Xcode to make edits by hand, but this was rare, and I still didn't use most of the Xcode-specific features.",
        'en',
      )?.text,
    ).toBe("I still didn't use most of the Xcode-specific features")
  })

  it('should not cut between a verb and the "and" of the verb that shares its object', () => {
    const cut = compress(
      'In order to encourage rapid upgrades, the decision was made to immediately patch and disclose the less serious Denial of Service vulnerability, concurrently with reaching out to miners, businesses, and other affected systems while delaying publication of the full issue to give times for systems to upgrade.',
      'en',
    )
    expect(cut?.text ?? '').not.toMatch(/patch$/)
  })

  it('should not cut inside "the one and only", nor between a replaced thing and what replaces it', () => {
    expect(
      compress('Write an article: An article is very often the one and only reason a project even gets noticed.', 'en')?.text ?? '',
    ).not.toMatch(/the one$/)
    expect(
      compress('Notice that the compiler replaces the source positions of the inlined AST nodes with the position of the call site.', 'en')
        ?.text ?? '',
    ).not.toMatch(/nodes$/)
  })

  it('should not read a version after "since" as the subject of the verb after it', () => {
    expect(compress('We gained almost 1K followers since 2022, and now have 4.4k overall followers.', 'en')?.text).toBe(
      'We gained almost 1K followers since 2022, and now have 4.4k overall followers',
    )
  })

  it('should show no point that only sends the reader to the rest of a changelog', () => {
    expect(
      points(
        "Don't miss out on the rest of the [release changelog](https://example.com/changelog) which has a lot of valuable information.",
      ),
    ).toEqual([undefined])
  })

  it('should show nothing of the page metadata an MDX page sets in its <head>', () => {
    const { html } = renderDeck(
      [
        '---',
        "title: 'Your First App'",
        '---',
        '',
        '<head>',
        '  <title>React Apps | Build Your First Ionic Framework React Application</title>',
        '  <meta name="description" content="Build your first Ionic React App." />',
        '</head>',
        '',
        'The great thing about Ionic is that with one codebase, you can build for any platform.',
        '',
        '## What We Will Build',
        '',
        'We will create a Photo Gallery app that takes photos with your camera and stores them on the device.',
        '',
      ].join('\n'),
    )
    expect(html).not.toContain('React Apps')
  })

  it('should read a design document\'s "Author(s):" line as its byline, not a point', () => {
    expect(
      shown(
        [
          '# Proposal: Mid-stack inlining in the Go compiler',
          '',
          'Author(s): David Lazar, Austin Clements',
          '',
          'Last updated: 2017-03-10',
          '',
          '## Abstract',
          '',
          'We propose fixing this limitation of tracebacks and enabling mid-stack inlining by default.',
          '',
        ].join('\n'),
      ),
    ).not.toContain('Author(s): David Lazar, Austin Clements')
  })

  it('should not show a Chinese phrase that only frames the clause after it, nor that clause without its subject', () => {
    const compared = compress(
      '与通用型解决方案相比，补偿型解决方案的从业务服务不需要改造原有业务逻辑，只需要额外增加一个补偿回滚逻辑即可，业务改造量较小。',
      'zh',
    )
    expect(compared?.text).not.toBe('与通用型解决方案相比')
    const besides = compress(
      'TCC 模型除了跨服务的分布式事务这一层作用之外，还具有两阶段划分的功能，通过业务资源锁定，允许第二阶段的异步执行，而异步化思想正是解决热点数据并发性能问题的利器之一。',
      'zh',
    )
    expect(besides?.text ?? '').not.toMatch(/之外$|^还/u)
    // (Nor the claim past the case it is supposed in.)
    const supposed = compress(
      '假设只有一个中间账户的情况下，每次调用支付服务的 Commit 接口，都会锁定中间账户，中间账户存在热点性能问题。',
      'zh',
    )
    expect(supposed?.text ?? '').not.toMatch(/^每次调用/u)
    // (Nor a word 也 or 就 opens, 也许, 就是, whose clause has its subject; nor a case the clause points back to.)
    expect(compress('由于网络抖动比较频繁，也许我们应该在客户端增加重试机制，并且为每次请求设置合理的超时时间。', 'zh')?.text).toBe(
      '也许我们应该在客户端增加重试机制',
    )
    expect(compress('在这种情况下，我们选择了把计算任务拆分到多个节点上并行执行，整体耗时缩短了百分之七十。', 'zh')?.text).toBe(
      '我们选择了把计算任务拆分到多个节点上并行执行',
    )
    // (A clause of time inside the sentence is no frame: "…在按照功能横向扩展资源时，保证…" keeps its subject.)
    expect(compress('TCC 的其中一个作用就是在按照功能横向扩展资源时，保证多资源访问的事务属性。', 'zh')?.text).toBe(
      'TCC 的其中一个作用就是在按照功能横向扩展资源时，保证多资源访问的事务属性',
    )
  })

  it('should lead into a list with the line that opens on its aim, the aim left out', () => {
    expect(
      shown(
        [
          '# Swift',
          '',
          '## Documentation Workgroup',
          '',
          'The newly-formed Documentation Workgroup is excited to drive efforts toward a better documentation experience.',
          '',
          'To encourage more and better documentation in the Swift ecosystem, the workgroup’s initiatives will be two-fold:',
          '',
          '1. Simplify the process to get started writing and publishing documentation using Swift-DocC. One goal is to enable developers to generate documentation.',
          '',
          '2. Expand the scope of Swift-DocC to support multi-target project configurations. For packages, support publishing documentation as a whole.',
          '',
        ].join('\n'),
      ),
    ).toContain('lead: The workgroup’s initiatives will be two-fold:')
    // (Not at a comma inside the series the aim names.)
    const series = shown(
      '# P\n\n## Platforms\n\nTo support Linux, Windows and macOS from one single shared pipeline for every team here, we need three things:\n\n- a build farm for every platform\n- a signing key for each store\n- a person on call\n',
    )
    expect(series.join(' ')).not.toContain('Windows and macOS from one')
  })

  it('should lead into a list with a question alone that asks which of its items', () => {
    expect(
      shown(
        [
          '# Tests',
          '',
          '## Go crazy with long test names',
          '',
          'Which of the following function names would you prefer to see in production code?',
          '',
          '- `userExistsAndTheirAccountIsInGoodStandingWithAllBillsPaid`',
          '- `isAccountActive`',
          '',
          'The first conveys more information but imposes the burden of a 57-character name.',
          '',
        ].join('\n'),
      ),
    ).toContain('lead: Which of the following function names would you prefer to see in production code?')
  })

  it('should lead into a list with a line whose aside in brackets follows its colon', () => {
    expect(
      shown(
        [
          '# Disclosure',
          '',
          '## Timeline',
          '',
          'Timeline for September 17, 2018: (all times UTC)',
          '',
          '- 14:57 anonymous reporter reports crash bug to the maintainers of three projects.',
          '- 15:15 Greg Maxwell shares the original report with four more developers.',
          '- 17:47 Matt Corallo identifies the inflation bug.',
          '',
        ].join('\n'),
      ),
    ).toContain('lead: Timeline for September 17, 2018:')
  })

  it('should keep the space before inline code that opens on a stop in a lead-in line', () => {
    const deck = shown(
      '# Env\n\n## Env\n\nTo use this feature, you also need to define the `VAR_DUMPER_FORMAT` environment variable in your `.env` file as follows:\n\n```\nA=b\n```\n',
    )
    expect(deck.join(' ')).toContain('your .env file')
  })

  it('should say a Japanese clause a few characters long where none fits, never past its condition', () => {
    expect(
      compress('DeepLabCutは、動画に記録された動きを解析することで、人間やその他の動物が何をしているのかを理解することができます。', 'ja')
        ?.text,
    ).toBe('DeepLabCutは人間やその他の動物が何をしているのかを理解することができます')
    expect(compress('readiness probeが合格するまで、コンテナはServiceエンドポイントから除外されます。', 'ja')?.text).toBe(
      'readiness probeが合格するまで、コンテナはServiceエンドポイントから除外されます',
    )
  })
})
