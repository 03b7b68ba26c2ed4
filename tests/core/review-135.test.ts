import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { slidePoints as points } from '../helpers/key-points.ts'
import { isCaption } from '../../src/core/key-points/captions.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'
import { importArticle } from '../../src/import/import-article.ts'

/*
 * What a review of articles lectern had not seen (round 135) found wrong on their slides. Each case is written from the
 * article's own words.
 */

const point = (sentence: string) => compress(sentence, 'en')?.text ?? ''

describe('review 135', () => {
  it('should keep an opening purpose of its own with the clause it is for, where the two fit', () => {
    // A Python lesson: "We can use the append method" was cut from "To add elements to the end of a list, we can use…".
    expect(point('To add elements to the end of a list, we can use the append method.')).toBe(
      'To add elements to the end of a list, we can use the append method',
    )
    // (A purpose that points back still goes: "To fix this," is what the sentence before named.)
    expect(point('To fix this, we added a cache in front of the database and the proxy.')).toBe(
      'We added a cache in front of the database and the proxy',
    )
  })

  it('should read a long sentence that says what a figure shows as pointing at it', () => {
    // DeepSpeed's post on BERT: "Figure 1 shows the single GPU throughput of training BERT-Large…" was shown, the figure not.
    expect(
      points(
        '## Performance\n\nFigure 1 shows the single GPU throughput of training BERT-Large optimized through DeepSpeed, comparing with the two well-known PyTorch implementations from NVIDIA BERT and Hugging Face BERT. DeepSpeed reaches as high as 64 teraflops of throughput for sequences of length 128.\n',
      ),
    ).toEqual(['DeepSpeed reaches as high as 64 teraflops of throughput for sequences of length 128'])
  })

  it('should read a post kept as .html whose body under its frontmatter is markdown as markdown', () => {
    // vincent.bernat.ch's Hyde posts: read as a page, the whole article became two slides of markdown marks.
    const post = [
      '---',
      'title: "Un blog plus respectueux de la vie privée"',
      '---',
      '',
      "Quand j'ai [commencé ce blog][new-site], j'ai adopté certains services gratuits.",
      '',
      "# Analyse d'audience",
      '',
      ' - **Avant** : [Google Analytics][]',
      ' - **Après** : rien',
      '',
      "J'ai opté pour une solution plus simple : pas d'analyse d'audience.",
      '',
      '[new-site]: https://example.org/nouveau-site "Nouveau site"',
      '[Google Analytics]: https://marketingplatform.google.com/ "Google Analytics"',
      '',
    ].join('\n')
    expect(String(importArticle(post, { path: '2018-blog.html' }).value)).toBe(post)
    // (A page, or a post written as HTML under its frontmatter, is still read as one.)
    const html =
      '---\ntitle: A post\n---\n\n<p>First paragraph of the post, said in HTML.</p>\n\n<h2>Part</h2>\n\n<ul><li>One</li><li>Two</li></ul>\n'
    expect(String(importArticle(html, { path: 'post.html' }).value)).not.toContain('<p>')
  })

  it("should leave ordinary sentences to the second batch's narrowed rules", () => {
    // A reviewer's sentences, each read as before those rules.
    expect(
      sentencesOf('Die Probleme im letzten Jahr waren ganz anderer Art. 2023 hatten wir vor allem mit Freiwilligen zu kämpfen.', 'de'),
    ).toHaveLength(2)
    expect(sentencesOf('Open the developer tools and switch to the Network tab. 404 responses show up in red.', 'en')).toHaveLength(2)
    expect(isCaption('A map of the bike lanes in my city changed how I commute within a month.')).toBe(false)
    expect(
      points('## Ban\n\nThe school board banned every phone in class without asking a single teacher or parent first. That was wrong.\n'),
    ).toEqual(['The school board banned every phone in class without asking a single teacher or parent first'])
    // (A link in brackets that only says it is one goes from a statement too.)
    const statement = renderDeck(
      '# Talk\n\n## Roadmap\n\nWe published the contributor roadmap ([link](https://example.com/roadmap)) for the next two releases of the project.\n',
    ).html
    expect(statement).toContain('We published the contributor roadmap for the next two releases of the project.')
  })

  it('should keep a hedge in brackets and a number with its time of day', () => {
    // r-hub's debugging story: "(however unlikely :wink:)" went, and the point claimed the bug likely.
    expect(point('Still, it is possible (however unlikely) that the bug is in the parallel package.')).toBe(
      'It is possible (however unlikely) that the bug is in the parallel package',
    )
    // A hackathon's report: "The hackathon was scheduled to start at 5" was cut before "P.M".
    expect(point('The hackathon was scheduled to start at 5 P.M in the evening and end at 9 A.M, the next day morning.')).not.toMatch(
      /at 5$/,
    )
  })

  it("should read the Carpentries' fenced divs as callouts and leave the instructor's notes out", () => {
    // A Carpentries Python lesson: objectives and questions merged into one list, and an instructor's note was shown.
    const { html, file } = renderDeck(
      '---\ntitle: Python\n---\n\n:::::::::::::::::::: objectives\n\n- Describe the advantages of programming.\n- Define the data types of Python.\n\n::::::::::::::::::::\n\n## Interpreter\n\nPython is an interpreted language which can be used in two ways.\n\n::::::::::::::::::: instructor\n\nTell the learners to open a terminal first.\n\n:::::::::::::::::::\n\n:::::::::::::::::: challenge\n\n## Challenge - lists\n\nWhat happens when you type `a_list[1] = 5`?\n\n::::::::::::: solution\n\n## Solution\n\nThe second item becomes 5.\n\n:::::::::::::\n\n::::::::::::::::::\n',
    )
    expect(html).not.toContain('open a terminal')
    expect(html).toContain('Objectives')
    expect(html).toContain('Challenge - lists')
    // (The solution's heading titles it; it starts no section of the talk.)
    expect(html).not.toMatch(/<h2>Solution<\/h2>/)
    expect(file.messages.map(String).join('\n')).toContain('Carpentries `instructor` note')
  })

  it("should leave ordinary input to the third batch's narrowed rules", () => {
    // A reviewer's inputs, each read as before those rules.
    expect(renderDeck('# Talk\n\n## A\n\nIt is possible (albeit unlikely) that the bug is in the parallel package.\n').html).toContain(
      '<p class="lectern-statement">',
    )
    expect(isCaption('Screenshot of the new settings page.')).toBe(true)
    expect(isCaption('Map of the United States and Canada with our edge locations')).toBe(true)
    expect(isCaption('A picture of a cat sent to the wrong channel started the whole incident.')).toBe(false)
    expect(sentencesOf('The derivation follows from Eq. 5 and the boundary conditions. It holds.', 'en')).toHaveLength(2)
    expect(sentencesOf('Im Sinne des Art. 4 Nr. 1 DSGVO ist das so. Danach gilt es.', 'de')).toHaveLength(2)
    expect(sentencesOf('Das fällt unter Art. 6 DSGVO und ist erlaubt. Danach gilt es.', 'de')).toHaveLength(2)
    expect(sentencesOf('Speicherfehler genau dieser Art. 80 Prozent davon verschwanden.', 'de')).toHaveLength(2)
    expect(
      points(
        '## Latency\n\nFigure 3 shows a drop of more than sixty percent in p99 latency after the connection pool was moved in-process, with no change at all in the error rate.\n',
      ),
    ).not.toEqual([])
    expect(
      points(
        '## Claims\n\nGarbage collected languages cannot be used for low latency trading systems, according to a popular forum thread. This is incorrect.\n',
      ),
    ).toEqual([])
    expect(
      points(
        '---\nlang: ko\n---\n\n## 빌드\n\n프런트엔드와 백엔드는 따로 개발되지만, 두 코드는 결국 배포 파이프라인의 마지막 단계에서 다시 만나요.\n',
      ).join(' '),
    ).toContain('다시 만나요')
    expect(point('To cut a long story short, we rewrote the whole parser in Rust over a single weekend last year.')).not.toMatch(/^To cut/)
    // (A page whose HTML holds a listing of shell comments is still read as a page.)
    const page =
      '---\nlayout: post\ntitle: Installing the toolchain\n---\n<p>Here is how to install it on a fresh machine.</p>\n<code>\n# fetch the installer\ncurl https://x | sh\n\n# add it to your path\nexport PATH=x\n\n# check it works\ntool --version\n</code>\n<p>The toolchain is ready.</p>\n'
    expect(String(importArticle(page, { path: 'post.html' }).value)).not.toContain('<code>')
  })
})
