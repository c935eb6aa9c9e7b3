import { describe, expect, it } from 'vitest';
import { measure, sentencesOf } from './readability.mjs';

describe('readability', () => {
  it('reads Markdown as the sentences a reader meets: headings and list items end one', () => {
    expect(
      sentencesOf(
        '---\ntitle: x\n---\n## Who can help\n\n- Your teacher\n- A friend. Or [us](/x/).',
      ),
    ).toEqual(['Who can help.', 'Your teacher.', 'A friend.', 'Or us.']);
  });

  it('scores short everyday words as very easy and long Latinate ones as hard', () => {
    const easy = measure('You did nothing wrong. It is not your fault. We can help you.', '5-10');
    const hard = measure(
      'Notwithstanding the aforementioned considerations, the multi-agency safeguarding arrangements necessitate comprehensive documentation.',
      'professionals',
    );
    expect(easy.passes).toBe(true);
    expect(easy.ease).toBeGreaterThan(90);
    expect(hard.passes).toBe(false);
    expect(hard.ease).toBeLessThan(30);
  });

  it('names each sentence longer than the audience allows', () => {
    const long =
      'This sentence has far more words in it than a child of seven should ever be asked to read at once.';
    expect(measure(`Short one. ${long}`, '5-10').long).toEqual([long]);
  });
});
