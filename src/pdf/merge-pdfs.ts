import { appendUpdate, type PdfObject } from './pdf-update.ts'
import { PdfSyntaxError, readPdf, refOf, skipString, type Pdf } from './pdf-syntax.ts'

/**
 * Join PDFs that Chromium printed from consecutive parts of one deck into one PDF, keeping
 * what Chromium wrote: the pages and their content streams byte for byte, the tagged
 * structure (one Document element holding every part's elements, one parent tree) and the
 * outline (each part's bookmarks after the previous part's).
 *
 * The first part stays as it is, bytes and object numbers; the others follow it as an
 * incremental update: their objects renumbered after the first part's (only dictionaries are
 * rewritten, never streams), then new versions of the first part's few objects that now span
 * every part (catalog, page tree, structure tree, outline). So the first part costs a
 * handful of dictionaries however long it is.
 *
 * Chromium (Skia) writes a plain PDF: one classic cross-reference table, no object streams,
 * a flat parent tree. For anything else the result is undefined, and the caller prints the
 * deck in one part. Document information is left out: the caller sets it. Pure.
 */
export function mergeChromiumPdfs(parts: Uint8Array[]): Uint8Array | undefined {
  try {
    return mergeParts(parts)
  } catch (error) {
    if (error instanceof CannotMerge || error instanceof PdfSyntaxError) return undefined
    throw error
  }
}

/** A PDF this merger does not handle; never reaches the user. */
export class CannotMerge extends Error {}

/** {@link mergeChromiumPdfs}, throwing {@link CannotMerge} or `PdfSyntaxError` with the reason it cannot. */
export function mergeParts(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 0) throw new CannotMerge('no PDF to merge')
  const docs = parts.map(readPdf)
  const first = docs[0]
  const root = first.dict(first.rootId)
  const treeRootId = refOf(root, 'StructTreeRoot')
  const outlinesId = refOf(root, 'Outlines')

  // Every later part's objects, renumbered after the previous part's. Some of their objects
  // are replaced by the first part's: the structure tree's root and Document element, the
  // outline's root. Two objects are new: the page tree's root and the parent tree.
  const bases: number[] = []
  let next = 0
  for (const doc of docs) {
    bases.push(next)
    next += doc.size
  }
  const pagesRootId = next
  const parentTreeId = next + 1
  const size = next + 2

  const documentIdOf = (doc: Pdf): number | undefined => {
    const tree = refOf(doc.dict(doc.rootId), 'StructTreeRoot')
    return tree === undefined ? undefined : refOf(doc.dict(tree), 'K')
  }
  const firstDocumentId = documentIdOf(first)
  /** What the update writes: later parts' objects and new versions of the first part's. */
  const objects = new Map<number, PdfObject>()
  /** An object to change, by its number in the result: a later part's, or the first part's, copied into the update. */
  const updated = (id: number): PdfObject => {
    let object = objects.get(id)
    if (!object) {
      object = first.object(id)
      if (object.stream) throw new CannotMerge('a printed PDF has a stream where a dictionary was expected')
      objects.set(id, object)
    }
    return object
  }
  const nums: string[] = []
  const documentKids: string[] = []
  const pageKids: string[] = []
  const outlineItems: Array<{ first: number; last: number; count: number }> = []
  let pageCount = 0
  let structParents = 0

  docs.forEach((doc, index) => {
    const base = bases[index]
    const catalog = doc.dict(doc.rootId)
    if (/\/(Dests|Names|AcroForm)\b/.test(catalog))
      throw new CannotMerge('the printed PDF has named destinations or forms, which lectern does not merge')
    const treeId = refOf(catalog, 'StructTreeRoot')
    const documentId = documentIdOf(doc)
    const ownOutlines = refOf(catalog, 'Outlines')
    if ((treeId === undefined) !== (treeRootId === undefined) || (ownOutlines === undefined) !== (outlinesId === undefined)) {
      throw new CannotMerge('the printed parts differ in tags or bookmarks')
    }
    const replaced = new Map<number, number>()
    if (index > 0) {
      if (treeId !== undefined && treeRootId !== undefined) replaced.set(treeId, treeRootId)
      if (documentId !== undefined && firstDocumentId !== undefined) replaced.set(documentId, firstDocumentId)
      if (ownOutlines !== undefined && outlinesId !== undefined) replaced.set(ownOutlines, outlinesId)
    }
    const renumber = (id: number) => replaced.get(id) ?? id + base
    const offsetParents = structParents

    const parentTreeId = treeId === undefined ? undefined : refOf(doc.dict(treeId), 'ParentTree')
    // The first part's objects stay where they are, as they are.
    if (index > 0) {
      for (const id of doc.ids) {
        if (id === doc.rootId || id === treeId || id === documentId || id === ownOutlines || id === parentTreeId) continue
        const body = doc.object(id)
        objects.set(renumber(id), { head: rewriteDictionary(body.head, renumber, offsetParents), stream: body.stream })
      }
    }

    // The page tree: each part's root becomes a kid of the new root.
    const pagesId = refOf(catalog, 'Pages')
    if (pagesId === undefined) throw new CannotMerge('a printed PDF has no page tree')
    const pages = doc.dict(pagesId)
    pageCount += Number(/\/Count\s+(\d+)/.exec(pages)?.[1] ?? 0)
    pageKids.push(`${renumber(pagesId)} 0 R`)
    addKeys(updated(renumber(pagesId)), `/Parent ${pagesRootId} 0 R`)

    if (treeId !== undefined && documentId !== undefined) {
      const tree = doc.dict(treeId)
      const parentTree = doc.dict(refOf(tree, 'ParentTree') ?? -1)
      if (/\/Kids\b/.test(parentTree)) throw new CannotMerge('the printed PDF has a nested parent tree, which lectern does not merge')
      // Chromium writes each value as a reference to an array; an array written inline is read too.
      const entries = /\/Nums\s*\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(parentTree)?.[1] ?? ''
      for (const [, key, value] of entries.matchAll(/(\d+)\s+(\d+\s+0\s+R|\[[^\]]*\])/g)) {
        nums.push(`${Number(key) + offsetParents} ${rewriteDictionary(value, renumber)}`)
      }
      structParents += Number(/\/ParentTreeNextKey\s+(\d+)/.exec(tree)?.[1] ?? 0)
      const kids = /\/K\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(doc.dict(documentId))?.[1] ?? ''
      documentKids.push(rewriteDictionary(kids.replace(/^\[|\]$/g, ''), renumber))
    }

    if (ownOutlines !== undefined) {
      const outlines = doc.dict(ownOutlines)
      const firstItem = refOf(outlines, 'First')
      const lastItem = refOf(outlines, 'Last')
      if (firstItem !== undefined && lastItem !== undefined) {
        outlineItems.push({
          first: renumber(firstItem),
          last: renumber(lastItem),
          count: Number(/\/Count\s+(\d+)/.exec(outlines)?.[1] ?? 0),
        })
      }
    }
  })

  // Chain each part's top-level bookmarks after the previous part's.
  for (let index = 1; index < outlineItems.length; index++) {
    const before = outlineItems[index - 1].last
    const after = outlineItems[index].first
    addKeys(updated(before), `/Next ${after} 0 R`)
    addKeys(updated(after), `/Prev ${before} 0 R`)
  }

  objects.set(pagesRootId, { head: `${pagesRootId} 0 obj\n<</Type /Pages /Count ${pageCount} /Kids [${pageKids.join(' ')}]>>\nendobj\n` })
  if (treeRootId !== undefined && firstDocumentId !== undefined) {
    objects.set(parentTreeId, { head: `${parentTreeId} 0 obj\n<</Type /ParentTree /Nums [${nums.join(' ')}]>>\nendobj\n` })
    const tree = first.dict(treeRootId)
    objects.set(treeRootId, {
      head: `${treeRootId} 0 obj\n${replaceKeys(tree, { ParentTree: `${parentTreeId} 0 R`, ParentTreeNextKey: String(structParents) })}\nendobj\n`,
    })
    const documentElement = first.dict(firstDocumentId)
    objects.set(firstDocumentId, {
      head: `${firstDocumentId} 0 obj\n${replaceKeys(documentElement, { K: `[${documentKids.join(' ')}]` })}\nendobj\n`,
    })
  }
  if (outlinesId !== undefined) {
    const count = outlineItems.reduce((sum, part) => sum + part.count, 0)
    const ends = outlineItems.length > 0 ? `/First ${outlineItems[0].first} 0 R /Last ${outlineItems.at(-1)!.last} 0 R ` : ''
    objects.set(outlinesId, { head: `${outlinesId} 0 obj\n<</Type /Outlines ${ends}/Count ${count}>>\nendobj\n` })
  }
  objects.set(first.rootId, { head: `${first.rootId} 0 obj\n${replaceKeys(root, { Pages: `${pagesRootId} 0 R` })}\nendobj\n` })

  return appendUpdate(parts[0], objects, { size, root: `${first.rootId} 0 R`, prev: first.xrefAt, id: first.trailerId })
}

/**
 * Renumber `N 0 R` references and the `N 0 obj` header in an object's text outside its
 * strings (a stream's bytes are not part of it), and add `structParents` to its
 * `/StructParent` and `/StructParents` keys. One pass: most of a part's thousands of objects
 * are small structure elements.
 */
function rewriteDictionary(object: string, renumber: (id: number) => number, structParents = 0): string {
  // A reference or header, a key to offset, or where a literal or hexadecimal string starts.
  const tokens = /(\d+)(\s+0\s+)(R|obj)\b|\/(StructParents?)\s+(\d+)|\(|(?<!<)<(?!<)/g
  let out = ''
  let copied = 0
  for (let match = tokens.exec(object); match; match = tokens.exec(object)) {
    const [token, id, gap, kind, key, value] = match
    if (id !== undefined) out += `${object.slice(copied, match.index)}${renumber(Number(id))}${gap}${kind}`
    else if (key !== undefined) out += `${object.slice(copied, match.index)}/${key} ${Number(value) + structParents}`
    else {
      // A string: copied as it is.
      tokens.lastIndex = token === '(' ? skipString(object, match.index) + 1 : object.indexOf('>', match.index) + 1 || object.length
      continue
    }
    copied = tokens.lastIndex
  }
  return out + object.slice(copied)
}

/** Add keys right after an object's opening `<<`. */
function addKeys(object: PdfObject, keys: string): void {
  const head = object.head
  const at = head.indexOf('<<') + 2
  object.head = `${head.slice(0, at)}${keys} ${head.slice(at)}`
}

/** A dictionary with some top-level keys set to new values (added when missing). */
function replaceKeys(dict: string, values: Record<string, string>): string {
  let out = dict
  for (const [key, value] of Object.entries(values)) {
    const pattern = new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|\\d+\\s+0\\s+R|\\d+)`)
    out = pattern.test(out) ? out.replace(pattern, () => `/${key} ${value}`) : `<</${key} ${value} ${out.slice(2)}`
  }
  return out
}
