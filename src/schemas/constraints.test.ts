import { expect, test } from 'vitest';
import { choicesAt, constraintsAt } from './constraints';
import { recommendAnswers, yesNoNotSure } from './choices';
import { feedbackAnswersSchema } from './feedback';
import { limits } from './limits';
import { parentCarerReferralSchema, professionalReferralSchema } from './referral';

test('a question says natively what its schema says of it', () => {
  expect(constraintsAt(parentCarerReferralSchema, 'young_person.first_name')).toEqual({
    maxLength: limits.firstName,
    required: true,
  });
  expect(constraintsAt(parentCarerReferralSchema, 'young_person.school')).toEqual({
    maxLength: limits.school,
  });
  // Inside an optional section, a question the section needs is still required.
  expect(constraintsAt(parentCarerReferralSchema, 'contact.safe_adult.name')).toEqual({
    maxLength: limits.personName,
    required: true,
  });
  expect(constraintsAt(professionalReferralSchema, 'referrer.phone')).toEqual({
    maxLength: limits.phone,
    required: true,
    type: 'tel',
  });
});

test('anything that is not text, or not in the schema, has no constraints', () => {
  expect(constraintsAt(parentCarerReferralSchema, 'young_person.age')).toEqual({});
  expect(constraintsAt(parentCarerReferralSchema, 'young_person.nickname')).toEqual({});
  expect(constraintsAt(parentCarerReferralSchema, 'referrer.name.first')).toEqual({});
});

test('an email address or phone number question asks for the box that suits it', () => {
  expect(constraintsAt(parentCarerReferralSchema, 'referrer.email')).toEqual({
    maxLength: limits.email,
    type: 'email',
  });
  expect(constraintsAt(parentCarerReferralSchema, 'contact.safe_adult.phone')).toEqual({
    maxLength: limits.phone,
    type: 'tel',
  });
});

test('a closed question offers the answers its schema allows', () => {
  expect(choicesAt(feedbackAnswersSchema, 'recommend')).toEqual(recommendAnswers);
  expect(choicesAt(parentCarerReferralSchema, 'contact.phone_shared')).toEqual(yesNoNotSure);
  expect(choicesAt(feedbackAnswersSchema, 'comment')).toEqual([]);
});
