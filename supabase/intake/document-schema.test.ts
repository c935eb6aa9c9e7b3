// The published contract stays true to the code. The JSON Schema of the version
// of each document written now is what the zod schemas generate today, and so is
// the referral example the README quotes (examples.ts). Released versions are
// frozen: their schemas and examples stay byte for byte as released
// (schema/released.json), whatever the schemas say today. `npm run db:generate`
// (`UPDATE_SCHEMAS=1`) rewrites the current files, never a released one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as fx from '../database/tests/support/fixtures';
import {
  adultFeedbackDocumentSchema,
  describedVersions,
  documentJsonSchema,
  documentVersions,
  exampleFile,
  feedbackDocumentSchema,
  jsonSchemaFile,
  panelDocumentSchema,
  referralDocumentSchema,
  referralDocumentVersion,
} from './document-schema';
import { referralExample } from './examples';
import { knownVersions } from './pull.mjs';
import released from './schema/released.json';

const here = new URL('./', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, here), 'utf8');
const update = process.env.UPDATE_SCHEMAS === '1';
const schemaOf = {
  referral: referralDocumentSchema,
  feedback: feedbackDocumentSchema,
  'adult-feedback': adultFeedbackDocumentSchema,
  'panel-volunteer': panelDocumentSchema,
};
const releasedFiles = released as Record<string, string>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The README with the example after the paragraph naming `name` replaced by `example`. */
function withExample(readme: string, name: string, example: string): string {
  const at = readme.indexOf(`(\`examples/${name}\``);
  if (at < 0) throw new Error(`the README names no examples/${name}: quote it there`);
  const open = readme.indexOf('```json\n', at) + '```json\n'.length;
  const close = readme.indexOf('\n```', open);
  return readme.slice(0, open) + example.trim() + readme.slice(close);
}

describe.each(describedVersions)('$kind document, version $version', ({ kind, version }) => {
  const file = `schema/${jsonSchemaFile(kind, version)}`;
  const example = `examples/${exampleFile(kind, version)}`;
  const generated = `${JSON.stringify(documentJsonSchema(kind), null, 2)}\n`;

  test(`${file} is what the zod schemas generate`, () => {
    const stale = !existsSync(new URL(file, here)) || read(file) !== generated;
    expect(
      stale && file in releasedFiles,
      kind === 'referral'
        ? `${file} is released and must not change: raise the minor version (document-schema.ts) for a field a reader may ignore, the version for any other change`
        : `${file} is released and must not change: raise its version (document-schema.ts)`,
    ).toBe(false);
    if (update) writeFileSync(new URL(file, here), generated);
    expect(existsSync(new URL(file, here)), `${file} missing: run npm run db:generate`).toBe(true);
    expect(read(file), `${file} is stale: run npm run db:generate and commit it`).toBe(generated);
  });

  if (kind === 'referral')
    test(`${example} is a sample of the document with the answers of examples.ts`, () => {
      const wanted = referralExample();
      if (update && !(example in releasedFiles)) {
        writeFileSync(new URL(example, here), wanted);
        const readme = read('README.md');
        writeFileSync(
          new URL('README.md', here),
          withExample(readme, exampleFile(kind, version), wanted),
        );
      }
      expect(read(example), `${example} is stale: run npm run db:generate`).toBe(wanted);
    });

  test('the example is a valid document and appears in the README as it is', () => {
    const text = read(example);
    expect(schemaOf[kind].safeParse(JSON.parse(text)).error).toBeUndefined();
    expect(read('README.md')).toContain(text.trim());
  });
});

describe('released versions', () => {
  test.each(Object.entries(releasedFiles))('%s is byte for byte as released', (file, digest) => {
    expect(sha256(read(file)), `${file} changed after it was released`).toBe(digest);
  });

  test.each(Object.keys(releasedFiles).filter((file) => file.startsWith('examples/')))(
    '%s still appears in the README as it is',
    (file) => expect(read('README.md')).toContain(read(file).trim()),
  );
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
    type Described = {
      properties: { version: { const: number }; minor_version?: { const: number } };
    };
    for (const kind of ['referral', 'feedback', 'adult-feedback', 'panel-volunteer'] as const) {
      const schema = documentJsonSchema(kind) as Described & { oneOf?: Described[] };
      // A referral is one branch per sender, each with the same version.
      for (const branch of schema.oneOf ?? [schema]) {
        expect(branch.properties.version.const).toBe(documentVersions[kind]);
        if (kind === 'referral')
          expect(branch.properties.minor_version?.const).toBe(referralDocumentVersion.minor);
      }
    }
    // A reader checks `version`; the minor version never asks it to learn anything new.
    const majors = [
      ...describedVersions.map(({ version }) => version),
      ...Object.keys(releasedFiles).map((file) => /\.v([\d.]+)\./.exec(file)![1]!),
    ].map((version) => Number(version.split('.')[0]));
    for (const major of majors) expect(knownVersions).toContain(major);
  });

  test('a document missing a required field or carrying an unknown one is invalid', () => {
    const { idempotency_key: _key, ...answers } = fx.professionalReferral();
    const doc = {
      version: referralDocumentVersion.version,
      minor_version: referralDocumentVersion.minor,
      reference: 'K7QM-4TXC',
      received_at: '2026-08-03T09:15:42.318Z',
      county: 'oxfordshire',
      contact_summary: 'Contact the young person by text only.',
      priority: 'urgent',
      urgent_reasons: ['still_happening'],
      statistics_id: '3f6c2a9e-8d41-4b7a-9c15-2e0d7f4b6a83',
      ...answers,
    };
    const valid = (value: unknown) => referralDocumentSchema.safeParse(value).success;
    expect(valid(doc)).toBe(true);
    expect(valid({ ...doc, surge: true })).toBe(true);
    expect(valid({ ...doc, surge: false })).toBe(false);
    expect(valid({ ...doc, version: doc.version - 1 })).toBe(false);
    expect(valid({ ...doc, minor_version: doc.minor_version - 1 })).toBe(false);
    const { minor_version: _minor, ...noMinor } = doc;
    expect(valid(noMinor)).toBe(false);
    expect(valid({ ...doc, statistics_id: 'K7QM-4TXC' })).toBe(false);
    expect(valid({ ...doc, priority: 'high' })).toBe(false);
    const { contact_summary: _summary, ...noSummary } = doc;
    expect(valid(noSummary)).toBe(false);
    expect(valid({ ...doc, idempotency_key: fx.feedback().idempotency_key })).toBe(false);
    const { county: _county, ...noCounty } = doc;
    expect(valid(noCounty)).toBe(false);
  });
});
