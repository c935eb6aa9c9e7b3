// English inside another language's words ("Shift", "Childline", "she/her") is
// marked in the translations as <span lang="en">…</span>, so a screen reader
// says it with English rules instead of reading it as Urdu. It is the only
// markup a translation may hold; these helpers turn it into elements (Text.astro,
// fields/Text.tsx) or drop it where only text can go (a page title, an <option>).
// Kept free of i18next: the islands import it.

const MARK = /<span lang="en">(.*?)<\/span>/g;

export type Part = string | { en: string };

/** The words in order: plain runs as strings, English runs as `{ en }`. */
export function parts(text: string): Part[] {
  const found: Part[] = [];
  let at = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > at) found.push(text.slice(at, match.index));
    found.push({ en: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) found.push(text.slice(at));
  return found;
}

/** The words without their marks, for places that hold text only. */
export const plain = (text: string): string => text.replace(MARK, '$1');

/** Whatever looks like markup once the marks are taken out: a typo a reader would see. */
export const strayMarkup = (text: string): string[] => plain(text).match(/<\/?[a-z][^>]*>/gi) ?? [];

const latinRun =
  /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9'’./@-]*(?: +[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9'’./@-]*)*/g;

/**
 * Words from outside the translations (a service's description in Urdu naming
 * "Fearless") with each Latin-script run marked as English, as a translator
 * would mark it, ready for Text. Only for text in a non-Latin script: in Polish,
 * Latin letters are the language's own.
 */
export function markEnglish(text: string): string {
  return text
    .split(/(<span lang="en">.*?<\/span>|\{\{\s*\w+\s*\}\})/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(latinRun, (run) => {
            const word = run.replace(/\.$/, '');
            return `<span lang="en">${word}</span>${run.slice(word.length)}`;
          }),
    )
    .join('');
}
