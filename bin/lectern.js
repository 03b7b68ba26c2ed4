#!/usr/bin/env node
// The CLI runs from lib/, compiled from src/ by esbuild. A fresh clone, or any edit under
// src/, triggers a rebuild first (about a tenth of a second), so no separate build step is needed.
import { ensureLib } from './ensure-lib.js'

await ensureLib()
await import('../lib/cli.js')
