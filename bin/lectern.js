#!/usr/bin/env node
// The CLI runs from lib/, compiled from src/ by esbuild. A fresh clone, or any edit under
// src/, triggers a quick rebuild first, so no separate build step is needed.
import { ensureLib } from './ensure-lib.js'

await ensureLib()
await import('../lib/cli.js')
