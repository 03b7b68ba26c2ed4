import type { Blockquote, Paragraph, Root } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import type { Node } from 'unist'
import { calloutLabels } from './callout-labels.ts'
import { visit } from './visit.ts'
import { upperFirst } from './letter-case.ts'

declare module 'mdast' {
  interface ParagraphData {
    /** A callout's label that names its kind (`asCallout`), said in the talk's language (`calloutLabelsIn`). */
    lecternCalloutKind?: string
  }
}

/*
 * Callouts: GitHub's alerts and Obsidian's callouts (`> [!NOTE]`, `> [!tip] A title`), and
 * the admonitions of Docusaurus, VitePress and Quarto, which `convertBlockSyntax` writes in
 * the same form. Each becomes a labelled box on its slide: a block quote with the classes
 * `lectern-callout` and `lectern-callout-<kind>`, opened by its title (or its kind) as a label.
 */

const marker = /^\[!([\w-]+)\]([+-]?)[ \t]*([^\n]*)(?:\n|$)/

/** Remark plugin: turn `[!kind]` block quotes into callouts (see above). */
export function remarkCallouts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
      const first = quote.children[0]
      if (first?.type === 'paragraph' && first.children[0]?.type === 'strong') {
        labelledNote(quote)
        return
      }
      if (first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return
      const text = first.children[0]
      const found = marker.exec(text.value)
      if (!found) {
        labelledNote(quote)
        return
      }
      const kind = found[1].toLowerCase()
      text.value = text.value.slice(found[0].length)
      // ("> [!NOTE] Outside `.svelte` components, runes can only be used in `.svelte.js` and `.svelte.ts` modules." (review
      // 109, Svelte's blog): words that go on past the marker's text into code or a link, or a whole sentence, are the
      // note's body, as GitHub and the site show them, not its title: "Outside" over the rest said the opposite.)
      // (A sentence alone, "> [!warning] Back up the database before you run the migration.", is the note's title, which says it.)
      const sentence =
        /[.!?。！？]$/u.test(found[3].trim()) &&
        found[3].trim().split(/\s+/u).length > maxTitleWords &&
        (quote.children.length > 1 || first.children.length > 1)
      // (Only where nothing follows the marker's line: over more lines, "> [!example] Using `useEffect` for data fetching" is an Obsidian title.)
      const runsOn =
        text.value === '' &&
        found[3].trim() !== '' &&
        first.children[1] !== undefined &&
        !first.children.some((child) => child.type === 'break' || (child.type === 'text' && child.value.includes('\n'))) &&
        quote.children.length === 1
      const body = !found[0].endsWith('\n') && (sentence || runsOn)
      // ("> [!example] Using `useEffect` for data fetching" over more lines: a title that runs on into code or a link runs
      // to its line's end, its code as words, not only to the code.)
      const continues = !body && !found[0].endsWith('\n') && text.value === '' && found[3].trim() !== ''
      const heading = continues ? `${found[3]}${titleRest(first)}`.trim() : found[3].trim()
      // (The marker alone goes; its words stay the note's first.)
      if (body) text.value = found[3].trimStart() + text.value
      // The title runs to the end of the marker's line: the rest of its text node, and a break after it goes too.
      else if (text.value === '' && first.children[1]?.type === 'break') first.children.splice(0, 2)
      else if (text.value === '') first.children.shift()
      if (first.children.length === 0) quote.children.shift()
      // One with nothing but its title, where it held lines (a component's tag, left out: see
      // inline-syntax.ts), says nothing on the slide. (One written as its title alone,
      // "> [!warning] Back up the database first.", says its title.)
      const held = (quote.position?.end.line ?? 0) > (quote.position?.start.line ?? 0)
      if (quote.children.length === 0 && held && parent && index !== undefined) {
        parent.children.splice(index, 1)
        return index
      }
      // "> [!DETAILS] How the code works", VitePress's `::: details`, MDX's `<DeepDive>`: what the
      // page folds away is the article's content, which a talk cannot unfold; it is said and shown as
      // the rest of the article is, its title a line of the notes (as a raw `<details>`'s summary is:
      // see raw-html.ts), rather than pages of prose set in a box.
      if (kind === 'details' && parent && index !== undefined) {
        const title = heading
        const said: Paragraph[] = title
          ? [{ type: 'paragraph', children: [{ type: 'text', value: title }], position: quote.position, data: { lecternNoteOnly: true } }]
          : []
        parent.children.splice(index, 1, ...said, ...(quote.children as typeof parent.children))
        return index + said.length
      }
      // ("<Note type="info">⏎**Note**: Info on how to migrate…", MDX's own post on v2 (review 98): a note's bold label
      // opening the box is the box's label, said once; where the marker gave no title, it is the title.)
      const opening = quote.children[0]
      // (Under a title of its own, only a label of the box's kind: "> [!WARNING] Billing⏎**Note:** …" keeps its note.)
      const title = body ? '' : heading
      const said =
        opening?.type === 'paragraph' ? takeBoldLabel(opening, (label) => !title || noteLabels[label.toLowerCase()] === kind) : undefined
      if (opening?.type === 'paragraph' && opening.children.length === 0) quote.children.shift()
      asCallout(quote, kind, title || (said ?? ''))
    })
  }
}

/**
 * The words of a callout's title line after its first text, taken off the paragraph: the inline nodes up to the line's
 * end (a line break, or a newline in a text), as text.
 */
function titleRest(paragraph: Paragraph): string {
  let words = ''
  // (By the line each node starts on too: Chinese prose joins its lines without the newline, "> [!note] 参考代码⏎> **注意**：…"
  // (review 137, OI wiki's admonition turned callout), and the bold label of the next line ran into the title.)
  const line = paragraph.position?.start.line
  while (paragraph.children.length > 1) {
    const child = paragraph.children[1]
    if (child.type === 'break' || (line !== undefined && (child.position?.start.line ?? line) > line)) break
    if (child.type === 'text' && child.value.includes('\n')) {
      const end = child.value.indexOf('\n')
      words += child.value.slice(0, end)
      child.value = child.value.slice(end + 1)
      break
    }
    words += textOf(child)
    paragraph.children.splice(1, 1)
  }
  return words
}

/** Words at most of a callout's title written as a sentence on its marker's line ("> [!warning] Back up the database first."). */
const maxTitleWords = 8

/** Make a block quote a callout of `kind`: its title (or its kind) as a label over it. */
export function asCallout(quote: Blockquote, kind: string, title = ''): Blockquote {
  const label: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: title || upperFirst(kind) }],
    // (A label that names the kind is said in the talk's language once that is known: see `calloutLabelsIn`.)
    // (A label that names the kind is set in capitals by the theme, `.lectern-callout-kind`; a title the writer gave keeps
    // their letters: "Using `useEffect`", "参考代码" over "// clang-format off" (review 137), never "USING USEEFFECT".)
    data: {
      hProperties: { className: ['lectern-callout-label', ...(!title || noteLabels[title.toLowerCase()] ? ['lectern-callout-kind'] : [])] },
      ...(title ? {} : { lecternCalloutKind: kind }),
    },
  }
  quote.children.unshift(label)
  quote.data = { ...quote.data, hProperties: { className: ['lectern-callout', `lectern-callout-${kind}`] } }
  return quote
}

/** The kinds of the labels a writer opens a note set as a block quote with (English's closed class, and a few of other languages'). */
const noteLabels: Record<string, string> = {
  note: 'note',
  notes: 'note',
  nb: 'note',
  reminder: 'note',
  update: 'note',
  updated: 'note',
  edit: 'note',
  info: 'note',
  'side note': 'note',
  tip: 'tip',
  hint: 'tip',
  'pro tip': 'tip',
  important: 'important',
  warning: 'warning',
  caution: 'caution',
  'heads up': 'warning',
  danger: 'caution',
  hinweis: 'note',
  achtung: 'warning',
  remarque: 'note',
  attention: 'warning',
  nota: 'note',
  // (And the labels of notes in the languages the corpus holds: Spanish, Portuguese, Italian, French,
  // German, Chinese, Japanese and Korean.)
  'nota bene': 'note',
  observación: 'note',
  observação: 'note',
  aviso: 'warning',
  advertencia: 'warning',
  atención: 'warning',
  atenção: 'warning',
  attenzione: 'warning',
  avvertenza: 'warning',
  avertissement: 'warning',
  importante: 'important',
  wichtig: 'important',
  warnung: 'warning',
  consejo: 'tip',
  dica: 'tip',
  suggerimento: 'tip',
  astuce: 'tip',
  conseil: 'tip',
  tipp: 'tip',
  注意: 'warning',
  注: 'note',
  提示: 'tip',
  警告: 'warning',
  メモ: 'note',
  ヒント: 'tip',
  참고: 'note',
  주의: 'caution',
  팁: 'tip',
}

const labels = Object.keys(noteLabels).join('|')
/** A note's label and its colon opening a text. */
const noteLabel = new RegExp(`^(${labels})\\s*[:：]\\s*`, 'i')
/** A note's label alone, its colon inside the bold or not: "**Note:**", "**Note**". */
const labelAlone = new RegExp(`^(${labels})\\s*[:：]?\\s*$`, 'i')

/**
 * "> Reminder: Continuum Analytics is now Anaconda, but…", "> **Note:** The API changed": a block
 * quote that opens on a note's label and a colon is the writer's note set off, not a quotation:
 * shown as a callout of its kind, titled by its label as written, rather than as a quotation.
 */
function labelledNote(quote: Blockquote): void {
  const first = quote.children[0] as Paragraph
  const opening = first.children[0]
  // ("**Note:** …" or "**Note**: …": the label in bold, its colon inside or after it.)
  const bold =
    opening?.type === 'strong' && opening.children.length === 1 && opening.children[0].type === 'text'
      ? opening.children[0].value
      : undefined
  const after = first.children[1]
  const written = bold !== undefined ? `${bold}${after?.type === 'text' ? after.value : ''}` : opening?.type === 'text' ? opening.value : ''
  // ("> **Nota** El siguiente capítulo…", the Django Girls tutorial in Spanish (review 97): a bold label alone is one without its colon.)
  const found = noteLabel.exec(written) ?? (bold !== undefined ? labelAlone.exec(bold.trim()) : null)
  if (!found) return
  const kind = noteLabels[found[1].toLowerCase()]
  if (bold !== undefined) {
    // (The bold is the label alone, "**Note:**" or "**Note**", not a bold sentence that opens on one.)
    if (takeBoldLabel(first) === undefined) return
  } else if (opening?.type === 'text') opening.value = opening.value.slice(found[0].length)
  if (first.children[0]?.type === 'text' && first.children[0].value === '') first.children.shift()
  if (first.children.length === 0) quote.children.shift()
  asCallout(quote, kind, upperFirst(found[1]))
}

/**
 * A note's label in bold opening `paragraph` ("**Note:**", "**Note**:", "**Nota**"), taken out with the colon
 * and space after it where `accept` takes it: the label as written, capitalised; undefined, and the paragraph
 * as it was, where it opens otherwise (a bold sentence that opens on a label is no label alone).
 */
function takeBoldLabel(paragraph: Paragraph, accept: (label: string) => boolean = () => true): string | undefined {
  const opening = paragraph.children[0]
  if (opening?.type !== 'strong' || opening.children.length !== 1 || opening.children[0].type !== 'text') return undefined
  const found = labelAlone.exec(opening.children[0].value.trim())
  if (!found || !accept(found[1])) return undefined
  paragraph.children.shift()
  const rest = paragraph.children[0]
  if (rest?.type === 'text') rest.value = rest.value.replace(/^\s*[:：]?\s*/u, '')
  if (rest?.type === 'text' && rest.value === '') paragraph.children.shift()
  return upperFirst(found[1])
}

/** The locale of `calloutLabels` for a `lang`: its own, or the first of its language's ("pt" → "pt-br", "zh" → "zh-hans"). */
function labelLocale(lang: string): Record<string, string> | undefined {
  const tag = lang.toLowerCase().replace(/_/gu, '-')
  // (Chinese in its traditional script, by its script or its region: "zh-TW", "zh-HK", "zh-Hant-TW".)
  const wanted = /^zh-(?:.*-)?(?:hant|tw|hk|mo)(?:-|$)/u.test(tag) ? 'zh-hant' : tag
  const language = wanted.split('-')[0]
  const locale =
    Object.keys(calloutLabels).find((each) => each === wanted) ??
    Object.keys(calloutLabels).find((each) => each === language || each.startsWith(`${language}-`))
  return locale === undefined ? undefined : calloutLabels[locale]
}

/**
 * "> [!NOTE]" in a post in Portuguese is labelled "Observação", as Docusaurus labels its admonitions
 * in each language (callout-labels.ts): a callout without a title of its own is labelled by its kind
 * in the talk's language, where a word for that kind is known; in English otherwise.
 */
export function calloutLabelsIn(tree: Node, lang: string): void {
  const labels = labelLocale(lang)
  if (!labels) return
  visit(tree, 'paragraph', (node: Paragraph) => {
    const kind = node.data?.lecternCalloutKind
    const label = kind === undefined ? undefined : labels[kind]
    if (label === undefined || node.children[0]?.type !== 'text') return
    node.children[0].value = upperFirst(label)
  })
}
