// Feedback from a parent or carer, or from a professional: who they are (as a
// group, never a name), answers and an optional single-use token, like the young
// people's survey. The satisfaction scale is the same one, so the two compare.
import * as z from 'zod/mini';
import * as c from './choices';
import * as f from './fields';
import { limits, satisfactionRange } from './limits';
import { feedbackToken } from './patterns';

/** Every question optional; at least one answer. */
export const adultFeedbackAnswersSchema = f
  .object({
    /** How easy it was to ask the service for help. */
    ease: z.optional(f.choice(c.easeAnswers)),
    /** Whether they knew what would happen next. */
    knew_next: z.optional(f.choice(c.knewNextAnswers)),
    satisfaction: z.optional(f.int(satisfactionRange.min, satisfactionRange.max)),
    comment: f.optionalText(limits.comment),
  })
  .check(z.refine((answers) => Object.keys(answers).length > 0, { error: 'required' }));

export const adultFeedbackSchema = f.object({
  idempotency_key: f.idempotencyKey(),
  respondent: f.choice(c.adultRespondents),
  language: f.choice(c.languages),
  token: z.optional(f.pattern(feedbackToken)),
  website: f.optionalText(limits.honeypot),
  proof: f.proof(),
  answers: adultFeedbackAnswersSchema,
});

export type AdultFeedbackPayload = z.infer<typeof adultFeedbackSchema>;
export type AdultFeedbackAnswers = z.infer<typeof adultFeedbackAnswersSchema>;
