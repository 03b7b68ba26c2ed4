/*
 * The options several commands take, each worded once: `.option(...themeOption)`. An option
 * whose words depend on the command (`--out`, `--timeout`) stays with its command.
 */

export const themeOption = ['-t, --theme <name|path>', 'theme name, theme folder or .css file (overrides the frontmatter)'] as const

export const incrementalOption = ['--incremental', 'build up each slide: its points and list items appear one at a time'] as const

export const offlineOption = ['--offline', 'download no remote image: each shows as a placeholder'] as const

export const quietOption = ['-q, --quiet', 'print nothing but errors'] as const

export const browserOption = [
  '-b, --browser <path>',
  'Chrome or Chromium to use (default: PUPPETEER_EXECUTABLE_PATH, Puppeteer’s, the system’s)',
] as const
