import type { Parent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { visit } from './visit.ts'
import { endsWide, holdsWide, opensWide, wideClass } from './wide.ts'

/*
 * Writers of Chinese and Japanese set a space on each side of a bold or italic word ("但 **遗憾**
 * 的是") only because Markdown needs it to read the markers beside punctuation ("今年 **"得"**
 * 的"): their text has no spaces between words, and on a slide or in the notes those spaces show
 * as gaps inside a sentence. Where the emphasis has ideographs or kana on both sides of such a
 * space, the space goes, once the markers are read. (Korean sets spaces between its words: not Hangul.)
 */

const quote = /["'“”‘’「」『』]/u

/** Whether a text opens (or, `end`, closes) on a wide character, or a quotation mark right beside one. */
function wideAt(text: string, end: boolean): boolean {
  if (end) return endsWide(text) || (quote.test(text.at(-1) ?? '') && endsWide(text.slice(0, -1)))
  return opensWide(text) || (quote.test(text.charAt(0)) && opensWide(text.slice(1)))
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
    if (!holdsWide(String(file.value))) return
    visit(tree, (node, _index, parent) => {
      const children = (node as Parent).children
      if (!children || node.type === 'code' || node.type === 'inlineCode') return
      // (A list item's lines say what they are: "- 設計単位\n  設計上の判断…" is a term over its
      // definition, "- probeはシンプルに保ちます。\n  過度に…" a step over why; see line-lists.ts.)
      if (!(node.type === 'paragraph' && parent?.type === 'listItem')) joinWideLines(children)
      else joinWrappedItemLines(children)
      for (const [index, child] of children.entries()) {
        if (child.type !== 'strong' && child.type !== 'emphasis' && child.type !== 'delete') continue
        const before = children[index - 1]
        const after = children[index + 1]
        const spaceBefore = before?.type === 'text' && before.value.endsWith(' ') && endsWide(before.value.slice(0, -1))
        const spaceAfter = after?.type === 'text' && after.value.startsWith(' ') && opensWide(after.value.slice(1))
        if (!spaceBefore && !spaceAfter) continue
        const inner = toString(child)
        if (spaceBefore && wideAt(inner, false)) before.value = before.value.slice(0, -1)
        if (spaceAfter && wideAt(inner, true)) after.value = after.value.slice(1)
      }
    })
  }
}

/**
 * "- CRFS 是 GO build team 设计的一个镜像格式。…数据一致性校验，可以说\n是在 CRFS 的…" (Dragonfly's Nydus launch, review 107):
 * a list item's line that holds a comma or a full stop and ends on neither goes on with the next, where a writer wrapped a
 * sentence; a line of a term over its definition has no such mark ("- 設計単位\n  設計上の判断…"), and one that ends on its
 * full stop ends its sentence ("- probeはシンプルに保ちます。\n  過度に…").
 */
function joinWrappedItemLines(children: RootContent[]): void {
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('\n')) continue
    const lines = child.value.split('\n')
    let joined = lines[0]
    for (const line of lines.slice(1)) {
      // (The line so far: from the last break kept. A comma that only lists, "東京、大阪", marks no sentence.)
      const current = joined.slice(joined.lastIndexOf('\n') + 1).trimEnd()
      const next = line.trimStart()
      // (So does a long line, as a writer wraps prose at a fixed width: "…の設定とともにパス\nワードの無効化を訴求" (review 116, a
      // Japanese case study) broke a word in two; a term over its definition is a few characters.)
      const wraps =
        (/[，。；,]/u.test(current) || current.length >= wrappedLineLength) &&
        wideEnd.test(current) &&
        !/[。！？：:；]$/u.test(current) &&
        wideStart.test(next)
      joined = wraps ? joined.trimEnd() + next : `${joined}\n${line}`
    }
    child.value = joined
  }
}

/** Characters at least of a list item's line that a writer wrapped at a fixed width rather than ended. */
const wrappedLineLength = 30

const wideEnd = new RegExp(`${wideClass}$`, 'u')
const wideStart = new RegExp(`^${wideClass}`, 'u')

/** The line of a callout's marker and title, `[!tip] お知らせ`, at its paragraph's start (see callouts.ts). */
const calloutMarkerLine = /^\[![\w-]+\][+-]?[^\n]*\n/

/** A line break, with any spaces around it, between two wide characters. */
const wideBreak = new RegExp(`(?<=${wideClass})[ \\t]*\\n[ \\t]*(?=${wideClass})`, 'gu')
const leadingBreak = /^[ \t]*\n[ \t]*/
const trailingBreak = /[ \t]*\n[ \t]*$/

/**
 * "…フレームワークです。\nその中核…": writers of Chinese and Japanese wrap their source lines where
 * they like (Zenn, Qiita and Hexo posts are often wrapped at a fixed width), and their sentences
 * have no spaces between words, so the line break that CommonMark keeps as a soft break shows as a
 * gap inside the sentence, on the slide, in the notes and in the handout. (Browsers render it as a
 * space: CSS's rule that would drop it between wide characters is not implemented.) A break between
 * two wide characters goes, inside a text and across the edge of a bold or linked phrase;
 * not next to a Latin word ("Go\nの") nor in Korean, which sets spaces between its words.
 * (No remark plugin does this; markdown-it's `cjk-breaks` does it for markdown-it's tokens.)
 */
function joinWideLines(children: RootContent[]): void {
  for (const [index, child] of children.entries()) {
    if (child.type !== 'text' || !child.value.includes('\n')) continue
    // (A callout's marker line, "> [!tip] お知らせ" over its body, ends its title: joined, the title took the body in, and the
    // callout, its lines held by its title, was left out whole (review 138, Misskey's docs).)
    const marker = index === 0 ? (calloutMarkerLine.exec(child.value)?.[0] ?? '') : ''
    child.value = marker + child.value.slice(marker.length).replace(wideBreak, '')
    const before = children[index - 1]
    const after = children[index + 1]
    if (before && leadingBreak.test(child.value) && wideAt(toString(before), true) && opensWide(child.value.replace(leadingBreak, '')))
      child.value = child.value.replace(leadingBreak, '')
    if (after && trailingBreak.test(child.value) && endsWide(child.value.replace(trailingBreak, '')) && wideAt(toString(after), false))
      child.value = child.value.replace(trailingBreak, '')
  }
}
