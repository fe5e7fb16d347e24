/**
 * Text for one cell of a generated markdown table: `|` escaped (also inside
 * backticks, as GitHub's tables need), angle brackets outside backticks
 * escaped (so `<tarball>` is shown, not read as HTML), one line.
 */
export function markdownCell(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}
