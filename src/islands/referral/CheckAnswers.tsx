// Check your answers: every answer under its step, with a Change link back to that
// step. Values are shown exactly as typed; choices in the reader's language.
import type { ReferralKey } from '../messages';
import { getAt } from './answers';
import { useForm } from './form';
import type { StepDef } from './steps';

/** Question label per answer, and the key prefix that turns a stored choice into words. */
const rows: Record<string, { label: string; choice?: string }> = {
  'young_person.first_name': { label: 'firstName.*' },
  'young_person.preferred_name': { label: 'preferredName.~' },
  'young_person.pronouns': { label: 'pronouns.~' },
  'young_person.age': { label: 'age.~' },
  'young_person.area': { label: 'area.~' },
  'young_person.county': { label: 'county.~', choice: 'county' },
  'young_person.school': { label: 'school.~' },
  'what_happened.categories': { label: 'categories.~', choice: 'category' },
  'what_happened.involvement': { label: 'involvement.~', choice: 'involvement' },
  'what_happened.when': { label: 'when', choice: 'when' },
  'what_happened.reported_to_police': { label: 'police', choice: 'police' },
  'what_happened.crime_reference': { label: 'crimeReference' },
  'what_happened.details': { label: 'details.~' },
  'safety.safe_now': { label: 'safeNow.~', choice: 'safeNow' },
  'safety.harmer_lives_with_them': { label: 'livesWith.~', choice: 'livesWith' },
  'professional.safeguarding_lead_told': { label: 'pro.safeguardingLead', choice: '' },
  'professional.safeguarding_referral_made': { label: 'pro.safeguardingReferral', choice: '' },
  'support.wanted': { label: 'wanted.~', choice: 'wanted' },
  'support.details': { label: 'supportDetails' },
  'referrer.name': { label: 'referrer.name' },
  'referrer.role': { label: 'referrer.role' },
  'referrer.organisation': { label: 'referrer.organisation' },
  'referrer.relationship': { label: 'referrer.relationship', choice: 'relationship' },
  'referrer.young_person_agreed': { label: 'referrer.agreed', choice: 'agreed' },
  'referrer.phone': { label: 'phone.other' },
  'referrer.email': { label: 'email.other' },
  'contact.via': { label: 'via.~', choice: 'via' },
  'contact.ranked': { label: 'channel.first', choice: 'channel' },
  'contact.phone': { label: 'phone.self' },
  'contact.email': { label: 'email.self' },
  'contact.phone_shared': { label: 'phoneShared', choice: 'shared' },
  'contact.email_shared': { label: 'emailShared', choice: 'shared' },
  'contact.voicemail_ok': { label: 'voicemail', choice: 'voicemail' },
  'contact.say_who_we_are': { label: 'sayWho', choice: 'sayWho' },
  'contact.safe_adult.name': { label: 'safeAdult.name' },
  'contact.safe_adult.phone': { label: 'safeAdult.phone' },
  'contact.safe_adult.email': { label: 'safeAdult.email' },
  'contact.safe_days': { label: 'safeDays', choice: 'day' },
  'contact.safe_times': { label: 'safeTimes', choice: 'time' },
  'contact.safe_times_note': { label: 'safeTimesNote' },
  'contact.language': { label: 'language', choice: 'language' },
  'contact.other_language': { label: 'otherLanguage' },
  'contact.interpreter': { label: 'interpreter', choice: 'interpreter' },
  'contact.access_needs': { label: 'accessNeeds' },
  'parent_carer.knows': { label: 'family.knows|childKnows', choice: 'family.knows' },
  'parent_carer.safe_to_know': {
    label: 'family.safeToKnow|childSafeToKnow',
    choice: 'family.knows',
  },
  'parent_carer.may_contact': {
    label: 'family.mayContact|childMayContact',
    choice: 'family.mayContact',
  },
  'contact.safe_adult.relationship': {
    label: 'safeAdult.relationship|safeAdult.relationship.other',
  },
  'professional.parent_not_told_reason': { label: 'pro.parentNotToldReason' },
};

export function CheckAnswers({
  steps,
  onChange,
}: {
  steps: StepDef[];
  onChange: (step: number) => void;
}) {
  const f = useForm();
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
  const show = (path: string, value: unknown, choice?: string): string => {
    if (Array.isArray(value))
      return value
        .filter(Boolean)
        .map((v) => show(path, v, choice))
        .join('\n');
    if (typeof value !== 'string' || choice === undefined) return String(value ?? '');
    return word(choice, value);
  };
  return (
    <>
      {steps.map((step, i) => {
        const paths = Object.keys(rows).filter((p) =>
          step.fields.some(
            (d) =>
              p === d.path ||
              p.startsWith(`${d.path}.`) ||
              (p === 'contact.ranked' && d.path === 'contact.channels'),
          ),
        );
        const shown = paths
          .map((p) => [p, getAt(f.answers, p)] as const)
          .filter(
            ([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.some(Boolean)),
          );
        return (
          <section key={step.id} aria-labelledby={`check-${step.id}`}>
            <h2 id={`check-${step.id}`}>{f.t(step.title)}</h2>
            <dl className="summary-list">
              {shown.map(([path, value]) => (
                <div className="summary-list__row" key={path}>
                  <dt className="summary-list__key">{label(rows[path]?.label ?? path)}</dt>
                  <dd className="summary-list__value">{show(path, value, rows[path]?.choice)}</dd>
                  <dd className="summary-list__actions">
                    <button type="button" className="link-button" onClick={() => onChange(i)}>
                      {f.t('nav.change')}
                      <span className="visually-hidden"> {label(rows[path]?.label ?? path)}</span>
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
