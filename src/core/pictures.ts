import type { PhrasingContent, RootContent } from 'mdast'

/*
 * What counts as a picture, for every step that treats pictures apart from words: moving a chart under its heading, the
 * opening of a list item, the paragraph split into what a slide shows and what the notes say, the picture-beside-text
 * layout and the lead a picture shown alone needs. One rule, so that a linked screenshot
 * (`[![Jasper App Screenshot](…)](https://jasperapp.io/)`) is a picture to each of them.
 */

/** Whether an inline node shows a picture: an image (inline or by reference), or a link around pictures alone. */
export function isPicture(node: PhrasingContent): boolean {
  return (
    node.type === 'image' ||
    node.type === 'imageReference' ||
    (node.type === 'link' && node.children.length > 0 && node.children.every(isPicture))
  )
}

/** The words a picture's alternative text says (those of every picture inside a link); none for any other node. */
export function altOf(node: PhrasingContent): string {
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  return node.type === 'link' ? node.children.map(altOf).join(' ') : ''
}

/** Whether an inline node is only the spaces between others. */
function isSpace(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === ''
}

/**
 * Whether a block shows pictures and nothing else: a paragraph of pictures (line breaks and spaces between them), or raw
 * HTML that holds images and no words (`<div style="width:500px"><img src="…" alt="Distribution: …"/></div>`, as Vitess's
 * user survey of review 133 wrote its charts). Shown bare, such a block says nothing of what it means (see silent-lead.ts).
 */
export function picturesOnly(node: RootContent): boolean {
  if (node.type === 'html') return /<img\b/i.test(node.value) && node.value.replace(/<[^>]*>/g, '').trim() === ''
  if (node.type !== 'paragraph') return false
  const shown = node.children.filter((child) => !isSpace(child))
  return shown.length > 0 && shown.every((child) => isPicture(child) || child.type === 'break')
}
