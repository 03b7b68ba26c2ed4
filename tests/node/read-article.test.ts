import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
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
    expect(renderDeck(bare).deck.meta.title).toBe('static blog generator go')
    expect(renderDeck(new VFile({ path: 'post.md', value: body })).deck.meta.title).toBe('post')
  })
})
