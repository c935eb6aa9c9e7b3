// Check your answers: every answer under its step, with a Change link back to that
// step. Values are shown exactly as typed; choices in the reader's language.
import type { ReferralKey } from '../messages';
import { getAt } from './answers';
import { useForm } from './form';
import { toPayload } from './payload';
import type { StepDef } from './steps';
import { Text } from '../fields/Text';

export function CheckAnswers({
  steps,
  onChange,
}: {
  steps: StepDef[];
  onChange: (step: number) => void;
}) {
  const f = useForm();
  // Only what will be sent is shown: an answer to a question no longer asked (a
  // crime reference typed before choosing "not told the police") is left out.
  const sent = toPayload(f.answers, { source: f.source, band: f.band, language: 'en', key: '' });
  /** `a|b`: the first for a young person writing about themselves, the second otherwise. */
  const label = (spec: string) => {
    const [own, other = own] = spec.split('|') as [string, string?];
    const key = f.source === 'young_person' ? own : other;
    return f.t(key.replace('~', f.voice).replace('*', f.who) as ReferralKey);
  };
  const word = (prefix: string, value: string) => {
    const key = prefix ? `${prefix}.${value}` : value;
    const tries = [
      f.source === 'young_person' ? `${key}.self` : `${key}.other`,
      key,
      `${key}.pro`,
      value === 'not_sure' ? 'notSure' : value,
    ];
    for (const k of tries) {
      const text = f.tr.maybe(k);
      if (text) return text;
    }
    return value;
  };
  const show = (value: unknown, choice?: string): string => {
    if (Array.isArray(value))
      return value
        .filter(Boolean)
        .map((v) => show(v, choice))
        .join('\n');
    if (typeof value !== 'string' || choice === undefined) return String(value ?? '');
    return word(choice, value);
  };
  return (
    <>
      {steps.map((step, i) => {
        const shown = step.fields
          .filter((field) => field.summary !== undefined)
          .map((field) => {
            // The channels are asked as three ranked choices, shown in that order.
            const path = field.path === 'contact.channels' ? 'contact.ranked' : field.path;
            return [field, getAt(f.answers, path)] as const;
          })
          .filter(
            ([field, v]) =>
              getAt(sent, field.path) !== undefined &&
              v !== undefined &&
              v !== '' &&
              !(Array.isArray(v) && !v.some(Boolean)),
          );
        return (
          <section key={step.id} aria-labelledby={`check-${step.id}`}>
            <h2 id={`check-${step.id}`}>
              <Text value={f.t(step.title)} />
            </h2>
            <dl className="summary-list">
              {shown.map(([field, value]) => (
                <div className="summary-list__row" key={field.path}>
                  <dt className="summary-list__key">
                    <Text value={label(field.summary ?? field.path)} />
                  </dt>
                  <dd className="summary-list__value">
                    {/* What was typed is shown as typed; only the form's own words are marked. */}
                    {field.words === undefined ? (
                      show(value)
                    ) : (
                      <Text value={show(value, field.words)} />
                    )}
                  </dd>
                  <dd className="summary-list__actions">
                    <button type="button" className="link-button" onClick={() => onChange(i)}>
                      <Text value={f.t('nav.change')} />
                      <span className="visually-hidden">
                        {' '}
                        <Text value={label(field.summary ?? field.path)} />
                      </span>
                    </button>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
  );
}
