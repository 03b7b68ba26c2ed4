/**
 * The script of the page diagrams are drawn in: it reads the theme's colours and font from
 * the page's styles, then draws each diagram with mermaid. A plain JavaScript string, not a
 * function handed to `page.evaluate`: a bundler or test runner rewrites functions (helpers
 * such as `__name` that do not exist in the page), strings it leaves alone.
 * Defines `window.lecternDrawDiagrams(jobs)`, resolving to one `{ svg }` or `{ error }` per job.
 */
export const drawScript = `
window.lecternDrawDiagrams = async function (jobs) {
  const probe = document.getElementById('probe')
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 1
  const context = canvas.getContext('2d', { willReadFrequently: true })
  // Computed colours come in any CSS syntax (color-mix() included); mermaid needs hex to derive its shades.
  const hex = (value) => {
    probe.style.color = value
    context.clearRect(0, 0, 1, 1)
    context.fillStyle = getComputedStyle(probe).color
    context.fillRect(0, 0, 1, 1)
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data
    return '#' + [r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')
  }
  const colours = {
    background: hex('var(--r-background-color)'),
    text: hex('var(--r-main-color)'),
    heading: hex('var(--r-heading-color)'),
    accent: hex('var(--lectern-accent)'),
    muted: hex('var(--lectern-muted-color)'),
    surface: hex('color-mix(in oklab, var(--lectern-accent) 12%, var(--r-background-color))'),
    surface2: hex('color-mix(in oklab, var(--lectern-accent) 24%, var(--r-background-color))'),
    note: hex('var(--lectern-code-background)'),
  }
  // Pie slices apart from each other and from the page, the text on them still readable: shades of the accent and the muted colour.
  const slices = [['accent', 50], ['accent', 28], ['muted', 35], ['accent', 14], ['muted', 18], ['accent', 65], ['muted', 50], ['accent', 7]]
    .map(([name, share]) => hex('color-mix(in oklab, var(--' + (name === 'accent' ? 'lectern-accent' : 'lectern-muted-color') + ') ' + share + '%, var(--r-background-color))'))
  const fontFamily = getComputedStyle(probe).fontFamily
  const [r, g, b] = colours.background.slice(1).match(/../g).map((part) => parseInt(part, 16))
  const dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 128
  // Labels are measured as they are laid out: the deck's fonts must be loaded first.
  const labels = jobs.map((job) => job.source).join(' ')
  for (const weight of ['', 'bold ']) await document.fonts.load(weight + '16px ' + fontFamily, labels).catch(() => undefined)
  await document.fonts.ready

  window.mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    darkMode: dark,
    fontFamily,
    // Labels as SVG text, not HTML in <foreignObject>: PDFs keep them as text, and PowerPoint shows them.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    suppressErrorRendering: true,
    deterministicIds: true,
    // An article's %%{init}%% may tune a layout, never the look or the safety settings.
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', 'theme', 'themeVariables', 'themeCSS',
      'fontFamily', 'darkMode', 'htmlLabels', 'suppressErrorRendering', 'look', 'handDrawnSeed'],
    themeVariables: {
      darkMode: dark,
      background: colours.background,
      fontFamily,
      fontSize: '16px',
      primaryColor: colours.surface,
      primaryTextColor: colours.text,
      primaryBorderColor: colours.accent,
      secondaryColor: colours.surface2,
      secondaryTextColor: colours.text,
      secondaryBorderColor: colours.muted,
      tertiaryColor: colours.note,
      tertiaryTextColor: colours.text,
      tertiaryBorderColor: colours.muted,
      lineColor: colours.muted,
      textColor: colours.text,
      titleColor: colours.heading,
      noteBkgColor: colours.note,
      noteTextColor: colours.text,
      noteBorderColor: colours.muted,
      actorBkg: colours.surface,
      actorBorder: colours.accent,
      actorTextColor: colours.text,
      actorLineColor: colours.muted,
      signalColor: colours.text,
      signalTextColor: colours.text,
      labelTextColor: colours.text,
      labelBoxBkgColor: colours.surface,
      labelBoxBorderColor: colours.accent,
      loopTextColor: colours.text,
      edgeLabelBackground: colours.background,
      clusterBkg: colours.note,
      clusterBorder: colours.muted,
      pieTitleTextColor: colours.heading,
      pieSectionTextColor: colours.text,
      pieLegendTextColor: colours.text,
      pieStrokeColor: colours.background,
      pieOuterStrokeColor: colours.muted,
      pieOpacity: '1',
      ...Object.fromEntries(slices.map((colour, index) => ['pie' + (index + 1), colour])),
      taskTextColor: colours.text,
      taskTextOutsideColor: colours.text,
      taskTextDarkColor: colours.text,
      sectionBkgColor: colours.note,
      altSectionBkgColor: colours.background,
      gridColor: colours.muted,
      todayLineColor: colours.accent,
    },
  })
  const results = []
  for (const job of jobs) {
    try {
      const { svg } = await window.mermaid.render(job.id, job.source)
      results.push({ svg })
    } catch (error) {
      results.push({ error: String((error && error.message) || error) })
    } finally {
      // mermaid leaves its scratch element behind when it fails.
      document.getElementById('d' + job.id)?.remove()
    }
  }
  return results
}
`
