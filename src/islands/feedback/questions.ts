// Which questions each age band is asked, a few per screen. Every question can be
// skipped; the survey needs one answer of any kind.
import type { FeedbackAnswers } from '../../schemas/feedback';
import type { FeedbackKey } from '../messages';

export type Question = keyof FeedbackAnswers;

export function screensFor(young: boolean): Question[][] {
  return young
    ? [['wellbeing'], ['safe'], ['listened_to'], ['comment']]
    : [
        ['informed', 'wellbeing', 'safe', 'everyday'],
        ['satisfaction', 'listened_to', 'recommend'],
        ['comment'],
      ];
}

export const youngLabel: Partial<Record<Question, FeedbackKey>> = {
  wellbeing: 'young.wellbeing',
  safe: 'young.safe',
  listened_to: 'young.listened',
  comment: 'young.comment',
};
