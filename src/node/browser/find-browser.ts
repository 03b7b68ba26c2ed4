import { access, constants, readdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { LecternError } from '../../core/errors.ts'

/** Where Puppeteer keeps the browsers it downloads, read when asked, as Puppeteer reads it. */
export function puppeteerCacheDir(): string {
  return process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer')
}

/** The usual places a Chromium or Chrome is installed, per platform, in order of preference. */
export const systemPaths: Record<string, string[]> = {
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

/** How to get a browser, said wherever one is missing. */
const whereToGetOne =
  'Run `npm run setup` (downloads one, or installs Debian’s chromium as root), ' +
  'install Chrome or Chromium yourself, or pass --browser PATH / set PUPPETEER_EXECUTABLE_PATH'

/** The message when no browser is found anywhere. */
export const noBrowserHelp = `no Chrome or Chromium found. ${whereToGetOne}`

/**
 * Find a browser: `explicit` (the --browser flag) or PUPPETEER_EXECUTABLE_PATH, then a
 * browser Puppeteer installed, then the usual system `places`.
 */
export async function findBrowser(explicit?: string, places: readonly string[] = systemPaths[process.platform] ?? []): Promise<string> {
  const requested = explicit ?? process.env.PUPPETEER_EXECUTABLE_PATH
  if (requested) {
    if (await isExecutable(requested)) return requested
    throw new LecternError(`the browser ${requested} does not exist or is not executable. ${whereToGetOne}`)
  }
  const installed = await puppeteerInstalledBrowser()
  if (installed) return installed
  for (const path of places) if (await isExecutable(path)) return path
  throw new LecternError(noBrowserHelp)
}

/** The newest Chrome (or headless shell) Puppeteer downloaded into its cache, if any. */
async function puppeteerInstalledBrowser(): Promise<string | undefined> {
  // Loading @puppeteer/browsers takes a while (docs/benchmarks.md); skip it unless its cache
  // holds a browser (a download that failed leaves empty folders).
  const cacheDir = puppeteerCacheDir()
  const kinds = await readdir(cacheDir).catch(() => [] as string[])
  const versions = await Promise.all(kinds.map((kind) => readdir(join(cacheDir, kind)).catch(() => [] as string[])))
  if (!versions.some((list) => list.length > 0)) return undefined
  const { getInstalledBrowsers, Browser } = await import('@puppeteer/browsers')
  const browsers = await getInstalledBrowsers({ cacheDir }).catch(() => [])
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
