// A young person's parents or carers: whether they know, whether it is safe for
// them to know, and whether we may talk to them. Then the young person's consent.
import { yesNoNotSure } from '../../../schemas';
import { Radios } from '../../fields/Choices';
import { useForm } from '../form';
import { ConsentBox } from './ConsentBox';

export function FamilyQuestions() {
  const f = useForm();
  const self = f.source === 'young_person';
  const options = yesNoNotSure.map((v) => ({ value: v, label: f.t(`family.knows.${v}`) }));
  return (
    <>
      <Radios
        required
        text={f.text('parent_carer.knows', self ? 'family.knows' : 'childKnows')}
        options={options}
        {...f.bind('parent_carer.knows')}
        inline
      />
      <Radios
        required
        text={f.text(
          'parent_carer.safe_to_know',
          self ? 'family.safeToKnow' : 'childSafeToKnow',
          self ? 'family.safeToKnow.why' : undefined,
        )}
        options={options}
        {...f.bind('parent_carer.safe_to_know')}
        inline
      />
      <Radios
        required
        text={f.text('parent_carer.may_contact', self ? 'family.mayContact' : 'childMayContact')}
        options={[
          { value: 'yes', label: f.t('family.mayContact.yes') },
          { value: 'no', label: f.t(self ? 'family.mayContact.no' : 'no') },
        ]}
        {...f.bind('parent_carer.may_contact')}
      />
    </>
  );
}

export function FamilyStep() {
  return (
    <>
      <FamilyQuestions />
      <ConsentBox label="consent.referral.self" share="consent.share.self" />
    </>
  );
}
