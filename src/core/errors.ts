/**
 * The one error class lectern throws for anything a user can fix: a missing file, bad
 * frontmatter, no browser. The CLI prints `message` (one line) and exits with `exitCode`,
 * never a stack trace.
 */
export class LecternError extends Error {
  override name = 'LecternError'
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number
  /** File the error is about, when there is one. */
  readonly file?: string
  /** The message without the file and place in front of it. */
  readonly reason: string
  /** 1-based line and column in `file`, when known. */
  readonly line?: number
  readonly column?: number

  constructor(message: string, options: { file?: string; line?: number; column?: number; exitCode?: number; cause?: unknown } = {}) {
    const where = options.file
      ? `${options.file}${options.line ? `:${options.line}${options.column ? `:${options.column}` : ''}` : ''}: `
      : ''
    super(where + message, { cause: options.cause })
    this.reason = message
    this.exitCode = options.exitCode ?? 1
    this.file = options.file
    this.line = options.line
    this.column = options.column
  }
}

/** True for errors that carry a user-facing message. */
export function isLecternError(error: unknown): error is LecternError {
  return error instanceof LecternError
}
