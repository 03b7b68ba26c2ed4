import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/*
 * lectern as a user installs it: `npm pack`, then `npm install` of the tarball into a project
 * of their own, the package made read-only and run by another user. npm finds every
 * dependency in its cache (the repository's own install filled it), or asks the registry.
 */
const root = join(import.meta.dirname, '../..')
const temp = mkdtempSync(join(tmpdir(), 'lectern-package-'))
const project = join(temp, 'project')
const installed = join(project, 'node_modules/lectern')
/** Another user than the one who installed it, where there is one to be (root in CI). */
const otherUser = process.getuid?.() === 0 && spawnSync('id', ['nobody']).status === 0 ? 'nobody' : undefined

function run(command: string, args: string[], cwd: string, asOther = false) {
  const [file, argv] = asOther && otherUser ? ['runuser', ['-u', otherUser, '--', command, ...args]] : [command, args]
  const result = spawnSync(file, argv, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

let files: string[] = []

beforeAll(() => {
  // Packed from a copy, so that building lib/ for the package never swaps the repository's own
  // lib/ under the other tests' feet.
  const source = join(temp, 'source')
  mkdirSync(source)
  for (const name of ['package.json', 'bin', 'src', 'themes', 'scripts', 'tsconfig.json', 'tsconfig.types.json', 'README.md']) {
    cpSync(join(root, name), join(source, name), { recursive: true })
  }
  symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'))
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', temp], {
    cwd: source,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const [{ filename, files: listed }] = JSON.parse(packed.slice(packed.indexOf('['))) as Array<{
    filename: string
    files: Array<{ path: string }>
  }>
  files = listed.map((file) => file.path)

  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-talk', private: true, type: 'module' }))
  const install = run('npm', ['install', join(temp, filename), 'typescript@5.9', '--prefer-offline', '--no-audit', '--no-fund'], project)
  expect(install.status, install.stderr).toBe(0)
  // Read-only, and readable by the other user.
  execFileSync('chmod', ['-R', 'a-w', installed])
  chmodSync(temp, 0o755)
  writeFileSync(join(project, 'talk.md'), '---\ntitle: A Talk\n---\n\n## One\n\nA paragraph with a **point**.\n\n## Two\n\nThe end.\n')
  mkdirSync(join(project, 'out'))
  // The project is the user's own (Vite writes beside its config); the package in it is read-only.
  chmodSync(join(project, 'out'), 0o777)
  chmodSync(project, 0o777)
}, 600_000)

afterAll(() => {
  execFileSync('chmod', ['-R', 'u+w', temp])
  rmSync(temp, { recursive: true, force: true })
})

describe('the npm package', () => {
  it('should ship what users run and nothing else: no tests, fixtures, scripts or sources but the deck app', () => {
    expect(files).toContain('lib/cli.js')
    expect(files).toContain('lib/index.d.ts')
    expect(files).toContain('lib/client/.vite/manifest.json')
    expect(files).toContain('themes/lectern/theme.css')
    expect(files.filter((path) => /^(tests|scripts|content)\/|\.map$/.test(path))).toEqual([])
    expect(files.filter((path) => path.startsWith('src/') && !path.startsWith('src/client/'))).toEqual([])
  })

  it('should run every command from a read-only install, as another user, writing only to --out', { timeout: 120_000 }, () => {
    const cli = join(project, 'node_modules/.bin/lectern')
    const version = run('node', [cli, '--version'], project, true)
    expect(version.stderr).toBe('')
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
    const build = run('node', [cli, 'build', 'talk.md', '--out', 'out/deck'], project, true)
    expect(build.status, build.stderr).toBe(0)
    expect(existsSync(join(project, 'out/deck/index.html'))).toBe(true)
    const pdf = run('node', [cli, 'pdf', 'talk.md', '--out', 'out/pdf', '--only', 'slides'], project, true)
    expect(pdf.status, pdf.stderr).toBe(0)
    expect(existsSync(join(project, 'out/pdf/slides.pdf'))).toBe(true)
    // Nothing written into the package.
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'bin', 'lib', 'package.json', 'src', 'themes'])
  })

  it('should import as a library in plain Node, with types for TypeScript', { timeout: 240_000 }, () => {
    const script = "import('lectern').then((m) => console.log(m.renderDeck('# T\\n\\n## S\\n\\nText.').deck.slideCount))"
    const imported = run('node', ['-e', script], project, true)
    expect(imported.stderr).toBe('')
    expect(imported.stdout.trim()).toBe('2')
    writeFileSync(
      join(project, 'check.ts'),
      "import { renderDeck, type RenderedDeck } from 'lectern'\nimport { lectern } from 'lectern/vite'\nconst deck: RenderedDeck = renderDeck('# T')\nexport const plugins = lectern({ article: 'talk.md' }).length + deck.deck.slideCount\n",
    )
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: [] },
        files: ['check.ts'],
      }),
    )
    const types = run('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', project], project)
    expect(types.stdout + types.stderr).toBe('')
    expect(types.status).toBe(0)
  })

  it('should build a deck with the Vite plugin in a plain vite build with a JavaScript config', { timeout: 120_000 }, () => {
    writeFileSync(
      join(project, 'vite.config.js'),
      "import { lectern } from 'lectern/vite'\nexport default { plugins: [lectern({ article: 'talk.md' })], build: { outDir: 'out/site' } }\n",
    )
    const built = run('node', [join(project, 'node_modules/vite/bin/vite.js'), 'build'], project, true)
    expect(built.status, built.stderr).toBe(0)
    expect(existsSync(join(project, 'out/site/index.html'))).toBe(true)
  })
})
