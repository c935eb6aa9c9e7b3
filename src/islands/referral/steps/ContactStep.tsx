// How it is safe to get in touch. Every question says in one line why we ask,
// nothing is chosen in advance, and questions that only matter for one way of
// contacting appear only once that way is chosen.
import { channels } from '../../../schemas/choices';
import { Select } from '../../fields/Select';
import { useForm } from '../form';
import { Question } from '../Question';
import { usesEmail, usesPhone } from '../payload';
import type { ChannelSlot } from '../answers';
import { Text } from '../../fields/Text';

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

  return (
    <>
      {!parent && <Question path="contact.via" />}
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
      {via === 'direct' && !parent && phone && <Question path="contact.phone" />}
      {via === 'direct' && hasPhone && <Question path="contact.phone_shared" />}
      {/* Polite, so it is heard when it appears; advice, never a block: a child in
          danger may have no safer way than this phone. */}
      <div aria-live="polite">
        {riskyPhone && (
          <div className="panel">
            <p>
              <Text value={f.t(f.voiced('livesWithPhone'))} />
            </p>
          </div>
        )}
      </div>
      {via === 'direct' && !parent && email && <Question path="contact.email" />}
      {via === 'direct' && hasEmail && <Question path="contact.email_shared" />}
      {via === 'direct' && c.ranked.includes('phone_call') && (
        <>
          <Question path="contact.voicemail_ok" />
          <Question path="contact.say_who_we_are" />
        </>
      )}
      {via === 'safe_adult' && (
        <Question path="contact.safe_adult">
          <Question path="contact.safe_adult.name" />
          <Question path="contact.safe_adult.relationship" />
          <p className="hint">
            <Text value={f.t('safeAdult.contactHint')} />
          </p>
          <Question path="contact.safe_adult.phone" />
          <Question path="contact.safe_adult.email" />
        </Question>
      )}
      {via === 'direct' && (
        <>
          <Question path="contact.safe_days" />
          <Question path="contact.safe_times" />
          <Question path="contact.safe_times_note" />
        </>
      )}
      <Question path="contact.language" />
      <Question path="contact.other_language" />
      <Question path="contact.interpreter" />
      <Question path="contact.access_needs" />
    </>
  );
}
