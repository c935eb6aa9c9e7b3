// What the form kit puts on the page, rendered to HTML: the error summary's inner
// alert, the step count inside the heading, a Send button that stays focusable
// while sending, English marked inside other languages, and the page title.
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';
import { Heading } from './Field';
import { SendButton } from './SendButton';
import { Select } from './Select';
import { Text } from './Text';
import { screenTitle } from './title';

const words = { send: 'Send', sending: 'Sending…', retry: 'Try sending again' };

describe('the form kit', () => {
  it('puts the error summary’s words in an alert of their own inside it', () => {
    const html = renderToStaticMarkup(
      h(ErrorSummary, {
        title: 'There is a problem',
        items: [{ target: 'age', message: 'Enter an age' }],
        attempt: 1,
      }),
    );
    expect(html).toMatch(
      /^<div class="error-summary" tabindex="-1" aria-labelledby="error-summary-title"><div role="alert"><h2 id="error-summary-title"[^>]*>There is a problem<\/h2><ul[^>]*><li><a href="#age">Enter an age<\/a><\/li><\/ul><\/div><\/div>$/,
    );
    expect(renderToStaticMarkup(h(ErrorSummary, { title: 'x', items: [], attempt: 0 }))).toBe('');
  });

  it('reads the step count with the heading, inside it', () => {
    const html = renderToStaticMarkup(
      h(Heading, { caption: 'Step 2 of 6', children: 'What happened' }),
    );
    expect(html).toBe(
      '<h1 tabindex="-1"><span class="step-count">Step 2 of 6<span class="visually-hidden">: </span></span>What happened</h1>',
    );
  });

  it('keeps Send focusable while sending: aria-disabled, never disabled', () => {
    const sending = renderToStaticMarkup(h(SendButton, { state: 'retrying', words }));
    expect(sending).toContain('aria-disabled="true"');
    expect(sending).not.toMatch(/ disabled=""/);
    expect(sending).toContain('>Sending…<');
    const failed = renderToStaticMarkup(
      h(SendButton, { state: 'failed', words, onSend: () => {} }),
    );
    expect(failed).toBe('<button type="button" class="button">Try sending again</button>');
    expect(renderToStaticMarkup(h(SendButton, { state: null, words }))).toBe(
      '<button type="submit" class="button">Send</button>',
    );
  });

  it('marks English inside other words, and nothing else becomes markup', () => {
    expect(
      renderToStaticMarkup(h(Text, { value: 'یا <span lang="en">Shift</span> <b>x</b>' })),
    ).toBe('یا <span lang="en">Shift</span> &lt;b&gt;x&lt;/b&gt;');
    // An <option> holds text only: the mark is dropped, the words kept.
    const select = renderToStaticMarkup(
      h(Select<string>, {
        text: { id: 's', label: 'L', errorPrefix: 'Error:' },
        options: [{ value: 'a', label: '<span lang="en">WhatsApp</span> پر' }],
        value: 'a',
        onChange: () => {},
      }),
    );
    expect(select).toContain('<option value="a" selected="">WhatsApp پر</option>');
  });

  it('titles a screen: its heading, its step, then the page’s own title', () => {
    const page = 'Ask for help – Young Victims Service';
    expect(screenTitle(['About you', 'Step 1 of 6'], page)).toBe(
      'About you – Step 1 of 6 – Ask for help – Young Victims Service',
    );
    expect(screenTitle(['<span lang="en">Childline</span> کال'], page)).toBe(
      'Childline کال – Ask for help – Young Victims Service',
    );
    expect(screenTitle(null, page)).toBe(page);
  });
});
