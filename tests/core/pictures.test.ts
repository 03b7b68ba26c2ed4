import type { Paragraph, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { altOf, isPicture, picturesOnly } from '../../src/core/pictures.ts'

const blockOf = (markdown: string) => unified().use(remarkParse).parse(markdown).children[0] as RootContent

describe('what counts as a picture', () => {
  it('should take an image, one by reference and a link around pictures alone, and no link of words', () => {
    const [inline] = (blockOf('![Chart](/c.png)') as Paragraph).children
    const [linked] = (blockOf('[![Jasper App Screenshot](/shot.png)](https://jasperapp.io/)') as Paragraph).children
    const [worded] = (blockOf('[Jasper](https://jasperapp.io/)') as Paragraph).children
    const [referenced] = (blockOf('![Chart][c]\n\n[c]: /c.png') as Paragraph).children
    expect([inline, linked, referenced].map(isPicture)).toEqual([true, true, true])
    expect(isPicture(worded)).toBe(false)
    expect(altOf(linked)).toBe('Jasper App Screenshot')
    expect(altOf(worded)).toBe('')
  })

  it('should find a block of pictures alone, with breaks between them or written as HTML, and not one with words', () => {
    expect(picturesOnly(blockOf('![One](/1.png)\n![Two](/2.png)'))).toBe(true)
    expect(picturesOnly(blockOf('![One](/1.png)\\\n[![Two](/2.png)](https://example.com/)'))).toBe(true)
    expect(picturesOnly(blockOf('<div style="width:500px"><img src="/c.png" alt="Distribution"/></div>'))).toBe(true)
    expect(picturesOnly(blockOf('![One](/1.png) shows the spread.'))).toBe(false)
    expect(picturesOnly(blockOf('<div>Spread <img src="/c.png"/></div>'))).toBe(false)
    expect(picturesOnly(blockOf('Words only.'))).toBe(false)
  })
})
