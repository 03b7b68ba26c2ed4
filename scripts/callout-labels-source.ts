import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The admonition kinds Docusaurus translates, as lectern names its callouts' kinds. */
const kinds = ['note', 'tip', 'info', 'warning', 'caution', 'danger']

/** The labels of the installed @docusaurus/theme-translations, by locale (lower case) and kind, and its version. */
export function calloutLabelTable(): { version: string; table: Record<string, Record<string, string>> } {
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('@docusaurus/theme-translations/package.json'))
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const table: Record<string, Record<string, string>> = {}
  for (const locale of readdirSync(join(root, 'locales')).sort()) {
    if (locale === 'base') continue
    const messages = JSON.parse(readFileSync(join(root, 'locales', locale, 'theme-common.json'), 'utf8')) as Record<string, string>
    const labels: Record<string, string> = {}
    for (const kind of kinds) {
      const label = messages[`theme.admonition.${kind}`]
      // (Docusaurus keeps an untranslated message with "___" after it.)
      // (Nor one the locale left in English: the kind's own name is lectern's label where none is found.)
      if (label && !label.endsWith('___') && label.toLowerCase() !== kind) labels[kind] = label
    }
    if (Object.keys(labels).length > 0) table[locale.toLowerCase()] = labels
  }
  return { version, table }
}

/** The source of src/core/callout-labels.ts from the installed @docusaurus/theme-translations. */
export function calloutLabelsSource(): string {
  const { version, table } = calloutLabelTable()
  const lines = Object.entries(table).map(([locale, labels]) => `  ${JSON.stringify(locale)}: ${JSON.stringify(labels)},`)
  return [
    `// Written by \`npm run callout-labels\` from @docusaurus/theme-translations ${version} (MIT): the`,
    '// words Docusaurus labels its admonitions with, by locale. Do not edit; run the script after an upgrade.',
    '',
    "/** A callout kind's label by locale (lower case, as `lang` is compared) and kind. */",
    'export const calloutLabels: Record<string, Record<string, string>> = {',
    ...lines,
    '}',
    '',
  ].join('\n')
}
