import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { extractKeyPoints, type KeyPointContext, renderDeck } from '../../src/core/index.ts'
import { claimOf, refersBack } from '../../src/core/key-points/dependence.ts'
import { introducesBlock } from '../../src/core/key-points/introductions.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'

/*
 * Sentences that announce what is shown after them, run-in labels, and words that lean on the
 * sentence before. Every sentence is from an article lectern had not seen when the rule was
 * written (tests/fixtures/articles/tokio-*, digitalgov-*, homebrew-*, julia-bio-*), or from the
 * corpus articles that must keep their points (go-blog-maps-tutorial, go-blog-defer-tutorial).
 */

function points(markdown: string, context: Partial<KeyPointContext> = {}): Array<string | undefined> {
  const tree = unified().use(remarkParse).parse(markdown)
  const paragraphs: Paragraph[] = []
  for (const node of tree.children) {
    if (node.type === 'paragraph') paragraphs.push(node)
    // A list's items are each a paragraph of their own, as a prose list's are.
    if (node.type === 'list') for (const item of node.children) paragraphs.push(item.children[0] as Paragraph)
  }
  return extractKeyPoints(paragraphs, { heading: 'A section', lang: 'en', mode: 'auto', ...context }).map(
    (point) => point && toString({ type: 'paragraph', children: point }),
  )
}

const refers = (text: string) => refersBack(tagSentence(text))

/** The points shown on a deck's slides, a numbered item's number before it. */
function slidePoints(markdown: string): string[] {
  return [
    ...renderDeck(markdown).html.matchAll(
      /<li class="lectern-numbered"><span class="lectern-step">([^<]*)<\/span>\s*([^<]*)<\/li>|<li>([^<]*)<\/li>/g,
    ),
  ].map((found) => (found[1] ? `${found[1]} ${found[2]}` : found[3]))
}

describe('a sentence that only announces the code, list or quotation after it', () => {
  it('should find an announcement by how it ends: a verb wanting its object, "like so", a number of items, an example', () => {
    for (const sentence of [
      'With this, we can implement Server::run like so:',
      'Toby Lawrence says:',
      'Our implementation for RequestHandler now becomes',
      'If we put all those things together we get',
      'Some example services provided by Tower:',
      'To thrive in a dynamic career, consider adopting these successful habits:',
      'There are three simple rules:',
      "Let's create a similar handler struct for adding a Content-Type header on the response:",
      'This is a conceptual example of running tasks in parallel:',
    ])
      expect(introducesBlock(sentence, 'en'), sentence).toBe(true)
  })

  it('should keep a claim or an instruction that ends in a colon', () => {
    for (const sentence of [
      'To read from the counter, take the read lock:',
      'A two-value assignment tests for the existence of a key:',
      'To initialize a map with some data, use a map literal:',
      'Other uses of defer (beyond the file.Close example given earlier) include releasing a mutex:',
      'The behavior of defer statements is straightforward and predictable.',
      'Stay curious, be proactive, and continually invest in your growth.',
    ])
      expect(introducesBlock(sentence, 'en'), sentence).toBe(false)
  })

  it('should take the claim before the announcement, or another sentence, or give no point', () => {
    expect(points("However, Rust currently doesn't support async trait methods, so we have two options:")[0]).toBe(
      "Rust currently doesn't support async trait methods",
    )
    expect(points('With this, we can implement Server::run like so:')).toEqual([undefined])
    expect(
      points('According to MIT Jameel World Education Lab [1], several key skills are critical for career resilience in 2023:'),
    ).toEqual([undefined])
    expect(
      points(
        'The devs at Datadog, working on Vector, have already successfully been using pre-release versions of Tokio Console to help debug issues. Toby Lawrence says:',
      )[0],
    ).not.toBe('Toby Lawrence says')
  })
})

describe('a run-in label', () => {
  it('should be the point when it is a clause of its own', () => {
    expect(
      points(
        '1. **Context is important:** Detailed acceptance criteria and a clear definition of done will usually be enough detail, but in some cases, context is also important.\n2. **Vendors take risks too:** Before even placing a bid, vendors have already done work to estimate the size of the ask.',
      ),
    ).toEqual(['Context is important', 'Vendors take risks too'])
  })

  it('should name the topic of each point in a series of labelled items', () => {
    expect(
      points(
        '1. Digital competency: In a digitally-driven world, the ability to navigate and leverage technology is crucial. Specific competencies include systems thinking, creativity, entrepreneurship, and comfort with ambiguity.\n2. Financial competency: Understanding financial principles and practices is essential for personal and professional success. Some specific competencies include negotiation, accountability, and integrity.',
      ),
    ).toEqual([
      'Digital competency: Specific competencies include systems thinking, creativity, entrepreneurship, and comfort with ambiguity',
      'Financial competency: Some specific competencies include negotiation, accountability, and integrity',
    ])
  })

  it('should read a label in Latin letters over Chinese words, its brackets closed', () => {
    // (Review 102, Karmada's test report in Chinese: the items "Num of Clusters: 集群数量是…" had no point, and the
    // slide showed one of three dimensions its lead-in counted.)
    const found = slidePoints(
      '---\nlang: zh\n---\n# T\n\n## 维度\n\n我们将一个多集群的资源池规模按优先级描述为以下所示的三个维度：\n\n1. Num of Clusters: 集群数量是衡量一个多集群系统资源池规模和承载能力最直接且最重要的维度，在其余维度不变的情况下系统能接入的集群数量越多，说明系统的规模越大。\n2. Num of Resources(API Objects): 对于一个多集群系统的控制面来说，存储并不是无限制的，而在控制面创建的资源对象的数量和总体大小受限于系统控制面的存储。\n3. Cluster Size: 集群规模是衡量一个多集群系统资源池规模不可忽视的维度。一方面，集群数量相等的情况下，单个集群的规模越大，整个多集群系统的资源池越大。\n',
    )
    expect(found.filter((point) => /^\d\./.test(point))).toHaveLength(3)
    expect(found).toContain('1. Num of Clusters')
  })

  it('should leave out of a point the link to where a video plays that ends its paragraph', () => {
    // (Review 79: a Veloren devlog's caption over its `{{ video(src=…) }}` showed the clip's address on the slide.)
    expect(
      points(
        'Shield blocking by @Papinha in the arena\n[Video: https://example.org/cdn/2024-01-11_23-53-37.mp4](https://example.org/cdn/2024-01-11_23-53-37.mp4)',
      ),
    ).toEqual(['Shield blocking by @Papinha in the arena'])
  })

  it('should show the label of an item in a series of labels when its sentences give no point', () => {
    // (18f-policy-as-code-essay: "Open and transparent" was left out of the three qualities the slide listed.)
    const list = [
      '* **Open and transparent**: Because we are following an open-source approach, anyone can see our prototyping repo on GitHub, check our inputs and assumptions, point out bugs, and re-use our work.',
      '* **Shareable between systems**: Our program is meant to be used by other programs. For example, another system could call our API.',
      '* **Verifiable as accurate**: Our prototype includes automated tests. We use Gherkin for our automated tests.',
    ].join('\n')
    expect(points(list)[0]).toBe('Open and transparent')
    // (A label alone over a list leads into it; one of one or two words names a topic and says nothing of it.)
    expect(points(`**What to expect:**\n\n**Why it matters:** Provides early feedback on breaking changes.\n\n${list}`)[0]).toBeUndefined()
    expect(
      points(
        '**Sort.** Because we changed the implementation, programs that depended on the order of equal elements, the order that nobody promised, broke in the tests of many teams at once.\n\n**Compress.** We made it produce smaller outputs.',
      )[0],
    ).toBeUndefined()
  })

  it('should keep the label whose words after it go on in lower case', () => {
    // (Review 63: a French essay showed "vous, le bug, et votre compréhension du code".)
    expect(points("**Phase porte fermée** : vous, le bug, et votre compréhension du code. Personne d'autre.", { lang: 'fr' })[0]).toBe(
      'Phase porte fermée: vous, le bug, et votre compréhension du code',
    )
  })

  it('should name the topic of each point in a run of three or more labelled items, bold and closed by a stop too', () => {
    // (Overreacted's "The Elements of UI Engineering", review 53: none of its twelve bold problem names reached a slide.)
    const found = points(
      [
        '* **Consistency.** You click on a “Like” button and the text updates. Other users might modify the data we display.',
        '* **Responsiveness.** People can only tolerate a lack of visual feedback for a limited time. Users perceive any delay under 100ms as equally fast.',
        '* **Navigation.** We expect that the UI remains stable as we interact with it, and that the back button works.',
      ].join('\n'),
    )
    expect(found.every((point) => /^(Consistency|Responsiveness|Navigation): /.test(point ?? ''))).toBe(true)
    // (A vulnerability report's fields, review 46: "Product: Microsoft Exchange Server", whose words the label never says.)
    expect(
      points(
        '1. Product: The Microsoft Exchange Server on premises, all of its editions.\n2. Bug class: A Server-Side Request Forgery in the front end.\n3. Affected versions: Exchange 2010, 2013, 2016, and 2019 before the March update.',
      ).every((point) => /^(Product|Bug class|Affected versions): /.test(point ?? '')),
    ).toBe(true)
    // (A bold phrase with its article is the writer's point, not a topic: "**A bold point.**")
    expect(points('**A bold point.** Then the notes go on with more words.')[0]).toBe('A bold point')
  })

  it('should not name a speaker said again, nor keep a footnote’s number', () => {
    const answers = points(
      'Alex Cohen: Deepfakes are really easy to make. There are studios and downloadable tools available.\n\nAlex Cohen: We recommend alert bots. Set up alerts for any of your folks who are on camera often.',
    )
    expect(answers.every((answer) => answer && !answer.startsWith('Alex Cohen'))).toBe(true)
    expect(
      points(
        '1: There has been some discussion around whether call should take Pin<&mut Self> or not, but so far we have decided to go with a plain &mut self.',
      )[0] ?? '',
    ).not.toMatch(/^1/)
  })

  it('should drop a bare lead-in before a colon in a bold statement', () => {
    expect(claimOf('To be explicit: no packages were compromised and no action is required by users due to this incident.', 'en')).toBe(
      'No packages were compromised and no action is required by users due to this incident.',
    )
  })
})

describe('claims the writer numbers', () => {
  // The AWS talk's lessons (content/aws-founding-story.md), and a tutorial's "First," that numbers no claims.
  const lessons = [
    'Looking back, a few themes stand out.',
    'First, solve your own pain first. AWS was born from Amazon’s own infrastructure bottlenecks. The company didn’t invent the cloud in a vacuum—it turned its internal problems into a universal solution.',
    'Second, think in primitives. Instead of building bloated all-in-one products, AWS started with simple, atomic services. Compute. Storage. Databases. From those primitives, customers built everything else.',
    'Third, play the long game. In 2006, the cloud was a risky bet. Enterprises were slow to adopt. But Bezos and Jassy understood that trust and scale compound over time. By enduring the skepticism, AWS cemented its lead.',
  ]

  it('should take each numbered opening as its paragraph’s point, without its number, and no point for the sentence that counts them', () => {
    expect(points(lessons.join('\n\n'))).toEqual([undefined, 'Solve your own pain first', 'Think in primitives', 'Play the long game'])
  })

  it('should leave a lone "First," and a count without numbered paragraphs after it as they were', () => {
    expect(points(`${lessons[0]}\n\n${lessons[1]}`)[0]).toBe('A few themes stand out')
    const step = points(
      'First, let’s import everything we are going to use. The plot will consist of a bar for each year, colored using a custom color map.',
    )[0]
    expect(step ?? '').not.toMatch(/^Let/)
  })
})

describe('words that stand for what the sentence before said', () => {
  it('should find "do so", a comparison without its other side, and "one" for a noun said before', () => {
    expect(refers('Doing so is considered a violation of the Service API contract')).toBe(true)
    expect(refers('Timeout<T> is a bit different')).toBe(true)
    expect(refers("It's similarly straightforward to see how many Swiss people have read the spec")).toBe(true)
    expect(refers('There was one in India')).toBe(true)
    expect(refers('One of the most useful data structures is the hash table')).toBe(false)
    expect(refers('A second paragraph follows the first one')).toBe(false)
    expect(refers('Go is faster than Python')).toBe(false)
  })

  it('should not take a verb the tagger read as a noun for the antecedent of "it"', () => {
    expect(refers("You don't see it in the U.S")).toBe(true)
    expect(refers('Not only can you use it to generate people but you can generate geospatial')).toBe(true)
    expect(refers('The map has a key and it is a string')).toBe(false)
  })
})

describe('what reviewers of unseen articles found said around the point (review 3)', () => {
  it('should read an "it" that holds the place of a clause as standing alone', () => {
    expect(
      points(
        'It turns out SQLite databases are always an exact multiple of the page_size. So multiplying that by the page count gives the size.',
      )[0],
    ).toBe('It turns out SQLite databases are always an exact multiple of the page_size')
    expect(refers('It is important to ensure that the data is entered correctly')).toBe(false)
    expect(refers('It works using two pragma functions')).toBe(true)
  })

  it('should take no point from talk about the text or the tour it announces', () => {
    expect(
      points(
        'In this article, I’ll walk you through my journey. Along the way, I’ll share the experiences and emotions that shaped my path to the stage.',
      ),
    ).toEqual([undefined])
    expect(
      points(
        'We will look at how to create two types of dropdowns in Microsoft Excel. Dropdowns constrain the input of a cell to a set of values.',
      )[0],
    ).toBe('Dropdowns constrain the input of a cell to a set of values')
    expect(points('The webhook rejects pods without labels. Code used in this article can be seen in my github.')[0]).toBe(
      'The webhook rejects pods without labels',
    )
  })

  it('should read a wish or an offer to say something, and a request for leave to, as the tour', () => {
    const claim = 'The river carried twice as much silt after the dam opened.'
    for (const tour of [
      'I’m going to run through the three most surprising results.',
      'I wanted to put up a page of the original survey.',
      'I can tell you about the way we sampled the water.',
      'We would like to touch on the funding first.',
      'Let me show you how the gauges were read.',
      'Allow me a moment to be more blunt than usual.',
    ])
      expect(points(`${tour} ${claim}`)[0], tour).toBe('The river carried twice as much silt after the dam opened')
    // A plan of the writer's, a claim framed by what we can see, and a request to hear back are not the tour.
    expect(points(`We want to sample the river every week. ${claim}`)[0]).toBe('We want to sample the river every week')
    expect(points(`We can see that the silt doubled. ${claim}`)[0]).toBe('We can see that the silt doubled')
  })

  it('should take no point from a sign-off, a short question or what only points below', () => {
    expect(points('Espero que os esté siendo útil. Usaremos OpenCover para la cobertura de código.', { lang: 'es' })[0]).toBe(
      'Usaremos OpenCover para la cobertura de código',
    )
    expect(points('¿Por donde empezamos? Usaremos OpenCover para la cobertura de código.', { lang: 'es' })[0]).toBe(
      'Usaremos OpenCover para la cobertura de código',
    )
    expect(introducesBlock('My refined task list is shown below.', 'en')).toBe(true)
    expect(points('If we independently repeat an experiment many times, and event A occurs often, then:')).toEqual([undefined])
  })

  it('should find a demonstrative before a noun the paragraph does not name, outside English', () => {
    expect(
      points(
        'Siguiendo esta receta vamos a crearnos una carpeta para trabajar. Un fichero compose es más práctico que varios docker run.',
        { lang: 'es' },
      )[0],
    ).toBe('Un fichero compose es más práctico que varios docker run')
  })
})

describe('a quotation introduced by its speaker', () => {
  it('should take "Name notes:" for the introduction of the quotation after it, though the tagger reads "notes" as a noun', () => {
    expect(introducesBlock('Somewhat tongue in cheek, software engineer Mike Judge notes:', 'en')).toBe(true)
    expect(introducesBlock('As the maintainer Ana Silva explains:', 'en')).toBe(true)
    // (A sentence with its own claim before the colon is not only an introduction.)
    expect(introducesBlock('Mike Judge notes that estimates are hard: they always were.', 'en')).toBe(false)
  })
})
