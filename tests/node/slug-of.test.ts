import { describe, expect, it } from 'vitest'
import { slugOf } from '../../src/node/out-dir.ts'

describe('slugOf', () => {
  it('should name an article’s deck folder by the same rule', () => {
    expect(slugOf('content/aws-founding-story.md')).toBe('aws-founding-story')
    expect(slugOf('/talks/My Café Talk.txt')).toBe('my-cafe-talk')
    expect(slugOf('Don’t Panic.md')).toBe('dont-panic')
    expect(slugOf('+++.md')).toBe('deck')
  })
})
