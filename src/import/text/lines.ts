/**
 * Split plain text into lines the way people's files actually arrive: with or without a
 * byte-order mark, with `\r\n`, `\r` or `\n` endings, with trailing spaces. Line `i` of the
 * result is line `i + 1` of the source, so warnings can point at it.
 */
export function textLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\uFEFF]+$/u, ''))
}
