import type { Element, Root as HastRoot } from 'hast'
import type { VFile } from 'vfile'
import { visit } from './visit.ts'

/**
 * A listing's title, as docs sites write it in the fence's info string and show it over the box: Docusaurus's
 * `title="vite.config.ts"`, Quarto's and others' `filename="run.py"`, Zenn's and Qiita's `rust:src/main.rs`, and the tab of a VitePress code group,
 * ```` ```ts [playwright] ```` (Vitest 4's release post, review 122: three configurations on three slides, none saying
 * which provider each was for). Undefined where the info string names none.
 */
export function codeTitle(meta: string | null | undefined): string | undefined {
  if (!meta) return undefined
  // (Unquoted, to the next key or the end: `title=fix the parser`.)
  const named = /(?:^|\s)(?:title|filename|file)=(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^"'{}\n]{1,80}?)(?=\s+[\w-]+=|\s*\{|\s*$))/u.exec(
    meta,
  )
  const tab = /^\s*\[([^\]\n]{1,60})\]/.exec(meta)
  // (Or a file's name alone, as Zenn's and Qiita's ```` ```rust:src/main.rs ```` leaves it, see block-syntax.ts, beside line
  // marks or not, `{1,3} src/App.js`: a word with a file type's ending, in any script, `サンプル.rb`; not a domain,
  // "example.com", nor a version, "v2.x".)
  const file = meta
    .replace(/\{[^}]*\}/gu, ' ')
    .split(/\s+/u)
    .find((word) => /^[\p{L}\p{N}_.@~/-]{1,80}$/u.test(word) && fileEnding.test(word))
  // (An unquoted file's name is its first word: `title=vite.config.ts showLineNumbers`.)
  const unquoted = named?.[3]?.trim()
  const unquotedFile = unquoted && fileEnding.test(unquoted.split(/\s+/u)[0]) ? unquoted.split(/\s+/u)[0] : unquoted
  const title = (named?.[1] ?? named?.[2] ?? unquotedFile ?? tab?.[1] ?? file)?.trim()
  return title || undefined
}

/** The endings of files a listing is commonly the whole of: code, configuration, markup, data. */
const fileEnding =
  /\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kts?|swift|c|h|cc|cpp|hpp|cs|php|sh|bash|zsh|fish|ps1|ya?ml|json[c5]?|toml|ini|conf|cfg|env|md|mdx|html?|css|s[ac]ss|less|vue|svelte|astro|sql|xml|lua|exs?|dart|scala|r|jl|txt|lock|gradle|tf|proto|graphql|gql|dockerfile|mk|cmake|nix|zig|hs|ml|clj|erl|pl|bat|csv)$/iu

/**
 * Set each titled listing's title on its `<pre>` (`data-lectern-title`), which base.css shows over the lines, on every
 * slide a long listing is split over. After the article's HTML is made safe: the title is an attribute of lectern's,
 * read from the fence, and its value is text (CSS `attr()` shows it as written).
 */
export function rehypeCodeTitles() {
  return function (tree: HastRoot, file: VFile) {
    if (!file.data.hasCode) return
    visit(tree, 'element', (node: Element) => {
      const title = codeTitle(listingOf(node)?.meta)
      if (title) node.properties.dataLecternTitle = title
    })
  }
}

/** A `<pre>`'s `<code>` and the info string its fence gave after the language (kept as the element's data), if it is a listing. */
export function listingOf(node: Element): { code: Element; meta?: string } | undefined {
  if (node.tagName !== 'pre') return undefined
  const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
  return code && { code, meta: (code.data as { meta?: string } | undefined)?.meta }
}
