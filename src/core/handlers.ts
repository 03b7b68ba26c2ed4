import type { Element, ElementContent, Properties } from 'hast'
import type { Link, Paragraph } from 'mdast'
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast'
import { headingText } from './heading-text.ts'
import { diagram } from './diagrams.ts'
import { spokenDate } from './meta.ts'
import { longerTitle, longTitle } from './title-room.ts'
import { titleWidth } from './words.ts'
import type { KeyPoint, KeyPoints, Notes, Slide, SlideGroup, SlideTitle } from './types.ts'

/*
 * One handler per deck node type, as mdast-util-to-hast does for markdown nodes. What they
 * produce is Reveal's structure: horizontal <section>s holding vertical <section>s, each
 * with its notes in <aside class="notes">.
 */

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children }
}

function slideGroup(state: State, node: SlideGroup): Element {
  return element('section', { className: ['lectern-group'], dataLecternGroup: node.id }, state.all(node) as ElementContent[])
}

function slide(state: State, node: Slide): Element {
  const children = state.all(node) as ElementContent[]
  const className = node.kind === 'title' ? ['lectern-title'] : ['lectern-slide']
  if (node.continued) className.push('lectern-continued')
  if (node.opening) className.push('lectern-opening')
  if (node.layout) className.push(`lectern-${node.layout}`)
  if (node.kind === 'title') children.splice(1, 0, ...titleDetails(state, node.subtitle))
  else if (node.kicker) children.unshift(element('p', { className: ['lectern-kicker'] }, [{ type: 'text', value: node.kicker }]))
  // data-line and data-column: where the slide starts in the article, for `lectern check` and the PDF's warnings.
  return element(
    'section',
    {
      id: node.id,
      className,
      dataKind: node.layout,
      dataTiming: node.seconds,
      dataLecternTitle: node.title,
      dataLine: node.source?.line,
      dataColumn: node.source?.column,
    },
    children,
  )
}

/** Subtitle (what the cover shows of the description: see `coverLine`), author and date under the title on the title slide. */
function titleDetails(state: State, subtitle: string | undefined): ElementContent[] {
  const meta = state.options.file?.data.deck?.meta
  if (!meta) return []
  const details: ElementContent[] = []
  if (subtitle) details.push(element('p', { className: ['lectern-description'] }, [{ type: 'text', value: subtitle }]))
  const byline: ElementContent[] = []
  if (meta.author) byline.push(element('span', { className: ['lectern-author'] }, [{ type: 'text', value: meta.author }]))
  if (meta.date)
    byline.push(
      element('time', { className: ['lectern-date'], dateTime: meta.date }, [
        { type: 'text', value: spokenDate(meta.date, meta.lang ?? 'en') },
      ]),
    )
  if (byline.length > 0) details.push(element('p', { className: ['lectern-byline'] }, byline))
  return details
}

function slideTitle(state: State, node: SlideTitle, parent: unknown): Element {
  const slide = parent as Slide | undefined
  const title = slide?.kind === 'title'
  const length = title ? 0 : Math.max(titleWidth(headingText(node)), slide?.titleWidth ?? 0)
  // A long content heading is set smaller, to its floor, rather than wrapping to a third line (see base.css).
  const className = length > longerTitle ? ['lectern-longer-title'] : length > longTitle ? ['lectern-long-title'] : undefined
  return element(title ? 'h1' : 'h2', className ? { className } : {}, state.all(node) as ElementContent[])
}

function keyPoints(state: State, node: KeyPoints): Element {
  return element('ul', { className: ['lectern-points'] }, state.wrap(state.all(node), true) as ElementContent[])
}

/** A point; one that sums up a numbered step shows the step's number in place of its bullet. */
function keyPoint(state: State, node: KeyPoint): Element {
  const children = state.all(node) as ElementContent[]
  if (node.leadIn) return element('li', { className: ['lectern-lead-in'] }, children)
  if (node.number === undefined) return element('li', {}, children)
  const number = element('span', { className: ['lectern-step'] }, [{ type: 'text', value: `${node.number}.` }])
  return element('li', { className: ['lectern-numbered'] }, [number, { type: 'text', value: ' ' }, ...children])
}

function notes(state: State, node: Notes): Element {
  return element('aside', { className: ['notes'] }, state.wrap(state.all(node), true) as ElementContent[])
}

/** A paragraph; an interview's turn (see speaker-turns.ts) with its speaker's label in front, as the article wrote it. */
function paragraph(state: State, node: Paragraph): Element {
  const result = defaultHandlers.paragraph(state, node)
  const speaker = node.data?.lecternSpeaker
  if (speaker) {
    result.children.unshift(element('strong', { className: ['lectern-speaker'] }, [{ type: 'text', value: `${speaker}:` }]), {
      type: 'text',
      value: ' ',
    })
  }
  return result
}

/**
 * A link; one whose address is empty is its words. ("[Hackeando el hackathon]({% post_url 2013-05-09-hackeando-el-hackathon %})"
 * (review 140, a Jekyll post): a link to another post of the site, whose address the deck does not know, went nowhere.)
 */
function link(state: State, node: Link): Element | ElementContent[] {
  if (node.url.trim() === '') return state.all(node)
  return defaultHandlers.link(state, node)
}

/** Handlers for lectern's own node types, passed to `toHast`. */
export const deckHandlers = { slideGroup, slide, slideTitle, keyPoints, keyPoint, notes, diagram, paragraph, link } as unknown as Handlers
