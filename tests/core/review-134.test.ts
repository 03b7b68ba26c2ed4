import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { slidePoints as points } from '../helpers/key-points.ts'
import { isCaption } from '../../src/core/key-points/captions.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'
import { importHtml } from '../../src/import/html/import-html.ts'

/*
 * What a review of articles lectern had not seen (round 134) found wrong on their slides. Each case is written from the
 * article's own words.
 */

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Actions to increase diversity in the R-Ladies São Paulo community</title></head><body><header><h1>Actions to increase diversity in the R-Ladies São Paulo community</h1></header><article>${body}</article></body></html>`

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the post says what the community learned from its survey, in a sentence long enough to be prose, and a second sentence after it.</p>`

describe('review 134', () => {
  it("should keep a section's heading whose words are mostly the title's", () => {
    // A saved R-Ladies post: "Actions taken to increase diversity" was dropped as the title said again, and its sections
    // ran on under the one before.
    const markdown = String(
      importHtml(
        page(
          `${paragraph(1)}<h2>Community survey</h2>${paragraph(2)}${paragraph(3)}<h2 id=actions-taken-to-increase-diversity>Actions taken to increase diversity</h2>${paragraph(4)}${paragraph(5)}`,
        ),
        { path: 'index.html' },
      ).value,
    )
    expect(markdown).toContain('## Actions taken to increase diversity')
    expect(markdown).toContain('## Community survey')
    expect(markdown.match(/^# /gm)).toHaveLength(1)
    // (As the saved page has it, its sections' headings with ids, "actions-taken-to-increase-diversity".)
    const saved = String(
      importHtml(readFileSync('tests/fixtures/articles/html-rladies-diversity/index.html', 'utf8'), { path: 'index.html' }).value,
    )
    expect(saved).toContain('## Actions taken to increase diversity')
  })

  it('should not end a sentence at the abbreviation a law or a text is cited by, before its number', () => {
    // A German complaint to a data-protection authority: "Das Recht zu Beschwerde nach Art" was shown.
    expect(
      sentencesOf('Das Recht zur Beschwerde nach Art. 77 DSGVO hat jede betroffene Person. Lisa nutzte es im August.', 'de'),
    ).toHaveLength(2)
    expect(sentencesOf('Gemäß § 5 Abs. 2 Nr. 3 gilt das nicht. Danach wurde es anders.', 'de')).toHaveLength(2)
    expect(sentencesOf('The curve is shown in Fig. 3 of the paper. It rises fast.', 'en')).toHaveLength(2)
  })

  it('should not show a view the next sentence says is wrong', () => {
    // htmx's essay: '"htmx isn't a framework, it's a library."' was shown, which its next sentence calls "probably incorrect".
    expect(
      points(
        '## Difference\n\nSome htmx defenders jump to our aid with: "htmx isn\'t a framework, it\'s a library." This is probably incorrect.\n',
      ),
    ).toEqual([])
  })

  it('should read a picture named by what it shows as a caption', () => {
    // A saved R-Ladies post: "Picture of participants in a recent event" was shown as a point below its own caption.
    expect(isCaption('Picture of participants in a recent event')).toBe(true)
    expect(isCaption('Photo of the team at the conference')).toBe(true)
    // (A sentence that says something of a picture is no caption: "A picture of the error helps the reviewer" has a verb.)
    expect(isCaption('A picture of the error helps the reviewer find the bug faster.')).toBe(false)
  })

  it('should leave out a link in brackets whose words only say it is one', () => {
    // A Korean event review: "…로드맵(링크)을 공유합니다" showed "(링크)", "(link)".
    expect(
      points(
        '---\nlang: ko\n---\n\n## 로드맵\n\nPyTorch의 디자인 철학 그리고 Meta의 파이토치 컨트리뷰션 로드맵([링크](https://dev-discuss.pytorch.org/t/x))을 공유합니다. PyTorch가 제공하는 Eager 모드와 Compiled 모드를 비교하며 성능을 설명했습니다.\n',
      ).join(' '),
    ).not.toContain('링크')
    expect(
      points(
        '## Roadmap\n\nWe share the design philosophy and the team roadmap ([link](https://example.org/x)) for this year. And more.\n',
      ),
    ).toEqual(['We share the design philosophy and the team roadmap for this year'])
  })

  it('should lead a list in with what it holds, however the line opens', () => {
    /** The lead-in lines a deck shows. */
    const leadIns = (markdown: string) =>
      [...renderDeck(`# Talk\n\n${markdown}`).html.matchAll(/<li class="lectern-lead-in">([\s\S]*?)<\/li>/g)].map((match) =>
        match[1].replace(/<[^>]+>/g, ''),
      )
    // Notes from a conference: "And here's some stuff that felt a little odd:" and "Things to think about:" were lost, so the
    // writer's complaints read as praise and the list as the toolkit's contents.
    expect(
      leadIns(
        '## Odd\n\nThe talks were great and the venue was lovely. And here is some stuff that felt a little odd:\n\n- The badge design itself was quite good\n- The food and breakout spaces were downstairs\n',
      ),
    ).toEqual(['Here is some stuff that felt a little odd:'])
    expect(
      leadIns(
        '## Ethics\n\nWe all make mistakes; what matters is how we get better.\n\nThings to think about:\n\n1. Unethical software is not more profitable\n2. Do not hide behind contracts\n3. You can make a difference\n',
      ),
    ).toEqual(['Things to think about:'])
    // OWASP's cheat sheet: "There are two main approaches for how existing data … should be handled:" was lost, so the two
    // approaches read as more of the criteria before them.
    expect(
      leadIns(
        '## Rotation\n\nOnce one of these criteria have been met, a new key should be generated and used for encrypting any new data. There are two main approaches for how existing data that was encrypted with the old key(s) should be handled:\n\n1. Decrypting it and re-encrypting it with the new key.\n2. Marking each item with the ID of the key that was used to encrypt it.\n',
      ),
    ).toEqual(['There are two main approaches for how existing data that was encrypted with the old key(s) should be handled:'])
    // (A line that only hands over, "And here are the results:", still leads in nothing.)
    expect(leadIns('## Two\n\nAnd here are the results:\n\n- A first result of the run\n- A second result of the run\n')).toEqual([])
  })

  it('should not show thanks or a goodbye in Korean as a point', () => {
    // A Korean event review: "…감사 인사를 전합니다.😄" and "그때 또 만나요!" ("see you then!") were shown.
    const shown = points(
      '---\nlang: ko\n---\n\n## 마무리\n\n이번 행사에는 200명이 넘는 개발자가 참석했습니다. 멋진 행사 장소를 후원해주신 구름에도 이 자리를 빌려 감사 인사를 전합니다.😄\n\n다음 행사는 가을에 열립니다. 그때 또 만나요!\n',
    )
    expect(shown.join(' ')).not.toMatch(/감사 인사|만나요/)
    expect(shown).toContain('이번 행사에는 200명이 넘는 개발자가 참석했습니다')
  })

  it('should show every item of a list of long reasons, the long ones by their opening clause', () => {
    // Swift's memory-safety vision: of four reasons, the third was shown as a paragraph and the fourth only in the notes.
    const vision = readFileSync('tests/fixtures/articles/swift-memory-safety-vision/index.md', 'utf8')
    const section = `# Vision\n\n${vision.slice(vision.indexOf('## Should strict memory safety checking become the default?'))}`
    const shown = points(section)
    expect(shown).toContain(
      "Swift's current (non-strict) memory safety by default is likely to be good enough for the vast majority of users of Swift",
    )
    expect(shown).toContain(
      'The auditing facilities described in this vision should be sufficient for Swift users who require strict memory safety',
    )
    // (An item whose first line ends without a mark, over a paragraph of its own, is no clause run on into the next.)
    const steps = points(
      '## Steps\n\n1. Run the benchmark on the main branch and keep its results in a file called before.txt for later, as we compare them.\n2. Run it again on your branch and keep those results in a file called after.txt, next to the first one.\n3. Optimize the code you are benchmarking\n\n   You can then commit whatever you had, and change the code you are benchmarking in an attempt to make it faster, as many times as you like.\n',
    )
    expect(steps.join(' ')).not.toMatch(/benchmarking You/)
  })
})
