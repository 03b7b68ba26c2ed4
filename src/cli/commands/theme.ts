import type { Command } from 'commander'
import { relative, resolve } from 'node:path'

/** `lectern theme new <name>` and `lectern themes [--preview] [--out FILE.png]`. */
export function registerTheme(program: Command): void {
  const theme = program.command('theme').description('create a theme')
  theme
    .command('new')
    .description('scaffold themes/<name>/theme.css from the default theme, every property documented')
    .argument('<name>', 'theme name (lowercase letters, digits, hyphens)')
    .action(async (name: string) => {
      const { scaffoldTheme } = await import('../../node/scaffold-theme.ts')
      const dir = await scaffoldTheme(name)
      const shown = relative(process.cwd(), dir)
      process.stdout.write(`Created ${shown}/theme.css\nUse it with \`theme: ${name}\` in an article's frontmatter or \`--theme ${name}\`.\n`)
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
        process.stdout.write(`${entry.name}${entry.builtIn ? '' : `  (${relative(process.cwd(), entry.dir)})`}\n`)
      }
      if (!flags.preview) return
      const out = resolve(flags.out)
      await (await import('../../node/theme-preview.ts')).writeThemePreview(themes, out)
      process.stdout.write(`Wrote ${relative(process.cwd(), out)}\n`)
    })
}
