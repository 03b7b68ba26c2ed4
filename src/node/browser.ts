import { spawn, type ChildProcess } from 'node:child_process'
import { access, constants, mkdtemp, readdir, rm } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import type { Browser, ConnectionTransport } from 'puppeteer-core'
import { LecternError } from '../core/errors.ts'
import type { BrowserPriority } from './priority.ts'
import { profilePrefix, removeStaleProfiles } from './stale-profiles.ts'

/** Where Puppeteer keeps the browsers it downloads. */
export const puppeteerCacheDir = process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer')

/** The usual places a Chromium or Chrome is installed, per platform, in order of preference. */
const systemPaths: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    join(homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
  ],
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData\\Local'), 'Google\\Chrome\\Application\\chrome.exe'),
  ],
}

/** How to get a browser, said once wherever one is missing. */
export const noBrowserHelp =
  'no Chrome or Chromium found. Run `npm run setup` (downloads one, or installs Debian’s chromium as root), ' +
  'install Chrome or Chromium yourself, or pass --browser PATH / set PUPPETEER_EXECUTABLE_PATH'

/**
 * Find a browser: `explicit` (the --browser flag) or PUPPETEER_EXECUTABLE_PATH, then a
 * browser Puppeteer installed, then the usual system places.
 */
export async function findBrowser(explicit?: string): Promise<string> {
  const requested = explicit ?? process.env.PUPPETEER_EXECUTABLE_PATH
  if (requested) {
    if (await isExecutable(requested)) return requested
    throw new LecternError(`the browser ${requested} does not exist or is not executable`)
  }
  const installed = await puppeteerInstalledBrowser()
  if (installed) return installed
  for (const path of systemPaths[process.platform] ?? []) if (await isExecutable(path)) return path
  throw new LecternError(noBrowserHelp)
}

/** The newest Chrome (or headless shell) Puppeteer downloaded into its cache, if any. */
async function puppeteerInstalledBrowser(): Promise<string | undefined> {
  // Loading @puppeteer/browsers takes a tenth of a second; skip it unless its cache holds a
  // browser (a download that failed leaves empty folders).
  const kinds = await readdir(puppeteerCacheDir).catch(() => [] as string[])
  const versions = await Promise.all(kinds.map((kind) => readdir(join(puppeteerCacheDir, kind)).catch(() => [] as string[])))
  if (!versions.some((list) => list.length > 0)) return undefined
  const { getInstalledBrowsers, Browser } = await import('@puppeteer/browsers')
  const browsers = await getInstalledBrowsers({ cacheDir: puppeteerCacheDir }).catch(() => [])
  const preferred = [Browser.CHROMEHEADLESSSHELL, Browser.CHROME, Browser.CHROMIUM]
  const sorted = browsers
    .filter((browser) => preferred.includes(browser.browser))
    .sort((a, b) => preferred.indexOf(a.browser) - preferred.indexOf(b.browser))
  for (const browser of sorted) if (await isExecutable(browser.executablePath)) return browser.executablePath
  return undefined
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  )
}

/**
 * Flags for a quiet, offline headless browser: no sandbox as root, and none of Chrome's
 * background connections (they fail, many at a time, on a machine without network).
 */
export const browserArgs = [
  '--headless=new',
  '--disable-gpu',
  // Without a GPU, its process only composites in software: a thread of the browser does it
  // as well, and Chromium starts one process fewer.
  '--in-process-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--font-render-hinting=none',
  // Offline by construction: every host name but the loopback fails to resolve, so a deck
  // that links to the web never waits on (or leaks to) the network during an export.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
]

/**
 * Browser features lectern turns off. Chrome preloads its omnibox popup, a web page of its
 * own in a renderer of its own, for every window: one at start and one per browser context
 * (a long deck's parts). Nobody sees it in a headless browser, and each costs about 0.7 s of
 * CPU, which an export on two cores waits for.
 */
const disabledFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']

/**
 * Flags Puppeteer's own launcher adds for automation (its `defaultArgs`), among them the two
 * that make Chromium tag its PDFs and give them an outline.
 */
const automationArgs = [
  '--allow-pre-commit-input',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--password-store=basic',
  '--use-mock-keychain',
  // Chromium reads one --disable-features: Puppeteer's list and lectern's (below) together.
  `--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes,${disabledFeatures.join(',')}`,
  '--enable-features=PdfOopif',
  '--hide-scrollbars',
  '--mute-audio',
]

/** What lectern started for a browser: its process and its temporary profile. */
const launched = new WeakMap<Browser, { child: ChildProcess; profile: string }>()

/**
 * Launch a headless browser; the caller closes it in `finally` (see {@link closeBrowser}).
 * Chromium is started first and Puppeteer, which takes a third of a second to load,
 * connects to it over a pipe once loaded: the two overlap. A `priority` learns Chromium's
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
    child = spawn(executablePath, [...automationArgs, ...browserArgs, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
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
    child.once('exit', (code, signal) => reject(new Error(`it exited (${signal ?? `code ${code}`})${log.trim() ? `: ${lastLine(log)}` : ''}`)))
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
    const connecting = import('puppeteer-core').then(({ connect }) => connect({ transport, defaultViewport: { width: 800, height: 600 } }))
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
    const exited = await Promise.race([failed.catch((reason: Error) => reason), new Promise<undefined>((resolve) => setTimeout(resolve, 500))])
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
 * as it starts, which on a disk cost a fifth of a second of CPU, and as much wall time.
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

/**
 * Chromium's DevTools protocol over a pipe (`--remote-debugging-pipe`): JSON messages, each
 * ended by a NUL byte, written to its fd 3 and read from its fd 4.
 */
class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void
  readonly #write: Writable
  #onclose: (() => void) | undefined
  /** The chunks of a message not yet ended: a PDF arrives as megabytes in 64 kB chunks. */
  #pending: Buffer[] = []
  #closed = false

  constructor(write: Writable, read: Readable) {
    this.#write = write
    read.on('data', (chunk: Buffer) => {
      let start = 0
      for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
        this.#pending.push(chunk.subarray(start, end))
        const message = Buffer.concat(this.#pending).toString('utf8')
        this.#pending = []
        start = end + 1
        this.onmessage?.(message)
      }
      if (start < chunk.length) this.#pending.push(chunk.subarray(start))
    })
    read.on('close', () => this.close())
    write.on('error', () => undefined)
    read.on('error', () => undefined)
  }

  /** Puppeteer's connection listens here; one that comes after the close hears of it at once. */
  get onclose(): (() => void) | undefined {
    return this.#onclose
  }

  set onclose(listener: (() => void) | undefined) {
    this.#onclose = listener
    if (this.#closed && listener) queueMicrotask(listener)
  }

  send(message: string): void {
    if (!this.#closed) this.#write.write(`${message}\0`)
  }

  close(): void {
    if (this.#closed) return
    this.#closed = true
    this.#onclose?.()
  }
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
 * takes milliseconds where Chromium's own shutdown takes a fifth of a second, and its
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
