// Words as search compares them, the same when the index is built and when
// someone types: lower case, without accents (so "sad" finds "sąd"), and with
// the Arabic-script letters Urdu keyboards type in more than one way made one.

/** Arabic letters a keyboard may give for the Urdu one, and Urdu's own. */
const URDU = { ي: 'ی', ى: 'ی', ك: 'ک', ه: 'ہ', ة: 'ہ' };

/** @param {string} text */
export function normalize(text) {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      // Accents, Urdu's short vowels and hamza marks, tatweel, and the invisible
      // joiners that change a word's shape but not its letters.
      .replace(/[\p{M}\u0640\u200c\u200d]/gu, '')
      .replace(/ł/g, 'l')
      .replace(/[يىكهة]/g, (c) => URDU[/** @type {keyof typeof URDU} */ (c)])
      // Arabic-Indic and Urdu digits as 0-9, so "۹۹۹" finds "999".
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
  );
}

/** The words of a text, normalised; words of one letter are left out. @param {string} text */
export function words(text) {
  return (normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1);
}

/**
 * What a typed word may match the start of, beside itself: a little shorter, so
 * that "nudes" finds "nude", "skarga" finds "skargi" and "policja" "policji".
 * @param {string} word
 */
export function stem(word) {
  const cut = word.length >= 6 ? 2 : word.length >= 4 ? 1 : 0;
  return word.slice(0, word.length - cut);
}
