import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'
import { renderedDeck, selectAll, slidesOf, text } from '../helpers/html.ts'

/*
 * What a review of ten articles lectern had not seen (round 111: an incident write-up, Vite 3's announcement, a
 * statistics post exported from WordPress, a history of the web, an essay on a mother's meetup, a Go tutorial…) found
 * wrong on their slides, and what round 110's judgements still showed. Each case is written from the article's own words.
 */

const deck = renderedDeck

const shortened = (sentence: string) => compress(sentence, 'en')?.text

describe('review 111: key points', () => {
  it('should not cut a series short, past an item glossed in brackets or one a participle opens', () => {
    // (Cut after the first item, the point said the register file is shared by all processes, and no more.)
    expect(
      shortened(
        'The register file is a resource shared by all processes, threads (i.e. hyperthreads) and virtualized guests on the same physical core.',
      ),
    ).not.toBe('The register file is a resource shared by all processes')
    expect(
      shortened(
        'We have developed a reliable method of leaking register contents across concurrent processes, hyper threads and virtualized guests.',
      ),
    ).not.toBe('We have developed a reliable method of leaking register contents across concurrent processes')
  })

  it("should keep the writer's belief theirs where it fits a point", () => {
    expect(points('This bug was discovered by Tavis. In general, we believe all Zen 2 processors are affected.')).toEqual([
      'We believe all Zen 2 processors are affected',
    ])
  })

  it('should not show half of a contrast after its comma, but cut before a "while" that says when', () => {
    expect(shortened('The Bach recording was made in stereo, while my own recording was made in mono.')).not.toBe(
      'The Bach recording was made in stereo',
    )
    expect(
      shortened(
        'SIGs or WGs are primarily concerned with the technical direction of a particular area, while Steering is concerned with the project as a whole.',
      ),
    ).toBeUndefined()
    expect(shortened('I read the whole manual on the train home, while I was waiting for the build to finish.')).toBe(
      'I read the whole manual on the train home',
    )
  })

  it('should not take a cry after a sentence for a name it led up to', () => {
    const [point] = points(
      'We got an alert on Slack that one of our email services had really high response times. We _then_ received an alert that too many requests to Radiation were failing completely. Yikes. The next twenty two hours was a deep dive into Heroku, New Relic, Rails, and PostgreSQL, all to isolate the problem and produce a solution.',
    )
    expect(point).not.toContain('Yikes')
    // (A name the sentence led up to still ends it.)
    expect(points('And thus, we reach the final item on the 1995 list. JavaScript.')).toEqual([
      'We reach the final item on the 1995 list: JavaScript',
    ])
  })

  it('should not cut a superlative from where it holds, nor a verb of showing from what it shows, nor a claim from its "for each"', () => {
    expect(shortened('The miraculous thing about Tim Berners-Lee is that he was the perfect person for the job.')).not.toBe(
      'The miraculous thing about Tim Berners-Lee is that he was the perfect person',
    )
    expect(
      shortened(
        'PyCon US, run by the Python Software Foundation, is one of the biggest Python meetings in the world, with a record 2,700 registrations this year.',
      ),
    ).not.toBe('PyCon US, run by the Python Software Foundation, is one of the biggest Python meetings')
    expect(
      shortened(
        'Questions like the one asked on the alt.hypertext newsgroup about hypertext connecting heterogeneous systems show that other people were beginning to see the potential.',
      ),
    ).not.toBe('Questions like the one asked on the alt.hypertext newsgroup about hypertext connecting heterogeneous systems show')
    expect(shortened('You could calculate a P-value for each individual, say using a randomization test.')).not.toBe(
      'You could calculate a P-value',
    )
  })

  it('should not show what the writer hopes as what they claim', () => {
    expect(
      shortened(
        'But, I hope that having persevered with them, even in a remote format, is considered better than not, and that once we reach whatever ends up passing for normality, real human connection can come back to meetups.',
      ),
    ).toBeUndefined()
  })
})

describe('review 111: key points, more', () => {
  it('should read a verb in -s after "that" before a preposition as the verb it is, and show the sentence whole', () => {
    expect(shortened('We have to make our spy act like a real method that works with context.')).toBe(
      'We have to make our spy act like a real method that works with context',
    )
  })

  it("should not cut a gerund subject before the sentence's verb, past the verb of a relative clause without its that", () => {
    expect(
      shortened(
        'Making promises about security without explaining the tradeoffs you made in order to appeal to the average user is unethical.',
      ),
    ).not.toBe('Making promises about security without explaining the tradeoffs you made in order to appeal')
  })

  it('should show advice after its condition without the alternative it turns down', () => {
    expect(
      points(
        'In short, **if a function needs some values, put them as typed parameters rather than trying to fetch them from `context.Value`**. This makes it statically checked and documented for everyone to see.',
      ),
    ).toEqual(['If a function needs some values, put them as typed parameters'])
    // (Not a claim of the writer's own, whose contrast is half of it.)
    expect(
      shortened("And if I've learned anything at all this year, I should really heed this advice rather than just write about it."),
    ).not.toBe('I should heed this advice')
  })
})

describe('review 111: a claim said of now or by default', () => {
  it('should keep the time a claim is said of, in English, Japanese and Chinese', () => {
    expect(shortened('At the moment, plugins can only be distributed as single files.')).toBe(
      'At the moment, plugins can only be distributed as single files',
    )
    expect(shortened('For now, plugins can only be distributed as single files.')).toBe(
      'For now, plugins can only be distributed as single files',
    )
    expect(shortened('Currently, the scanner is only used to detect nested configuration files.')).toBe(
      'Currently, the scanner is only used to detect nested configuration files',
    )
    // (A link before it still goes: "Also currently," is no time of its own.)
    expect(shortened('Also currently, there is no provision to provide repository wise access.')).toBe(
      'There is no provision to provide repository wise access',
    )
    expect(compress('デフォルトでは、スキャナーはネストされた設定ファイルの検出にのみ使用されます。', 'ja')?.text).toBe(
      'デフォルトでは、スキャナーはネストされた設定ファイルの検出にのみ使用されます',
    )
    // (Said whole as the run past it would have been, not as a sentence a little long that any other beats.)
    expect(compress('目前，由于各种原因，插件只能以单个文件的形式分发给所有的使用者和开发团队。', 'zh')).toEqual({
      text: '目前，由于各种原因，插件只能以单个文件的形式分发给所有的使用者和开发团队',
      quality: 0.7,
    })
  })
})

describe('review 111: blog formats', () => {
  it('should show code alone over a table as its caption', () => {
    const { tree } = deck(
      [
        '# Sharding',
        '',
        '## Mapping',
        '',
        'The mapping function decides which shard gets each row of the table.',
        '',
        '`user_id%4<<62`',
        '',
        '| input | 0000...0101 |',
        '|---|---|',
        '| %4 | 0000...0001 |',
      ].join('\n'),
    )
    const lead = selectAll('.lectern-lead-in', tree)
    expect(lead.map(text)).toEqual(['user_id%4<<62'])
    expect(selectAll('.lectern-lead-in code', tree)).toHaveLength(1)
  })

  it('should name a video an MDX element wraps on its slide, not leave it out', () => {
    const rendered = renderDeck(
      new VFile({
        path: 'post.mdx',
        value: [
          '# Transitions',
          '',
          '## The iOS page transition',
          '',
          "Let's dissect the native iOS page animation and mimic it closely.",
          '',
          '<div className="device-frame">',
          '  <video playsInline autoPlay muted loop>',
          '    <source src="/assets/blog/screen-transitions/ios-reference.mp4" />',
          '  </video>',
          '</div>',
        ].join('\n'),
      }),
    )
    expect(rendered.html).toContain('Video: ios-reference.mp4')
  })

  it("should read a raw table's markup indented after a blank line as the table's, not code", () => {
    const { tree } = deck(
      [
        '# FDR',
        '',
        '## Outcomes',
        '',
        'Then the following outcomes are possible for each test.',
        '',
        '<div class="table-responsive">',
        '  <table class="easy-table">',
        '    <tr>',
        '      <th >',
        '      </th>',
        '      ',
        '      <th >',
        '        Call Null True',
        '      </th>',
        '    </tr>',
        '    ',
        '    <tr>',
        '      <td >',
        '        Null True',
        '      </td>',
        '      ',
        '      <td >',
        '        True Negatives',
        '      </td>',
        '    </tr>',
        '  </table>',
        '</div>',
      ].join('\n'),
    )
    expect(selectAll('pre', tree)).toEqual([])
    expect(selectAll('td', tree).map(text)).toEqual(['Null True', 'True Negatives'])
  })

  it('should break the line where HTML breaks it, in a table cell and in a point', () => {
    const { tree } = deck(
      [
        '# Sharding',
        '',
        '## Keyranges',
        '',
        'The first shard keeps its rows<br>and the second takes the rest.',
        '',
        '| Shard | Keyrange |',
        '|---|---|',
        '| 2 | **80-C0 (pre-shard)**<br>**A0-C0 (post-shard)** |',
      ].join('\n'),
    )
    expect(selectAll('td br', tree)).toHaveLength(1)
    expect(text(selectAll('.lectern-points li', tree)[0])).toBe('The first shard keeps its rows and the second takes the rest')
  })

  it('should close a bold label whose marks follow a space, as a WordPress export writes it', () => {
    const { tree } = deck(
      '# FDR\n\n## Examples\n\nThere are many cases.\n\n**Example 1\u00a0**A common example is gene-set analysis.\n\n**Example 3 **You are monitoring a system over time.\n',
    )
    expect(text(tree)).not.toContain('**')
    expect(selectAll('strong', tree).map(text)).toEqual(['Example 1', 'Example 3'])
  })

  it("should typeset the formulas a blog's LaTeX plugin drew as pictures, from their alternative text", () => {
    const { tree, html } = deck(
      [
        '# FDR',
        '',
        '## The rate',
        '',
        'The false discovery rate is defined as:',
        '',
        "<p style='text-align:center;'>",
        "  <span class='MathJax_Preview'><img src='http://example.org/wp-content/plugins/latex/cache/tex_88.gif' class='tex' alt=\" FDR = E\\left[\\frac{V}{R}\\right] \" /></span>",
        '</p>.',
        '',
        'Where <img src="https://s0.wp.com/latex.php?latex=G%28%5Clambda%29" alt="G(\\lambda)" class="latex" /> is the distribution of the P-values.',
      ].join('\n'),
    )
    expect(selectAll('.katex-display', tree)).toHaveLength(1)
    expect(selectAll('.katex', tree).length).toBeGreaterThanOrEqual(2)
    expect(html).not.toContain('latex/cache')
    expect(html).not.toContain('latex.php')
    // (Not a picture whose class only names LaTeX and whose words are no TeX: a logo.)
    const logo = deck(
      '# T\n\n## S\n\nThe logo of the system is shown here.\n\n<img src="https://x.org/logo.png" class="latex-logo" alt="LaTeX logo">\n',
    )
    expect(selectAll('.katex', logo.tree)).toEqual([])
  })

  it('should make a code block of preformatted text in raw HTML, in the language its class names, split as code is', () => {
    const lines = Array.from({ length: 12 }, (_, index) => `x${index} &lt;- rnorm(${index})\n## step ${index}\n`)
    const { tree } = deck(
      [
        '# FDR',
        '',
        '## Simulation',
        '',
        'Here is a little simulated example.',
        '',
        `<pre class="brush: r; title: ; notranslate" title="">## Load libraries\n\nlibrary(splines)\n\n${lines.join('\n')}</pre>`,
      ].join('\n'),
    )
    const blocks = selectAll('pre code', tree)
    expect(blocks.length).toBeGreaterThan(1)
    expect(blocks.every((block) => String(block.properties.className).includes('language-r'))).toBe(true)
    expect(text(blocks[0])).toContain('library(splines)')
    expect(blocks.map(text).join('\n')).toContain('x0 <- rnorm(0)')
    expect(slidesOf(tree).length).toBeGreaterThan(2)
  })
})
