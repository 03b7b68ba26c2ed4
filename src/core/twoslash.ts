import type { Code } from 'mdast'

/*
 * Twoslash's markup in a TypeScript or JavaScript listing (the TypeScript handbook, svelte.dev,
 * VitePress and Shiki sites that check their examples): `// @errors: 2339 2304` and compiler
 * flags (`// @strict: false`), `// ---cut---` (the lines above it set the example up and are not
 * shown), `// ---cut-after---`, `// ---cut-start---` … `// ---cut-end---`, and query lines
 * under the code (`//    ^?`, `// ^^^^`). The site hides them all; shown raw on a slide they
 * read as code of the example. A listing is read as Twoslash's only when a line of it is one of
 * these markers, so an ordinary `// @ts-expect-error` or `// @flow` stays. `// @filename: x.ts`
 * stays too: Twoslash shows it as the name of the file that follows.
 */

const languages = /^(?:ts|typescript|tsx|js|javascript|jsx|mts|cts|mjs|cjs|svelte|vue|dts|d\.ts)$/i
const cut = /^\s*\/\/\s*---cut(?:-before)?---\s*$/
const cutAfter = /^\s*\/\/\s*---cut-after---\s*$/
const cutStart = /^\s*\/\/\s*---cut-start---\s*$/
const cutEnd = /^\s*\/\/\s*---cut-end---\s*$/
// (Only a query alone on its line: "//    ^? any (without ts-reset)" is the writer's note of what it shows.)
const query = /^\s*\/\/\s*\^+[?|]?\s*$/
const flag = /^\s*\/\/\s*@(?!ts-|filename\b|jsx\s|flow\b)[a-zA-Z]+(?::.*)?\s*$/
const evidence =
  /^\s*\/\/\s*(?:@(?:errors|noErrors|noErrorValidation|showEmit|showEmittedFile|errorsValidation)\b|---cut(?:-before|-after|-start|-end)?---)/

/**
 * Take Twoslash's markup out of a listing that has it (see above). Whether the listing shows nothing
 * after: a block of code Twoslash only includes into the others (```` ```twoslash include auth ````,
 * review 95), or one that was all markup (`// @include: trpc` under its cut). The site shows neither.
 */
export function withoutTwoslash(node: Code): boolean {
  if (node.lang === 'twoslash' && /^include\b/.test(node.meta ?? '')) return true
  if (
    !node.lang ||
    !languages.test(node.lang) ||
    !(/\btwoslash\b/.test(node.meta ?? '') || node.value.split('\n').some((line) => evidence.test(line) || query.test(line)))
  )
    return false
  let lines = node.value.split('\n')
  const from = lines.findLastIndex((line) => cut.test(line))
  if (from !== -1) lines = lines.slice(from + 1)
  const to = lines.findIndex((line) => cutAfter.test(line))
  if (to !== -1) lines = lines.slice(0, to)
  const kept: string[] = []
  let hidden = false
  for (const line of lines) {
    if (cutStart.test(line)) hidden = true
    else if (cutEnd.test(line)) hidden = false
    else if (!hidden && !flag.test(line) && !query.test(line)) kept.push(line)
  }
  // (Blank lines the markup left at either end go; trimmed as lines, in linear time.)
  let first = 0
  let end = kept.length
  while (first < end && kept[first].trim() === '') first++
  while (end > first && kept[end - 1].trim() === '') end--
  node.value = kept.slice(first, end).join('\n')
  return kept.slice(first, end).every((line) => line.trim() === '' || /^\s*\/\/\s*@filename:/.test(line))
}
