import { stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { LecternError } from '../../core/errors.ts'
import { writeFileAtomic } from '../../node/write-atomic.ts'
import { print, printWarnings } from '../report.ts'

/** `lectern import <article> [-o FILE.md]`: convert a .txt or .html article to lectern markdown. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('convert an article saved as plain text (.txt) or a web page (.html) to lectern markdown')
    .argument('<article>', 'the article: .txt, .html, .htm, .md, .markdown, .mdx, .qmd, .Rmd or .lr')
    .option('-o, --out <file>', 'write the markdown to this file (default: stdout)')
    .action(async (article: string, flags: { out?: string }) => {
      const [{ importArticle }, { readSource }] = await Promise.all([import('../../import/index.ts'), import('../../node/read-article.ts')])
      const source = await readSource(article)
      const file = importArticle(String(source.value), { path: article })
      printWarnings(file)
      if (!flags.out) {
        // Markdown for a pipe as converted; on a terminal, without controls that would act on it.
        if (process.stdout.isTTY) print(String(file.value))
        else process.stdout.write(String(file.value))
        return
      }
      await refuseToOverwrite(flags.out, article)
      await writeMarkdown(flags.out, String(file.value))
    })
}

/** `-o` naming the article being imported (through a link, too) would replace it with its conversion. */
async function refuseToOverwrite(out: string, article: string): Promise<void> {
  const [target, source] = await Promise.all([stat(out).catch(() => undefined), stat(article)])
  if (target && target.dev === source.dev && target.ino === source.ino) {
    throw new LecternError('is the article being imported; give another file name for the markdown', { file: out })
  }
}

/** Written atomically (a failed write never leaves half a file) into a folder that must exist, with a message for each usual failure. */
async function writeMarkdown(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, new TextEncoder().encode(text), { makeFolder: false })
  } catch (error) {
    const code = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code
    throw new LecternError(writeProblem(code), { file: path, cause: error })
  }
}

function writeProblem(code: string | undefined): string {
  if (code === 'ENOENT') return 'cannot write the file: its folder does not exist'
  if (code === 'EISDIR') return 'is a directory; give a file name for the markdown'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot write the file: permission denied'
  return `cannot write the file${code ? ` (${code})` : ''}`
}
