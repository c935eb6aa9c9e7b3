// A step shows every problem on it at once: a rule spanning questions (a phone
// number for texts, an age) is reported beside an empty question, not after it
// has been answered.
import { describe, expect, it } from 'vitest';
import { emptyAnswers, setAt, type Answers } from './answers';
import { toPayload } from './payload';
import { stepsFor } from './journeys';
import { stepErrors } from './validation';

const key = '3f2b7c1e-8d4a-4b6e-9c2d-1a5f0e7b9c3d';
const errorsOn = (answers: Answers, source: 'young_person' | 'professional', id: string) => {
  const steps = stepsFor(source);
  const payload = toPayload(answers, { source, band: '11-15', language: 'en', key });
  return stepErrors(
    payload,
    steps,
    steps.findIndex((step) => step.id === id),
  ).map((e) => `${e.path} ${e.code}`);
};

describe('stepErrors', () => {
  it('asks for an age beside an empty name and town', () => {
    expect(errorsOn(emptyAnswers(), 'young_person', 'youngPerson')).toEqual([
      'young_person.first_name required',
      'young_person.age required',
      'young_person.area required',
    ]);
  });

  it('asks for the phone number for texts while the language is still unanswered', () => {
    let answers = setAt(emptyAnswers(), 'contact.via', 'direct');
    answers = setAt(answers, 'contact.ranked', ['text_message', '', '']);
    const errors = errorsOn(answers, 'young_person', 'contact');
    expect(errors).toContain('contact.phone required');
    expect(errors).toContain('contact.language required');
  });

  it('asks a professional why the family was not told before the other answers', () => {
    const answers = setAt(emptyAnswers(), 'parent_carer.knows', 'no');
    const errors = errorsOn(answers, 'professional', 'consent');
    expect(errors).toContain('professional.parent_not_told_reason required');
    expect(errors).toContain('professional.young_person_agreed required');
  });

  it('lists only the questions on the step asked about', () => {
    const errors = errorsOn(emptyAnswers(), 'young_person', 'safety');
    expect(errors).toEqual(['safety.safe_now required', 'safety.harmer_lives_with_them required']);
  });
});
