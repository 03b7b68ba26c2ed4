import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, dirname, relative, resolve, sep } from 'node:path'
import type { AssetReference } from '../core/index.ts'
import { downloadImage, DownloadProblem, type DownloadedImage, type DownloadLimits } from './download-image.ts'

/** How a build treats the article's images. */
export interface ImageOptions extends DownloadLimits {
  /** Download no remote image: each becomes a placeholder with a warning. Default false. */
  offline?: boolean
  /** Downloads at once. Default 4. */
  parallel?: number
  /** Images already downloaded, by URL (the dev server keeps them across saves). */
  cache?: Map<string, DownloadedImage>
}

/** An image the deck cannot show, and why, for the build's one warning. */
export interface UnavailableImage {
  asset: AssetReference
  why: string
}

/** What a build does with the article's images. */
export interface ImagePlan {
  /** Where each image goes in the deck (`null`: a placeholder); only images whose URL changes. */
  sources: Map<string, string | null>
  /** Local files to copy: the real file (symlinks resolved) to its path in the deck. */
  copies: Array<{ from: string; to: string }>
  /** Downloaded images, to write at their path in the deck. */
  downloads: Array<{ to: string; bytes: Uint8Array }>
  unavailable: UnavailableImage[]
}

/** The deck folder for downloaded images, named by a hash of their URL. */
export const remoteImagesDir = 'remote-images'

/**
 * Decide, for every image the article uses, whether the deck can ship it: a local file must
 * exist and really be inside the article's folder (a symlink pointing outside counts as
 * outside: only the article's own files are ever read); a remote image must download (unless
 * `offline`). Nothing here throws for a bad image: it becomes a placeholder and a warning.
 */
export async function planImages(assets: AssetReference[], articleDir: string, options: ImageOptions = {}): Promise<ImagePlan> {
  const plan: ImagePlan = { sources: new Map(), copies: [], downloads: [], unavailable: [] }
  const root = await realpath(articleDir).catch(() => resolve(articleDir))
  const checked = new Map<string, Awaited<ReturnType<typeof checkLocal>>>()
  const remote: AssetReference[] = []
  for (const asset of assets) {
    if (asset.remote && asset.inHtml) {
      // Raw HTML is where an article hides loads: a remote picture there is never fetched, even at build time.
      plan.sources.set(asset.url, null)
      plan.unavailable.push({ asset, why: 'in raw HTML: not downloaded' })
      continue
    }
    if (asset.remote) {
      remote.push(asset)
      continue
    }
    const first = !checked.has(asset.url)
    if (first) checked.set(asset.url, await checkLocal(asset.url, articleDir, root))
    const result = checked.get(asset.url)!
    if ('why' in result) {
      plan.sources.set(asset.url, null)
      plan.unavailable.push({ asset, why: result.why })
    } else {
      if (first && !plan.copies.some((copy) => copy.to === result.to)) plan.copies.push(result)
      // A site-root path names the copy by where it was found: the deck is not served from the site's root;
      // so does a name without its extension.
      if (asset.url.startsWith('/') || result.named) plan.sources.set(asset.url, encodeURI(result.to))
    }
  }
  await downloadAll(remote, plan, options)
  return plan
}

/**
 * Folders inside the article's folder where a site-root path (`/assets/x.jpg`, as every
 * Jekyll, Hugo or Zola post writes) may live: the folder itself stands for the site's root,
 * then Hugo's and Zola's `static/`, the `public/` of many others, and `assets/`.
 */
const siteRoots = ['', 'static', 'public', 'assets']

async function checkLocal(
  url: string,
  articleDir: string,
  root: string,
): Promise<{ from: string; to: string; named?: true } | { why: string }> {
  let path: string
  try {
    path = decodeURI(url.replace(/[?#].*$/, ''))
  } catch {
    path = url
  }
  if (!path.startsWith('/')) {
    const found = await checkInside(path, articleDir, root)
    return 'why' in found && found.why === 'not found' ? ((await byNameStart(path, articleDir, root)) ?? found) : found
  }
  // Never outside the article's folder: `/x` is looked up under it, never at the disk's root.
  const tried: string[] = []
  for (const folder of siteRoots) {
    const candidate = folder ? `${folder}${path}` : `.${path}`
    const result = await checkInside(candidate, articleDir, root)
    if ('to' in result) return result
    if (result.why !== 'not found') return result
    tried.push(candidate.replace(/^\.\//, ''))
  }
  // A Hugo page bundle or a post's own folder keeps its pictures beside the article, while the
  // article names them by the address the site serves them at
  // (`/blog/2023/08/my-post/shot.webp` for `my-post/shot.webp` next to `my-post.md`): the
  // path's tail, longest first, is looked up in the article's folder.
  const segments = path.split('/').filter(Boolean)
  for (let start = 1; start < segments.length; start++) {
    const candidate = segments.slice(start).join('/')
    const result = await checkInside(candidate, articleDir, root)
    if ('to' in result) return result
    if (result.why !== 'not found') return result
    tried.push(candidate)
  }
  return {
    why: `${siteRootMiss} at ${tried.join(', ')} in the article's folder; put the pictures in the article's folder (keeping their path) or write paths relative to the article`,
  }
}

/** How a site-root path's miss opens (see warn-images.ts, which says the rest once for several). */
export const siteRootMiss = 'a site-root path: not found'
/** Where site-root paths are looked for, and what to do when they are not found. */
export const siteRootAdvice =
  "site-root paths (`/img/x.png`) are looked up in the article's folder and in its static/, public/ and assets/ folders: put the pictures there, keeping their paths, or write paths relative to the article"

/** File extensions of pictures a name without one may stand for. */
const pictureExtensions = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i

/**
 * A picture named without its extension, by the start of its file name, as Hugo's page
 * resources are (`{{< imgproc kubecon-welcome … >}}` for `kubecon-welcome-featured.jpg`): the
 * first such picture, by name, in the folder the path names, inside the article's folder.
 */
async function byNameStart(path: string, articleDir: string, root: string): Promise<{ from: string; to: string; named: true } | undefined> {
  if (/\.[\w]{2,5}$/.test(path) || path.includes('..')) return undefined
  const folder = dirname(path)
  const start = basename(path)
  // (Only a folder really inside the article's: a folder that is a symlink elsewhere is not listed.)
  const real = await realpath(resolve(articleDir, folder)).catch(() => undefined)
  const fromRoot = real === undefined ? '..' : relative(root, real)
  if (fromRoot.startsWith('..') || resolve(root, fromRoot) !== real) return undefined
  const names = await readdir(real).catch(() => [] as string[])
  const name = names.filter((each) => each.startsWith(start) && pictureExtensions.test(each)).sort()[0]
  if (!name) return undefined
  const found = await checkInside(folder === '.' ? name : `${folder}/${name}`, articleDir, root)
  return 'to' in found ? { ...found, named: true } : undefined
}

async function checkInside(path: string, articleDir: string, root: string): Promise<{ from: string; to: string } | { why: string }> {
  const absolute = resolve(articleDir, path)
  const inside = relative(articleDir, absolute)
  if (path.startsWith('/') || inside.startsWith('..') || inside === '') return { why: "outside the article's folder" }
  const real = await realpath(absolute).catch(() => undefined)
  if (!real) return { why: 'not found' }
  const fromRoot = relative(root, real)
  if (fromRoot.startsWith('..') || fromRoot === '' || resolve(root, fromRoot) !== real) {
    return { why: "a symlink to outside the article's folder" }
  }
  const info = await stat(real).catch(() => undefined)
  if (!info?.isFile()) return { why: 'not a file' }
  return { from: real, to: inside.split(sep).join('/') }
}

/** Download the remote images, a few at a time; each distinct URL once. */
async function downloadAll(assets: AssetReference[], plan: ImagePlan, options: ImageOptions): Promise<void> {
  const urls = [...new Set(assets.map((asset) => asset.url))]
  const results = new Map<string, DownloadedImage | string>()
  if (options.offline) for (const url of urls) results.set(url, 'not downloaded (--offline)')
  else {
    let next = 0
    const worker = async () => {
      while (next < urls.length) {
        const url = urls[next++]
        const cached = options.cache?.get(url)
        const result =
          cached ??
          (await downloadImage(url, options).catch((error: unknown) => {
            if (error instanceof DownloadProblem) return `download failed: ${error.message}`
            throw error
          }))
        if (typeof result !== 'string') options.cache?.set(url, result)
        results.set(url, result)
      }
    }
    await Promise.all(Array.from({ length: Math.min(options.parallel ?? 4, urls.length) }, worker))
  }
  for (const url of urls) {
    const result = results.get(url)!
    if (typeof result === 'string') {
      plan.sources.set(url, null)
    } else {
      const to = `${remoteImagesDir}/${result.name}`
      plan.sources.set(url, to)
      plan.downloads.push({ to, bytes: result.bytes })
    }
  }
  for (const asset of assets) {
    const result = results.get(asset.url)
    if (typeof result === 'string') plan.unavailable.push({ asset, why: result })
  }
}
