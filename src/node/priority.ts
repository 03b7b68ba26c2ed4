import { readFileSync, writeFileSync } from 'node:fs'

/*
 * A browser started "in the background": while lectern builds a long article's deck on a
 * machine with few cores, Chromium starts on what the build leaves of the CPU, then gets its
 * full share back for the export. On Linux, each session's processes share a scheduling group
 * (an autogroup) whose weight, its "nice" value, the owner may lower and raise again; Chromium,
 * started in a process group of its own, is a session of its own. (A process's own nice value
 * would not weigh against lectern's session, and could not be raised again unprivileged.)
 */

/** Whether this system schedules sessions as groups whose weight lectern can set (Linux autogroups). */
export function canStartInBackground(): boolean {
  if (process.platform !== 'linux') return false
  try {
    return readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1'
  } catch {
    return false
  }
}

/** The lowest weight: the browser runs on what the other sessions leave. */
const backgroundNice = 19

/** The share of the CPU of a browser's session: in the background until `foreground()`. */
export class BrowserPriority {
  #pid: number | undefined
  #nice: number
  #retry: NodeJS.Timeout | undefined

  constructor(background: boolean) {
    this.#nice = background ? backgroundNice : 0
  }

  /** Chromium's first process exists: its new session starts at the usual weight. */
  started(pid: number): void {
    this.#pid = pid
    if (this.#nice !== 0) this.#apply()
  }

  /** The usual share of the CPU from now on. */
  foreground(): void {
    if (this.#nice === 0) return
    this.#nice = 0
    this.#apply()
  }

  #apply(): void {
    clearTimeout(this.#retry)
    if (this.#pid === undefined) return
    try {
      writeFileSync(`/proc/${this.#pid}/autogroup`, String(this.#nice))
    } catch (error) {
      // The kernel takes one such change a tenth of a second from an unprivileged process
      // (system-wide); other failures (the browser gone) leave nothing to do.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') this.#retry = setTimeout(() => this.#apply(), 110).unref()
    }
  }
}
