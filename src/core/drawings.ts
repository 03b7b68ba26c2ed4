import type { Code } from 'mdast'

/*
 * Text drawings: a code block that draws boxes and arrows with characters (`+--+`, `|  |`,
 * `-->`, `┌─┐`, `▲`), as engineering posts draw a system or a data flow. Cut across two slides
 * it loses its shape, so it is never split, and the deck app may shrink its slide further than
 * prose (`drawingFloor` in src/client/fit.ts).
 */

/** Languages a drawing is written in: none, or one that only says it is plain text. */
const plainLanguage = /^(?:text|txt|plain|plaintext|ascii|asciiart|ascii-art|diagram|drawing|none)?$/i

/**
 * A line that draws: box-drawing or arrow characters, a box's edge, or an arrow of dashes. (Two
 * dashes next to the corner or head say as much as a run of them; a pattern that ran over the
 * run from each of its dashes would take time in its square on a line of thousands.)
 */
const drawn = /[\u2190-\u21ff\u2500-\u259f\u25a0-\u25ff]|[+|][-=_]{2}|[-=_]{2}[+|>]|<[-=]{2}|\|[^|\n]*\||^\s*[|^v]\s*$/u

/** Share of a block's non-blank lines that draw, at least, for it to be a drawing. */
const drawnShare = 0.4
/** Lines a drawing has at least: fewer fit on any slide, and need no care. */
const minDrawingLines = 6

/** Whether a code block is a text drawing. */
export function isDrawing(code: Code): boolean {
  if (!plainLanguage.test(code.lang ?? '')) return false
  const lines = code.value.split('\n').filter((line) => line.trim() !== '')
  if (lines.length < minDrawingLines) return false
  return lines.filter((line) => drawn.test(line)).length >= lines.length * drawnShare
}

/** The class a drawing's `code` element carries, which the deck app's fit reads. */
export const drawingClass = 'lectern-drawing'

/** A drawing with its class, for the slide's HTML. */
export function markedDrawing(code: Code): Code {
  const data = code.data ?? {}
  const properties = (data.hProperties ?? {}) as Record<string, unknown>
  const className = [...(Array.isArray(properties.className) ? (properties.className as string[]) : []), drawingClass]
  return { ...code, data: { ...data, hProperties: { ...properties, className } } }
}
