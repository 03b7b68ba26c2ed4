#!/usr/bin/env node
// `npm run setup`: everything a fresh clone needs to turn the sample article into a deck and
// two PDFs. Installs the npm dependencies, makes sure a Chrome or Chromium exists (the same
// lookup lectern uses; else Puppeteer's download; else, as root on Debian/Ubuntu, apt), then
// runs `lectern pdf` on the sample so that dist/aws-founding-story/ holds the deck and both PDFs.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cacheDir = process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer')

function run(command, args, options = {}) {
  console.log(`> ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...options })
  return result.status === 0
}

function step(text) {
  console.log(`\nsetup: ${text}`)
}

step('installing npm dependencies')
if (!run('npm', ['install', '--no-audit', '--no-fund'])) {
  console.error('setup: npm install failed; see the messages above')
  process.exit(1)
}

/** lectern's own lookup (src/node/browser.ts), so there is one list of places; undefined when none is found. */
async function findBrowser() {
  const { tsImport } = await import('tsx/esm/api')
  const { findBrowser } = await tsImport('../src/node/browser/index.ts', import.meta.url)
  return findBrowser().catch(() => undefined)
}

step('looking for Chrome or Chromium')
let browser = await findBrowser()
if (!browser) {
  step('none found; downloading Chrome Headless Shell with @puppeteer/browsers')
  run('npx', ['--no-install', '@puppeteer/browsers', 'install', 'chrome-headless-shell@stable', '--path', cacheDir])
  browser = await findBrowser()
}
if (!browser && process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
  step('download failed; installing Debian’s chromium with apt-get (running as root)')
  run('apt-get', ['update'])
  run('apt-get', ['install', '-y', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  browser = await findBrowser()
}
if (!browser) {
  console.error(
    'setup: no Chrome or Chromium could be found or installed. Install Chrome or Chromium, then run\n' +
      '  PUPPETEER_EXECUTABLE_PATH=/path/to/chrome npm run setup',
  )
  process.exit(1)
}
console.log(`setup: using ${browser}`)

step('building the sample talk and its PDFs')
if (!run(process.execPath, ['bin/lectern.js', 'pdf', 'content/aws-founding-story.md'])) process.exit(1)
console.log('\nsetup: done. dist/aws-founding-story/ holds the deck (index.html), slides.pdf and handout.pdf.')
console.log('       Open dist/aws-founding-story/index.html in a browser (it needs no server), or run')
console.log('       `npx lectern dev content/aws-founding-story.md` for live updates as you edit.')

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'))
}
