import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { DiagramRendering, DiagramSource } from '../../core/index.ts'
import { LecternError } from '../../core/errors.ts'
import { packageRoot } from '../package-root.ts'
import { writeFileAtomic } from '../write-atomic.ts'
import type { DiagramStyle, DrawOptions } from './draw-diagrams.ts'
import { drawScript } from './draw-script.ts'

/**
 * The drawings of an article's diagrams, by source. Each is cached on disk by a hash of its
 * source, the deck's styles and mermaid's version, so a rebuild or a save in `lectern dev`
 * draws only what changed, and a deck whose diagrams are all cached starts no browser.
 * A diagram mermaid cannot read is cached too (it fails the same way next time). When no
 * browser can be started, every diagram shows as code and the warning says why.
 */
export async function renderDiagrams(
  diagrams: DiagramSource[],
  style: DiagramStyle,
  options: DrawOptions = {},
): Promise<Map<string, DiagramRendering>> {
  const renderings = new Map<string, DiagramRendering>()
  const sources = [...new Set(diagrams.map((diagram) => diagram.source))]
  if (sources.length === 0) return renderings
  // Loaded only for an article with diagrams: it brings the browser's launcher and child processes.
  const { drawDiagrams, mermaidVersion } = await import('./draw-diagrams.ts')
  const styleKey = await styleHash(style, mermaidVersion)
  const dir = diagramCacheDir()
  const missing: Array<{ id: string; source: string; key: string }> = []
  for (const source of sources) {
    const key = createHash('sha256').update(styleKey).update('\0').update(source).digest('hex')
    const cached = await readCached(join(dir, `${key}.json`))
    if (cached) renderings.set(source, cached)
    else missing.push({ id: `lectern-diagram-${key.slice(0, 12)}`, source, key })
  }
  if (missing.length === 0) return renderings
  let drawn: DiagramRendering[]
  try {
    drawn = await drawDiagrams(missing, style, options)
  } catch (error) {
    // No browser, or one that failed: the diagrams show as code, and the next build tries again.
    const reason =
      error instanceof LecternError ? error.message : `the browser failed: ${String((error as Error).message ?? error).split('\n')[0]}`
    for (const job of missing) renderings.set(job.source, { error: reason })
    return renderings
  }
  await mkdir(dir, { recursive: true }).catch(() => undefined)
  for (const [index, job] of missing.entries()) {
    renderings.set(job.source, drawn[index])
    await writeCached(join(dir, `${job.key}.json`), drawn[index])
  }
  return renderings
}

/**
 * Where drawn diagrams are kept: `LECTERN_CACHE_DIR`, or the system's cache folder
 * (`$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows).
 */
export function diagramCacheDir(): string {
  if (process.env.LECTERN_CACHE_DIR) return join(process.env.LECTERN_CACHE_DIR, 'diagrams')
  const home = homedir()
  const base =
    process.platform === 'darwin'
      ? join(home, 'Library', 'Caches')
      : process.platform === 'win32'
        ? (process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
        : (process.env.XDG_CACHE_HOME ?? join(home, '.cache'))
  return join(base, 'lectern', 'diagrams')
}

/** Everything besides its source that a drawing depends on. */
async function styleHash(style: DiagramStyle, mermaidVersion: string): Promise<string> {
  const client = join(packageRoot, 'src/client')
  const [base, fonts] = await Promise.all([readFile(join(client, 'base.css'), 'utf8'), readFile(join(client, 'fonts.css'), 'utf8')])
  return createHash('sha256')
    .update(JSON.stringify([mermaidVersion, drawScript, base, fonts, style.themeCss, style.tweaksCss]))
    .digest('hex')
}

async function readCached(path: string): Promise<DiagramRendering | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as DiagramRendering
    return typeof value === 'object' && value && ('svg' in value || 'error' in value) ? value : undefined
  } catch {
    return undefined
  }
}

/** Written atomically: a reader never sees half a drawing. A cache that cannot be written is no error. */
async function writeCached(path: string, rendering: DiagramRendering): Promise<void> {
  // A read-only home: the next build draws again.
  await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(rendering))).catch(() => undefined)
}
