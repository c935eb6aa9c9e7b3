// Equality monitoring: a few optional answers about the young person a referral or
// survey was about, sent on their own after it, under a key of their own. Nothing
// here can point back at the referral, the survey or a case: the database keeps
// each answer as its own row of counts (see *_equality_monitoring.sql).
import * as z from 'zod/mini';
import * as c from './choices';
import * as f from './fields';
import { limits } from './limits';
import { isRecord, rule } from './rules';

/** Every question optional; at least one answered, or there is nothing to send. */
export const monitoringAnswersSchema = f
  .object({
    gender: z.optional(f.choice(c.genders)),
    ethnic_group: z.optional(f.choice(c.ethnicGroups)),
    disability: z.optional(f.choice(c.disabilityAnswers)),
    religion: z.optional(f.choice(c.religions)),
    /** Asked only about 16 and 17 year olds (the rule below). */
    sexual_orientation: z.optional(f.choice(c.sexualOrientations)),
  })
  .check(z.refine((answers) => Object.keys(answers).length > 0, { error: 'required' }));

const monitoringShape = {
  /** A key of its own, never the referral's or the survey's: the two must not be matched. */
  idempotency_key: f.idempotencyKey(),
  language: f.choice(c.languages),
  context: f.choice(c.monitoringContexts),
  respondent: f.choice(c.monitoringRespondents),
  age_band: f.choice(c.ageBands),
  consent: z.literal(true, { error: () => 'required' }),
  /** Honeypot: people never see it. Filled in → accepted, nothing stored. */
  website: f.optionalText(limits.honeypot),
  proof: f.proof(),
  answers: monitoringAnswersSchema,
};

/**
 * Sexual orientation is asked only about 16-17 year olds, whoever answers; a child
 * of 5-10 is never asked to answer for themselves (a grown-up may, for a referral).
 * The database's copy is private.monitoring_rules.
 */
export const monitoringSchema = f.object(monitoringShape).check(
  rule(monitoringShape, ['age_band'], (payload, report) => {
    const answers = payload.answers;
    if (payload.age_band !== '16-17' && isRecord(answers) && 'sexual_orientation' in answers)
      report(['answers', 'sexual_orientation'], 'invalid');
  }),
  rule(monitoringShape, ['age_band', 'respondent'], (payload, report) => {
    if (payload.age_band === '5-10' && payload.respondent === 'young_person')
      report(['respondent'], 'invalid');
  }),
);

export type MonitoringPayload = z.infer<typeof monitoringSchema>;
export type MonitoringAnswers = z.infer<typeof monitoringAnswersSchema>;
export type MonitoringQuestion = keyof MonitoringAnswers;
