import { describe, expect, it } from 'vitest'
import { teasesWhatFollows } from '../../src/core/key-points/announcements.ts'
import { codeTitle } from '../../src/core/code-titles.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { leansOnPrevious } from '../../src/core/key-points/index.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'
import { renderedDeck, selectAll, shownPoints, text } from '../helpers/html.ts'
import { points } from '../helpers/key-points.ts'

const shown = shownPoints

/*
 * What a review of articles lectern had not seen (round 122) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 122', () => {
  it('should end a sentence after the "etc." that closes a list, before a capital, and not after "Dr." or "e.g."', () => {
    expect(
      sentencesOf('Over 25% were using it on some development cluster, such as minikube, kind etc. Kind was as popular as minikube.', 'en'),
    ).toEqual(['Over 25% were using it on some development cluster, such as minikube, kind etc.', 'Kind was as popular as minikube.'])
    expect(sentencesOf('We use tools, libraries etc. to make it work. Dr. Smith agrees, e.g. Bob does.', 'en')).toEqual([
      'We use tools, libraries etc. to make it work.',
      'Dr. Smith agrees, e.g. Bob does.',
    ])
    expect(sentencesOf('Мы используем Python, Go и т. д. Это удобно.', 'ru')).toEqual(['Мы используем Python, Go и т. д.', 'Это удобно.'])
    // Not before a name in capitals inside the sentence, nor in German, whose nouns are capitalised.
    expect(
      sentencesOf('Calling Win32, POSIX, etc. APIs directly from the render thread is discouraged, because they may block.', 'en'),
    ).toHaveLength(1)
    expect(sentencesOf('Für Python, Ruby, PHP usw. Projekte gibt es auf GitHub fertige Vorlagen.', 'de')).toHaveLength(1)
    expect(
      points('Over 25% were using it on some development cluster, such as minikube, kind etc. Kind was as popular as minikube.')[0],
    ).not.toMatch(/etc\. Kind/)
  })

  it('should take a count of times, places or cases, or of downsides of a thing, for the teaser it is', () => {
    expect(teasesWhatFollows('There is one time where the consideration of personal velocity trumps team velocity.', 'en')).toBe(true)
    expect(teasesWhatFollows('There are two specific places we often run into the limitations of unit tests.', 'en')).toBe(true)
    expect(teasesWhatFollows('Similar to unit tests, there are two major downsides to integration tests.', 'en')).toBe(true)
    // What the things counted do says which they are; ways to do a thing are not a count of downsides.
    expect(teasesWhatFollows('There are two bugs that crash the server on startup.', 'en')).toBe(false)
    expect(teasesWhatFollows('There are many ways to get involved and help out.', 'en')).toBe(false)
    expect(teasesWhatFollows('Version 4.2 brings many benefits to Windows users.', 'en')).toBe(false)
    // Times that multiply, cases of a thing, places a colon names: no teasers.
    expect(points('There were three times as many signups as last year. The conference sold out in a week.')[0]).toBe(
      'There were three times as many signups as last year',
    )
    expect(points('There are five cases of measles confirmed in the county. Health officials urge vaccination.')[0]).toBe(
      'There are five cases of measles confirmed in the county',
    )
    expect(
      points('There are two places where the new API is still missing: the CLI and the Python bindings. Both will land in 3.2.')[0],
    ).toBe('There are two places where the new API is still missing')
    expect(
      points(
        'Similar to unit tests, there are two major downsides to integration tests. The first is the same problem unit tests have with exhaustiveness. Second, integration tests are often simply a pain to write and maintain.',
      ),
    ).toEqual(['Integration tests are often simply a pain to write and maintain'])
  })

  it('should hear that "The first and more obvious is…" leans on what it is the first of', () => {
    expect(leansOnPrevious('The first and more obvious is around pieces of code that are fundamentally not isolated.', 'en')).toBe(true)
    expect(leansOnPrevious('The first and second authors wrote the paper.', 'en')).toBe(false)
    expect(leansOnPrevious('The first and most important rule is simple.', 'en')).toBe(false)
  })

  it('should title the deck by its frontmatter over a `#` that shares no word with it, a section of its own', () => {
    const markdown = [
      '---',
      'title: Apache Dolphinscheduler如何不重启解决Master服务死循环',
      '---',
      '',
      '# 个人建议',
      '',
      '3.0版本作为尝鲜版本，新添加了许多的功能，同时也存在非常多的隐患，所以建议小伙伴们尽量使用2.x版本。',
      '',
      '## 死循环的影响',
      '',
      '每个工作流的运行在Master中都是一个线程，当这个线程一直没有结束时，是会占用CPU资源的。',
      '',
    ].join('\n')
    const { tree } = renderedDeck(markdown)
    expect(text(selectAll('h1', tree)[0])).toBe('Apache Dolphinscheduler如何不重启解决Master服务死循环')
    expect(selectAll('h2', tree).map((heading) => text(heading))).toContain('个人建议')
    // A `#` that retitles the frontmatter's title, a word shared, is the title still.
    const retitled = renderedDeck(
      '---\ntitle: Rewriting the CLI\n---\n\n# Why we rewrote our CLI in Rust\n\nThe old one took a second to start on every command we ran.\n\n## Speed\n\nStart-up fell to ten milliseconds on every machine we measured.\n',
    )
    expect(text(selectAll('h1', retitled.tree)[0])).toBe('Why we rewrote our CLI in Rust')
    // Nor one that says the title in other words, nor one in another script, nor one whose Latin word runs into Chinese.
    for (const [title, heading] of [
      ['How we cut our AWS bill in half', 'Cutting cloud costs at Acme'],
      ['Deep learning for beginners', '深度学习入门'],
      ['Kubernetes入门指南', 'Kubernetes入门'],
    ]) {
      const deck = renderedDeck(
        `---\ntitle: ${title}\n---\n\n# ${heading}\n\nThe first paragraph says what the talk is about today.\n\n## Part\n\nThe second part says more about it.\n`,
      )
      expect(text(selectAll('h1', deck.tree)[0])).toBe(heading)
    }
    // A short part's name that shares only "the" with the title is a section.
    const basics = renderedDeck(
      '---\ntitle: Notes on the Zig build system\n---\n\n# The basics\n\nA build.zig file describes every step of the build.\n\n## Steps\n\nEach step can depend on others.\n',
    )
    expect(text(selectAll('h1', basics.tree)[0])).toBe('Notes on the Zig build system')
  })

  it('should set a bold label in Chinese before its wide colon over its point, in a series of such labels', () => {
    const deck = shown(
      [
        '---',
        'lang: zh',
        '---',
        '',
        '## 死循环的影响',
        '',
        '**CPU飙高**：每个工作流的运行在Master中都是一个线程，当这个线程一直没有结束时，是会占用CPU资源的。',
        '',
        '**磁盘打满**：循环的线程内存在日志打印，日志会不停地写入磁盘，很快就会把磁盘打满。',
        '',
        '**数据库压力**：每个循环里面都有相关的数据库查询操作，大量的查询会造成数据库压力短期内迅速增大。',
        '',
      ].join('\n'),
    )
    // Not a label that only says what kind of remark follows, nor a Japanese name in kanji.
    expect(
      shown(
        '---\nlang: zh\n---\n\n## 配置\n\n**温馨提示**：在生产环境中修改配置之前，请先备份原有的配置文件，以免出现问题。\n\n**需要注意的是**：日志文件会随着时间增长，需要定期清理磁盘空间。\n\n**解决方案**：使用日志轮转工具自动压缩和删除旧的日志文件。\n',
      ).some((point) => /^(?:温馨提示|需要注意的是|解决方案)/u.test(point)),
    ).toBe(false)
    expect(
      shown(
        '---\nlang: ja\n---\n\n## 座談会\n\n**山田太郎**：チームでRustを導入してから、レビューの時間が半分になりました。\n\n**佐藤花子**：私はテストの書き方が大きく変わったと感じています。\n\n**鈴木一郎**：ビルド時間が長いのが唯一の不満ですね。\n',
      ).some((point) => /^(?:山田太郎|佐藤花子|鈴木一郎)/u.test(point)),
    ).toBe(false)
    expect(deck).toEqual([
      'CPU飙高：每个工作流的运行在Master中都是一个线程',
      '磁盘打满：循环的线程内存在日志打印，日志会不停地写入磁盘',
      '数据库压力：每个循环里面都有相关的数据库查询操作',
    ])
  })

  it("should read a podcast transcript's names in italics with the time, and give a turn that only answers or acknowledges no point", () => {
    const deck = shown(
      [
        '# ZuriHac',
        '',
        '*JB (0:01:45)*: So how many people came to ZuriHac this year, compared with the first one you organised?',
        '',
        '*FM (0:01:47)*: Yeah, 400.',
        '',
        '*JB (0:01:48)*: And was there still time for people to actually hack and contribute between all the talks?',
        '',
        '*DTC (0:07:02)*: A little over a year.',
        '',
        '*FM (0:01:57)*: We love working with Raw Fury!',
        '',
        '*DTC (0:07:10)*: I said very explicitly that people should skip sessions and go sit down with their projects.',
        '',
      ].join('\n'),
    )
    expect(deck).not.toContain('FM: Yeah, 400')
    expect(deck.some((point) => /Yeah, 400|A little over a year|\(0:0/.test(point))).toBe(false)
    expect(deck.some((point) => point.includes('We love working with Raw Fury'))).toBe(true)
    // An answer with a verb of its own is a point however short; an italic label without a time names no speaker.
    const answer = shown(
      '# Q\n\n**Mark**: When does the new version ship, and what is in it?\n\n**Ana**: It ships in March.\n\n**Mark**: And what about the old plugins that everyone depends on today?\n\n**Ana**: They keep working, because we kept the old API beside the new one.\n',
    )
    expect(answer).toContain('It ships in March')
    const pros = shown(
      '## Hugo\n\n*Pros*: builds thousands of pages in well under a second on a laptop.\n\n*Cons*: the Go template syntax is hard to read for newcomers.\n\n## Eleventy\n\n*Pros*: any template language you like, and data files in JavaScript.\n\n*Cons*: builds slow down on sites with many thousands of pages.\n',
    )
    expect(pros[0]).toBe('Pros: builds thousands of pages in well under a second on a laptop')
  })

  it('should lead into a list with a line that judges what the list shows, however few its words', () => {
    const list = [
      '',
      '- 38% were using Helm 3.',
      '- 31% were using `kubectl apply` with the YAML we provide.',
      '- 25% were installing from Operatorhub.',
      '',
    ]
    const even = shown(
      [
        '## Installation',
        '',
        "As mentioned, we'd previously run an informal twitter poll on this question when deciding to remove support for Helm 2. We included this question anyway so that we can better see a trend. It's a roughly even split:",
        ...list,
      ].join('\n'),
    )
    expect(even).toContain("lead: It's a roughly even split:")
    // A line that only points at the list says nothing over it.
    const pointing = shown(
      ['## Usage', '', 'We kept the table view small and plain on purpose. Here’s what basic usage looks like:', ...list].join('\n'),
    )
    expect(pointing.some((point) => point.includes('basic usage'))).toBe(false)
  })

  it('should caption a listing with the line in Chinese that points at it without a stop', () => {
    const deck = shown(
      [
        '---',
        'lang: zh',
        '---',
        '',
        '## 实际操作',
        '',
        '安装Arthas，启动Arthas，选择API-Server服务，先使用API服务物理删除循环的工作流实例相关的数据库数据，防止下次重启后依然循环。',
        '',
        '在Arthas中调用下面的方法',
        '',
        '```',
        "ognl '@org.apache.dolphinscheduler.service.bean.SpringApplicationContext@applicationContext'",
        '```',
        '',
      ].join('\n'),
    )
    expect(deck).toContain('lead: 在Arthas中调用下面的方法：')
    // Not a claim that says "at most", 以下.
    const claim = shown(
      '## 内存\n\n我们在改动之后测量了服务，并与旧版本进行了比较。\n\n内存占用可以控制在100MB以下\n\n```bash\nps aux | grep app\n```\n',
    )
    expect(claim.some((point) => point.startsWith('lead: 内存占用'))).toBe(false)
  })

  it('should drop the examples a Spanish or German sentence names between commas, not a clause, to keep its verb', () => {
    expect(
      compress('Esperaríamos que ciertas acciones privilegiadas, como la acuñación, estén limitadas al propietario del contrato.', 'es')
        ?.text,
    ).toBe('Esperaríamos que ciertas acciones privilegiadas estén limitadas al propietario del contrato')
    expect(
      compress('Einige populäre Projekte, wie z.B. npm und Docker, sammeln sogar Wagniskapital ein, um ihr Wachstum zu unterstützen.', 'de')
        ?.text,
    ).toBe('Einige populäre Projekte sammeln sogar Wagniskapital ein, um ihr Wachstum zu unterstützen')
    // Not an example that opens a clause, nor one the clause after it describes ("…, donde hay muchos tokens").
    expect(
      compress(
        'Ein Großteil der Open-Source-Arbeit wird ehrenamtlich geleistet, z.B. wenn jemand in einem Projekt, das er/sie benutzt, auf einen Fehler stößt und eine schnelle Lösung vorschlägt.',
        'de',
      )?.text,
    ).not.toMatch(/geleistet das/)
    expect(
      compress(
        'La detección automatizada puede ayudar en ciertos casos, como en las piezas de finanzas descentralizadas (DeFi), donde hay muchos tokens y deben manejarse automáticamente.',
        'es',
      )?.text,
    ).toBe('La detección automatizada puede ayudar en ciertos casos')
    // A list of examples goes whole, to the comma that closes it, or stays.
    expect(
      compress(
        'Hoy en día existen muchos frameworks de JavaScript, como React, Vue y Angular, que facilitan enormemente el desarrollo de aplicaciones web modernas y complejas.',
        'es',
      )?.text,
    ).toBe('Hoy en día existen muchos frameworks de JavaScript')
    expect(
      compress('Muitas empresas brasileiras, como Nubank, iFood e Stone, adotaram microsserviços para escalar seus produtos.', 'pt')?.text,
    ).toBe('Muitas empresas brasileiras adotaram microsserviços para escalar seus produtos')
    // A condition is kept, or the sentence gives no point: "siempre y cuando…".
    expect(
      compress(
        'Siempre y cuando mantengas el archivo de licencia original en tu repositorio, puedes modificar y redistribuir el código.',
        'es',
      )?.text,
    ).not.toBe('Puedes modificar y redistribuir el código')
    // "Wherever…": a clause that waits for its main one is no point alone.
    expect(
      compress(
        'Dondequiera que haya casos de uso legítimos que aporten valor, también hay delincuentes que intentan robar ese valor.',
        'es',
      )?.text,
    ).not.toMatch(/^Dondequiera/)
  })

  it('should not cut a claim from the clause after its comma that says what it is not, nor from the setting it holds with', () => {
    expect(
      compress("The speed of individual development is important, it's just not as important as the velocity of the entire team.", 'en')
        ?.text,
    ).not.toBe('The speed of individual development is important')
    // Only a denial that limits the claim: "it wasn't easy" is a second fact.
    expect(
      compress(
        "We moved the whole billing service from Heroku to our own Kubernetes cluster last spring, it wasn't easy and it took four months of work.",
        'en',
      )?.text,
    ).toBe('We moved the whole billing service from Heroku to our own Kubernetes cluster last spring')
  })

  it('should lead into a block with a line that names "the following" and runs into it, and never with one whose "them" lost its opening', () => {
    const metrics = shown(
      [
        '## Size',
        '',
        'You can check the size of the database with one command and read it in bytes.',
        '',
        'etcd also exposes the following metrics (click [here](https://etcd.io/x) to see a full list of metrics),',
        '| Metrics | Description |',
        '|---|---|',
        '| etcd_server_quota_backend_bytes | Current backend storage quota size in bytes. |',
        '| etcd_mvcc_db_total_size_in_bytes | Total size of the underlying database in bytes. |',
        '',
      ].join('\n'),
    )
    expect(metrics).toContain('lead: etcd also exposes the following metrics:')
    const hooks = shown(
      [
        '## Type-Aware Hooks',
        '',
        'When using `test.extend` with lifecycle hooks like `beforeEach` and `afterEach`, you can now reference them directly on the returned `test` object:',
        '',
        '```ts',
        'test.beforeEach(({ todos }) => todos.push(1))',
        '```',
        '',
      ].join('\n'),
    )
    expect(hooks.some((point) => point.startsWith('lead: You can now reference them'))).toBe(false)
  })

  it('should show a silent section’s Spanish sentence without the connective that links it to the one before', () => {
    const deck = shown(
      [
        '---',
        'title: Trucos',
        'lang: es',
        '---',
        '',
        'En este tutorial analizamos un token fraudulento para ver algunos de los trucos que utilizan los estafadores y cómo los implementan. Al final del tutorial, tendrá una visión más completa de los contratos de tokens ERC-20, sus capacidades y por qué es necesario el escepticismo. Luego, analizamos los eventos emitidos por ese token fraudulento y vemos cómo podemos identificar automáticamente que no es legítimo.',
        '',
        '## Tokens',
        '',
        'Uno de los usos más comunes de Ethereum es que un grupo cree un token negociable.',
        '',
      ].join('\n'),
    )
    expect(deck.some((point) => point.startsWith('Luego'))).toBe(false)
    expect(deck.some((point) => point.startsWith('Analizamos los eventos emitidos'))).toBe(true)
  })

  it('should write an author key’s initials in capitals, and drop the "So" before "usually"', () => {
    const { tree } = renderedDeck(
      '---\ntitle: Risk\nauthors: cj-wright\n---\n\n## A\n\nAutomation makes the whole ecosystem possible for a small team.\n',
    )
    expect(text(selectAll('.lectern-author', tree)[0])).toBe('CJ Wright')
    const names = renderedDeck(
      '---\ntitle: A\nauthors: [andrew-ng, dr-jones]\n---\n\n## A\n\nAutomation makes the whole ecosystem possible for a small team.\n',
    )
    expect(text(selectAll('.lectern-author', names.tree)[0])).toBe('Andrew Ng and Dr Jones')
    expect(compress('So usually compaction is the right way to purge history.', 'en')?.text).toBe(
      'Usually compaction is the right way to purge history',
    )
  })

  it("should show a listing's title from its fence over its lines: Docusaurus's title, a VitePress code group's tab", () => {
    expect(codeTitle('title="vite.config.ts"')).toBe('vite.config.ts')
    expect(codeTitle("filename='run.py' {1,3}")).toBe('run.py')
    expect(codeTitle('[playwright]')).toBe('playwright')
    expect(codeTitle('{1-2|4}')).toBeUndefined()
    const { html } = renderedDeck(
      [
        '## Providers',
        '',
        'Each provider gets its own configuration; pick the one your team already uses in CI.',
        '',
        '::: code-group',
        '```ts [playwright "><script>alert(1)</script>]',
        'export default { provider: playwright() }',
        '```',
        '```ts title="vitest.config.ts"',
        'export default { provider: webdriverio() }',
        '```',
        ':::',
        '',
      ].join('\n'),
    )
    expect(html).toContain('<pre data-lectern-title="vitest.config.ts">')
    // Its value is the attribute's text, never markup: an element of the deck's, no script.
    const { tree } = renderedDeck(
      '## Providers\n\nEach provider gets its own configuration.\n\n```ts [playwright "><script>alert(1)</script>]\nexport default 1\n```\n',
    )
    expect(selectAll('pre', tree)[0]?.properties.dataLecternTitle).toBe('playwright "><script>alert(1)</script>')
    expect(selectAll('script', tree)).toHaveLength(0)
  })
})
