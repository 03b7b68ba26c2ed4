import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { renderedDeck, select, selectAll, shownPoints, text } from '../helpers/html.ts'

const point = (sentence: string) => compress(sentence, 'en')?.text ?? ''

/*
 * What a review of articles lectern had not seen (round 124) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 124', () => {
  it('should read escaped parentheses around short words of prose or a link as brackets, not a formula', () => {
    // A Spanish interview exported from GitBook, which escapes every bracket.
    const { tree } = renderedDeck(
      '# M\n\n## S\n\nEl software libre \\(en vez de «gratis»\\) respeta la libertad \\(Véase [Philosophy](https://gnu.org/philosophy/free-sw.es.html)\\) de los usuarios. Sea \\(x^2\\) y \\(a b\\) una fórmula.\n',
    )
    const notes = text(select('aside.notes', tree))
    expect(notes).toContain('(en vez de «gratis»)')
    expect(notes).toContain('(Véase Philosophy)')
    expect(selectAll('aside.notes .katex', tree)).toHaveLength(2)
  })

  it('should keep an opening that picks out the cases a claim is of', () => {
    // Rspack's release post: by a relative clause, by what is switched on, by a kind named bare after "for".
    expect(point('In builds with type checking enabled, the overall time can be reduced by around 60%.')).toBe(
      'In builds with type checking enabled, the overall time can be reduced by around 60%',
    )
    expect(point('For export const in non-cyclic modules, however, the exported value will not change after module initialization.')).toBe(
      'For export const in non-cyclic modules, the exported value will not change after module initialization',
    )
    // Words that point into the text, a purpose or a link are no case.
    expect(point('In the example that follows, the server fetches every page from the origin database to fill it.')).toBe(
      'The server fetches every page from the origin database to fill it',
    )
    expect(point('For scaling purposes, it does not matter who opens the TCP connection over which the metrics are sent.')).not.toMatch(
      /^For/,
    )
    expect(point('For requesting access, you open a pull request in the repository and wait for one of the admins.')).not.toMatch(/^For/)
    expect(point('For such a large project, there are many ways to get involved and help out.')).toBe(
      'There are many ways to get involved and help out',
    )
  })

  it('should keep "most" before the noun it counts when the link before it goes', () => {
    expect(point('But in practice, most Git repos have an effective default branch.')).toBe(
      'Most Git repos have an effective default branch',
    )
  })

  it('should show no point of a footnote written by hand, its mark and a colon first', () => {
    const points = shownPoints(
      '## Allocation\n\nThere are no hidden allocations in the language at all.\n\n[1]: Actually there is a string concatenation operator, but it only works at compile time, so it still does no runtime allocation.\n',
    )
    expect(points.join(' ')).not.toContain('concatenation')
  })

  it('should not stop a point inside a series: of predicates, of adjectives, of clauses a question word opens', () => {
    expect(point('rspack-merge is written in TypeScript, ships modern ESM output, and keeps zero runtime dependencies.')).toBe(
      'rspack-merge is written in TypeScript, ships modern ESM output, and keeps zero runtime dependencies',
    )
    expect(
      point(
        'Folks, there are times when situations are complicated, nuanced, with no real good guys or bad guys, and it’s genuinely hard to parse out what’s really going on.',
      ),
    ).not.toMatch(/nuanced$/)
    expect(
      point(
        'In the Thing interface, we can select what network we are connecting to, what device we are using and create variables that we want to sync.',
      ),
    ).not.toMatch(/connecting to$/)
    // (A clause of its own after the question word's is no series: "…what to build next, which is…".)
    expect(point('We decide what to build next, which is the hard part of running the project.')).toBe('We decide what to build next')
  })

  it('should not stop a point on a verb before the preposition that opens what it acts on', () => {
    expect(point('Once we are in the Arduino IoT Cloud, we will need to click on the "Devices" tab.')).not.toMatch(/click$/)
  })

  it('should give no point of a Korean sentence its writer ran on into the next paragraph on a connective ending', () => {
    const points = shownPoints(
      '---\nlang: ko\n---\n\n## 발표 준비\n\n어느정도 감을 못잡고 있을때, 리이오님 덕분에 많은 부분을 해결하고 밤을 새서 v3를 만들었고\n\n발표자료는 세 번의 리허설을 거쳐 완성되었습니다.\n',
    )
    expect(points.join(' ')).not.toContain('만들었고')
    expect(points.join(' ')).toContain('완성되었습니다')
  })

  it('should show the step an Rspress package-manager component names once, as npm runs it', () => {
    const { tree } = renderedDeck(
      '---\ntitle: T\n---\n\n## Install\n\nInstall the TypeScript 7 RC version in your project to use it:\n\n<PackageManagerTabs command="add typescript@rc -D" />\n\nThen add the plugin to your configuration file.\n',
      'post.mdx',
    )
    expect(text(select('pre code', tree)).trim()).toBe('npm add typescript@rc -D')
    expect(text(select('aside.notes', tree))).toContain('Then add the plugin')
  })

  it('should not stop a Spanish point on the subject of a "que" or "porque" clause, nor inside a series a preposition opens', () => {
    const es = (sentence: string) => compress(sentence, 'es')?.text ?? ''
    expect(
      es(
        'La filosofía del movimiento software libre es que un programa, cualquier programa, debe respetar la libertad y la comunidad de los usuarios.',
      ),
    ).not.toMatch(/programa$/)
    expect(
      es(
        'Esta cuestión se plantea para un programa porque el programa, según cómo se distribuya a los usuarios, o respeta su libertad o les priva de ella.',
      ),
    ).not.toMatch(/programa$/)
    expect(
      es(
        'Hay una actividad que se llama Outreachy que intenta atraer a mujeres, y a miembros de otros grupos poco representados, a la comunidad de software libre.',
      ),
    ).not.toMatch(/mujeres$/)
    // (A clause with its verb ends where it may: "…porque el equipo trabajó sin descanso, | según…".)
    expect(
      es(
        'El proyecto creció mucho porque el equipo trabajó sin descanso, según nos contaron varios de sus miembros más antiguos en la entrevista.',
      ),
    ).toBe('El proyecto creció mucho porque el equipo trabajó sin descanso')
  })

  it("should keep the words of MDN's macros that link a term or an API, and name the others MDN's in the warning", () => {
    // Review 125: MDN's "Publishing your website".
    const { tree, file } = renderedDeck(
      '---\ntitle: T\n---\n\n## Hosting\n\nYou will need a {{Glossary("FTP", "File Transfer Protocol (FTP)")}} program to transfer the files. Your home or office {{Glossary("ISP", "internet service provider")}} may provide hosting. Set {{domxref("Element.innerHTML")}} on the {{HTMLElement("div")}} element.\n\n{{PreviousMenuNext("a", "b")}}\n',
    )
    const notes = text(select('aside.notes', tree))
    expect(notes).toContain('a File Transfer Protocol (FTP) program')
    expect(notes).toContain('office internet service provider may')
    expect(notes).toContain('Set Element.innerHTML on the <div> element')
    expect(file.messages.map(String).join(' ')).toContain('MDN macro `PreviousMenuNext`')
  })

  it('should leave a scene an opening sets, and the linking phrases and comparisons of other languages, as they were', () => {
    // (A review of the change: openings that set a time or a scene pick out no cases.)
    expect(
      point('In the years that followed, the company grew from five engineers to more than two hundred people across three continents.'),
    ).toMatch(/^The company grew from five engineers to more than two hundred people/)
    expect(point('In a world where every app wants your attention, the best products are the ones that quietly get out of your way.')).toBe(
      'The best products are the ones that quietly get out of your way',
    )
    // (Where the opening picks out cases, a cut of the clause after it keeps it.)
    expect(
      point(
        'For conditions that cannot be statically determined, Rspack keeps the original behavior to ensure runtime semantics remain unchanged.',
      ),
    ).toBe('For conditions that cannot be statically determined, Rspack keeps the original behavior')
    const es = (sentence: string) => compress(sentence, 'es')?.text ?? ''
    expect(
      es(
        'Esta librería la escribió un solo desarrollador por diversión, y por eso tiene tantos errores que nadie ha querido arreglar nunca.',
      ),
    ).toBe('Esta librería la escribió un solo desarrollador por diversión')
    expect(
      es('Go compila mucho más rápido que el resto, y eso cambia por completo la forma en que trabajamos cada día en el equipo.'),
    ).toBe('Go compila mucho más rápido que el resto')
    // (A Korean sentence that ends on a noun, whatever its last syllable, is whole.)
    expect(compress('이번 업데이트의 가장 큰 변화는 빌드 속도가 두 배 빨라졌다는 효과', 'ko')?.text).toBe(
      '이번 업데이트의 가장 큰 변화는 빌드 속도가 두 배 빨라졌다는 효과',
    )
    // (Two clauses a question word opens, the first opening the sentence, are no series.)
    expect(point('What surprised me most was how little code we needed, what surprised my manager was how long the review took.')).not.toBe(
      '',
    )
  })

  it('should join the commands of two package-manager tags in a row in one listing, and keep a raw HTML block whole', () => {
    const { tree } = renderedDeck(
      '---\ntitle: T\n---\n\n## Install\n\nInstall the packages in your project to use them:\n\n<PackageManagerTabs command="add typescript@rc -D" />\n\n<PackageManagerTabs command="add @rspack/core -D" />\n\nThen add the plugin.\n\n<div>\n<p>Box</p>\n</div>\n\n<PackageManagerTabs command="run build" />\n\nRun the build again and watch the timings drop.\n',
      'post.mdx',
    )
    expect(selectAll('pre code', tree)).toHaveLength(1)
    expect(text(select('pre code', tree)).trim()).toBe('npm add typescript@rc -D npm add @rspack/core -D')
    expect(selectAll('.lectern-points li', tree).map(text).join(' ')).not.toContain('```')
  })

  it('should read escaped brackets around two-letter words alone as a formula', () => {
    const { tree } = renderedDeck('# M\n\n## S\n\nThe volume element \\(dx dy dz\\) is what we integrate over here.\n')
    expect(selectAll('aside.notes .katex', tree)).toHaveLength(1)
  })

  it("should list a part's deeper headings on its one slide where most of their paragraphs got no point", () => {
    // Hachyderm's post-mortem: "# Action items" over four "###" items, a short paragraph each.
    const points = shownPoints(
      '# Context\n\nThere is a fleet of CDN nodes around the world that serve the site to readers.\n\n# Action items\n\n### 1) Set up websocket observability on CDN nodes\n\nWe want to see how many writes we have on the client side. We might need to PR a log entry for this to the Mastodon code base.\n\n### 2) Verify cron is running on Nietzsche\n\nWe need to make sure the cron is running and the archive is emptying\n\n### 3) Debug why we did not receive Nietzsche alerts\n\nI think we should have seen these, but I am not sure?\n',
    )
    expect(points).toEqual(
      expect.arrayContaining([
        '1) Set up websocket observability on CDN nodes',
        '2) Verify cron is running on Nietzsche',
        '3) Debug why we did not receive Nietzsche alerts',
      ]),
    )
  })

  it('should show no point of a paragraph the writer marks as an aside, "(TMI)"', () => {
    // A Korean talk's retrospective: the paragraphs before it say how the talk went on.
    const points = shownPoints(
      [
        '---\nlang: ko\n---\n\n## 발표 시작',
        '그리고 Scade같은 경우는 전용 IDE를 사용해야해서 4번에 대한 내용은 어쩔 수 없이 포함하게 되었습니다.',
        '그리고 Deep Dive에 관한 내용을 6번째인 "Scade는 어떻게 동작해요"라는 부분에 빌드 시스템과 Scade에서 어떻게 JVM과 상호작용 하는지에 대해서 최대한 넣어보았습니다.',
        '마무리로는 아직 Scade의 상황과, 추후 Scade가 말하는 목표에 대해서 이야기를 해보면서 발표를 끝냈습니다.',
        '(TMI) 이전 발표를 연습하면서 24분 정도로 측정이 되서 내용이 초과되겠다 싶었지만, 발표 자리에서 너무 긴장하면서 말이 빨라져 정확하게 20분을 맞춘.. 에피소드도 있습니다.',
      ].join('\n\n'),
    )
    expect(points.join(' ')).not.toContain('긴장하면서')
    // (Nor as the first claim of a slide whose paragraphs got no point.)
    const said = Array.from(
      { length: 12 },
      (_, index) => `On rehearsal ${index + 1} the talk at home ran to twenty-four minutes while the clock on the wall kept going.`,
    ).join(' ')
    const alone = shownPoints(`## Rehearsals\n\n(Side note) When I rehearsed the talk it ran long. ${said}\n`)
    expect(alone.join(' ')).not.toContain('rehearsed')
  })
})
