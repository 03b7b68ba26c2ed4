import type { Nodes, Root } from 'mdast'
import { visit } from './visit.ts'

/*
 * Dashes typed as hyphens: "the 1990s---almost", "pages 10--20", "Nothing -- not even a cache".
 * Pandoc, kramdown (Jekyll) and Goldmark's typographer (Hugo) print them as dashes, so their
 * writers type them so; on a slide they showed as the hyphens. retext-smartypants does this too,
 * but turns every "--" into a dash, and in a technical article's prose a "--" before a word is
 * most often a command-line flag ("run it with --offline"): here only "---" between words, and
 * "--" between numbers or with a space on each side, become dashes. Code is never text.
 */

// (At a line's end too, "We can---" and the next line, or its start.)
const emDash = /(?<=[\p{L}\p{N}.,;:!?)\]’”'"]|\n)---(?=[\p{L}\p{N}([‘“'"]|\r?\n)/gu
// (At a text's edge too: "_acquisition_ --- it was" has its emphasis in a node of its own before the
// dash; and at a line's end or start, as a writer who wraps lines breaks one there: "This works ---".)
// (And at a paragraph's start, an attribution: "--- "Comfortably Numb" by Pink Floyd (1979)" under the verse it quotes (review
// 147, an essay's epigraph).)
const spacedDash = /(?<=\S|^) --?-(?: (?=\S|$)|(?=[ \t]*\r?\n))|(?<=\n|^)--?- (?=\S)/g
/** "« probes »": the spaces inside guillemets, which a line must not break at, leaving "»" alone at a line's start. */
const guillemetSpaces = /(«) | (»)/g
const range = /(?<=\p{N})--(?=\p{N})/gu
/**
 * "Our initial running theory was correct--the server…" (Apache's incident report, review 106): two hyphens between words
 * of letters alone, no space on either side, are a dash, an en dash as those typographers print it ("matrix--vector"); a flag has a space before it ("run it with --offline"), and a
 * name that holds them holds other marks too ("block__elem--modifier", ".button--primary").
 */
// (The hyphens first, then what is behind them: a look back at every letter of a long word would take its length squared.)
const wordsDash = /--(?<=(?:^|[\s(“"‘'])[\p{L}]+--)(?=[\p{L}]+(?:[\s,.;:!?)”"’']|$))/gu

/** Write the dashes an article typed as hyphens as dashes, and the spaces inside guillemets as no-break ones, in its text (never in code). */
export function remarkDashes() {
  return (tree: Root, file: { value: unknown }) => {
    // (An article without a double hyphen or a guillemet has nothing to mend: its tree is not walked.)
    mendTypography([tree], String(file.value))
  }
}

/**
 * The text of `blocks` with its typed dashes and guillemet spaces mended (see above): the article's tree, and blocks made
 * later than this plugin runs (raw HTML's prose, read into markdown). `source` is the text they were read from: without a
 * double hyphen or a guillemet in it, nothing is walked.
 */
export function mendTypography(blocks: Nodes[], source: string): void {
  const dashed = source.includes('--')
  const quoted = source.includes('«') || source.includes('»')
  if (!dashed && !quoted) return
  for (const block of blocks)
    visit(block, (node) => {
      if (node.type !== 'text') return
      if (dashed) node.value = withDashes(node.value)
      if (quoted)
        node.value = node.value.replace(guillemetSpaces, (_space, open?: string, close?: string) =>
          open ? `${open}\u00a0` : `\u00a0${close}`,
        )
    })
}

/**
 * `text` with the dashes it typed as hyphens written as dashes (see above); the frontmatter's title and description too
 * ("Security Advisory -- And how to catch integer overflows…", Cap'n Proto's post, review 104, kept its "--" on the title slide).
 */
export function withDashes(text: string): string {
  if (!text.includes('--')) return text
  return text
    .replace(emDash, '—')
    .replace(spacedDash, (dash) => dash.replace(/-+/, (hyphens) => (hyphens.length === 3 ? '—' : '–')))
    .replace(range, '–')
    .replace(wordsDash, '–')
}
