import type { Node, Parent } from 'unist'
import { CONTINUE, EXIT, SKIP, visit as visitAny } from 'unist-util-visit'

export { CONTINUE, EXIT, SKIP }

/*
 * `unist-util-visit`'s walk, the same calls in the same order with the same results, for the
 * walks a render makes over a whole article: the library makes a closure for every node and
 * names it for its debugger (`Object.defineProperty` and a string built per node), and copies
 * the ancestors' list for every parent, which a long article's render pays for in each of its
 * whole-tree walks (docs/benchmarks.md). A test other than a node type goes to the library.
 */

type Visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown
type Action = [unknown, number?] | []

const empty: Action = []

/** What a visitor's return value says, as the library reads it. */
function toAction(value: unknown): Action {
  if (Array.isArray(value)) return value as Action
  if (typeof value === 'number') return [CONTINUE, value]
  return value === null || value === undefined ? empty : [value]
}

function walk(tree: Node, testOrVisitor: unknown, maybeVisitor?: unknown, reverse?: unknown): void {
  const visitor = (typeof maybeVisitor === 'function' ? maybeVisitor : testOrVisitor) as Visitor
  const type = typeof maybeVisitor === 'function' ? testOrVisitor : undefined
  // (Only a node type or no test at all, walked in order: the library keeps every other case.)
  if ((type !== undefined && type !== null && typeof type !== 'string') || typeof visitor !== 'function' || reverse) {
    ;(visitAny as (...args: unknown[]) => void)(tree, testOrVisitor, maybeVisitor, reverse)
    return
  }
  const every = type === undefined || type === null
  const one = (node: Node, index: number | undefined, parent: Parent | undefined): Action => {
    let action = empty
    if (every || node.type === type) {
      action = toAction(visitor(node, index, parent))
      if (action[0] === EXIT) return action
    }
    const parentNode = node as Parent
    if (parentNode.children && action[0] !== SKIP) {
      // (The children read again at every step: a visitor may replace or splice them.)
      let offset = 0
      while (offset > -1 && offset < parentNode.children.length) {
        const result = one(parentNode.children[offset], offset, parentNode)
        if (result[0] === EXIT) return result
        offset = typeof result[1] === 'number' ? result[1] : offset + 1
      }
    }
    return action
  }
  one(tree, undefined, undefined)
}

/** `visit` from `unist-util-visit`, with its types. */
export const visit = walk as typeof visitAny
