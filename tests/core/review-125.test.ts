import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { renderedDeck, shownPoints } from '../helpers/html.ts'

const point = (sentence: string, lang = 'en') => compress(sentence, lang)?.text ?? ''

/*
 * What a review of articles lectern had not seen (round 125) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 125', () => {
  it('should not stop a point before the other of two predicates "or" joins', () => {
    // curl's security advisory: the cut said any application that sets the option is safe.
    expect(
      point('An overflow is only possible in applications that do not set CURLOPT_BUFFERSIZE or set it smaller than 65541.'),
    ).not.toMatch(/BUFFERSIZE$/)
  })

  it('should not make a point of a clause that opens on a gerund, "siccome" or a Chinese frame, without its main clause', () => {
    expect(
      point(
        'Abbandonando il pensatoio dei ricordi, questo Codemotion mi ha permesso come al solito di vedere speaker di livello e soprattutto di reincontrare amici.',
        'it',
      ),
    ).not.toMatch(/ricordi$/)
    expect(
      point(
        'Siccome Webpack è un argomento che mi ha sempre affascinato, ho seguito il talk di Sean Larkin con molta attenzione fino alla fine.',
        'it',
      ),
    ).toBe('Ho seguito il talk di Sean Larkin con molta attenzione fino alla fine')
    expect(
      point('Volviendo a la substancia de la pregunta, creo que cada obra tiene su valor y merece ser conservada para siempre.', 'es'),
    ).not.toMatch(/pregunta$/)
    expect(point('可以看出在 Ant Design 的“组件级”使用场景下，无论是初次渲染还是二次渲染，antd 都拥有性能上的优势。', 'zh')).not.toMatch(
      /场景下$/,
    )
    expect(point('同一个组件无论使用了多少次、渲染了多少次，样式永远只会在第一次 mount 时生成一次。', 'zh')).not.toMatch(/多少次$/)
    // (A noun that ends like a gerund opens a sentence that stands: "Secondo me…", "Quando…" are no gerunds.)
    expect(point('Il progetto è nato in Italia grazie a un gruppo di studenti molto motivati.', 'it')).toBe(
      'Il progetto è nato in Italia grazie a un gruppo di studenti molto motivati',
    )
  })

  it('should show no point of where to find the writer', () => {
    const points = shownPoints(
      '## Conclusion\n\nThe rules above saved us a week of work on every crawler we wrote this year.\n\nYou can also find me on the following platforms: Github, Linkedin, Apify, Upwork, Contra.\n',
    )
    expect(points.join(' ')).not.toContain('find me')
  })

  it('should not stop a point on "the first" and its noun before what it was the first to do', () => {
    expect(
      point(
        'Having opinionated build tools meant that we were able to be the first framework to adopt ES6 modules and transpilers like Babel.',
      ),
    ).not.toMatch(/framework$/)
  })

  it('should name a frame of a page that is no player by its site, not as a video', () => {
    const { html } = renderedDeck(
      '## Energy\n\nThe chart below shows the daily consumption.\n\n<iframe width="100%" height="400" src="https://observablehq.com/embed/24fdeaad8ad37beb@112?cells=chart"></iframe>\n\n<iframe src="https://www.youtube.com/embed/abc123" title="Mother AI"></iframe>\n',
    )
    expect(html).toContain('Embedded page: observablehq.com')
    expect(html).not.toContain('Video: 24fdeaad8ad37beb')
    expect(html).toContain('Video: Mother AI')
  })

  it('should name a remote picture not loaded by its site where its address ends on the size it is served at', () => {
    const url = 'https://mdn.alipayobjects.com/huamei_7uahnr/afts/img/A*X5tDQ5VIpcoAAAAAAAAAAAAADrJ8AQ/original'
    const { html } = renderDeck(
      new VFile({ path: 'talk.md', value: `## Benchmark\n\nThe renders were measured on the same machine.\n\n![image.png](${url})\n` }),
      {},
      new Map([[url, null]]),
    )
    expect(html).toContain('picture: mdn.alipayobjects.com')
    expect(html).not.toContain('picture: original')
  })

  it('should set over a list the line that names what its items are, or sends to them', () => {
    const reasons = shownPoints(
      '## Testing requests\n\nIf you get a response other than 200, you need to figure out why. Here are some possible reasons:\n\n- You need to pass some parameters, for example cookies\n- The site requires a corresponding Referrer header\n- The site uses protection against web scraping\n',
    )
    expect(reasons).toContain('lead: Here are some possible reasons:')
    const plugins = shownPoints(
      '## fpm\n\nFpm has since been used in ever larger Fortran projects.\n\nCheck out also these fpm plugins:\n\n- [fpm-search](https://github.com/brocolis/fpm-search): adds the fpm search command.\n- [fpm-man](https://github.com/urbanjost/fpm-man): adds the fpm man command.\n',
    )
    expect(plugins).toContain('lead: Check out also these fpm plugins:')
    // (Not one that sends elsewhere: "Check out the docs:".)
  })

  it('should not label a point by the item a sentence names when it drops what the item is of', () => {
    const points = shownPoints(
      '## Drawbacks\n\nThe benefit of asking for the information explicitly in the template is that more authors are likely to provide such information.\n\nThe first lesson I learned from creating the DVD label is the importance of attributing the work of others.\n',
    )
    expect(points.join(' ')).not.toContain('Benefit: more authors')
    expect(points).toContain('First lesson: the importance of attributing the work of others')
  })

  it('should not stop a point on the first half of a subject two things make, before the verb they share', () => {
    expect(point("The time spent on analysis and searching for a more optimal crawling solution doesn't always pay off.")).not.toBe(
      'The time spent on analysis',
    )
    expect(point('The team rewrote the parser and shipped it in two weeks without any regressions in production.')).toMatch(
      /^The team rewrote/,
    )
  })

  it('should show a function word the writer typed twice once, and keep a name in capitals that repeats it', () => {
    expect(point('We we will need to create a dashboard to control our relays!')).toBe(
      'We will need to create a dashboard to control our relays!',
    )
    expect(point('ATF enables the the gating of tasks based on lambda functions.')).toBe(
      'ATF enables the gating of tasks based on lambda functions',
    )
    expect(point('Ent has recently added support for FOR SHARE and FOR UPDATE statements.')).toContain('for FOR SHARE')
  })

  it('should leave the points these rules are not about as they were (a review of the change)', () => {
    // A gerund that runs on to its verb without a comma, a name that ends like one.
    expect(
      point("Leggendo i log abbiamo capito che il problema era la rotazione dei certificati, non la rete come pensavamo all'inizio.", 'it'),
    ).toMatch(/^Leggendo i log abbiamo capito/)
    expect(
      point('Nintendo ha annunciato ufficialmente la Switch 2, che arriverà nei negozi il prossimo giugno con nuovi giochi.', 'it'),
    ).toBe('Nintendo ha annunciato ufficialmente la Switch 2')
    // Chinese 不管 inside a word, 即使 whose clause goes on in its piece, 发现 with its subject.
    expect(point('重启服务完全不管用，因为问题出在配置文件里。', 'zh')).toMatch(/^重启服务完全不管用/)
    expect(point('用户即使断网也能继续编辑文档，恢复连接后会自动同步所有的修改内容。', 'zh')).toBe('用户即使断网也能继续编辑文档')
    expect(point('我们发现在 Windows 环境下，文件路径的大小写问题会导致缓存失效，这个问题排查了很久。', 'zh')).toMatch(
      /^我们发现在 Windows 环境下/,
    )
    // "The first" of a place gone to, not of what something was; a hedge after "or".
    expect(point('We pushed the launch to the next sprint to give the QA team more time to test the new billing flow.')).toMatch(
      /^We pushed the launch to the next sprint/,
    )
    expect(point('The new cache cut our p99 latency in half or close to it on most endpoints, which surprised everyone.')).toMatch(
      /^The new cache cut our p99 latency in half/,
    )
  })

  it('should not lead into a list with further reading, nor list headings that are only labels', () => {
    const reading = shownPoints(
      '## Links\n\nThe parser is done and shipped in the last release.\n\nFor more information, check out the following resources:\n\n- [The manual](https://example.com/manual)\n- [The blog](https://example.com/blog)\n',
    )
    expect(reading.join(' ')).not.toContain('check out the following resources')
    const labels = shownPoints(
      '# Why we did it\n\n### Background\n\nOur invoices were generated by a cron job that nobody owned.\n\n### The problem\n\nIt failed silently.\n\n### Next\n\nWe will add alerts.\n',
    )
    expect(labels).not.toContain('Background')
  })

  it('should name a sound player as audio and a known video host as a video', () => {
    const { html } = renderedDeck(
      '## Listen\n\nThe episode covers the release.\n\n<iframe src="https://open.spotify.com/embed/episode/abc"></iframe>\n\n<iframe src="https://iframe.videodelivery.net/abc123"></iframe>\n',
    )
    expect(html).toContain('Audio: open.spotify.com')
    expect(html).not.toContain('Embedded page: iframe.videodelivery.net')
  })

  it('should not make a point of a question set up as open, a turn to what comes next, or an example only named', () => {
    const points = shownPoints(
      "## Precedent\n\nIt is arguable whether or not precedent is important. Precedent helps reviewers judge a proposal quickly.\n\nHumanity is in need of artificial solutions to long-standing problems. Take climate change, for instance. Anti-selection of capable people is a terrifying epidemic.\n\nI'd be remiss if I didn't mention the Ember router. The Ember router treats URLs as the source of truth for app state.\n",
    )
    const all = points.join(' | ')
    expect(all).not.toContain('It is arguable')
    expect(all).not.toContain('Take climate change')
    expect(all).not.toContain('remiss')
  })
})
