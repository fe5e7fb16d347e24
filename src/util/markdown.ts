/**
 * Text from outside (package files, PR titles and bodies, commit messages) is
 * untrusted in markdown: neutralise emphasis, links, images, headings, HTML,
 * table pipes and @mentions, and keep it on one line.
 */
export function escapeMarkdownInline(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/([\\`*_[\]#!@])/g, '\\$1')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '\\|')
      // GFM's extended autolinks (https://github.github.com/gfm/#autolinks-extension-) turn `www.` and `scheme://` into
      // links without any markup; an escaped `.` or `:` is plain text to them.
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
  );
}

/**
 * Untrusted text as inline code (a tool name, a label): nothing inside a code
 * span is markdown, so no heading, HTML, link or @mention can come from it.
 * Its own breakouts are handled: line ends (which would end a table row or
 * the paragraph) become spaces, the fence is one backtick longer than the
 * longest run inside, and text that starts or ends with a backtick or space is
 * padded (CommonMark, "Code spans", https://spec.commonmark.org/0.31.2/#code-spans).
 * In a table cell a `|` ends the cell even inside code, so it is written `\|`,
 * which GFM shows as `|` (https://github.github.com/gfm/#tables-extension-).
 */
export function codeSpan(text: string, options: { table?: boolean } = {}): string {
  let body = text.replace(/\r\n|\r|\n/g, ' ');
  if (options.table) body = body.replace(/\|/g, '\\|');
  if (body === '') return '` `';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
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
