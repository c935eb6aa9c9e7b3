// A young person's parents or carers: whether they know, whether it is safe for
// them to know, and whether we may talk to them. Then the young person's consent.
import { useForm } from '../form';
import { Question } from '../Question';
import { ConsentBox } from './ConsentBox';
import { Text } from '../../fields/Text';

export function FamilyQuestions() {
  const f = useForm();
  const self = f.source === 'young_person';
  return (
    <>
      {/* The young person decides this themselves, so they are told first, in plain
          words, when their parents would and would not be told. */}
      {self && (
        <p>
          <Text value={f.t('family.whenTold')} />
        </p>
      )}
      <Question path="parent_carer.knows" />
      <Question
        path="parent_carer.safe_to_know"
        onChange={(safe) => {
          f.set('parent_carer.safe_to_know', safe);
          // An earlier "yes, talk to them" must not come back if the answer changes again.
          if (safe !== 'yes') f.set('parent_carer.may_contact', undefined);
        }}
      />
      <Question
        path="parent_carer.may_contact"
        options={[
          { value: 'yes', label: f.t('family.mayContact.yes') },
          { value: 'no', label: f.t(self ? 'family.mayContact.no' : 'no') },
        ]}
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
