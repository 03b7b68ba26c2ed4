import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { pointLeans } from '../../src/core/key-points/index.ts'
import { shownPoints } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 127) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 127', () => {
  it('should show no wish for the next year, nor a Chinese turn to the tour', () => {
    const points = shownPoints(
      '## Looking ahead\n\nWe shipped the new renderer in March and the editor rewrite in October.\n\nWe look forward to seeing what the next year brings.\n',
    )
    expect(points.join(' ')).not.toContain('look forward')
    const chinese = shownPoints(
      '---\nlang: zh\n---\n\n## 前言\n\nNGINX 的 reload 其实不是真正的热加载。\n\n带着这个疑问，让我们开始这次探索之旅。\n',
    )
    expect(chinese.join(' ')).not.toContain('探索之旅')
  })

  it('should make no point of words that only say a thought or its parts follow', () => {
    const essay = shownPoints(
      '## Creativity\n\nWe keep having the same arguments at work, and nobody seems able to decide.\n\nAnd I have a hypothesis: I think the issue at the core of why everything appears to be going down the tubes is that **we have systematically drummed creativity out of people,** for at least fifty years. And as a result, we collectively have no idea how we can get ourselves out of a rut.\n',
    )
    expect(essay.join(' ')).not.toContain('I have a hypothesis')
    const interview = shownPoints(
      "## What was hard?\n\nI'd say the most challenging part of my first contribution was twofold: the first was just getting oriented with how data flows in and out of Servo via the embedding API and the second was understanding how DOM structs, methods, and codegen all worked together in the script crate. Servo is a big project, but luckily I got lots of good help and feedback as I was working through it.\n",
    )
    expect(interview.join(' ')).not.toContain('was twofold')
  })

  it("should drop MyST's citation roles and a figure's options written as YAML", () => {
    const markdown =
      '## Barriers\n\nSharing data is still rare in most fields of research.\n\nRecent surveys {cite:ps}`Stuart2018sharing` conducted amongst researchers list the following reasons:\n\n- Organising data takes time\n- Researchers fear being scooped\n\n```{figure} ../figures/data-privacy.png\n---\nheight: 500px\nname: data-privacy\nalt: A person stands next to a well.\n---\nAn illustration of private data by Scriberia.\n```\n'
    const { html } = renderDeck(markdown)
    expect(shownPoints(markdown).join(' ')).toContain('Recent surveys conducted amongst researchers list the following reasons:')
    expect(html).not.toContain('cite:ps')
    expect(html).not.toContain('height: 500px')
  })

  it("should set a tool's name in lower case over its listing as its label, and show no wish for feedback", () => {
    const points = shownPoints(
      '## Upgrade\n\nThe release can be installed from conda-forge or PyPI.\n\nconda:\n\n    conda install -c conda-forge pandas\n\npip:\n\n    pip install --upgrade pandas\n\nAs always, we are happy to hear feedback on the mailing list.\n',
    )
    expect(points).toContain('lead: conda:')
    expect(points).toContain('lead: pip:')
    expect(points.join(' ')).not.toContain('happy to hear')
  })

  it('should keep the bold label of a step whose words go on in lower case', () => {
    // PostHog's tutorial on canary releases: the steps showed as "set email to…", without the stage each one is.
    const points = shownPoints(
      '## The steps to a canary release\n\nIf set up correctly, your initial release condition is only yourself. This lets you test a basic implementation before expanding. Beyond releasing to yourself, here is a recommended step-by-step release with conditions for each:\n\n1. **Just yourself:** set email to equal to your own, like `email equals ian@posthog.com`. Test it yourself to make sure the feature flag works and the feature works as expected.\n2. **Internal team:** set email to contain your domain, like `email contains posthog.com` or `email equals <insert multiple team member emails>`. Make sure to communicate with your team about what is being released, so they know to test and look out for issues.\n3. **Beta users, organizations:** set email to contain their domain or set organization to equal theirs, like `email contains twitter.com` or `organization_name equals twitter`. Setting expectations and having a communication channel with them (like a shared Slack channel) is critical for hearing about issues.\n4. **Expanded beta:** set release to a percentage of users or set it to match a popular property. Monitor insights and sessions related to the feature compared to those without. The overall metrics will be more important here.\n5. **Full release:** set release to 100% of users, check metrics again, delete the flag, and announce the feature. \n',
    )
    expect(points).toContain('Just yourself: set email to equal to your own, like email equals ian@posthog.com')
  })

  it('should read a way turned down or a citation in its sentence as the writer wrote them', () => {
    // Istio's post on ztunnel: the option considered, then not pursued, read as the design.
    const istio = shownPoints(
      '## Choosing a language\n\nWe set out to choose the implementation details of the new ztunnel.\n\nA C++ implementation was also considered. However, this option was not pursued due to memory safety concerns and developer experience.\n',
    )
    expect(istio.join(' ')).not.toContain('A C++ implementation was')
    // (Falling short turns down a way tried, not a claim it limits.)
    const tried = shownPoints(
      '## Memory\n\nWe first tried adding more memory to the build machines. But this was not enough. The builds still ran out of memory on the largest projects.\n',
    )
    expect(tried.join(' ')).not.toContain('We first tried adding more memory')
    expect(
      shownPoints(
        '## Types\n\nType checking catches a whole class of bugs before the code ever runs. But it is not enough: you still need tests for the logic.\n',
      ),
    ).toContain('Type checking catches a whole class of bugs')
    // ("{cite:ts}" is the sentence's subject: said by its author, not dropped.)
    const cited = shownPoints(
      '## Survey\n\nData sharing is still rare in most fields.\n\n{cite:ts}`Stuart2018sharing` surveyed seven thousand researchers about how they share data.\n',
    )
    expect(cited.join(' ')).toContain('Stuart')
    expect(cited.join(' ')).not.toContain('cite:ts')
  })

  it('should read "Much more is happening…" as leaning on the sentence before', () => {
    expect(pointLeans('Much more still is happening at the primary and preschool level')).toBe(true)
    expect(pointLeans('Much more code runs in the browser than on the server')).toBe(false)
  })

  it('should show no thanks behind emoji or "another"', () => {
    const points = shownPoints(
      "## Thanks Everyone\n\nThis year the project gained two maintainers and a new release process.\n\nAnother big thanks goes to all the contributors which by now do most of the work, with special shout-outs to Christoph and Eliah.\n\n🎉🎉🎉 Thanks for reading, let's make 2026 a great year for everyone :)! 🎉🎉🎉\n",
    )
    expect(points.join(' ')).not.toContain('thanks')
    expect(points.join(' ')).not.toContain('Thanks')
  })
})
