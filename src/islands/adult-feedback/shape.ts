// What the grown-ups' survey offers, read from its schema when the page is built
// and handed to the island as props, so the survey needs no zod in the browser.
import { adultFeedbackAnswersSchema } from '../../schemas/adult-feedback';
import { choicesAt, constraintsAt } from '../../schemas/constraints';
import { satisfactionScale } from '../feedback/shape';

export interface AdultSurveyShape {
  choices: Record<'ease' | 'knew_next', string[]>;
  satisfaction: string[];
  comment: ReturnType<typeof constraintsAt>;
}

export function adultSurveyShape(): AdultSurveyShape {
  return {
    choices: {
      ease: [...choicesAt(adultFeedbackAnswersSchema, 'ease')],
      knew_next: [...choicesAt(adultFeedbackAnswersSchema, 'knew_next')],
    },
    satisfaction: satisfactionScale(),
    comment: constraintsAt(adultFeedbackAnswersSchema, 'comment'),
  };
}
