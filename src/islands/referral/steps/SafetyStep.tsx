import { livesWith, yesNo, yesNoNotSure } from '../../../schemas/choices';
import { Radios } from '../../fields/Choices';
import { useForm } from '../form';
import { published } from '../../../lib/provider-settings';

/** The moment someone says they may not be safe, the emergency numbers appear. */
export function Danger() {
  const { t } = useForm();
  return (
    <div className="warning" role="alert">
      <h2 className="legend">{t('danger.title')}</h2>
      <p>
        <a href={published.emergency.href}>{t('danger.call999')}</a>
      </p>
      <p>
        <a href={published.childline.href}>{t('danger.childline')}</a>
      </p>
      <p>{t('danger.stillSend')}</p>
    </div>
  );
}

export function SafetyStep() {
  const f = useForm();
  const safe = f.answers.safety.safe_now;
  return (
    <>
      <Radios
        required
        text={f.text('safety.safe_now', f.voiced('safeNow'))}
        options={yesNoNotSure.map((v) => ({ value: v, label: f.t(`safeNow.${v}`) }))}
        {...f.bind('safety.safe_now')}
        inline
      />
      {(safe === 'no' || safe === 'not_sure') && <Danger />}
      <Radios
        required
        text={f.text('safety.harmer_lives_with_them', f.voiced('livesWith'), 'livesWith.hint')}
        options={livesWith.map((v) => ({ value: v, label: f.t(`livesWith.${v}`) }))}
        {...f.bind('safety.harmer_lives_with_them')}
      />
      {f.source === 'professional' && (
        <>
          <Radios
            required
            text={f.text('professional.safeguarding_lead_told', 'pro.safeguardingLead')}
            options={yesNo.map((v) => ({ value: v, label: f.t(v) }))}
            {...f.bind('professional.safeguarding_lead_told')}
            inline
          />
          <Radios
            required
            text={f.text('professional.safeguarding_referral_made', 'pro.safeguardingReferral')}
            options={yesNoNotSure.map((v) => ({
              value: v,
              label: f.t(v === 'not_sure' ? 'notSure' : v),
            }))}
            {...f.bind('professional.safeguarding_referral_made')}
            inline
          />
        </>
      )}
    </>
  );
}
