import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'
import { renderedDeck, selectAll, text, shownPoints } from '../helpers/html.ts'
import { points } from '../helpers/key-points.ts'

const shown = shownPoints

/** The titles of an interview's slides: its turns, then a short question and answer, so that the one who asks asks twice. */
function interviewTitles(turns: string[]): string[] {
  const markdown = [
    '# Interview',
    '',
    ...turns.flatMap((turn) => [turn, '']),
    '**Jana: What would you change first?**',
    '',
    '**Raj**: The templates, which every team copies.',
    '',
  ].join('\n')
  return selectAll('h2', renderedDeck(markdown).tree).map((heading) => text(heading))
}

/*
 * What a review of articles lectern had not seen (round 121) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 121', () => {
  it('should lead into a list with the clause after a "but" that ties it to the sentence before', () => {
    const deck = shown(
      [
        '# Abstraction',
        '',
        '## Issues',
        '',
        'I was still figuring out Object-Oriented principles myself, and this was well before I knew any of the Gang of Four Design Patterns. But I knew that this implementation had some issues:',
        '',
        '- The TR classes had duplicate code in them.',
        '- Adding a new TR class meant changing the switch.',
        '- The tests were slow.',
        '',
      ].join('\n'),
    )
    expect(deck).toContain('lead: I knew that this implementation had some issues:')
    // (Not a phrase that goes on from the sentence before: "And with a 2h time range:".)
    expect(
      shown(
        '# T\n\n## Ranges\n\nThe query is fast over one hour of data, as the chart shows. And with a 2h time range:\n\n- 40 ms\n- 80 ms\n- 120 ms\n',
      ),
    ).not.toContain('lead: With a 2h time range:')
  })

  it('should keep what a claim holds with, switched on', () => {
    expect(compress('With experiments.html enabled, you can now point entry directly at an HTML file.', 'en')?.text).toBe(
      'With experiments.html enabled, you can now point entry directly at an HTML file',
    )
    expect(compress('With caching, the build is faster.', 'en')?.text).toBe('With caching, the build is faster')
  })

  it('should not cut after the "except" that waits for what it excepts', () => {
    const cut = compress(
      'All problems in computer science can be solved with another layer of abstraction, except of course for the problem of too many layers of abstraction.',
      'en',
    )
    expect(cut?.text ?? '').not.toMatch(/except(?: of course)?$/)
    // (Where the whole fits, it is said whole.)
    expect(compress('Every problem can be solved with another layer, except of course for too many layers.', 'en')?.text).toBe(
      'Every problem can be solved with another layer, except of course for too many layers',
    )
  })

  it("should say nothing of a WeChat post's call to scan its code", () => {
    expect(points('马上扫码或点击【阅读原文】进入官网报名吧！', { lang: 'zh' })).toEqual([undefined])
  })

  it('should keep a Japanese quotation whole with the words that quote it', () => {
    expect(
      sentencesOf(
        '前置きです。「もしかして WebP とか新しいフォーマットならもっと小さくなるのでは？」とひらめいて、ちょっと調べてみました。',
        'ja',
      ),
    ).toEqual([
      '前置きです。',
      '「もしかして WebP とか新しいフォーマットならもっと小さくなるのでは？」とひらめいて、ちょっと調べてみました。',
    ])
    // (Nor is a word that only answers the question before a point: "そうなのです。")
    expect(points('おや、どれもTypeScriptが持っているものではありませんか？そうなのです。', { lang: 'ja' })).not.toContain('そうなのです')
  })

  it('should not end a sentence at a question mark inside code joined to the word after it', () => {
    expect(
      points('Eine atomare Gruppe verwendet die `?>`-Syntax, um das Backtracking in den Ausdruck zu unterdrücken. Das ist gut so.', {
        lang: 'de',
      })[0],
    ).not.toMatch(/^>-Syntax/)
  })

  it('should show no names alone that a colon lists after the clause naming them', () => {
    expect(
      compress('Ainda sim tivemos uma apresentação sobre segurança com dois funcionários da Globo: Silva Pimpão e Daniel Carlier.', 'pt')
        ?.text,
    ).not.toBe('Silva Pimpão e Daniel Carlier')
    expect(compress('Tivemos uma palestra com dois funcionários da Globo: Silva Pimpão e Daniel Carlier.', 'pt')?.text).toBe(
      'Tivemos uma palestra com dois funcionários da Globo: Silva Pimpão e Daniel Carlier',
    )
  })

  it("should title an interviewer's long question by its first question, without the 'And' that ties it to the one before", () => {
    const titles = interviewTitles([
      '**Jana: Intuit Credit Karma’s tech stack looks like a dream! You are on Google Cloud and using services like Dataflow, BigQuery, and Managed Airflow. What were the main reasons for choosing this stack, and what trade-offs did you consider?**',
      '**Raj**: We chose it because it let a small team run pipelines at scale without running the machines.',
      '**Jana: You are a Staff Machine Learning Engineer — could you tell us a bit about your background and journey to this role, from school to now? And for readers who are interested in pursuing a career in ML, what advice would you give them?**',
      '**Raj**: Focus on first-principles thinking, and learn the data side as well as the models.',
    ])
    expect(titles.some((title) => title.startsWith('What were the main reasons for choosing this stack'))).toBe(true)
    expect(titles.join(' ')).not.toContain('looks like a dream')
    expect(titles).toContain('For readers who are interested in pursuing a career in ML, what advice would you give them?')
  })

  it("should show Hexo's pictures and links of the post's own folder", () => {
    const { tree } = renderedDeck(
      '# Formats\n\n## Sample\n\nSome words about the sample picture and the formats it was saved in.\n\n{% asset_img sample_shrink.jpg "実験に使った画像（縮小版）" %}\n\n⇒ {% asset_link sample.png "original PNG file (10MB)" %}\n',
    )
    const picture = selectAll('img', tree).find((image) => image.properties.alt === '実験に使った画像（縮小版）')
    expect(picture?.properties.src).toBe('sample_shrink.jpg')
    const link = selectAll('a', tree).find((each) => text(each) === 'original PNG file (10MB)')
    expect(link?.properties.href).toBe('sample.png')
    // (Its size and class are no words of it, as Hexo reads them: `[class] slug [width] [height] [title [alt]]`.)
    const sized = renderedDeck(
      '# F\n\n## S\n\nSome words about the sample picture and the formats.\n\n{% asset_img left sample.jpg 300 200 "My title" %}\n',
    )
    expect(selectAll('img', sized.tree).map((image) => [image.properties.src, image.properties.alt])).toContainEqual([
      'sample.jpg',
      'My title',
    ])
  })

  it('should leave alone what the rules of round 121 are not about', () => {
    // (A sentence about scanning codes is no call to scan one.)
    expect(points('扫码登录是目前最常见的登录方式之一，它依赖于服务端的长轮询机制。', { lang: 'zh' })[0]).toBeDefined()
    // ("With so much going on," is no case the claim holds in.)
    expect(compress('With so much going on, it is easy to forget to write the tests for the parser.', 'en')?.text).toBe(
      'It is easy to forget to write the tests for the parser',
    )
    // (A word と opens is no quoting と.)
    expect(sentencesOf('「これで完了です。」とても簡単でしたね。', 'ja')).toHaveLength(2)
    // ("So far," is no "so" that ties a line to the one before.)
    expect(
      shown(
        '# T\n\n## Problems\n\nWe looked at the logs for a week. So far, the team has found these three problems:\n\n- one\n- two\n- three\n',
      ),
    ).not.toContain('lead: Far, the team has found these three problems:')
    // (A statement before ", and how…" is no question of its own.)
    const titles = interviewTitles([
      '**Jana: You moved the whole company from Java to Go in just two years, across nine teams and forty services, and how did the engineering team cope with all of that change?**',
      '**Raj**: Slowly, one service at a time, with a lot of pairing.',
    ])
    expect(titles).not.toContain('You moved the whole company from Java to Go in just two years, across nine teams and forty services?')
  })

  it('should show a short item among items shown as points as a point too, not as a list of its own', () => {
    const { tree } = renderedDeck(
      [
        '# Beam',
        '',
        '## Areas of improvement',
        '',
        'Any retrospective view of a project is incomplete without an honest assessment of areas of improvement. Two aspects stand out:',
        '',
        ' - Helping runners showcase their individual strengths. After all, portability',
        '   does not imply homogeneity. Different runners have different areas in which',
        '   they excel, and we need to do a better job of helping them highlight their',
        '   strengths.',
        ' - Based on the previous point, helping customers make a more informed decision',
        '   when they select a runner or migrate from one to another.',
        '',
      ].join('\n'),
    )
    const slide = selectAll('section.lectern-slide', tree).find((each) => text(each).includes('Areas of improvement'))
    expect(slide && selectAll(':scope > ul:not(.lectern-points)', slide)).toEqual([])
    expect(slide && selectAll('.lectern-points li', slide).map((item) => text(item))).toContain(
      'Based on the previous point, helping customers make a more informed decision when they select a runner or migrate from one to another',
    )
  })
})
