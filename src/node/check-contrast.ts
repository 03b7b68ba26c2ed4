import type { VFile } from 'vfile'
import { isLecternError } from '../core/errors.ts'
import { describeFailure, type ContrastPair } from '../theme/contrast.ts'
import { measureDeckContrast } from './measure-contrast.ts'

/**
 * Measure a built deck's text contrast and add a warning to `file` for each pair below
 * WCAG AA. Without a browser it says so instead of failing the build.
 */
export async function checkThemeContrast(deckDir: string, file: VFile): Promise<ContrastPair[] | undefined> {
  let pairs: ContrastPair[]
  try {
    pairs = await measureDeckContrast(deckDir)
  } catch (error) {
    if (!isLecternError(error)) throw error
    file.message(`theme contrast not checked: ${error.message}`, { ruleId: 'contrast', source: 'lectern' })
    return undefined
  }
  for (const pair of pairs.filter((pair) => !pair.passes)) {
    file.message(`theme contrast: ${describeFailure(pair)}`, { ruleId: 'contrast', source: 'lectern' })
  }
  return pairs
}
