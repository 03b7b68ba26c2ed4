/**
 * True while process `pid` runs on this machine. A process of another user counts as
 * running (EPERM): only a process that is gone (ESRCH) lets lectern remove what it left.
 */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
