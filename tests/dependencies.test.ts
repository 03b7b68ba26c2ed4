import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scriptFonts } from '../src/theme/script-fonts.ts'

/*
 * package.json lists exactly what lectern uses: every package that src/ or bin/ loads is a
 * runtime dependency, every runtime dependency is loaded by src/ or bin/, and whatever the
 * tests and scripts load is declared at least as a development dependency.
 */
const root = resolve(import.meta.dirname, '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}
const runtime = new Set(Object.keys(manifest.dependencies))
const declared = new Set([...runtime, ...Object.keys(manifest.devDependencies)])
const builtins = new Set(builtinModules)

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
}

/** The package a bare specifier names (`@scope/name/deep/path` → `@scope/name`), or undefined for a path, a builtin or lectern. */
function packageOf(specifier: string): string | undefined {
  if (/^[./]|^node:/.test(specifier) || builtins.has(specifier)) return undefined
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
  // lectern itself, as a test of the packed package imports it.
  return name === manifest.name ? undefined : name
}

interface Use {
  name: string
  file: string
  /** Only types are imported: `@types/name` declares them as well. */
  typeOnly: boolean
}

/** Packages a source file loads: static, dynamic and type-only imports, and CSS's url() and @import. */
function usesIn(file: string): Use[] {
  const text = readFileSync(join(root, file), 'utf8')
  const found: Array<{ specifier: string; typeOnly: boolean }> = []
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: match[3], typeOnly: Boolean(match[2]) })
  }
  for (const match of text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ specifier: match[1], typeOnly: false })
  if (file.endsWith('.css')) {
    // In CSS a bare name is a file beside the stylesheet; packages are named by their scope.
    for (const match of text.matchAll(/(?:url\(|@import\s+)\s*['"]?(@[^'")\s]+)/g)) found.push({ specifier: match[1], typeOnly: false })
  }
  return found.flatMap(({ specifier, typeOnly }) => {
    const name = packageOf(specifier)
    return name ? [{ name, file, typeOnly }] : []
  })
}

const sources = /\.(ts|js|mjs|css)$/
const shipped = [...filesUnder('src', sources), ...filesUnder('bin', sources), ...filesUnder('themes', /\.css$/)].flatMap(usesIn)
// The fallback fonts for other scripts are read by a package name made from their id (src/node/script-fonts.ts), which no import shows.
shipped.push(...scriptFonts.map((font) => ({ name: `@fontsource/${font.id}`, file: 'src/theme/script-fonts.ts', typeOnly: false })))
const development = [...filesUnder('tests', /\.(ts|js|mjs)$/), ...filesUnder('scripts', /\.(ts|js|mjs)$/), 'vitest.config.ts'].flatMap(
  usesIn,
)

const typesOf = (name: string) => `@types/${name.replace(/^@(.+)\/(.+)$/, '$1__$2')}`

describe('package.json', () => {
  it('should declare as a runtime dependency every package src/ and bin/ load', () => {
    const missing = shipped.filter((use) =>
      use.typeOnly ? !declared.has(use.name) && !declared.has(typesOf(use.name)) : !runtime.has(use.name),
    )
    expect(missing.map((use) => `${use.name} (${use.file})`)).toEqual([])
  })

  it('should declare every package the tests and scripts load', () => {
    const missing = development.filter((use) => !declared.has(use.name) && !declared.has(typesOf(use.name)))
    expect(missing.map((use) => `${use.name} (${use.file})`)).toEqual([])
  })

  it('should have no runtime dependency that src/ and bin/ do not load', () => {
    const used = new Set(shipped.map((use) => use.name))
    expect([...runtime].filter((name) => !used.has(name))).toEqual([])
  })

  it('should declare each package once, a runtime dependency not again for development', () => {
    expect(Object.keys(manifest.devDependencies).filter((name) => runtime.has(name))).toEqual([])
  })

  it('should find the imports it checks', () => {
    // A pattern that matched nothing would pass the tests above vacuously.
    expect(shipped.filter((use) => use.name === 'unified').length).toBeGreaterThan(1)
    expect(shipped.some((use) => use.name === 'puppeteer-core' && use.typeOnly)).toBe(true)
    expect(shipped.some((use) => use.name === '@fontsource/inter' && use.file.endsWith('.css'))).toBe(true)
    expect(shipped.some((use) => use.name === 'esbuild' && use.file.startsWith('bin/'))).toBe(true)
  })
})
