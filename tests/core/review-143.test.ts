import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { claimOf } from '../../src/core/key-points/dependence.ts'
import { renderedDeck, selectAll, text } from '../helpers/html.ts'
import { points, slidePoints } from '../helpers/key-points.ts'

/*
 * What a review of articles lectern had not seen (round 143) found wrong on their slides. Each case is written from the
 * article's own words.
 */

describe('review 143', () => {
  it('should keep the main clause, never the comparison a comma sets after it', () => {
    // Jellyfin's release notes.
    expect(
      points(
        'It is now possible to select which plugins can provide lyrics to your music libraries, similar to how you can select the plugins providing metadata. This will provide more variety to Lyrics support.',
      ),
    ).toEqual(['It is now possible to select which plugins can provide lyrics to your music libraries'])
  })

  it('should keep the words quoted after whose they are, not stop at the colon before them', () => {
    // A talk's transcript on rclone and Go.
    expect(points('Rob Pike tells us: “The bigger the interface, the weaker the abstraction” - this is a big interface :-(')).toEqual([
      'Rob Pike tells us: “The bigger the interface, the weaker the abstraction”',
    ])
  })

  it('should keep a subject its apposition follows, never leave the apposition before the verb', () => {
    // An essay on a CTO's time.
    expect(compress('About two dozen people, roughly a quarter of the company, took me up on this offer.', 'en')?.text).toBe(
      'About two dozen people, roughly a quarter of the company, took me up on this offer',
    )
    // (An opening phrase before a subject of its own still goes.)
    expect(compress('In the end, the team shipped the new storage engine to every region.', 'en')?.text).toBe(
      'The team shipped the new storage engine to every region',
    )
  })

  it("should read a picture's credit as a credit in any language, after a label of the writer's own", () => {
    // A Portuguese essay credits its pictures to Unsplash in English, after a label in Portuguese.
    const shown = slidePoints(
      [
        '---',
        'title: Prática x Teoria',
        'lang: pt',
        '---',
        '',
        '## Prática',
        '',
        '![Criança praticando piano](a.jpg)<em>Crédito da imagem: <span>Photo by <a href="https://unsplash.com/@jon_chng">Jonathan Chng</a> on <a href="https://unsplash.com/">Unsplash</a></span></em>',
        '',
      ].join('\n'),
    )
    expect(shown.join(' ')).not.toMatch(/Unsplash/)
    expect(points('Créditos da foto de capa: Photo by Darius Soodmand on Unsplash', { lang: 'pt' })).toEqual([undefined])
    expect(points('Foto de Ana Ruiz en Unsplash', { lang: 'es' })).toEqual([undefined])
  })

  it('should read "conforme" and "quanto maior" as clauses that wait for the main one, in Portuguese', () => {
    const point = points(
      'Conforme a gente avança na carreira, algumas habilidades não técnicas, como comunicação, passam a ser cada vez mais importantes.',
      { lang: 'pt' },
    )[0]
    expect(point).toBe('Algumas habilidades não técnicas passam a ser cada vez mais importantes')
    expect(
      points(
        'Quanto maior a quantidade de assuntos que nos interessam e que buscamos entender, melhor vai ser nosso leque de associações.',
        {
          lang: 'pt',
        },
      )[0] ?? '',
    ).not.toMatch(/^Quanto maior/)
    // ("Mesmo assim": even so, after what the sentence before said.)
    expect(points('Estudar teoria ajuda a entender a lógica. Mesmo assim você não vai aprender a jogar.', { lang: 'pt' })).toEqual([
      'Estudar teoria ajuda a entender a lógica',
    ])
  })

  it('should read French "même en", "notez que" and the demonstratives of the sentence before as they are', () => {
    // A French essay on the GPL and commercial models.
    expect(
      points("Par conséquent, même en signant un accord quelconque, l'employé ne peut pas légalement céder les droits.", { lang: 'fr' }),
    ).toEqual(["L'employé ne peut pas légalement céder les droits"])
    expect(points("Notez de plus que renoncer à ses droits d'auteur n'est pas une chose anodine.", { lang: 'fr' })).toEqual([
      "Renoncer à ses droits d'auteur n'est pas une chose anodine",
    ])
    expect(
      points('Celles-ci sont aussi très intéressantes pour certains projets mais probablement moins adaptées à des entreprises.', {
        lang: 'fr',
      }),
    ).toEqual([undefined])
  })

  it('should keep a list of names in Latin letters whole in a Chinese sentence', () => {
    // OpenKruise's post in Chinese: "Set," was read as a clause of its own and left out.
    expect(
      compress('**Set**, **Deployment** 和 **Job** 都是被 Kubernetes 社区广泛接受的概念，在 Kruise 中给他们定义了明确的扩展规范。', 'zh')
        ?.text,
    ).toMatch(/^\*\*Set\*\*, \*\*Deployment\*\* 和 \*\*Job\*\*/)
  })

  it("should show no point for a talk's signposts: who the speaker is next, a turn to the next part, what the room knows", () => {
    // A talk's transcript on rclone and Go.
    const shown = slidePoints(
      [
        '## Introduction',
        '',
        'First a bit about me.  I’ve loved programming ever since I was 13 with my ZX80 and have been doing it ever since.',
        '',
        'There is lots more info on the website.',
        '',
        'Many of you will be familiar with rsync. Which is (see slide)',
        '',
        'Rclone syncing works very much like rsync.  I’ve tried to keep the flags the same where possible to make it familiar to rsync users.',
        '',
        '## Why Go',
        '',
        'There were some things that attracted me immediately to Go.',
        '',
        'We’d been using Python a lot at work so the single binary for a deployment was just a breath of fresh air.',
        '',
        'I’ll now move on from the history to how it works.',
        '',
      ].join('\n'),
    )
    expect(shown).not.toContain('First a bit about me')
    expect(shown).not.toContain('There is lots more info on the website')
    expect(shown).not.toContain('Many of you will be familiar with rsync')
    expect(shown).not.toContain('There were some things that attracted me immediately to Go')
    expect(shown).not.toContain('I’ll now move on from the history to how it works')
    expect(shown).toContain('Rclone syncing works very much like rsync')
  })

  it('should read only a clause after "this shows" as the claim, never the noun phrase it names', () => {
    expect(claimOf('This shows the use of rclone sync.', 'en')).toBe('This shows the use of rclone sync.')
    expect(claimOf('This means that we can ship faster.', 'en')).toBe('We can ship faster.')
  })

  it('should give no point to a question put to the reader where a section has no other', () => {
    // A conclusion that asks its readers to write in.
    const shown = slidePoints(
      [
        '## Conclusion',
        '',
        'We hope that this reasoning from a codebase stewardship perspective is clear enough to show the value for a codebase to have international ambitions.',
        'Do you have any further benefits or do you disagree with something?',
        'Tweet to us at [@publicccodenet](https://twitter.com/publiccodenet).',
        '',
      ].join('\n'),
    )
    expect(shown.join(' ')).not.toMatch(/Do you have any further benefits/)
  })

  it("should read a line that opens on a dash inside brackets the paragraph left open as the sentence's dash, not a list", () => {
    // A French essay kept by Jekyll, whose kramdown starts no list without a blank line before it.
    const { tree } = renderedDeck(
      [
        '# T',
        '',
        '## A',
        '',
        "C'est une crainte des petites entreprises (les plus grosses entreprises - Adobe, Apache, Apple, Google",
        '- utilisent souvent des licences plus permissives ;',
        'ou alors ne produisent que des logiciels libres).',
        '',
        'A list follows:',
        '- one (two',
        '- three',
        '',
      ].join('\n'),
    )
    const items = selectAll('section ul:not(.lectern-points) > li', tree).map(text)
    expect(items).toEqual(['one (two', 'three'])
    expect(selectAll('aside.notes p', tree).map(text)).toContain(
      "C'est une crainte des petites entreprises (les plus grosses entreprises - Adobe, Apache, Apple, Google - utilisent souvent des licences plus permissives ; ou alors ne produisent que des logiciels libres).",
    )
  })
})

describe('review 143, second reading', () => {
  it('should end no point on the ellipsis a writer trailed off in, a stop after it or not', () => {
    const [point] = points(
      'This works very well, provided you don’t want to know which methods are used in advance. Unfortunately rclone does need to know….',
    )
    expect(point ?? '').not.toMatch(/…|\.\.$/)
  })

  it('should read counted ways to do something, whose names a cut leaves out, as a teaser', () => {
    // Falco's tutorial on Apple Silicon.
    expect(
      points(
        'There are a few ways to create a Linux VM on OSX using Apple Silicon, using [UTM](https://mac.getutm.app/), [VMWare Fusion](https://www.vmware.com/), or [Parallels](https://www.parallels.com/). In this case we are going to use [Lima](https://github.com/lima-vm/lima).',
      )[0] ?? '',
    ).not.toBe('There are a few ways to create a Linux VM')
  })

  it("should read an object pronoun whose clause's subject is all the point names before it as leaning on the sentence before", () => {
    expect(points('After rebooting the VM, mounts may not work anymore. However, leveraging limactl edit can fix it.')).toEqual([undefined])
    // (Not one whose noun the clause names after its verb: "…builds the image and caches it".)
    expect(points('Docker builds the image and caches it for the next run of the pipeline.')).toEqual([
      'Docker builds the image and caches it for the next run of the pipeline',
    ])
  })

  it('should read "the previous command" as the command before, which the point does not show', () => {
    expect(points('The previous command allows you to edit the template, choose another one, or just deploy the VM.')).toEqual([undefined])
  })
})
