// How it is safe to get in touch. Every question says in one line why we ask,
// nothing is chosen in advance, and questions that only matter for one way of
// contacting appear only once that way is chosen.
import {
  channels,
  contactLanguages,
  contactVia,
  days,
  timesOfDay,
  yesNoNotSure,
} from '../../../schemas/choices';
import { Checkboxes, Radios } from '../../fields/Choices';
import { Fieldset } from '../../fields/Field';
import { Select } from '../../fields/Select';
import { TextField } from '../../fields/TextField';
import { useForm } from '../form';
import type { ReferralKey } from '../../messages';
import { usesEmail, usesPhone } from '../payload';
import type { ChannelSlot } from '../answers';

const ranks = ['channel.first', 'channel.second', 'channel.third'] as const;

export function ContactStep() {
  const f = useForm();
  const c = f.answers.contact;
  const parent = f.source === 'parent_carer';
  const via = parent ? 'direct' : c.via;
  const phone = usesPhone(c);
  const email = usesEmail(c);
  // A parent gave their number and address on the step before.
  const hasPhone = phone && (!parent || f.answers.referrer.phone !== '');
  const hasEmail = email && (!parent || f.answers.referrer.email !== '');
  // The person who hurt them lives with them and the first way in is a phone
  // someone else may see or answer.
  const riskyPhone =
    via === 'direct' &&
    f.answers.safety.harmer_lives_with_them === 'yes' &&
    (c.ranked[0] === 'phone_call' || c.ranked[0] === 'text_message') &&
    (c.phone_shared === 'yes' || c.phone_shared === 'not_sure');
  const viaLabel = (v: (typeof contactVia)[number]) =>
    f.t(
      (v === 'direct'
        ? f.voice === 'self'
          ? 'via.direct.self'
          : 'via.direct.pro'
        : `via.${v}.${f.voice}`) as ReferralKey,
    );
  const shared = (
    path: 'contact.phone_shared' | 'contact.email_shared',
    label: ReferralKey,
    why?: ReferralKey,
  ) => (
    <Radios
      text={f.text(path, label, why)}
      options={yesNoNotSure.map((v) => ({ value: v, label: f.t(`shared.${v}`) }))}
      {...f.bind(path)}
      inline
    />
  );
  const yesNo = (
    path: 'contact.voicemail_ok' | 'contact.say_who_we_are' | 'contact.interpreter',
    label: ReferralKey,
    why: ReferralKey,
    yes: ReferralKey,
    no: ReferralKey,
  ) => (
    <Radios
      required
      text={f.text(path, label, why)}
      options={[
        { value: 'no', label: f.t(no) },
        { value: 'yes', label: f.t(yes) },
      ]}
      {...f.bind(path)}
    />
  );

  return (
    <>
      {!parent && (
        <Radios
          required
          text={f.text('contact.via', f.voiced('via'), 'via.why')}
          options={contactVia.map((v) => ({ value: v, label: viaLabel(v) }))}
          {...f.bind('contact.via')}
        />
      )}
      {via === 'direct' &&
        ranks.map((rank, i) => (
          <Select<(typeof channels)[number]>
            key={rank}
            text={
              i === 0
                ? f.text('contact.channels', rank, 'channel.why')
                : f.text(`contact.channels.${i}`, rank, 'channel.laterWhy', true)
            }
            options={[
              { value: '', label: f.t(i === 0 ? 'channel.choose' : 'channel.none') },
              ...channels.map((ch) => ({ value: ch, label: f.t(`channel.${ch}`) })),
            ]}
            value={c.ranked[i] ?? ''}
            onChange={(v: ChannelSlot) =>
              f.set(
                'contact.ranked',
                c.ranked.map((s, j) => (j === i ? v : s)),
              )
            }
          />
        ))}
      {via === 'direct' && !parent && phone && (
        <TextField
          text={f.text('contact.phone', 'phone.self', 'phone.hint')}
          {...f.field('contact.phone')}
          width="medium"
        />
      )}
      {via === 'direct' &&
        hasPhone &&
        shared('contact.phone_shared', 'phoneShared', 'phoneShared.why')}
      {/* Polite, so it is heard when it appears; advice, never a block: a child in
          danger may have no safer way than this phone. */}
      <div aria-live="polite">
        {riskyPhone && (
          <div className="panel">
            <p>{f.t(f.voiced('livesWithPhone'))}</p>
          </div>
        )}
      </div>
      {via === 'direct' && !parent && email && (
        <TextField
          text={f.text('contact.email', 'email.self')}
          {...f.field('contact.email')}
          width="medium"
        />
      )}
      {via === 'direct' &&
        hasEmail &&
        shared('contact.email_shared', 'emailShared', 'emailShared.why')}
      {via === 'direct' && c.ranked.includes('phone_call') && (
        <>
          {yesNo(
            'contact.voicemail_ok',
            'voicemail',
            'voicemail.why',
            'voicemail.yes',
            'voicemail.no',
          )}
          {yesNo('contact.say_who_we_are', 'sayWho', 'sayWho.why', 'sayWho.yes', 'sayWho.no')}
        </>
      )}
      {via === 'safe_adult' && <SafeAdult />}
      {via === 'direct' && (
        <>
          <Checkboxes
            text={f.text('contact.safe_days', 'safeDays', 'safeDays.why', true)}
            options={days.map((d) => ({ value: d, label: f.t(`day.${d}`) }))}
            {...f.bind('contact.safe_days')}
          />
          <Checkboxes
            text={f.text('contact.safe_times', 'safeTimes', 'safeTimes.why', true)}
            options={timesOfDay.map((d) => ({ value: d, label: f.t(`time.${d}`) }))}
            {...f.bind('contact.safe_times')}
          />
          <TextField
            text={f.text('contact.safe_times_note', 'safeTimesNote', 'safeTimesNote.hint', true)}
            {...f.field('contact.safe_times_note')}
          />
        </>
      )}
      <Radios
        text={f.text('contact.language', 'language', 'language.why')}
        required
        options={contactLanguages.map((l) => ({ value: l, label: f.t(`language.${l}`) }))}
        {...f.bind('contact.language')}
      />
      {c.language === 'other' && (
        <TextField
          text={f.text('contact.other_language', 'otherLanguage')}
          {...f.field('contact.other_language')}
          width="medium"
        />
      )}
      {yesNo(
        'contact.interpreter',
        'interpreter',
        'interpreter.why',
        'interpreter.yes',
        'interpreter.no',
      )}
      <TextField
        text={f.text('contact.access_needs', 'accessNeeds', 'accessNeeds.hint', true)}
        {...f.field('contact.access_needs')}
        multiline
      />
    </>
  );
}

function SafeAdult() {
  const f = useForm();
  return (
    <Fieldset
      text={f.text('contact.safe_adult', f.voiced('via.safe_adult.legend'), 'safeAdult.why')}
    >
      <TextField
        text={f.text('contact.safe_adult.name', 'safeAdult.name')}
        {...f.field('contact.safe_adult.name')}
        width="medium"
      />
      <TextField
        text={f.text(
          'contact.safe_adult.relationship',
          f.voice === 'self' ? 'safeAdult.relationship' : 'safeAdult.relationship.other',
          'safeAdult.relationship.hint',
        )}
        {...f.field('contact.safe_adult.relationship')}
        width="medium"
      />
      <p className="hint">{f.t('safeAdult.contactHint')}</p>
      <TextField
        text={f.text('contact.safe_adult.phone', 'safeAdult.phone', 'phone.hint')}
        {...f.field('contact.safe_adult.phone')}
        width="medium"
      />
      <TextField
        text={f.text('contact.safe_adult.email', 'safeAdult.email')}
        {...f.field('contact.safe_adult.email')}
        width="medium"
      />
    </Fieldset>
  );
}
