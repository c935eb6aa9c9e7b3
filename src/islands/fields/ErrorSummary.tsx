// The GOV.UK error summary: it takes focus when it appears, and its words sit in
// a role="alert" of their own inside it (as in govuk-frontend: an alert that also
// takes focus can be cut short by the focus announcement). Each link moves focus
// to the field it is about, with the field's question in view.
import { useEffect, useRef } from 'react';
import { Text } from './Text';

export interface SummaryItem {
  /** The id of the input (or the first radio or checkbox) to move focus to. */
  target: string;
  message: string;
}

interface Props {
  title: string;
  items: SummaryItem[];
  /** Changes on every failed attempt, so focus returns even if the list is the same. */
  attempt: number;
}

/**
 * Brings a field and its question (label or legend, hint, error) into view below
 * the sticky quick exit bar, then focuses it. When the question is taller than the
 * room there is (at 400% zoom), the field itself wins: it is what has focus.
 */
export function showField(input: HTMLElement): void {
  const question = input.closest('.field') ?? input;
  // scroll-padding on the page keeps this a little below the quick exit bar.
  question.scrollIntoView({ block: 'start' });
  const below = input.getBoundingClientRect().bottom - document.documentElement.clientHeight;
  if (below > 0) {
    // The field is below the screen: move up as far as it needs, keeping the
    // question's words below the bar if they can be, else letting them go.
    const bar = document.querySelector('quick-exit')?.getBoundingClientRect().bottom ?? 0;
    const spare = question.getBoundingClientRect().top - bar;
    const gap = 8;
    window.scrollBy(0, below + gap <= spare ? below + gap : below <= spare ? spare : below + gap);
  }
  input.focus({ preventScroll: true });
}

export function ErrorSummary({ title, items, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [attempt, items.length]);
  if (!items.length) return null;

  const jump = (event: React.MouseEvent<HTMLAnchorElement>, target: string) => {
    const input = document.getElementById(target);
    if (!input) return;
    event.preventDefault();
    showField(input);
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title" className="error-summary__title">
          {title}
        </h2>
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.target}>
              <a href={`#${item.target}`} onClick={(e) => jump(e, item.target)}>
                <Text value={item.message} />
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
