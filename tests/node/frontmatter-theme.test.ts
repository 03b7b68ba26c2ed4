import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readArticle } from '../../src/node/read-article.ts'
import { renderArticle } from '../../src/node/render-article.ts'

const temp = await mkdtemp(join(tmpdir(), 'lectern-frontmatter-theme-'))
afterAll(() => rm(temp, { recursive: true, force: true }))

async function render(name: string, text: string, overrides = {}) {
  const path = join(temp, name)
  await writeFile(path, text)
  return renderArticle(await readArticle(path), path, overrides)
}

const body = '\n## Deployment Details\n\nThe following table details the Virtual Machines that are deployed in this lab.\n'

describe('a blog’s own theme in the frontmatter', () => {
  // dmcwee/dmcwee.github.io _labs/linux.md (Jekyll): `theme: dark` names the site's layout theme.
  const jekyll = '---\ntitle: Defender for Linux\ncategories:\n  - MDE\nlayout: post\ntheme: dark\ndate: 2024-01-18\n---\n'

  it('should warn at the key’s line, naming lectern’s themes, and build with the default theme', async () => {
    const { theme, rendered } = await render('linux.md', jekyll + body)
    expect(theme.name).toBe('lectern')
    const warnings = rendered.file.messages.filter((message) => message.ruleId === 'theme')
    expect(warnings.map((message) => [message.line, message.reason])).toEqual([
      [6, expect.stringMatching(/^unknown theme “dark” .*using “lectern”; lectern's themes: .*lectern, meetup, night/)],
    ])
  })

  it('should take a site theme written as a table (chenlinux.com: `theme:\\n  name: twitter`) as a warning too', async () => {
    const { theme, rendered } = await render(
      'squid.md',
      '---\nlayout: post\ntheme:\n  name: twitter\ntitle: url_rewrite_concurrency\n---\n' + body,
    )
    expect(theme.name).toBe('lectern')
    expect(rendered.file.messages.map((message) => message.line)).toContain(3)
  })

  it('should still use a theme lectern has', async () => {
    const { theme, rendered } = await render('night.md', '---\ntheme: night\n---\n' + body)
    expect(theme.name).toBe('night')
    expect(rendered.file.messages.filter((message) => message.ruleId === 'theme')).toEqual([])
  })

  it('should refuse an unknown theme typed on the command line, and a missing theme path in the frontmatter', async () => {
    await expect(render('flag.md', jekyll + body, { theme: 'dark' })).rejects.toThrow(/unknown theme “dark”; available themes/)
    await expect(render('path.md', '---\ntheme: ./brand.css\n---\n' + body)).rejects.toThrow(/theme not found: \.\/brand\.css/)
  })
})
