// Through the local stack with the real supabase-js client: the status codes and
// bodies a form and the case system actually see.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { referencePattern, serverFieldErrors } from '../../../src/schemas';
import { referralDocumentVersion } from '../../intake/document-schema';
import { signJwt } from '../../local/keys.mjs';
import limits from '../validation/payload-limits.json';
import { hasPostgres } from './support/db';
import * as fx from './support/fixtures';
import { openStack, type Stack } from './support/stack';
import { tallyAssertions } from './support/tally';

tallyAssertions('anonymous', 'http');

const noSession = {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
};
const tableNames = [
  'referrals',
  'referral_people',
  'contact_preferences',
  'consents',
  'feedback',
  'feedback_tokens',
  'adult_feedback',
  'adult_feedback_statistics',
  'panel_volunteers',
  'rate_limits',
  'audit_log',
  'settings',
  'schema_migrations',
];

for (const [label, kind, available] of [
  ['PGlite', 'pglite', true],
  ['PostgreSQL', 'postgres', hasPostgres],
] as const) {
  describe.runIf(available)(`HTTP through the local stack (${label})`, () => {
    let stack: Stack;
    let anon: SupabaseClient;
    let service: SupabaseClient;
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${stack.url}/rest/v1/${path}`, {
        method: 'POST',
        headers: { apikey: stack.anonKey, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      stack = await openStack(kind, { referral_ip_limit: 1000, referral_global_limit: 1000 });
      anon = createClient(stack.url, stack.anonKey, noSession);
      service = createClient(stack.url, stack.serviceKey, noSession);
    });
    afterAll(() => stack?.stop());

    test('a referral posted with the anon key is claimed by the case system, exactly as sent', async () => {
      const payload = fx.professionalReferral();
      const sent = await anon.rpc('submit_referral', { payload });
      expect(sent).toMatchObject({
        status: 200,
        error: null,
        data: { reference: expect.stringMatching(referencePattern) },
      });
      expect(Object.keys(sent.data)).toEqual(['reference']);
      const again = await anon.rpc('submit_referral', { payload });
      expect(again.data).toEqual(sent.data);
      const claimed = await service.rpc('claim_referrals', { max_count: 10 });
      expect(claimed.status).toBe(200);
      const { idempotency_key: _key, ...answers } = payload;
      expect(claimed.data).toEqual([
        {
          ...answers,
          version: referralDocumentVersion.version,
          minor_version: referralDocumentVersion.minor,
          reference: sent.data.reference,
          received_at: expect.any(String),
          statistics_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          county: 'oxfordshire',
          contact_summary: expect.stringContaining('Contact the young person'),
          priority: 'routine',
          urgent_reasons: [],
        },
      ]);
      const ack = await service.rpc('acknowledge_referral', {
        reference: sent.data.reference,
        case_id: 'CMS-1',
      });
      expect(ack).toMatchObject({ status: 200, data: { reference: sent.data.reference } });
      // A milestone against the id the document carried: 201 recorded, 200 on a retry.
      const milestone = {
        statistics_id: claimed.data[0].statistics_id,
        milestone: 'first_attempt',
        minutes: 0,
      };
      for (const status of [201, 200])
        expect(await service.rpc('record_milestone', milestone)).toMatchObject({
          status,
          data: milestone,
        });
    });

    test('acknowledging by named arguments: with the claimant only while its claim holds, without one as a person does', async () => {
      const sent = await anon.rpc('submit_referral', { payload: fx.youngPersonReferral() });
      const reference = sent.data.reference as string;
      const claimed = await service.rpc('claim_referrals', { max_count: 10, claimant: 'run-a' });
      expect(claimed.data.map((d: { reference: string }) => d.reference)).toEqual([reference]);
      const wrong = await service.rpc('acknowledge_referral', {
        reference,
        case_id: 'CMS-2',
        claimant: 'run-b',
      });
      expect(wrong).toMatchObject({
        status: 409,
        data: null,
        error: { code: 'not_claimed', message: 'not_claimed' },
      });
      const right = await service.rpc('acknowledge_referral', {
        reference,
        case_id: 'CMS-2',
        claimant: 'run-a',
      });
      expect(right).toMatchObject({ status: 200, data: { reference } });
      const byHand = await service.rpc('acknowledge_referral', { reference, case_id: 'CMS-2' });
      expect(byHand).toMatchObject({ status: 200, data: right.data });
    });

    test('the grown-ups’ survey and the panel offer pass the gateway under their own limits', async () => {
      for (const [fn, payload] of [
        ['submit_adult_feedback', fx.adultFeedback('professional')],
        ['submit_panel_volunteer', fx.panelVolunteer()],
      ] as const) {
        const sent = await anon.rpc(fn, { payload });
        expect(sent).toMatchObject({
          status: 200,
          data: { reference: expect.stringMatching(referencePattern) },
        });
      }
      // More than the 16 KB other calls may send, within the survey's own limit: the
      // gateway lets it through and the function names the field.
      const long = { ...fx.adultFeedback(), answers: { comment: 'x'.repeat(17_000) } };
      const judged = await post('rpc/submit_adult_feedback', { payload: long });
      expect(judged.status).toBe(400);
      expect(serverFieldErrors(await judged.json())).toEqual([
        { path: 'answers.comment', code: 'too_long' },
      ]);
      const big = { ...fx.panelVolunteer(), website: 'x'.repeat(limits.panel.bytes) };
      const refused = await post('rpc/submit_panel_volunteer', { payload: big });
      expect(refused.status).toBe(413);
      expect(JSON.parse((await refused.json()).details)).toEqual({ max_bytes: limits.panel.bytes });
    });

    test('a bad payload → 400 invalid_payload whose details name the field', async () => {
      const payload = fx.youngPersonReferral();
      payload.contact.email = 'not-an-email';
      const { status, error, data } = await anon.rpc('submit_referral', { payload });
      expect(status).toBe(400);
      expect(data).toBeNull();
      expect(error).toMatchObject({
        code: 'invalid_payload',
        message: 'invalid_payload',
        hint: null,
      });
      expect(serverFieldErrors(error)).toEqual([{ path: 'contact.email', code: 'invalid_email' }]);
    });

    test('the same key with different answers → 409 idempotency_conflict', async () => {
      const payload = fx.feedback();
      expect((await anon.rpc('submit_feedback', { payload })).status).toBe(200);
      const { status, error } = await anon.rpc('submit_feedback', {
        payload: { ...payload, age_band: '16-17' },
      });
      expect(status).toBe(409);
      expect(error).toMatchObject({
        code: 'idempotency_conflict',
        message: 'idempotency_conflict',
        details: null,
      });
    });

    test.each([
      ['claim_referrals', { max_count: 10 }],
      ['acknowledge_referral', { reference: 'ABCD-EFGH', case_id: 'x' }],
      ['purge_acknowledged_referrals', {}],
      ['issue_feedback_token', { case_id: 'x' }],
      ['list_overdue_feedback', {}],
      [
        'record_milestone',
        { statistics_id: crypto.randomUUID(), milestone: 'contacted', minutes: 60 },
      ],
    ])('anon calling the case-system function %s → 401 permission denied', async (fn, args) => {
      const { status, error, data } = await anon.rpc(fn, args);
      expect(status).toBe(401);
      expect(data).toBeNull();
      expect(error).toMatchObject({ code: '42501' });
    });

    test.each(tableNames)('from(%s).select() returns no data, with either key', async (name) => {
      for (const client of [anon, service]) {
        const { data, error, status } = await client.from(name).select();
        expect(data).toBeNull();
        expect(status).toBe(404);
        expect(error?.code).toBe('42P01');
        const other = await client.schema('private').from(name).select();
        expect(other.data).toBeNull();
        expect(other.status).toBe(406);
      }
      const writes = [
        anon.from(name).insert({ id: 1 }),
        anon.from(name).update({ id: 2 }).eq('id', 1),
        anon.from(name).delete().eq('id', 1),
      ];
      for (const { data, status } of await Promise.all(writes)) {
        expect(data).toBeNull();
        expect(status).toBeGreaterThanOrEqual(400);
      }
    });

    test('the API description is closed, and no answer names the server behind it', async () => {
      for (const key of [stack.anonKey, stack.serviceKey]) {
        const response = await fetch(`${stack.url}/rest/v1/`, { headers: { apikey: key } });
        expect(response.status).toBe(404);
        expect(JSON.stringify(await response.json())).not.toMatch(/paths|postgrest|swagger/i);
        expect(response.headers.get('server')).toBeNull();
      }
      const submitted = await post('rpc/submit_referral', { payload: fx.youngPersonReferral() });
      expect(submitted.status).toBe(200);
      expect(submitted.headers.get('server')).toBeNull();
    });

    test('a body that is not a payload at all → 400, never a 500', async () => {
      const bodies = [
        '{"payload": {"x": "a\\u0000b"}}',
        '{"payload": {"x": "\\ud800"}}',
        '{"payload": [1,',
        '{"payload": 5}',
        '{"payload": null}',
      ];
      for (const body of bodies) {
        const response = await fetch(`${stack.url}/rest/v1/rpc/submit_referral`, {
          method: 'POST',
          headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
          body,
        });
        expect(response.status, body).toBe(400);
      }
    });

    test('an unknown function → 404 PGRST202', async () => {
      const { status, error } = await anon.rpc('export_all_referrals', {});
      expect(status).toBe(404);
      expect(error?.code).toBe('PGRST202');
    });

    test('a JWT signed with another secret, or expired, → 401', async () => {
      const forged = signJwt(
        { role: 'service_role', exp: 2079216000 },
        'not-the-secret-not-the-secret-not-the-secret',
      );
      const expired = signJwt({ role: 'service_role', exp: 1000 });
      for (const token of [forged, expired, 'not.a.jwt']) {
        const response = await post(
          'rpc/claim_referrals',
          {},
          { authorization: `Bearer ${token}` },
        );
        expect(response.status).toBe(401);
        const body = (await response.json()) as { code: string };
        expect(body.code).toMatch(/^PGRST30/);
      }
    });

    test('the gateway wants an API key it knows, as the hosted one does', async () => {
      const none = await fetch(`${stack.url}/rest/v1/rpc/submit_referral`, {
        method: 'POST',
        body: '{}',
      });
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ message: 'No API key found in request' });
      const wrong = await post('rpc/submit_referral', {}, { apikey: 'nope' });
      expect(wrong.status).toBe(401);
      expect(
        (await fetch(`${stack.url}/auth/v1/user`, { headers: { apikey: stack.anonKey } })).status,
      ).toBe(404);
    });

    test('CORS: a preflight from another origin is allowed and Retry-After is readable', async () => {
      const preflight = await fetch(`${stack.url}/rest/v1/rpc/submit_referral`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://127.0.0.1:4321',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'apikey, authorization, content-type, x-client-info',
        },
      });
      expect(preflight.status).toBe(200);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('apikey');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      const real = await post(
        'rpc/submit_feedback',
        { payload: fx.feedback() },
        { origin: 'http://127.0.0.1:4321' },
      );
      expect(real.headers.get('access-control-allow-origin')).toBe('*');
      expect(real.headers.get('access-control-expose-headers')).toContain('Retry-After');
    });

    test('N+1 submissions from one address → a challenge, whatever X-Forwarded-For the client claims', async () => {
      await stack.setSettings({ referral_ip_limit: 2 });
      try {
        await stack.query('delete from private.rate_limits');
        for (let i = 0; i < 2; i++) {
          const ok = await post(
            'rpc/submit_referral',
            { payload: fx.youngPersonReferral() },
            { 'x-forwarded-for': `198.51.100.${i}`, 'cf-connecting-ip': `198.51.100.${i}` },
          );
          expect(ok.status).toBe(200);
        }
        const asked = await post(
          'rpc/submit_referral',
          { payload: fx.youngPersonReferral() },
          { 'x-forwarded-for': '198.51.100.9', 'cf-connecting-ip': '198.51.100.9' },
        );
        expect(asked.status).toBe(428);
        const body = (await asked.json()) as { code: string; details: string };
        expect(body.code).toBe('challenge_required');
        expect(JSON.parse(body.details)).toMatchObject({ bits: 16 });
        const viaClient = await anon.rpc('submit_referral', { payload: fx.youngPersonReferral() });
        expect(viaClient.status).toBe(428);
        expect(viaClient.error).toMatchObject({ code: 'challenge_required' });
      } finally {
        await stack.setSettings({ referral_ip_limit: 1000 });
      }
    });
  });
}
