// What the monitoring form asks, and of whom, against the schema's closed lists.
import { expect, test } from 'vitest';
import { ethnicGroups } from '../../schemas/choices';
import { monitoringSchema, validate } from '../../schemas';
import { asked } from './MonitoringOffer';
import { ethnicGroupHeadings, questionsFor, voiceFor } from './questions';

test('each Census 2021 ethnic group sits under exactly one heading; prefer not to say under none', () => {
  const grouped = Object.values(ethnicGroupHeadings).flat();
  expect([...grouped, 'prefer_not_to_say'].sort()).toEqual([...ethnicGroups].sort());
  expect(new Set(grouped).size).toBe(grouped.length);
});

test('sexual orientation is shown exactly where the schema accepts it', () => {
  for (const band of ['5-10', '11-15', '16-17'] as const) {
    const shown = questionsFor(band).includes('sexual_orientation');
    const payload = {
      idempotency_key: '00000000-0000-4000-8000-000000000000',
      language: 'en',
      context: 'referral',
      respondent: 'grown_up',
      age_band: band,
      consent: true,
      answers: { sexual_orientation: 'prefer_not_to_say' },
    };
    expect(validate(monitoringSchema, payload).length === 0, band).toBe(shown);
  }
});

test('a child of 5-10 is asked only through a grown-up; each band has its own words', () => {
  expect(asked('young_person', '5-10')).toBe(false);
  expect(asked('grown_up', '5-10')).toBe(true);
  expect(asked('young_person', '11-15')).toBe(true);
  expect(voiceFor('young_person', '11-15')).toBe('young');
  expect(voiceFor('young_person', '16-17')).toBe('older');
  expect(voiceFor('grown_up', '16-17')).toBe('grown');
});
