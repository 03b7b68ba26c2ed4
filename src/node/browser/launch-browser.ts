import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import type { Browser } from 'puppeteer-core'
import { LecternError } from '../../core/errors.ts'
import type { BrowserPriority } from '../priority.ts'
import { profilePrefix, removeStaleProfiles } from '../stale-profiles.ts'
import { chromiumArgs } from './browser-flags.ts'
import { findBrowser } from './find-browser.ts'
import { PipeTransport } from './pipe-transport.ts'

/** What lectern started for a browser: its process and its temporary profile. */
const launched = new WeakMap<Browser, { child: ChildProcess; profile: string }>()

/**
 * Launch a headless browser; the caller closes it in `finally` (see {@link closeBrowser}).
 * Chromium is started first and Puppeteer, which takes a while to load, connects to it
 * over a pipe once loaded: the two overlap. A `priority` learns Chromium's
 * process as soon as it exists (to start it in the background).
 */
export async function launchBrowser(
  options: { executablePath?: string; timeout?: number; priority?: BrowserPriority; signal?: AbortSignal } = {},
): Promise<Browser> {
  const timeout = options.timeout ?? 30_000
  const executablePath = await findBrowser(options.executablePath)
  const profile = await temporaryProfile()
  let child: ChildProcess
  try {
    child = spawn(executablePath, chromiumArgs(profile), {
      // Its own process group, so that closing ends every Chromium process at once.
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    })
    if (child.pid) options.priority?.started(child.pid)
  } catch (error) {
    await rm(profile, { recursive: true, force: true })
    throw new LecternError(`could not start the browser ${executablePath}: ${(error as Error).message}`, { cause: error })
  }
  // Chromium's log, kept short, for the message when it fails to start.
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-2_000)
  })
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(error))
    child.once('exit', (code, signal) =>
      reject(new Error(`it exited (${signal ?? `code ${code}`})${log.trim() ? `: ${lastLine(log)}` : ''}`)),
    )
  })
  failed.catch(() => undefined)
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`it did not start within ${timeout / 1000} s`)), timeout)
  })
  // Ctrl-C while Chromium starts (in the background, say, where it may not get the CPU to
  // answer Puppeteer soon) ends it at once, without waiting to connect to it first.
  const { signal } = options
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal!.reason)
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
  })
  const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable)
  try {
    const connecting = import('puppeteer-core').then(({ connect }) =>
      connect({
        transport,
        defaultViewport: { width: 800, height: 600 },
        // lectern's own waits (--timeout) end first and say what did not happen; Puppeteer's
        // default of 180 s would otherwise cut a longer --timeout short.
        protocolTimeout: timeout + 30_000,
      }),
    )
    const browser = await Promise.race([connecting, failed, late, aborted])
    launched.set(browser, { child, profile })
    return browser
  } catch (error) {
    // Puppeteer, still connecting, learns that there is nothing to connect to: its pending
    // calls end now, not at their protocol timeout minutes later (which kept the CLI alive).
    transport.close()
    if (signal?.aborted) {
      await endProcess(child, profile)
      throw signal.reason
    }
    // When Chromium exits, its pipe may close first: say why it exited, not that the pipe closed.
    const exited = await Promise.race([
      failed.catch((reason: Error) => reason),
      new Promise<undefined>((resolve) => setTimeout(resolve, 500)),
    ])
    await endProcess(child, profile)
    const reason = (exited ?? (error as Error)).message.split('\n')[0]
    throw new LecternError(`could not start the browser ${executablePath}: ${reason}`, { cause: error })
  } finally {
    clearTimeout(timer)
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  }
}

/**
 * A new folder for Chromium's temporary profile: in memory where Linux offers one (/dev/shm,
 * unless TMPDIR says where temporary files go). Chromium writes and syncs a few hundred files
 * as it starts, which on a disk costs CPU and as much wall time (docs/benchmarks.md).
 */
async function temporaryProfile(): Promise<string> {
  const inMemory = process.platform === 'linux' && !process.env.TMPDIR
  // Named after lectern's pid, so that a later run can tell a killed run's profile and remove it.
  const name = `${profilePrefix}${process.pid}-`
  await removeStaleProfiles(inMemory ? ['/dev/shm', tmpdir()] : [tmpdir()])
  if (inMemory) {
    const profile = await mkdtemp(join('/dev/shm', name)).catch(() => undefined)
    if (profile) return profile
  }
  return mkdtemp(join(tmpdir(), name))
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)!.trim()
}

/** Kill a browser's whole process group, wait until it is gone, remove its profile. */
async function endProcess(child: ChildProcess, profile: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null && child.pid) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      if (process.platform === 'win32') child.kill('SIGKILL')
      else process.kill(-child.pid, 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
    await exited
  }
  await rm(profile, { recursive: true, force: true }).catch(() => undefined)
}

/**
 * Close a browser lectern launched and make sure every Chromium process is gone. It holds
 * nothing worth saving (a temporary profile), so its process group is killed at once, which
 * takes milliseconds where Chromium's own shutdown takes far longer, and its
 * profile is removed. A browser from elsewhere is closed politely.
 */
export async function closeBrowser(browser: Browser): Promise<void> {
  const own = launched.get(browser)
  if (!own) {
    await browser.close().catch(() => undefined)
    return
  }
  launched.delete(browser)
  await endProcess(own.child, own.profile)
  await browser.disconnect().catch(() => undefined)
}
