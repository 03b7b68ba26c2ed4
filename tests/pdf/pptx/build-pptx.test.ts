import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildPptx } from '../../../src/pdf/pptx/build-pptx.ts'
import { cssColour, over } from '../../../src/pdf/pptx/css-colour.ts'
import { keepFirstParagraphProperties, notesParagraphs, styleBullets } from '../../../src/pdf/pptx/finish-pptx.ts'
import { pictureType } from '../../../src/pdf/pptx/picture-type.ts'
import type { DeckSnapshot, PictureData, SlideItem, TextRun } from '../../../src/pdf/pptx/slide-snapshot.ts'

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#0b5cad"/></svg>'

const run = (text: string, extra: Partial<TextRun> = {}): TextRun => ({ text, font: 'Inter', size: 32, color: 'rgb(31, 35, 40)', ...extra })

const heading: SlideItem = {
  kind: 'text',
  box: { x: 60, y: 40, w: 800, h: 50 },
  paragraphs: [{ runs: [run('Lists & <Reasons>', { size: 48, bold: true })], lineHeight: 54 }],
}
const list: SlideItem = {
  kind: 'text',
  box: { x: 60, y: 120, w: 800, h: 120 },
  paragraphs: [
    {
      runs: [run('Easier to '), run('review', { bold: true })],
      bullet: { char: '•', color: 'rgb(11, 92, 173)', size: 1.4, font: 'Inter', indent: 40 },
    },
    { runs: [run('Nested', { size: 28 })], level: 1, bullet: { char: '◦', indent: 80 } },
    { runs: [run('Second')], bullet: { number: 2, indent: 40 } },
  ],
}
const table: SlideItem = {
  kind: 'table',
  box: { x: 60, y: 260, w: 400, h: 80 },
  columns: [200, 200],
  heights: [40, 40],
  rows: [
    [
      {
        paragraphs: [{ runs: [run('Cadence', { bold: true })] }],
        padding: [6, 12, 6, 12],
        borders: [undefined, undefined, { width: 1, color: 'rgba(31, 35, 40, 0.25)' }, undefined],
      },
      {
        paragraphs: [{ runs: [run('Recovery', { bold: true })] }],
        padding: [6, 12, 6, 12],
        borders: [undefined, undefined, undefined, undefined],
      },
    ],
    [
      {
        paragraphs: [{ runs: [run('Daily')] }],
        padding: [6, 12, 6, 12],
        borders: [undefined, undefined, undefined, undefined],
        fill: 'rgb(243, 244, 246)',
      },
      { paragraphs: [{ runs: [run('1 hour')] }], padding: [6, 12, 6, 12], borders: [undefined, undefined, undefined, undefined] },
    ],
  ],
}
const photo: SlideItem = {
  kind: 'picture',
  box: { x: 500, y: 260, w: 100, h: 100 },
  source: { url: 'http://127.0.0.1/photo.png' },
  alt: 'A photo',
}
const drawing: SlideItem = { kind: 'picture', box: { x: 700, y: 260, w: 200, h: 100 }, source: { svg } }
const bar: SlideItem = { kind: 'shape', box: { x: 60, y: 100, w: 50, h: 4 }, fill: 'rgb(11, 92, 173)', radius: 2 }

const deck: DeckSnapshot = {
  width: 1280,
  height: 720,
  page: { width: 1331, height: 748 },
  slides: [
    {
      background: 'rgb(255, 255, 255)',
      origin: { x: 0, y: 0 },
      items: [heading, bar, list, table, photo, drawing],
      notes: ['The first paragraph & its <point>.', 'The second paragraph.'],
    },
    { background: 'rgb(59, 10, 120)', origin: { x: 0, y: 760 }, items: [], notes: [] },
  ],
}

const pictures = new Map<SlideItem, PictureData>([
  [photo, { data: `image/png;base64,${png}` }],
  [drawing, { data: `image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, fallback: `image/png;base64,${png}` }],
])

const properties = { title: 'Shipping Small Things', author: 'Grace Hopper', subject: 'How small releases beat big ones', lang: 'en' }

let build: Promise<{ files: Record<string, Uint8Array>; text: (name: string) => string }> | undefined

/** The deck above as a .pptx, unzipped: built once, as the tests only read it. */
function built() {
  build ??= buildPptx(deck, properties, pictures).then((pptx) => {
    const files = unzipSync(pptx)
    return { files, text: (name: string) => strFromU8(files[name]) }
  })
  return build
}

describe('buildPptx', () => {
  it('should write one slide per slide at the deck’s size, with its document properties', async () => {
    const { files, text } = await built()
    expect(Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(2)
    // 1280×720 CSS pixels are 13.333×7.5 inches, 914 400 EMU to the inch.
    expect(text('ppt/presentation.xml')).toMatch(/<p:sldSz cx="1219\d{4}" cy="6858000"\/>/)
    const core = text('docProps/core.xml')
    expect(core).toContain('<dc:title>Shipping Small Things</dc:title>')
    expect(core).toContain('<dc:creator>Grace Hopper</dc:creator>')
    expect(core).toContain('<dc:subject>How small releases beat big ones</dc:subject>')
    expect(text('ppt/slides/slide2.xml')).toContain('<a:srgbClr val="3B0A78"/>')
  })

  it('should write text as runs in the theme’s fonts and colours, with styled bullets', async () => {
    const slide = (await built()).text('ppt/slides/slide1.xml')
    expect(slide).toContain('<a:t>Lists &amp; &lt;Reasons&gt;</a:t>')
    // 48 CSS pixels are 36 points; the page (slide and margin) is fitted to the slide, 1280/1331 of it.
    expect(slide).toMatch(/<a:rPr lang="en"[^>]* sz="3462" b="1"/)
    expect(slide).toContain('<a:latin typeface="Inter"')
    expect(slide).toContain('<a:srgbClr val="1F2328"/>')
    expect(slide).toContain(
      '<a:buClr><a:srgbClr val="0B5CAD"/></a:buClr><a:buSzPct val="140000"/><a:buFont typeface="Inter"/><a:buChar char="&#x2022;"/>',
    )
    expect(slide).toContain('<a:buChar char="&#x25e6;"/>')
    expect(slide).toContain('<a:buAutoNum type="arabicPeriod" startAt="2"/>')
    // The accent bar is a shape.
    expect(slide).toContain('prst="roundRect"')
    // Every shape has a number of its own.
    const ids = [...slide.matchAll(/<p:cNvPr id="(\d+)"/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
    // Every paragraph has its properties once, first.
    for (const [, inner] of slide.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
      expect(inner.match(/<a:pPr\b/g)?.length ?? 0).toBeLessThanOrEqual(1)
      if (inner.includes('<a:pPr')) expect(inner.startsWith('<a:pPr')).toBe(true)
    }
  })

  it('should write a table as a PowerPoint table', async () => {
    const slide = (await built()).text('ppt/slides/slide1.xml')
    expect(slide).toContain('<a:tbl>')
    expect(slide.match(/<a:tc\b/g)).toHaveLength(4)
    expect(slide).toContain('<a:t>Cadence</a:t>')
    expect(slide).toContain('<a:srgbClr val="F3F4F6"/>')
    // The border, a quarter of the text's colour, drawn opaque over the slide's white.
    expect(slide).toContain('<a:lnB w="9144" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:srgbClr val="C7C8C9"/>')
  })

  it('should place pictures, an SVG with the captured PNG for viewers without SVG', async () => {
    const { files, text } = await built()
    const slide = text('ppt/slides/slide1.xml')
    expect(slide.match(/<p:pic>/g)).toHaveLength(2)
    expect(slide).toContain('descr="A photo"')
    expect(slide).toContain('<asvg:svgBlip')
    const media = Object.keys(files).filter((name) => name.startsWith('ppt/media/'))
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(1)
    const pngs = media.filter((name) => name.endsWith('.png'))
    expect(pngs).toHaveLength(2)
    for (const name of pngs) expect(Buffer.from(files[name]).toString('base64')).toBe(png)
  })

  it('should sit text where the deck does in a taller box: centred points in the middle, the rest at the top', async () => {
    const centred: SlideItem = {
      ...(heading as Extract<SlideItem, { kind: 'text' }>),
      box: { x: 60, y: 200, w: 800, h: 400 },
      valign: 'middle',
    }
    const slides = [{ background: 'rgb(255, 255, 255)', origin: { x: 0, y: 0 }, items: [heading, centred], notes: [] }]
    const files = unzipSync(await buildPptx({ ...deck, slides }, properties, new Map()))
    const anchors = [...strFromU8(files['ppt/slides/slide1.xml']).matchAll(/<a:bodyPr[^>]*anchor="(\w+)"/g)].map((match) => match[1])
    expect(anchors).toEqual(['t', 'ctr'])
  })

  it('should keep every paragraph of the notes as a paragraph of the notes page', async () => {
    const notes = (await built()).text('ppt/notesSlides/notesSlide1.xml')
    expect(notes).toContain('<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>The first paragraph &amp; its &lt;point&gt;.</a:t></a:r></a:p>')
    expect(notes).toContain('<a:t>The second paragraph.</a:t>')
  })
})

describe('finishing the file', () => {
  it('should keep only a paragraph’s first properties', () => {
    const xml =
      '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>'
    expect(keepFirstParagraphProperties(xml)).toBe(
      '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>',
    )
  })

  it('should style and place bullets in order and leave the rest', () => {
    const xml =
      '<a:pPr algn="l" marL="100" indent="-100"><a:spcAft><a:spcPts val="1200"/></a:spcAft><a:buSzPct val="100000"/><a:buChar char="x"/></a:pPr>|' +
      '<a:pPr marL="100" indent="-100"><a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/></a:pPr>|' +
      '<a:pPr marL="100" indent="-100"><a:buSzPct val="100000"/><a:buChar char="y"/></a:pPr>'
    expect(styleBullets(xml, [{ color: 'FF0000', size: 1.4, font: 'Inter', marL: 500, hanging: 200 }, {}])).toBe(
      '<a:pPr algn="l" marL="500" indent="-200"><a:spcAft><a:spcPts val="1200"/></a:spcAft><a:buClr><a:srgbClr val="FF0000"/></a:buClr><a:buSzPct val="140000"/><a:buFont typeface="Inter"/><a:buChar char="x"/></a:pPr>|' +
        '<a:pPr marL="100" indent="-100"><a:buSzPct val="100000"/><a:buAutoNum type="arabicPeriod"/></a:pPr>|' +
        '<a:pPr marL="100" indent="-100"><a:buSzPct val="100000"/><a:buChar char="y"/></a:pPr>',
    )
  })

  it('should leave a notes page without notes as it is', () => {
    expect(notesParagraphs('<x/>', [])).toBe('<x/>')
  })
})

describe('cssColour', () => {
  it('should read the colours a browser computes', () => {
    expect(cssColour('rgb(11, 92, 173)')).toEqual({ color: '0B5CAD', transparency: 0 })
    expect(cssColour('rgba(31, 35, 40, 0.25)')).toEqual({ color: '1F2328', transparency: 75 })
    expect(cssColour('color(srgb 1 0.5 0 / 0.5)')).toEqual({ color: 'FF8000', transparency: 50 })
    expect(cssColour('#abc')).toEqual({ color: 'AABBCC', transparency: 0 })
    expect(cssColour('rgba(0, 0, 0, 0)')).toBeUndefined()
    expect(cssColour('transparent')).toBeUndefined()
    // A quarter of near-black over white: a light grey, as the deck draws it.
    expect(over(cssColour('rgba(31, 35, 40, 0.25)')!, 'FFFFFF')).toBe('C7C8C9')
  })
})

describe('pictureType', () => {
  it('should tell the formats PowerPoint reads by their bytes', () => {
    expect(pictureType(Buffer.from(png, 'base64'))).toBe('image/png')
    expect(pictureType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(pictureType(Buffer.from('GIF89a'))).toBe('image/gif')
    expect(pictureType(Buffer.from(`<?xml version="1.0"?>\n${svg}`))).toBe('image/svg+xml')
    expect(pictureType(Buffer.from('RIFF....WEBPVP8 '))).toBeUndefined()
  })
})
