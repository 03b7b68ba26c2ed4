/**
 * Ctrl-C or SIGTERM during an export: abort its work with `reason()` and close its browser; a
 * second Ctrl-C, or a close that hangs, still ends the process (exit code 130). Returns the
 * function that stops listening, for the export's `finally`.
 */
export function stopOnInterrupt(controller: AbortController, reason: () => unknown, close: () => void): () => void {
  const stop = () => {
    const why = reason()
    controller.abort(why)
    close()
    // (Ended here, the process says why as the error's own path would: a long build on a busy machine may
    // reach its next check of the signal only after this wait.)
    const end = () => {
      process.stderr.write(`lectern: ${why instanceof Error ? why.message : 'interrupted'}\n`)
      process.exit(130)
    }
    process.once('SIGINT', end)
    setTimeout(end, 5_000).unref()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return () => {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}
