import type { Nodes } from 'hast'
import { isChromeElement } from './chrome.ts'

/** Measures prose in a subtree; see `textWeigher`. */
export type TextWeight = (node: Nodes) => number

/**
 * A function telling how much readable prose a subtree holds: characters of text, not
 * counting links (menus and link lists are mostly links) or chrome such as scripts and
 * navigation. Results are cached per node, so use a fresh one after changing the tree.
 */
export function textWeigher(): TextWeight {
  const cache = new WeakMap<Nodes, number>()
  const weigh: TextWeight = (node) => {
    const cached = cache.get(node)
    if (cached !== undefined) return cached
    let total = 0
    if (node.type === 'text') total = node.value.replace(/\s+/gu, ' ').trim().length
    else if ((node.type === 'element' && node.tagName !== 'a' && !isChromeElement(node)) || node.type === 'root') {
      for (const child of node.children) total += weigh(child)
    }
    cache.set(node, total)
    return total
  }
  return weigh
}
