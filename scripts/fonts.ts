/**
 * Writes src/client/fonts.css: the @font-face rules of every font lectern bundles, from
 * Fontsource's static packages. `npm run fonts` after changing a package or the weights;
 * a test checks that the file is what this script writes.
 *
 * Static faces, one file per weight, style and script, instead of one variable file: Chromium
 * embeds a variable font in a PDF as Type 3 outlines, glyph by glyph (no font name, a bigger
 * file, slower to print), and a static one as a real TrueType font.
 *
 * The Noto fonts for other scripts and emoji are not here, so that no deck carries them all:
 * the build copies only the faces a deck's text needs (src/theme/script-fonts.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

interface Family {
  /** The Fontsource package, `@fontsource/<id>`. */
  id: string
  /** The family name themes use; the name the variable packages used is an alias. */
  family: string
  normal: number[]
  italic: number[]
}

/** The weights a theme can pick from; any other weight uses the nearest of them. */
export const families: Family[] = [
  { id: 'inter', family: 'Inter', normal: [400, 500, 600, 700, 800], italic: [400, 700] },
  { id: 'dm-sans', family: 'DM Sans', normal: [400, 500, 600, 700, 800], italic: [400, 700] },
  { id: 'bricolage-grotesque', family: 'Bricolage Grotesque', normal: [400, 500, 600, 700, 800], italic: [] },
  { id: 'space-grotesk', family: 'Space Grotesk', normal: [400, 500, 600, 700], italic: [] },
  { id: 'jetbrains-mono', family: 'JetBrains Mono', normal: [400, 700], italic: [400] },
]

/** Each weight's face serves the weights nearer to it than to its neighbours, 1 to 1000. */
function weightRange(weights: number[], index: number): string {
  const low = index === 0 ? 1 : Math.floor((weights[index - 1] + weights[index]) / 2)
  const high = index === weights.length - 1 ? 1000 : Math.floor((weights[index] + weights[index + 1]) / 2) - 1
  return `${low} ${high}`
}

/** The rules of fonts.css, from the installed packages. */
export function fontsCss(): string {
  const require = createRequire(import.meta.url)
  const rules: string[] = []
  for (const font of families) {
    const dir = dirname(require.resolve(`@fontsource/${font.id}/package.json`))
    for (const [style, weights] of [
      ['normal', font.normal],
      ['italic', font.italic],
    ] as const) {
      weights.forEach((weight, index) => {
        const css = readFileSync(join(dir, `${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8')
        for (const [, file, range] of css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
          for (const family of [font.family, `${font.family} Variable`]) {
            rules.push(
              `@font-face {\n  font-family: '${family}';\n  font-style: ${style};\n  font-display: swap;\n  font-weight: ${weightRange(weights, index)};\n` +
                `  src: url('@fontsource/${font.id}/files/${file}') format('woff2');\n  unicode-range: ${range.trim()};\n}\n`,
            )
          }
        }
      })
    }
  }
  const header = `/*
 * Written by scripts/fonts.ts (npm run fonts); do not edit.
 *
 * Every font a theme may name, bundled with the deck app so that a deck never asks the
 * network for one (Vite copies the woff2 files into the deck's assets/). Static faces, one
 * per weight, style and script; the browser fetches only those a slide uses. Each family is
 * also known by the name Fontsource's variable packages gave it ('Inter Variable').
 * The list is kept in sync with src/theme/fonts.ts (frontmatter \`fonts:\` names).
 */
`
  return header + rules.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../src/client/fonts.css', import.meta.url))
  writeFileSync(target, fontsCss())
  console.log(`Wrote ${target}`)
}
