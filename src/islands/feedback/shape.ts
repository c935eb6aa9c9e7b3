// What the survey offers, read from the feedback schema when the page is built and
// handed to the island as props: each question's answers and the comment's
// limits. The schema stays the one source, and the survey needs no zod in the
// browser (it validates nothing the server does not check again).
import { choicesAt, constraintsAt } from '../../schemas/constraints';
import { feedbackAnswersSchema } from '../../schemas/feedback';
import { satisfactionRange } from '../../schemas/limits';
import type { Question } from './questions';

type Closed = Exclude<Question, 'comment' | 'satisfaction'>;
const closed: Closed[] = ['informed', 'wellbeing', 'safe', 'everyday', 'listened_to', 'recommend'];

/** The 1-5 scale, most satisfied first, as people read a scale from the top. */
export const satisfactionScale = () =>
  Array.from({ length: satisfactionRange.max - satisfactionRange.min + 1 }, (_, i) =>
    String(satisfactionRange.max - i),
  );

export interface SurveyShape {
  choices: Record<Closed, string[]>;
  satisfaction: string[];
  comment: ReturnType<typeof constraintsAt>;
}

export function surveyShape(): SurveyShape {
  return {
    choices: Object.fromEntries(
      closed.map((q) => [q, [...choicesAt(feedbackAnswersSchema, q)]]),
    ) as Record<Closed, string[]>,
    satisfaction: satisfactionScale(),
    comment: constraintsAt(feedbackAnswersSchema, 'comment'),
  };
}
