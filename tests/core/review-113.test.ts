import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import { renderedDeck, selectAll, text } from '../helpers/html.ts'

/*
 * What a review of ten articles lectern had not seen (round 113: a history of the web, Istio's ambient mesh, an essay on
 * production minimalism, Software Carpentry's tips on live coding…) found wrong on their slides. Each case is written from
 * the article's own words.
 */

const deck = renderedDeck

describe('review 113', () => {
  it('should never show a head that only says a claim follows its colon as the claim', () => {
    expect(points("The web has come a long way! But one thing seems clear: it isn't done yet.")).toEqual([
      "One thing seems clear: it isn't done yet",
    ])
  })

  it("should take a heading's anchor in brackets off its words when its small words join them", () => {
    const { tree } = deck(
      '# Minimalism\n\n## Nothing left to add, nothing left to take away (#nothing-left-to-add-or-take-away)\n\nPerfection is reached when there is nothing left to take away.\n\n## Using C (#include)\n\nThe preprocessor copies the file in.\n',
    )
    expect(selectAll('h2', tree).map(text)).toEqual(['Nothing left to add, nothing left to take away', 'Using C (#include)'])
  })

  it('should say where a post first appeared, written as an HTML heading over it, not head the talk with it', () => {
    const { tree } = deck(
      [
        '---',
        'title: "10 tips and tricks for instructing and teaching by means of live coding"',
        '---',
        '',
        '<h2>This post originally appeared on the [Software Carpentry website](https://software-carpentry.org/)</h2>',
        '',
        "One of the key teaching practices used at Software Carpentry workshops is 'live coding': instructors don't use slides.",
        '',
        '### 1. Stand up and move around',
        '',
        'If you are physically able to stand up and move around during the workshop, do it while you are teaching.',
      ].join('\n'),
    )
    expect(text(tree)).not.toMatch(/\[Software Carpentry website\]/)
    expect(selectAll('h2', tree).map(text)).not.toContain(
      'This post originally appeared on the [Software Carpentry website](https://software-carpentry.org/)',
    )
    expect(text(selectAll('aside.notes', tree)[0])).toContain('This post originally appeared on the Software Carpentry website')
  })

  it('should lead into a list, in other languages too, from the clause after the last comma when the line is too long', () => {
    const { tree } = deck(
      [
        '---',
        'lang: fr',
        '---',
        '',
        '# Migration',
        '',
        '## La théorie',
        '',
        "Il n'y a pas de méthode magique pour changer de cluster sans coupure, la stratégie adoptée est assez classique: ",
        ' ',
        ' * dupliquer les écritures sur le nouveau cluster',
        ' * basculer les lectures sur le nouveau cluster',
        " * arrêter les écritures sur l'ancien cluster",
      ].join('\n'),
    )
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual(['La stratégie adoptée est assez classique:'])
    // (Not a clause that goes on from the words before its comma: "así como con soluciones personalizadas:".)
    const spanish = deck(
      [
        '---',
        'lang: es',
        '---',
        '',
        '# Nodos',
        '',
        '## Diseño',
        '',
        'Este diseño desacoplado le permite integrarse sin problemas con otras herramientas del ecosistema, así como con soluciones personalizadas:',
        '',
        '* Node Problem Detector',
        '* un script de comprobación propio',
      ].join('\n'),
    )
    expect(selectAll('.lectern-lead-in', spanish.tree).map(text)).not.toContain('Así como con soluciones personalizadas:')
  })

  it('should lead a section whose one paragraph got no point with its first clause, past a verb the tagger read as a plural', () => {
    const { tree } = deck(
      [
        '# Tips',
        '',
        '## 4. Use the screen wisely',
        '',
        'Use a big font, and maximise the window. A black font on a white background works better than a light font on a dark background.',
        '',
        '## 5. Use illustrations, or even better, draw them',
        '',
        "Most lesson material comes with illustrations, and these may help learners to understand the stages of the lesson and to organise the material. What can work really well is when you as instructor generate the illustrations on the white/blackboard as you progress through the material. This allows you to build up diagrams, making them increasingly complex in parallel with the material you are teaching. It helps learners understand the material, makes for a more lively workshop (you'll have to move between your laptop and the blackboard) and gathers the learners' attention to you as well.",
      ].join('\n'),
    )
    expect(selectAll('.lectern-points > li', tree).map(text)).toContain('Most lesson material comes with illustrations')
  })
})
