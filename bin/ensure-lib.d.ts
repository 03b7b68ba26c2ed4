/** Compile src/ to lib/ when lib/ is missing or older than any source file. */
export function ensureLib(options?: { force?: boolean }): Promise<void>
export const libEntries: Record<string, string>
