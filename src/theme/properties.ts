/**
 * Every custom property a theme may set, with lectern's default and what it changes.
 * This list is the contract between themes and `src/client/base.css`: the base styles
 * read only these, `themes/README.md` documents each one, and `lectern theme new`
 * scaffolds a theme with all of them. Tests keep the four in step.
 */
export interface ThemeProperty {
  /** The custom property, e.g. `--r-main-color`. */
  name: string
  /**
   * Its value in lectern's base styles: what a theme that leaves it out gets. Colours other
   * than Reveal's four follow from those four, at run time, with CSS `color-mix()`.
   */
  default: string
  /** The default theme's own value, where it sets one other than {@link default} (its look predates the derived defaults). */
  lectern?: string
  /** What it changes, in one line. */
  doc: string
  /** Section of the documentation it belongs to. */
  group: ThemePropertyGroup
}

export type ThemePropertyGroup = 'Colours' | 'Fonts' | 'Code' | 'Speaker notes' | 'Title slide' | 'Logo and footer'

const p = (group: ThemePropertyGroup, name: string, value: string, doc: string, lectern?: string): ThemeProperty => ({
  name,
  default: value,
  doc,
  group,
  ...(lectern === undefined ? {} : { lectern }),
})

export const themeProperties: ThemeProperty[] = [
  p('Colours', '--r-background-color', '#ffffff', 'Slide background (the whole screen or page).'),
  p('Colours', '--r-main-color', '#1f2328', 'Body text.'),
  p('Colours', '--r-heading-color', '#0d1117', 'Headings.'),
  p('Colours', '--r-link-color', '#0b5cad', 'Links.'),
  p(
    'Colours',
    '--lectern-accent',
    'var(--r-link-color)',
    'Accent: bullets, kicker above a heading, byline, quote rule, heading bar, progress bar.',
    '#0b5cad',
  ),
  p(
    'Colours',
    '--lectern-muted-color',
    'color-mix(in oklab, var(--r-main-color) 78%, var(--r-background-color))',
    'Secondary text: quotes, the title slide description (by default), footer, slide number.',
    '#4a4f57',
  ),
  p('Colours', '--lectern-heading-bar', '0px', 'Height of an accent bar under content slide headings; `0px` for none.'),
  p('Colours', '--lectern-slide-number-color', 'var(--lectern-muted-color)', 'Slide number.'),
  p(
    'Fonts',
    '--r-main-font',
    "'Inter', var(--lectern-script-fonts), system-ui, sans-serif",
    'Body font. Bundled families: see “Fonts” below. Keep `var(--lectern-script-fonts)` before the generic family.',
  ),
  p('Fonts', '--r-main-font-size', '32px', 'Body text size on a 1280×720 slide.'),
  p('Fonts', '--r-heading-font', 'var(--r-main-font)', 'Heading font.'),
  p('Fonts', '--r-heading-font-weight', '700', 'Heading weight (the bundled fonts: see “Fonts”).'),
  p('Fonts', '--r-heading-letter-spacing', '-0.015em', 'Heading letter spacing.'),
  p('Fonts', '--r-heading1-size', '1.95em', 'Title slide heading size.'),
  p('Fonts', '--r-heading2-size', '1.45em', 'Content slide heading size.'),
  p('Fonts', '--r-code-font', "'JetBrains Mono', var(--lectern-script-fonts), ui-monospace, monospace", 'Code font.'),
  p(
    'Fonts',
    '--lectern-script-fonts',
    "'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans Bengali', 'Noto Sans Tamil', 'Noto Sans Thai', 'Noto Sans KR', 'Noto Sans SC', 'Noto Emoji', 'Noto Sans Symbols 2'",
    'Fallback fonts for the scripts the theme’s fonts lack (see “Other scripts and emoji”); a deck carries only those its text needs.',
  ),
  p(
    'Code',
    '--lectern-code-background',
    'color-mix(in oklab, var(--r-main-color) 6%, var(--r-background-color))',
    'Code block and inline code background.',
    '#f3f5f8',
  ),
  p('Code', '--lectern-code-color', 'var(--r-main-color)', 'Code text.', '#1d2330'),
  p('Code', '--lectern-code-keyword', 'color-mix(in oklab, var(--r-main-color) 55%, #d6336c)', 'Keywords and built-ins.', '#a3195b'),
  p('Code', '--lectern-code-string', 'color-mix(in oklab, var(--r-main-color) 55%, #2f9e44)', 'Strings and attributes.', '#1a6b2f'),
  p('Code', '--lectern-code-comment', 'color-mix(in oklab, var(--r-main-color) 72%, var(--r-background-color))', 'Comments.', '#5c6370'),
  p('Code', '--lectern-code-number', 'color-mix(in oklab, var(--r-main-color) 55%, #e8590c)', 'Numbers and literals.', '#8a4b00'),
  p('Code', '--lectern-code-title', 'color-mix(in oklab, var(--r-main-color) 55%, #4263eb)', 'Function and class names.', '#1f4fa8'),
  p('Speaker notes', '--lectern-notes-color', 'var(--r-main-color)', 'Notes text in the handout and the notes panel.', '#1f2328'),
  p(
    'Speaker notes',
    '--lectern-notes-background',
    'var(--r-background-color)',
    'Notes background in the handout and the notes panel.',
    '#ffffff',
  ),
  p('Speaker notes', '--lectern-notes-font-size', '20px', 'Notes text size.'),
  p(
    'Title slide',
    '--lectern-title-background',
    'transparent',
    'Title slide background, edge to edge; `transparent` shows `--r-background-color`.',
  ),
  p('Title slide', '--lectern-title-color', 'var(--r-heading-color)', 'Title.'),
  p('Title slide', '--lectern-title-text-color', 'var(--lectern-muted-color)', 'Description and footer on the title slide.'),
  p('Title slide', '--lectern-title-accent', 'var(--lectern-accent)', 'Byline (author and date) on the title slide.'),
  p('Title slide', '--lectern-title-align', 'start', '`start` (left, or right in right-to-left text), `left` or `center`.'),
  p('Title slide', '--lectern-title-offset', '150px', 'Space above the title.'),
  p(
    'Logo and footer',
    '--lectern-logo',
    'none',
    "Logo image, e.g. `url('logo.svg')` (relative to the theme's stylesheet), or `none`. Top right of every content slide.",
  ),
  p('Logo and footer', '--lectern-logo-height', '44px', 'Logo height on content slides.'),
  p(
    'Logo and footer',
    '--lectern-title-logo',
    'var(--lectern-logo)',
    'Logo on the title slide (top right), e.g. a light version for a dark title slide.',
  ),
  p('Logo and footer', '--lectern-title-logo-height', '80px', 'Logo height on the title slide.'),
  p(
    'Logo and footer',
    '--lectern-footer',
    "''",
    "Footer text at the bottom left of every slide, as a CSS string, e.g. `'CloudConf 2026 · #cloudconf'`.",
  ),
  p('Logo and footer', '--lectern-footer-color', 'var(--lectern-muted-color)', 'Footer text colour.'),
  p('Logo and footer', '--lectern-footer-font-size', '17px', 'Footer text size.'),
]
