/**
 * The deck app: starts Reveal on the slides already in the page, with the configuration
 * the build wrote into `<script id="lectern-config">`. In `lectern dev`, it also swaps in
 * new slides when the article is saved, staying on the current slide.
 */
import Reveal from 'reveal.js'
import type { RevealConfig } from 'reveal.js'
import Notes from 'reveal.js/plugin/notes'
import 'reveal.js/reset.css'
import 'reveal.js/reveal.css'
import './fonts.css'
import './base.css'
import type { ClientConfig } from '../core/page.ts'

/** Reveal accepts these at run time, but its typings do not. */
type LecternRevealConfig = Omit<RevealConfig, 'defaultTiming' | 'showNotes'> & {
  defaultTiming?: number | null
  showNotes?: boolean | 'separate-page'
}

declare global {
  interface Window {
    /** The running deck, for the PDF exporter and tests. */
    lectern?: { reveal: InstanceType<typeof Reveal>; config: ClientConfig }
  }
}

function readConfig(): ClientConfig {
  const element = document.getElementById('lectern-config')
  return JSON.parse(element?.textContent ?? '{}') as ClientConfig
}

const config = readConfig()
const params = new URLSearchParams(location.search)
const revealConfig: LecternRevealConfig = {
  ...config.reveal,
  slideNumber: config.reveal.slideNumber as RevealConfig['slideNumber'],
  transition: config.reveal.transition as RevealConfig['transition'],
  center: false,
  margin: 0.04,
  controls: true,
  progress: true,
  overview: true,
  keyboard: true,
  // One PDF page per slide unless the exporter asks for fragments.
  pdfSeparateFragments: params.has('pdf-fragments'),
  pdfMaxPagesPerSlide: 1,
  plugins: [Notes],
}
const deck = new Reveal(revealConfig as RevealConfig)
await deck.initialize()
window.lectern = { reveal: deck, config }
document.documentElement.dataset.lecternReady = 'true'

if (import.meta.hot) {
  import.meta.hot.on('lectern:update', (update: { html: string; config: ClientConfig }) => {
    const { h, v } = deck.getIndices()
    const slides = document.querySelector('.reveal .slides')
    if (!slides) return
    slides.innerHTML = update.html
    document.title = update.config.meta.title
    window.lectern = { reveal: deck, config: update.config }
    deck.sync()
    deck.slide(h, v)
    document.documentElement.dataset.lecternVersion = String(Number(document.documentElement.dataset.lecternVersion ?? 0) + 1)
  })
}
