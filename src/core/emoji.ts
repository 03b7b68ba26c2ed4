import type { Root } from 'mdast'
import remarkGemoji from 'remark-gemoji'
import type { VFile } from 'vfile'

/**
 * GitHub's emoji shortcodes (`:warning:`, `:white_check_mark:`, `:+1:`) as the emoji they stand for, as GitHub,
 * Hugo (`enableEmoji`) and Jekyll (jemoji) show them (review 100, Helm's table of tools showed ":warning:" in its
 * cells). remark-gemoji does the work; an article with no `:word:` in it is not walked.
 */
export function remarkShortcodeEmoji() {
  const transform = remarkGemoji()
  return (tree: Root, file: VFile) => {
    if (/:(?:\+1|[-\w]+):/.test(String(file.value))) transform(tree)
  }
}
