import type { Command } from 'commander'
import { dirname, join, relative, resolve } from 'node:path'
import { print } from '../report.ts'

/** `lectern theme new <name> [--background C --text C --headings C --accent C]` and `lectern themes [--preview] [--out FILE.png]`. */
export function registerTheme(program: Command): void {
  const theme = program.command('theme').description('create a theme')
  theme
    .command('new')
    .description('scaffold themes/<name>/theme.css from the default theme, every property documented')
    .argument('<name>', 'theme name (lowercase letters, digits, hyphens)')
    .option('--background <colour>', 'slide background: write a theme of these colours only, the rest derived from them')
    .option('--text <colour>', 'body text colour')
    .option('--headings <colour>', 'heading colour')
    .option('--accent <colour>', 'link and accent colour')
    .action(async (name: string, colours: { background?: string; text?: string; headings?: string; accent?: string }) => {
      const { scaffoldTheme } = await import('../../node/scaffold-theme.ts')
      const dir = await scaffoldTheme(name, process.cwd(), colours)
      const shown = relative(process.cwd(), dir)
      print(`Created ${shown}/theme.css\n`)
      if (Object.values(colours).some((value) => value !== undefined)) {
        const out = join(dirname(dir), `${name}-preview.png`)
        await (await import('../../node/theme-preview.ts')).writeThemePreview([{ name, dir, builtIn: false }], out)
        print(`Wrote ${relative(process.cwd(), out)}\n`)
      }
      print(`Use it with \`theme: ${name}\` in an article's frontmatter or \`--theme ${name}\`.\n`)
    })

  program
    .command('themes')
    .description("list the themes: the project's themes/ folder and lectern's own")
    .option('-p, --preview', 'write a PNG contact sheet of every theme')
    .option('-o, --out <file.png>', 'where to write the contact sheet', 'themes-preview.png')
    .action(async (flags: { preview?: boolean; out: string }) => {
      const { listThemes } = await import('../../node/resolve-theme.ts')
      const themes = await listThemes()
      for (const entry of themes) {
        print(`${entry.name}${entry.builtIn ? '' : `  (${relative(process.cwd(), entry.dir)})`}\n`)
      }
      if (!flags.preview) return
      const out = resolve(flags.out)
      await (await import('../../node/theme-preview.ts')).writeThemePreview(themes, out)
      print(`Wrote ${relative(process.cwd(), out)}\n`)
    })
}
