import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderDeck, renderDeckPage } from '../../src/core/index.ts'
import { LecternError } from '../../src/core/errors.ts'
import { builtInThemes, resolveTheme } from '../../src/node/resolve-theme.ts'
import { contrastPair, contrastRatio } from '../../src/theme/contrast.ts'
import { containCss } from '../../src/theme/contain-css.ts'
import { themeProperties } from '../../src/theme/properties.ts'
import { scaffoldTheme } from '../../src/node/scaffold-theme.ts'
import { themeSource } from '../../src/theme/theme-source.ts'
import { cssString, themeTweaks, themeTweaksCss } from '../../src/theme/tweaks.ts'

const root = join(import.meta.dirname, '../..')
const temp = await mkdtemp(join(tmpdir(), 'lectern-theme-core-'))
afterAll(() => rm(temp, { recursive: true, force: true }))

/** `--name: value` pairs of the first `:root { … }` block, comments removed. */
function rootProperties(css: string): Map<string, string> {
  const block = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/:root\s*\{([^}]*)\}/)![1]
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]))
}

describe('theme properties', () => {
  it('should give every documented property its default in the base styles, and nothing else', async () => {
    const base = rootProperties(await readFile(join(root, 'src/client/base.css'), 'utf8'))
    base.delete('--lectern-slide-height')
    expect(Object.fromEntries(base)).toEqual(Object.fromEntries(themeProperties.map((p) => [p.name, p.default])))
  })

  it('should document every property with its default in themes/README.md', async () => {
    const readme = await readFile(join(root, 'themes/README.md'), 'utf8')
    for (const property of themeProperties) expect(readme).toContain(`| \`${property.name}\` | \`${property.default}\` |`)
  })

  it('should ship the default theme as the full, commented list of properties', async () => {
    const css = await readFile(join(root, 'themes/lectern/theme.css'), 'utf8')
    expect(css).toBe(themeSource('lectern', 'the default theme. Light, clean, high contrast.'))
    for (const property of themeProperties) expect(css).toMatch(new RegExp(`/\\* .+ \\*/\\n  ${property.name}: `))
  })

  it('should let built-in themes set only documented properties', async () => {
    const known = new Set(themeProperties.map((p) => p.name))
    for (const name of await builtInThemes()) {
      const css = await readFile(join(root, 'themes', name, 'theme.css'), 'utf8')
      for (const property of rootProperties(css).keys()) expect(known, `${name}: ${property}`).toContain(property)
    }
  })
})

describe('resolveTheme', () => {
  it('should list the built-in themes', async () => {
    expect(await builtInThemes()).toEqual(['lectern', 'meetup', 'night'])
  })

  it('should refuse an unknown theme, listing the available ones', async () => {
    const error = await resolveTheme('disco', temp).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LecternError)
    expect((error as Error).message).toMatch(/unknown theme “disco”; available themes: .*lectern, meetup, night/)
  })

  it('should find a theme folder, a .css file and a project theme by name', async () => {
    expect((await resolveTheme('tests/fixtures/themes/brand', root)).name).toBe('brand')
    expect(await resolveTheme('tests/fixtures/themes/low-contrast.css', root)).toMatchObject({ name: 'low-contrast', ownFolder: false })
    await scaffoldTheme('acme', temp)
    expect((await resolveTheme('acme', temp)).dir).toBe(join(temp, 'themes/acme'))
  })
})

describe('scaffoldTheme', () => {
  it('should write every property, commented, and refuse to overwrite', async () => {
    const dir = await scaffoldTheme('my-meetup', temp)
    const css = await readFile(join(dir, 'theme.css'), 'utf8')
    expect(css.startsWith('/*\n * my-meetup: ')).toBe(true)
    expect([...rootProperties(css).keys()]).toEqual(themeProperties.map((p) => p.name))
    await expect(scaffoldTheme('my-meetup', temp)).rejects.toThrow(/already exists/)
    await expect(scaffoldTheme('Bad Name', temp)).rejects.toThrow(/lowercase/)
  })
})

describe('contrast', () => {
  it('should compute WCAG ratios', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5)
    expect(contrastRatio([255, 255, 255, 1], [255, 255, 255, 1])).toBeCloseTo(1, 5)
    expect(contrastRatio([118, 118, 118, 1], [255, 255, 255, 1])).toBeCloseTo(4.54, 2)
  })

  it('should composite translucent layers over white', () => {
    const pair = contrastPair(
      'body text',
      [0, 0, 0, 1],
      [
        [0, 0, 0, 0],
        [0, 0, 0, 0.5],
      ],
    )
    expect(pair.background).toBe('#808080')
    expect(pair.passes).toBe(true)
  })
})

describe('themeTweaks', () => {
  it('should turn frontmatter tweaks into custom properties', () => {
    const { declarations, problems } = themeTweaks({
      accent: '#d9480f',
      footer: 'CloudConf · #cc',
      fonts: { body: 'DM Sans', code: 'Comic Code' },
    })
    expect(declarations).toEqual([
      '--lectern-accent: #d9480f',
      '--r-link-color: #d9480f',
      '--lectern-footer: "CloudConf · #cc"',
      '--r-main-font: "DM Sans", var(--lectern-script-fonts), system-ui, sans-serif',
      '--r-code-font: "Comic Code", var(--lectern-script-fonts), ui-monospace, monospace',
    ])
    expect(problems).toEqual([expect.stringMatching(/font “Comic Code” is not bundled/)])
  })

  it('should refuse values that could break out of the style element', () => {
    const { declarations, problems } = themeTweaks({ accent: 'red; } body { display: none', logo: 'https://example.com/logo.png' })
    expect(declarations).toEqual([])
    expect(problems).toHaveLength(2)
    expect(cssString('a"b</style>')).toBe('"a\\22 b\\3c /style\\3e "')
  })

  it('should put tweaks and the slide height in the page, after the theme', () => {
    const rendered = renderDeck('---\ntitle: T\naccent: "#d9480f"\naspectRatio: "4:3"\n---\n# T\n\nText.\n')
    const tweaks = themeTweaksCss(themeTweaks(rendered.deck.options))
    const page = renderDeckPage(rendered, { scripts: [], styles: ['theme/theme.css'], themeTweaks: tweaks })
    expect(page).toMatch(
      /theme\.css">\n<style id="lectern-page-style">:root \{ --lectern-slide-height: 720px; \}\n:root \{ --lectern-accent: #d9480f;/,
    )
  })
})

describe('containCss', () => {
  const files: Record<string, string> = {
    'mark.svg': '<svg/>',
    'f.woff2': 'font',
    'parts/more.css': '.x { background: url(../mark.svg) }',
    'notes.txt': 'secret',
  }
  const read = async (path: string) => (path in files ? new TextEncoder().encode(files[path]) : undefined)

  it('should embed the images and fonts of the theme’s folder, and keep comments and data: URLs', async () => {
    const css = `/* refer to them relatively: url('logo.svg') */\n:root { --lectern-logo: url('mark.svg'); --x: url(data:,a); }\n@font-face { src: url("f.woff2") format("woff2"); }`
    const { css: out, problems } = await containCss(css, 'theme.css', read)
    expect(out).toContain("/* refer to them relatively: url('logo.svg') */")
    expect(out).toContain('--lectern-logo: url("data:image/svg+xml;base64,PHN2Zy8+")')
    expect(out).toContain('--x: url(data:,a)')
    expect(out).toContain('src: url("data:font/woff2;base64,Zm9udA==") format("woff2")')
    expect(problems).toEqual([])
  })

  it('should inline a local @import and resolve its URLs from where it is', async () => {
    const { css: out, problems } = await containCss('@import "parts/more.css" print;\n.a { color: red }', 'theme.css', read)
    expect(out).toBe('@media print {\n.x { background: url("data:image/svg+xml;base64,PHN2Zy8+") }\n}\n.a { color: red }')
    expect(problems).toEqual([])
  })

  it('should remove remote URLs and paths outside the theme’s folder, each with a problem', async () => {
    const css = [
      '@import url("../../secret.txt");',
      "@import url('https://fonts.example.com/x.css');",
      '@import "//cdn.example.com/y.css";',
      '@import "notes.txt";',
      ":root { --lectern-logo: url('../../etc/passwd'); }",
      'body { background: url(http://example.com/b.png) no-repeat; }',
      '.a { background-image: url(//example.com/c.png); }',
      '.b { background-image: url(/etc/hosts); }',
      '.c { background-image: url(missing.png); }',
    ].join('\n')
    const { css: out, problems } = await containCss(css, 'theme.css', read)
    expect(out).not.toMatch(/@import|secret|example\.com|passwd|hosts|missing/)
    expect(out).toContain('body { background: none no-repeat; }')
    expect(problems).toHaveLength(9)
    expect(problems[1]).toBe('@import “https://fonts.example.com/x.css” is remote: a deck loads nothing from the network; removed')
    expect(problems[0]).toBe('@import “../../secret.txt” is outside the theme’s folder; removed')
  })
})
