import type { Paragraph, PhrasingContent, Strong } from 'mdast'
import type { InlineMath } from 'mdast-util-math'
import { toString } from 'mdast-util-to-string'
import { countWords } from './words.ts'

/** About how many words a key point has before it is cut. */
const targetWords = 12
/** A lead sentence up to this long is kept whole rather than cut. */
const wholeSentenceWords = 15
/** A clause boundary this early would leave too little to say anything. */
const minClauseWords = 4

const abbreviations = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp',
  'no', 'fig', 'approx', 'cf', 'al', 'u.s', 'u.k', 'a.m', 'p.m', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

// Words a cut point should not end on: the phrase would dangle.
const danglers = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'into', 'onto', 'as', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'its', 'their',
  'his', 'her', 'our', 'your', 'my', 'is', 'are', 'was', 'were', 'be', 'been', 'if', 'than', 'then', 'so',
  'such', 'not', 'just', 'only', 'very', 'one', 'some', 'any', 'every', 'each', 'where', 'when', 'while',
])

/**
 * The key point of a paragraph, as phrasing content for a bullet: the author's own bold
 * phrase when there is one, else the lead sentence cut at a natural boundary to about
 * 12 words. Returns `undefined` for a paragraph with no words.
 */
export function extractKeyPoint(paragraph: Paragraph): PhrasingContent[] | undefined {
  const formulas: InlineMath[] = []
  const strong = findStrong(paragraph.children)
  if (strong) {
    const text = plainText(strong.children, formulas).trim()
    if (text && countWords(text) <= wholeSentenceWords) return structuredClone(strong.children)
    if (text) return withFormulas(shorten(text), formulas)
  }
  const text = plainText(paragraph.children, formulas).replace(/\s+/g, ' ').trim()
  if (!text) return undefined
  return withFormulas(shorten(leadSentence(text)), formulas)
}

/*
 * A formula is one unit of a key point: it stands in the text as one private-use character
 * while the sentence is found and cut, so a cut never falls inside it, and comes back whole.
 */
const formulaMark = 0xe000

/** The words of phrasing content; raw HTML tags are markup, not words; each formula one mark. */
function plainText(children: PhrasingContent[], formulas: InlineMath[]): string {
  return children
    .map((child): string => {
      if (child.type === 'html') return ''
      if (child.type === 'inlineMath') return String.fromCharCode(formulaMark + formulas.push(child) - 1)
      if ('children' in child) return plainText(child.children as PhrasingContent[], formulas)
      return toString(child)
    })
    .join('')
}

function withFormulas(text: string, formulas: InlineMath[]): PhrasingContent[] {
  if (formulas.length === 0) return [{ type: 'text', value: text }]
  const content: PhrasingContent[] = []
  for (const part of text.split(/([\ue000-\uf8ff])/)) {
    const formula = part.length === 1 ? formulas[part.charCodeAt(0) - formulaMark] : undefined
    if (formula) content.push(structuredClone(formula))
    else if (part) content.push({ type: 'text', value: part })
  }
  return content
}

function findStrong(children: PhrasingContent[]): Strong | undefined {
  for (const child of children) {
    if (child.type === 'strong') return child
    if (child.type === 'emphasis' || child.type === 'link' || child.type === 'delete') {
      const inner = findStrong(child.children)
      if (inner) return inner
    }
  }
  return undefined
}

/** A lead sentence shorter than this ("Databases?") takes the next one with it. */
const minSentenceWords = 4

/**
 * The first sentence of `text`, skipping periods of abbreviations and initials; a very
 * short one ("Databases?") runs on into the next.
 */
export function leadSentence(text: string): string {
  const first = firstSentence(text)
  if (countWords(first) >= minSentenceWords || first.length === text.length) return first
  return first + ' ' + firstSentence(text.slice(first.length).trimStart())
}

function firstSentence(text: string): string {
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length
    const before = text.slice(0, match.index)
    const lastWord = before.slice(before.search(/\S+$/)).toLowerCase()
    if (match[0].startsWith('.') && (abbreviations.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue
    return text.slice(0, end)
  }
  return text
}

/** Cut a sentence to about {@link targetWords} words at the best natural boundary. */
export function shorten(sentence: string): string {
  const words = sentence.split(' ').filter(Boolean)
  if (words.length <= wholeSentenceWords) return stripEnd(sentence)

  // Clause boundaries: after a word ending in , ; : or at a dash between words.
  let best = 0
  for (let count = minClauseWords; count <= targetWords + 2 && count < words.length; count++) {
    const word = words[count - 1]
    const dash = word.search(/[—–]/)
    if (/[,;:]$/.test(word) || /^[—–-]$/.test(words[count] ?? '')) best = count
    else if (dash > 0 && count <= targetWords) {
      return stripEnd([...words.slice(0, count - 1), word.slice(0, dash)].join(' '))
    }
  }
  if (best) return stripEnd(words.slice(0, best).join(' '))

  let cut = targetWords
  while (cut > minClauseWords && danglers.has(bare(words[cut - 1]))) cut--
  return stripEnd(words.slice(0, cut).join(' ')) + '…'
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
}

/** Drop a closing period or a dangling comma/colon/dash; keep ? and ! which carry meaning. */
function stripEnd(text: string): string {
  return text.replace(/\s*[,;:—–-]+$/u, '').replace(/(?<![.]{2})\.$/u, '')
}
