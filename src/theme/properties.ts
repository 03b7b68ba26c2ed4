/**
 * Every custom property a theme may set, with lectern's default and what it changes.
 * This list is the contract between themes and `src/client/base.css`: the base styles
 * read only these, `themes/README.md` documents each one, and `lectern theme new`
 * scaffolds a theme with all of them. Tests keep the four in step.
 */
export interface ThemeProperty {
  /** The custom property, e.g. `--r-main-color`. */
  name: string
  /** Its value in lectern's base styles (and the default theme). */
  default: string
  /** What it changes, in one line. */
  doc: string
  /** Section of the documentation it belongs to. */
  group: ThemePropertyGroup
}

export type ThemePropertyGroup = 'Colours' | 'Fonts' | 'Code' | 'Speaker notes' | 'Title slide' | 'Logo and footer'

const p = (group: ThemePropertyGroup, name: string, value: string, doc: string): ThemeProperty => ({ name, default: value, doc, group })

export const themeProperties: ThemeProperty[] = [
  p('Colours', '--r-background-color', '#ffffff', 'Slide background (the whole screen or page).'),
  p('Colours', '--r-main-color', '#1f2328', 'Body text.'),
  p('Colours', '--r-heading-color', '#0d1117', 'Headings.'),
  p('Colours', '--r-link-color', '#0b5cad', 'Links.'),
  p('Colours', '--lectern-accent', '#0b5cad', 'Accent: bullets, kicker above a heading, byline, quote rule, heading bar, progress bar.'),
  p('Colours', '--lectern-muted-color', '#4a4f57', 'Secondary text: quotes, the title slide description (by default), footer, slide number.'),
  p('Colours', '--lectern-heading-bar', '0px', 'Height of an accent bar under content slide headings; `0px` for none.'),
  p('Colours', '--lectern-slide-number-color', 'var(--lectern-muted-color)', 'Slide number.'),
  p('Fonts', '--r-main-font', "'Inter', system-ui, sans-serif", 'Body font. Bundled families: see “Fonts” below.'),
  p('Fonts', '--r-main-font-size', '32px', 'Body text size on a 1280×720 slide.'),
  p('Fonts', '--r-heading-font', 'var(--r-main-font)', 'Heading font.'),
  p('Fonts', '--r-heading-font-weight', '700', 'Heading weight (the bundled fonts: see “Fonts”).'),
  p('Fonts', '--r-heading-letter-spacing', '-0.015em', 'Heading letter spacing.'),
  p('Fonts', '--r-heading1-size', '1.95em', 'Title slide heading size.'),
  p('Fonts', '--r-heading2-size', '1.45em', 'Content slide heading size.'),
  p('Fonts', '--r-code-font', "'JetBrains Mono', ui-monospace, monospace", 'Code font.'),
  p('Code', '--lectern-code-background', '#f3f5f8', 'Code block and inline code background.'),
  p('Code', '--lectern-code-color', '#1d2330', 'Code text.'),
  p('Code', '--lectern-code-keyword', '#a3195b', 'Keywords and built-ins.'),
  p('Code', '--lectern-code-string', '#1a6b2f', 'Strings and attributes.'),
  p('Code', '--lectern-code-comment', '#5c6370', 'Comments.'),
  p('Code', '--lectern-code-number', '#8a4b00', 'Numbers and literals.'),
  p('Code', '--lectern-code-title', '#1f4fa8', 'Function and class names.'),
  p('Speaker notes', '--lectern-notes-color', '#1f2328', 'Notes text in the handout and the notes panel.'),
  p('Speaker notes', '--lectern-notes-background', '#ffffff', 'Notes background in the handout and the notes panel.'),
  p('Speaker notes', '--lectern-notes-font-size', '20px', 'Notes text size.'),
  p('Title slide', '--lectern-title-background', 'transparent', 'Title slide background, edge to edge; `transparent` shows `--r-background-color`.'),
  p('Title slide', '--lectern-title-color', 'var(--r-heading-color)', 'Title.'),
  p('Title slide', '--lectern-title-text-color', 'var(--lectern-muted-color)', 'Description and footer on the title slide.'),
  p('Title slide', '--lectern-title-accent', 'var(--lectern-accent)', 'Byline (author and date) on the title slide.'),
  p('Title slide', '--lectern-title-align', 'left', '`left` or `center`.'),
  p('Title slide', '--lectern-title-offset', '150px', 'Space above the title.'),
  p('Logo and footer', '--lectern-logo', 'none', "Logo image, e.g. `url('logo.svg')` (relative to the theme's stylesheet), or `none`. Top right of every content slide."),
  p('Logo and footer', '--lectern-logo-height', '44px', 'Logo height on content slides.'),
  p('Logo and footer', '--lectern-title-logo', 'var(--lectern-logo)', 'Logo on the title slide (top right), e.g. a light version for a dark title slide.'),
  p('Logo and footer', '--lectern-title-logo-height', '80px', 'Logo height on the title slide.'),
  p('Logo and footer', '--lectern-footer', "''", "Footer text at the bottom left of every slide, as a CSS string, e.g. `'CloudConf 2026 · #cloudconf'`."),
  p('Logo and footer', '--lectern-footer-color', 'var(--lectern-muted-color)', 'Footer text colour.'),
  p('Logo and footer', '--lectern-footer-font-size', '17px', 'Footer text size.'),
]
