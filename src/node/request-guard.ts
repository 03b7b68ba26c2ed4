import type { Page } from 'puppeteer-core'

/**
 * Let a tab load only from the deck's own server: every other request (another port of
 * 127.0.0.1, an address on the network, a `<meta http-equiv="refresh">` the article's raw
 * HTML left with `allowHtml`) fails before it leaves the browser. The page's
 * Content-Security-Policy already refuses most of them; this also covers what a policy
 * cannot (navigations). Through the CDP Fetch domain on a session of its own rather than
 * Puppeteer's request interception, which also turns off the cache and wraps every request.
 */
export async function onlyRequestsTo(page: Page, url: string): Promise<void> {
  const origin = new URL(url).origin
  const session = await page.createCDPSession()
  session.on('Fetch.requestPaused', ({ requestId, request }) => {
    const own = URL.canParse(request.url) && new URL(request.url).origin === origin
    const answer = own
      ? session.send('Fetch.continueRequest', { requestId })
      : session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' })
    // The tab may close while a request waits: nothing then needs an answer.
    answer.catch(() => undefined)
  })
  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] })
}
