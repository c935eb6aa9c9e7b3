// A young person's parents or carers: whether they know, whether it is safe for
// them to know, and whether we may talk to them. Then the young person's consent.
import { yesNoNotSure } from '../../../schemas/choices';
import { Radios } from '../../fields/Choices';
import { useForm } from '../form';
import { ConsentBox } from './ConsentBox';

export function FamilyQuestions() {
  const f = useForm();
  const self = f.source === 'young_person';
  const options = yesNoNotSure.map((v) => ({ value: v, label: f.t(`family.knows.${v}`) }));
  return (
    <>
      {/* The young person decides this themselves, so they are told first, in plain
          words, when their parents would and would not be told. */}
      {self && <p>{f.t('family.whenTold')}</p>}
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
        value={f.answers.parent_carer.safe_to_know}
        onChange={(safe) => {
          f.set('parent_carer.safe_to_know', safe);
          // An earlier "yes, talk to them" must not come back if the answer changes again.
          if (safe !== 'yes') f.set('parent_carer.may_contact', undefined);
        }}
        inline
      />
      {/* Asked only once it is safe for them to know: a child who said it is not (or
          is not sure) is never asked whether we may contact that parent. */}
      {f.answers.parent_carer.safe_to_know === 'yes' && (
        <Radios
          required
          text={f.text('parent_carer.may_contact', self ? 'family.mayContact' : 'childMayContact')}
          options={[
            { value: 'yes', label: f.t('family.mayContact.yes') },
            { value: 'no', label: f.t(self ? 'family.mayContact.no' : 'no') },
          ]}
          {...f.bind('parent_carer.may_contact')}
        />
      )}
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
