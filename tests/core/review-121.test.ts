import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'
import { renderedDeck, selectAll, text } from '../helpers/html.ts'
import { points } from '../helpers/key-points.ts'

/** The points and lead-ins the deck shows, in order, a lead-in marked with "lead: ". */
function shown(markdown: string): string[] {
  return selectAll('.lectern-points li', renderedDeck(markdown).tree).map(
    (item) => `${String(item.properties.className ?? '').includes('lectern-lead-in') ? 'lead: ' : ''}${text(item)}`,
  )
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
  })

  it("should title an interviewer's long question by its first question, without the 'And' that ties it to the one before", () => {
    const titles = selectAll(
      'h2',
      renderedDeck(
        [
          '# Interview',
          '',
          '**Jana: Intuit Credit Karma’s tech stack looks like a dream! You are on Google Cloud and using services like Dataflow, BigQuery, and Managed Airflow. What were the main reasons for choosing this stack, and what trade-offs did you consider?**',
          '',
          '**Raj**: We chose it because it let a small team run pipelines at scale without running the machines.',
          '',
          '**Jana: You are a Staff Machine Learning Engineer — could you tell us a bit about your background and journey to this role, from school to now? And for readers who are interested in pursuing a career in ML, what advice would you give them?**',
          '',
          '**Raj**: Focus on first-principles thinking, and learn the data side as well as the models.',
          '',
          '**Jana: What would you change first?**',
          '',
          '**Raj**: The templates, which every team copies.',
          '',
        ].join('\n'),
      ).tree,
    ).map((heading) => text(heading))
    expect(titles.some((title) => title.startsWith('What were the main reasons for choosing this stack'))).toBe(true)
    expect(titles.join(' ')).not.toContain('looks like a dream')
    expect(titles).toContain('For readers who are interested in pursuing a career in ML, what advice would you give them?')
  })

  it("should show Hexo's pictures and links of the post's own folder", () => {
    const { tree } = renderedDeck(
      '# Formats\n\n## Sample\n\nSome words about the sample picture and the formats it was saved in.\n\n{% asset_img sample_shrink.jpg "実験に使った画像（縮小版）" %}\n\n⇒ {% asset_link sample.png "original PNG file (10MB)" %}\n',
    )
    expect(selectAll('img', tree).map((image) => image.properties.alt)).toContain('実験に使った画像（縮小版）')
    expect(selectAll('a', tree).map((link) => text(link))).toContain('original PNG file (10MB)')
  })
})
