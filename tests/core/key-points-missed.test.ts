import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import { leansOnPrevious } from '../../src/core/index.ts'
import { refersBack } from '../../src/core/key-points/dependence.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'

/*
 * Claims that got no key point because a rule read them as leaning on the sentence before.
 * Every sentence is a real one, from at least two writers per rule, none of them in the
 * articles the rules were first written from.
 */

const refers = (text: string) => refersBack(tagSentence(text))

describe('key points: claims no longer missed', () => {
  it('should read a passive of saying before "that" as an empty subject, not a pronoun', () => {
    // An essay on estimates (review 4) and an introduction to quantum computing.
    for (const sentence of [
      'It is often said that it is better to have an imperfect measure than no measure at all.',
      'It is widely believed that a quantum computer could perform some calculations exponentially faster than any classical computer.',
    ]) {
      expect(leansOnPrevious(sentence)).toBe(false)
      expect(refers(sentence.replace(/\.$/, ''))).toBe(false)
    }
    // "It was designed to…" is about a thing named before.
    expect(leansOnPrevious('It was designed to handle millions of requests.')).toBe(true)
  })

  it('should read "that" after a verb of seeing or finding as opening a clause, even before a quantifier', () => {
    // A softmax derivation (review 5) and a text-mining project report.
    expect(refers('It is easy to see that most of the terms will be zero')).toBe(false)
    expect(refers('After taking a closer look at the results, we found that most of the unlemmatized words are verbs')).toBe(false)
    expect(refers('I appreciate that perspective')).toBe(true)
  })

  it('should let a one-sentence paragraph say what the block just shown is', () => {
    // An iOS hypervisor port after its benchmark list (review 5), a cellular automata tutorial after its output.
    const afterList = points('Single-core score: 1600 in the VM, 1650 on the host.\n\nThis is almost native speed.', {
      afterBlock: [false, true],
    })
    expect(afterList[1]).toBe('This is almost native speed')
    const afterOutput = points(
      'Finally, we can use Numpy to apply the rule across the state array.\n\nThat is the process for a single update of our cellular automata.',
      { afterBlock: [false, true] },
    )
    expect(afterOutput[1]).toBe('That is the process for a single update of our cellular automata')
    // Away from a block, the same sentence points at nothing the slide shows.
    expect(points('The benchmark ran for an hour.\n\nThis is almost native speed.')[1]).toBeUndefined()
  })
})
