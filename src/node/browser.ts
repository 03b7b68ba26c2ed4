import { access, constants, rm, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, join } from 'node:path'
import type { Browser, LaunchOptions } from 'puppeteer-core'
import { LecternError } from '../errors.ts'

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
  // Loading @puppeteer/browsers takes a tenth of a second; skip it when its cache is not there.
  if (!(await stat(puppeteerCacheDir).catch(() => undefined))?.isDirectory()) return undefined
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

/** Launch a headless browser; the caller closes it in `finally` (see {@link closeBrowser}). */
export async function launchBrowser(options: { executablePath?: string; timeout?: number } = {}): Promise<Browser> {
  const timeout = options.timeout ?? 30_000
  // Both are slow (a few hundred ms each) and independent: look up while puppeteer loads.
  const [executablePath, { launch }] = await Promise.all([findBrowser(options.executablePath), import('puppeteer-core')])
  const launchOptions: LaunchOptions = {
    executablePath,
    headless: true,
    args: browserArgs,
    // A pipe instead of a WebSocket: no port to find, nothing listening on the network.
    pipe: true,
    timeout,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  }
  try {
    return await launch(launchOptions)
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `it did not start within ${timeout / 1000} s` : (error as Error).message.split('\n')[0]
    throw new LecternError(`could not start the browser ${executablePath}: ${reason}`, { cause: error })
  }
}

/**
 * Close a browser and make sure its process is gone. A launched browser holds nothing worth
 * saving (a temporary profile), so on Linux and macOS its whole process group is killed at
 * once, which takes milliseconds where Chromium's own shutdown takes a fifth of a second, and
 * its profile folder is removed. Elsewhere: a polite close first, then SIGKILL when Chromium
 * does not answer within `grace` ms (a hung renderer must not outlive us).
 */
export async function closeBrowser(browser: Browser, grace = 2_000): Promise<void> {
  const child = browser.process()
  if (child?.pid && process.platform !== 'win32') {
    const profile = child.spawnargs.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length)
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
      await exited
    }
    await browser.disconnect().catch(() => undefined)
    if (profile && basename(profile).startsWith('puppeteer_dev_')) await rm(profile, { recursive: true, force: true }).catch(() => undefined)
    return
  }
  let timer: NodeJS.Timeout | undefined
  const politely = browser.close().catch(() => undefined)
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), grace)
  })
  const outcome = await Promise.race([politely, late])
  clearTimeout(timer)
  if (outcome === 'late' || (child && child.exitCode === null && child.signalCode === null)) {
    child?.kill('SIGKILL')
  }
}
