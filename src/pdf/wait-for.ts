import { LecternError } from '../core/errors.ts'

/** How long a wait may last, and what ends it early (Ctrl-C). */
export interface WaitLimits {
  /** Milliseconds allowed. */
  timeout: number
  signal?: AbortSignal
}

/**
 * Wait for `work`, but never longer than `ms` and never past `signal`: every wait in an
 * export goes through here, so a stuck browser ends in a message that names what did
 * not happen instead of a hang.
 */
export async function waitFor<T>(work: Promise<T>, what: string, ms: number, signal?: AbortSignal): Promise<T> {
  // The loser of the race may still reject later; that is expected and must stay quiet. So
  // must `work` when the signal has already stopped the wait: it was started all the same.
  work.catch(() => undefined)
  signal?.throwIfAborted()
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LecternError(`timed out after ${formatSeconds(ms)} waiting for ${what}`)), ms)
    onAbort = () => reject(signal?.reason instanceof Error ? signal.reason : interrupted())
    signal?.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([work, stopped])
  } finally {
    clearTimeout(timer)
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  }
}

/** The error an export ends with when it is cancelled (Ctrl-C). */
export function interrupted(): LecternError {
  return new LecternError('interrupted', { exitCode: 130 })
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}
