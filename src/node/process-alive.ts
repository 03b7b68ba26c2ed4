import { readFileSync } from 'node:fs'

/**
 * True while process `pid` runs on this machine. A process of another user counts as
 * running (EPERM): only a process that is gone (ESRCH) lets lectern remove what it left.
 * On Linux an exited process that nobody reaped counts as gone: a killed lectern's Chromium,
 * left to a container's init that never reaps, would otherwise seem to run for ever.
 */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  return process.platform !== 'linux' || !isZombie(pid)
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z'
  } catch {
    return false
  }
}

/**
 * When process `pid` started (clock ticks since boot, from /proc), to tell it from a later
 * process given the same pid; undefined where the system does not say.
 */
export function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}
