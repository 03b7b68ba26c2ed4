/*
 * Chromium prints an animated GIF as the frame it shows at that moment: in a print view
 * loaded a moment ago, its first, which many animations leave blank or fading in. Before
 * printing, each animated picture is swapped for a still of its fullest frame: the one whose
 * pixels vary the most (a blank, a fade or a flat background vary least), decoded with
 * WebCodecs' ImageDecoder, which Chromium has; where it is missing, the picture is left alone.
 */

/** Frames sampled at most, evenly spaced: a long animation is not decoded whole. */
const sampledFrames = 24
/** Side of the thumbnail each frame is measured on, in pixels. */
const sampleSide = 32

interface FrameDecoder {
  readonly tracks: {
    readonly ready: Promise<unknown>
    readonly selectedTrack: { readonly frameCount: number; readonly animated: boolean } | null
  }
  decode(options: {
    frameIndex: number
  }): Promise<{ image: CanvasImageSource & { displayWidth: number; displayHeight: number; close(): void } }>
  close(): void
}

type DecoderConstructor = new (init: { data: ArrayBuffer; type: string }) => FrameDecoder

/** Swap every animated GIF on the slides for a still of its fullest frame (see above). */
export async function stillFrames(root: ParentNode): Promise<void> {
  const Decoder = (globalThis as { ImageDecoder?: DecoderConstructor }).ImageDecoder
  if (!Decoder) return
  const images = [...root.querySelectorAll<HTMLImageElement>('.reveal .slides img')].filter((image) => /\.gif(?:[?#]|$)/i.test(image.src))
  await Promise.all(images.map((image) => stillFrame(image, Decoder).catch(() => undefined)))
}

async function stillFrame(image: HTMLImageElement, Decoder: DecoderConstructor): Promise<void> {
  const response = await fetch(image.src)
  if (!response.ok) return
  const decoder = new Decoder({ data: await response.arrayBuffer(), type: 'image/gif' })
  try {
    await decoder.tracks.ready
    const track = decoder.tracks.selectedTrack
    if (!track?.animated || track.frameCount < 2) return
    const step = Math.max(1, Math.floor(track.frameCount / sampledFrames))
    const sample = document.createElement('canvas')
    sample.width = sampleSide
    sample.height = sampleSide
    const context = sample.getContext('2d', { willReadFrequently: true })!
    let best = { index: 0, spread: -1 }
    for (let index = 0; index < track.frameCount; index += step) {
      const { image: frame } = await decoder.decode({ frameIndex: index })
      context.clearRect(0, 0, sampleSide, sampleSide)
      context.drawImage(frame, 0, 0, sampleSide, sampleSide)
      frame.close()
      const spread = luminanceSpread(context.getImageData(0, 0, sampleSide, sampleSide).data)
      if (spread > best.spread) best = { index, spread }
    }
    const { image: frame } = await decoder.decode({ frameIndex: best.index })
    const still = document.createElement('canvas')
    still.width = frame.displayWidth
    still.height = frame.displayHeight
    still.getContext('2d')!.drawImage(frame, 0, 0)
    frame.close()
    const loaded = new Promise((done) => image.addEventListener('load', done, { once: true }))
    image.src = still.toDataURL('image/png')
    await loaded
  } finally {
    decoder.close()
  }
}

/** The standard deviation of the pixels' luminance, transparent ones counted as white paper. */
function luminanceSpread(pixels: Uint8ClampedArray): number {
  let sum = 0
  let squares = 0
  const count = pixels.length / 4
  for (let at = 0; at < pixels.length; at += 4) {
    const alpha = pixels[at + 3] / 255
    const light = (0.2126 * pixels[at] + 0.7152 * pixels[at + 1] + 0.0722 * pixels[at + 2]) * alpha + 255 * (1 - alpha)
    sum += light
    squares += light * light
  }
  const mean = sum / count
  return Math.sqrt(Math.max(0, squares / count - mean * mean))
}
