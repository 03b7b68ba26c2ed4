/*
 * The data an MDX component is given as a JavaScript literal (`entries={[{ time: "18:30", event:
 * "…" }]}`), read without running it: arrays, objects, strings (quoted or in backticks without a
 * `${}`), numbers, `true`, `false`, `null`. Anything else (a call, a variable, a spread, JSX, a
 * function) makes the whole value unreadable. lectern's own reader, not a JavaScript parser: an
 * article's code is never evaluated, and a parser of all of JavaScript would be a dependency for
 * this one shape of data.
 */

/** A literal's value: a string, number, boolean, null, or an array or object of them. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal }

/** How deep arrays and objects may nest, and how many values a literal may hold in all. */
const maxDepth = 8
const maxValues = 10_000

/**
 * The literal that starts at `from` in `text` (spaces and comments before it allowed), and where it
 * ends; where none does, no value and how far the reading got (a caller scanning a text reads on from there).
 */
export function readLiteral(text: string, from = 0, lastCommentEnd = text.lastIndexOf('*/')): { value?: Literal; end: number } {
  let at = from
  let values = 0

  // (`lastCommentEnd`, where the text's last "*/" is, lets a caller reading many literals of one text find it once:
  // a "/*" after it closes nowhere, and is not looked for to the text's end again and again.)
  function space(): void {
    for (;;) {
      const spaces = /\s*/y
      spaces.lastIndex = at
      at += spaces.exec(text)?.[0].length ?? 0
      if (text.startsWith('//', at)) {
        const end = text.indexOf('\n', at)
        at = end === -1 ? text.length : end
      } else if (text.startsWith('/*', at) && at + 2 <= lastCommentEnd) {
        const close = text.indexOf('*/', at + 2)
        if (close === -1) return
        at = close + 2
      } else return
    }
  }

  function token(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = at
    const match = pattern.exec(text)
    if (match) at += match[0].length
    return match
  }

  function value(depth: number): Literal | undefined {
    if (depth > maxDepth || ++values > maxValues) return undefined
    space()
    const character = text[at]
    if (character === '[') {
      at++
      const items: Literal[] = []
      for (;;) {
        space()
        if (text[at] === ']') {
          at++
          return items
        }
        const item = value(depth + 1)
        if (item === undefined) return undefined
        items.push(item)
        space()
        if (text[at] === ',') at++
        else if (text[at] !== ']') return undefined
      }
    }
    if (character === '{') {
      at++
      // (No prototype: a key "__proto__" is a field like any other.)
      const record: { [key: string]: Literal } = Object.create(null)
      for (;;) {
        space()
        if (text[at] === '}') {
          at++
          return record
        }
        const key = token(/[A-Za-z_$][\w$]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\d+/y)?.[0]
        if (key === undefined) return undefined
        space()
        if (text[at] !== ':') return undefined
        at++
        const item = value(depth + 1)
        if (item === undefined) return undefined
        record[/^["']/.test(key) ? unescape(key.slice(1, -1)) : key] = item
        space()
        if (text[at] === ',') at++
        else if (text[at] !== '}') return undefined
      }
    }
    const quoted = token(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\$]|\\.|\$(?!\{))*)`/y)
    if (quoted) return unescape(quoted[1] ?? quoted[2] ?? quoted[3])
    // (One way only to read the digits: "1111…x" fails at once, not after trying every split of them.)
    const number = token(/-?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?![\w$])/y)
    if (number) return Number(number[0].replace(/_/g, ''))
    const word = token(/(?:true|false|null)(?![\w$])/y)
    if (word) return word[0] === 'null' ? null : word[0] === 'true'
    return undefined
  }

  const found = value(0)
  return found === undefined ? { end: Math.max(at, from + 1) } : { value: found, end: at }
}

/** A string literal's characters, its escapes undone. */
function unescape(body: string): string {
  return body.replace(
    /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r?\n)|(.))/g,
    (_, braced, four, two, newline, other) => {
      const code = braced ?? four ?? two
      if (code) {
        const point = Number.parseInt(code, 16)
        return point <= 0x10ffff ? String.fromCodePoint(point) : ''
      }
      if (newline) return ''
      return ({ n: '\n', t: '\t', r: '', b: '', f: '', v: '', '0': '' } as Record<string, string>)[other] ?? other
    },
  )
}
