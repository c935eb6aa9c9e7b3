// The feedback payload: an age band, answers and an optional single-use token that
// links the answers to a case without saying who gave them. No identity, ever.
import * as z from 'zod/mini';
import * as c from './choices';
import * as f from './fields';
import { limits, satisfactionRange } from './limits';
import { feedbackToken } from './patterns';

/** The four outcome areas the service reports on, plus satisfaction. All optional; at least one answer. */
export const feedbackAnswersSchema = f
  .object({
    informed: z.optional(f.choice(c.outcomeAnswers)),
    wellbeing: z.optional(f.choice(c.outcomeAnswers)),
    safe: z.optional(f.choice(c.outcomeAnswers)),
    everyday: z.optional(f.choice(c.outcomeAnswers)),
    satisfaction: z.optional(f.int(satisfactionRange.min, satisfactionRange.max)),
    listened_to: z.optional(f.choice(c.listenedTo)),
    /** Would they tell a friend about the service. */
    recommend: z.optional(f.choice(c.recommendAnswers)),
    comment: f.optionalText(limits.comment),
  })
  .check(z.refine((answers) => Object.keys(answers).length > 0, { error: 'required' }));

export const feedbackSchema = f.object({
  idempotency_key: f.idempotencyKey(),
  age_band: f.choice(c.ageBands),
  language: f.choice(c.languages),
  token: z.optional(f.pattern(feedbackToken)),
  website: f.optionalText(limits.honeypot),
  proof: f.proof(),
  answers: feedbackAnswersSchema,
});

export type FeedbackPayload = z.infer<typeof feedbackSchema>;
export type FeedbackAnswers = z.infer<typeof feedbackAnswersSchema>;
