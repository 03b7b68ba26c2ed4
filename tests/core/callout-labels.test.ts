import { describe, expect, it } from 'vitest'
import { calloutLabelTable } from '../../scripts/callout-labels-source.ts'
import { calloutLabels } from '../../src/core/callout-labels.ts'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, selectAll, text } from '../helpers/html.ts'

/** The labels of every callout box of the deck, in order. */
function labels(markdown: string): string[] {
  return selectAll('.lectern-callout-label', parseDeck(renderDeck(markdown).html)).map(text)
}

const body = (lang: string, ...boxes: string[]) =>
  `---\nlang: ${lang}\n---\n\n# Talk\n\n## Part\n\nA paragraph about the subject of the part, said in full.\n\n${boxes.join('\n\n')}\n`

describe('callout labels in the talk’s language', () => {
  it('should label a box without a title by its kind in the talk’s language, as Docusaurus does', () => {
    // (React's canary post in Portuguese (review 101) showed "NOTE" over its note.)
    expect(labels(body('pt-BR', '> [!NOTE]\n> Esta versão muda a API.', '> [!WARNING]\n> Faça um backup antes.'))).toEqual([
      'Observação',
      'Aviso',
    ])
    // ("pt" alone takes Brazil's words; "zh" simplified Chinese's; an unknown region its language's.)
    expect(labels(body('pt', '> [!TIP]\n> Use o cache.'))).toEqual(['Dica'])
    expect(labels(body('zh', '> [!NOTE]\n> 这个版本更改了接口。'))).toEqual(['备注'])
    expect(labels(body('de-AT', ':::warning\nZuerst sichern.\n:::'))).toEqual(['Warnung'])
    // (Chinese in its traditional script by its script or its region.)
    expect(labels(body('zh-TW', '> [!NOTE]\n> 這個版本更改了介面。'))).toEqual(['備註'])
  })

  it('should keep a box’s own title, and English where no word for its kind is known', () => {
    expect(labels(body('pt-BR', '> [!TIP] Dica própria\n> Texto.'))).toEqual(['Dica própria'])
    // (Docusaurus has no "important" box: its English name, as lectern gave every box before.)
    expect(labels(body('pt-BR', '> [!IMPORTANT]\n> Leia isto.'))).toEqual(['Important'])
    expect(labels(body('en', '> [!NOTE]\n> This release changes the API.'))).toEqual(['Note'])
    expect(labels(body('xx', '> [!NOTE]\n> Text.'))).toEqual(['Note'])
  })

  it('should hold the words the installed translations give', () => {
    expect(calloutLabels).toEqual(calloutLabelTable().table)
  })
})
