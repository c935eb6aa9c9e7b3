// The monitoring questions a person is shown, and in whose words: a young person of
// 11-15, one of 16-17, or a grown-up answering about a child. Sexual orientation is
// asked only about 16-17 year olds (the schema and the database refuse it otherwise).
import * as c from '../../schemas/choices';
import type { MonitoringPayload, MonitoringQuestion } from '../../schemas/monitoring';

export type Voice = 'young' | 'older' | 'grown';

export const voiceFor = (
  respondent: MonitoringPayload['respondent'],
  band: MonitoringPayload['age_band'],
): Voice => (respondent === 'grown_up' ? 'grown' : band === '16-17' ? 'older' : 'young');

export function questionsFor(band: MonitoringPayload['age_band']): MonitoringQuestion[] {
  const all: MonitoringQuestion[] = ['gender', 'ethnic_group', 'disability', 'religion'];
  return band === '16-17' ? [...all, 'sexual_orientation'] : all;
}

/** Each radio question's answers, and the prefix of their words in monitoring.json. */
export const radios = {
  gender: { values: c.genders, words: 'gender' },
  disability: { values: c.disabilityAnswers, words: 'disability' },
  religion: { values: c.religions, words: 'religion' },
  sexual_orientation: { values: c.sexualOrientations, words: 'orientation' },
} as const;

export const fieldId = (question: MonitoringQuestion) => `monitoring-${question}`;

export { ethnicGroupHeadings } from '../../schemas/ethnic-groups';
