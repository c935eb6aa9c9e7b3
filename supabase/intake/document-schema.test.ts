// The published contract stays true to the code: the committed JSON Schema files
// are what the zod schemas generate today, and the examples in the folder and the
// README are valid documents. `UPDATE_SCHEMAS=1` rewrites the files instead.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as fx from '../tests/support/fixtures';
import {
  documentJsonSchema,
  documentVersion,
  feedbackDocumentSchema,
  jsonSchemaFile,
  referralDocumentSchema,
  type DocumentKind,
} from './document-schema';
import { knownVersions } from './pull.mjs';

const here = new URL('./', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, here), 'utf8');
const examples = { referral: referralDocumentSchema, feedback: feedbackDocumentSchema };

describe.each(['referral', 'feedback'] as DocumentKind[])('%s document', (kind) => {
  const file = `schema/${jsonSchemaFile(kind)}`;
  const generated = `${JSON.stringify(documentJsonSchema(kind), null, 2)}\n`;

  test(`${file} is what the zod schemas generate`, () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(new URL(file, here), generated);
    expect(
      existsSync(new URL(file, here)),
      `${file} missing: run UPDATE_SCHEMAS=1 vitest run supabase/intake`,
    ).toBe(true);
    expect(
      read(file),
      `${file} is stale: run UPDATE_SCHEMAS=1 vitest run supabase/intake and commit it`,
    ).toBe(generated);
  });

  test('the example is a valid document and appears in the README as it is', () => {
    const example = read(`examples/${kind}.v${documentVersion}.json`);
    expect(examples[kind].safeParse(JSON.parse(example)).error).toBeUndefined();
    expect(read('README.md')).toContain(example.trim());
  });
});

describe('versions', () => {
  test('the schema, the examples and the pull command agree on the version', () => {
    const schema = documentJsonSchema('feedback') as { properties: { version: { const: number } } };
    expect(schema.properties.version.const).toBe(documentVersion);
    expect(knownVersions).toContain(documentVersion);
  });

  test('a document missing a required field or carrying an unknown one is invalid', () => {
    const { idempotency_key: _key, ...answers } = fx.professionalReferral();
    const doc = {
      version: 1,
      reference: 'K7QM-4TXC',
      received_at: '2026-08-03T09:15:00.000Z',
      county: 'oxfordshire',
      ...answers,
    };
    expect(referralDocumentSchema.safeParse(doc).success).toBe(true);
    expect(referralDocumentSchema.safeParse({ ...doc, version: 2 }).success).toBe(false);
    expect(
      referralDocumentSchema.safeParse({ ...doc, idempotency_key: fx.feedback().idempotency_key })
        .success,
    ).toBe(false);
    const { county: _county, ...noCounty } = doc;
    expect(referralDocumentSchema.safeParse(noCounty).success).toBe(false);
  });
});
