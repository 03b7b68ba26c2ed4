import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'

/*
 * What a review of articles lectern had not seen (round 135) found wrong on their slides. Each case is written from the
 * article's own words.
 */

const point = (sentence: string) => compress(sentence, 'en')?.text ?? ''

/** The points a deck's slides show, in order. */
function points(markdown: string): string[] {
  const html = renderDeck(markdown.startsWith('---') ? markdown : `# Talk\n\n${markdown}`).html.replace(
    /<aside class="notes">[\s\S]*?<\/aside>/g,
    '',
  )
  return [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''))
}

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
})
