import { describe, expect, it } from 'vitest'
import { upperFirst } from '../../src/core/letter-case.ts'
import { points } from '../helpers/key-points.ts'

describe('a first letter in upper case', () => {
  it('should open a point in upper case, but keep a name written in lower case on purpose as written', () => {
    expect(upperFirst('the cloud')).toBe('The cloud')
    expect(upperFirst('über alles')).toBe('Über alles')
    expect(upperFirst('e.g. this one')).toBe('E.g. this one')
    // (Apache's incident report (review 106): "It quickly became clear that aurora.apache.org, the EU website server, had not
    // been affected" showed "Aurora.apache.org".)
    expect(upperFirst('aurora.apache.org, the EU website server')).toBe('aurora.apache.org, the EU website server')
    expect(upperFirst('node.js runs it')).toBe('node.js runs it')
    expect(upperFirst('iPhone sales grew')).toBe('iPhone sales grew')
    expect(upperFirst('macOS users')).toBe('macOS users')
    expect(upperFirst('v1.2 ships')).toBe('v1.2 ships')
  })

  it('should keep a host name that opens a point in lower case', () => {
    const [point] = points(
      'It quickly became clear that aurora.apache.org, the EU website server, had not been affected by the attack at all.',
    )
    expect(point).toMatch(/^aurora\.apache\.org/)
  })
})
