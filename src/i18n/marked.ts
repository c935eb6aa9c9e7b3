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
