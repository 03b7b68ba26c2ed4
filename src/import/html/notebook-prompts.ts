import type { Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { SKIP, visit } from 'unist-util-visit'
import { classesOf } from './chrome.ts'

/** The class of a notebook cell's prompt, as nbconvert (`input_prompt`) and JupyterLab (`jp-InputPrompt`) write it. */
const promptClass = /^(?:input_prompt|output_prompt|jp-InputPrompt|jp-OutputPrompt)$/

/**
 * Rehype plugin: leave out the prompts of a notebook exported as a page ("In [1]:", "Out[2]:"),
 * before the content is found: Readability turns each into a paragraph of its own, which would be
 * a key point ("In [1]:" was one on 21 slides of a data-science post). Only a prompt's own words
 * go: a cell's code and output stay.
 */
export default function rehypeNotebookPrompts() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return undefined
      const classes = classesOf(node)
      if (!classes.some((name) => promptClass.test(name))) return undefined
      if (!/^\s*(?:(?:In|Out)\s*\[[\d\s*]*\]\s*:?)?\s*$/u.test(toText(node))) return undefined
      parent.children.splice(index, 1)
      return [SKIP, index]
    })
  }
}
