import type { Definition, Heading, Html, Image, ImageReference, Link, PhrasingContent, Root, Text } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from './visit.ts'
import type { Position } from 'unist'
import type { VFile } from 'vfile'

/*
 * One walk over the article's text, links, images and raw HTML (the article can be large,
 * so the checks share it): bare URLs in text become links, unsafe URLs are removed unless
 * `allowHtml`, images are collected for the build to copy or download (and, once it has,
 * pointed at their copies or shown as caption lines), and raw HTML and code are noted for
 * the steps that only they need.
 */

/** An image the article uses, which a build must ship beside the deck: a file beside the article, or a remote one to download. */
export interface AssetReference {
  url: string
  /** `http(s)://` or protocol-relative `//`: downloaded at build time, never loaded by the deck. */
  remote: boolean
  /** The image's alt text, for its caption line and the warning. */
  alt?: string
  /** An `<img>` in the article's raw HTML: shipped when it is a local file, never downloaded (see `planImages`). */
  inHtml?: boolean
  position?: Position
}

/**
 * Where the build put each image: a URL of the deck's own copy, or `null` for an image it
 * could not ship (missing, outside the article's folder, a failed download), which then
 * shows as a caption line with its alt text.
 */
export type ImageSources = ReadonlyMap<string, string | null>

const safeProtocols = /^(https?|mailto|tel):/i

/**
 * A reference link whose definition the post lost (`[first posted][originally posted]` with no
 * `[originally posted]: …` line; a site's template may have supplied it) stays as written in
 * CommonMark, brackets and all: it shows its words. Not after a word or a bracket, so
 * `matrix[i][j]` keeps its indices.
 */
const unresolvedReference = /(^|[^\p{L}\p{N}_\]\\])\[([^[\]\n]+)\]\[[^[\]\n]*\]/gu

export function remarkLinks() {
  return function (tree: Root, file: VFile) {
    const allowHtml = file.data.options?.allowHtml ?? false
    const images: Array<Image | Definition> = []
    const unloadable: Array<[Image, string]> = []
    const references: ImageReference[] = []
    const htmlImages: Html[] = []
    let hasHtml = false
    let hasCode = false
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') withoutPictures(node, file)
      else if (node.type === 'text') {
        if (node.value.includes('][')) node.value = node.value.replace(unresolvedReference, '$1$2')
        if (parent && index !== undefined && parent.type !== 'link' && parent.type !== 'linkReference') {
          const parts = linkify(node)
          if (parts) {
            parent.children.splice(index, 1, ...(parts as typeof parent.children))
            return [SKIP, index + parts.length]
          }
        }
      } else if (node.type === 'html') {
        hasHtml = true
        if (/<(video|audio|iframe)\b/i.test(node.value)) {
          // Inside a paragraph, `<video …></video>` is two nodes: one element's worth of them is joined first.
          if (parent && index !== undefined) joinInlineElement(parent.children as PhrasingContent[], index)
          node.value = framedMedia(node.value)
        }
        if (/<img\b/i.test(node.value)) htmlImages.push(node)
      } else if (node.type === 'code') hasCode = true
      else if (node.type === 'imageReference') references.push(node)
      else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const given = node.url
        if (!allowHtml) removeUnsafeUrl(node, file)
        // (Nor one whose address is empty, `![onboarding]()`, as a template tag in it that was left out leaves it.)
        if (node.type === 'image' && (elsewhere(node.url) || node.url.trim() === '')) unloadable.push([node, given])
        if (node.type !== 'link') images.push(node)
      }
    })
    file.data.hasHtml = hasHtml
    file.data.hasCode = hasCode
    const used = new Map(references.map((node) => [node.identifier, node]))
    file.data.assets = images
      .filter((node) => (node.type === 'image' || used.has(node.identifier)) && (isLocal(node.url) || isRemote(node.url)))
      .map((node) => {
        const alt = node.type === 'image' ? node.alt : used.get(node.identifier)?.alt
        // A raw-HTML figure made into a picture (see raw-html.ts) is still raw HTML's picture: never downloaded.
        const inHtml = node.type === 'image' && node.data?.lecternInHtml ? true : undefined
        return { url: node.url, remote: isRemote(node.url), alt: alt || undefined, inHtml, position: node.position }
      })
    // Pictures in raw HTML (`<table><tr><td><img src="https://…">`) ship the same way: no request leaves the deck.
    for (const node of htmlImages) {
      for (const tag of node.value.matchAll(imgTag)) {
        const url = attributeOf(tag[0], 'src')
        if (url && (isLocal(url) || isRemote(url)))
          file.data.assets.push({ url, remote: isRemote(url), alt: attributeOf(tag[0], 'alt'), inHtml: true, position: node.position })
      }
    }
    // "upload://…", a Discourse post's own store (its address removed as unsafe, or kept with
    // `allowHtml`): no build loads a picture from there, so it is missing as one that failed to
    // download is (its alt text a caption), never a broken frame.
    // Alt texts that three pictures or more share but for their numbers ("Humanizing among coders slide 2",
    // "… slide 3", a keynote's 84 slides): a template, which says nothing of any one picture.
    const templated = templatedAlts(file.data.assets.map((asset) => asset.alt ?? ''))
    for (const [node, url] of unloadable) placeholder(node, url, templated)
    if (unloadable.length > 0) leaveOutMissing(tree)
    const sources = file.data.imageSources
    if (sources) {
      pointAtCopies(images, references, sources, templated)
      for (const node of htmlImages) node.value = pointHtmlAtCopies(node.value, sources, templated)
      leaveOutMissing(tree)
    }
  }
}

/** Point images at the deck's copies; an image without one becomes a caption line (see `placeholder`). */
function pointAtCopies(
  images: Array<Image | Definition>,
  references: ImageReference[],
  sources: ImageSources,
  templated: Set<string>,
): void {
  const missing = new Map<string, string>()
  for (const node of images) {
    const source = sources.get(node.url)
    if (source === undefined) continue
    if (source === null) {
      if (node.type === 'image') placeholder(node, node.url, templated)
      else missing.set(node.identifier, node.url)
    } else node.url = source
  }
  for (const node of references) {
    const url = missing.get(node.identifier)
    if (url !== undefined) placeholder(node, url, templated)
  }
}

/** The alt texts, their numbers left out, that three pictures or more of an article share. */
function templatedAlts(alts: string[]): Set<string> {
  const counts = new Map<string, number>()
  for (const alt of alts) {
    const key = templateOf(alt)
    if (key && /\d/.test(alt)) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, count]) => count >= 3).map(([key]) => key))
}

/** An alt text with its numbers left out, in lower case. */
function templateOf(alt: string): string {
  return alt.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase()
}

function placeholder(node: Image | ImageReference, url: string, templated: Set<string>): void {
  // A picture that is not there has nowhere to be seen: a frame would promise one. A file of the
  // article's (or one outside its folder) keeps its alt text as a caption when it says what the
  // picture showed; else it is left out (the build's warning names it). A remote one (an
  // offline build, a server that refused) is a caption line always, its alt text or where it
  // lives: it exists, and the speaker may show it from there.
  node.data = { ...node.data, lecternLeftOut: true }
  const words = pictureWords(node, url)
  const alt = templated.has(templateOf(words)) ? '' : words
  const caption = isRemote(url) || elsewhere(url) ? remoteCaption(alt, url) : saysSomething(alt) ? alt : undefined
  if (caption === undefined) return
  node.data = {
    ...node.data,
    lecternCaption: true,
    hName: 'span',
    hProperties: { className: ['lectern-image-caption'], src: undefined, alt: undefined },
    hChildren: [{ type: 'text', value: caption }],
  }
}

/**
 * An alt text without the display size Discourse and Obsidian write after a bar (`region|690x345`,
 * `diagram|300`), which names nothing of the picture; empty when all it does is say there is a
 * picture (or give an upload's hash).
 */
export function altText(alt: string): string {
  const text = alt.replace(/\|\s*\d+(?:\s*x\s*\d+)?(?:\s*,\s*\d+%)?\s*$/u, '').trim()
  return namesOnlyAPicture.test(text) ? '' : text
}

/**
 * The words that say what a picture shows: its alt text (see {@link altText}); without one, the
 * title a page gave it (`<img title="Diagram showing variables on the left…">`, `![](x.svg
 * "Diagram…")`); and the title too where the alt text is only the file's name ("dc2_dc5", beside
 * "Migration from DC2 to DC5").
 */
export function pictureWords(node: Image | ImageReference, url = 'url' in node ? node.url : ''): string {
  const title = altText('title' in node ? (node.title ?? '') : '')
  const given = altText(node.alt ?? '')
  return given && !(title && namesTheFile(given, url)) ? given : title || given
}

/** Whether an alt text is only the picture's file name, or a slug of one: "dc2_dc5", "Screen_Shot-2019". */
function namesTheFile(alt: string, url: string): boolean {
  if (/\s/.test(alt)) return false
  const base = (fileName(url) ?? '').replace(/\.[a-z0-9]+$/i, '')
  const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  return plain(alt) === plain(base) || /^[\w.]+[_-][\w.-]+$/u.test(alt)
}

/** The caption line of a remote picture not loaded: its alt text, else "picture: " and its file's name or its host. */
function remoteCaption(alt: string, url: string): string {
  // (An alt text that is a file's name, "bubble.png", says it as "picture: …" does.)
  if (alt.trim() && !namesOnlyAPicture.test(alt.trim()) && !fileNamed.test(alt.trim())) return alt.trim()
  const name = fileName(url)
  if (name) return `picture: ${name}`
  try {
    const address = new URL(url.startsWith('//') ? `https:${url}` : url)
    // (An upload's own scheme, `upload://…`, has no host that says where it lives.)
    return /^https?:$/.test(address.protocol) ? `picture: ${address.hostname}` : 'picture not loaded'
  } catch {
    return 'picture not loaded'
  }
}

/**
 * An alt text that only says there is a picture, or numbers it ("image", the default a pasted
 * screenshot gets on GitHub; "截图", "008"), or is an editor's placeholder left in ("alt text",
 * "enter image description here"), gives an upload's hash
 * ("e74772af083ce1fbf7e82ddbdbae73d368671194"), or only where to place it ("![center](…)", the
 * layout class a Jekyll theme reads from the alt text): a caption line of it tells nothing, where the picture lives does.
 */
const namesOnlyAPicture =
  /^(?:image|img|picture|pic|photo|photograph|drawing|illustration|diagram|chart|graph|plot|banner|cover|cover image|hero|hero image|header image|featured image|screenshot|screen shot|figure|untitled|alt|alt[ _-]?text|alt text here|image alt text|enter image description here|image description|description|placeholder|center|centre|centered|centred|left|right|full|fullwidth|full-width|wide|inline|thumbnail|图片|图像|截图|画像|이미지|스크린샷|[\d\s._-]+|[0-9a-f]{16,})$/iu

/** Words an alt text needs to describe a picture; one or two ("milestones", "image", "screenshot 2") only name it, unless they are a quantity. */
const captionWords = 3

/** An alt text that is a picture file's name ("bubble.png"). */
/** A file name or address that ends as a picture's does. */
export const pictureFile = /\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i

const fileNamed = /^[^\s]+\.(png|jpe?g|gif|svg|webp|avif)$/i

/** Whether an alt text says what its picture shows: a few words, not a file name. */
function saysSomething(alt: string): boolean {
  const text = alt.trim()
  if (fileNamed.test(text) || credits.test(text)) return false
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  return (
    words.length >= captionWords ||
    // A quantity and what it counts ("12700 commits", "3x faster") is the figure's data, unlike "screenshot 2".
    (words.length === 2 && /^[\d$€£]/u.test(words[0]) && /\p{L}/u.test(words[1])) ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{4,}/u.test(text)
  )
}

/**
 * "Image courtesy of Wikipedia.", "Photo by Jane Doe on Unsplash", "Source: NASA", "Credit: …" (review 109, the captions of a
 * physics explainer's figures): who made or lent the picture, which says nothing of what it showed. English's closed class;
 * not "Screenshot from Grafana showing…", "Source code of the parser…", which say what it shows.
 */
const credits =
  /^(?:(?:(?:image|photo|picture|illustration|graphic|figure)s?\s+)?courtesy\s+of\b|photo(?:graph)?s?\s+by\s+[^:]{1,60}\s+on\s+\S+\.?$|(?:photo|image|picture)\s+credits?\s*:|credits?\s*:|source\s*:|via\s*:)/i

/**
 * Pictures left out take nothing on a slide: a caption stays; a picture without one goes, and so
 * does a paragraph left with nothing in it.
 */
function leaveOutMissing(tree: Root): void {
  const emptied = new Set<unknown>()
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || (node.type !== 'image' && node.type !== 'imageReference')) return
    if (!node.data?.lecternLeftOut || (node.data.lecternCaption && !repeatsCaption(parent.children, index))) return
    parent.children.splice(index, 1)
    emptied.add(parent)
    // ("![image](./_assets/3090s.jpg)⏎*Our 3090 Machine, now used by one of our engineers to build Jan*" (review 145, Jan's
    // benchmark post, its pictures not found): the line in italics under a picture is its caption, said where the picture
    // is not shown, never a point of its own.)
    const rest = parent.children.filter((child) => child.type !== 'break' && !(child.type === 'text' && child.value.trim() === ''))
    if (parent.type === 'paragraph' && index === 0 && rest.length === 1 && rest[0].type === 'emphasis')
      parent.data = { ...parent.data, lecternNoteOnly: true }
    return [SKIP, index]
  })
  // A link around the picture (`[![](x.png)](…)`) is emptied with it, then its paragraph: a level a pass.
  for (let pass = 0; pass < 3 && emptied.size > 0; pass++) {
    const next = new Set<unknown>()
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || !emptied.has(node) || !('children' in node)) return
      const empty = (node.children as PhrasingContent[]).every(
        (child) => (child.type === 'text' && child.value.trim() === '') || child.type === 'break',
      )
      if (!empty) return
      parent.children.splice(index, 1)
      next.add(parent)
      return [SKIP, index]
    })
    emptied.clear()
    for (const node of next) emptied.add(node)
  }
}

/**
 * Whether the picture at `index` is a caption line the one right before it says already, with only spaces or breaks between:
 * the light and dark versions of one screenshot ("Creating a dependency policy in the hex.pm dashboard" twice, under
 * `class="blog-img-light"` and `class="blog-img-dark"` (review 129, Hex 2.5's post)), one caption on the slide.
 */
function repeatsCaption(siblings: ReadonlyArray<{ type: string; data?: unknown; value?: string }>, index: number): boolean {
  const captionOf = (node: { data?: unknown } | undefined) => {
    const data = node?.data as { lecternCaption?: boolean; hChildren?: Array<{ value?: string }> } | undefined
    return data?.lecternCaption ? (data.hChildren?.[0]?.value ?? '') : undefined
  }
  const own = captionOf(siblings[index])
  let before = index - 1
  while (before >= 0 && (siblings[before].type === 'break' || (siblings[before].type === 'text' && !siblings[before].value?.trim())))
    before--
  return own !== undefined && own !== '' && captionOf(siblings[before]) === own
}

/** A picture's file name to show for it, or '' when it is a content hash (`4c96ef28…`, a rendered formula) that tells a reader nothing. */
function fileName(url: string): string {
  const name = decodeURIComponentSafe(
    url
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? '',
  )
  // A name that is mostly a number or a hash (an avatar's user id `383316`, `photo-1517694712202`, a
  // GitHub attachment's `75f87706-0d4b-11e7-…`) says nothing.
  const stem = name.replace(/\.\w+$/, '')
  const digits = stem.replace(/[^\d]/g, '').length
  // (Nor does a generated token, a long run of letters of both cases and digits: a photo host's
  // `TGLbr4UoyLqBNvZACqghquEMo5b…=s1280-h800`, Discourse's `yJcxsbtumBNbpu7OMlUmNkFBKrd.png`.)
  // (Medium's `0*cdLiZr0inwfISToY.jpg` is one of twelve letters and more.)
  const token = (/[A-Za-z\d]{12,}/.exec(stem)?.[0] ?? '').match(/[a-z](?=[A-Z])|\d(?=[A-Za-z])|[A-Za-z](?=\d)/g)?.length ?? 0
  // (Alipay's CDN names `A*NtDHQ78grjoAAAAAAAAAAAAAARQnAQ`: a token padded with a run of one letter.)
  const padded = /[A-Za-z\d]{12,}/.test(stem) && /([A-Za-z\d])\1{7,}/.test(stem)
  // (Nor a size a CDN serves the picture at, the last part of its address: Alipay's `…/A*X5tD…AQ/original` (review 125, Ant
  // Design's post), `…/large`, `…/thumb`.)
  const size = /^(?:original|orig|large|medium|small|thumb|thumbnail|full|raw|default|download|view|image|img|preview)$/i.test(stem)
  return /^[0-9a-f]{16,}$/i.test(stem.replace(/[-_]/g, '')) || digits * 2 >= stem.length || token >= 6 || padded || size ? '' : name
}

/**
 * A heading's pictures (a contributor's avatar before their name, a logo beside a product) are
 * not part of its title: the slide's title, the outline and the handout's header are the words.
 * A heading that is only a picture keeps it.
 */
function withoutPictures(heading: Heading, file: VFile): void {
  const picture = (node: PhrasingContent) =>
    node.type === 'image' || node.type === 'imageReference' || (node.type === 'html' && /^\s*<img\b[^>]*>\s*$/i.test(node.value))
  if (
    !heading.children.some(picture) ||
    toString({ type: 'paragraph', children: heading.children.filter((node) => !picture(node)) }).trim() === ''
  )
    return
  // Left out silently, an avatar or logo the author put there would just be gone: the warning names it.
  const names = heading.children.filter(picture).map((node) => {
    if (node.type === 'image') return node.url.length > 80 ? `${node.url.slice(0, 77)}…` : node.url
    const url = node.type === 'html' ? (attributeOf(node.value, 'src') ?? '') : node.type === 'imageReference' ? `[${node.identifier}]` : ''
    return url.length > 80 ? `${url.slice(0, 77)}…` : url
  })
  file.message(
    `${names.length === 1 ? 'A picture' : `${names.length} pictures`} in the heading “${toString({ type: 'paragraph', children: heading.children.filter((node) => !picture(node)) }).trim()}” left out of its slide's title: ${names.join(', ')}`,
    { place: heading.position, ruleId: 'image-left-out', source: 'lectern' },
  )
  heading.children = heading.children.filter((node) => !picture(node))
  const first = heading.children[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = heading.children[heading.children.length - 1]
  if (last?.type === 'text') last.value = last.value.trimEnd()
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function removeUnsafeUrl(node: Link | Image | Definition, file: VFile): void {
  if (isSafeUrl(node.url, node.type === 'image')) return
  file.message(`Removed an unsafe URL (\`${node.url.slice(0, 40)}\`); set \`allowHtml: true\` to keep it`, {
    place: node.position,
    ruleId: 'unsafe-url',
    source: 'lectern',
  })
  node.url = ''
}

function isSafeUrl(url: string, image: boolean): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: `java\tscript:` runs.
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '')
  const colon = compact.indexOf(':')
  if (colon === -1) return true
  const slash = compact.search(/[/?#]/)
  if (slash !== -1 && slash < colon) return true // a relative path that merely contains ':'
  if (image && /^data:image\/(png|gif|jpe?g|webp|avif|svg\+xml);/i.test(compact)) return true
  return safeProtocols.test(compact)
}

/** A URL that names a file beside the article: no scheme, no protocol-relative `//`, not a fragment. */
export function isLocal(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#')
}

/** A URL of a scheme no build loads a picture from (`upload://…`, `attachment:…`): neither a file nor the web. */
function elsewhere(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) && !/^(?:https?|data|file):/i.test(url)
}

/** An image on another server: `http://`, `https://` or protocol-relative `//host/…`. */
export function isRemote(url: string): boolean {
  return /^(https?:)?\/\/[^/]/i.test(url)
}

/** `https://…`, `http://…` and `www.…` up to whitespace, less trailing punctuation. */
const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>"'.,;:!?)\]}*_~”’]/g

/** Split a text node at its bare URLs, as GitHub does; `undefined` when it has none. */
function linkify(node: Text): PhrasingContent[] | undefined {
  const { value } = node
  if (!value.includes('http') && !value.includes('www.')) return undefined
  const parts: PhrasingContent[] = []
  let last = 0
  for (const match of value.matchAll(bareUrl)) {
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) })
    const url = match[0].startsWith('www.') ? `http://${match[0]}` : match[0]
    parts.push({ type: 'link', url, title: null, children: [{ type: 'text', value: match[0] }] })
    last = match.index + match[0].length
  }
  if (parts.length === 0) return undefined
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) })
  return parts
}

const imgTag = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi

/** An attribute's value in one HTML tag, entities left as written (they are rare in image URLs). */
export function attributeOf(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  const value = found?.[1] ?? found?.[2] ?? found?.[3]
  return value?.trim() || undefined
}

/** Raw HTML with its pictures pointed at the deck's copies, or caption lines where there is none. */
function pointHtmlAtCopies(html: string, sources: ImageSources, templated: Set<string>): string {
  return html.replace(imgTag, (tag) => {
    const url = attributeOf(tag, 'src')
    const source = url === undefined ? undefined : sources.get(url)
    if (source === undefined) return tag
    if (source === null) {
      const written = attributeOf(tag, 'alt') ?? ''
      const alt = templated.has(templateOf(written)) ? '' : written
      // As `placeholder`: a missing file of the article's is a caption, or nothing; a remote picture a caption line.
      const caption = isRemote(url!) ? remoteCaption(alt, url!) : saysSomething(alt) ? alt : undefined
      // (A space after it: on the slide the caption is a line of its own, but the speaker's notes and
      // any text read from them would run it into the words after it, "…with the full teamsSo, I just arrived".)
      return caption === undefined ? '' : `<span class="lectern-image-caption">${escapeHtml(caption)}</span> `
    }
    return tag.replace(/(\ssrc\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s>]+)/i, (_, before: string) => `${before}"${escapeHtml(source)}"`)
  })
}

/** `text` safe in HTML text and in a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The sites whose frames are players of video: a closed class. */
const videoHost =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com|dailymotion\.com|streamable\.com|twitch\.tv|loom\.com|wistia\.(?:com|net)|bilibili\.com|ted\.com|peertube[\w.-]*|tiktok\.com|v\.qq\.com|ixigua\.com|mux\.com|brightcove\.net|jwplayer\.com|jwplatform\.com|vidyard\.com|videodelivery\.net|cloudflarestream\.com|media\.ccc\.de|rumble\.com|archive\.org\/embed\/|facebook\.com\/plugins\/video\.php)/i

/** The sites whose frames are players of sound: a closed class. */
const audioHost =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:open\.spotify\.com|w\.soundcloud\.com|bandcamp\.com|anchor\.fm|podcasters\.spotify\.com|embed\.podcasts\.apple\.com)/i

/** A web address's host, without "www.". */
function hostOf(url: string): string {
  return /^(?:https?:)?\/\/(?:www\.)?([^/?#:]+)/i.exec(url)?.[1] ?? ''
}

/** A player's site by the name it goes by ("YouTube" for youtube-nocookie.com), else its host. A closed class. */
function siteName(url: string): string {
  const host = hostOf(url)
  const known = Object.entries(siteNames).find(([, pattern]) => pattern.test(host))
  return known?.[0] ?? host
}

const siteNames: Record<string, RegExp> = {
  YouTube: /(?:^|\.)(?:youtube\.com|youtu\.be|youtube-nocookie\.com)$/i,
  Vimeo: /(?:^|\.)vimeo\.com$/i,
  Loom: /(?:^|\.)loom\.com$/i,
  Twitch: /(?:^|\.)twitch\.tv$/i,
  bilibili: /(?:^|\.)bilibili\.com$/i,
  Dailymotion: /(?:^|\.)dailymotion\.com$/i,
}

// (Or closed on itself as MDX writes it, `<iframe src="…" />`.)
const mediaElement = /<(video|audio|iframe)\b((?:[^>"'/]|\/(?!>)|"[^"]*"|'[^']*')*)(?:\/>|>([\s\S]*?)<\/\1\s*>)/gi

/**
 * Videos, sounds and embedded players in raw HTML: the deck loads nothing from elsewhere and
 * ships only pictures, so each becomes a framed placeholder naming what it was.
 */
function framedMedia(html: string): string {
  return html.replace(mediaElement, (_whole, tag: string, attributes: string, inside = '') => {
    const url = attributeOf(` ${attributes}`, 'src') ?? attributeOf(inside.match(/<source\b[^>]*>/i)?.[0] ?? '', 'src')
    const title = attributeOf(` ${attributes}`, 'title') ?? attributeOf(` ${attributes}`, 'aria-label')
    // Named by its file, never by an address of another kind (`javascript:…`).
    const file =
      url && (isLocal(url) || isRemote(url))
        ? decodeURIComponentSafe(
            url
              .replace(/[?#].*$/, '')
              .split('/')
              .pop() ?? '',
          )
        : ''
    // ("<iframe src="https://observablehq.com/embed/24fdeaad8ad37beb@112?cells=chart">" (review 125, a data-science post): a
    // frame of a page that is not a player is an embedded page, named by its site, not "Video: 24fdeaad8ad37beb@112".)
    const frame = tag.toLowerCase() === 'iframe' && url !== undefined && isRemote(url)
    const sound = frame && audioHost.test(url)
    const page = frame && !sound && !videoHost.test(url)
    // (A player's frame is named by its site too: its address's last part is the video's id, "Video: zHvatf2wySI" (review 139).)
    const name = title ?? (frame ? siteName(url) : file)
    const kind = tag.toLowerCase() === 'audio' || sound ? 'Audio' : page ? 'Embedded page' : 'Video'
    const text = escapeHtml(name ? `${kind}: ${name}` : kind)
    // Where it plays, for the notes (see structure.ts): only a web address, never another kind.
    const where = url && isRemote(url) ? ` data-lectern-media="${escapeHtml(url)}"` : ''
    return `<span class="lectern-missing-image"${where} title="${text}">${text}</span>`
  })
}

/** Join an inline element's opening tag (at `index`) with what follows up to its closing tag, as one raw HTML node. */
function joinInlineElement(siblings: PhrasingContent[], index: number): void {
  const open = siblings[index]
  const tag = open.type === 'html' ? /^<(\w+)\b/.exec(open.value)?.[1] : undefined
  if (!tag || open.type !== 'html' || new RegExp(`</${tag}\\s*>`, 'i').test(open.value)) return
  const close = siblings.findIndex((node, at) => at > index && node.type === 'html' && new RegExp(`^</${tag}\\s*>$`, 'i').test(node.value))
  if (close === -1) return
  open.value = siblings
    .slice(index, close + 1)
    .map((node) => ('value' in node ? node.value : ''))
    .join('')
  siblings.splice(index + 1, close - index)
}
