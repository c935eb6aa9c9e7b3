// The frame every question shares, in the GOV.UK pattern: label or legend, hint,
// error message, then the control. The control is told which texts describe it,
// so a screen reader reads the hint and the error with the question.
import type { ReactNode, RefObject } from 'react';
import { Text } from './Text';

export interface FieldText {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Read before the error by screen readers: "Error:" in the page's language. */
  errorPrefix: string;
  /** A page with one question: the label or legend is the page's h1 (GOV.UK pattern). */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** Read with that heading, inside it: "Step 2 of 4". */
  caption?: string;
}

/** A page's h1 with the step count inside it, so focus on the heading reads both. */
export function Heading({
  headingRef,
  caption,
  className,
  children,
}: {
  headingRef?: RefObject<HTMLHeadingElement | null>;
  caption?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <h1 ref={headingRef} tabIndex={-1} className={className}>
      {caption && (
        <span className="step-count">
          {caption}
          <span className="visually-hidden">: </span>
        </span>
      )}
      {children}
    </h1>
  );
}

/** The question's words, as the page heading when it is the only question. */
function Words({
  label,
  headingRef,
  caption,
}: Pick<FieldText, 'label' | 'headingRef' | 'caption'>) {
  return headingRef ? (
    <Heading headingRef={headingRef} caption={caption} className="legend--page">
      <Text value={label} />
    </Heading>
  ) : (
    <Text value={label} />
  );
}

export function describedBy({
  id,
  hint,
  error,
}: Pick<FieldText, 'id' | 'hint' | 'error'>): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Hint({ id, hint }: Pick<FieldText, 'id' | 'hint'>) {
  return hint ? (
    <div id={`${id}-hint`} className="hint">
      <Text value={hint} />
    </div>
  ) : null;
}

export function ErrorMessage({
  id,
  error,
  errorPrefix,
}: Pick<FieldText, 'id' | 'error' | 'errorPrefix'>) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">{errorPrefix}</span> <Text value={error} />
    </p>
  );
}

/** A single control with a <label>. */
export function FieldFrame({ text, children }: { text: FieldText; children: ReactNode }) {
  return (
    <div className={`field${text.error ? ' field--error' : ''}`}>
      <label className="label" htmlFor={text.id}>
        <Words label={text.label} headingRef={text.headingRef} caption={text.caption} />
      </label>
      <Hint {...text} />
      <ErrorMessage {...text} />
      {children}
    </div>
  );
}

/** A group of radios or checkboxes with a <legend>; the fieldset is described. */
export function Fieldset({
  text,
  children,
  legendClass = 'legend',
}: {
  text: FieldText;
  children: ReactNode;
  legendClass?: string;
}) {
  return (
    <div className={`field${text.error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy(text)} id={text.id} tabIndex={-1}>
        <legend className={legendClass}>
          <Words label={text.label} headingRef={text.headingRef} caption={text.caption} />
        </legend>
        <Hint {...text} />
        <ErrorMessage {...text} />
        {children}
      </fieldset>
    </div>
  );
}
