/*
 * The second thread of key-point-threads.ts: takes jobs from the back of each batch it is sent
 * while the main thread takes them from the front, until the two meet, then replies with its
 * points and wakes the main thread, which waits for it synchronously.
 */
import { type MessagePort, workerData } from 'node:worker_threads'
import { extractFor } from '../core/paginate.ts'
import type { KeyPointJob, SegmentPoints } from '../core/types.ts'

const { port, state } = workerData as { port: MessagePort; state: Int32Array }
// The slots of `state`, as in key-point-threads.ts (a worker imports nothing of the thread that starts it).
const claimed = 0
const finished = 1

port.on('message', ({ id, jobs }: { id: number; jobs: KeyPointJob[] }) => {
  const points: SegmentPoints[] = []
  try {
    // A job is this thread's when its claim comes before every job is claimed.
    for (let next = jobs.length - 1; next >= 0 && Atomics.add(state, claimed, 1) < jobs.length; next--) points.push(extractFor(jobs[next]))
    port.postMessage({ id, points })
  } catch (error) {
    port.postMessage({ id, error: String(error) })
  } finally {
    Atomics.store(state, finished, id)
    Atomics.notify(state, finished)
  }
})
