/** `m:ss` or `h:mm:ss`. Pure, and free of the pipeline: the CLI loads it before anything else. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(Math.round(seconds % 60)).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/**
 * Seconds in a talk length as an author writes it: `20m`, `20 min`, `1h30m`, `90s`, `1:30:00`,
 * `25:00`, or a bare number of minutes. `undefined` when it is none of these. Pure.
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return value > 0 ? value * 60 : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim().toLowerCase()
  const clock = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(text)
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3])
  const units =
    /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in(?:utes?|s)?)?)?\s*(?:(\d+)\s*s(?:ec(?:onds?|s)?)?)?$/.exec(text)
  if (units && (units[1] || units[2] || units[3])) {
    return Math.round(Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0))
  }
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) * 60 : undefined
}
