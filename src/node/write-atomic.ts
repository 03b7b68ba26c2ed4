import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { LecternError } from '../core/errors.ts'

/**
 * Write `data` to a temporary file beside `path`, then rename it over `path`: a reader
 * sees the old file or the new one, never half of one, and a failed export keeps the
 * previous PDF.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    const code = (error as NodeJS.ErrnoException).code
    throw new LecternError(`cannot write the file${code ? ` (${code})` : ''}`, { file: path, cause: error })
  }
}
