import type { Command } from 'commander'
import { registerBuild } from './build.ts'
import { registerCheck } from './check.ts'
import { registerDev } from './dev.ts'
import { registerImport } from './import.ts'
import { registerPdf } from './pdf.ts'
import { registerPng } from './png.ts'
import { registerPptx } from './pptx.ts'
import { registerTheme } from './theme.ts'

/** Each command lives in its own file and adds itself to the program. */
export const commands: Array<(program: Command) => void> = [
  registerBuild,
  registerCheck,
  registerDev,
  registerImport,
  registerPdf,
  registerPng,
  registerPptx,
  registerTheme,
]
