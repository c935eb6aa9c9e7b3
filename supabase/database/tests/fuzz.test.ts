// Fuzzing at the HTTP boundary: whatever anyone sends to a submit function through
// the local stack, the answer is a 4xx with a clear JSON message, or 200 and a
// stored referral equal to what was sent. Never a 5xx, never a hang. The seed is
// fixed so every run sends the same; FUZZ_SEED explores others, and fast-check
// prints the seed and the shrunk request of any failure.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasPostgres } from './support/db';
import * as fx from './support/fixtures';
import { openStack, type Stack } from './support/stack';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'property');

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

const awkward = [
  '\u200f', // right-to-left mark
  '\u200d', // zero-width joiner
  'e\u0301', // e and a combining acute accent
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u0000', // NUL
  '\ufffe',
  '\uffff',
  '\ufdd0', // noncharacters
  '👩🏽‍⚕️',
  'ہ',
];
const awkwardText = fc
  .array(fc.oneof(fc.constantFrom(...awkward), fc.string({ maxLength: 3 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
const pollution = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
);
const deep = fc.integer({ min: 1, max: 4000 }).map((n) => '['.repeat(n) + ']'.repeat(n));

/** A request body, as text, so keys like __proto__ reach the server as sent. */
const bodies = (valid: () => Record<string, unknown>) =>
  fc.oneof(
    fc.jsonValue().map((payload) => JSON.stringify({ payload })),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    deep.map((nested) => `{"payload":${nested}}`),
    fc
      .integer({ min: 60_000, max: 200_000 })
      .map((n) => JSON.stringify({ payload: { ...valid(), website: 'x'.repeat(n) } })),
    fc
      .tuple(fc.constantFrom(...Object.keys(valid())), fc.jsonValue())
      .map(([key, value]) => JSON.stringify({ payload: { ...valid(), [key]: value } })),
    fc
      .tuple(pollution, fc.jsonValue())
      .map(
        ([key, value]) =>
          `{"payload":${JSON.stringify(valid()).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(value)},`)}}`,
      ),
    fc.tuple(awkwardText, awkwardText).map(([name, area]) => {
      const payload = valid() as fx.Loose;
      if (payload.young_person)
        Object.assign(payload.young_person, { first_name: name || 'A', area: area || 'B' });
      else if (payload.first_name) payload.first_name = name || 'A';
      else payload.answers = { comment: name };
      return JSON.stringify({ payload });
    }),
    fc.constant(null).map(() => JSON.stringify({ payload: valid() })),
  );

for (const [label, kind, available] of [
  ['PGlite', 'pglite', true],
  ['PostgreSQL', 'postgres', hasPostgres],
] as const) {
  describe.runIf(available)(`fuzzing the submit functions over HTTP (${label})`, () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await openStack(kind, {
        referral_ip_limit: 1_000_000,
        referral_global_limit: 1_000_000,
        feedback_ip_limit: 1_000_000,
        feedback_global_limit: 1_000_000,
      });
    });
    afterAll(() => stack?.stop());

    for (const [fn, valid, claim] of [
      ['submit_referral', fx.youngPersonReferral, 'claim_referrals'],
      ['submit_feedback', fx.feedback, 'claim_feedback'],
      ['submit_adult_feedback', fx.adultFeedback, 'claim_adult_feedback'],
      ['submit_panel_volunteer', fx.panelVolunteer, 'claim_panel'],
    ] as const) {
      test(`${fn}: a 4xx with a message, or stored as sent; never a 5xx or a hang`, async () => {
        const tally = { refused: 0, stored: 0 };
        await fc.assert(
          fc.asyncProperty(bodies(valid as () => Record<string, unknown>), async (body) => {
            const response = await fetch(`${stack.url}/rest/v1/rpc/${fn}`, {
              method: 'POST',
              headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
              body,
              signal: AbortSignal.timeout(10_000),
            });
            const answer = (await response.json()) as Record<string, unknown>;
            expect(response.status, JSON.stringify(answer)).toBeLessThan(500);
            if (response.status !== 200) {
              tally.refused++;
              expect(response.status).toBeGreaterThanOrEqual(400);
              expect(answer.message, JSON.stringify(answer)).toEqual(expect.any(String));
              return;
            }
            tally.stored++;
            const sent = (JSON.parse(body) as { payload: Record<string, unknown> }).payload;
            const { rows } = await stack.query(`select public.${claim}(5, 'fuzz') as docs`);
            const docs = (rows as unknown as { docs: Record<string, unknown>[] }[])[0]!.docs;
            // A filled honeypot is answered as if stored, and nothing is.
            if (typeof sent.website === 'string' && sent.website !== '')
              return void expect(docs).toEqual([]);
            expect(docs.map((d) => d.reference)).toEqual([answer.reference]);
            const doc = docs[0]!;
            // What the form typed comes back character for character.
            if (fn === 'submit_referral') expect(doc.young_person).toEqual(sent.young_person);
            else if (fn === 'submit_panel_volunteer') expect(doc.first_name).toBe(sent.first_name);
            else expect(doc.answers ?? doc).toMatchObject(sent.answers as object);
          }),
          { numRuns: RUNS, seed: SEED },
        );
        expect(tally.refused).toBeGreaterThan(RUNS / 2);
        expect(tally.stored).toBeGreaterThan(0);
        console.log(
          `${fn} (${label}): ${RUNS} requests, ${tally.refused} refused, ${tally.stored} stored`,
        );
      }, 120_000);
    }
  });
}
