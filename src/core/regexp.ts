/** `text` with the characters a regular expression reads as syntax escaped: matched as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
