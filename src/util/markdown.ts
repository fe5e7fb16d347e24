/**
 * Text from outside (package files, PR titles and bodies, commit messages) is
 * untrusted in markdown: neutralise emphasis, links, images, headings, HTML,
 * table pipes and @mentions, and keep it on one line.
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]#!@])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}
