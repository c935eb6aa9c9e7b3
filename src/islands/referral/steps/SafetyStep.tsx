import { published } from '../../../lib/provider-settings';
import { Text } from '../../fields/Text';
import { useForm } from '../form';
import { StepQuestions } from '../Question';
import type { StepDef } from '../journeys';

/** The moment someone says they may not be safe, the emergency numbers appear. */
export function Danger() {
  const { t } = useForm();
  return (
    <div className="warning" role="alert">
      <h2 className="legend">
        <Text value={t('danger.title')} />
      </h2>
      <p>
        <a href={published.emergency.href}>
          <Text value={t('danger.call999')} />
        </a>
      </p>
      <p>
        <a href={published.childline.href}>
          <Text value={t('danger.childline')} />
        </a>
      </p>
      <p>
        <Text value={t('danger.stillSend')} />
      </p>
    </div>
  );
}

export function SafetyStep({ step }: { step: StepDef }) {
  const f = useForm();
  const safe = f.answers.safety.safe_now;
  return (
    <StepQuestions
      fields={step.fields}
      after={{ 'safety.safe_now': (safe === 'no' || safe === 'not_sure') && <Danger /> }}
    />
  );
}
