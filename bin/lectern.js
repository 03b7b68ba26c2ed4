#!/usr/bin/env node
// The CLI runs from lib/, compiled from src/ by esbuild. A fresh clone, or any edit under
// src/, triggers a quick rebuild first, so no separate build step is needed.
import { setFlagsFromString } from 'node:v8'

// V8 optimises a function once it has run for a budget of bytecode; with its default budget a
// long article's build has V8 compile hundreds of lectern's functions that run only a while,
// on background threads that take the cores the build and its key-point worker need. A larger
// budget leaves the optimising compiler to the functions that stay hot (docs/benchmarks.md,
// "The CLI's start"). It is set before any of lectern's code loads, for every thread.
setFlagsFromString('--interrupt-budget=1000000')

const { ensureLib } = await import('./ensure-lib.js')
await ensureLib()
await import('../lib/cli.js')
