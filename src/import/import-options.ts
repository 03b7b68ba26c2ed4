/** Options every importer takes. */
export interface ImportOptions {
  /** Path of the source file, used in warnings and to pick the importer. Default: none. */
  path?: string
}
