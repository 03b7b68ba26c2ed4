/**
 * The deck app: starts Reveal on the slides already in the page, with the configuration
 * the build wrote into `<script id="lectern-config">`. In `lectern dev`, it also swaps in
 * new slides when the article is saved, staying on the current slide.
 */
import type Reveal from 'reveal.js'
import type { RevealConfig } from 'reveal.js'
import 'reveal.js/reset.css'
import 'reveal.js/reveal.css'
import './fonts.css'
import './base.css'
import './print.css'
import { fitDeck, picturesSized, type SlideFit } from './fit.ts'
import { stillFrames } from './still-frames.ts'
import { layOutForPrint, loadPrintResources, parseSlideRange, printMargin, type PageSize } from './print.ts'
import type { ClientConfig } from '../core/page.ts'
import { shareMathStyleWithSpeakerView } from './speaker-math.ts'

/** Reveal accepts these at run time, but its typings do not. */
type LecternRevealConfig = Omit<RevealConfig, 'defaultTiming' | 'showNotes'> & {
  defaultTiming?: number | null
  showNotes?: boolean | 'separate-page'
}

declare global {
  interface Window {
    /** The running deck, for the PDF exporter and tests (no Reveal in lectern's print view). */
    lectern?: {
      reveal?: InstanceType<typeof Reveal>
      config: ClientConfig
      /** In lectern's print view: the size of its pages, for a print at exactly that size. */
      pageSize?: PageSize
      /** Slides whose content was scaled down to fit, or still overflows (see fit.ts). */
      fit?: SlideFit[]
    }
  }
}

function readConfig(): ClientConfig {
  const element = document.getElementById('lectern-config')
  return JSON.parse(element?.textContent ?? '{}') as ClientConfig
}

const config = readConfig()
const params = new URLSearchParams(location.search)

// A classic script, not a module: a built deck opens from disk (file://), where module
// scripts are blocked. So no top-level await.
void start()

async function start(): Promise<void> {
  if (params.has('print-pdf')) {
    // lectern's own print view: no Reveal, nothing positioned (see print.ts). The exporter
    // asks for the pages without an on-screen preview, for a long deck for a part of it, and
    // with `pdf-fragments` for a page per fragment step.
    const preview = !params.has('pdf-export')
    const pageSize = layOutForPrint(config, document, {
      preview,
      only: parseSlideRange(params.get('slides')),
      steps: params.has('pdf-fragments'),
    })
    // Printed for slides.pdf only, the speaker notes stay hidden: no need for their characters.
    await Promise.all([loadPrintResources(document, { notes: preview }), picturesSized(document)])
    // An animated GIF prints as the frame it shows: its fullest, not its first (still-frames.ts).
    await stillFrames(document)
    window.lectern = { config, pageSize, fit: onePerSlide(fitAll()) }
    document.documentElement.dataset.lecternReady = 'true'
    document.querySelector('.reveal')?.dispatchEvent(new Event('pdf-ready', { bubbles: true }))
  } else {
    await startReveal()
  }
}

/** Fit every slide's content on its slide (fit.ts). */
function fitAll(): SlideFit[] {
  const fontSize = parseFloat(getComputedStyle(document.querySelector('.reveal') ?? document.documentElement).fontSize) || 32
  return fitDeck(document, { width: config.reveal.width, fontSize })
}

/** A slide printed at each of its steps once: its last step, complete. */
function onePerSlide(fit: SlideFit[]): SlideFit[] {
  return [...new Map(fit.map((slide) => [slide.id, slide])).values()]
}

/** Reveal, on screen. */
async function startReveal(): Promise<void> {
  const [{ default: Reveal }, { default: Notes }] = await Promise.all([import('reveal.js'), import('reveal.js/plugin/notes')])
  const revealConfig: LecternRevealConfig = {
    ...config.reveal,
    slideNumber: config.reveal.slideNumber as RevealConfig['slideNumber'],
    transition: config.reveal.transition as RevealConfig['transition'],
    center: false,
    margin: printMargin,
    controls: true,
    progress: true,
    overview: true,
    keyboard: true,
    plugins: [Notes],
  }
  const deck = new Reveal(revealConfig as RevealConfig)
  await deck.initialize()
  shareMathStyleWithSpeakerView()
  window.lectern = { reveal: deck, config }
  await fitOnScreen()
  document.documentElement.dataset.lecternReady = 'true'

  if (import.meta.hot) {
    import.meta.hot.on('lectern:update', (update: { html: string; config: ClientConfig }) => {
      const { h, v, f } = deck.getIndices()
      const slides = document.querySelector('.reveal .slides')
      if (!slides) return
      slides.innerHTML = update.html
      document.title = update.config.meta.title
      window.lectern = { reveal: deck, config: update.config }
      deck.sync()
      deck.slide(h, v, f)
      void fitOnScreen()
      document.documentElement.dataset.lecternVersion = String(Number(document.documentElement.dataset.lecternVersion ?? 0) + 1)
    })
  }
}

/** Fit the slides once their pictures have sizes, and again when the fonts they use have loaded. */
async function fitOnScreen(): Promise<void> {
  await picturesSized(document)
  window.lectern!.fit = fitAll()
  // Laying the slides out asks for the faces they use; in them, text takes other room.
  if (document.fonts.status !== 'loaded') {
    await document.fonts.ready
    window.lectern!.fit = fitAll()
  }
}
