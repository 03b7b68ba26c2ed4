/** `text` with its first character in upper case ("the cloud" → "The cloud"). */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
