// Consent is a box the person ticks themselves; the moment they tick it is what
// the case system is told, with the notice they were shown.
import { Fieldset } from '../../fields/Field';
import type { ReferralKey } from '../../messages';
import { useForm } from '../form';
import { Text } from '../../fields/Text';

export function ConsentBox({ label, share }: { label: ReferralKey; share?: ReferralKey }) {
  const f = useForm();
  const { consents } = f.answers;
  const toggle = (what: 'referral' | 'share_information', checked: boolean) =>
    f.set(`consents.${what}`, checked ? new Date().toISOString() : undefined);
  return (
    <Fieldset text={f.text('consents', 'consent.legend')}>
      <div className="options">
        <div className="option">
          <input
            className="option__input"
            type="checkbox"
            id="consents-input"
            checked={!!consents.referral}
            onChange={(e) => toggle('referral', e.target.checked)}
          />
          <label className="option__label" htmlFor="consents-input">
            <Text value={f.t(label)} />
          </label>
        </div>
        {share && (
          <div className="option">
            <input
              className="option__input"
              type="checkbox"
              id="consents-share"
              checked={!!consents.share_information}
              onChange={(e) => toggle('share_information', e.target.checked)}
            />
            <label className="option__label" htmlFor="consents-share">
              <Text value={f.t(share)} />
            </label>
          </div>
        )}
      </div>
      {/* Shown here rather than on another page or tab: leaving would lose the
          answers, and a second tab would survive quick exit. A <details> is a group
          to a screen reader; its summary names it. */}
      <details className="details" aria-labelledby="consents-notice">
        <summary id="consents-notice">
          <Text value={f.t('consent.notice')} />
        </summary>
        <p>
          <Text value={f.t('consent.noticeSummary')} />
        </p>
      </details>
    </Fieldset>
  );
}
