// Build the CLI (lib/) and the deck app once, before test files run in parallel:
// otherwise the first CLI runs of two workers would both compile them at the same time.
import { ensureLib } from '../bin/ensure-lib.js'
import { ensureClientBundle } from '../src/node/client-bundle.ts'

export default async function setup(): Promise<void> {
  await ensureLib()
  await ensureClientBundle()
}
