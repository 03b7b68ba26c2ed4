/*
 * Text from outside the markdown (a JSX string, a template tag's argument) written into it as text: never
 * read as markdown or HTML. Shared by the rewrites that turn a component or a shortcode into the words it shows.
 */

/**
 * A string as text on one line: the marks markdown or HTML would read ("<b>", "**", "|" between a table's
 * cells) escaped.
 */
export function asText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
}

/**
 * A text, its first mark escaped where markdown would read it as a block's ("#1 priority" is no heading, "- "
 * no list). A number's stop is escaped, not the number: "1\\. Back up" is no list item, and a backslash before a
 * digit escapes nothing, "\\1. Back up" on the slide.
 */
export function opensNoBlock(text: string): string {
  return text.replace(/^(?=[#>+*-])/, '\\').replace(/^(\d+)([.)])/, '$1\\$2')
}
