// The GOV.UK error summary: it takes focus when it appears, so a screen reader
// announces it, and each link moves focus to the field it is about.
import { useEffect, useRef } from 'react';

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
    // Scroll the question, not only the box, into view: the label or legend says
    // what the box is for, and a box alone at the top of the screen does not.
    const question = input.closest('.field') ?? input;
    question.scrollIntoView({ block: 'start' });
    input.focus({ preventScroll: true });
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.target}>
            <a href={`#${item.target}`} onClick={(e) => jump(e, item.target)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
