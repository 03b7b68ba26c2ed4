import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { themeSource } from '../theme/theme-source.ts'

/**
 * Write `themes/<name>/theme.css` under `projectDir`: the default theme with every property
 * present and documented, ready to edit. Refuses to overwrite a theme.
 */
export async function scaffoldTheme(name: string, projectDir = process.cwd()): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new LecternError(`theme name “${name}” should be lowercase letters, digits and hyphens, e.g. my-meetup`)
  }
  const dir = resolve(projectDir, 'themes', name)
  if (await stat(dir).catch(() => undefined)) throw new LecternError(`${dir} already exists; choose another name or delete it`)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'theme.css'), themeSource(name, 'a lectern theme, started from the default theme. Edit the values below.'))
  return dir
}
