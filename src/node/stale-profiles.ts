import { readdir, readlink, rm, stat } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { isRunning } from './process-alive.ts'

/** Chromium profiles lectern makes are named `lectern-chromium-PID-XXXXXX`, PID being lectern's own. */
export const profilePrefix = 'lectern-chromium-'

/** A profile from a lectern before names carried its pid, with no browser in it for this long, is a killed run's. */
const oldProfileAge = 10 * 60_000

/**
 * Remove the Chromium profiles that killed runs left in `folders` (a kill -9 gives lectern
 * no chance to remove its own): those whose lectern is gone and whose Chromium, which exits
 * a few seconds after the pipe to lectern closes, has exited too.
 */
export async function removeStaleProfiles(folders: string[]): Promise<void> {
  await Promise.all(
    folders.map(async (folder) => {
      const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.startsWith(profilePrefix))
      await Promise.all(
        names.map(async (name) => {
          const profile = join(folder, name)
          if (await isStale(profile, name)) await rm(profile, { recursive: true, force: true }).catch(() => undefined)
        }),
      )
    }),
  )
}

async function isStale(profile: string, name: string): Promise<boolean> {
  if (await browserRuns(profile)) return false
  const owner = /^lectern-chromium-(\d+)-/.exec(name)
  if (owner) return !isRunning(Number(owner[1]))
  const info = await stat(profile).catch(() => undefined)
  return info !== undefined && Date.now() - info.mtimeMs > oldProfileAge
}

/** Chromium holds its profile with a link `SingletonLock` → `host-pid` while it runs. */
async function browserRuns(profile: string): Promise<boolean> {
  const target = await readlink(join(profile, 'SingletonLock')).catch(() => undefined)
  const match = target ? /^(.*)-(\d+)$/.exec(target) : null
  return match !== null && match[1] === hostname() && isRunning(Number(match[2]))
}
