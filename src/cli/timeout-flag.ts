import { LecternError } from '../core/errors.ts'

/** The longest --timeout: a day. Node's timers hold at most about 24.8 days; a day is more than any export needs. */
const maxTimeoutSeconds = 86_400

/** An export's `--timeout <seconds>` in milliseconds, or one line saying what it must be. */
export function readTimeout(flag: string): number {
  const seconds = Number(flag)
  if (!(seconds > 0 && seconds <= maxTimeoutSeconds))
    throw new LecternError(`--timeout must be a number of seconds from 1 to ${maxTimeoutSeconds}, not “${flag}”`)
  return seconds * 1000
}
