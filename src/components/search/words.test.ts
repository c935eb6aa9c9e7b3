import { describe, expect, it } from 'vitest';
import { normalize, stem, words } from './words.mjs';
import { audienceOf, pageRow, text } from './index.mjs';

describe('words as search compares them', () => {
  it('ignores case and Polish accents, so a word typed either way is found', () => {
    expect(words('Sąd, SĄD i sad')).toEqual(['sad', 'sad', 'sad']);
    expect(normalize('Złożyć skargę, Łódź')).toBe('zlozyc skarge, lodz');
  });

  it('makes one Urdu letter of the Arabic ones a keyboard may type for it', () => {
    // Arabic yeh and kaf (ي ك) typed for Urdu's (ی ک); heh (ه) for gol heh (ہ).
    expect(normalize('ننگي تصوير')).toBe(normalize('ننگی تصویر'));
    expect(normalize('شكايت')).toBe(normalize('شکایت'));
    expect(normalize('ه')).toBe('ہ');
  });

  it('drops Urdu short vowels, hamza marks and tatweel, and reads Urdu digits', () => {
    expect(normalize('عَدالت')).toBe(normalize('عدالت'));
    expect(normalize('آپ')).toBe(normalize('اپ'));
    expect(normalize('پولـیس')).toBe(normalize('پولیس'));
    expect(words('۹۹۹ پر کال کریں')).toEqual(['999', 'پر', 'کال', 'کریں']);
  });

  it('splits on Urdu punctuation and leaves out single letters', () => {
    expect(words('عدالت، پولیس۔ a b')).toEqual(['عدالت', 'پولیس']);
  });

  it('shortens longer typed words a little to find other endings', () => {
    expect([stem('nudes'), stem('skarga'), stem('sad'), stem('court')]).toEqual([
      'nude',
      'skar',
      'sad',
      'cour',
    ]);
  });
});

describe('the index of a built page', () => {
  const html = `<!doctype html><html><head><meta name="description" content="Courts &amp; you">
    <style>.x{}</style></head><body><nav>Quick exit</nav><main id="main">
    <h1>The police and court</h1><p>First words.</p><h2>Going to court</h2>
    <p>Court, court, court. Witness&#39;s room.</p><script>var secret = 1</script></main>
    <footer>Privacy</footer></body></html>`;
  const row = pageRow('/pl/young-people/11-15/police-and-court/', html);

  it('takes the title, the excerpt and the audience', () => {
    expect(row.slice(0, 4)).toEqual([
      '/pl/young-people/11-15/police-and-court/',
      'The police and court',
      'Courts & you',
      '11-15',
    ]);
  });

  it('sorts words into title, headings, frequent and other, each word once', () => {
    expect(row.slice(4)).toEqual([
      'and court police the',
      'courts going to you',
      '',
      'first room witness words',
    ]);
  });

  it('reads only the main content, without scripts', () => {
    expect(row.join(' ')).not.toMatch(/secret|privacy|exit/i);
  });

  it('decodes entities and knows whose page it is', () => {
    expect(text('a&nbsp;&lt;b&gt; &#x41;&#66;')).toBe('a <b> AB');
    expect(
      ['/', '/parents/x/', '/ur/professionals/', '/young-people/5-10/'].map(audienceOf),
    ).toEqual(['', 'parents', 'professionals', '5-10']);
  });
});
