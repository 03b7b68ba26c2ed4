import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fitFloor } from '../../src/client/fit.ts'
import { buildDeck } from '../../src/node/build.ts'
import { scaffoldTheme } from '../../src/node/scaffold-theme.ts'
import { runCli } from '../helpers/cli.ts'
import { closeBrowser, closeDeck, openDeck } from '../helpers/deck-page.ts'
import { normalise, readPdf } from '../helpers/read-pdf.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-lists-'))
const article = join(work, 'talk.md')
const customTheme = join(work, 'themes', 'paper')

/** Numbered steps of several sentences each (as a tutorial writes them), then points beside a list of the article's own. */
const markdown = `# Lists on slides

## Setting up

1. Install the command-line tool from the package registry before anything else. It brings the compiler, the formatter and a test runner. Check the version it prints, since older releases lack the watch mode.
2. Create a configuration file at the root of the repository. List the folders that hold sources and the ones that hold generated code. The tool reads nothing outside these folders, which keeps builds quick.
3. Run the first build with the verbose flag turned on. It prints every file it compiles and how long each one took. Slow files usually import a large library that could be loaded lazily.

## What the survey asked

Respondents could answer in fourteen languages, and most of them chose English.

- English: 69.6%
- Chinese: 10.8%
- German: 4.3%

More people answered than in any year before, which makes the numbers steadier.

## Before you start

**Changes in Service:** We updated the privacy policy. We recommend reviewing the changes before the workshop.
{: .notice--info}

## Action items

- [ ] Write the incident report
- [x] Hold a retrospective about the incident

## What it took

What it ended up taking:

- Four months of planning, from August to December
- Organised teams responsible for
${Array.from({ length: 14 }, (_, i) => `  - Team ${i + 1}, whose members set up and ran part number ${i + 1} of the conference, from the website to the recordings`).join('\n')}
- Running the conference through a company of its own

## Run it

The script prints twenty sample names when it is done:

\`\`\`
${Array.from({ length: 20 }, (_, i) => `sample ${String(i + 1).padStart(2)}: name number ${i + 1} from the trained model`).join('\n')}
\`\`\`
`

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

beforeAll(async () => {
  mkdirSync(work, { recursive: true })
  writeFileSync(article, markdown)
  await scaffoldTheme('paper', work, { background: '#fdf6e3', text: '#3b3228', headings: '#7a2e0e', accent: '#2a7f62' })
})

/** How the lists look on the deck's slides, as the browser draws them. */
function look(page: Page) {
  return page.evaluate(() => {
    const slide = (id: string) => document.getElementById(id)!
    const steps = [...slide('setting-up').querySelectorAll<HTMLElement>('ul.lectern-points > li')]
    const survey = slide('what-the-survey-asked')
    const point = survey.querySelector<HTMLElement>('ul.lectern-points > li')!
    const item = survey.querySelector<HTMLElement>(':scope > ul:not(.lectern-points) > li')!
    const list = item.parentElement!
    const callout = slide('before-you-start').querySelector<HTMLElement>('blockquote.lectern-callout')
    const task = slide('action-items').querySelector<HTMLElement>('li.task-list-item')!
    const box = task.querySelector<HTMLElement>('input')!.getBoundingClientRect()
    return {
      taskMarker: getComputedStyle(task, '::marker').content,
      // The box stands where the dash would, inside the slide, and no taller than the words beside it.
      taskBox: box.left >= slide('action-items').getBoundingClientRect().left && box.height <= task.getBoundingClientRect().height,
      steps: steps.map((li) => {
        const number = li.querySelector<HTMLElement>('.lectern-step')!
        const box = number.getBoundingClientRect()
        const text = li.getBoundingClientRect()
        return {
          number: number.textContent,
          bullet: getComputedStyle(li, '::before').content,
          numberColour: getComputedStyle(number).color,
          // The number starts the item, inside the slide.
          numberFirst: box.left <= text.left + 1 && box.left >= slide('setting-up').getBoundingClientRect().left,
          words: (li.textContent ?? '').trim().split(/\s+/).length,
        }
      }),
      accent: getComputedStyle(document.documentElement).getPropertyValue('--lectern-accent').trim() !== '',
      pointMarker: getComputedStyle(point, '::before').content,
      itemMarker: getComputedStyle(item, '::marker').content,
      listRule: getComputedStyle(list).borderInlineStartWidth,
      itemLeft: item.getBoundingClientRect().left,
      pointLeft: point.getBoundingClientRect().left,
      callout: callout ? getComputedStyle(callout).backgroundColor : undefined,
      // An item cut across slides, at any depth, goes on without a mark of its own (review 146, a conference's recap, whose
      // nested list went on under an empty dash).
      continuedMarkers: [...document.querySelectorAll<HTMLElement>('li.lectern-continued')].map(
        (li) => getComputedStyle(li, '::marker').content,
      ),
    }
  })
}

describe.each(['lectern', 'night', 'meetup', 'custom'])('lists in the %s theme', (theme) => {
  let outDir: string
  beforeAll(async () => {
    const built = await buildDeck({
      article,
      outDir: join(work, `deck-${theme}`),
      overrides: { theme: theme === 'custom' ? join(customTheme, 'theme.css') : theme },
    })
    outDir = built.outDir
  })

  it.each([
    ['on screen', ''],
    ['in the print view', '?print-pdf'],
  ])('should number the steps’ points and set the article’s list apart from the points %s', async (_, query) => {
    const deck = await openDeck(outDir, query)
    try {
      const seen = await look(deck.page)
      expect(seen.steps.map((step) => step.number)).toEqual(['1.', '2.', '3.'])
      for (const step of seen.steps) {
        expect(step.bullet).toBe('none')
        expect(step.numberFirst).toBe(true)
        expect(step.words).toBeLessThanOrEqual(20)
      }
      // The points keep their dot; the article's items get a dash, behind a rule, further in.
      expect(seen.pointMarker).toContain('•')
      expect(seen.itemMarker).toContain('–')
      // (A task list's box is its mark: no dash beside it.)
      expect(seen.taskMarker).toBe('none')
      expect(seen.taskBox).toBe(true)
      expect(Number.parseFloat(seen.listRule)).toBeGreaterThan(0)
      expect(seen.itemLeft).toBeGreaterThan(seen.pointLeft + 10)
      expect(seen.callout).toBeDefined()
      expect(seen.callout).not.toBe('rgba(0, 0, 0, 0)')
      expect(seen.continuedMarkers.length).toBeGreaterThan(0)
      for (const marker of seen.continuedMarkers) expect(marker).toBe('none')
      // Nothing cut off: twenty lines of output fill one slide, shrunk no further than the floor.
      const fit = await deck.page.evaluate(() => window.lectern!.fit!)
      expect(fit.filter((slide) => slide.overflow)).toEqual([])
      expect(await deck.page.$$eval('#run-it pre', (pres) => pres.length)).toBe(1)
      expect(fit.find((slide) => slide.id === 'run-it')?.scale ?? 1).toBeGreaterThanOrEqual(fitFloor)
      const past = await deck.page.$eval('#run-it pre', (pre) => {
        const slide = pre.closest('section')!.getBoundingClientRect()
        const box = pre.getBoundingClientRect()
        return box.bottom > slide.bottom + 1 || box.right > slide.right + 1
      })
      expect(past).toBe(false)
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('lists in slides.pdf and the handout', () => {
  it('should print the numbered points on the slides and each step whole, numbered, in the handout', async () => {
    const out = join(work, 'pdf')
    const result = await runCli(['pdf', article, '--out', out, '--theme', join(customTheme, 'theme.css')])
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/warning/)
    const slides = await readPdf(join(out, 'slides.pdf'))
    const steps = normalise(slides.text.find((text) => text.includes('Setting up')) ?? '')
    expect(steps).toMatch(/1\.\s*\S/)
    expect(steps).toMatch(/3\.\s*\S/)
    // The slide shows points, not the steps' paragraphs.
    expect(steps).not.toContain('older releases lack the watch mode')
    const handout = normalise((await readPdf(join(out, 'handout.pdf'))).text.join(' '))
    expect(handout).toContain('Check the version it prints, since older releases lack the watch mode.')
    expect(handout).toContain('Slow files usually import a large library that could be loaded lazily.')
  })
})
