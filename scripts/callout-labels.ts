/**
 * `npm run callout-labels`: writes src/core/callout-labels.ts, the words a callout of each kind is
 * labelled with in each language, from Docusaurus's translations of its admonitions
 * (@docusaurus/theme-translations, MIT). The core reads no file, so the table is written out as code;
 * tests/core/callout-labels.test.ts fails when the installed translations say otherwise.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { calloutLabelsSource } from './callout-labels-source.ts'

const target = fileURLToPath(new URL('../src/core/callout-labels.ts', import.meta.url))
writeFileSync(target, calloutLabelsSource())
console.log(`wrote ${target}`)
