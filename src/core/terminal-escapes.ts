/**
 * Terminal output pasted into a post (release notes, a test run, `--help`) keeps the escape
 * sequences that coloured it: ESC `[31m`, `[39m`, `[2K`, an OSC 8 link. A slide, the notes and the
 * handout would show them as characters, so they go before parsing. ECMA-48 fixes their shape
 * (CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E; OSC: up to
 * BEL or ESC \), so no list of colours is needed. U+241B "␛" is how some copies show the ESC.
 * Line breaks are never removed, so later warnings still name the user's line.
 */
const terminalEscape = /[\u001b\u241b](?:\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)|[\x40-\x5f])/g

/** `text` without terminal escape sequences; the same string when it has none. */
export function stripTerminalEscapes(text: string): string {
  if (!text.includes('\u001b') && !text.includes('\u241b')) return text
  return text.replace(terminalEscape, '')
}
