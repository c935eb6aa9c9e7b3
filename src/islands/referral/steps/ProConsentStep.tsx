// A professional's referral: the young person's agreement is required, and if
// their parents do not know, the reason why.
import { Question } from '../Question';
import { ConsentBox } from './ConsentBox';
import { FamilyQuestions } from './FamilyStep';

export function ProConsentStep() {
  return (
    <>
      <Question path="professional.young_person_agreed" />
      <FamilyQuestions />
      <Question path="professional.parent_not_told_reason" />
      <ConsentBox label="consent.referral.pro" />
    </>
  );
}
