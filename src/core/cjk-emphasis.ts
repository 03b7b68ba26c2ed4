import type { Parent, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { visit } from './visit.ts'

/*
 * Writers of Chinese and Japanese set a space on each side of a bold or italic word ("但 **遗憾**
 * 的是") only because Markdown needs it to read the markers beside punctuation ("今年 **"得"**
 * 的"): their text has no spaces between words, and on a slide or in the notes those spaces show
 * as gaps inside a sentence. Where the emphasis has ideographs or kana on both sides of such a
 * space, the space goes, once the markers are read. (Korean sets spaces between its words: not Hangul.)
 */

const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u
const quote = /["'“”‘’「」『』]/u

/** Whether a text opens (or, `end`, closes) on a wide character, or a quotation mark right beside one. */
function wideAt(text: string, end: boolean): boolean {
  const [first, second] = end ? [text.at(-1) ?? '', text.at(-2) ?? ''] : [text.charAt(0), text.charAt(1)]
  return wide.test(first) || (quote.test(first) && wide.test(second))
}

/**
 * Emphasis as Chinese, Japanese and Korean writers mark it: "**관리되는 스레드 풀(Managed Thread Pool)**을",
 * "**「得」**的" close their bold where CommonMark's flanking rules do not (a mark after punctuation
 * must be followed by a space or punctuation), and showed their asterisks on the slide. With
 * `friendly`, for a text that holds CJK characters, the micromark extension of the cjk-friendly
 * proposal reads them as the writer's site does. (Not for other texts: it also reads emphasis
 * beside an emoji its own way, "**Save💾**to keep it".)
 */
export function remarkCjkEmphasis(this: Processor, { friendly = false }: { friendly?: boolean } = {}) {
  if (friendly) (this.data().micromarkExtensions ??= []).push(cjkFriendlyExtension())
  return (tree: Root, file: VFile) => {
    // (An article with no ideograph or kana has nothing to mend: its tree is not walked.)
    if (!wide.test(String(file.value))) return
    visit(tree, (node) => {
      const children = (node as Parent).children
      if (!children || node.type === 'code' || node.type === 'inlineCode') return
      for (const [index, child] of children.entries()) {
        if (child.type !== 'strong' && child.type !== 'emphasis' && child.type !== 'delete') continue
        const before = children[index - 1]
        const after = children[index + 1]
        const spaceBefore = before?.type === 'text' && before.value.endsWith(' ') && wide.test(before.value.at(-2) ?? '')
        const spaceAfter = after?.type === 'text' && after.value.startsWith(' ') && wide.test(after.value.charAt(1))
        if (!spaceBefore && !spaceAfter) continue
        const inner = toString(child)
        if (spaceBefore && wideAt(inner, false)) before.value = before.value.slice(0, -1)
        if (spaceAfter && wideAt(inner, true)) after.value = after.value.slice(1)
      }
    })
  }
}
