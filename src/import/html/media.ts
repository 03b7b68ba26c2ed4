import type { Element } from 'hast'
import type { Html } from 'mdast'
import { escapeHtml } from '../../core/links.ts'
import type { Handle, State } from './footnotes.ts'

/** A `<video>`'s or `<audio>`'s address: its `src`, or its first `<source>`'s. */
function sourceOf(node: Element): string | undefined {
  if (typeof node.properties.src === 'string') return node.properties.src
  const source = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source')
  return typeof source?.properties.src === 'string' ? source.properties.src : undefined
}

/**
 * A page's sound or video (`<audio src>`, `<video>` and its `<source>`): hast-util-to-mdast
 * makes it a link with no words, which shows nothing on a slide and took a picture's place
 * there. Kept as the element, with only its address and title, the deck reads it as one written
 * in markdown: a frame naming what it was, where it plays said in the notes.
 */
const media: Handle = (state: State, node: Element): Html => {
  const src = sourceOf(node)
  const title = typeof node.properties.title === 'string' ? node.properties.title : undefined
  const attributes = `${src ? ` src="${escapeHtml(src)}"` : ''}${title ? ` title="${escapeHtml(title)}"` : ''}`
  const result: Html = { type: 'html', value: `<${node.tagName}${attributes}></${node.tagName}>` }
  state.patch(node, result)
  return result
}

/** rehype-remark handlers for a page's sounds and videos. */
export const mediaHandlers: Record<string, Handle> = { audio: media, video: media }
