// Check your answers: every answer under its step, with a Change link back to that
// step. Values are shown exactly as typed; choices in the reader's language.
import type { ReferralKey } from '../messages';
import { choiceWords } from './declaration';
import { getAt } from './answers';
import { useForm } from './form';
import { toPayload } from './payload';
import type { StepDef } from './journeys';
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
  const show = (value: unknown, choice?: string): string => {
    if (Array.isArray(value))
      return value
        .filter(Boolean)
        .map((v) => show(v, choice))
        .join('\n');
    if (typeof value !== 'string' || choice === undefined) return String(value ?? '');
    return choiceWords(f.tr, choice, value, f.source);
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
                    <Text value={f.t(field.summary as ReferralKey)} />
                  </dt>
                  <dd className="summary-list__value">
                    {/* What was typed is shown as typed; only the form's own words are marked. */}
                    {field.options === undefined ? (
                      show(value)
                    ) : (
                      <Text value={show(value, field.options)} />
                    )}
                  </dd>
                  <dd className="summary-list__actions">
                    <button type="button" className="link-button" onClick={() => onChange(i)}>
                      <Text value={f.t('nav.change')} />
                      <span className="visually-hidden">
                        {' '}
                        <Text value={f.t(field.summary as ReferralKey)} />
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
