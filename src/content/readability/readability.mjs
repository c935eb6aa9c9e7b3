// How easy a page is to read: the Flesch reading ease of its words (wooorm's
// `flesch` and `syllable`, the formula and counter retext-readability uses) and
// its longest sentences, against its audience's target. English only: the
// formula is made for English; translations are checked against the English.
import { flesch } from 'flesch';
import { syllable } from 'syllable';

/** Reading ease 0–100 (higher is easier) and the longest sentence each audience may use. */
export const targets = {
  '5-10': { ease: 90, words: 15, label: 'very easy' },
  '11-15': { ease: 80, words: 20, label: 'easy' },
  '16-17': { ease: 60, words: 25, label: 'plain English' },
  parents: { ease: 60, words: 25, label: 'plain English' },
  professionals: { ease: 60, words: 25, label: 'plain English' },
};

/**
 * Lines of text (a heading, a list item, a paragraph) to the sentences a reader
 * meets: the end of a line ends a sentence whatever its punctuation, because a
 * heading or a list item is read as one.
 */
export function sentencesOfLines(lines) {
  return lines
    .map((line) => line.replace(/^\s*([-+]|\d+\.)\s+/, '').trim())
    .filter(Boolean)
    .map((line) => (/[.!?]$/.test(line) ? line : `${line.replace(/:$/, '')}.`))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[^a-z])/))
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

/**
 * Markdown to the sentences a reader meets. A heading, a list item or a line
 * that leads into a list ends a sentence whatever its punctuation: each line is
 * split on its own.
 */
export function sentencesOf(markdown) {
  return sentencesOfLines(
    markdown
      .replace(/^---[\s\S]*?---/, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`>#|]/g, ' ')
      .split(/\n+/),
  );
}

export const wordsOf = (sentence) => sentence.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];

/** Reading ease and the sentences too long for the audience, from sentences already split. */
export function measureSentences(sentences, audience) {
  const target = targets[audience];
  if (!target) throw new Error(`no reading target for audience "${audience}"`);
  const words = sentences.flatMap(wordsOf);
  const ease = flesch({
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllable(w), 0),
  });
  const long = sentences.filter((s) => wordsOf(s).length > target.words);
  return {
    ease: Math.round(ease * 10) / 10,
    target,
    sentences: sentences.length,
    words: words.length,
    longest: Math.max(0, ...sentences.map((s) => wordsOf(s).length)),
    long,
    passes: ease >= target.ease && long.length === 0,
  };
}

export function measure(markdown, audience) {
  return measureSentences(sentencesOf(markdown), audience);
}
