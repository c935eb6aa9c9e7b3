// A built page to the sentences a reader meets, for the reading-level test of
// every page. The HTML is our own build's, so a small reader is enough: what is
// never read (scripts, styles, pictures' drawing code) is dropped, decoration
// hidden from screen readers (a dot between two links) separates, and every block (a paragraph, a heading, a list item, a button)
// ends a sentence, as it does for the Markdown guides.
import { sentencesOfLines } from './readability.mjs';

const blocks =
  'p|li|h[1-6]|ul|ol|div|section|article|aside|header|footer|nav|main|figure|figcaption|dl|dt|dd|table|caption|tr|td|th|legend|label|button|summary|details|blockquote|fieldset|form|noscript';

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text) {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, code) => {
    if (code[0] === '#')
      return String.fromCodePoint(
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    return entities[code.toLowerCase()] ?? all;
  });
}

/** The text of one region of a page (`main`, `footer`, …), a line per block. */
export function linesOfHtml(html, region = 'main') {
  const open = new RegExp(`<${region}\\b[^>]*>`).exec(html);
  if (!open) throw new Error(`the page has no <${region}>`);
  const end = html.indexOf(`</${region}>`, open.index);
  const inner = html.slice(open.index + open[0].length, end === -1 ? undefined : end);
  return decode(
    inner
      .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<(span|abbr)\b[^>]*aria-hidden="true"[^>]*>[^<]*<\/\1>/gi, '\n')
      .replace(new RegExp(`<\\/?(?:${blocks})\\b[^>]*>|<br\\s*\\/?>`, 'gi'), '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[\u2066-\u2069]/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function sentencesOfHtml(html, region = 'main') {
  return sentencesOfLines(linesOfHtml(html, region));
}
