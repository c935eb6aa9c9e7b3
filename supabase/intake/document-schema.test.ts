// The published contract stays true to the code: the committed JSON Schema files
// (every version still described) are what the zod schemas generate today, and the
// examples in the folder and the README are valid documents. `npm run db:generate`
// (`UPDATE_SCHEMAS=1`) rewrites the files instead.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as fx from '../tests/support/fixtures';
import {
  adultFeedbackDocumentSchema,
  describedVersions,
  documentJsonSchema,
  documentVersions,
  feedbackDocumentSchema,
  jsonSchemaFile,
  panelDocumentSchema,
  referralDocumentSchemas,
} from './document-schema';
import { knownVersions } from './pull.mjs';

const here = new URL('./', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, here), 'utf8');
const schemaOf = (kind: string, version: number) =>
  ({
    feedback: feedbackDocumentSchema,
    'adult-feedback': adultFeedbackDocumentSchema,
    'panel-volunteer': panelDocumentSchema,
  })[kind] ?? referralDocumentSchemas[version as keyof typeof referralDocumentSchemas];

describe.each(describedVersions)('$kind document, version $version', ({ kind, version }) => {
  const file = `schema/${jsonSchemaFile(kind, version)}`;
  const generated = `${JSON.stringify(documentJsonSchema(kind, version), null, 2)}\n`;

  test(`${file} is what the zod schemas generate`, () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(new URL(file, here), generated);
    expect(existsSync(new URL(file, here)), `${file} missing: run npm run db:generate`).toBe(true);
    expect(read(file), `${file} is stale: run npm run db:generate and commit it`).toBe(generated);
  });

  test('the example is a valid document and appears in the README as it is', () => {
    const example = read(`examples/${kind}.v${version}.json`);
    expect(schemaOf(kind, version).safeParse(JSON.parse(example)).error).toBeUndefined();
    expect(read('README.md')).toContain(example.trim());
  });
});

describe('panel-volunteer documents', () => {
  test('carry only the detail the chosen way needs, and nothing from a survey', () => {
    const doc = {
      version: 1,
      reference: 'K7QM-4TXC',
      received_at: '2026-11-30T10:00:00.000Z',
      age_band: '11-15',
      language: 'en',
      first_name: 'Zoë',
      contact_method: 'text',
      phone: '07700 900123',
      consent: true,
    };
    expect(panelDocumentSchema.safeParse(doc).success).toBe(true);
    expect(panelDocumentSchema.safeParse({ ...doc, email: 'zoe@example.org' }).success).toBe(false);
    expect(panelDocumentSchema.safeParse({ ...doc, contact_method: 'email' }).success).toBe(false);
    expect(panelDocumentSchema.safeParse({ ...doc, linked_case_id: 'CMS-1' }).success).toBe(false);
  });
});

describe('versions', () => {
  test('the schemas, the examples and the pull command agree on the versions', () => {
    type Described = { properties: { version: { const: number } } };
    for (const kind of ['referral', 'feedback', 'adult-feedback', 'panel-volunteer'] as const) {
      const schema = documentJsonSchema(kind) as Described & { oneOf?: Described[] };
      // A referral is one branch per sender, each with the same version.
      for (const branch of schema.oneOf ?? [schema])
        expect(branch.properties.version.const).toBe(documentVersions[kind]);
    }
    for (const { version } of describedVersions) expect(knownVersions).toContain(version);
  });

  test('a document missing a required field or carrying an unknown one is invalid', () => {
    const { idempotency_key: _key, ...answers } = fx.professionalReferral();
    // The kind of organisation was first sent in version 3.
    const { organisation_type: type, ...referrer } = answers.referrer;
    const v1 = {
      version: 1,
      reference: 'K7QM-4TXC',
      received_at: '2026-08-03T09:15:00.000Z',
      county: 'oxfordshire',
      ...answers,
      referrer,
    };
    const v2 = {
      ...v1,
      version: 2,
      contact_summary: 'Contact the young person by text only.',
      priority: 'urgent',
      urgent_reasons: ['still_happening'],
    };
    const v3 = {
      ...v2,
      version: 3,
      statistics_id: '3f6c2a9e-8d41-4b7a-9c15-2e0d7f4b6a83',
      referrer: { ...referrer, organisation_type: type },
    };
    expect(referralDocumentSchemas[1].safeParse(v1).success).toBe(true);
    expect(referralDocumentSchemas[2].safeParse(v2).success).toBe(true);
    expect(referralDocumentSchemas[3].safeParse(v3).success).toBe(true);
    expect(referralDocumentSchemas[3].safeParse({ ...v2, version: 3 }).success).toBe(false);
    expect(
      referralDocumentSchemas[3].safeParse({ ...v3, statistics_id: 'K7QM-4TXC' }).success,
    ).toBe(false);
    expect(referralDocumentSchemas[2].safeParse({ ...v3, version: 2 }).success).toBe(false);
    expect(referralDocumentSchemas[1].safeParse({ ...v1, version: 2 }).success).toBe(false);
    expect(referralDocumentSchemas[2].safeParse({ ...v2, priority: 'high' }).success).toBe(false);
    const { contact_summary: _summary, ...noSummary } = v2;
    expect(referralDocumentSchemas[2].safeParse(noSummary).success).toBe(false);
    expect(
      referralDocumentSchemas[1].safeParse({
        ...v1,
        idempotency_key: fx.feedback().idempotency_key,
      }).success,
    ).toBe(false);
    const { county: _county, ...noCounty } = v1;
    expect(referralDocumentSchemas[1].safeParse(noCounty).success).toBe(false);
  });
});
