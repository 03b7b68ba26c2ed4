import { createHash } from 'node:crypto'

/** Limits of a build-time image download. */
export interface DownloadLimits {
  /** Give up on one image after this long, in milliseconds. Default 10 s. */
  timeout?: number
  /** Refuse an image larger than this, in bytes. Default 10 MB. */
  maxBytes?: number
}

/** A downloaded image: its bytes and the file name the deck keeps it under. */
export interface DownloadedImage {
  bytes: Uint8Array
  name: string
}

/** Why a download failed, in a few words for the warning. */
export class DownloadProblem extends Error {}

/**
 * Download a remote image for the deck: `http(s)://` or protocol-relative (as `https:`),
 * within a time and size limit, and only when its bytes are an image (by magic number,
 * whatever the server's Content-Type says). The name is a hash of the URL, so the same
 * image is one file however often the article uses it.
 */
export async function downloadImage(url: string, limits: DownloadLimits = {}): Promise<DownloadedImage> {
  const timeout = limits.timeout ?? 10_000
  const maxBytes = limits.maxBytes ?? 10 * 1024 * 1024
  const absolute = url.startsWith('//') ? `https:${url}` : url
  const signal = AbortSignal.timeout(timeout)
  let response: Response
  try {
    response = await fetch(absolute, { signal, redirect: 'follow', headers: { accept: 'image/*' } })
  } catch (error) {
    throw new DownloadProblem(signal.aborted ? `no answer within ${timeout / 1000} s` : `cannot connect (${reason(error)})`)
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new DownloadProblem(`the server answered ${response.status}`)
  }
  const bytes = await readLimited(response, maxBytes, signal, timeout)
  const type = imageType(bytes)
  if (!type) throw new DownloadProblem('not an image')
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 16)
  return { bytes, name: `${hash}.${type}` }
}

async function readLimited(response: Response, maxBytes: number, signal: AbortSignal, timeout: number): Promise<Uint8Array> {
  const tooLarge = () => new DownloadProblem(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB`)
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body?.getReader()
  try {
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
      size += part.value.byteLength
      if (size > maxBytes) {
        await reader!.cancel().catch(() => undefined)
        throw tooLarge()
      }
      chunks.push(part.value)
    }
  } catch (error) {
    if (error instanceof DownloadProblem) throw error
    throw new DownloadProblem(signal.aborted ? `no answer within ${timeout / 1000} s` : `the download broke off (${reason(error)})`)
  }
  return Buffer.concat(chunks)
}

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error)
}

/** The file extension for an image's bytes, or undefined when they are not an image a browser shows. */
export function imageType(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte)
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png'
  if (starts(0xff, 0xd8, 0xff)) return 'jpg'
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif'
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp'
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif'
  if (ascii(0, 2) === 'BM') return 'bmp'
  if (starts(0, 0, 1, 0)) return 'ico'
  // SVG is text: an optional BOM, XML declaration, comments or doctype, then <svg.
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '')
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head)) return 'svg'
  return undefined
}
