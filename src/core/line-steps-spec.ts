/** The `{…}` or `[…]` of an info string that holds line numbers, ranges, `,`, `|` and an optional `N:` offset. */
const stepsPattern = /(?:^|\s)(\{([\d\s,|:-]*)\}|\[([\d\s,|:-]*)\])(?=\s|$)/

/** The line-step part of a code block's info string (after its language), if it has one. */
export function findLineSteps(meta: string | null | undefined): string | undefined {
  const match = meta ? stepsPattern.exec(meta) : null
  return match ? (match[2] ?? match[3]).trim() : undefined
}
