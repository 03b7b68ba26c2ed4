import puppeteer from 'puppeteer-core'
import { describe, expect, it } from 'vitest'
import { automationArgs, browserArgs, chromiumArgs, disabledFeatures } from '../../src/node/browser/browser-flags.ts'

/*
 * lectern starts Chromium itself, with a copy of the flags Puppeteer's launcher would add.
 * When an upgrade of puppeteer-core changes them, this fails: bring automationArgs in line.
 */
const puppeteerDefaults = puppeteer.defaultArgs({ headless: true })

/** Puppeteer's defaults that lectern changes on purpose, and how. */
const changedOnPurpose: Record<string, (lectern: string[]) => void> = {
  // Chromium reads one --disable-features: lectern's features follow Puppeteer's in it.
  '--disable-features': (lectern) => {
    const ours = lectern.filter((flag) => flag.startsWith('--disable-features='))
    const theirs = puppeteerDefaults.find((flag) => flag.startsWith('--disable-features='))!
    expect(ours).toEqual([`${theirs},${disabledFeatures.join(',')}`])
  },
}

const nameOf = (flag: string) => flag.split('=')[0]

describe('the flags lectern starts Chromium with', () => {
  const lectern = chromiumArgs('/profile')

  it('should include every flag Puppeteer’s launcher adds, but those changed on purpose', () => {
    expect(puppeteerDefaults.length).toBeGreaterThan(20)
    const missing = puppeteerDefaults.filter((flag) => !(nameOf(flag) in changedOnPurpose) && !lectern.includes(flag))
    expect(missing).toEqual([])
    for (const check of Object.values(changedOnPurpose)) check(lectern)
  })

  it('should copy no flag Puppeteer’s launcher no longer adds', () => {
    const stale = automationArgs.filter((flag) => !(nameOf(flag) in changedOnPurpose) && !puppeteerDefaults.includes(flag))
    expect(stale).toEqual([])
  })

  it('should start Chromium headless, on an in-memory pipe, with its own profile', () => {
    expect(lectern).toContain('--headless=new')
    expect(lectern).toContain('--remote-debugging-pipe')
    expect(lectern).toContain('--user-data-dir=/profile')
    expect(browserArgs.some((flag) => flag.startsWith('--host-resolver-rules=MAP * ~NOTFOUND'))).toBe(true)
  })
})
