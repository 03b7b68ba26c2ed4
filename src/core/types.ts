import type { BlockContent, DefinitionContent, Paragraph, PhrasingContent } from 'mdast'
import type { Point, Position } from 'unist'
import type { KeyPointContext } from './key-points/index.ts'
import type { DeckOptions } from './options.ts'

/** Article metadata, from frontmatter and the first heading. */
export interface DeckMeta {
  title: string
  author?: string
  description?: string
  date?: string
  tags: string[]
  lang: string
}

/** One slide in the deck outline (the PDF bookmarks, the timing report). */
export interface OutlineSlide {
  /** The slide's `id`, used in the URL hash. */
  id: string
  title: string
  /** Seconds the speaker is expected to spend on it. */
  seconds: number
}

/** One horizontal slide group: the title slide's group or a section. */
export interface OutlineGroup {
  id: string
  title: string
  slides: OutlineSlide[]
  seconds: number
}

/** Everything the pipeline learns about a document, on `file.data`. */
export interface DeckData {
  meta: DeckMeta
  options: DeckOptions
  outline: OutlineGroup[]
  /** Total estimated talk length in seconds. */
  seconds: number
  slideCount: number
}

/** What a slide is, for handlers and styles. */
export type SlideKind = 'title' | 'content'

/**
 * How a content slide is laid out, chosen from what it holds (see slide-kinds.ts):
 * `statement`, one short sentence, large and centred; `passage`, a section's few sentences that
 * got no point, shown whole; `quote`, a block quote alone;
 * `image-text`, an image beside a few points; `image`, an image alone, as large as the slide
 * allows; `few-points`, one or two points in larger type.
 * Other slides have none: heading, then points and blocks from the top.
 */
export type SlideLayout = 'statement' | 'passage' | 'quote' | 'image-text' | 'image' | 'few-points' | 'divider'

/**
 * A vertical slide: an optional visible title, then what shows on the slide (key points and
 * visual blocks, in article order), then the speaker notes.
 */
export interface Slide {
  type: 'slide'
  kind: SlideKind
  id: string
  /** Plain text of the slide's title (outlines, bookmarks, the timing report). */
  title: string
  /** The section a sub-slide belongs to, shown small above its title. */
  kicker?: string
  /** "(cont.)" slides continue the one before them. */
  continued: boolean
  /**
   * The first slide after the title slide, when its title is the talk's own (the opening before
   * the first section, or the first part of an article without sections): the title slide has
   * just shown it, so it is kept for outlines and screen readers but not shown.
   */
  opening?: boolean
  /** A title slide's line under the title: what it shows of the article's description (see `coverLine`). */
  subtitle?: string
  /** Width of the widest title of its section's run of slides, so they all set their heading at one size. */
  titleWidth?: number
  children: Array<SlideTitle | KeyPoints | BlockContent | DefinitionContent | Notes>
  /** Seconds at the speaking rate; set by the pacing step. */
  seconds: number
  /** Set by the slide-kinds step. */
  layout?: SlideLayout
  /** Where the slide's content starts in the article (its heading, or its first block), for messages about it. */
  source?: Point
  position?: Position
}

/** The visible title of a slide. */
export interface SlideTitle {
  type: 'slideTitle'
  children: PhrasingContent[]
  position?: Position
}

/** Speaker notes: the article's own paragraphs, complete. */
export interface Notes {
  type: 'notes'
  children: Array<BlockContent | DefinitionContent>
  position?: Position
}

/** The bullets of one slide: one per paragraph. */
export interface KeyPoints {
  type: 'keyPoints'
  children: KeyPoint[]
  position?: Position
}

export interface KeyPoint {
  type: 'keyPoint'
  children: PhrasingContent[]
  /** The number of the numbered list item it sums up, shown before it. */
  number?: number
  /** A line that leads into the block after it ("…we consider:"), set as the block's introduction, not as a bullet. */
  leadIn?: boolean
  position?: Position
}

/** A horizontal slide group: a section of the article. */
export interface SlideGroup {
  type: 'slideGroup'
  id: string
  title: string
  children: Slide[]
  position?: Position
}

/** TOML frontmatter (`+++`), as remark-frontmatter reads it. */
export interface Toml {
  type: 'toml'
  value: string
  position?: Position
}

declare module 'mdast' {
  interface FrontmatterContentMap {
    toml: Toml
  }
  interface RootContentMap {
    toml: Toml
    slideGroup: SlideGroup
    slide: Slide
    slideTitle: SlideTitle
    notes: Notes
    keyPoints: KeyPoints
    keyPoint: KeyPoint
  }
}

/** The paragraphs of one segment, and what their key points are chosen against. */
export interface KeyPointJob {
  paragraphs: Paragraph[]
  context: KeyPointContext
}

/** Each job's key points, in order: one per paragraph, or `undefined` where none reads well. */
export type SegmentPoints = Array<PhrasingContent[] | undefined>

/**
 * Key points of many segments at once, each job's as `extractKeyPoints` gives them: a build
 * may share the jobs out between threads (see `file.data.keyPointBatch`).
 */
export type KeyPointBatch = (jobs: KeyPointJob[]) => SegmentPoints[]

declare module 'vfile' {
  interface DataMap {
    /** The name of the folder the article is in, where its path names none (`index.md`, read in that folder). */
    folderName: string
    /**
     * The names of the site's authors by their keys, from a Docusaurus blog's `authors.yml` beside the article
     * (`core: { name: "conda-forge core team" }`), for a frontmatter that names its authors by key.
     */
    siteAuthors: Record<string, string>
    /** Parsed frontmatter (YAML, TOML or JSON). */
    frontmatter: Record<string, unknown>
    /** The article is a d2lbook notebook: its code cells are fenced "```{.python .input}" (see notebook-tabs.ts), found before the fence is read. */
    notebookCells: boolean
    /** Hugo's JSON frontmatter (or Franklin's `@def` lines as JSON), found before parsing (remark has no JSON matter). */
    jsonFrontmatter: import('./frontmatter.ts').JsonFrontmatter
    /** The line of each top-level frontmatter key, for messages about its value. */
    frontmatterLines: Record<string, number>
    /** Where the frontmatter block is, for messages about it. */
    frontmatterPosition: Position
    /** Options after merging defaults, frontmatter and overrides. */
    options: DeckOptions
    /** Caller overrides, applied over the frontmatter. */
    overrides: Partial<DeckOptions>
    deck: DeckData
    /** Images the article uses (local files and remote URLs), for the build to copy or download. */
    assets: import('./links.ts').AssetReference[]
    /** Set by a build before rendering: where it put each image (see `ImageSources`). */
    imageSources: import('./links.ts').ImageSources
    /** For an imported page: where the markdown's nodes came from in the page, so warnings point into the page. */
    sourcePlaces: import('./source-places.ts').SourcePlaces
    /** Lines whose template tags or components were left out before parsing (see prepare.ts). */
    removedLines: number[]
    /** Whether the article has raw HTML, for the safety step. */
    hasHtml: boolean
    /** Whether the article has math, for the typesetting step and the page's KaTeX stylesheet. */
    hasMath: boolean
    /** Whether the article has code blocks, for the highlighting step. */
    hasCode: boolean
    /** Set by a build before rendering: how to extract many segments' key points at once (see `KeyPointBatch`). */
    keyPointBatch: KeyPointBatch
  }
}
