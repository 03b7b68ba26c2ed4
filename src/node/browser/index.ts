export { findBrowser, noBrowserHelp, puppeteerCacheDir } from './find-browser.ts'
export { browserArgs } from './browser-flags.ts'
export { closeBrowser, launchBrowser } from './launch-browser.ts'
