/** lectern as a library: render an article to a deck without touching the disk, or build one. */
export * from './core/index.ts'
export { LecternError, isLecternError } from './core/errors.ts'
export { buildDeck, buildDeckFromFile, type BuildOptions, type BuildResult } from './node/build.ts'
export { readArticle } from './node/read-article.ts'
