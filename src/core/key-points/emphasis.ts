import type { PhrasingContent, Text } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { tagSentence } from './tagging.ts'
import { isCjk } from './text.ts'

/** Text the author marked: bold, italic or code. */
export interface Mark {
  kind: 'strong' | 'emphasis' | 'inlineCode'
  text: string
  /** The marked content as written (bold and italic only). */
  children?: PhrasingContent[]
}

/** The marked phrases of a paragraph, in order. */
export function marksOf(children: PhrasingContent[], textOf: (node: PhrasingContent) => string = (node) => toString(node)): Mark[] {
  const marks: Mark[] = []
  for (const child of children) {
    if (child.type === 'strong' || child.type === 'emphasis') {
      const text = textOf(child).replace(/\s+/g, ' ').trim()
      if (text) marks.push({ kind: child.type, text, children: child.children })
    } else if (child.type === 'inlineCode') {
      if (child.value.trim()) marks.push({ kind: 'inlineCode', text: child.value })
    }
    if (child.type === 'link' || child.type === 'delete' || child.type === 'emphasis' || child.type === 'strong') {
      marks.push(...marksOf(child.children).filter((mark) => mark.kind === 'inlineCode'))
    }
  }
  return marks
}

/** A point's text with the author's marks put back where their words appear (`written`: the paragraph's text). */
export function emphasise(text: string, marks: Mark[], written = '', marked = ''): PhrasingContent[] {
  const shown = asWritten(text, marks, written)
  let nodes: PhrasingContent[] = [{ type: 'text', value: shown }]
  // (Counted once for the paragraph: one with thousands of marks is not walked again for each.)
  const counts = new Map<string, number>()
  for (const mark of marks) counts.set(mark.text, (counts.get(mark.text) ?? 0) + 1)
  const said = new Map<string, number>()
  // (Longest first: "`a`" said elsewhere in the paragraph is no code inside "`move(&a, b) || $body`" before that is placed whole.)
  for (const given of [...marks].sort((one, other) => other.text.length - one.text.length)) {
    // ("*use.*" closing its sentence: the point ends without the stop, its word still marked.)
    // (Only where the paragraph says those words once: "**ParseInt.**" labelling a paragraph that says `ParseInt` again is not them.)
    const stopped =
      given.kind !== 'inlineCode' &&
      /[\p{L}\p{N}][.!?]$/u.test(given.text) &&
      wholeIndexOf(shown, given.text) === -1 &&
      occurrences(written, given.text.slice(0, -1)) <= 1
    const mark = stopped ? { ...given, text: given.text.slice(0, -1) } : given
    if (mark.text === text && mark.kind !== 'inlineCode') continue
    // (A mark whose words the point does not hold has nowhere to go.)
    if (wholeIndexOf(shown, mark.text) === -1) continue
    // "I first came up with the idea…" from a paragraph that marks `with` only in a later sentence:
    // where the paragraph has the words unmarked too, the words around each in the point tell which it is.
    if (marked !== '' && !said.has(mark.text)) said.set(mark.text, occurrences(written, mark.text))
    const ambiguous = marked !== '' && (said.get(mark.text) ?? 0) > (counts.get(given.text) ?? 0)
    const wanted = ambiguous ? markedOccurrences(nodes, mark.text, marked) : undefined
    if (wanted?.size === 0) continue
    const next: PhrasingContent[] = []
    let placed = false
    let seen = 0
    for (const node of nodes) {
      let at = !placed && node.type === 'text' ? wholeIndexOf(node.value, mark.text) : -1
      while (wanted && at !== -1 && !wanted.has(seen)) {
        seen++
        at = wholeIndexOf((node as Text).value, mark.text, at + mark.text.length)
      }
      if (at === -1 || node.type !== 'text') {
        next.push(node)
        continue
      }
      placed = true
      const before = node.value.slice(0, at)
      const after = node.value.slice(at + mark.text.length)
      if (before) next.push({ type: 'text', value: before })
      next.push(
        mark.kind === 'inlineCode'
          ? { type: 'inlineCode', value: mark.text }
          : { type: mark.kind, children: [{ type: 'text', value: mark.text }] },
      )
      if (after) next.push({ type: 'text', value: after })
    }
    nodes = next
  }
  return nodes
}

/**
 * A point that opens on code the writer wrote in lower case ("Here, `count` is a piece of client
 * state" made "Count is a piece…"): a point's capital would rename the identifier, so it opens as
 * written. (Not where the paragraph has the capital itself: "Count the words … with `count`".)
 */
function asWritten(text: string, marks: Mark[], written: string): string {
  const first = text.charAt(0)
  if (first === first.toLowerCase() || written.includes(text.slice(0, 24))) return text
  for (const mark of marks) {
    const code = mark.text
    if (mark.kind !== 'inlineCode' || code.charAt(0) === code.charAt(0).toUpperCase() || code.charAt(0).toUpperCase() !== first) continue
    if (!text.startsWith(code.slice(1), 1) || wordCharacter.test(text.charAt(code.length))) continue
    return code + text.slice(code.length)
  }
  return text
}

const wordCharacter = /[\p{L}\p{N}_]/u

/** How many times `needle` stands in `text` as whole words. */
function occurrences(text: string, needle: string): number {
  let count = 0
  for (let at = wholeIndexOf(text, needle); at !== -1; at = wholeIndexOf(text, needle, at + needle.length)) count++
  return count
}

/** Where the paragraph's marks stand in its text: between these two characters (see {@link markedText}). */
const openMark = '\uE000'
const closeMark = '\uE001'

/**
 * The paragraph's text with each marked phrase between {@link openMark} and {@link closeMark},
 * spaces made single: where a mark's words stand marked, and where unmarked.
 */
export function markedText(children: PhrasingContent[]): string {
  const walk = (nodes: PhrasingContent[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'inlineCode') return `${openMark}${node.value}${closeMark}`
        if (node.type === 'strong' || node.type === 'emphasis') return `${openMark}${walk(node.children)}${closeMark}`
        if ('children' in node) return walk(node.children as PhrasingContent[])
        return node.type === 'text' ? node.value : node.type === 'break' ? ' ' : ''
      })
      .join('')
  return walk(children).replace(/\s+/g, ' ')
}

/**
 * Which of the whole occurrences of `needle` in the point's text nodes (counted in order) stand
 * marked in the paragraph, told by the word on each side; `undefined` where the words around one
 * are found neither way (the point reworded them), and the first is marked as before.
 */
function markedOccurrences(nodes: PhrasingContent[], needle: string, marked: string): Set<number> | undefined {
  const placed = placedOccurrences(nodes, needle, marked)
  if (placed) return placed
  const wanted = new Set<number>()
  let ordinal = 0
  for (const node of nodes) {
    if (node.type !== 'text') continue
    for (let at = wholeIndexOf(node.value, needle); at !== -1; at = wholeIndexOf(node.value, needle, at + needle.length), ordinal++) {
      const left = /\S*\s*$/u.exec(node.value.slice(0, at))?.[0] ?? ''
      const right = /^\s*\S*/u.exec(node.value.slice(at + needle.length))?.[0] ?? ''
      if (marked.includes(`${left}${openMark}${needle}${closeMark}${right}`)) wanted.add(ordinal)
      else if (!marked.includes(`${left}${needle}${right}`)) return undefined
    }
  }
  return wanted
}

/**
 * Which of the whole occurrences of `needle` in the point's text nodes stand marked in the paragraph, told by
 * where the point's words stand in it: the point found as written in the paragraph (its first letter in either
 * case), each occurrence is marked there or not. `undefined` where the point is not found so (a cut that
 * dropped or changed words inside it), for the words around each occurrence to tell.
 * (By the words around it alone, "…you can view the data | that was loaded…", cut after "data", made code of
 * "data": the paragraph has "the `data` variable" later (review 101), and the point's end is no word to tell by.)
 */
function placedOccurrences(nodes: PhrasingContent[], needle: string, marked: string): Set<number> | undefined {
  const point = nodes.map((node) => toString(node)).join('')
  if (point.length < 2) return undefined
  // The paragraph's words without its marks, and where each of them stands in the marked text.
  let plain = ''
  const at: number[] = []
  for (let index = 0; index < marked.length; index++) {
    if (marked[index] === openMark || marked[index] === closeMark) continue
    plain += marked[index]
    at.push(index)
  }
  const rest = point.slice(1)
  let start = -1
  for (let found = plain.indexOf(rest, 1); found !== -1; found = plain.indexOf(rest, found + 1)) {
    if (plain[found - 1].toLowerCase() !== point[0].toLowerCase()) continue
    // (Found twice, the paragraph says the point's words twice: its marks may differ, and neither tells.)
    if (start !== -1) return undefined
    start = found - 1
  }
  if (start === -1) return undefined
  const wanted = new Set<number>()
  let offset = 0
  let ordinal = 0
  for (const node of nodes) {
    if (node.type === 'text')
      for (
        let found = wholeIndexOf(node.value, needle);
        found !== -1;
        found = wholeIndexOf(node.value, needle, found + needle.length), ordinal++
      ) {
        const first = at[start + offset + found]
        const last = at[start + offset + found + needle.length - 1]
        if (marked[first - 1] === openMark && marked[last + 1] === closeMark) wanted.add(ordinal)
      }
    offset += toString(node).length
  }
  return wanted
}

/**
 * Where `needle` stands in `text` as words of its own, not inside a longer word: code `r`
 * belongs on the variable, not on the r of "zero". -1 when it stands nowhere so (from `from` on).
 */
export function wholeIndexOf(text: string, needle: string, from = 0): number {
  if (!needle) return -1
  const startsWord = wordCharacter.test(needle[0])
  const endsWord = wordCharacter.test(needle[needle.length - 1])
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 ? text[at - 1] : ''
    const after = text[at + needle.length] ?? ''
    if (startsWord && before && wordCharacter.test(before)) continue
    if (endsWord && after && wordCharacter.test(after)) continue
    return at
  }
  return -1
}

/**
 * Whether a bold run may be a point by itself: it is a sentence of its own, or (in English,
 * where there is a tagger) a clause with a subject and a finite verb ("…because **the cloud
 * won everything**"). A run inside a sentence without one is a fragment of it ("plus de **20
 * nouvelles fonctionnalités** ont vu le jour", "à un **coût conséquent sur le temps de
 * migration**"): the sentence around it is the point. CJK runs are judged by length elsewhere.
 */
export function standsAsPoint(run: string, text: string, lang: string): boolean {
  const at = text.indexOf(run)
  if (at === -1 || isCjk(run)) return true
  const before = text.slice(0, at)
  const after = text.slice(at + run.length)
  const sentenceStart = Math.max(0, ...[...before.matchAll(sentenceEnd)].map((match) => (match.index ?? 0) + match[0].length))
  const sentenceStop = after.search(sentenceEnd)
  const opens = !/[\p{L}\p{N}]/u.test(before.slice(sentenceStart))
  // (A run that ends on its own stop, "**Back up first.** Then…", closes its sentence.)
  const closes =
    /[.!?。！？]["'”’)]*$/u.test(run.trim()) || !/[\p{L}\p{N}]/u.test(sentenceStop === -1 ? after : after.slice(0, sentenceStop))
  if (opens && closes) return true
  if (!lang.toLowerCase().startsWith('en')) return false
  const words = tagSentence(run).filter((token) => token.kind === 'word')
  // (A subject first: "aurait du être entrepris…", "is a good idea" is a predicate cut from its subject.)
  return !/^(VB|MD|IN|TO|RB|CC)/.test(words[0]?.tag ?? '') && words.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag))
}

// A sentence's end: a stop and a space (or the end of the text).
const sentenceEnd = /[.!?。！？](?=\s|$)/gu
