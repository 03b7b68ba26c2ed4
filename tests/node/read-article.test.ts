import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { readArticle } from '../../src/node/read-article.ts'

const temp = await mkdtemp(join(tmpdir(), 'lectern-read-article-'))
afterAll(() => rm(temp, { recursive: true, force: true }))

const body = '## Results\n\nThe posterior moves towards the data as samples come in.\n'

describe('an untitled article read from its folder', () => {
  it('should be named by that folder when its file is index.md or post.md, however its path was given', async () => {
    const folder = join(temp, 'static-blog-generator-go')
    await mkdir(folder)
    await writeFile(join(folder, 'post.md'), body)
    const file = await readArticle(join(folder, 'post.md'))
    expect(file.data.folderName).toBe('static-blog-generator-go')
    // (`lectern build post.md` in that folder: the path names no folder, the reader does.)
    const bare = new VFile({ path: 'post.md', value: body, data: { folderName: file.data.folderName } })
    expect(renderDeck(bare).deck.meta.title).toBe('Static blog generator go')
    expect(renderDeck(new VFile({ path: 'post.md', value: body })).deck.meta.title).toBe('Post')
  })
})

describe("a Docusaurus blog's list of authors", () => {
  // conda-forge's post on the CircleCI breach (review 99): `authors: [core]` showed "core" on the title slide.
  it("should name the authors a post gives by key with the names its folder's authors.yml lists", async () => {
    const folder = join(temp, 'blog')
    await mkdir(folder)
    await writeFile(
      join(folder, 'authors.yml'),
      'core:\n  name: conda-forge core team\n  url: https://conda-forge.org\nbeckermr:\n  name: Matthew R. Becker\n',
    )
    await writeFile(join(folder, '2023-03-12-breach.md'), `---\ntitle: Breach\nauthors: [core, beckermr, someone-else]\n---\n\n${body}`)
    const file = await readArticle(join(folder, '2023-03-12-breach.md'))
    expect(renderDeck(file).deck.meta.author).toBe('conda-forge core team, Matthew R. Becker and Someone Else')
    // (A list that is no map of names is no list of authors: the keys stay as written.)
    const other = join(temp, 'other')
    await mkdir(other)
    await writeFile(join(other, 'authors.yml'), '- just\n- a list\n')
    await writeFile(join(other, 'post.md'), `---\nauthors: [core]\n---\n\n${body}`)
    expect(renderDeck(await readArticle(join(other, 'post.md'))).deck.meta.author).toBe('core')
    // (A link named authors.yml that points out of the folder is not followed: only the folder is read.)
    const linked = join(temp, 'linked')
    await mkdir(linked)
    await writeFile(join(temp, 'outside.yml'), 'core:\n  name: Someone Outside\n')
    await symlink(join(temp, 'outside.yml'), join(linked, 'authors.yml'))
    await writeFile(join(linked, 'post.md'), `---\nauthors: [core]\n---\n\n${body}`)
    expect(renderDeck(await readArticle(join(linked, 'post.md'))).deck.meta.author).toBe('core')
  })
})
