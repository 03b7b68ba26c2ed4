import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import {
  addressesSomeone,
  isByline,
  isCourtesy,
  isNameList,
  namesUnsaid,
  onlyTurns,
  pointsIntoBlock,
  pointsTheWay,
  previewsNext,
  promisesBelow,
  saidAroundAPoint,
} from '../../src/core/key-points/asides.ts'
import { announcesWhatFollows } from '../../src/core/key-points/announcements.ts'
import { citesWork, isCaption, pointsAtFigure } from '../../src/core/key-points/captions.ts'
import { elidesPredicate, opensAbsolute } from '../../src/core/key-points/extract.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'
import { points } from '../helpers/key-points.ts'

/*
 * Sentences a speaker says around a talk's points and would rather show nothing for: credits to
 * sponsors and partners, calls to act or get in touch, pointers to a download or another page,
 * notes on where the pictures come from, turns to what comes next ("Let's dive in"), the people
 * a post credits at its end. Each rule reads a kind of text, not one post's wording.
 */

/** The points a deck shows under the heading `title`. */
function shown(markdown: string, title: string): string[] {
  const slides = slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html))
  const slide = slides.find((each) => text(select('h2', each)) === title)
  if (!slide) throw new Error(`no slide titled ${title}`)
  return selectAll('ul.lectern-points > li', slide).map((item) => text(item))
}

describe('key points: credits, calls to action and turns show nothing', () => {
  it('should read an entry of a list of works cited as no point, headed "References" or not', () => {
    // (A history of the Bronze Age collapse, review 53: its references, under a line "References", became points cut at "Lett.".)
    expect(
      citesWork(
        'Knitter, D., Günther, G., Hamer, W. B. and Nakoinz, O.: Land use patterns and climate change, Environ. Res. Lett., 14(12), 125003, doi:10.1088/1748-9326/ab5126, 2019.',
      ),
    ).toBe(true)
    expect(
      citesWork('Norrie, P.: How Disease Affected the End of the Bronze Age, pp. 61–101, Springer International Publishing, Cham., 2016.'),
    ).toBe(true)
    expect(
      citesWork(
        'Burlingame, K.: Forces of Destruction: The Collapse of the Mediterranean Bronze Age, Bachelor Thesis, Pennsylvania State University., 2011.',
      ),
    ).toBe(true)
    // (Authors by their full names, then the year in brackets: the citation a Spanish post asks its readers to use, review 104.)
    expect(
      citesWork(
        'Laura Ación, Luciana Benotti, Melissa Black, Laura Ascenzi, & Paola Andrea Lefer. (2023). Inteligencia Artificial y Educación: Reflexiones críticas. Zenodo. https://doi.org/10.5281/zenodo.8120709',
      ),
    ).toBe(true)
    expect(citesWork('Laura Ación and Luciana Benotti (2023) showed that the journal Science was wrong about teachers.')).toBe(false)
    expect(
      citesWork('Vaswani, Shazeer, and Parmar (2017) showed in their conference paper that attention alone is enough for translation.'),
    ).toBe(false)
    // (A sentence that names an author and a year is a claim.)
    expect(citesWork('Drake showed in 2012 that the Mediterranean cooled, and the journal Science followed it up.')).toBe(false)
    expect(citesWork('Paris, France: the city hosted the 2024 Olympic Games with a record budget.')).toBe(false)
    expect(
      points(
        'Drake, B. L.: The influence of climatic change on the Late Bronze Age Collapse, Journal of Archaeological Science, 39(6), 1862–1870, 2012.',
      ),
    ).toEqual([undefined])
  })

  it('should read a pointer to another part or page, a picture credit, an apology and a closing plea as said around a point', () => {
    // (Review 51: Tokio's tutorial, a Flux KubeCon wrap-up, a PyCon talk write-up, a Korean SRE post.)
    expect(saidAroundAPoint('See the next chapter for more details.', [], 'en')).toBe(true)
    expect(saidAroundAPoint('Read the release notes for the full list.', [], 'en')).toBe(true)
    expect(saidAroundAPoint('Check out the docs for more information.', [], 'en')).toBe(true)
    expect(saidAroundAPoint('Taken from the CNCF flickr account.', [], 'en')).toBe(true)
    expect(saidAroundAPoint('Photo by Jane Doe on Unsplash.', [], 'en')).toBe(true)
    // (A personal essay and This Week in Rust, review 88: a picture's copyright, and who did the text's work.)
    expect(saidAroundAPoint('Image copyright socksofdoom', [], 'en')).toBe(true)
    expect(saidAroundAPoint('Triage done by @rylev.', [], 'en')).toBe(true)
    expect(saidAroundAPoint('The migration was done by Alice in two weeks.', [], 'en')).toBe(false)
    expect(saidAroundAPoint('Code written by humans rots.', [], 'en')).toBe(false)
    expect(saidAroundAPoint('Research done by Intel shows big gains.', [], 'en')).toBe(false)
    expect(saidAroundAPoint('Edited by Jane Doe and @rylev.', [], 'en')).toBe(true)
    expect(
      saidAroundAPoint(
        'Slides (PDF), scripts, and datasets are at github.com/andrew/pycon.',
        ['Slides (PDF)', 'github.com/andrew/pycon'],
        'en',
      ),
    ).toBe(true)
    expect(isCourtesy('Sorry if we missed to mention anyone.', 'en')).toBe(true)
    expect(isCourtesy('We apologize for the inconvenience this outage caused.', 'en')).toBe(true)
    expect(isCourtesy('많은 지원 부탁드립니다!', 'ko')).toBe(true)
    // (Review 53: a bandits explainer's sign-off and link aside, an essay's invitation, a vendor's closer, a greeting.)
    expect(saidAroundAPoint('Check my toy implementation of UCB1 and Bayesian UCB with Beta prior on θ.', [], 'en')).toBe(true)
    expect(isCourtesy('I plan to write more on Reinforcement Learning in the future.', 'en')).toBe(true)
    expect(isCourtesy('I’d love to see your experiments on GitHub.', 'en')).toBe(true)
    // (Overreacted's essay sets it wholly in brackets.)
    expect(isCourtesy('(I’d love to see your experiments on GitHub — feel free to tweet me in response.)', 'en')).toBe(true)
    expect(isCourtesy('(The teams get very competitive.)', 'en')).toBe(false)
    expect(isCourtesy('We’d be happy to talk with you more about your security and identity management needs.', 'en')).toBe(true)
    expect(isCourtesy('Happy New Year and the upcoming Lunar New Year!', 'en')).toBe(true)
    expect(saidAroundAPoint('Check the return value before you use it.', [], 'en')).toBe(false)
    // (A claim that reads or sees is none of these: advice, a finding, a sentence about a page's content.)
    expect(saidAroundAPoint('Read the error message before you change the code.', [], 'en')).toBe(false)
    expect(saidAroundAPoint('See how much faster the second run is: the cache works.', [], 'en')).toBe(false)
    expect(saidAroundAPoint('The photos were taken from a drone at 120 metres.', [], 'en')).toBe(false)
    expect(isCourtesy('Sorting is slow on this input.', 'en')).toBe(false)
  })

  it('should show nothing for a few words beside a web address, which only say what is there', () => {
    // golang/proposal's design documents open on these (review 48: the first was the deck's first point).
    const [slide] = slidesOf(
      parseDeck(
        renderDeck(
          '# Proposal\n\n## Links\n\nEarlier discussion at https://go.dev/issue/55090.\n\nOriginal graph at www.kurzweilai.net/ask-ray-the-future-of-moores-law.\n\nThe full design is at https://go.dev/design/56986 and it changes how GODEBUG defaults are chosen for every module.\n',
        ).html,
      ),
    ).slice(1)
    expect(selectAll('.lectern-points li', slide).map((point) => text(point))).toEqual([
      expect.stringMatching(/^The full design is at https:\/\/go\.dev\/design\/56986/),
    ])
  })

  it('should show nothing for a sentence about a pronoun that names nothing, and take a sentence that does', () => {
    for (const sentence of ['I won’t complain.', 'We’re just getting started.', 'There is still something missing.', 'You can go further.'])
      expect(points(sentence), sentence).toEqual([undefined])
    expect(points('We have much more planned. The next release adds a query planner.')).toEqual(['The next release adds a query planner'])
    // A noun, a number, a name or an acronym is something named.
    expect(points('We need to learn when to apply AI.')).toEqual(['We need to learn when to apply AI'])
    expect(points('It doubled the throughput.')[0]).toBeDefined()
  })

  it('should read a sentence whose predicate credits sponsors, funders or a partnership as a courtesy', () => {
    expect(isCourtesy('The type system was made possible thanks to a partnership between two research labs.', 'en')).toBe(true)
    expect(isCourtesy('The development work is currently sponsored by three companies.', 'en')).toBe(true)
    expect(isCourtesy('This research was funded by the National Science Foundation.', 'en')).toBe(true)
    expect(isCourtesy('The survey has been made possible through the generosity of our donors.', 'en')).toBe(true)
    // A cause, and a claim about funded projects: no credits.
    expect(isCourtesy('The speed-up was made possible by a new allocator.', 'en')).toBe(false)
    expect(isCourtesy('Projects funded by venture capital grow faster.', 'en')).toBe(false)
  })

  it('should read a call to act now, to subscribe or to get in touch as a courtesy', () => {
    expect(isCourtesy('Don’t wait — start securing your release workflows today.', 'en')).toBe(true)
    expect(isCourtesy('If you are on Mastodon, you should subscribe to our newsletter, too.', 'en')).toBe(true)
    expect(isCourtesy('Contact us at help@example.org with any question.', 'en')).toBe(true)
    expect(isCourtesy('Vous souhaitez en discuter? Communiquez avec notre équipe!', 'fr')).toBe(false)
    expect(isCourtesy('Communiquez avec notre équipe!', 'fr')).toBe(true)
    expect(isCourtesy('Subscribers to the plan get a discount on storage.', 'en')).toBe(false)
  })

  it('should read an appeal for donations, an offer of paid support, a shout-out and a call to tweet or file an issue as a courtesy', () => {
    expect(isCourtesy('We would like to encourage you to donate to the project.', 'en')).toBe(true)
    expect(isCourtesy('If you are a company, we also offer commercial support.', 'en')).toBe(true)
    expect(isCourtesy('Please consider sponsoring one of our maintainers.', 'en')).toBe(true)
    expect(isCourtesy('A huge shout-out goes to Ana and Li for the new website.', 'en')).toBe(true)
    expect(isCourtesy('Tweet @ourproject with your questions and share your experiences.', 'en')).toBe(true)
    expect(isCourtesy('Filing an issue in our repository is the best way for us to track feedback.', 'en')).toBe(true)
    expect(isCourtesy('Donations fell by a third after the change of rules.', 'en')).toBe(false)
    expect(isCourtesy('Commercial support contracts now cover the older releases too.', 'en')).toBe(false)
  })

  it('should read thanks that close a Japanese sentence as a courtesy', () => {
    expect(isCourtesy('今回の共同主催者には大変お世話になりました。', 'ja')).toBe(true)
    expect(isCourtesy('翻訳チームの皆さん、ありがとうございました！', 'ja')).toBe(true)
    expect(isCourtesy('ワークショップの準備に集中することが出来ました。', 'ja')).toBe(false)
  })

  it('should read what a reader can now download as news, ended by its "!" before a name in lower case', () => {
    const [news] = points(
      'You can now **download [the Tern browser](https://example.org/run) for Android** on [example.org](https://example.org)! ternshell now supports gamepads by default, and has better navigation on phones.',
    )
    expect(news).toBe('You can now download the Tern browser for Android on example.org!')
  })

  it('should give no point to a pointer to a download', () => {
    const found = points('Download a copy of the [planning template](https://example.org/template.pdf).')
    expect(found).toEqual([undefined])
  })

  it('should give no point to a paragraph that only lists the people a post credits', () => {
    expect(isNameList('John Millons, Klara Steele, Sean Boots et James Mickle.')).toBe(true)
    expect(isNameList('Ana Souza, Wei Chen, and Priya Patel')).toBe(true)
    expect(isNameList('Python, Rust and Go all ship a formatter.')).toBe(false)
    expect(isNameList('Ana Souza and Wei Chen')).toBe(false)
    const found = points('Our policy team grew to six people this year.\n\nAna Souza, Wei Chen, Priya Patel and Tom Berg.')
    expect(found[1]).toBeUndefined()
  })

  it('should read a note on where the pictures come from as a caption', () => {
    expect(isCaption('Screenshots are from a 1920x1080 screen:')).toBe(true)
    expect(isCaption('These screenshots are on a 12.5” laptop with a 1366x768 screen running KDE in Linux:')).toBe(true)
    expect(isCaption('All photos were taken by the author.')).toBe(true)
    expect(isCaption('Images are compressed to WebP before upload, which halves the page weight.')).toBe(false)
  })

  // A Zenn post (review 96): a section of a table and its caption showed the caption as the section's point.
  it("should not make a table's caption the point of a section that has no other", () => {
    const tree = parseDeck(
      renderDeck(
        '# Talk\n\n## Comparison\n\n| Aspect | SDD | deckrd |\n| --- | --- | --- |\n| Unit | spec | decision |\n| Grain | coarse | fine |\n\n*Table 5-1: SDD and deckrd compared*\n',
      ).html,
    )
    expect(selectAll('.lectern-points li', tree).map(text)).not.toContain('Table 5-1: SDD and deckrd compared')
  })

  // A Zenn post (review 96): "*表1-1: AI設計が断片化する理由の整理*" under its table was shown as a point.
  it('should read a numbered caption in the languages articles are written in, numbered by chapter or not', () => {
    for (const caption of [
      '表1-1: AI設計が断片化する理由の整理',
      '表 2-1: Your Goals to Tasks の構成要素対応',
      '図 2-2：判断の逆流',
      '图 3：调度延迟',
      '그림 1. 파드의 생명 주기',
      'Table 2-1: Results by region',
      'Figure 3.2. Throughput per core',
      'Abbildung 4: Aufbau des Clusters',
      'Tableau 1 : Résultats',
    ])
      expect(isCaption(caption), caption).toBe(true)
    expect(isCaption('表1の値は、すべて実測値です。')).toBe(false)
    expect(isCaption('Figure 8 times more memory for the cache than you think.')).toBe(false)
  })

  // Vitess 20's announcement (review 97): "For more details, please refer to the Vitess and MySQL documentation." was a point.
  it("should give no point to a pointer to a project's documentation by its names, after what it is for or not", () => {
    expect(points('For more details, please refer to the Vitess and MySQL documentation.')).toEqual([undefined])
    expect(points('Please refer to the Kubernetes docs.')).toEqual([undefined])
    // (Capitalised as a name, Supabase's launch post, review 97.)
    expect(points('Check the Edge Functions Docs for the steps.')).toEqual([undefined])
    // (A sentence that says what the docs do is a claim.)
    expect(points('The Vitess documentation now covers every flag of the MoveTables workflow.')).toEqual([
      'The Vitess documentation now covers every flag of the MoveTables workflow',
    ])
  })

  it('should give no point to a turn to what comes next that names nothing of it', () => {
    expect(onlyTurns("Let's dive in.", 'en')).toBe(true)
    expect(onlyTurns("Let's expand on the second point.", 'en')).toBe(true)
    expect(onlyTurns('Now, let’s get started!', 'en')).toBe(true)
    expect(onlyTurns("Let's look at the allocator.", 'en')).toBe(false)
    expect(points("Let's dive in.")).toEqual([undefined])
    // (Vitess 20's announcement, review 97: a release note's turn to its highlights, under "## Dive Deeper", is a divider, not a passage.)
    expect(onlyTurns('Let’s look into some key highlights of this release.', 'en')).toBe(true)
    const divider = parseDeck(
      renderDeck(
        '# V\n\n## Intro\n\nVitess 20 is out with many changes.\n\n## Dive Deeper\n\nLet’s look into some key highlights of this release.\n\n### Query Compatibility\n\nVitess now supports many more queries than before.\n',
      ).html,
    )
    expect(select('section#dive-deeper', divider)?.properties.dataKind).toBe('divider')
  })

  it('should pass over a sentence that only says what is worth stressing, or what the code below shows', () => {
    expect(pointsTheWay('It is important to emphasize type errors.', 'en')).toBe(true)
    expect(pointsTheWay('It is important to note that caches expire after a day.', 'en')).toBe(false)
    expect(pointsIntoBlock('In the example workflow file below, you see a release trigger defined.', 'en')).toBe(true)
    expect(pointsIntoBlock('In the chart above, we can see that latency doubles under load.', 'en')).toBe(false)
  })

  it('should give no point to a one-sentence paragraph that counts the benefits or reasons the next ones spell out', () => {
    const benefits = points(
      'Readable code offers several significant benefits.\n\nReviewers understand a readable change in minutes rather than hours.',
    )
    expect(benefits[0]).toBeUndefined()
    expect(benefits[1]).toBeDefined()
    const drawbacks = points('This design has two major drawbacks.\n\nEvery request waits for the slowest replica to answer.')
    expect(drawbacks[0]).toBeUndefined()
    // Things counted are a claim; a teaser with nothing after it is what the section says.
    expect(points('We shipped three releases this year.\n\nEach one cut the install size by a tenth.')[0]).toBeDefined()
    expect(points('This design has two major drawbacks.')[0]).toBeDefined()
    // A Ruby author's advice to newcomers (AkitaOnRails's interview with Hal Fulton): the count of recommendations is no point.
    expect(
      points(
        'Really, I only have three recommendations. First of all, the mailing list or newsgroup is a powerful source of information, and there are still friendly and knowledgeable people there who will answer your questions. Second, there are millions of lines of Ruby source out there.',
      )[0],
    ).toBe('The mailing list or newsgroup is a powerful source of information')
    // What the text says it leaves out.
    expect(
      points(
        'When targeting small boards there are many platform-specific settings and quirks that are beyond the scope of this document. You need to be aware that the default debug build is probably too costly so right away you should switch to a release build or a combination of switches that turn the checks off, not to mention the choice of a cross compiler. Feel free to join our chat and ask for help!',
      )[0] ?? '',
    ).not.toMatch(/scope/)
    // A count of things said to stand out, which the sentences after it name.
    expect(points('A few answers were very common. By far the most common request was a stable first version.')[0]).toBe(
      'By far the most common request was a stable first version',
    )
    expect(points('Two requests came up again and again.\n\nReaders want shorter release notes.')[0]).toBeUndefined()
    // A turn to a change not yet named.
    expect(points("Something else changed too. Revenue put the company in our own hands instead of an investor's.")[0]).toBe(
      "Revenue put the company in our own hands instead of an investor's",
    )
    // Changes counted, and factors counted with what they led to, are teasers too.
    expect(points('There were some key changes.\n\nThe form now asks for the city before the street.')[0]).toBeUndefined()
    const factors = points('There were several factors that led to our redesign.\n\nThe old logo did not read well at small sizes.')
    expect(factors[0]).toBeUndefined()
    expect(factors[1]).toBeDefined()
  })

  it('should give no point to a cut or sentence that only counts, or turns to "other", things what follows spells out', () => {
    // A cut that keeps only the count drops what the sentence said of it, wherever it stands.
    expect(points('As always, there are several trade-offs, and each team must pick the one that suits its workload.')).toEqual([undefined])
    expect(points('Our plan for the migration is three-fold.\n\nWe copy the data to the new cluster overnight.')[0]).toBeUndefined()
    const others = points(
      'There are a few other lessons we took from the outage. Pagers now ring for every failed backup.\n\nRestores are rehearsed each quarter.',
    )
    expect(others[0]).toBe('Pagers now ring for every failed backup')
    // A release's "other updates" are news it goes on to list.
    expect(
      points('There are a few other updates. But you don’t need to make them by hand.\n\nRun the upgrade tool on your code.')[0],
    ).toBeUndefined()
    // Other things named are a claim.
    expect(points('There are other databases that store time series more compactly than ours.')[0]).toBeDefined()
    // So is a sentence that only says an example follows, and when.
    expect(
      points('**Sorting.** Another example happened in version 1.6.\n\nThe new algorithm put equal elements in a different order.')[0],
    ).toBeUndefined()
    expect(points('One example is the scheduler, which skips idle nodes.')[0]).toBeDefined()
  })

  it('should give no point to a sentence that only says a few things, or a better one, exist', () => {
    // Which two? Faster than what? The sentences after it say.
    for (const teaser of [
      'The scheduler has a couple of great characteristics.',
      'There are two phases.',
      'In our later work, we realized that there is actually a much faster way.',
      'There are many more complex and subtle transformations too.',
    ])
      expect(points(`${teaser} The scheduler copies each page once and maps it read-only.`)[0], teaser).toBe(
        'The scheduler copies each page once and maps it read-only',
      )
    // Nor does a signpost to the next part of a series, or a change the sentences after it say.
    for (const signpost of [
      'The last part of sustainability is financial.',
      'My last piece of general advice is a small pep talk.',
      'A lot has changed.',
    ])
      expect(points(`${signpost}\n\nThe scheduler copies each page once and maps it read-only.`)[0], signpost).toBeUndefined()
    expect(points('The last part of the bridge was finished in 1932.\n\nIt opened a year later.')[0]).toBe(
      'The last part of the bridge was finished in 1932',
    )
    // A large figure, a plain fact, a denial and a noun said which are claims.
    for (const claim of [
      'There are 12 million users.',
      'There was a power cut.',
      'There is no silver bullet.',
      'There are two phases in every build.',
    ])
      expect(points(claim)[0], claim).toBe(claim.replace(/\.$/, ''))
  })

  it('should give no point to a sentence that ends on its auxiliary, leaving its predicate to the sentence before', () => {
    expect(elidesPredicate('The fact that it only covers one region isn’t')).toBe(true)
    expect(elidesPredicate('Our old build server never could')).toBe(true)
    // A question word's clause ends on its verb and leaves nothing out.
    expect(elidesPredicate('The compiler tells us what the fix is')).toBe(false)
    expect(elidesPredicate('The free tier is generous')).toBe(false)
    // So does one that ends on the "to" of its infinitive; a preposition its noun left at the end leaves nothing out.
    expect(elidesPredicate('You want a machine to')).toBe(true)
    expect(elidesPredicate('We never planned to.')).toBe(true)
    expect(elidesPredicate('The launch is something to look forward to')).toBe(false)
    expect(elidesPredicate('This is the team I belong to')).toBe(false)
    // (Nor an infinitive of its own before the preposition, nor "used to": a code review's cases.)
    expect(elidesPredicate('The hallway is where you meet the speakers you really want to talk to')).toBe(false)
    expect(elidesPredicate('It is an idea the team hopes to return to')).toBe(false)
    expect(elidesPredicate('It is a workflow everyone quickly gets used to')).toBe(false)
  })

  it('should give no point to a noun and its "being", a clause without a verb that goes on from the sentence before', () => {
    expect(opensAbsolute('The idea being that I could work on a machine without Git')).toBe(true)
    expect(opensAbsolute('The reason being, nobody tested it')).toBe(true)
    expect(opensAbsolute('The human being is a social animal')).toBe(false)
    // (Nor a possessive's gerund, nor "being" the noun before a verb further on: a code review's cases.)
    expect(opensAbsolute('The human being behind the chat window reads every message')).toBe(false)
    expect(opensAbsolute('Our being able to ship weekly is what keeps us honest')).toBe(false)
    expect(opensAbsolute('Being first matters less than being right')).toBe(false)
    const [point] = points(
      'The idea being that I could work on a machine without Git (e.g. Windows XP), and copy the mbox to another machine where Git can absorb it. Commits go the other way with `git format-patch`, useful for testing on real change sets.',
    )
    expect(point ?? '').not.toMatch(/being/)
  })

  it('should give no point to a paragraph that only asks what the paragraph after it answers', () => {
    const asked = points(
      'Why would anyone write a specification at all?\n\nA specification lets compiler authors agree on what programs mean.',
    )
    expect(asked[0]).toBeUndefined()
    expect(asked[1]).toBeDefined()
    // The question that ends its run asks the listener: it stays.
    expect(points('Why would anyone write a specification at all?')[0]).toBeDefined()
    // (Review 61: a lone question set in bold over its answer, "**What is ncdu?**", is a heading in
    // bold; an interview's bold questions, several in a run, stay with their answers.)
    const tutorial = points(
      'Disk space management is a critical task for Linux system administrators.\n\n**What is ncdu?**\n\nThe ncdu tool shows which directories use the most disk space.',
    )
    expect(tutorial[1]).toBeUndefined()
    const interview = points(
      '**What got you into open source?**\n\nA bug in a library I used every day.\n\n**What do you work on now?**\n\nThe scheduler of a large build system.',
    )
    expect(interview[0]).toBe('What got you into open source?')
    // (Review 94, a release's interviews: a question the quotation right after it answers labels that
    // answer, the first of a person's questions as the last.)
    const tree = parseDeck(
      renderDeck(
        '# T\n\n## Amr Bashir\n\nWhat feature are you most excited about?\n\n> The customizations we offer for the window.\n\nWhat is your proudest moment with Tauri?\n\n> Removing 20 lines of code in favor of only 3 lines.\n',
      ).html,
    )
    expect(selectAll('.lectern-points li', tree).map(text)).toEqual([
      'What feature are you most excited about?',
      'What is your proudest moment with Tauri?',
    ])
  })

  it('should read thanks said to someone, a set-up only named and a verdict left to the results as no point', () => {
    // (Linkerd's CVE post, its retries post and FluxML's differentiable control post, review 89.)
    expect(isCourtesy('A heartfelt thanks to you, Sean!', 'en')).toBe(true)
    expect(isCourtesy('Thank you, everyone!', 'en')).toBe(true)
    expect(isCourtesy('Thanks to you, the bug is gone.', 'en')).toBe(false)
    expect(isCourtesy('Thanks to the new cache, builds are twice as fast.', 'en')).toBe(false)
    expect(announcesWhatFollows('First, some background.')).toBe(true)
    expect(announcesWhatFollows('The astute reader may notice a snag.')).toBe(true)
    expect(announcesWhatFollows('The results speak for themselves.')).toBe(true)
    expect(announcesWhatFollows('Some background jobs failed overnight.')).toBe(false)
  })

  it('should not take a credit or a labelled range for a paragraph’s point', () => {
    expect(points('Triage done by **@rylev**.\nRevision range: [21d94a3..73476d](https://perf.rust-lang.org/?start=21d94a3)')).toEqual([
      undefined,
    ])
  })

  it('should look past a run-in label said as a sentence for the sentence that says the point', () => {
    expect(points('Code review. Every change is read by a second engineer before it merges.')).toEqual([
      'Every change is read by a second engineer before it merges',
    ])
  })

  it('should read a picture’s credit, or what a picture beside it shows, as a caption', () => {
    expect(isCaption('Photo by Jane Doe on Unsplash.')).toBe(true)
    expect(isCaption('Header image courtesy of the city archive.')).toBe(true)
    expect(isCaption('The chart above shows weekly active users since January.')).toBe(true)
    expect(isCaption('Figure 2 shows the latency of each region over a week.')).toBe(true)
    expect(isCaption('Pictured: the team at the 2019 offsite.')).toBe(true)
    // A finding the picture shows is a claim.
    expect(isCaption('The chart above shows that latency doubles under load.')).toBe(false)
    expect(isCaption('Photos from the field trip convinced the council to fund the bridge.')).toBe(false)
    const claim = 'Caching halves the build time of every project.'
    expect(points(`${claim}\n\nThe screenshot below shows the new settings page.`)[1]).toBeUndefined()
  })

  it('should not take what a figure or table shows for the point of the paragraph that says what it means', () => {
    // (Review 55, a lab's blog post with figures and tables.)
    expect(
      points(
        'Figure 2 shows the battles count of each combination of models. When a model wins, its rating goes up more against strong opponents.',
      ),
    ).toEqual(['When a model wins, its rating goes up more against strong opponents'])
    expect(
      points(
        'A comparison between several evaluation methods is shown in Table 2. Our arena data is the only one that covers open-ended questions.',
      ),
    ).toEqual(['Our arena data is the only one that covers open-ended questions'])
    // (Nor what a colour marks in a drawing: a social-web talk transcript, review 77.)
    expect(
      points(
        'The modules related to the local database are in green. Every message is signed and stored in an append-only log with views on top of it.',
      ),
    ).toEqual(['Every message is signed and stored in an append-only log with views'])
    // (Nor how a chart is drawn, its axes and legend: a survey's write-up, review 95.)
    expect(
      points(
        'The x-axis labels for the figure are in italics. Seventy percent of respondents improved their coding practices after the workshop.',
      ),
    ).toEqual(['Seventy percent of respondents improved their coding practices after the workshop'])
    // (Nor the writer showing a drawing by its kind, a data write-up of review 96, nor, in Japanese or Chinese, a
    // sentence that opens on a figure's number, a Zenn post of review 96.)
    expect(
      points(
        'Even with GDS, the decompression step will still occur on the CPU. In the figure below, we show the flowchart of the data loading process with GDS enabled (i.e. using `kvikio`):',
      ),
    ).toEqual(['Even with GDS, the decompression step will still occur on the CPU'])
    expect(points('図 2-2 が示す「逆流」は、設計資産として残ります。判断は DR として固定されます。', { lang: 'ja' })).toEqual([
      '判断は DR として固定されます',
    ])
    expect(points('그림 1은 파드의 생명 주기를 보여줍니다. 파드는 노드가 죽으면 다시 스케줄링되지 않습니다.', { lang: 'ko' })).toEqual([
      '파드는 노드가 죽으면 다시 스케줄링되지 않습니다',
    ])
    // (A finding said as the figure shows it is a claim: "如图 3 所示，…", "As Figure 3 shows, …".)
    expect(points('如图 3 所示，调度延迟在高峰期翻了一倍。我们因此把节点数加倍。', { lang: 'zh' })).toEqual([
      '如图 3 所示，调度延迟在高峰期翻了一倍',
    ])
    // (Nor is a method named by a compound the writer presents: "We present a graph neural network…".)
    expect(pointsAtFigure('We present a graph neural network that beats the baseline by 10%.')).toBe(false)
    expect(pointsAtFigure('We show the map function is lazy.')).toBe(false)
    expect(isCaption('The results are summarized in Table 1.')).toBe(true)
    expect(isCaption('Table 2 compares the latency of each region.')).toBe(true)
    expect(isCaption('The diagram traces a byte through the server, with a writer feeding it on one side.')).toBe(true)
    expect(isCaption('Here you can see the dashboard after the migration.')).toBe(true)
    expect(points('We see here the range of possible colors. Two cones give a flat triangle of colors, not a solid.')).toEqual([
      'Two cones give a flat triangle of colors, not a solid',
    ])
    expect(isCaption('We can see that latency doubled.')).toBe(false)
    // (What it shows, said as a finding, is a claim.)
    expect(points('Figure 3 shows that GPT-4 wins 80% of its battles.')).toEqual(['Figure 3 shows that GPT-4 wins 80% of its battles'])
    expect(isCaption('The lead is shown in bold.')).toBe(false)
  })

  it('should give no point to a preview of the next part or a call to get in touch', () => {
    expect(previewsNext('In the next section, we look at how the cache is invalidated.', 'en')).toBe(true)
    expect(previewsNext("Next, we'll explain how the scheduler picks a node.", 'en')).toBe(true)
    // (Review 57, the first of a series of posts: the next day's.)
    expect(previewsNext("Tomorrow we'll go into the write path.", 'en')).toBe(true)
    expect(previewsNext('Next time, I will cover the read path.', 'en')).toBe(true)
    // (Review 98, a meetup's recap: a later part's, by its number.)
    expect(previewsNext("In part two, we'll focus on Matei's multi-cluster with headless services presentation.", 'en')).toBe(true)
    expect(previewsNext('In part two of the test suite, we compare every backend.', 'en')).toBe(false)
    expect(previewsNext('Tomorrow we ship the fix to every region.', 'en')).toBe(false)
    expect(previewsNext("So far we've looked at reads; writes are next.", 'en')).toBe(true)
    // A tutorial's next step, and a finding said so far, are points.
    expect(previewsNext('Next, we add a route that returns the list of users.', 'en')).toBe(false)
    expect(previewsNext('So far we have seen no regression in the nightly runs.', 'en')).toBe(false)
    expect(previewsNext('In the next release, the old flag is removed.', 'en')).toBe(false)
    const claim = 'Caching halves the build time of every project.'
    expect(points(`${claim}\n\nHave questions? Reach out to us on our forum.`)[1]).toBeUndefined()
    expect(points(`${claim}\n\nIn the next section, we look at how the cache is invalidated.`)[1]).toBeUndefined()
  })

  it('should give no point to a turn to what comes next, nor to a pointer to the full changelog', () => {
    // Trey Hunner's "The Iterator Protocol" and the Vue 3.3 release (review 35).
    const claim = 'Everything you can loop over is an iterable.'
    expect(points(`We're about to learn how for loops work in Python. We'll need some patience.\n\n${claim}`)[0]).not.toMatch(
      /about to learn/,
    )
    expect(points(`We're now ready to complete the very silly task our interviewer assigned to us.\n\n${claim}`)[0]).toBeUndefined()
    expect(
      points(
        `${claim}\n\nFor the full list of changes, please consult the [full changelog](https://github.com/vuejs/core/blob/main/CHANGELOG.md) on GitHub.`,
      )[1],
    ).toBeUndefined()
  })

  it('should read a request to report issues, to follow or star the project, or a wish for feedback as a courtesy', () => {
    for (const sentence of [
      'Please report any issues you run into.',
      'Reach out on GitHub or on Slack.',
      'Be sure to follow the project on Mastodon and Bluesky.',
      'I would love to hear about your experience!',
      'If it ever triggers any thoughts or feelings for you, I am curious to hear what you think.',
      'Looking forward to hearing from you!',
      'Be sure to report issues on our bug tracker!',
      'Stay safe everyone.',
      'Credit goes to first-time contributor @NullDivision for implementing this feature!',
      'You can get me at brian@example.com or on the Elm Slack.',
      'Your feedback is crucial for guiding the future of the project.',
      "My name's Hayden, and I design websites.",
      'Star the repository if you find it helpful!',
      'Star otelsql if you find it helpful!',
      'Give Widget a star on GitHub.',
      'So far for the detour, I hope it wasn’t too boring.',
      'Please feel free!',
    ])
      expect(isCourtesy(sentence, 'en'), sentence).toBe(true)
    for (const sentence of [
      'Reports of issues doubled after the upgrade.',
      'Users report issues faster with the new form.',
      'Stars form when clouds of gas collapse.',
      'Your code is compiled once and cached.',
      // A request that names what to do for the project stays the closing slide's point.
      'Please consider contributing to the compiler!',
    ])
      expect(isCourtesy(sentence, 'en'), sentence).toBe(false)
  })

  it('should read a sentence that only says where the details or the docs are as a pointer to another page', () => {
    const links = ['Other package managers']
    expect(saidAroundAPoint('The full description is in Other package managers.', links, 'en')).toBe(true)
    expect(saidAroundAPoint('The details are on the Other package managers page.', links, 'en')).toBe(true)
    // A claim about a thing that a link names, and the same words without a link.
    expect(saidAroundAPoint('The bug is in Other package managers.', links, 'en')).toBe(false)
    expect(saidAroundAPoint('The details are in the lockfile.', [], 'en')).toBe(false)
    const claim = 'Caching halves the build time of every project.'
    expect(points(`${claim}\n\nThe full description is in [Caching](https://example.org/caching).`)[1]).toBeUndefined()
  })

  it('should read a line that credits who else helped with the post as its byline', () => {
    expect(isByline('With contributions from Rynn Mancuso and Reese Lee.')).toBe(true)
    expect(isByline('Additional reporting by Jane Doe (Reuters), Li Wei and Ana Ruiz')).toBe(true)
    expect(isByline('With help from the community, we shipped the release a week early.')).toBe(false)
    // (Review 98, react.dev's launch post in Korean: its dateline and authors were the opening slide's point.)
    expect(isByline('2023년 3월 16일, Dan Abramov, Rachel Nabors')).toBe(true)
    expect(isByline('16 mars 2023 · Jean Dupont et Marie Curie')).toBe(true)
    expect(isByline('In 2019, Google Cloud Platform')).toBe(false)
    // (Review 100, Lit 3.0's launch: "**Thanks!,**" over "**-The Lit Team**" was a slide of its own.)
    expect(isByline('-The Lit Team')).toBe(true)
    expect(isByline('— Jane Doe')).toBe(true)
    expect(isByline('- the build got faster')).toBe(false)
    expect(isByline('— Enjoy.')).toBe(false)
    expect(isByline('-Python')).toBe(false)
    // (Review 106, a Portuguese essay's last line: "Cleuton Sampaio, M.Sc." was a key point; a degree's stop ends no sentence.)
    expect(isByline('Cleuton Sampaio, M.Sc.')).toBe(true)
    expect(isByline('Jane Doe, Ph.D.')).toBe(true)
    expect(isByline('John Smith, Jr.')).toBe(true)
    expect(isByline('Rust, Go.')).toBe(false)
    expect(isByline('Cleuton Sampaio, M.Sc. He wrote this.')).toBe(false)
    // (Review 107, an Italian survey's last line: "Il Team Developers Italia" was a key point; a team signs without a dash too.)
    for (const team of ['Il Team Developers Italia', 'The Lit Team', 'L’équipe Tauri', 'El equipo de Godot', 'Das Rust-Team'])
      expect(isByline(team)).toBe(true)
    for (const claim of [
      'The team shipped it.',
      'Team work matters',
      'Our team grew.',
      'the team',
      'The Team',
      'Go Team!',
      'Blue Team Wins!',
    ])
      expect(isByline(claim)).toBe(false)
    // (Read word by word: a long line of capitals is no team, and is read at once; a pattern took minutes on it.)
    expect(isByline(`The Crew ${'GATTACA'.repeat(3000)}`)).toBe(false)
    expect(isByline('Since 2019, Google Cloud Platform')).toBe(false)
    const ending = renderDeck(
      '# Lit 3.0\n\n## Next\n\nWe are excited to see what you build with Lit.\n\n**Thanks!,**\n\n**-The Lit Team**\n',
    ).html
    expect(ending).not.toMatch(/<h2>Thanks/)
    expect(ending).not.toMatch(/<li>-The Lit Team/)
    expect(isByline('Released on May 2, 2024, Linux Kernel')).toBe(false)
    // (Review 63: the writer's "I am Claire Novotny" is who speaks, never a point.)
    const opening = parseDeck(
      renderDeck(
        new VFile({
          path: 'post.md',
          value:
            "---\ntitle: State of the Union\n---\n\nHello all! Welcome to the first of a series of updates on where we're going. I am Claire Novotny, and I am 6 months in as the Executive Director of the Foundation. I'm very excited to serve the community.\n\n## Plans\n\nThe board meets monthly.\n",
        }),
      ).html,
    )
    expect(selectAll('.lectern-points li', opening).map(text)).not.toContain('I am Claire Novotny')
    expect(points('I am Claire Novotny. I run the foundation and its budget of two million dollars.')[0]).not.toBe('I am Claire Novotny')
    // (Review 63: a Pandoc post's author and date under its title, a nickname in brackets.)
    expect(isByline('Nathan (Nat) Goodman October 2, 2017')).toBe(true)
    expect(isByline('We shipped (finally) in 2017')).toBe(false)
    // (Review 65: a post's tags as a line under its title.)
    expect(isByline('Tags: PostgreSQL, Database, Performance, Tuning, Memory, Configuration')).toBe(true)
    expect(isByline('Tags are useful. They group posts.')).toBe(false)
    expect(isByline('Contributions from new maintainers doubled this year.')).toBe(false)
    const claim = 'Caching halves the build time of every project.'
    expect(points(`${claim}\n\nWith contributions from Rynn Mancuso and Reese Lee.`)[1]).toBeUndefined()
  })

  it('should read a note on where else the post appeared, or a pointer to a later one, as no point', () => {
    // (Review 83: Software Carpentry's "This post originally appeared on the Software Carpentry website." and
    // Jake VanderPlas's "Update, August 2014: see Hacking Academia, …" each took the opening slide's point.)
    expect(isByline('This post originally appeared on the Software Carpentry website.')).toBe(true)
    expect(isByline('Originally published on Medium.')).toBe(true)
    expect(isByline('Cross-posted from the Mozilla Hacks blog.')).toBe(true)
    expect(isByline('Update, August 2014: see Hacking Academia, my most recent reflection on this subject.')).toBe(true)
    expect(isByline("Edit (2021): I've written a follow-up to this post.")).toBe(true)
    // (Review 83: SOFAStack's "本文 6320 字 阅读 10 分钟" was its opening slide's point.) How long it is to read is no point either.
    for (const line of ['本文 6320 字 阅读 10 分钟', '5 min read', 'Reading time: 6 minutes', '阅读时间：8 分钟', '12 minutes read'])
      expect(isByline(line)).toBe(true)
    expect(isByline('Reading time fell from 6 minutes to 2 once we cut the intro.')).toBe(false)
    expect(isByline('本文介绍 10 分钟搭建服务的方法')).toBe(false)
    // A claim about an update, or a post that says where an idea first appeared, is the post's.
    expect(isByline('Update: the patch is now in the stable release, and every user should upgrade.')).toBe(false)
    expect(isByline('The idea originally appeared in a paper by Lamport in 1978.')).toBe(false)
    // (Nor the imperative "Update" or "Edit" before a colon: a step.)
    expect(isByline('Update your dependencies first: see the migration guide for the renamed options.')).toBe(false)
    // (Review 83: SOFAStack's "> 本文最先发表于 RustMagazine 中文月刊" and its address, a quote on its opening slide.)
    expect(isByline('本文最先发表于 RustMagazine 中文月刊')).toBe(true)
    expect(isByline('本文首发于微信公众号。')).toBe(true)
    expect(isByline('本文介绍了内存分配器的发展。')).toBe(false)
    const quoted = parseDeck(
      renderDeck(
        new VFile({
          path: 'post.md',
          value:
            '---\ntitle: T\nlang: zh\n---\n\n本文我想分享一下我们在实践过程中遇到的问题。\n\n> 本文最先发表于 RustMagazine 中文月刊\n>\n> ([https://rustmagazine.github.io/x.html](https://rustmagazine.github.io/x.html))\n\n## 内存分配器\n\n我们往往不会选择默认的内存分配器。\n',
        }),
      ).html,
    )
    expect(selectAll('section > blockquote', quoted)).toEqual([])
    expect(selectAll('aside.notes', quoted).map(text).join(' ')).toContain('本文最先发表于 RustMagazine 中文月刊')
    expect(isByline('Edit the config file: see the example below.')).toBe(false)
    const claim = 'Growing datasets are changing how research is done in every field.'
    expect(
      points(`*Update, August 2014: see [Hacking Academia](/blog/hacking), my most recent reflection on this subject.*\n\n${claim}`),
    ).toEqual([undefined, claim.replace(/\.$/, '')])
  })

  it('should give no point to a teaser, a signpost through code, a note on what was left out, or the blog’s comment box', () => {
    // Review 45: Elixir's release notes, Textual's tutorial, PyPI's incident report, a survey's post, an essay.
    const claim = 'Caching halves the build time of every project.'
    for (const said of [
      "There are several updates in the typing department, so let's break them down.",
      'The next method is an event handler.',
      'Some events may be omitted for brevity.',
      'Comment below, and tweet us your thoughts @datacarpentry using the hashtag #carpentriesassessment.',
    ])
      expect(points(`${said}\n\n${claim}`)[0], said).toBeUndefined()
    // (A teaser the paragraph's next sentence spells out.)
    expect(points(`There's a glimmer of hope. By 2020, teens were far less likely to drive than in 2000.\n\n${claim}`)[0]).toBe(
      'By 2020, teens were far less likely to drive than in 2000',
    )
    // (A method said with what it does is a claim.)
    expect(points(`The next method validates every row before it is saved.\n\n${claim}`)[0]).toBe(
      'The next method validates every row before it is saved',
    )
  })

  it('should make no point of one more example said in passing, and take the claim a sentence hands over with "it\'s this:"', () => {
    // Prometheus' post on its Agent mode (review 45).
    const paragraph =
      "The strong focus of the Prometheus community allowed other open-source projects to grow too to extend the Prometheus deployment model beyond single nodes (e.g. Cortex, Thanos and more). Not mentioning cloud vendors adopting Prometheus' API and data model (e.g. Amazon Managed Prometheus and more). If you are looking for a single reason why the Prometheus project is so successful, it's this: Focusing the monitoring community on what matters."
    expect(points(paragraph)[0]).toBe('Focusing the monitoring community on what matters')
  })

  it('should read a footer that says when and by whom the post was posted as its byline, stop or not', () => {
    // tests/fixtures/articles/html-ebb-org-blog: the post's last paragraph.
    expect(isByline('Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.')).toBe(true)
    expect(isByline('Published on 3 March 2024 by Jane Doe')).toBe(true)
    expect(isByline('Posted on the forum by Ana, the question got answers from three maintainers within a day.')).toBe(false)
    const claim = 'Caching halves the build time of every project.'
    expect(points(`${claim}\n\nPosted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.`)[1]).toBeUndefined()
  })

  it('should give no point to a byline of two sentences, a link to the next page, nor a bold question and call to the reader', () => {
    // (Review 105: Couchers' interview ends "*Written by Emily. Published on 2021/06/04.*" and "**Want to submit to our
    // blog? [Sign up](/volunteer) and let us know.**"; Google's code review guide "Next: [What to look for…](looking-for.md)".)
    expect(isByline('Written by Emily. Published on 2021/06/04.')).toBe(true)
    expect(isByline('Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.')).toBe(true)
    const claim = 'I want to make it easy for people to travel solo to another country and meet friends there.'
    expect(points(`${claim}\n\n*Written by Emily. Published on 2021/06/04.*`)[1]).toBeUndefined()
    expect(points(`${claim}\n\n**Want to submit to our blog? [Sign up](/volunteer) and let us know.**`)[1]).toBeUndefined()
    expect(points(`${claim}\n\nNext: [What to look for in a code review](looking-for.md)`)[1]).toBeUndefined()
  })

  it('should read who maintains a project, by their handles, as a credit line, in raw HTML or not', () => {
    // (Rust OSDev's monthly (review 104): "<span class="maintainers">Maintained by @phil-opp, @josephlr, and @Freax13</span>"
    // was the slide's point over the crate's description.)
    expect(isByline('Maintained by @phil-opp, @josephlr, and @Freax13')).toBe(true)
    const html = renderDeck(
      '# This Month\n\n### x86_64\n<span class="maintainers">Maintained by [@phil-opp](https://github.com/phil-opp), [@josephlr](https://github.com/josephlr), and [@Freax13](https://github.com/Freax13)</span>\n\nThe x86_64 crate provides various abstractions for x86_64 systems, including wrappers for CPU instructions, access to processor-specific registers, and abstraction types for architecture-specific structures such as page tables and descriptor tables.\n',
    ).html
    expect(selectAll('.lectern-points li', parseDeck(html)).map(text).join(' | ')).not.toContain('Maintained by')
  })

  it('should give no point to how the text gives its times, nor to a turn that says the story reached its point', () => {
    expect(points('The ferry left at noon and reached the island an hour late. Times are in both Central European Time and UTC.')[0]).toBe(
      'The ferry left at noon and reached the island an hour late',
    )
    expect(points('Okay, now we are getting to the good part. The old bridge was built on soft sand.')[0]).toBe(
      'The old bridge was built on soft sand',
    )
    // (Times measured are a claim.)
    expect(points('Response times are in the range of ten milliseconds for most requests.')[0]).toBe(
      'Response times are in the range of ten milliseconds for most requests',
    )
  })

  it('should show no end mark in brackets over a list whose section has no point', () => {
    const slides = slidesOf(
      parseDeck(
        renderDeck(
          new VFile({
            path: 'talk.md',
            value:
              '---\nlang: zh\n---\n\n## 往年回顾\n\n- 英国的名校签证（2022 #203）\n- 机器翻译是对译者的侮辱吗？（2021 #153）\n- 信息的半衰期（2020 #103）\n\n（完）\n',
          }),
        ).html,
      ),
    )
    expect(slides.flatMap((slide) => selectAll('.lectern-points > li', slide).map(text))).toEqual([])
  })

  it('should give no point to a short exclamation or a rhetorical question beside the paragraph’s statements', () => {
    expect(
      points(
        'Trains! Night trains! What an idea! Like many travellers, I booked a sleeper to Vienna, and the berth was narrower than a shelf.',
      )[0],
    ).not.toMatch(/idea!|Night trains/)
    expect(points('Our volunteers are kind and patient with every newcomer on the forum. Many good people really!')[0]).toBe(
      'Our volunteers are kind and patient with every newcomer on the forum',
    )
    expect(
      points(
        'In the end, the ferry reached the island before the storm and every passenger got home dry. What more could a captain want?',
      )[0],
    ).not.toMatch(/\?$/)
    // An interjection opening the paragraph is no label.
    expect(
      points(
        'But hold on a minute! The ferry trips are in addition to the eventual trips on the mainland roads. The only way it could be faster is if we compared it to a slower boat.',
      )[0],
    ).toBe('The ferry trips are in addition to the eventual trips on the mainland roads')
    // (One that opens its paragraph as its label stays a candidate.)
    expect(points('Contributing as a group! Gather a few friends and describe the pictures of one post together.')[0]).toBeDefined()
  })

  it('should give no point to a sentence that only promises the list below', () => {
    expect(promisesBelow('Below are actionable steps you can take to enhance security when publishing packages.', 'en')).toBe(true)
    expect(promisesBelow('Here are the five rules our reviewers follow.', 'en')).toBe(true)
    expect(promisesBelow('Below 10 °C the reaction stops altogether.', 'en')).toBe(false)
    expect(points('Below are actionable steps you can take to secure your release workflow.')).toEqual([undefined])
  })

  it('should not take "First," for a name the sentence is addressed to', () => {
    expect(addressesSomeone(tagSentence('First, make sure that your publish job uses an isolated environment.'))).toBe(false)
    expect(addressesSomeone(tagSentence('Danya, I wanna kind of kick it back to you.'))).toBe(true)
  })
})

describe('a section whose paragraphs got no point shows no aside instead', () => {
  const claims = ['Caching halves the build time of every project.', 'Incremental builds reuse the results of the last run.']

  it('should show no pointer to another page as the section’s point', () => {
    const markdown = `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Learn more\n\nFor a complete list of all changes, see the [full release notes](https://example.org/notes).\n\n## More\n\n${claims.join('\n\n')}\n`
    expect(shown(markdown, 'Learn more')).toEqual([])
  })

  it('should give no point to a sentence that counts outcomes, says an example follows, closes the post or says where news is', () => {
    expect(
      points(
        'There are a number of observed favorable outcomes from the sprints for both sides.\n\nContributors learn Git at their first sprint.',
      ),
    ).toEqual([undefined, 'Contributors learn Git at their first sprint'])
    expect(points('Here’s a worked example to walk you through some of the details. The parser reads one token at a time.')).toEqual([
      'The parser reads one token at a time',
    ])
    expect(points('The drains stayed clear all winter. I’ll leave you with a little video from the city.')).toEqual([
      'The drains stayed clear all winter',
    ])
    expect(points('Information on past and upcoming sprints is shared on our [community site](https://example.org).')).toEqual([undefined])
    // Challenges named by what they are with are a claim, and a site named for what it does is one too.
    expect(points('The team has experienced some challenges with documentation.\n\nThe guides were out of date.')[0]).toBeDefined()
  })

  it('should show no turn to "other things" the sections after it spell out as the section’s point', () => {
    const markdown = `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Other measures\n\nThere are other things that we can learn from the breach. Many of these are found by a scanner. These are discussed below.\n\n### Pin actions\n\n${claims.join('\n\n')}\n`
    expect(shown(markdown, 'Other measures')).toEqual([])
  })

  it('should show no sentence that only says what to look at first', () => {
    const history =
      'In version 9, scheduled to be released on Friday, November 3, 2023, we will formally deprecate our formatting rules. To understand how we got here, it’s helpful to look backward for a moment.'
    const markdown = `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Deprecation\n\n${history}\n\n## More\n\n${claims.join('\n\n')}\n`
    const found = shown(markdown, 'Deprecation')
    expect(found.some((point) => /helpful to look backward/.test(point))).toBe(false)
    expect(found).toHaveLength(1)
  })

  // Research posts (iclr-blogposts/2024) point at their tables and plan their sections.
  it('should show no sentence that says what a table shows, what a section will present or what the text starts with', () => {
    expect(
      points(
        'The table below shows the values obtained for the maximum buffer size. Agents with the smaller buffer never reached the reward of the others.',
      ),
    ).toEqual(['Agents with the smaller buffer never reached the reward of the others'])
    expect(
      points('In this section we will present a minimum example of primacy bias. The best way to learn something is through practice.'),
    ).toEqual(['The best way to learn something is through practice'])
    expect(
      points('We begin by introducing three planning algorithms. Planning algorithms learn a model of the world and act on it.'),
    ).toEqual(['Planning algorithms learn a model of the world and act on it'])
    expect(
      points('It is reasonable to wonder how weight resets compare to other regularizers. Resets help far more than dropout does.'),
    ).toEqual(['Resets help far more than dropout does'])
    // (Asked as a clause of wondering, as a question is, it is no point beside its answer, even one
    // that leans: the tidyverse's dplyr post, review 88.)
    expect(
      points(
        'You might be wondering what all of the comments with numbers beside them mean. Those actually map one to one with the allocations that the function was emitting.',
      ),
    ).toEqual([undefined])
    // Alone in its paragraph too: a signpost says nothing on a slide. An example's premise is no signpost.
    expect(points('We begin by introducing three popular planning algorithms.\n\nPlanning algorithms learn a model of the world.')).toEqual(
      [undefined, 'Planning algorithms learn a model of the world'],
    )
    expect(points('Let us say that we have a metric of the average query latency.')).toEqual([
      'Let us say that we have a metric of the average query latency',
    ])
    // What a figure shows, said in a clause of its own, is a claim.
    expect(points('The figure below shows that resets help in every environment.')).toEqual([
      'The figure below shows that resets help in every environment',
    ])
  })

  it('should prefer a sentence read at a glance to a longer first one', () => {
    const theme =
      'The theme of this year’s week of action is "Open with Purpose: Taking Action to Build Structural Equity and Inclusion". How can we be more purposeful in the open space? How can we work towards true equity?'
    const markdown = `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Introduction\n\n${theme}\n\n## More\n\n${claims.join('\n\n')}\n`
    expect(shown(markdown, 'Introduction')).toEqual(['How can we be more purposeful in the open space?'])
  })
})

describe('thanks said a few words on', () => {
  it('should read "We\'d like to give special thanks to…" as thanks, and thanks received as a claim', () => {
    expect(isCourtesy('We’d like to give special thanks to all the folks around the world who have contributed.', 'en')).toBe(true)
    expect(isCourtesy("I'd like to thank the maintainers.", 'en')).toBe(true)
    expect(isCourtesy('We received thanks from many users for the new design.', 'en')).toBe(false)
  })
})

describe('asides in languages read without a tagger', () => {
  it('should read a call to get in touch, thanks announced, praise and a welcome for help as courtesies', () => {
    // A request after its condition and its "please".
    expect(isCourtesy('Si eres un creador de un framework y quieres probarlo, por favor ponte en contacto con nosotros.', 'es')).toBe(true)
    expect(isCourtesy('Nous avons beaucoup de monde à remercier !', 'fr')).toBe(true)
    expect(isCourtesy('Nous aimerions aussi remercier deux relectrices pour leurs retours.', 'fr')).toBe(true)
    expect(isCourtesy('Sehr gut gemacht!', 'de')).toBe(true)
    // (Review 83: a German how-to's sign-off, "Viel Freude mit dem Setup!", was the last point of its last step.)
    expect(isCourtesy('Viel Freude mit dem Setup!', 'de')).toBe(true)
    expect(isCourtesy('Viel Spaß beim Ausprobieren!', 'de')).toBe(true)
    expect(isCourtesy('Viel Arbeit steckt in diesem Setup.', 'de')).toBe(false)
    expect(isCourtesy('Viel Erfolg hatte die erste Version nicht, weil der Compiler zu langsam war.', 'de')).toBe(false)
    expect(isCourtesy('どんな助けも歓迎します😁', 'ja')).toBe(true)
    // A year's greeting.
    expect(isCourtesy('2024年もよろしくお願いいたします。', 'ja')).toBe(true)
    // Thanks as the sentence's subject.
    expect(isCourtesy('Further gratitude is extended to my regular reviewers: Ana, Bo and Cy.', 'en')).toBe(true)
    expect(isCourtesy('Many thanks go out to the volunteers who ran the desk.', 'en')).toBe(true)
    expect(isCourtesy('Gratitude journals are a popular habit among students.', 'en')).toBe(false)
    // A request that is a step of the task, and thanks given as a reason, are not.
    expect(isCourtesy('Por favor verifique que el clúster no dependa del registro antiguo.', 'es')).toBe(false)
    expect(isCourtesy('Bitte stelle sicher, dass die Cluster keine Abhängigkeiten haben.', 'de')).toBe(false)
    expect(isCourtesy('設定ファイルをプロジェクトのルートに置いてください。', 'ja')).toBe(false)
  })

  it('should read a short turn to what comes next as a turn, and a step or a longer sentence as none', () => {
    expect(onlyTurns('Pasemos a implementar el concepto.', 'es')).toBe(true)
    expect(onlyTurns('Pasando a la configuración del lado cliente, que añade algunas cosas más aparte de las del servidor.', 'es')).toBe(
      true,
    )
    expect(onlyTurns('Commençons par un peu de ménage.', 'fr')).toBe(true)
    expect(onlyTurns('Se você acha que vai ser impactado, ou gostaria de saber mais sobre essa mudança, leia mais abaixo.', 'pt')).toBe(
      true,
    )
    expect(onlyTurns('次に、設定ファイルを見ていきましょう。', 'ja')).toBe(true)
    // (Review 82, a Japanese MCP post: a turn that names the address it asks about was a statement slide.)
    expect(onlyTurns('経度緯度(135 35) https://maps.gsi.go.jp/#16/35/135/ について質問したらどうなるか見てみましょう。', 'ja')).toBe(true)
    // (Review 75, a Japanese Node-RED tutorial: "click Done to close the dialog", three times.)
    expect(points('Double-click the node to open its settings. Click Done to close the dialog.')[0]).toBe(
      'Double-click the node to open its settings',
    )
    expect(points('完了をクリックしてダイアログを閉じます。', { lang: 'ja' })).toEqual([undefined])
    expect(points('Click Done to deploy the flow to the server.')[0]).toBe('Click Done to deploy the flow to the server')
    // (Review 75, a German Angular tutorial: "let's now create an effect".)
    expect(onlyTurns('Lass uns nun einen Effect erstellen.', 'de')).toBe(true)
    expect(onlyTurns('Nun lass uns dem Signal auch einen Wert geben.', 'de')).toBe(true)
    expect(onlyTurns('Signals machen Angular leichtgewichtiger.', 'de')).toBe(false)
    // (Review 73, a Korean post: "let's look closer", "now it's time to create a PermissionSet"; a step it did stays.)
    expect(onlyTurns('좀 더 자세히 알아보겠습니다.', 'ko')).toBe(true)
    expect(onlyTurns('이제 PermissionSet을 생성할 차례입니다.', 'ko')).toBe(true)
    expect(onlyTurns('먼저 AWS VPN을 생성했습니다.', 'ko')).toBe(false)
    expect(isCourtesy('언제나 글 마지막은 채용공고입니다.', 'ko')).toBe(true)
    // A turn of several words names what it turns to in a few more.
    expect(onlyTurns('Ahora podemos pasar a la importancia de cada carpeta aquí.', 'es')).toBe(true)
    // A step of a tutorial, and a turn that goes on to say what it finds, are not.
    expect(onlyTurns('Commençons par installer Node.js sur la machine.', 'fr')).toBe(false)
    expect(onlyTurns('Veamos por qué el planificador asigna cada tarea al nodo con menos carga de todo el clúster.', 'es')).toBe(false)
    // (Review 65: "Vamos a hablar de cómo trabajar con fechas y horas en Python" only says what comes, however long what it names.)
    expect(onlyTurns('Vamos a hablar de cómo trabajar con fechas y horas en Python.', 'es')).toBe(true)
    expect(onlyTurns('Ahora hablemos de por qué es recomendable siempre usar la zona horaria UTC.', 'es')).toBe(true)
    expect(onlyTurns('Parlons maintenant de la manière dont le serveur garde ses données en mémoire.', 'fr')).toBe(true)
  })

  it('should read a sentence that only presents what follows as a promise, not one that says it after its colon', () => {
    expect(promisesBelow('Aquí tienes un resumen', 'es')).toBe(true)
    expect(promisesBelow('Voici par exemple quelques défis issus de la page sur l’affichage conditionnel.', 'fr')).toBe(true)
    expect(promisesBelow('Aqui está o princípio mais importante: não inclua o nome do seu serviço no nome da métrica.', 'pt')).toBe(false)
  })

  it('should read a point that refers back in the text, or to an alternative named before, as leaning', () => {
    const others = ['Las islas se hidratan por separado.']
    expect(namesUnsaid('Lo que he explicado arriba se llama hidratación parcial', others, 'es')).toBe(true)
    expect(namesUnsaid('Nosotros usamos webpack en su lugar', others, 'es')).toBe(true)
    expect(namesUnsaid('Wir verwenden stattdessen eine eigene Registry', others, 'de')).toBe(true)
    // "arriba" alone is also "upwards", "plus haut" also "higher".
    expect(namesUnsaid('El precio de las acciones subió hacia arriba', others, 'es')).toBe(false)
    expect(namesUnsaid('Le serveur répond à un niveau plus haut', others, 'fr')).toBe(false)
  })

  it('should show no section point that is only a link to another page', () => {
    const markdown = [
      '---\nlang: es\n---',
      '# Charla',
      '## El código',
      'Pasemos al código del servidor.',
      '[→ Guía de renderizado en el servidor](https://example.org/ssr)',
    ].join('\n\n')
    expect(shown(markdown, 'El código')).toEqual([])
  })

  it('should show the claim of a section, not its turn or its promise', () => {
    const markdown = [
      '---\nlang: es\n---',
      '# Charla',
      '## Implementación básica',
      'La implementación básica se puede generalizar para la mayoría de las aplicaciones con renderizado en el servidor.',
      'Aquí tienes un resumen',
      '1. Renderizar la vista en el servidor.\n2. Hidratar la aplicación en el cliente.',
      'Pasemos a implementar el concepto.',
    ].join('\n\n')
    expect(shown(markdown, 'Implementación básica')).toEqual([
      'La implementación básica se puede generalizar para la mayoría de las aplicaciones con renderizado en el servidor',
    ])
  })
})

describe('turns and asides around a listing', () => {
  // Max Bernstein's "Building a small REPL in Python" (review 37): "Take a look:" and "(I hit Control-D to exit.)" were bullets.
  it('should give no point to "Take a look:", a pointer to the docs, or a paragraph set wholly in brackets', () => {
    expect(points('Take a look:')).toEqual([undefined])
    expect(points('Take a look at the [`code`](https://docs.python.org/3/library/code.html) docs as you follow along.')).toEqual([
      undefined,
    ])
    expect(points('(I hit Control-D to exit.)')).toEqual([undefined])
    // (A claim that holds a bracket is one.)
    expect(points('The console exits on Control-D (or Control-Z on Windows).')[0]).toMatch(/^The console exits on Control-D/)
  })
})

describe('greetings before a name', () => {
  // A NumPy contributor's introduction (the corpus): the slide showed "Hi, I am Mukulika".
  it('should show no greeting before the speaker’s name', () => {
    expect(points('Hi, I am Mukulika. I joined NumPy last summer during Google Season of Docs.')[0]).toBe(
      'I joined NumPy last summer during Google Season of Docs',
    )
    expect(points('Hey, I’m Bob and I write compilers. Hinton says deep nets are easy to train now.')[0]).not.toMatch(/^Hey/)
  })
})

describe('a line the writer repeats', () => {
  it('should say a short line said three times or more in the notes, never as a point, but keep labels and questions', () => {
    // (MUI's 2019 survey (review 107): "Multiple options were allowed." under five questions was a point on five slides.)
    const section = (n: number) =>
      `## ${n}. How did you hear about it?\n\nMultiple options were allowed.\n\nMost people found the library through a search engine in ${2015 + n}.\n\nTakeaways:\n\n- Search matters.\n- Docs matter.\n`
    const tree = parseDeck(renderDeck(`# Survey\n\n${[1, 2, 3].map(section).join('\n')}`).html)
    const shown = selectAll('.lectern-points > li', tree).map(text)
    expect(shown).not.toContain('Multiple options were allowed')
    expect(selectAll('aside.notes', tree).map(text).join(' ')).toContain('Multiple options were allowed.')
    expect(shown.filter((point) => point === 'Takeaways:')).toHaveLength(3)
  })
})
