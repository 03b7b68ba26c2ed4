import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { shownPoints } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 128) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 128', () => {
  it("should say the project's blurb under the last rule, never show it", () => {
    const markdown =
      "## Onwards\n\nMulticluster support ships in the next stable release of the mesh.\n\n---\n\nLinkerd is a community project and is hosted by the [Cloud Native Computing Foundation](https://cncf.io). If you have feature requests, questions, or comments, we'd love to have you join our rapidly-growing community! Linkerd is hosted on [GitHub](https://github.com/linkerd/), and we have a thriving community on Slack. Come and join the fun!\n"
    expect(shownPoints(markdown).join(' ')).not.toContain('hosted on GitHub')
    expect(renderDeck(markdown).html).toContain('Linkerd is a community project')
    // (A paragraph of the article's own after its last rule is shown.)
    expect(
      shownPoints(
        '## Onwards\n\nMulticluster support ships next.\n\n---\n\nThe gateway now routes traffic between clusters without a VPN.\n\nEach cluster keeps its own control plane and its own certificates.\n',
      ).join(' '),
    ).toContain('The gateway now routes traffic between clusters')
  })

  it("should label a content tab without Material's icon shortcodes", () => {
    const points = shownPoints(
      '## Setting up a new environment\n\nBefore we do anything else we will create a new virtual environment.\n\n=== ":fontawesome-brands-linux: Linux, :fontawesome-brands-apple: macOS"\n\n    ```bash\n    python3 -m venv .venv\n    ```\n',
    )
    expect(points).toContain('lead: Linux, macOS:')
  })

  it('should not cut a point right before what its words wait for', () => {
    const glance = (sentence: string) => compress(sentence, 'en', 12)?.text ?? ''
    // BurntSushi's essay on maintaining open source, Elixir's keynote, the Go 2 transition proposal, Godot's retrospective.
    expect(glance("I have, for the most part, continued to maintain most of the Rust projects I've started.")).not.toBe(
      'I have, for the most part',
    )
    expect(glance('The obvious trolls are generally pretty easy for me to deal with, since I just report and block them.')).not.toBe(
      'The obvious trolls are generally pretty easy for me',
    )
    expect(
      glance('Most C compilers provide options to define precisely which version of the C standard the code should be compiled for.'),
    ).not.toBe('Most C compilers provide options to define precisely')
    expect(glance('The success of Godot is largely due to the support provided by the Software Freedom Conservancy.')).not.toBe(
      'The success of Godot is largely due to the support',
    )
    // (What follows a comma is an aside, and may go; so is a plural the participle only describes, a copula's aside, and a
    // noun "a" opens.)
    expect(glance('The real problem is, as usual, the network, which drops packets whenever the load goes above a level.')).toBe(
      'The real problem is, as usual, the network',
    )
    expect(glance('The package was downloaded by a bot operated by a security firm that scans new uploads for malware.')).toBe(
      'The package was downloaded by a bot',
    )
    expect(glance('Every frame has a root render pass, which contains all other render passes and glues them together.')).toBe(
      'Every frame has a root render pass',
    )
    expect(
      glance('This Asynchronous Task Framework would replace multiple bespoke async systems used by different engineering teams.'),
    ).toBe('The Asynchronous Task Framework would replace multiple bespoke async systems')
  })

  it('should show no turn to the coding a tutorial announces', () => {
    const points = shownPoints(
      "## Getting started\n\nOkay, we're ready to get coding. To get started, let's create a new project to work with.\n\n```bash\ndjango-admin startproject tutorial\n```\n",
    )
    expect(points.join(' ')).not.toContain('ready to get coding')
  })

  it("should show an essay's own closing words after its last rule, and a tab labelled only by its icon", () => {
    const closing = shownPoints(
      '## Storage\n\nWe rewrote our storage layer twice this year.\n\n---\n\nSQLite is a remarkable project, and reading its source changed how we write storage code. The lesson for us was simple: measure before you optimize, and contribute fixes upstream when you find them.\n\nNext time we will look at the query planner.\n',
    )
    expect(closing.join(' ')).toMatch(/SQLite|measure before you optimize/)
    const { html } = renderDeck(
      '## Install\n\nInstall the tool with your package manager.\n\n=== ":fontawesome-brands-apple:"\n\n    ```bash\n    brew install tool\n    ```\n',
    )
    expect(html).toContain('fontawesome-brands-apple')
  })

  it("should show a design document's labelled author and date lines on the title slide", () => {
    const { html } = renderDeck(
      '# Proposal: Go 2 transition\n\nAuthor: Ian Lance Taylor\n\nLast update: October 15, 2018\n\n## Abstract\n\nA proposal for how to make incompatible changes from Go 1 to Go 2 while breaking as little as possible.\n',
    )
    const title = html.slice(0, html.indexOf('</section>'))
    expect(title).toContain('<span class="lectern-author">Ian Lance Taylor</span>')
    expect(title).toContain('October 15, 2018')
  })
})
