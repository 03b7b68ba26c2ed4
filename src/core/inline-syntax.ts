import { pictureFile } from './links.ts'
import { asText, opensNoBlock } from './markdown-text.ts'

/*
 * Inline syntax of wikis and docs engines that CommonMark reads as text, rewritten like the
 * template tags (see prose-scan.ts; code spans are never passed here): wiki links
 * (`[[Page|shown text]]`, Obsidian, Quartz, Foam), Obsidian's picture embeds (`![[x.png]]`),
 * MDX's JSX components (`<Tabs>`, `<TweetQuote …>text</TweetQuote>`: the tags go, the text
 * they wrap stays), Microsoft Learn's includes (`[!INCLUDE [name](file.md)]`), kramdown's
 * attribute lists at a line's end (`text {: .class}`), and Pandoc's and Quarto's attributes
 * after a picture or a link (`![](x.png){fig-alt="…"}`), the escaped space that keeps a picture
 * from being a figure, and bracketed spans (`[text]{.mark}`),
 * and magic links (`{VueUse}`, `{@antfu}`).
 */

/** Records what was left out: its kind, and where in the text given. */
export type Leave = (kind: string, index: number) => string

// A JSX attribute: a bare name, or a name with a quoted or braced value (one level of nested braces).
// (Bounded, as a tag's attributes are below: from each `<A` of a hostile run, the tag was read on to
// the article's end, through every `<A` after it and every unclosed quote's value, in quadratic time.)
// (A spread of props is an attribute too: `<BlogAuthor {...authors.joshVanLeeuwen} />` (review 136, Cilium's blog) was shown as text.)
const attribute = String.raw`(?:\s+\{\.\.\.[^{}]{1,1000}\}|\s+[^\s=/>{}]+(?:\s*=\s*(?:"[^"]{0,100000}"|'[^']{0,100000}'|\{(?:[^{}]|\{[^{}]*\}){0,100000}\}))?)`
/** Attributes a component's tag has at most. */
const maxAttributes = 100
const syntax = new RegExp(
  [
    // Wiki links and embeds: [[Page]], [[Page#Part|text]], ![[picture.png|alt]]
    String.raw`(!?)\[\[([^\[\]|#\n]*)(#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\]`,
    // JSX: <Name attr="x" {...props} />, <Name.Item>, </Name>, fragments <> and </>
    String.raw`<(\/?)([A-Z][\w]*(?:\.[\w]+)*)((?:${attribute}){0,${maxAttributes}})\s*(\/?)>|<\/?>`,
    // JSX expressions MDX writes between words: {' '}, {/* comment */}
    String.raw`\{\s*(?:(["'])([^"'\n]*)\9|\/\*[\s\S]*?\*\/)\s*\}`,
    // Microsoft Learn: [!INCLUDE [name](file.md)], [!div class="nextstepaction"], [!VIDEO https://…]
    String.raw`\[!(INCLUDE|div|VIDEO|code-\w+)\b[^[\]\n]*(?:\[[^\]\n]*\]\([^)\n]*\))?[^\]\n]*\]`,
    // Pandoc attributes after a picture or link: ![](x.png){.wide fig-alt="A chart"}; bracketed spans: [text]{.mark}
    String.raw`(!?\[[^\[\]
]*\]\([^()
]*\))\{([^{}
]*)\}|\[([^\[\]
]+)\]\{[.#][^{}
]*\}`,
    // The same after a picture whose alt text runs over lines or holds a link (the destination is all
    // there is to look back to), and Pandoc's escaped space after a picture at a paragraph's end
    // (`![](x.png){.wide} \`: "not a figure"), which CommonMark shows as a backslash.
    String.raw`(?<=\]\([^()\s]*\))\{(?:[.#]|[\w-]+=)[^{}\n]*\}|(?<=\]\([^()\s]*\)(?:\{[^{}\n]*\})?)[ \t]+\\(?=[ \t]*(?:\n[ \t]*(?:\n|$)|$))`,
    // kramdown attribute lists at the end of a line: text {: .class}; one with an id is a heading's anchor (see heading-ids.ts).
    // And kramdown's span attribute lists, right after the span they set: (la bible){:rel="nofollow"}, *word*{:.red}.
    // (Each from the start of its spaces only: see `withoutCitations` in shortcodes.ts.)
    String.raw`(?<![ \t])[ \t]*\{:(?![^}\n]*#)[^}\n]*\}(?=[ \t]*(?:\n|$))|(?<=[)\]*_\w])\{:[^{}\n#]*\}`,
  ].join('|'),
  'g',
)

/** Rewrite the inline syntax described above in prose (no code spans). Pure. */
export function convertInlineSyntax(written: string, leave: Leave): string {
  const prose = written.includes(':') ? withoutInlineComponents(written, leave) : written
  if (!/\[\[|<|\{|\[!/.test(prose)) return prose
  const rewritten = rewrite(prose, leave)
  const converted = rewritten.includes('{') ? rewritten.replace(magicLink, '$1') : rewritten
  return converted.includes(emptyComment) ? withoutIndentedComments(converted) : converted
}

/**
 * Nuxt Content's (MDC's) inline components, a colon and a name in PascalCase, `:AiModeB`, `:IconLink{href="…"}` (review 138,
 * Misskey's docs): the site draws them, a picture or a badge; the deck has nothing to show, and the notes showed the name.
 * (Two capitals at least, after a space or a bracket, and no colon after it: not "Note:This", nor the emoji ":Smile:".)
 */
function withoutInlineComponents(prose: string, leave: Leave): string {
  return prose.replace(inlineComponent, (_whole, before: string, name: string, after: string, index: number) => {
    leave(`MDC \`:${name}\``, index)
    // (One space where it stood between two: "ロゴ :AiModeB は" reads "ロゴ は".)
    return /^[ \t]$/.test(before) && after ? before : before + after
  })
}

const inlineComponent = /(^|[ \t(（「]):([A-Z][a-z\d]+(?:[A-Z][\w]*)+)(?:\{[^{}\n]{0,200}\})?(?![\w:])([ \t]?)/gmu

/**
 * A magic link of markdown-it-magic-link (antfu.me, Vue's docs): `{VueUse}` names a project the
 * site links with its logo, `{@antfu}` a GitHub user; the deck shows the name. Only a brace between
 * spaces or brackets around a few words, so math (`\frac{a}{b}`, `x^{N}`) and code keep theirs;
 * not a word at the end of the text between code spans, which a code span follows: MyST's role,
 * "{term}`stack`" (see roles.ts).
 */
const magicLink = /(?<=^|[\s(])\{(@[\w-]+(?=\}(?:[\s.,;:!?)]|$))|[\p{L}\p{N}][\p{L}\p{N} .-]{1,30}?(?=\}[\s.,;:!?)]))\}/gmu

const emptyComment = '<!---->'

/**
 * A component's empty comment on an indented line after a blank one (a tab-indented
 * `<ReferencesLink/>`) opens no HTML block: indented, it would show as a code block holding
 * `<!---->`. There the line is left blank instead.
 */
function withoutIndentedComments(text: string): string {
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const blankBefore = index === 0 || lines[index - 1].trim() === ''
    if (blankBefore && /^(?: {4}|[ ]{0,3}\t)[ \t]*<!---->[ \t]*$/.test(lines[index])) lines[index] = ''
  }
  return lines.join('\n')
}

/**
 * A component's tag over lines inside a block quote, as a `:::tip` container becomes one
 * (block-syntax.ts): each line after its first starts with the quote's `>`, which does not end
 * the tag (`<CommandTabs` then `>   npm="…"`: taken as `<CommandTabs>`, it had left its
 * attributes on the slide). Its attributes' quoted values may span lines too. Read from where
 * the tag opens (sticky), and bounded (a tag is a few lines), so a hostile run of such lines
 * is read in linear time.
 */
const quotedTag =
  /<(\/?)([A-Z]\w*(?:\.\w+)*)(?:\n[ \t]*>|\s|"[^"]{0,1000}"|'[^']{0,1000}'|\{(?:[^{}]|\{[^{}]*\}){0,1000}\}|[^\s"'{}>]){0,2000}?(?<!\n[ \t]*)\/?>/y

/** {@link quotedTag}s over lines left out, each of their lines kept in the quote by its `>`; one on a single line is left to `syntax`. */
function withoutQuotedTags(prose: string, leave: Leave): string {
  // (A first look, in one pass: a quote's line with a component's tag on it.)
  if (!/^[ \t]*>.*<\/?[A-Z]/m.test(prose)) return prose
  let out = ''
  let done = 0
  for (let start = 0; start < prose.length; ) {
    const newline = prose.indexOf('\n', start)
    const end = newline === -1 ? prose.length : newline
    const line = prose.slice(start, end)
    // A quote's line whose last tag opens and does not close on it: after the line's last `>`.
    const after = line.lastIndexOf('>') + 1
    const open = /^[ \t]*>/.test(line) ? line.slice(after).search(/<\/?[A-Z]/) : -1
    if (open === -1) {
      start = end + 1
      continue
    }
    const at = start + after + open
    quotedTag.lastIndex = at
    const found = quotedTag.exec(prose)
    if (!found?.[0].includes('\n')) {
      start = end + 1
      continue
    }
    if (found[1] !== '/') leave(`MDX \`<${found[2]}>\``, at)
    const kept = found[0]
      .split('\n')
      .map((part, index) => (index > 0 && /^[ \t]*>/.test(part) ? '>' : ''))
      .join('\n')
    out += prose.slice(done, at) + kept
    done = at + found[0].length
    start = done
  }
  return done === 0 ? prose : out + prose.slice(done)
}

function rewrite(written: string, leave: Leave): string {
  const prose = withoutQuotedTags(written, leave)
  // Where the line of each match starts, found by reading on from the match before (matches come in order): looked
  // up backwards from each, a paragraph of thousands of tags on one line (an unclosed `<Footnote>` repeated) was
  // read once per tag, in quadratic time.
  let lineStart = 0
  let scanned = 0
  const opensLine = (index: number) => {
    for (; scanned < index; scanned++) if (prose.charCodeAt(scanned) === 10) lineStart = scanned + 1
    return /^[ \t]*$/.test(prose.slice(lineStart, index))
  }
  return prose.replace(
    syntax,
    (
      whole,
      embed,
      page,
      part,
      shown,
      closing,
      component,
      _attributes,
      selfClosing,
      _quote,
      literal,
      docs,
      target,
      pandoc,
      span,
      index: number,
    ) => {
      // ("…accuracy suffers in smaller models [[6]]." (review 117, PyTorch's post): a number in double brackets is a
      // citation, its "[6]" a link to the reference when one is defined, never a wiki link to a page "6".)
      if (page !== undefined && !embed && part === undefined && shown === undefined && citation.test(page)) return whole
      if (page !== undefined) return wikiLink(embed === '!', page.trim(), part, shown, (kind) => leave(kind, index))
      if (target !== undefined) return withAltText(target, pandoc)
      if (span !== undefined) return span
      if (component !== undefined) {
        // A picture component (`<BasicImage src="/x.png" alt="…" />`) is the picture it draws.
        const picture = closing !== '/' && selfClosing === '/' ? pictureOf(component, _attributes) : undefined
        if (picture) return picture + whole.replace(/[^\n]/g, '')
        // `led by <Avatar handle="arendjr" />` (Biome's release notes, review 93): a component that shows a person
        // by their handle or name is that person's name in the sentence, which without it reads "led by .".
        // (Only a component named for a person: `<Icon name="check" />` names no one.)
        const person = closing !== '/' && selfClosing === '/' && personComponent.test(component) ? personOf(_attributes) : undefined
        // (One of a run, each alone on its line, `<Authors>`' `<Author name="Shu Ding" />`s (SWR's 2.0 post, review 103): the
        // names of a list, one after another, said with commas between them rather than run together.)
        const next = person && /^[ \t]*\n[ \t]*<([A-Z][\w.]*)\b[^>]*\/>[ \t]*(?:\n|$)/.exec(prose.slice(index + whole.length))
        const listed = next && personComponent.test(next[1]) && opensLine(index)
        if (person) return opensNoBlock(asText(person)) + (listed ? ',' : '') + whole.replace(/[^\n]/g, '')
        // A self-closing one wraps no text: nothing of the article follows on its last line.
        const opens = opensLine(index)
        // "…or join us in conversations on <SlackCommunity title="Slack" />." (Hudi's blog, review 106): inside a
        // sentence, a component that shows a labelled link or badge is its label there, which without it ends "on .".
        const label = closing !== '/' && selfClosing === '/' && !opens ? labelOf(_attributes) : undefined
        if (label) return asText(label) + whole.replace(/[^\n]/g, '')
        if (closing !== '/') leave(`MDX \`<${component}>\``, index)
        // Alone on its line (`\t<SearchBar />` inside a `<div>`), it leaves its comment too: an
        // emptied line would end the HTML block around it.
        const alone = opens && /^[ \t]*(?:\n|$)/.test(prose.slice(index + whole.length))
        return sameBreaks(whole, opens && selfClosing === '/', alone && selfClosing === '/')
      }
      if (whole.startsWith('<')) return ''
      if (literal !== undefined) return literal
      if (docs !== undefined) return leave(`Microsoft Learn \`[!${docs}]\``, index)
      return ''
    },
  )
}

/** Components that show a person (`<Avatar>`, `<GitHubUser>`, `<Author>`, `<Mention>`): a closed class of names. */
const personComponent = /(?:avatar|user|person|author|contributor|mention|profile|member|maintainer|speaker|handle)/i

/** The words a component's `title`, `label` or `text` gives it, a few at most: what it shows in a sentence. */
function labelOf(attributes: string | undefined): string | undefined {
  const label = /\b(?:title|label|text)\s*=\s*(?:"([^"{}<>\n]{1,40})"|'([^'{}<>\n]{1,40})')/.exec(attributes ?? '')
  const words = (label?.[1] ?? label?.[2])?.trim()
  return words && words.split(/\s+/).length <= maxLabelWords ? words : undefined
}

/** Words of a label shown in a sentence: a name or a few words, not a sentence of its own. */
const maxLabelWords = 4

/** The person a component's attributes name: a handle as `@handle`, a name as written. */
function personOf(attributes: string | undefined): string | undefined {
  const handle =
    /\b(?:handle|username|user|login|github)\s*=\s*(?:"@?([\w.-]{1,40})"|'@?([\w.-]{1,40})'|\{\s*["'`]@?([\w.-]{1,40})["'`]\s*\})/.exec(
      attributes ?? '',
    )
  if (handle) return `@${handle[1] ?? handle[2] ?? handle[3]}`
  const name = /\b(?:name|author|person)\s*=\s*(?:"([^"{}<>]{1,60})"|'([^'{}<>]{1,60})')/.exec(attributes ?? '')
  return name ? (name[1] ?? name[2]).trim() || undefined : undefined
}

/** What double brackets hold around a citation's numbers: "6", "1, 2", "3-5", "12–14" (not a daily note's date, "2023-10-05"). */
const citation = /^(?!\s*\d{4}-\d{1,2}-\d{1,2}\s*$)\s*\d{1,4}(?:\s*[,–-]\s*\d{1,4})*\s*$/u

function wikiLink(
  embed: boolean,
  page: string,
  part: string | undefined,
  shown: string | undefined,
  leave: (kind: string) => string,
): string {
  if (embed) {
    if (pictureFile.test(page)) return `![${(shown ?? '').replace(/[[\]]/g, '\\$&')}](<${page.replace(/[<>]/g, '')}>)`
    return leave('Obsidian embed `![[…]]`')
  }
  const text = shown?.trim() || [page, part?.slice(1).trim()].filter(Boolean).join(' › ')
  return text.replace(/[[\]*_`<]/g, '\\$&')
}

/**
 * A tag spanning lines leaves its line breaks, so later lines keep their numbers. A self-closing
 * one that opens its line (a VitePress component inside a `<div>`) leaves an empty comment on each:
 * blank lines would end the HTML block around it, and the rest of the block, indented,
 * would show as code (`&nbsp;` in a code box).
 */
function sameBreaks(text: string, opensLine = false, alone = false): string {
  const breaks = text.replace(/[^\n]/g, '')
  return opensLine && (breaks !== '' || alone) ? `${emptyComment}${breaks.replace(/\n/g, `\n${emptyComment}`)}` : breaks
}

/** The markdown picture a self-closing picture component draws: its name says image and it has a literal `src`. */
function pictureOf(component: string, attributes: string): string | undefined {
  const value = (name: string) =>
    new RegExp(String.raw`\b${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'\x60]([^"'\x60]*)["'\x60]\s*\})`).exec(attributes)
  const src = value('src')
  const url = src && (src[1] ?? src[2] ?? src[3])
  // (Named for a picture, or any name whose `src` is a picture's file: `<Screenshot src="/img/a.png" />`.)
  if (!url || !(/image|img|picture|photo|figure/i.test(component) || pictureFile.test(url.replace(/[?#].*$/, '')))) return undefined
  const alt = value('alt')
  const words = (alt && (alt[1] ?? alt[2] ?? alt[3])) ?? ''
  return `![${words.replace(/[[\]]/g, '\\$&')}](<${url.replace(/[<>\s]/g, '')}>)`
}

/** A picture keeps Quarto's `fig-alt` as its alt text when it has none of its own; other attributes go. */
function withAltText(target: string, attributes: string): string {
  const alt = /\bfig-alt=(["'])(.*?)\1/.exec(attributes)?.[2]
  return alt && target.startsWith('![](') ? `![${alt.replace(/[[\]]/g, '\\$&')}](${target.slice(4)}` : target
}
