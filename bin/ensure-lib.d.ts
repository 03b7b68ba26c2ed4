/** Compile src/ to lib/ when lib/ is missing or older than any source file. */
export function ensureLib(options?: { force?: boolean }): Promise<void>
export const libEntries: Record<string, string>
/** The source of the module that stands in for `pos`'s lexicon in lib/. */
export function lexiconModule(lexicon: Record<string, string[]>): string
/** The lexicon as sorted lines, `word TAG TAG…`. */
export function lexiconLines(lexicon: Record<string, string[]>): string
/** An object that reads as the lexicon does, searching `lines` from {@link lexiconLines}. */
export function sortedLexicon(lines: string): Record<string, unknown>
