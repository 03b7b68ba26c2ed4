/**
 * `text` with its first character in upper case ("the cloud" → "The cloud"), unless its first word is a name written in
 * lower case on purpose: a host or file name ("aurora.apache.org, the EU website server, had not been affected", Apache's
 * incident report, review 106, showed "Aurora.apache.org"), or a name that goes on in upper case ("iPhone", "macOS").
 */
export function upperFirst(text: string): string {
  if (lowerCaseName.test(text)) return text
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A first word of dotted parts ("node.js", "example.com", "v1.2"; not "e.g."), or of lower case then upper ("iPhone", "eBay"). */
const lowerCaseName =
  /^(?:[\p{Ll}\p{N}][\p{L}\p{N}_-]*(?:\.(?:[\p{L}\p{N}_-]{2,}|[\p{N}]+))+|[\p{Ll}]{1,3}[\p{Lu}][\p{L}]*)(?![\p{L}\p{N}])/u
