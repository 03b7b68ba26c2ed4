/**
 * Whole-process measurements for the benchmarks that compare lectern with Marp CLI: wall time
 * and the process tree's peak memory, runs alternated between the tools, medians.
 */
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

export interface Measure {
  ms: number
  /** Peak resident memory of the whole process tree, in bytes. */
  peak: number
}

/** Every process under `pid` (read from /proc, so Linux only). */
function tree(pid: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [pid]
  for (let index = 0; index < found.length; index++) found.push(...(children.get(found[index]) ?? []))
  return found
}

function rss(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return Number(kb ?? 0) * 1024
  } catch {
    return 0
  }
}

/**
 * How often the process tree's memory is sampled. Each sample reads every process in /proc:
 * every 20 ms that took a quarter of a core, which on a two-core machine slowed the commands
 * measured (lectern's export, which uses both cores, most). Memory peaks last far longer.
 */
const sampleEveryMs = 100

/** Run a command to completion: wall time, and the process tree's peak RSS sampled every `sampleEveryMs`. */
export function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    let peak = 0
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    const sample = () => {
      peak = Math.max(
        peak,
        tree(child.pid!).reduce((sum, pid) => sum + rss(pid), 0),
      )
    }
    const timer = setInterval(sample, sampleEveryMs)
    child.on('exit', (code) => {
      const ms = performance.now() - start
      clearInterval(timer)
      if (code === 0) resolve({ ms, peak })
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr}`))
    })
  })
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Alternate the commands `count` times (after one warm-up each, unless told not to); medians per command. */
export async function compare(
  count: number,
  commands: Record<string, () => Promise<Measure>>,
  { warmUp = true }: { warmUp?: boolean } = {},
): Promise<Record<string, Measure>> {
  const results: Record<string, Measure[]> = {}
  if (warmUp) for (const run of Object.values(commands)) await run()
  for (let index = 0; index < count; index++) {
    for (const [name, run] of Object.entries(commands)) (results[name] ??= []).push(await run())
  }
  return Object.fromEntries(
    Object.entries(results).map(([name, list]) => [name, { ms: median(list.map((m) => m.ms)), peak: median(list.map((m) => m.peak)) }]),
  )
}

export function line(label: string, measure: Measure, base?: Measure, target?: string): string {
  const ratio = base ? `${(measure.ms / base.ms).toFixed(2)}×` : '1.00×'
  const memory = base ? `${(measure.peak / base.peak).toFixed(2)}×` : '1.00×'
  return `  ${label.padEnd(34)} ${(measure.ms / 1000).toFixed(2).padStart(6)} s  ${ratio.padStart(6)}   ${(measure.peak / 2 ** 20).toFixed(0).padStart(5)} MB  ${memory.padStart(6)}${target ? `   ${target}` : ''}`
}
