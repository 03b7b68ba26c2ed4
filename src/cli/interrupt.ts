/**
 * Ctrl-C or SIGTERM during an export: abort its work with `reason()` and close its browser; a
 * second Ctrl-C, or a close that hangs, still ends the process (exit code 130). Returns the
 * function that stops listening, for the export's `finally`.
 */
export function stopOnInterrupt(controller: AbortController, reason: () => unknown, close: () => void): () => void {
  const stop = () => {
    controller.abort(reason())
    close()
    process.once('SIGINT', () => process.exit(130))
    setTimeout(() => process.exit(130), 5_000).unref()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return () => {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}
