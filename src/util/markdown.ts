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

/**
 * Markdown cut to fit a GitHub size limit (a comment: 65,536 characters), at a line end, with an
 * open code fence closed and a last line saying so: GitHub refuses a longer body with a 422.
 */
export function fitToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = `\n\n_(cut here: ${text.length.toLocaleString('en-US')} characters are more than GitHub's limit of ${limit.toLocaleString('en-US')})_`;
  let cut = text.slice(0, limit - note.length - 8);
  const lineEnd = cut.lastIndexOf('\n');
  if (lineEnd > cut.length / 2) cut = cut.slice(0, lineEnd);
  const fences = cut.match(/^```/gm)?.length ?? 0;
  return `${cut}${fences % 2 ? '\n```' : ''}${note}`;
}
