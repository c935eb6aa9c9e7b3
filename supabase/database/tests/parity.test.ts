// Validation parity, by property: payloads generated from the zod schemas
// themselves. Whatever the browser's schema accepts, the database accepts and
// gives back unchanged through the case system's claim; whatever the schema
// rejects, the database rejects, naming at least the fields the schema named.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  adultFeedbackSchema,
  feedbackSchema,
  panelSchema,
  referralSchema,
  validate,
  type FieldError,
} from '../../../src/schemas';
import { serverAddedKeys } from '../../intake/document-schema';
import { payloadArbitrary } from './support/arbitraries';
import {
  claim,
  contractError,
  resetData,
  submitAdultFeedback,
  submitFeedback,
  submitPanelVolunteer,
  submitReferral,
  type TestDb,
} from './support/db';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'property');

const RUNS = Number(process.env.PARITY_RUNS ?? 300);
// The same payloads on every machine and every run, so a result never depends on
// luck; PARITY_SEED explores others (fast-check prints the seed of a failure).
const SEED = Number(process.env.PARITY_SEED ?? 20261130);
type Outcome = { accepted: true; reference: string } | { accepted: false; errors: FieldError[] };

async function outcome(submit: () => Promise<string>): Promise<Outcome> {
  try {
    return { accepted: true, reference: await submit() };
  } catch (error) {
    // jsonb itself refuses NUL and lone surrogates before the function runs.
    if ((error as { code?: string }).code?.startsWith('22P0'))
      return { accepted: false, errors: [] };
    return { accepted: false, errors: contractError(error).details as FieldError[] };
  }
}

const strip = (obj: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));

const forms = {
  referral: { schema: referralSchema, submit: submitReferral, claim: 'claim_referrals' },
  feedback: { schema: feedbackSchema, submit: submitFeedback, claim: 'claim_feedback' },
  adult_feedback: {
    schema: adultFeedbackSchema,
    submit: submitAdultFeedback,
    claim: 'claim_adult_feedback',
  },
  panel: { schema: panelSchema, submit: submitPanelVolunteer, claim: 'claim_panel' },
} as const;
type Form = keyof typeof forms;

function property(
  db: () => TestDb,
  form: Form,
  edgeWeight: number,
  tally: { accepted: number; rejected: number },
) {
  const { schema, submit } = forms[form];
  const payloads = payloadArbitrary(schema, edgeWeight, form);
  return fc.asyncProperty(payloads, async (payload) => {
    const expected = validate(schema, payload);
    const result = await outcome(() => submit(db(), payload));
    expect(result.accepted, JSON.stringify({ payload, expected, result })).toBe(
      expected.length === 0,
    );
    if (!result.accepted) {
      tally.rejected++;
      // The database names a list longer than its choices once, not each item, and
      // stops at 20 errors: a path under one it named counts, and past 20 it may stop.
      const serverPaths = result.errors.map((e) => e.path);
      const named = (path: string) =>
        serverPaths.some((p) => p === path || path.startsWith(`${p}.`));
      if (result.errors.length && result.errors.length < 20)
        for (const { path } of expected)
          expect(named(path), `${path} in ${serverPaths}`).toBe(true);
      return;
    }
    tally.accepted++;
    const docs = await claim(db(), forms[form].claim, 5);
    const sent = payload as Record<string, unknown>;
    if (typeof sent.website === 'string' && sent.website !== '')
      return void expect(docs).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.reference).toBe(result.reference);
    const clientOnly = ['idempotency_key', 'website', 'proof'];
    const { token: _token, ...rest } = strip(sent, clientOnly);
    // A token is spent, not handed over: the document says only which case it linked.
    expect(strip(docs[0]!, serverAddedKeys)).toEqual(
      form === 'feedback' || form === 'adult_feedback' ? rest : strip(sent, clientOnly),
    );
  });
}

forEachDb('validation parity', (db) => {
  beforeAll(() =>
    db().query(
      'update private.settings set referral_ip_limit = 1000000, feedback_ip_limit = 1000000, referral_global_limit = 1000000, feedback_global_limit = 1000000',
    ),
  );
  afterAll(() => resetData(db()));

  for (const form of Object.keys(forms) as Form[]) {
    test(`${form}: mixed valid and edge-case payloads get the same verdict from schema and database`, async () => {
      const tally = { accepted: 0, rejected: 0 };
      await fc.assert(property(db, form, 1, tally), { numRuns: RUNS, seed: SEED });
      // Both verdicts must really occur, or the property proved nothing.
      expect(tally.accepted).toBeGreaterThan(RUNS / 20);
      expect(tally.rejected).toBeGreaterThan(RUNS / 20);
    }, 120_000);

    test(`${form}: payloads with every field valid round-trip unchanged through claim`, async () => {
      const tally = { accepted: 0, rejected: 0 };
      await fc.assert(property(db, form, 0, tally), { numRuns: RUNS, seed: SEED });
      expect(tally.accepted).toBeGreaterThan(RUNS / 4);
    }, 120_000);
  }
});
