// A professional's referral: the young person's agreement is required, and if
// their parents do not know, the reason why.
import { Fieldset } from '../../fields/Field';
import { TextField } from '../../fields/TextField';
import { useForm } from '../form';
import { ConsentBox } from './ConsentBox';
import { FamilyQuestions } from './FamilyStep';
import { Text } from '../../fields/Text';

export function ProConsentStep() {
  const f = useForm();
  const agreed = f.answers.professional.young_person_agreed;
  return (
    <>
      <Fieldset text={f.text('professional.young_person_agreed', 'pro.agreed.legend')}>
        <div className="option">
          <input
            className="option__input"
            type="checkbox"
            id="professional-young_person_agreed-input"
            checked={agreed}
            onChange={(e) => f.set('professional.young_person_agreed', e.target.checked)}
          />
          <label className="option__label" htmlFor="professional-young_person_agreed-input">
            <Text value={f.t('pro.agreed')} />
          </label>
        </div>
      </Fieldset>
      <FamilyQuestions />
      {f.answers.parent_carer.knows === 'no' && (
        <TextField
          text={f.text(
            'professional.parent_not_told_reason',
            'pro.parentNotToldReason',
            'pro.parentNotToldReason.hint',
          )}
          {...f.field('professional.parent_not_told_reason')}
          multiline
        />
      )}
      <ConsentBox label="consent.referral.pro" />
    </>
  );
}
