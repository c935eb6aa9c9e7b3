// A translated text with its English runs marked (src/i18n/marked.ts), so every
// label, hint, error and paragraph of a form says them with English rules.
import { Fragment } from 'react';
import { parts } from '../../i18n/marked';

export function Text({ value }: { value: string | undefined }) {
  if (!value) return null;
  return (
    <>
      {parts(value).map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <span key={i} lang="en">
            {part.en}
          </span>
        ),
      )}
    </>
  );
}
