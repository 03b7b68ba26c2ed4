/** Which PDF a step is about. */
export type PdfKind = 'slides' | 'handout'

/**
 * What an export reports while it runs. The exporter never prints: the CLI turns these
 * into a progress line (see `describeProgress`).
 */
export type ProgressEvent =
  | { step: 'browser' }
  | { step: 'render'; pdf: PdfKind; slides: number }
  | { step: 'write'; pdf: PdfKind; pages: number }
  | { step: 'done'; pdf: PdfKind; file: string; pages: number; bytes: number }

/** One short line per event, step first ("render: slides.pdf, 10 slides"), for a terminal or a log. Pure. */
export function describeProgress(event: ProgressEvent): string {
  switch (event.step) {
    case 'browser':
      return 'browser: ready'
    case 'render':
      return `render: ${event.pdf}.pdf, ${plural(event.slides, 'slide')}`
    case 'write':
      return `write: ${event.pdf}.pdf, ${plural(event.pages, 'page')}`
    case 'done':
      return `write: ${event.file}, ${plural(event.pages, 'page')}, ${formatBytes(event.bytes)}`
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** `12 kB` or `1.8 MB`, as the CLI reports a file's size. Pure. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
