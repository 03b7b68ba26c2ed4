import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { type FourColours, fourColourProperties, fourColourThemeSource, themeSource } from '../theme/theme-source.ts'
import { isSafeColor } from '../theme/tweaks.ts'

/**
 * Write `themes/<name>/theme.css` under `projectDir`. Without `colours`: the default theme
 * with every property present and documented, ready to edit. With them: a theme of those
 * colours only, from which lectern derives the rest. Refuses to overwrite a theme.
 */
export async function scaffoldTheme(name: string, projectDir = process.cwd(), colours?: FourColours): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new LecternError(`theme name “${name}” should be lowercase letters, digits and hyphens, e.g. my-meetup`)
  }
  const given = colours && Object.values(colours).some((value) => value !== undefined) ? colours : undefined
  for (const [key, value] of Object.entries(given ?? {}) as Array<[keyof FourColours, string | undefined]>) {
    if (value !== undefined && !isSafeColor(value)) {
      throw new LecternError(
        `--${key} “${value}” is not a CSS colour such as #0b2545 or rgb(11 37 69) (it sets ${fourColourProperties[key]})`,
      )
    }
  }
  const dir = resolve(projectDir, 'themes', name)
  if (await stat(dir).catch(() => undefined)) throw new LecternError(`${dir} already exists; choose another name or delete it`)
  await mkdir(dir, { recursive: true })
  const css = given
    ? fourColourThemeSource(name, given)
    : themeSource(name, 'a lectern theme, started from the default theme. Edit the values below.')
  await writeFile(join(dir, 'theme.css'), css)
  return dir
}
