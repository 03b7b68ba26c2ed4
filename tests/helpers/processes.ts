import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** Direct children of `parent` (pgrep -P); empty when there are none. */
export function childrenOf(parent: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(parent)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number)
  } catch {
    return []
  }
}

/** A process and all its descendants, as they are right now. */
export function processTree(root: number): number[] {
  const found = [root]
  for (let index = 0; index < found.length; index++) found.push(...childrenOf(found[index]))
  return found
}

/** True while the process runs; an exited process waiting to be reaped (a zombie) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/**
 * The processes of `pids` still running after up to `within` ms: Chromium's crash handler, which
 * lectern does not start and cannot kill (it leaves the browser's process group), exits on its
 * own a moment after the browser it watches, sometimes just after the command has returned.
 */
export async function stillRunning(pids: Iterable<number>, within = 2000): Promise<number[]> {
  const deadline = Date.now() + within
  let running = [...pids].filter(isAlive)
  while (running.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    running = running.filter(isAlive)
  }
  return running
}

/** Process name from /proc, or '' once it is gone. */
export function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
  } catch {
    return ''
  }
}

/** Record every Chromium process under `root` while `during` runs (sampling every 50 ms). */
export async function watchChromium<T>(
  root: number,
  during: () => Promise<T>,
): Promise<{ result: PromiseSettledResult<T>; seen: Set<number> }> {
  const seen = new Set<number>()
  const sample = () => {
    for (const pid of processTree(root)) if (pid !== root && /chrom/i.test(processName(pid))) seen.add(pid)
  }
  const timer = setInterval(sample, 50)
  const [result] = await Promise.allSettled([during()])
  clearInterval(timer)
  return { result, seen }
}
