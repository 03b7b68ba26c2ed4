import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { convertShortcodes, parseArgs } from '../../src/core/shortcodes.ts'
import { convertTexDelimiters } from '../../src/core/tex-delimiters.ts'
import { parseDeck, selectAll, slidesOf, text } from '../helpers/html.ts'

const lines = (value: string) => value.split('\n').length

describe('template tags', () => {
  it('should show a template tag whose brace the writer escaped as the words it is', () => {
    // Hudi's dbt post (review 106): 'by using the "[\\{{ this }}](…)" variable' lost its words, the notes showing "[](…)".
    const source = '## Models\n\nQuery your table by using the "[\\{{ this }}](https://docs.getdbt.com/this)" variable. \\\\{{ site.x }}\n'
    const { text: converted, removed } = convertShortcodes(source)
    expect(converted).toContain('[\\{{ this }}](https://docs.getdbt.com/this)')
    expect(converted).not.toContain('site.x')
    expect([...removed.keys()]).toEqual(['`{{ site.x }}`'])
    const notes = text(selectAll('aside.notes', parseDeck(renderDeck(source).html))[0])
    expect(notes).toContain('by using the "{{ this }}" variable.')
  })

  it("should leave out a site's box of links to its other posts, line for line", () => {
    // An essay on arp242.net (review 87): "The Cult of Go Test" stood alone on the last slide.
    const source = 'Words.\n\n{% related_articles %}\n- [The Cult of Go Test](https://example.org)\n{% endrelated_articles %}\n'
    const { text } = convertShortcodes(source)
    expect(text).not.toContain('Cult of Go Test')
    expect(lines(text)).toBe(lines(source))
  })

  it('should make a quotation set in a template tag the block quote it is, line for line', () => {
    // An opinion essay on a Hugo blog (review 85): its three `{{%blockquote%}}` quotations were said as the writer's paragraphs.
    const hugo = 'Before.\n\n{{%blockquote%}}None of these parsers were ever tested. &mdash; binarly.io{{%/blockquote%}}\n\nAfter.'
    expect(convertShortcodes(hugo).text).toBe('Before.\n\n> None of these parsers were ever tested. &mdash; binarly.io\n\nAfter.')
    const octopress =
      'Before.\n\n{% blockquote Seth Godin http://sethgodin.com Tribes %}\nLeadership is scarce.\n\nIt takes guts.\n{% endblockquote %}\n'
    const { text } = convertShortcodes(octopress)
    expect(text).toBe('Before.\n\n\n> Leadership is scarce.\n>\n> It takes guts. — Seth Godin\n\n')
    expect(lines(text)).toBe(lines(octopress))
    const deck = renderDeck(new VFile({ path: 'post.md', value: `# T\n\n## Q\n\n${hugo}` })).html
    expect(deck).toMatch(/<blockquote>\s*<p>None of these parsers were ever tested/)
    // (A Japanese post on a Hugo site (review 99): `fig-quote` named its source by a title and link, which ran into the words.)
    const figure =
      'Before.\n\n{{< fig-quote type="markdown" title="知識の抽出とは | IBM" link="https://www.ibm.com/think" >}}\n知識蒸留とは、機械学習アプローチです。\n{{< /fig-quote >}}\n\nAfter.'
    const quoted = convertShortcodes(figure).text
    expect(quoted).toContain('> 知識蒸留とは、機械学習アプローチです。 — [知識の抽出とは | IBM](<https://www.ibm.com/think>)')
    // (Not a theme's other tag whose name starts so, `{{< quote-box >}}`.)
    expect(convertShortcodes('{{< quote-box >}}\nBoxed.\n{{< /quote-box >}}').text).not.toContain('> Boxed.')
    expect(lines(quoted)).toBe(lines(figure))
    // (Not one in a code span, inside a sentence, or run on by a line of words: those tags are only left out.
    // Inside a list item, each line keeps the item's indent before its `>`.)
    const span = 'Wrap a quote in `{% blockquote Seth Godin %}` and `{% endblockquote %}` tags.'
    expect(convertShortcodes(span).text).toBe(span)
    expect(convertShortcodes('He wrote {% blockquote %}quoted{% endblockquote %} and more.').text).toBe('He wrote quoted and more.')
    // (The author an Octopress tag names is kept after the words there.)
    expect(convertShortcodes('{% blockquote Seth Godin %}Ship it.{% endblockquote %}\nI disagree.').text).toBe(
      'Ship it. — Seth Godin\nI disagree.',
    )
    expect(convertShortcodes('- An item:\n\n    {% blockquote %}\n    Quoted words.\n    {% endblockquote %}\n\n    More.').text).toBe(
      '- An item:\n\n    \n    > Quoted words.\n\n\n    More.',
    )
  })

  it("should leave an attribute slipped into a figure's alt text, and the icons in its caption, out of their words", () => {
    // pyOpenSci's PyCon US 2024 recap (review 85): every missing picture's box ended "…' style='width: 70%;",
    // and its caption said "<i class='fa-solid fa-heart-pulse'></i>" around its words.
    const source =
      '{{< figure src="juno.png" alt="My dog with a stick. \' style=\'width: 70%;" caption="<i class=\'fa-solid fa-heart\'></i> Juno prefers <b>sticks</b> <i class=\'fa-solid fa-heart\'></i>." >}}'
    expect(convertShortcodes(source).text).toBe('![My dog with a stick.](juno.png "Juno prefers sticks.")')
  })

  // 2i2c's post on a single-node Binder (review 98): the tag was split at the code span of its caption, and shown as text.
  it('should read a tag whole whose quoted argument holds a code span, and leave code spans outside tags as code', () => {
    const source =
      'Before `{{< ref "kept" >}}`.\n\n{{< figure src="grafana.png" caption="Sessions run on `2i2c.mybinder.org`, now most of them." >}}\n\nAfter `code`.'
    const { text } = convertShortcodes(source)
    expect(text).not.toContain('{{< figure')
    expect(text).toContain('![Sessions run on `2i2c.mybinder.org`, now most of them.](grafana.png)')
    expect(text).toContain('Before `{{< ref "kept" >}}`.')
    expect(text).toContain('After `code`.')
    // (A Hugo post's figure of review 100: its caption a raw string in backquotes over several lines, Go's syntax.)
    const raw =
      'Before.\n\n{{% figure\n    src       = "museum.jpeg"\n    caption   = `The Acropolis as viewed from inside the museum. Friezes\nreflect in the glass.`\n    copyright = "2024"\n%}}\n\nAfter `x`.'
    const converted = convertShortcodes(raw).text
    expect(converted).toContain('(museum.jpeg')
    expect(converted).not.toContain('{{%')
    expect(converted).toContain('After `x`.')
    expect(converted.split('\n')).toHaveLength(raw.split('\n').length)
  })

  it('should turn Hugo figures, videos and highlight blocks into an image with its caption, a link and fenced code', () => {
    const source = [
      '{{< figure src="gc.png" caption="The collector at work" >}}',
      '',
      '{{< youtube dQw4w9WgXcQ >}}',
      '',
      '{{< highlight go "linenos=table" >}}',
      'func main() {}',
      '{{< /highlight >}}',
    ].join('\n')
    const { text: out, removed } = convertShortcodes(source)
    expect(out).toBe(
      [
        '![The collector at work](gc.png)',
        '',
        '[YouTube video: https://www.youtube.com/watch?v=dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
        '',
        '```go',
        'func main() {}',
        '```',
      ].join('\n'),
    )
    expect(removed.size).toBe(0)
    // A French post on PostgreSQL's partitions (review 91) closed its blocks `{{< / highlight >}}`, as Hugo allows:
    // read as markdown, each query plan's dashes made a heading of the query.
    const spaced = convertShortcodes(
      ['{{< highlight sql "linenos=table,hl_lines=3 6" >}}', 'QUERY PLAN', '----------', '{{< / highlight >}}'].join('\n'),
    )
    expect(spaced.text).toBe(['```sql', 'QUERY PLAN', '----------', '```'].join('\n'))
  })

  it('should make the file and output shortcodes of Hugo docs listings, and keep a step list whole around bodies at the margin', () => {
    // (Review 40: Linode's Fail2Ban guide; its output became key points and its steps' prose code.)
    const source = [
      '## Jails',
      '',
      '1.  Create the jail configuration for the sshd service with the values below.',
      '',
      '    {{< note respectIndent=false >}}',
      'You can customize the values as per your security requirements.',
      '{{< /note >}}',
      '',
      '    {{< file "/etc/fail2ban/jail.local" ini >}}',
      '[sshd]',
      'enabled = true',
      '{{</ file >}}',
      '',
      '1.  Check the status of the jail with the client command.',
      '',
      '    {{< output >}}',
      'Status',
      '|- Number of jail: 1',
      '{{</ output >}}',
      '',
      '    This shows that the sshd jail is active and counting failures.',
    ].join('\n')
    const { text: out } = convertShortcodes(source)
    expect(lines(out)).toBe(lines(source))
    const tree = parseDeck(renderDeck(new VFile({ path: 'guide.md', value: `# Guide\n\n${source}\n` })).html)
    const listings = selectAll('pre', tree).map(text)
    expect(listings.some((listing) => /^\[sshd\] enabled = true$/.test(listing.trim()))).toBe(true)
    expect(listings.some((listing) => /^Status/.test(listing.trim()))).toBe(true)
    expect(listings.join(' ')).not.toMatch(/```|This shows that/)
    expect(selectAll('.lectern-points > li', tree).map(text).join(' ')).not.toMatch(/Number of jail/)
    expect(selectAll('ol', tree).flatMap((list) => selectAll(':scope > li', list)).length).toBe(2)
  })

  it("should read istio.io's text listings as code and its image shortcode's link as the picture (review 94)", () => {
    const source = [
      'The workload state is a simple list.',
      '',
      '{{< text plaintext >}}',
      'name: helloworld-v1-55446d46d8-ntdbk',
      'namespace: default',
      '{{< /text >}}',
      '',
      '{{< image width="100%"',
      '    link="ztunnel-architecture.png"',
      '    caption="Ztunnel architecture"',
      '    >}}',
    ].join('\n')
    const { text: out, removed } = convertShortcodes(source)
    expect(lines(out)).toBe(lines(source))
    expect(removed.size).toBe(0)
    expect(out).toMatch(/!\[[^\]]*\]\(ztunnel-architecture\.png/)
    const tree = parseDeck(renderDeck(new VFile({ path: 'post.md', value: `# Post\n\n## Ztunnel\n\n${source}\n` })).html)
    expect(selectAll('pre', tree).map(text).join(' ')).toMatch(/^name: helloworld-v1-55446d46d8-ntdbk\s+namespace: default\s*$/)
    // (Its language named as `syntax=`, as istio.io's docs mostly write it.)
    expect(convertShortcodes('{{< text syntax=bash snip_id=install >}}\n$ istioctl install\n{{< /text >}}\n').text).toMatch(/^```bash\b/m)
  })

  it('should leave out ERB tags, as Middleman and Nanoc posts write them, and keep the words between them', () => {
    // (Review 40: FreeAgent's engineering blog opened its notes on "<% excerpt do %>".)
    const source =
      '<% excerpt do %>\nHere at FreeAgent we run 21,000 examples.\n<% end %>\n\nSee <%= link_to "the docs", "/docs" %> for more.\n'
    const { text: out, removed } = convertShortcodes(source)
    expect(out).not.toMatch(/<%|%>/)
    expect(out).toMatch(/Here at FreeAgent we run 21,000 examples\./)
    expect(lines(out)).toBe(lines(source))
    expect([...removed.keys()].join(' ')).toMatch(/ERB `excerpt`.*ERB `end`/)
    const rendered = renderDeck(new VFile({ path: 'post.md', value: `# T\n\n## One\n\n${source}` }))
    expect(text(parseDeck(rendered.html))).not.toMatch(/<%|%>/)
  })

  it('should read footnotes written by hand in HTML as footnotes, where the text cites them', () => {
    // (PingCAP's Async Commit post, review 53: "…Max TS1" in the notes and a slide "注释" of five fragments.)
    const source = [
      'Every read updates Max TS<sup id="a1">[1](#f1)</sup>. Then it commits.<sup id="a2"><a href="#f2">2</a></sup>',
      '',
      '## 注释',
      '',
      '<b id="f1">1</b> TiKV also fetches the newest timestamp from PD. [↩](#a1)',
      '',
      '<b id="f2">2</b> A lock in memory blocks the reads.',
      '',
      '<b id="f9">9</b> Nothing cites this one.',
      '',
    ].join('\n')
    const { text: out } = convertShortcodes(source)
    expect(out).toContain('Every read updates Max TS[^note-f1]. Then it commits.[^note-f2]')
    expect(out).toContain('[^note-f1]: TiKV also fetches the newest timestamp from PD.\n')
    expect(out).toContain('[^note-f2]: A lock in memory blocks the reads.')
    expect(out).toContain('<b id="f9">9</b> Nothing cites this one.')
    expect(lines(out)).toBe(lines(source))
    const tree = parseDeck(
      renderDeck(
        new VFile({
          path: 'post.md',
          value: `# T\n\n## Commit\n\n${source.split('\n\n## 注释')[0]}\n\n## 注释\n\n<b id="f1">1</b> TiKV also fetches the newest timestamp from PD. [↩](#a1)\n\n<b id="f2">2</b> A lock in memory blocks the reads.\n`,
        }),
      ).html,
    )
    expect(selectAll('aside.notes', tree).map(text).join(' ')).toMatch(/TiKV also fetches the newest timestamp/)
    expect(selectAll('.lectern-points > li', tree).map(text).join(' ')).not.toMatch(/TiKV also fetches/)
  })

  it("should drop WordPress's caption tags around a picture and its credit, keeping both and every line", () => {
    // (A Pelican page exported from WordPress, review 51: "[caption id=…]" and "[/caption]" on the title slide.)
    const source =
      '\\[caption id="" align="alignleft" width="320"][![LHC](x.jpg)](https://f.example) © 2007 Image Editor\\[/caption]\n\nAs the LHC gears up.\n\n[caption id="attachment_5" align="aligncenter" width="300"]<img src="a.png"> The rig[/caption]\n'
    const { text: out } = convertShortcodes(source)
    expect(out).not.toMatch(/caption/)
    expect(out).toContain('[![LHC](x.jpg)](https://f.example) © 2007 Image Editor')
    expect(out).toContain('<img src="a.png"> The rig')
    expect(lines(out)).toBe(lines(source))
  })

  it("should show Docsy's imgproc picture, named by the start of its file, with its caption as prose", () => {
    // (Flux's KubeCon 2022 wrap-up, review 51: three pictures beside index.md were left out.)
    const { text: out, removed } = convertShortcodes('{{< imgproc kubecon-welcome Resize 600x >}}\nKubeCon in Valencia\n{{< /imgproc >}}\n')
    expect(out).toBe('![](kubecon-welcome)\nKubeCon in Valencia\n\n')
    expect(removed.size).toBe(0)
  })

  it('should turn a Hugo post on X or Instagram into a link to it, in both ways Hugo writes a tweet', () => {
    const { text: out, removed } = convertShortcodes(
      '{{<tweet 1737401842387284181>}}\n\n{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}\n\n{{< instagram BWNjjyYFxVx >}}\n',
    )
    expect(out).toBe(
      [
        '[Post on X: https://x.com/i/web/status/1737401842387284181](https://x.com/i/web/status/1737401842387284181)',
        '',
        '[Post on X: https://x.com/SanDiegoZoo/status/1453110110599868418](https://x.com/SanDiegoZoo/status/1453110110599868418)',
        '',
        '[Instagram post: https://www.instagram.com/p/BWNjjyYFxVx/](https://www.instagram.com/p/BWNjjyYFxVx/)',
        '',
      ].join('\n'),
    )
    expect(removed.size).toBe(0)
  })

  it('should keep a link of a shortcode one link to its site, whatever its arguments hold', () => {
    const rendered = renderDeck(
      new VFile({
        path: 'post.md',
        value:
          '## One\n\nWords of the section.\n\n{{< tweet user="a) <b>x</b> [y](javascript:z" id="123" >}}\n\n{{< youtube "x) [y](http://elsewhere.example" >}}\n',
      }),
    )
    const links = selectAll('a', parseDeck(rendered.html)).map((link) => String(link.properties.href))
    expect(links).toHaveLength(2)
    expect(links[0]).toMatch(/^https:\/\/x\.com\//)
    expect(links[1]).toMatch(/^https:\/\/www\.youtube\.com\//)
  })

  it("should turn the Go blog's image, video and raw actions into markdown", () => {
    const { text: out } = convertShortcodes('{{image "gif-decoder/image00.jpg"}}\n\n{{video "talk.mp4"}}\n\n{{raw `<b>bold</b>`}}\n')
    expect(out).toBe('![](gif-decoder/image00.jpg)\n\n[Video: talk.mp4](talk.mp4)\n\n<b>bold</b>\n')
  })

  it('should write a picture inside an HTML block as an <img>, which the block shows, and as markdown elsewhere', () => {
    // From the Go blog's "Go Turns 10": a small copy linking the large one.
    const source = [
      '<a href="10years/gopher10th-large.jpg">',
      '{{image "10years/gopher10th-small.jpg" 850}}',
      '</a>',
      '',
      '<div class="figure">',
      '{{< figure src="a b.png" alt="A \\"quoted\\" name" >}}',
      '</div>',
      '',
      'Prose {{image "x.png"}} and <a href="y">{{image "y.png"}}</a>.',
      '',
    ].join('\n')
    expect(convertShortcodes(source).text.split('\n')).toEqual([
      '<a href="10years/gopher10th-large.jpg">',
      '<img src="10years/gopher10th-small.jpg" alt="">',
      '</a>',
      '',
      '<div class="figure">',
      '<img src="a b.png" alt="A &quot;quoted&quot; name">',
      '</div>',
      '',
      'Prose ![](x.png) and <a href="y">![](y.png)</a>.',
      '',
    ])
  })

  it('should keep the code of a Go blog raw action whose backquoted body holds braces and blank lines', () => {
    // From the Go blog's chacha8rand post: tab-indented code, so it reads as a code block.
    const source =
      'The code looks like:\n\n{{raw `\n\tfunc (r *rngSource) Uint64() uint64 {\n\t\tr.tap--\n\n\t\treturn uint64(x)\n\t}\n`}}\n\nNext.\n'
    const { text: out } = convertShortcodes(source)
    expect(out).not.toMatch(/\{\{|\}\}|`/)
    expect(out).toContain('\n\tfunc (r *rngSource) Uint64() uint64 {\n\t\tr.tap--\n\n\t\treturn uint64(x)\n\t}\n')
  })

  it("should turn Liquid's highlight, image include, URL filters and raw blocks into markdown", () => {
    const source = [
      'See [the docs]({{ "/docs/themes/" | relative_url }}) and ![logo]({{ site.baseurl }}/logo.png).',
      '',
      '{% include image.html url="/img/a.png" description="A diagram" %}',
      '',
      '{% highlight liquid %}',
      '{% raw %}',
      '{{ page.title }}',
      '{% endraw %}',
      '{% endhighlight %}',
      '',
      'Text {% raw %}{{ shown }}{% endraw %} here.',
    ].join('\n')
    const { text: out, removed } = convertShortcodes(source)
    expect(out).toContain('See [the docs](/docs/themes/) and ![logo](/logo.png).')
    expect(out).toContain('![A diagram](/img/a.png)')
    expect(out).toContain('```liquid\n{{ page.title }}\n```')
    expect(out).toContain('Text {{ shown }} here.')
    expect(removed.size).toBe(0)
  })

  it("should leave out a Liquid comment in code that Liquid reads, and keep one in a post's code about Liquid", () => {
    // (Metal³'s blog (review 103): "{%- comment -%} Raw is needed to escape the double curly braces. {%- endcomment -%}" opened a bash listing.)
    const source = [
      'We copy the config to the machine:',
      '',
      '```bash',
      '{%- comment -%}',
      'Raw is needed to escape the double curly braces.',
      '{%- endcomment -%}',
      '{% raw %}',
      'export IP=$(docker inspect -f "{{.IPAddress}}" kind)',
      '{% endraw %}',
      '```',
      '',
      'A comment in Liquid reads:',
      '',
      '```liquid',
      '{% comment %}',
      'A note',
      '{% endcomment %}',
      '```',
    ].join('\n')
    const { text: out } = convertShortcodes(source)
    expect(out).toContain('```bash\nexport IP=$(docker inspect -f "{{.IPAddress}}" kind)\n```')
    expect(out).toContain('```liquid\n{% comment %}\nA note\n{% endcomment %}\n```')
  })

  it("should read minimal-mistakes' figure include and Eleventy's Img shortcode as pictures with their alt text and caption", () => {
    // (Review 57: a talk write-up's ten graphs and web.dev's three screenshots were left out as unknown tags.)
    const source = [
      '{% include figure',
      '  image_path="/images/io-utilization.png"',
      '  alt="I/O load of two servers"',
      '  caption="I/O load of two servers in May" %}',
      '',
      '{% Img src="image/admin/demo.jpg", alt="demo with figures", width="800", caption="A 7x boost on initial load." %}',
    ].join('\n')
    const { text: out, removed } = convertShortcodes(source)
    expect(removed.size).toBe(0)
    expect(out).toContain('](/images/io-utilization.png')
    expect(out).toContain('I/O load of two servers')
    expect(out).toContain('](image/admin/demo.jpg')
    expect(out).toContain('demo with figures')
  })

  it('should take the underline of a heading that was only a template tag with it, line for line', () => {
    // (Review 57: a post's "{{ page.title }}" over "====" left a paragraph of "=".)
    const source = 'Intro.\n\n{{ page.title }}\n================\n\nWords.\n\n{{ site.tagline }}\n---\n\nMore.\n'
    const { text: out } = convertShortcodes(source)
    expect(out.split('\n')).toHaveLength(source.split('\n').length)
    expect(out).not.toMatch(/^(?:=+|-+)$/m)
    expect(out).toContain('Words.')
  })

  it("should join the site's address and a `link` tag after it into one path, never an address on another host", () => {
    // allegro.tech (review 48): `//img/…` was fetched as a host named "img".
    const { text: out } = convertShortcodes(
      '![dc2_dc5]({{site.baseurl}}/{% link /img/articles/dc2_dc5.png %} "Migration from DC2 to DC5")\n\nSee [it]({{ site.url }}/{% link /about.md %}).',
    )
    expect(out).toBe('![dc2_dc5](/img/articles/dc2_dc5.png "Migration from DC2 to DC5")\n\nSee [it](/about.md).')
  })

  it("should turn Octopress's video into a link, and its include_code into a link to the file with a warning that the code is left out", () => {
    // jakevdp's matplotlib animation post (review 41): three scripts and three videos vanished without a trace on the slides.
    const source = [
      '{% include_code basic_animation.py lang:python Basic Animation %}',
      '',
      '{% video /downloads/videos/basic_animation.mp4 360 270 /downloads/videos/frame.png %}',
    ].join('\n')
    const { text: out, removed } = convertShortcodes(source)
    expect(out).toBe(
      [
        '[Code: basic_animation.py (Basic Animation)](/downloads/code/basic_animation.py)',
        '',
        '[Video: /downloads/videos/basic_animation.mp4](/downloads/videos/basic_animation.mp4)',
      ].join('\n'),
    )
    expect([...removed.keys()]).toEqual(['Liquid `include_code basic_animation.py`'])
  })

  it('should turn a Liquid figure include that names its picture by `filename` into the picture with its caption', () => {
    const { text: out } = convertShortcodes(
      '{% include figure.html filename="reading-02.png" caption="Word counts of the 1910 report, made with [Voyant](https://voyant-tools.org/)" %}\n',
    )
    expect(out).toContain('![Word counts of the 1910 report, made with Voyant](reading-02.png)')
    // One that names its picture some other way is left out, and said to be.
    const { removed } = convertShortcodes('{% include figure.html picture="a.png" caption="A chart" %}\n')
    expect([...removed.keys()]).toEqual(['Liquid `include figure.html`'])
  })

  it("should turn Zola's image and code shortcodes into markdown and keep a linked name in its sentence", () => {
    const source =
      '{{ image(src="birthday.svg", alt="Bevy turns one") }}\n\n{% code(lang="rust") %}\nfn main() {}\n{% end %}\n\nPlugins like {{rust_type(type="struct", name="AssetPlugin")}} compose.\n'
    const { text: out, removed } = convertShortcodes(source)
    expect(out).toContain('![Bevy turns one](birthday.svg)')
    expect(out).toContain('```rust\nfn main() {}\n```')
    expect(out).toContain('Plugins like AssetPlugin compose.')
    expect([...removed]).toEqual([['Zola `rust_type`', 1]])
  })

  it("should turn Zola's and Hugo's video shortcodes into links to where they play", () => {
    // (Review 79: a Veloren devlog's clips, `{{streamable(id="pbu3sy")}}` and `{{ video(src=…) }}`, vanished.)
    const { text: out, removed } = convertShortcodes(
      '{{streamable(id="pbu3sy")}}\n\n{{ video(src="https://example.org/clip.mp4") }}\n\n{{< streamable l32zaa >}}\n',
    )
    expect(out).toContain('[Streamable video: https://streamable.com/pbu3sy](https://streamable.com/pbu3sy)')
    expect(out).toContain('[Video: https://example.org/clip.mp4](https://example.org/clip.mp4)')
    expect(out).toContain('[Streamable video: https://streamable.com/l32zaa](https://streamable.com/l32zaa)')
    expect([...removed]).toEqual([])
  })

  it('should leave out other tags, count them by kind, and give the line of the first', () => {
    const source =
      'Intro.\n\n{{% columns %}}\nMind the gap.\n{{% /columns %}}\n\n{% if site.x %}Maybe{% endif %} and {{< param "x" >}} and {{ page.title }}\n'
    const { text: out, removed, firstRemovedLine } = convertShortcodes(source)
    expect(out).not.toMatch(/\{\{|\{%/)
    expect(out).toContain('Mind the gap.')
    expect([...removed]).toEqual([
      ['Hugo `columns`', 1],
      ['Liquid `if`', 1],
      ['Hugo `param`', 1],
      ['`{{ page.title }}`', 1],
    ])
    expect(firstRemovedLine).toBe(3)
  })

  it('should never touch tags in fenced code or code spans, except Liquid raw markers', () => {
    const source =
      'Write `{{< figure src="x" >}}` to get one.\n\n```go-html-template\n{{ .Title }}\n{{< youtube id >}}\n```\n\n~~~\n{% raw %}{{ x }}{% endraw %}\n~~~\n'
    const { text: out, removed } = convertShortcodes(source)
    expect(out).toBe(
      'Write `{{< figure src="x" >}}` to get one.\n\n```go-html-template\n{{ .Title }}\n{{< youtube id >}}\n```\n\n~~~\n{{ x }}\n~~~\n',
    )
    expect(removed.size).toBe(0)
  })

  it('should keep the line count, so positions after a tag stay true', () => {
    const source = '{{< figure\n  src="a.png"\n  caption="Two lines" >}}\n\n{{% notice %}}\nx\n{{% /notice %}}\nend\n'
    expect(lines(convertShortcodes(source).text)).toBe(lines(source))
  })

  it('should read quoted, backquoted, named and bare arguments', () => {
    expect(parseArgs(' "a b" `c` key="v w" n=3 bare')).toEqual({ named: { key: 'v w', n: '3' }, positional: ['a b', 'c', 'bare'] })
  })

  it('should show no template source in the deck, and warn once with the count', () => {
    const rendered = renderDeck(
      new VFile({
        path: 'post.md',
        value: '# Post\n\n## One\n\n{{< poll 123 >}}\n\nWords {{< param "a" >}} here.\n\n{{image "x.png"}}\n',
      }),
    )
    const tree = parseDeck(rendered.html)
    expect(text(tree)).not.toMatch(/\{\{|\{%|%\}|\}\}/)
    expect(selectAll('img[src="x.png"]', tree)).toHaveLength(1)
    const warnings = rendered.file.messages.filter((message) => message.ruleId === 'template-tags')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].reason).toMatch(/Left out 2 template tags .*1 × Hugo `poll`, 1 × Hugo `param`/)
    expect(warnings[0].line).toBe(5)
    expect(slidesOf(tree).length).toBe(2)
  })
})

describe('TeX delimiters', () => {
  it('should turn \\( \\) and \\[ \\] into dollars outside code', () => {
    expect(convertTexDelimiters('Energy \\(E = mc^2\\) and\n\\[\n\\int_0^1 x\\,dx\n\\]\n')).toBe(
      'Energy $E = mc^2$ and\n$$\n\\int_0^1 x\\,dx\n$$\n',
    )
    expect(convertTexDelimiters('A line \\[ a^2 + b^2 \\] here.')).toBe('A line $$a^2 + b^2$$ here.')
    expect(convertTexDelimiters('Code `\\(x\\)` stays.\n\n```\n\\[x^2\\]\n```\n')).toBe('Code `\\(x\\)` stays.\n\n```\n\\[x^2\\]\n```\n')
  })

  it('should join display math whose dollars share its first and last lines, keeping every later line where it was', () => {
    // As a MathJax blog writes it (a DFT post): to remark-math the first line opened a block that ran to the end.
    const source = 'Before.\n\n$$\\begin{equation}\nx_t = a \\\\\n\\end{equation}$$\n\nAfter.\n\n$$y = 1$$\n\n$$\nz = 2\n$$\n'
    const out = convertTexDelimiters(source)
    expect(out).toBe('Before.\n\n$$\\begin{equation} x_t = a \\\\ \\end{equation}$$\n\n\n\nAfter.\n\n$$y = 1$$\n\n$$\nz = 2\n$$\n')
    expect(out.split('\n').indexOf('After.')).toBe(source.split('\n').indexOf('After.'))
    // A TeX comment would swallow the joined lines: left as written.
    expect(convertTexDelimiters('$$a = 1 % one\nb = 2$$\n')).toBe('$$a = 1 % one\nb = 2$$\n')
    const { html } = renderDeck(
      new VFile({ path: 'post.md', value: `# T\n\n## A\n\n${source}\n## B\n\nThe last section is still a section of its own.\n` }),
    )
    expect(html).toContain('data-lectern-title="B"')
    expect(html).not.toContain('$$\\begin{equation}')
  })

  it('should leave escaped brackets that hold no TeX alone', () => {
    expect(convertTexDelimiters('See note \\[1\\] and \\[citation\\].')).toBe('See note \\[1\\] and \\[citation\\].')
  })
})

describe("a Liquid loop over the site's data (review 93, Swift's release posts)", () => {
  it('should leave the loop out whole, and say so, rather than show an item with no words', () => {
    const { text, removed } = convertShortcodes(
      'On GitHub:\n\n{% for repository in repositories %}{% assign url = "https://github.com/apple/" | append: repository.name %}* [{{ repository.name  }}]({{ url }})\n{% endfor %}\n\nAfter.\n',
    )
    expect(text).toBe('On GitHub:\n\n\n\n\nAfter.\n')
    expect([...removed.keys()]).toContain("Liquid `for` loop over the site's data")
    // (Not a loop whose body never names its item: the words are the article's.)
    expect(convertShortcodes('{% for i in (1..3) %}Hip hip hooray!{% endfor %}').text).toContain('Hip hip hooray!')
  })
})

describe('margin notes written as template tags', () => {
  // A French Hugo post (review 140) writes ten margin notes as a paired shortcode inside its sentences.
  it('should say a Hugo margin note and a tufte-jekyll sidenote in the footnotes, not run into the sentence', () => {
    const markdown = [
      '# Sites statiques',
      '',
      '## Introduction',
      '',
      'Il fallait dupliquer une même modification sur chaque page concernée{{% marginalia %}}il en découlait une réelle difficulté à faire évoluer un site{{% /marginalia %}}, ce qui prenait du temps.',
      '',
      "Tufte set his notes in the margin.{% sidenote 'sn-margin' 'The *margin* is wide in his books, and it\\'s a habit.' %} Readers liked it.",
      '',
      'A short {{< sidenote >}}aside here{{< /sidenote >}}sentence ends the section.',
    ].join('\n')
    const converted = convertShortcodes(markdown)
    expect(converted.removed.size).toBe(0)
    expect(converted.text.split('\n').slice(0, 9).join('\n')).not.toMatch(/marginalia|sidenote|découlait|wide in his|aside here/)
    const deck = parseDeck(renderDeck(new VFile({ path: 'post.md', value: markdown })).html)
    const notes = text(selectAll('aside.notes', deck)[0])
    expect(notes).toMatch(/page concernée\s*1, ce qui prenait/)
    expect(notes).toMatch(/in the margin\.\s*2 Readers liked it/)
    expect(notes).not.toMatch(/concernéeil|\{\{|\{%/)
    const footnotes = text(selectAll('aside.notes .lectern-footnotes', deck)[0])
    expect(footnotes).toMatch(/il en découlait une réelle difficulté.*The margin is wide in his books, and it's a habit\..*aside here/s)
    expect(text(selectAll('.lectern-points', deck)[0] ?? deck)).not.toMatch(/découlait|wide in his|aside here/)
  })
})
