import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The layers of src/, lowest first. A module imports only from its own layer or the ones
 * below it: `core` is the pure pipeline and imports nothing else of lectern's; `pdf` knows a
 * built, served deck, never the markdown pipeline; only `cli` (and the library entry) sit on top.
 */
const layers = ['core', 'import', 'theme', 'client', 'node', 'vite', 'pdf', 'cli'] as const

const src = resolve(import.meta.dirname, '../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.ts$/.test(entry.name) ? [join(dir, entry.name)] : [],
  )
}

/** The layer a file of src/ belongs to; the library's entry (`src/index.ts`) counts as the top. */
function layerOf(file: string): number {
  const top = relative(src, file).split('/')[0]
  if (top === 'index.ts') return layers.length
  const index = layers.indexOf(top as (typeof layers)[number])
  if (index === -1) throw new Error(`${relative(src, file)} is in no layer: add its folder to the list above`)
  return index
}

/** Relative imports of a file, static, dynamic and type-only alike, resolved to paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1])
  return specifiers.map((specifier) => resolve(dirname(file), specifier))
}

const files = sourceFiles(src)
const graph = new Map(files.map((file) => [file, importsOf(file)]))

describe('the layers of src/', () => {
  it('should have every import go to the same layer or one below', () => {
    const upward: string[] = []
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (layerOf(target) > layerOf(file)) upward.push(`${relative(src, file)} → ${relative(src, target)}`)
      }
    }
    expect(upward).toEqual([])
  })

  it('should keep the core free of anything outside it', () => {
    const outside = files
      .filter((file) => layerOf(file) === 0)
      .flatMap((file) =>
        graph
          .get(file)!
          .filter((target) => !target.startsWith(join(src, 'core')))
          .map((target) => `${relative(src, file)} → ${relative(src, target)}`),
      )
    expect(outside).toEqual([])
  })

  it('should have no import loop between modules', () => {
    const loops: string[] = []
    const state = new Map<string, 'visiting' | 'done'>()
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'visiting') {
        loops.push([...path.slice(path.indexOf(file)), file].map((each) => relative(src, each)).join(' → '))
        return
      }
      state.set(file, 'visiting')
      for (const target of graph.get(file) ?? []) visit(target, [...path, file])
      state.set(file, 'done')
    }
    for (const file of files) visit(file, [])
    expect(loops).toEqual([])
  })

  it('should describe every folder of src/ in the README’s layout section, and no folder that is gone', () => {
    const readme = readFileSync(resolve(src, '../README.md'), 'utf8')
    const layout = readme.slice(readme.indexOf('### Layout'), readme.indexOf('\n## ', readme.indexOf('### Layout')))
    expect(layout.length).toBeGreaterThan(500)
    const folders = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => relative(src, join(entry.parentPath, entry.name)))
    expect(folders.length).toBeGreaterThan(8)
    const named = (folder: string) => [`\`src/${folder}\``, `\`${folder}\``, `\`${folder}/\``].some((form) => layout.includes(form))
    expect(folders.filter((folder) => !named(folder))).toEqual([])
    // Folders the section names in backticks (`src/x`, `x/y/`) that src/ does not have.
    const mentioned = [...layout.matchAll(/`(?:src\/)?([a-z-]+(?:\/[a-z-]+)*)\/?`/g)]
      .filter((match) => match[0].startsWith('`src/') || match[0].endsWith('/`'))
      .map((match) => match[1])
    expect(mentioned.filter((folder) => !folders.includes(folder) && !['src', 'themes', 'lib'].includes(folder))).toEqual([])
  })

  it('should notice an import that runs up (the check itself works)', () => {
    const fake = join(src, 'core/fake.ts')
    expect(layerOf(fake)).toBeLessThan(layerOf(join(src, 'node/build.ts')))
    expect(importsOf(join(src, 'node/build.ts')).some((target) => target.startsWith(join(src, 'core')))).toBe(true)
  })
})
