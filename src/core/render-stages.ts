import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'
import type { Root } from 'mdast'
import { VFile, type Compatible } from 'vfile'
import { remarkCjkEmphasis } from './cjk-emphasis.ts'
import { remarkCallouts } from './callouts.ts'
import { rehypeCodeSteps, remarkCodeSteps } from './code-steps.ts'
import { rehypeCodeTitles } from './code-titles.ts'
import { rehypeDirection } from './direction.ts'
import { remarkDiagrams, type DiagramRenderings } from './diagrams.ts'
import { remarkDeckFrontmatter } from './frontmatter.ts'
import { remarkHeadingIds } from './heading-ids.ts'
import { remarkDeckMath } from './math.ts'
import { prepareSource } from './prepare.ts'
import { rehypeDeckMath } from './rehype-math.ts'
import { remarkDashes } from './dashes.ts'
import { remarkNotebookTabs } from './notebook-tabs.ts'
import { remarkRoles } from './roles.ts'
import { remarkShortcodeEmoji } from './emoji.ts'
import { mayHaveTables, remarkGfmWithoutAutolinks, remarkTableRules } from './gfm.ts'
import { rehypeDeckHighlight } from './highlight.ts'
import { rehypeIncremental } from './incremental.ts'
import type { DeckOptions } from './options.ts'
import { remarkPacing } from './pacing.ts'
import { remarkRawHtml } from './raw-html.ts'
import { remarkLinks, type ImageSources } from './links.ts'
import { LecternError } from './errors.ts'
import { checkArticleLimits } from './limits.ts'
import { rehypeDeckSafety } from './safety.ts'
import { remarkSlideKinds } from './slide-kinds.ts'
import { remarkSpeakerTurns } from './speaker-turns.ts'
import { errorInSource, moveMessagesToSource } from './source-places.ts'
import { remarkSlides } from './structure.ts'
import { remarkDeckToHast } from './to-hast.ts'
import type { DeckData } from './types.ts'
import { partsNeeded, type PartsNeeded, type RenderParts } from './parts.ts'

/**
 * The article-to-deck pipeline, in order. Every step is a small unified plugin; results
 * travel on `file.data`, so one frozen processor serves every render: one that parses
 * tables, and one that need not, for the many articles without a table (see `mayHaveTables`).
 */
function pipeline(tables: boolean, mdx: boolean, cjk = false) {
  return (
    unified()
      .use(remarkParse)
      .use(mdx ? [remarkWithoutIndentedCode] : [])
      .use(remarkGfmWithoutAutolinks, { tables })
      .use(tables ? [remarkTableRules] : [])
      .use(remarkMath)
      .use(remarkCjkEmphasis, { friendly: cjk })
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .use(remarkDeckFrontmatter)
      .use(remarkDashes)
      .use(remarkNotebookTabs)
      .use(remarkRoles)
      // (After the roles: `:label:`sec_mle`` is Sphinx's, not the emoji 🏷️.)
      .use(remarkShortcodeEmoji)
      .use(remarkDeckMath)
      .use(remarkHeadingIds)
      .use(remarkCallouts)
      .use(remarkDiagrams)
      .use(remarkRawHtml)
      .use(remarkLinks)
      .use(remarkCodeSteps)
      .use(remarkSpeakerTurns)
      .use(remarkSlides)
      .use(remarkSlideKinds)
      .use(remarkPacing)
      .use(remarkDeckToHast)
      .use(rehypeDeckSafety)
      .use(rehypeIncremental)
      .use(rehypeDeckMath)
      .use(rehypeDeckHighlight, {
        detect: false,
        // Docs sites' fences for a command and what it printed (VuePress/Spiral `terminal`, `output`), and `.env` files;
        // the names blogs give SQL's dialects and a shell session ("```postgresql", "```commandline", PostgresML's blog).
        plainText: ['text', 'txt', 'plain', 'output', 'log'],
        aliases: {
          bash: ['terminal'],
          ini: ['dotenv'],
          sql: ['postgresql', 'postgres', 'psql', 'pgsql', 'plpgsql', 'mysql', 'sqlite'],
          shell: ['commandline'],
        },
      })
      .use(rehypeCodeSteps)
      .use(rehypeCodeTitles)
      .use(rehypeDirection)
      .use(rehypeStringify)
      .freeze()
  )
}

const withTables = pipeline(true, false)
const withoutTables = pipeline(false, false)
/** The same for MDX posts and for text in Chinese, Japanese or Korean, each made when the first such post is read. */
const otherPipelines = new Map<string, ReturnType<typeof pipeline>>()

function otherPipeline(tables: boolean, mdx: boolean, cjk: boolean): ReturnType<typeof pipeline> {
  const key = `${tables}${mdx}${cjk}`
  let found = otherPipelines.get(key)
  if (!found) otherPipelines.set(key, (found = pipeline(tables, mdx, cjk)))
  return found
}

/** Whether a text holds Chinese, Japanese or Korean: only such a text's emphasis is read the cjk-friendly way (see cjk-emphasis.ts). */
const cjkText = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * MDX has no indented code (as remark-mdx, which turns micromark's `codeIndented` off): a
 * component's children are indented as JSX is (`<Do>⏎    <img …/>`), and read as markdown's
 * indented code they showed as a listing of tags once the component's tags were left out.
 */
function remarkWithoutIndentedCode(this: Processor) {
  ;(this.data().micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } })
}

/** A rendered deck: the slides' HTML and what the pipeline learned. */
export interface RenderedDeck {
  /** The `<section>`s that go inside Reveal's `.slides`. */
  html: string
  deck: DeckData
  /** The file, with warnings (`file.messages`, each with line and column). */
  file: VFile
}

/** An article parsed, with the optional libraries the rest of its render needs (see `RenderParts`). */
export interface ParsedDeck {
  file: VFile
  tree: Root
  needs: PartsNeeded
  processor: ReturnType<typeof pipeline>
  /** Messages the file had before this render, which stay where they are. */
  earlier: number
}

/**
 * The first half of {@link finishDeck}'s render: the text prepared and parsed. A build loads
 * the libraries `needs` names while nothing else runs, then finishes.
 */
export function parseDeck(
  markdown: Compatible,
  overrides: Partial<DeckOptions> = {},
  images?: ImageSources,
  diagrams?: DiagramRenderings,
): ParsedDeck {
  const file = markdown instanceof VFile ? markdown : new VFile(markdown)
  file.data.overrides = overrides
  if (images) file.data.imageSources = images
  if (diagrams) file.data.diagramRenderings = diagrams
  const earlier = file.messages.length
  return guarded(file, () => {
    prepareSource(file)
    const text = String(file.value)
    checkArticleLimits(text, file)
    const tables = mayHaveTables(text)
    const mdx = file.extname?.toLowerCase() === '.mdx'
    const cjk = cjkText.test(text)
    const processor = mdx || cjk ? otherPipeline(tables, mdx, cjk) : tables ? withTables : withoutTables
    const tree = processor.parse(file) as Root
    return { file, tree, needs: partsNeeded(tree, file), processor, earlier }
  })
}

/** Render a parsed article to deck HTML, with the libraries its `needs` named (more do no harm). */
export function finishDeck(parsed: ParsedDeck, parts: Partial<RenderParts>): RenderedDeck {
  const { file, tree, processor } = parsed
  file.data.renderParts = parts
  guarded(file, () => {
    const html = processor.stringify(processor.runSync(tree, file), file)
    file.value = html
  })
  delete file.data.renderParts
  moveMessagesToSource(file, parsed.earlier)
  return { html: String(file.value), deck: file.data.deck!, file }
}

/** Run a step of the render; what it throws becomes one clear error about the article. */
function guarded<Result>(file: VFile, step: () => Result): Result {
  try {
    return step()
  } catch (error) {
    // Nesting the line scan cannot see (raw HTML, inline markup) still ends as one clear line.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new LecternError('the article nests too deeply to render (HTML elements, lists or emphasis inside one another)', {
        file: file.path || undefined,
        cause: error,
      })
    }
    throw errorInSource(error, file)
  }
}
