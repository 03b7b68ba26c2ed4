import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { extractFor } from '../core/paginate.ts'
import type { KeyPointBatch, SegmentPoints } from '../core/types.ts'
import { packageRoot } from './package-root.ts'

/**
 * From this many characters an article's key points are shared with a second thread: below
 * it, starting the thread and loading the tagger there costs more than it saves (figures in
 * docs/benchmarks.md).
 */
export const threadedKeyPointsFrom = 256 * 1024

/** A second thread for key points; `close` it once the article is rendered. */
export interface KeyPointThreads {
  batch: KeyPointBatch
  close(): void
}

// The slots of the shared state (key-point-worker.ts): jobs claimed so far, and the last batch the worker finished.
const claimed = 0
const finished = 1
/** How long to wait for the worker to finish the jobs it claimed before doing them here instead. */
const patience = 60_000

interface Reply {
  id: number
  /** The worker's points, from the batch's last job backwards. */
  points?: SegmentPoints[]
}

/**
 * A worker thread that extracts key points beside this one, for a long article on a machine
 * with a second core; undefined where that cannot help (one core, or lectern running from its
 * sources, where no compiled worker exists). This thread takes jobs from the front, the worker
 * from the back, one at a time, until they meet: a busy or slow core only does fewer. Every
 * job's points depend on that job alone, so the deck is the same whichever thread makes them;
 * a worker that fails has its jobs done here.
 */
export function startKeyPointThreads(): KeyPointThreads | undefined {
  const script = join(packageRoot, 'lib/key-point-worker.js')
  if (availableParallelism() < 2 || !import.meta.url.endsWith('.js') || !existsSync(script)) return undefined
  const { port1: port, port2 } = new MessageChannel()
  const state = new Int32Array(new SharedArrayBuffer(8))
  const worker = new Worker(script, { workerData: { port: port2, state }, transferList: [port2] })
  // Its errors surface as a missing reply; the process never waits on it to exit.
  worker.on('error', () => undefined)
  worker.unref()
  let id = 0
  return {
    batch(jobs) {
      id++
      Atomics.store(state, claimed, 0)
      port.postMessage({ id, jobs })
      const points: SegmentPoints[] = []
      while (Atomics.add(state, claimed, 1) < jobs.length) points.push(extractFor(jobs[points.length]))
      const mine = points.length
      if (mine === jobs.length) return points
      const reply = replyTo(id)
      const theirs = reply?.points ?? []
      // Jobs the worker claimed but did not answer (it failed) are done here.
      for (let index = mine; index < jobs.length; index++) points.push(theirs[jobs.length - 1 - index] ?? extractFor(jobs[index]))
      return points
    },
    close() {
      port.close()
      void worker.terminate()
    },
  }

  /** The worker's reply to batch `id`, once it has finished it; earlier replies are dropped. */
  function replyTo(id: number): Reply | undefined {
    const deadline = Date.now() + patience
    for (let last = Atomics.load(state, finished); last !== id; last = Atomics.load(state, finished)) {
      if (Date.now() > deadline) return undefined
      Atomics.wait(state, finished, last, 100)
    }
    for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
      if ((received.message as Reply).id === id) return received.message as Reply
    }
    return undefined
  }
}
