export { lectern, type LecternPluginOptions } from './plugin.ts'
export { lectern as default } from './plugin.ts'
