/*
 * A note on the patterns of this folder: a Unicode property stands in brackets (`[\p{Lu}]`, not
 * `\p{Lu}`), the same characters. esbuild, which both tsx and lib/'s build run the code through,
 * writes a literal with a bare `\p{…}` as `new RegExp(…)`, made again every time its line runs,
 * most of them per sentence or per word (docs/benchmarks.md has the count;
 * tests/core/key-points-patterns.test.ts keeps it so).
 */
export { extractKeyPoints, namesWorksCited, type KeyPointContext } from './extract.ts'
export { leansOnPrevious, pointLeans } from './dependence.ts'
export { standsAlone } from './stands-alone.ts'
export { maxCjkCharacters, maxLongWords, maxWords } from './compress.ts'
export { isCjk, pointLength, sentencesOf, speechLength, wordsOf, type SpeechLength } from './text.ts'
export { similarity, termsOf } from './score.ts'
export { sectionTerms, topicKeyphrase, topicTokens } from './keyphrase.ts'
