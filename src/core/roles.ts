import type { Parent, PhrasingContent, Root } from 'mdast'
import { visit } from './visit.ts'

/*
 * Sphinx's roles as books and docs written for it keep them in markdown (d2l.ai's
 * ":eqref:`eq_max_like`", ":numref:`sec_naive_bayes`", a section's ":label:`sec_mle`"), and
 * MyST's ("{numref}`fig-1`", "{cite}`knuth84`"): the site's build turns them into a number, a
 * citation or nothing; as markdown they are a word and a code span, which showed on a slide as
 * ":eqref:eq_max_like". A role that names what the deck does not number (an equation, a work
 * cited, a label) goes; a section's or figure's number is said by its label's words ("in
 * :numref:`sec_naive_bayes` we will see" → "in naive bayes we will see"); one whose text is the
 * reader's ("{term}`stack`", ":doc:`Install <install>`") shows that text.
 */

const dropped = new Set(['eqref', 'label', 'cite', 'footcite', 'eq', 'citep', 'citet', 'cite:p', 'cite:t'])
/**
 * Whether a role names what the deck drops: one of {@link dropped}, or any of sphinxcontrib-bibtex's citation roles,
 * "{cite:ps}`Stuart2018sharing`" (review 127, The Turing Way's chapter on open data), "{cite:ts}", "{footcite:p}", "{cite:year}".
 */
function isDropped(name: string): boolean {
  return dropped.has(name) || (/^(?:foot)?cite(?::[\w-]+)?$/u.test(name) && !textualCitation.test(name))
}

/**
 * sphinxcontrib-bibtex's citations that are words of their sentence ("{cite:ts}`Stuart2018sharing` surveyed…", "…dates from
 * {cite:year}`NIH2003`"): dropped, the sentence loses its subject or object; said by their key's author and year instead.
 */
const textualCitation = /^cite:(?:t|ts|ct|cts|author|authors|year|years|textual)$/u

/** A citation key as words: "Stuart2018sharing" → "Stuart (2018)", "NIH2003" → "NIH (2003)"; the year alone for "{cite:year}". */
function citedWords(name: string, key: string): string {
  const found = /^([A-Za-z][A-Za-z-]*?)[_-]?(\d{4})/u.exec(key.trim())
  if (!found) return key.trim()
  if (/^cite:years?$/u.test(name)) return found[2]
  if (/^cite:authors?$/u.test(name)) return found[1]
  return `${found[1]} (${found[2]})`
}
// (`{index}`Pandas <single: Pandas>``, a heading's word that the site's index lists, review 115: the word.)
const shown = new Set(['ref', 'doc', 'term', 'abbr', 'download', 'any', 'math', 'index'])
/** Roles that name a section, figure or table the site numbers: said as the words of their label ("sec_naive_bayes" → "naive bayes"). */
const numbered = new Set(['numref'])
/** ":eqref:" (Sphinx) or "{eqref}" (MyST) ending a text, right before its code span. */
const roleEnd = /(\s*)(?::([\w:-]+):|\{([\w:-]+)\})$/u

/** Whether a node may hold a role: its text has ":…:" or "{…}" right before a code span. */
function mayHoldRole(parent: Parent): boolean {
  return parent.children.some(
    (child, index) => child.type === 'text' && parent.children[index + 1]?.type === 'inlineCode' && /[:}]$/u.test(child.value),
  )
}

/** The words of a role's code that the reader sees: "Install" of "Install <install>". */
function roleText(code: string): string {
  return code.replace(/\s*<[^<>]*>\s*$/u, '').trim() || code
}

/** The words of a label, without the kind it opens with: "sec_naive_bayes" → "naive bayes", "fig_loss_curve" → "loss curve". */
function labelWords(label: string): string {
  const text = roleText(label)
  return text
    .replace(/^(?:sec|subsec|chap|fig|tab|eq|lst)[_:-](?=.)/iu, '')
    .replace(/[_-]+/g, ' ')
    .trim()
}

/**
 * Verbs whose preposition is their own ("log in", "plug in", "follows from", "is by"): a closed class. (Their forms in -ed
 * and -en, "given by", "based on", are kept by their ending: see `withoutLeadingPreposition`.)
 */
const ownsPreposition = /^(?:logs?|plugs?|fills?|signs?|opts?|checks?|is|are|was|were|be|follows?|comes?|came|results?|made|done)$/iu

/**
 * The text before a dropped role without the words that only led to it: ", as shown in", ", as given by", ", see" with
 * their comma ("…label, as shown in :eqref:`eq_mse`." → "…label."), or the preposition right after a noun ("…the squared
 * loss function in" → "…the squared loss function"). A preposition a verb owns stays: "is given by", "follows from", "log in".
 */
function withoutLeadingPreposition(before: string): string {
  const phrase =
    /,?\s*(?:\(\s*)?(?:as\s+(?:first\s+)?(?:shown|defined|given|described|reported|demonstrated|discussed|introduced|proposed|derived|explained|illustrated|presented|noted|in)(?:\s+(?:in|by|from))?|see(?:\s+also)?)\s*$/iu.exec(
      before,
    )
  if (phrase) return before.slice(0, phrase.index)
  const found = /(\s+)([\p{L}'’-]+)\s+(in|by|from)\s*$/iu.exec(before)
  if (!found) return before
  const word = found[2]
  if (ownsPreposition.test(word) || !/^[\p{Ll}]/u.test(word) || /(?:ed|en)$/iu.test(word)) return before
  return before.slice(0, found.index + found[1].length + word.length)
}

/** Sphinx's and MyST's roles in the article's text: the ones that name a number go, the others show their words. */
export function remarkRoles() {
  return (tree: Root, file: { value: unknown }) => {
    const source = String(file.value)
    // (A role's name is short: bounded, a run of ":a:a:a…" without a code span is read in linear time.)
    if (!/:[\w:-]{1,30}:`|\}`/u.test(source)) return
    visit(tree, (node, _index, parent) => {
      if (!('children' in node) || !parent || !mayHoldRole(node as Parent)) return
      const children = (node as Parent).children as PhrasingContent[]
      for (let index = children.length - 2; index >= 0; index--) {
        const text = children[index]
        const code = children[index + 1]
        if (text.type !== 'text' || code.type !== 'inlineCode') continue
        // (Read at the text's end only: a role's name is short, and a pattern anchored at the end is tried from every character.)
        const tail = Math.max(0, text.value.length - 64)
        const role = roleEnd.exec(text.value.slice(tail))
        const name = (role?.[2] ?? role?.[3])?.toLowerCase()
        if (!role || !name || (!isDropped(name) && !shown.has(name) && !numbered.has(name) && !textualCitation.test(name))) continue
        const before = text.value.slice(0, tail + role.index)
        if (textualCitation.test(name)) {
          text.value = `${before}${role[1]}${citedWords(name, code.value)}`
          children.splice(index + 1, 1)
        } else if (isDropped(name)) {
          // ("Here we use the squared loss function in :eqref:`eq_mse`." (review 131, Dive into Deep Learning): where the role
          // ended its sentence, the preposition that led to it goes with it, not leaving "…function in.")
          const next = children[index + 2]
          const ending = next === undefined || (next.type === 'text' && /^\s*[.,;:!?)]/u.test(next.value))
          // (Only ", as shown in", ", see", or a preposition after a noun, "…function in": after a verb the preposition is
          // its own, "Log in", "is given by", "follows from", and stays.)
          text.value = ending ? withoutLeadingPreposition(before) : before
          children.splice(index + 1, 1)
        } else if (numbered.has(name)) {
          text.value = `${before}${role[1]}${labelWords(code.value)}`
          children.splice(index + 1, 1)
        } else {
          text.value = `${before}${role[1]}${roleText(code.value)}`
          children.splice(index + 1, 1)
        }
        if (text.value === '') children.splice(index, 1)
      }
    })
    // (A paragraph that held only a label, ":label:`sec_mle`" under its heading, is empty now.)
    visit(tree, 'paragraph', (node, index, parent) => {
      const paragraph = node as Parent
      if (parent && index !== undefined && paragraph.children.every((child) => child.type === 'text' && child.value.trim() === '')) {
        parent.children.splice(index, 1)
        return index
      }
    })
  }
}
