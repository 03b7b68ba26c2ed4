import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import type { RenderedDeck } from '../core/index.ts'
import {
  chooseScriptFonts,
  describeCharacters,
  missingCharacters,
  parseFontFaces,
  scriptFonts,
  scriptFontsCss,
  scriptFontsFor,
  type FontFace,
  type ScriptFont,
} from '../theme/script-fonts.ts'
import { packageRoot } from './package-root.ts'

/** Where a deck keeps the fallback fonts its text needs, relative to its folder. */
const fontsFolder = 'fonts'

/** The fallback faces a deck's text needs; warns, on the deck's file, about characters none covers. */
async function deckScriptFaces(rendered: RenderedDeck) {
  const { deck, file } = rendered
  const text = deckText(rendered.html) + (typeof deck.options.footer === 'string' ? deck.options.footer : '')
  const missing = missingCharacters(text, await bundledFaces())
  const { faces, uncovered } = chooseScriptFonts(missing, await readScriptFaces(scriptFontsFor(missing)))
  if (uncovered.length > 0) {
    file.message(
      `no font in the deck draws ${describeCharacters(uncovered)}: they show as boxes or in whatever font the viewer's system has`,
      { ruleId: 'fonts', source: 'lectern' },
    )
  }
  return faces
}

/**
 * Copy into `deckDir/fonts/` the fallback fonts (Arabic, Devanagari, CJK, emoji, …) the deck's
 * text needs, only the faces holding its characters, with a stylesheet declaring them; and
 * warn, once, about characters that no font the deck carries can draw. Returns the
 * stylesheets to link: none for a deck the bundled fonts cover (any English one).
 */
export async function copyScriptFonts(rendered: RenderedDeck, deckDir: string): Promise<string[]> {
  const faces = await deckScriptFaces(rendered)
  if (faces.length === 0) return []
  await mkdir(join(deckDir, fontsFolder), { recursive: true })
  await Promise.all(
    faces.map((face) => copyFile(join(packageDir(face.font.id)!, face.file), join(deckDir, fontsFolder, basename(face.file)))),
  )
  await writeFile(
    join(deckDir, fontsFolder, 'script-fonts.css'),
    scriptFontsCss(faces, (face) => basename(face.file)),
  )
  return [`${fontsFolder}/script-fonts.css`]
}

/** The `@font-face` rules of the fallback faces the deck needs, each naming its file by absolute path (for a deck in one file, which inlines them). */
export async function scriptFontsRules(rendered: RenderedDeck): Promise<string> {
  return scriptFontsCss(await deckScriptFaces(rendered), (face) => join(packageDir(face.font.id)!, face.file))
}

/**
 * The fallback faces as a stylesheet among the deck app's sources would name them
 * (`@fontsource/…`, as fonts.css does), for Vite to serve or bundle: those the deck needs, or
 * with no deck (the dev server, where the article changes as it is written) every face, of
 * which the browser fetches only those whose unicode-range the page uses.
 */
export async function scriptFontsStylesheet(rendered?: RenderedDeck): Promise<string> {
  let faces: Awaited<ReturnType<typeof deckScriptFaces>>
  if (rendered) faces = await deckScriptFaces(rendered)
  else {
    const available = await readScriptFaces(scriptFonts)
    faces = scriptFonts.flatMap((font) => (available.get(font.id) ?? []).map((face) => ({ ...face, font })))
  }
  return scriptFontsCss(faces, (face) => `@fontsource/${face.font.id}/files/${basename(face.file)}`)
}

/** Each family's faces, by package id, from its Fontsource stylesheets. */
async function readScriptFaces(fonts: ScriptFont[]): Promise<Map<string, FontFace[]>> {
  const entries = await Promise.all(
    fonts.map(async (font) => {
      // A family whose package is not installed covers nothing: its characters get the warning.
      const dir = packageDir(font.id)
      if (!dir) return [font.id, [] as FontFace[]] as const
      const faces = await Promise.all(
        font.weights.map(async (weight) => parseFontFaces(await readFile(join(dir, `${weight}.css`), 'utf8'))),
      )
      return [font.id, faces.flat()] as const
    }),
  )
  return new Map(entries)
}

let bundledCache: Promise<FontFace[]> | undefined

/** The faces of lectern's own families (src/client/fonts.css): what every deck draws without fallbacks. */
function bundledFaces(): Promise<FontFace[]> {
  bundledCache ??= readFile(join(packageRoot, 'src/client/fonts.css'), 'utf8').then(parseFontFaces)
  return bundledCache
}

function packageDir(id: string): string | undefined {
  try {
    return dirname(createRequire(join(packageRoot, 'package.json')).resolve(`@fontsource/${id}/package.json`))
  } catch {
    return undefined
  }
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
