import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { stripTerminalEscapes } from '../../src/core/terminal-escapes.ts'
import { parseDeck, selectAll, text } from '../helpers/html.ts'

const esc = '\u001b'

describe('terminal escapes in pasted output', () => {
  it('should remove colour (SGR), cursor and link (OSC 8) sequences and keep the text and its lines', () => {
    // spiral/docs docs/en/start/http-basics.md (MIT): a scaffolding command's coloured output.
    const spiral = `Declaration of '${esc}[32mCurrentDateController${esc}[39m' has been successfully written into '${esc}[33mapp/src/Endpoint/Web/CurrentDateController.php${esc}[39m'.`
    expect(stripTerminalEscapes(spiral)).toBe(
      "Declaration of 'CurrentDateController' has been successfully written into 'app/src/Endpoint/Web/CurrentDateController.php'.",
    )
    // A Jupyter traceback (256 colours, bold) and a progress line cleared with ESC[2K, as test runners print them.
    expect(stripTerminalEscapes(`${esc}[38;5;28;01mimport${esc}[39;00m torch\n${esc}[2K${esc}[1G✓ 12 passed`)).toBe(
      'import torch\n✓ 12 passed',
    )
    expect(stripTerminalEscapes(`${esc}]8;;https://example.com${esc}\\docs${esc}]8;;${esc}\\ and ␛[1mbold␛[0m`)).toBe('docs and bold')
    expect(stripTerminalEscapes('[31m is text without its ESC')).toBe('[31m is text without its ESC')
  })

  it('should show a code slide, its notes and the handout without them', () => {
    // spiral/docs docs/en/start/http-basics.md: the route table `php app.php route:list` prints.
    const markdown = [
      '# Routes',
      '',
      '## Route list',
      '',
      'You should observe your `current-date` route within the displayed list:',
      '',
      '```output',
      `|${esc}[32m Name:        ${esc}[39m|${esc}[32m Verbs: ${esc}[39m|`,
      `| current-date | ${esc}[32mGET${esc}[39m    |`,
      '```',
      '',
      `The test run ends with ${esc}[32m\`OK (3 tests)\`${esc}[39m.`,
    ].join('\n')
    const { html } = renderDeck(new VFile({ path: 'http-basics.md', value: markdown }))
    expect(html).not.toContain(esc)
    expect(html).not.toMatch(/\[3\dm/)
    const tree = parseDeck(html)
    expect(selectAll('pre code', tree).map(text).join('')).toContain('| current-date | GET |')
    expect(selectAll('aside.notes', tree).map(text).join(' ')).toContain('The test run ends with OK (3 tests).')
  })

  it('should read a `terminal` fence as shell and an `output` fence as plain text, without a warning', () => {
    // spiral/docs docs/en/start/cli-basics.md: a command in ```terminal, what it printed in ```output.
    const markdown =
      '# T\n\n## Running the command\n\nTo run it:\n\n```terminal\nphp app.php help current:date\n```\n\n```output\nDescription:\n  Get current date\n```\n'
    const { html, file } = renderDeck(new VFile({ path: 'cli-basics.md', value: markdown }))
    expect(file.messages.map((message) => message.reason).join('\n')).not.toMatch(/Cannot highlight/)
    expect(html).toContain('<span class="hljs-built_in">help</span>')
    // spiral/docs docs/en/basics/debug.md: the profiler's settings in a ```dotenv fence.
    const env = renderDeck(
      new VFile({ path: 'debug.md', value: '# T\n\n## S\n\nSet it:\n\n```dotenv\nPROFILER_ENDPOINT=http://127.0.0.1:8000\n```\n' }),
    )
    expect(env.file.messages.map((message) => message.reason).join('\n')).not.toMatch(/Cannot highlight/)
  })
})
