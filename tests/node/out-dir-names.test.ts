import { describe, expect, it } from 'vitest'
import { safeRelative } from '../../src/node/deck-manifest.ts'
import { defaultOutDir } from '../../src/node/out-dir.ts'
import { temporaryOwner } from '../../src/node/write-atomic.ts'

describe('safeRelative', () => {
  it('should keep a path inside the deck folder, normalised', () => {
    expect(safeRelative('index.html')).toBe('index.html')
    expect(safeRelative('images/./a.png')).toBe('images/a.png')
    expect(safeRelative('images/x/../a.png')).toBe('images/a.png')
  })

  it.each([
    '../thesis.tex',
    'images/../../thesis.tex',
    '/etc/passwd',
    '//host/share',
    'C:\\\\x',
    'https://example.com/a.png',
    'data:image/png,x',
    '.',
    '',
    'images/',
  ])('should refuse %j, which a shared deck’s record could name to have lectern remove it', (path) => {
    expect(safeRelative(path)).toBeUndefined()
  })
})

describe('temporaryOwner', () => {
  it('should read the writer’s pid from a temporary file’s name, and 0 for one of an older lectern', () => {
    expect(temporaryOwner('.slides.pdf.4242.0123456789ab.tmp')).toBe(4242)
    expect(temporaryOwner('..lectern-deck.json.17.0123456789ab.tmp')).toBe(17)
    expect(temporaryOwner('.handout.pdf.0123456789ab.tmp')).toBe(0)
  })

  it('should not take a user’s file for a temporary one', () => {
    expect(temporaryOwner('notes.tmp')).toBeUndefined()
    expect(temporaryOwner('.slides.pdf')).toBeUndefined()
    expect(temporaryOwner('slides.pdf.0123456789ab.tmp')).toBeUndefined()
  })
})

describe('defaultOutDir', () => {
  it('should put a deck in dist/<article name>/', () => {
    expect(defaultOutDir('talks/My Talk.md')).toBe('dist/my-talk')
  })
})
