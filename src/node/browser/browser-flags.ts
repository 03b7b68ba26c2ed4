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
 * (a long deck's parts). Nobody sees it in a headless browser, and each costs CPU that an
 * export on two cores waits for (docs/benchmarks.md).
 */
export const disabledFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']

/**
 * Flags Puppeteer's own launcher adds for automation (its `defaultArgs`), among them the two
 * that make Chromium tag its PDFs and give them an outline. Copied, as lectern starts
 * Chromium itself; a test compares them with the installed Puppeteer's.
 */
export const automationArgs = [
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

/** Every argument lectern starts Chromium with, its temporary profile in `profile`. */
export function chromiumArgs(profile: string): string[] {
  return [...automationArgs, ...browserArgs, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank']
}
