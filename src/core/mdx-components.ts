import { type Literal, readLiteral } from './js-literal.ts'
import { codeLines, splitFences } from './prose-scan.ts'
import { escapeHtml } from './links.ts'
import { asText, opensNoBlock } from './markdown-text.ts'
import { upperFirst } from './letter-case.ts'

/*
 * The block components React-style docs sites write in their MDX posts, made into the
 * markdown they stand for before the block syntax is read (see block-syntax.ts), line for
 * line so positions in warnings stay true:
 * - a callout component (`<Note>`, `<Pitfall>`, `<DeepDive>`, `<Callout type="warning">`)
 *   on a line of its own becomes a `:::kind` container, which becomes a callout box;
 * - a console component (`<ConsoleBlock>`, `<ConsoleBlockMulti>` holding `<ConsoleLogLine>`s,
 *   `<Terminal>`) becomes a fenced `console` code block: its text is program output, never a
 *   key point, and its JSX strings (`{'\n'}`, `{'-    '}`) and markdown escapes become the
 *   characters they print.
 * - an HTML element written as JSX (`<div className="emoji-list">`, with an attribute only JSX
 *   has), and the elements on lines of their own inside it, wrap markdown, as MDX reads them: the
 *   tag lines go and the body loses the indentation it shares, which markdown would read as
 *   code (a list of highlights, a fenced listing in a column).
 * Any other component is left to the inline rewrite, which drops its tags and keeps its text.
 */

/** Components that are callouts, and the kind of callout each is. */
const calloutComponents: Record<string, string> = {
  note: 'note',
  tip: 'tip',
  info: 'info',
  important: 'important',
  warning: 'warning',
  caution: 'caution',
  danger: 'danger',
  pitfall: 'warning',
  deepdive: 'details',
  details: 'details',
  aside: 'note',
  callout: 'note',
  admonition: 'note',
  success: 'tip',
}

// A component's name: capitalised (`<Note>`), or a custom element's, with a hyphen (`<callout-danger>`).
const componentOpen =
  /^[ \t]*<([A-Z][\w]*|[a-z][a-z\d]*(?:-[a-z\d]+)+)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*>[ \t]*$/
const componentClose = /^[ \t]*<\/([A-Z][\w]*|[a-z][a-z\d]*(?:-[a-z\d]+)+)>[ \t]*$/
const consoleComponent = /^(Console\w*|Terminal\w*)$/
const fence = /^[ \t]*(`{3,}|~{3,})/
// An HTML element's tag alone on its line, and an attribute only JSX writes (`className`, `htmlFor`, a `{…}` value).
const elementOpen = /^[ \t]*<([a-z][a-z\d]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*>[ \t]*$/
const elementClose = /^[ \t]*<\/([a-z][a-z\d]*)>[ \t]*$/
const mediaElement = /^(?:video|audio|iframe|picture|object)$/
const jsxAttribute = /\s(?:className|htmlFor)\s*=|\s[\w-]+\s*=\s*\{/

/** Lines a picture component's tag may span (one attribute a line). */
const maxPictureLines = 40
/** A component that draws a picture, by its name (`<RemoteImage>`, `<Img>`, `<Figure>`, `<Picture>`). */
const pictureComponent = /^[ \t]*<([A-Z]\w*(?:Image|Img|Picture|Photo|Figure)|Image|Img|Picture|Photo|Figure)(?=[\s/>]|$)/
// Its attributes that name the picture's address, likeliest the full picture first, and its alt text.
// (`<BlogImage imagePath='/img/laplace/flowchart.png' altText='…' />` (review 149, a post on Laplace approximations): a
// site's own names for them too.)
const pictureAddress =
  /\b(?:largeUrl|src|url|image|imageUrl|imagePath|imageSrc|imgSrc|mediumUrl|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*[`"']([^`"']*)[`"']\s*\})/g
const pictureAlt = /\b(?:alt|altText|imageAlt)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*[`"']([^`"']*)[`"']\s*\})/

/** Lines a diagram component's tag may span. */
const maxDiagramLines = 120
/** The first word of a mermaid diagram: its kind. */
const mermaidKind =
  /^\s*(?:graph|flowchart|sequenceDiagram|classDiagram(?:-v2)?|stateDiagram(?:-v2)?|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4Context|C4Container|C4Component|xychart-beta|sankey-beta|block-beta|packet-beta|architecture-beta|kanban)\b/
/** A component's tag closed on itself that holds its diagram in a template string: `<Mermaid chart={`graph LR …`} />`. */
const diagramTag = /^\s*<([A-Z]\w*)\b[^`]*?\b(?:chart|code|value|diagram|definition|source|graph)\s*=\s*\{\s*`([^`]*)`\s*\}[^`<>]*\/>\s*$/

/**
 * `<Mermaid chart={`graph LR ⏎ Document -->|owner| User ⏎ `} />` (review 147, Ory's docs, inside Docusaurus's ```mdx-code-block
 * fences): a component that draws the mermaid diagram its attribute holds is that diagram, a fenced `mermaid` block on its
 * lines, which the deck draws. Left to the inline rewrite it showed as its source, "<Mermaid chart={graph LR…} />", on the
 * slide. (Fenced with tildes, so the backticks of an `mdx-code-block` fence around it still close that one.)
 */
function withDiagramComponents(lines: string[]): string[] {
  if (!lines.some((line) => /^\s*<[A-Z]/.test(line))) return lines
  const out = [...lines]
  const code = codeLines(lines)
  // (Docusaurus reads an `mdx-code-block` fence's lines as MDX: a run of code lines that opens on one is no code inside.)
  let mdx = false
  for (let index = 0; index < lines.length; index++) {
    const bare = lines[index].replace(/\r$/, '')
    if (code[index]) {
      if (index === 0 || !code[index - 1]) mdx = /^[ \t]*(?:`{3,}|~{3,})\s*mdx-code-block\s*$/.test(bare)
      if (!mdx || fence.test(bare)) continue
    }
    if (!/^\s*<[A-Z]\w*(?:\s|$)/.test(bare)) continue
    let end = index
    while (end < lines.length - 1 && end - index < maxDiagramLines && !/\/>\s*$/.test(lines[end])) end++
    const tag = diagramTag.exec(lines.slice(index, end + 1).join('\n'))
    if (!tag || !mermaidKind.test(tag[2])) continue
    const body = tag[2]
      .replace(/^\s*\n/, '')
      .replace(/\n\s*$/, '')
      .split('\n')
    if (body.length + 2 > end - index + 1) continue
    const indent = /^[ \t]*/.exec(bare)?.[0] ?? ''
    const fenced = [`${indent}~~~mermaid`, ...body, `${indent}~~~`]
    for (let line = index; line <= end; line++) out[line] = fenced[line - index] ?? ''
    index = end
  }
  return out
}

/**
 * `<RemoteImage alt={`Bloggen`} largeUrl="https://…" loadingUrl="data:…" />` over many lines, as a
 * blog's own picture component: the picture it draws, `![alt](address)`, on its first line, its
 * other lines blank. Left to the inline rewrite it kept its attributes as text, a base64 preview in
 * the notes. A data address is never taken: it is a blurred preview, not the picture.
 */
function withPictureComponents(lines: string[]): string[] {
  if (!lines.some((line) => pictureComponent.test(line))) return lines
  const out = [...lines]
  const html = htmlBlockLines(lines)
  for (let index = 0; index < out.length; index++) {
    if (!pictureComponent.test(out[index])) continue
    let end = index
    while (end < out.length - 1 && end - index < maxPictureLines && !/\/?>[ \t]*\r?$/.test(out[end])) end++
    if (!/\/>[ \t]*\r?$/.test(out[end])) continue
    const tag = out.slice(index, end + 1).join(' ')
    const addresses = [...tag.matchAll(pictureAddress)]
      .map((match) => match[1] ?? match[2] ?? match[3])
      .filter((url) => url && !/^\s*(?:data|javascript|vbscript):/i.test(url))
    const found = pictureAlt.exec(tag)
    const alt = found?.[1] ?? found?.[2] ?? found?.[3] ?? ''
    const text = alt.replace(/[[\]]/g, '\\$&')
    if (addresses.length === 0) continue
    // (Inside an HTML block, `<div style={{…}}>` and the picture with no blank line between them, markdown is
    // not read: there it is the `<img>` it draws, which the block's HTML is read for. Written as markdown,
    // "![it's]()" showed on the slide as text, its address taken for a tag; Biome's post, review 93.)
    out[index] = html[index] ? `<img src="${escapeHtml(addresses[0])}" alt="${escapeHtml(alt)}">` : `![${text}](<${addresses[0]}>)`
    for (let at = index + 1; at <= end; at++) out[at] = ''
    index = end
  }
  return out
}

/** A component that embeds a player, by its name (`<IFrame>`, `<YouTube>`, `<VideoEmbed>`). */
const playerComponent =
  /^[ \t]*<(I[Ff]rame|You[Tt]ube(?:Embed|Player|Video)?|Vimeo(?:Embed|Player)?|Loom(?:Embed|Video)?|Video(?:Embed|Player)?)(?=[\s/>]|$)/
/** Its address, or a YouTube video's id. */
const playerAddress = /\b(?:src|url)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*[`"']([^`"']*)[`"']\s*\})/
const playerId = /\b(?:id|videoId|youTubeId|youtubeId)\s*=\s*(?:"([\w-]{6,20})"|'([\w-]{6,20})'|\{\s*[`"']([\w-]{6,20})[`"']\s*\})/

/**
 * `<IFrame className="…" src="https://www.youtube-nocookie.com/embed/…" allowFullScreen></IFrame>` over many lines, or
 * `<YouTube id="…" />` (review 139, Supabase's post on Realtime): a component that embeds a player is the `<iframe>` it
 * draws, which the deck names as a video, and says where it plays; left out as an unknown component, its section ("##
 * Demo") went with it. The player on the first line, its other lines blank.
 */
function withPlayerComponents(lines: string[]): string[] {
  if (!lines.some((line) => playerComponent.test(line))) return lines
  const out = [...lines]
  for (let index = 0; index < out.length; index++) {
    const name = playerComponent.exec(out[index])?.[1]
    if (!name) continue
    let end = index
    const closed = new RegExp(`(?:/>|</${name}>)[ \\t]*\\r?$`)
    while (end < out.length - 1 && end - index < maxPictureLines && !closed.test(out[end])) end++
    if (!closed.test(out[end])) continue
    const tag = out.slice(index, end + 1).join(' ')
    const address = playerAddress.exec(tag)
    const id = playerId.exec(tag)
    const url = address
      ? (address[1] ?? address[2] ?? address[3])
      : id && /^you/i.test(name)
        ? `https://www.youtube.com/embed/${id[1] ?? id[2] ?? id[3]}`
        : undefined
    if (!url || !/^https?:\/\//i.test(url)) continue
    const indent = /^[ \t]*/.exec(out[index])?.[0] ?? ''
    // (A `<Video src="…/launch.mp4">` plays a file, as `<video>` does; the others frame a player's page.)
    const tagName = /^Video/.test(name) ? 'video' : 'iframe'
    out[index] = `${indent}<${tagName} src="${escapeHtml(url)}"></${tagName}>`
    for (let at = index + 1; at <= end; at++) out[at] = ''
    index = end
  }
  return out
}

/**
 * Whether each line goes on an HTML block: a line above it, with no blank line between, opens an HTML
 * element. One pass, so that a thousand pictures cost no more than one.
 */
function htmlBlockLines(lines: string[]): boolean[] {
  const inside: boolean[] = []
  let open = false
  for (const line of lines) {
    inside.push(open)
    if (line.trim() === '') open = false
    else if (/^[ \t]{0,3}<[a-z][\w-]*(?=[\s>/]|$)/.test(line)) open = true
  }
  return inside
}

/** A component's name at the start of a line, unindented (an indented one may be code, or a list item's). */
const dataComponent = /^<([A-Z][\w.]*)(?=[\s/>]|$)/

/** Attributes whose array of strings is the component's words to show ("items", "steps"), not keywords or tags. */
const contentAttribute = /^(?:items|steps|entries|events|list|points|bullets|rows|timeline|lines|facts|highlights)$/i

/**
 * `<TimelineTable entries={[{ time: "18:30, Nov 27", event: "A change is deployed…" }, …]} />`: a
 * component that draws the data it is given is that data, as the markdown that shows it: an array of
 * records that say something in words a table (a column for each key, named by it), an array of
 * strings given as its items or steps a list. Left to the inline rewrite, a post-mortem's whole
 * timeline went, heading and all. Only a self-closing tag at the start of its line, after a blank line
 * (or the article's start), outside code; its lines hold the table or list and a blank line after
 * it, or the items in one line; the rest are left blank, so the lines after keep their numbers.
 * Data that is not a literal (a variable, a call), or not words (a chart's numbers, a page's
 * keywords), is left to the inline rewrite, which says it left the component out.
 */
function withDataComponents(lines: string[]): string[] {
  const text = lines.join('\n')
  if (!/=\s*\{\s*\[/.test(text) || !lines.some((line) => dataComponent.test(line))) return lines
  const out = [...lines]
  const lastCommentEnd = text.lastIndexOf('*/')
  // Where each line starts in the text.
  const starts: number[] = []
  for (let index = 0, offset = 0; index < lines.length; offset += lines[index].length + 1, index++) starts.push(offset)
  // The line that holds an offset: the last that starts at or before it (a binary search).
  const lineAt = (offset: number) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
  const code = codeLines(lines)
  // (Lines a reading passed over are not read again, whatever they hold: each tag is read once.)
  let readTo = -1
  for (let index = 0; index < out.length; index++) {
    const bare = out[index].replace(/\r$/, '')
    if (code[index] || index <= readTo || !dataComponent.test(bare) || (index > 0 && out[index - 1].trim() !== '')) continue
    const shown = dataShown(text, starts[index], lastCommentEnd)
    const last = lineAt(Math.max(starts[index], shown.end - 1))
    readTo = last
    if (!shown.lines || shown.lines.length === 0) continue
    // (A blank line after the table or list, in the tag's lines or right after them: else the line after would join it.)
    const room = last - index + 1
    const fits = shown.lines.length < room || (shown.lines.length === room && (out[last + 1] ?? '').trim() === '')
    const written = fits ? shown.lines : [opensNoBlock(shown.inline ?? '')]
    written.forEach((line, at) => (out[index + at] = line))
    for (let at = index + written.length; at <= last; at++) out[at] = ''
  }
  return out
}

/**
 * The markdown lines that show the data a component's tag at `from` is given (its first array of
 * records that say something in words, or of strings given as its items), and where the tag ends (the
 * end of its last line); for any other tag no lines, and how far it was read.
 */
function dataShown(text: string, from: number, lastCommentEnd: number): { lines?: string[]; inline?: string; end: number } {
  let rows: Literal[] | undefined
  const name = dataComponent.exec(text.slice(from, from + 200))
  let at = from + (name?.[0].length ?? 1)
  // The tag's attributes, one after another: a bare name, a quoted value, or a braced literal.
  const attribute = /\s+([\w-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{))?/y
  for (;;) {
    attribute.lastIndex = at
    const match = attribute.exec(text)
    if (!match) break
    at = attribute.lastIndex
    if (!match[0].endsWith('{')) continue
    const read = readLiteral(text, at, lastCommentEnd)
    if (read.value === undefined) return { end: read.end }
    const close = /\s*\}/y
    close.lastIndex = read.end
    if (!close.exec(text)) return { end: read.end }
    if (!rows && sayable(match[1], read.value)) rows = read.value as Literal[]
    at = close.lastIndex
  }
  const end = /\s*\/>[ \t]*\r?(?=\n|$)/y
  end.lastIndex = at
  if (!rows || !end.exec(text)) return { end: at }
  return { lines: markdownOf(rows), inline: inlineOf(rows), end: end.lastIndex }
}

/** Words at least one of a table's records says in a field: prose, not a chart's numbers or a link's label. */
const sayingWords = 3

/**
 * Whether an attribute's value is data a talk shows: records of flat fields, one of which says
 * something in a few words, or two strings or more given as the component's items, one of two words or more.
 */
function sayable(attribute: string, value: Literal): boolean {
  if (!Array.isArray(value) || value.length === 0) return false
  const words = (field: Literal) => (typeof field === 'string' ? field.trim().split(/\s+/).length : 0)
  if (value.every((row) => typeof row === 'string'))
    return contentAttribute.test(attribute) && value.length >= 2 && value.some((row) => words(row) >= 2)
  const records = value.filter((row) => typeof row === 'object' && row !== null && !Array.isArray(row)) as Array<{ [key: string]: Literal }>
  return (
    records.length === value.length &&
    records.every((record) => Object.values(record).every((field) => typeof field !== 'object' || field === null)) &&
    records.some((record) => Object.values(record).some((field) => words(field) >= sayingWords))
  )
}

/** The same data in one line: items apart by " · ", a record's fields by " — " ("18:30 — A change is deployed · 06:06 — …"). */
function inlineOf(rows: Literal[]): string {
  // (Rows are strings or records of flat fields: see `sayable`.)
  const field = (value: Literal) => asText(String(value ?? ''))
  return rows
    .map((row) => (typeof row === 'object' && row !== null ? Object.values(row).map(field).filter(Boolean).join(' — ') : field(row)))
    .filter(Boolean)
    .join(' · ')
}

/** An array of strings as a list, of records as a table (the data `sayable` lets through: strings, or records of flat fields). */
function markdownOf(rows: Literal[]): string[] {
  const cell = (value: Literal | undefined) => (value === null || value === undefined ? '' : asText(String(value)))
  if (rows.every((row) => typeof row === 'string')) return rows.map((row) => `- ${cell(row)}`)
  const records = rows as Array<{ [key: string]: Literal }>
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))]
  const header = keys.map((key) => cell(columnName(key)))
  return [
    `| ${header.join(' | ')} |`,
    `| ${keys.map(() => '---').join(' | ')} |`,
    ...records.map((record) => `| ${keys.map((key) => cell(record[key])).join(' | ')} |`),
  ]
}

/** A record's key as a column's name: `time` → "Time", `startDate` → "Start date", `event_name` → "Event name". */
function columnName(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
  return upperFirst(words)
}

/**
 * A picture Docusaurus's MDX names by the module that holds it (`src={require('./downloads.png').default}`,
 * `src={useBaseUrl('/img/logo.png')}`): the file it names, as an address any picture has.
 */
const modulePicture = /\bsrc[ \t]*=[ \t]*\{[ \t]*(?:require|useBaseUrl)\([ \t]*(['"`])([^'"`{}\n]+)\1[ \t]*\)(?:\.default)?[ \t]*\}/g

/** An import statement of a picture under a name, `import banner` from a `.png` file: a picture an MDX post names by its module. */
const pictureImport = /^import[ \t]+([A-Za-z_$][\w$]*)[ \t]+from[ \t]+(['"])([^'"\n]+\.(?:png|jpe?g|gif|svg|webp|avif))\2;?[ \t]*$/gm

/**
 * {@link modulePicture}s outside code blocks as the files they name, line for line; so is a picture
 * named by its import (`<img src={banner} … />` after the banner's import statement, webpack's
 * release posts, review 99; Astro's `{banner.src}` too).
 */
function withModulePictures(lines: string[]): string[] {
  const text = lines.join('\n')
  const imported = new Map([...text.matchAll(pictureImport)].map((found) => [found[1], found[3]]))
  const named = /\bsrc[ \t]*=[ \t]*\{[ \t]*([A-Za-z_$][\w$]*)(?:\.src)?[ \t]*\}/g
  return splitFences(text)
    .map((piece) =>
      piece.code
        ? piece.text
        : piece.text
            .replace(modulePicture, 'src="$2"')
            .replace(named, (whole, name: string) => (imported.has(name) ? `src="${imported.get(name)}"` : whole)),
    )
    .join('')
    .split('\n')
}

/** Rewrite callout and console components on lines of their own; code blocks stay as written. Pure. */
export function convertMdxComponents(lines: string[]): string[] {
  if (lines.some((line) => line.includes('src={'))) lines = withModulePictures(lines)
  lines = withDiagramComponents(lines)
  if (!lines.some((line) => /^[ \t]*<\/?(?:[A-Z]|[a-z][a-z\d]*-)/.test(line) || /^[ \t]*<[a-z][^>]*\sclassName\s*=/.test(line)))
    return lines
  lines = withSpeakerLabels(withTabLabels(withCommandTabs(withDataComponents(withPlayerComponents(withPictureComponents(lines))))))
  const out: string[] = []
  const open: string[] = []
  // The indentation each open callout's or wrapper's lines share, which markdown would read as code.
  const indents: string[] = []
  // Which of the open tags are HTML elements that wrap markdown (no callout box of their own).
  const wrappers: boolean[] = []
  // Which of them are components kept as written, their tags left to the step that leaves tags out (inline-syntax.ts).
  const kept: boolean[] = []
  const closes = closingLines(lines, elementOpen, elementClose)
  const componentEnds = closingLines(lines, componentOpen, componentClose)
  // The last line of a button's body said nowhere (see below).
  let silencedTo = -1
  const dedent = (line: string) => {
    const indent = indents.at(-1)
    return indent && line.startsWith(indent) ? line.slice(indent.length) : line
  }
  let code: string | undefined
  let consoleName: string | undefined
  for (const [index, line] of lines.entries()) {
    const bare = line.replace(/\r$/, '')
    if (consoleName) {
      const close = componentClose.exec(bare)
      if (close?.[1] === consoleName) {
        out.push('```')
        consoleName = undefined
      } else if (componentOpen.test(bare) || componentClose.test(bare)) out.push('')
      else out.push(printed(bare))
      continue
    }
    const marker = fence.exec(bare)?.[1]
    if (code) {
      if (marker && marker[0] === code[0] && marker.length >= code.length && bare.trim() === marker) code = undefined
      out.push(dedent(line))
      continue
    }
    if (marker) {
      code = marker
      out.push(dedent(line))
      continue
    }
    const element = elementOpen.exec(bare)
    const close = closes.get(index)
    // (Not a video, sound or frame, `<video playsInline autoPlay muted loop>` in a `<div className="device-frame">`
    // (review 111, a Docusaurus post): what it plays is the media element, named on the slide (links.ts); unwrapped,
    // its `<source>` alone was left out, and four videos went without a word.)
    if (element && !mediaElement.test(element[1]) && (jsxAttribute.test(element[2]) || wrappers.some(Boolean)) && close !== undefined) {
      open.push(element[1])
      indents.push(sharedIndent(lines, index + 1, element[1], close))
      wrappers.push(true)
      kept.push(false)
      out.push('')
      continue
    }
    const opening = componentOpen.exec(bare)
    if (opening && consoleComponent.test(opening[1])) {
      consoleName = opening[1]
      out.push('```console')
      continue
    }
    const kind = opening ? calloutKind(opening[1], opening[2]) : undefined
    if (opening && kind) {
      open.push(opening[1])
      indents.push(sharedIndent(lines, index + 1, opening[1]))
      wrappers.push(false)
      kept.push(false)
      const title = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(opening[2])
      out.push(`:::${kind}${title ? ` ${title[1] ?? title[2]}` : ''}`)
      continue
    }
    // `<ButtonLink href="/nft/">` over its words indented as JSX writes them (review 100, ethereum.org's post on Web3
    // in Spanish, a `.md` file): any other component on lines of its own keeps its tags, and its body loses the
    // indent it shares, which markdown would read as code ("Más sobre los NFT" in a box of code on the slide).
    const end = opening ? componentEnds.get(index) : undefined
    if (opening && end !== undefined) {
      open.push(opening[1])
      indents.push(sharedIndent(lines, index + 1, opening[1]))
      wrappers.push(true)
      kept.push(true)
      out.push(line)
      // (A button's label, one short line, "Más sobre los NFT" in `<ButtonLink>`, is the page's control: said nowhere.)
      const body = lines.slice(index + 1, end).filter((each) => each.trim() !== '')
      if (/button|^cta$/i.test(opening[1]) && body.length === 1 && body[0].trim().split(/\s+/).length <= maxLabelWords) silencedTo = end - 1
      continue
    }
    if (index <= silencedTo) {
      out.push('')
      continue
    }
    const closing = componentClose.exec(bare) ?? elementClose.exec(bare)
    if (closing && open.at(-1) === closing[1]) {
      open.pop()
      indents.pop()
      const wrapper = wrappers.pop()
      out.push(kept.pop() ? line : wrapper ? '' : ':::')
      continue
    }
    out.push(dedent(line))
  }
  return out
}

/** Lines a command component's tag may span. */
const maxCommandLines = 40
/** A component that shows a command for each package manager, by its name (`<CommandTabs`, `<PackageManagerTabs`, `<InstallTabs`). */
const commandComponent = /^[ \t]*<((?=[A-Z])\w*(?:Command|Install|PackageManager|Pm|Npm)\w*)(?=[\s/>]|$)/
/** The package managers such a component names its commands by, in the order a page shows them: a closed class. */
const packageManagers = ['npm', 'yarn', 'pnpm', 'bun', 'deno', 'cargo', 'pip', 'uv', 'poetry', 'brew']
/** Words of a package manager's command that name no tool: its verbs and flags. */
const genericWords = new Set(['install', 'update', 'upgrade', 'latest', 'save', 'global', 'locked', 'version', 'exec', 'dlx', 'create'])
/**
 * The ecosystem each manages packages of: tabs of one are the same step done another way; a tab of another is a step of its
 * own ("Make sure to update both NPM and Cargo dependencies", over npm's, yarn's, pnpm's and cargo's tabs (review 147, Tauri's
 * 1.3 post): `cargo update` was lost with the tabs npm's stood for).
 */
const ecosystemOf: Record<string, string> = {
  npm: 'js',
  yarn: 'js',
  pnpm: 'js',
  bun: 'js',
  deno: 'js',
  cargo: 'rust',
  pip: 'python',
  uv: 'python',
  poetry: 'python',
  brew: 'brew',
}

/**
 * `<CommandTabs npm="npm install @tauri-apps/cli@next⏎ npm run tauri migrate" yarn="…" pnpm="…" cargo='…' />` (review
 * 112, Tauri's release post, whose one step to take it was): a component that shows the same step's command for each
 * package manager shows it, on the page, with its first tab open. The deck shows that tab's commands as a listing, one
 * a line; left to the inline rewrite, the step went with the component. (Only a self-closing tag whose attributes are
 * quoted strings; its lines are left blank past the listing, so the lines after keep their numbers.)
 */
function withCommandTabs(lines: string[]): string[] {
  if (!lines.some((line) => commandComponent.test(line))) return lines
  const out = [...lines]
  const code = codeLines(lines)
  // (The lines of the commands listings made of one-line tags end on: where the next tag may add its own.)
  const tagListing = new Set<number>()
  for (let index = 0; index < out.length; index++) {
    if (code[index] || !commandComponent.test(out[index])) continue
    const end = out.slice(index, index + maxCommandLines).findIndex((line) => /\/>\s*$/.test(line))
    if (end === -1) continue
    const tag = out.slice(index, index + end + 1).join('\n')
    const values = new Map<string, string>()
    for (const found of tag.matchAll(/\s([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) values.set(found[1], found[2] ?? found[3])
    const first = packageManagers.find((manager) => values.has(manager))
    // (Rspress's `<PackageManagerTabs command="add typescript@rc -D" />` (review 124, Rspack's release post) names the step
    // once, after each manager's name; its first tab is npm's.)
    const shared = values.get('command')
    if (!first && shared === undefined) continue
    // (The first tab of each ecosystem whose command is no other way to run the first tab's tool: `cargo tauri migrate` beside
    // `npm run tauri migrate` (review 112) is the same step; `cargo update` beside `npm install @tauri-apps/cli@latest` is not.)
    const toolWords = (command: string) =>
      new Set(
        command
          .toLowerCase()
          .split(/[^a-z\d]+/)
          .filter((word) => word.length >= 4 && !packageManagers.includes(word) && !genericWords.has(word)),
      )
    const firstWords = first ? toolWords(values.get(first) ?? '') : new Set<string>()
    const shown = packageManagers
      .filter((manager) => values.has(manager))
      .filter((manager, index, all) => all.findIndex((other) => ecosystemOf[other] === ecosystemOf[manager]) === index)
      .filter((manager) => manager === first || ![...toolWords(values.get(manager) ?? '')].some((word) => firstWords.has(word)))
    const commands = (first ? shown.map((manager) => values.get(manager) ?? '').join('\n') : `npm ${shared}`)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
    const listing = ['```sh', ...commands, '```']
    // (A tag of one line between blank lines takes them for its listing's fences: not after a block of raw HTML, which a fence
    // on the line after it would join. One right after another such tag adds its command to that listing.)
    if (end === 0 && listing.length === 3 && lines[index + 1]?.trim() === '') {
      if (out[index - 1] === '```' && out[index - 2] !== undefined && tagListing.has(index - 2)) {
        out[index - 1] = commands[0]
        out[index] = '```'
        continue
      }
      if (lines[index - 1]?.trim() === '' && !/^\s*</.test(lines[index - 2] ?? '')) {
        out.splice(index - 1, 3, ...listing)
        tagListing.add(index)
        index += 1
        continue
      }
    }
    if (listing.length > end + 1) continue
    for (let at = 0; at <= end; at++) out[index + at] = listing[at] ?? ''
    index += end
  }
  return out
}

/** Docusaurus's tab, opened on a line of its own: `<TabItem value="mac" label="macOS">`. */
const tabItem = /^[ \t]*<TabItem\b([^>]*)>[ \t]*$/
/** A tab's name in its opening tag: its `label`, else its `value`, quoted or as a quoted expression. */
const tabName = /\s(label|value)\s*=\s*(?:"([^"]{1,60})"|'([^']{1,60})'|\{\s*(?:"([^"]{1,60})"|'([^']{1,60})')\s*\})/g

/**
 * Docusaurus's `<Tabs>`, a `<TabItem value="mac" label="macOS">` for each way of doing one step (review 111, a tutorial
 * whose two tabs opened on the same words; the tags go with the other components' and took the tabs' names along):
 * a talk shows every tab, one after another, each under its name, as Material for MkDocs' tabs are (block-syntax.ts):
 * "**npm:**" over a listing, on the blank line between the tag and it (or on the tag's own line where none is), or
 * opening the tab's first line of words, "**macOS:** Open the Terminal…". Line for line.
 */
function withTabLabels(lines: string[]): string[] {
  if (!lines.some((line) => tabItem.test(line))) return lines
  const out = [...lines]
  const code = codeLines(lines)
  for (const [index, line] of lines.entries()) {
    const tag = code[index] ? null : tabItem.exec(line)
    if (!tag) continue
    const names = new Map([...tag[1].matchAll(tabName)].map((found) => [found[1], found.slice(2).find(Boolean) ?? '']))
    const name = (names.get('label') ?? names.get('value'))?.trim()
    if (!name) continue
    const first = lines.findIndex((each, at) => at > index && each.trim() !== '')
    if (first === -1 || /^[ \t]*<\/TabItem>/.test(lines[first])) continue
    const opened = openedOnName(lines[first], name)
    const indent = /^[ \t]*/.exec(lines[first])?.[0] ?? ''
    if (opened) out[first] = opened
    else if (first > index + 1) out[first - 1] = `${indent}**${escapedName(name)}:**`
    // (Right over its listing, `<TabItem label="v3">` then ```` ```ts ```` (review 115, SST's release post in Astro): the tag's
    // own line, its closing tag left to go as the other components' do.)
    else out[index] = `${indent}**${escapedName(name)}:**`
  }
  return out
}

/** A component that says whose words it holds, opened on a line of its own: `<Conv name="Mara" mood="hacker">`. */
// (Not one closed on itself, `<Banner name="intensive-devops" />` (review 149, a Russian post's advertisement): it holds no words.)
const speakerTag =
  /^[ \t]*<([A-Z][\w.]*)\b([^>]*\s(?:name|speaker|character|who|persona)\s*=\s*(?:"[^"]{1,40}"|'[^']{1,40}')[^>]*)(?<!\/)>[ \t]*$/
const speakerName = /\s(?:name|speaker|character|who|persona)\s*=\s*(?:"([^"]{1,40})"|'([^']{1,40})')/

/**
 * `<Conv name="Mara" mood="hacker">` over a character's lines (review 145, Xe's blog, whose characters talk to the writer):
 * the words a component gives to someone by name are theirs, and the site shows whose beside them; with the tags gone, the
 * notes read them as the writer's own. Its first line of words opens on the name, as a speaker's turn does, "**Mara:** In
 * Go, you…". (Not a component that shows a person, `<Author name="…">`, whose words are about them.) Line for line.
 */
function withSpeakerLabels(lines: string[]): string[] {
  if (!lines.some((line) => speakerTag.test(line))) return lines
  const out = [...lines]
  const code = codeLines(lines)
  for (const [index, line] of lines.entries()) {
    const tag = code[index] ? null : speakerTag.exec(line)
    if (!tag || /avatar|user|person|author|contributor|profile|member|maintainer/i.test(tag[1])) continue
    const found = speakerName.exec(tag[2])
    const name = (found?.[1] ?? found?.[2])?.trim()
    if (!name) continue
    let first = index + 1
    while (first < lines.length && first - index <= 3 && lines[first].trim() === '') first++
    if (first >= lines.length || code[first]) continue
    const opened = openedOnName(lines[first], name)
    if (opened) out[first] = opened
  }
  return out
}

/** A name as markdown reads it literally in a bold label: its marks escaped. */
function escapedName(name: string): string {
  return name.replace(/[*_`\\[\]<>]/g, '\\$&')
}

/** A line of words opened on a name in bold and its colon ("**macOS:** Open the Terminal…"), or undefined for a line that opens on no word. */
function openedOnName(line: string, name: string): string | undefined {
  const [, indent, rest] = /^([ \t]*)(.*)$/.exec(line) ?? ['', '', '']
  return /^[\p{L}\p{N}"“'‘(]/u.test(rest) ? `${indent}**${escapedName(name)}:** ${rest}` : undefined
}

/** Words at most of a button's label. */
const maxLabelWords = 8

/**
 * The line that closes each tag opened on a line of its own, by the line that opens it (the same name inside it
 * counted), as `open` and `close` find a line's tag name: found in one pass, as a stack per name, so that a post
 * of many unclosed tags costs no more than one of a few. For HTML elements (`elementOpen`) and for components
 * (`<ButtonLink href="/nft/">` … `</ButtonLink>`) alike.
 */
function closingLines(lines: string[], open: RegExp, close: RegExp): Map<number, number> {
  const closes = new Map<number, number>()
  const opened = new Map<string, number[]>()
  for (const [index, line] of lines.entries()) {
    const bare = line.replace(/\r$/, '')
    const name = open.exec(bare)?.[1]
    if (name) {
      const stack = opened.get(name) ?? []
      stack.push(index)
      opened.set(name, stack)
      continue
    }
    const closed = close.exec(bare)?.[1]
    const start = closed === undefined ? undefined : opened.get(closed)?.pop()
    if (start !== undefined) closes.set(start, index)
  }
  return closes
}

/**
 * The spaces or tabs that every line of a component's body starts with, up to its closing tag
 * (`<callout-info>` / a tab / `There are situations…`): written to set the body off in the source, not
 * code, as MDX reads it too. Empty when a line is not indented or the tag is never closed.
 * (An HTML element's closing line is given: `end`, as `closingLines` found it.)
 */
function sharedIndent(lines: string[], start: number, name: string, end = -1): string {
  let shared: string | undefined
  for (let index = start; index < lines.length; index++) {
    const line = lines[index].replace(/\r$/, '')
    if (index === end || componentClose.exec(line)?.[1] === name) return shared ?? ''
    if (line.trim() === '') continue
    const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
    if (shared === undefined || !indent.startsWith(shared)) shared = commonPrefix(shared ?? indent, indent)
    if (shared === '') return ''
  }
  return ''
}

function commonPrefix(a: string, b: string): string {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return a.slice(0, length)
}

function calloutKind(name: string, attributes: string): string | undefined {
  // (A custom element's kind is its last word that names one: `<callout-danger>`, `<note-box>`.)
  const kind =
    calloutComponents[name.toLowerCase()] ??
    name
      .split('-')
      .reverse()
      .map((part) => calloutComponents[part])
      .find(Boolean)
  if (!kind) return undefined
  const type = /\b(?:type|kind|variant)\s*=\s*["']([\w-]+)["']/.exec(attributes)?.[1].toLowerCase()
  return type && calloutComponents[type] ? calloutComponents[type] : kind
}

/** A line of console output as it prints: JSX strings as their characters, markdown escapes undone. */
function printed(line: string): string {
  return line
    .replace(/\{\s*(["'])((?:\\.|(?!\1).)*)\1\s*\}/g, (_, _quote: string, value: string) =>
      value.replace(/\\n/g, '').replace(/\\(.)/g, '$1'),
    )
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .trimEnd()
}
