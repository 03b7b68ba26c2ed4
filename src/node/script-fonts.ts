import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import type { RenderedDeck } from '../core/index.ts'
import { chooseScriptFonts, describeCharacters, parseFontFaces, scriptFontsCss, scriptFontsFor, type FontFace } from '../theme/script-fonts.ts'
import { packageRoot } from './package-root.ts'

/** Where a deck keeps the fallback fonts its text needs, relative to its folder. */
const fontsFolder = 'fonts'

/**
 * Copy into `deckDir/fonts/` the fallback fonts (Arabic, Devanagari, CJK, emoji, …) the deck's
 * text needs, only the faces holding its characters, with a stylesheet declaring them; and
 * warn, once, about characters that no font the deck carries can draw. Returns the
 * stylesheets to link: none for a deck the bundled fonts cover (any English one).
 */
export async function copyScriptFonts(rendered: RenderedDeck, deckDir: string): Promise<string[]> {
  const { deck, file } = rendered
  const text = deckText(rendered.html) + (typeof deck.options.footer === 'string' ? deck.options.footer : '')
  const bundled = await bundledFaces()
  const available = new Map<string, FontFace[]>()
  const packages = new Map<string, string>()
  for (const font of scriptFontsFor(text, bundled)) {
    const dir = packageDir(font.id)
    packages.set(font.id, dir)
    const faces = await Promise.all(font.weights.map(async (weight) => parseFontFaces(await readFile(join(dir, `${weight}.css`), 'utf8'))))
    available.set(font.id, faces.flat())
  }
  const { faces, uncovered } = chooseScriptFonts(text, bundled, available)
  if (uncovered.length > 0) {
    file.message(
      `no font in the deck draws ${describeCharacters(uncovered)}: they show as boxes or in whatever font the viewer's system has`,
      { ruleId: 'fonts', source: 'lectern' },
    )
  }
  if (faces.length === 0) return []
  await mkdir(join(deckDir, fontsFolder), { recursive: true })
  await Promise.all(faces.map((face) => copyFile(join(packages.get(face.font.id)!, face.file), join(deckDir, fontsFolder, basename(face.file)))))
  await writeFile(join(deckDir, fontsFolder, 'script-fonts.css'), scriptFontsCss(faces, (face) => basename(face.file)))
  return [`${fontsFolder}/script-fonts.css`]
}

let bundledCache: Promise<FontFace[]> | undefined

/** The faces of lectern's own families (src/client/fonts.css): what every deck draws without fallbacks. */
function bundledFaces(): Promise<FontFace[]> {
  bundledCache ??= readFile(join(packageRoot, 'src/client/fonts.css'), 'utf8').then(parseFontFaces)
  return bundledCache
}

function packageDir(id: string): string {
  return dirname(createRequire(join(packageRoot, 'package.json')).resolve(`@fontsource/${id}/package.json`))
}

/**
 * The text the slides and notes show, from the deck's HTML: its tags dropped and the
 * character references rehype-stringify writes decoded. A second parse of a long deck
 * would cost as much as its render, to read characters a regular expression finds.
 */
export function deckText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|(amp|lt|gt|quot|nbsp));/gi, (_, hex, decimal, name) => {
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16))
      if (decimal) return String.fromCodePoint(Number.parseInt(decimal, 10))
      return { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' }[(name as string).toLowerCase()]!
    })
}
