// `npm pack` / `npm publish` (prepack): everything an installed lectern runs, built ahead, so
// that it never compiles or builds inside itself (an installed package may be read-only and
// belong to another user). lib/ gets the CLI and the library (esbuild bundles), their types,
// and the deck app.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureLib } from '../bin/ensure-lib.js'
import { buildClientBundle, shippedClientDir } from '../src/node/client-bundle.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

await ensureLib({ force: true })

// Types: one declaration file per module under lib/types, their imports as a published
// package writes them (`./x.js`), and an entry beside each bundle.
const types = join(root, 'lib/types')
rmSync(types, { recursive: true, force: true })
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.types.json')], {
  stdio: 'inherit',
})
const declarations = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? declarations(join(dir, name)) : name.endsWith('.d.ts') ? [join(dir, name)] : [],
  )
for (const file of declarations(types)) {
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2'))
}
writeFileSync(join(root, 'lib/index.d.ts'), "export * from './types/index.js'\n")
writeFileSync(join(root, 'lib/vite.d.ts'), "export * from './types/vite/index.js'\nexport { default } from './types/vite/index.js'\n")

rmSync(shippedClientDir, { recursive: true, force: true })
await buildClientBundle(shippedClientDir)
console.log('pack: lib/ holds the CLI, the library and its types, and the deck app')
