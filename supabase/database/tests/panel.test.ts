// Young people offering to help shape the service, by actor. Anyone with the
// public key can offer and never read an offer back; the case system claims and
// acknowledges offers, and the portal keeps them only for panel_retention after.
import { afterEach, expect, test } from 'vitest';
import { panelSchema, referencePattern, validate } from '../../../src/schemas';
import { claim, rejection, resetData, submitPanelVolunteer, type Row } from './support/db';
import * as fx from './support/fixtures';
import limits from '../validation/payload-limits.json';
import { forEachDb } from './support/suites';
import { tallyAssertions } from './support/tally';

tallyAssertions('panel', 'sql');

type Case = { name: string; payload: () => fx.Loose; errors: { path: string; code: string }[] };
const bad: Case[] = [
  {
    name: 'no consent',
    payload: () => ({ ...fx.panelVolunteer(), consent: false }),
    errors: [{ path: 'consent', code: 'required' }],
  },
  {
    name: 'a blank first name',
    payload: () => ({ ...fx.panelVolunteer(), first_name: '   ' }),
    errors: [{ path: 'first_name', code: 'required' }],
  },
  {
    name: 'email chosen without an address',
    payload: () => {
      const { phone: _phone, ...rest } = fx.panelVolunteer();
      return { ...rest, contact_method: 'email' };
    },
    errors: [{ path: 'email', code: 'required' }],
  },
  {
    name: 'texts chosen with an email address as well',
    payload: () => ({ ...fx.panelVolunteer(), email: 'zoe@example.org' }),
    errors: [{ path: 'email', code: 'invalid' }],
  },
  {
    name: 'a number that is not a UK phone number',
    payload: () => ({ ...fx.panelVolunteer(), phone: '12345' }),
    errors: [{ path: 'phone', code: 'invalid_phone' }],
  },
  {
    name: 'a way to get in touch the form does not offer',
    payload: () => ({ ...fx.panelVolunteer(), contact_method: 'letter' }),
    errors: [{ path: 'contact_method', code: 'invalid_choice' }],
  },
  {
    name: 'a feedback token carried over from a survey',
    payload: () => ({ ...fx.panelVolunteer(), token: 'ABCDEFGHJKMNPQRSTVWXYZ23' }),
    errors: [{ path: 'token', code: 'unknown_field' }],
  },
];

forEachDb('panel', (db) => {
  const service = <T = Row>(sql: string, params?: unknown[]) =>
    db()
      .as<{ r: T }>('service_role', `select ${sql} as r`, params)
      .then((rows) => rows[0]!.r);

  afterEach(() => resetData(db()));

  test('a young person can offer, by text, phone or email, and gets only a reference', async () => {
    const byEmail = { ...fx.panelVolunteer(), contact_method: 'email', email: 'zoe@example.org' };
    delete (byEmail as fx.Loose).phone;
    const byPhone = { ...fx.panelVolunteer(), contact_method: 'phone' };
    for (const payload of [fx.panelVolunteer(), byPhone, byEmail]) {
      expect(validate(panelSchema, payload)).toEqual([]);
      const rows = await db().as<{ r: object }>(
        'anon',
        'select public.submit_panel_volunteer($1::jsonb) as r',
        [JSON.stringify(payload)],
      );
      expect(Object.keys(rows[0]!.r)).toEqual(['reference']);
    }
    expect(
      await db().query(
        'select first_name, contact_method, email, phone from private.panel_volunteers order by id',
      ),
    ).toEqual([
      { first_name: 'Zoë', contact_method: 'text', email: null, phone: '07700 900123' },
      { first_name: 'Zoë', contact_method: 'phone', email: null, phone: '07700 900123' },
      { first_name: 'Zoë', contact_method: 'email', email: 'zoe@example.org', phone: null },
    ]);
  });

  test('anonymous can never read an offer back nor call the case system', async () => {
    await submitPanelVolunteer(db(), fx.panelVolunteer());
    await expect(db().as('anon', 'select * from private.panel_volunteers')).rejects.toMatchObject({
      code: '42501',
    });
    for (const call of ['claim_panel(10, $$x$$)', 'purge_acknowledged_panel()']) {
      await expect(db().as('anon', `select public.${call}`)).rejects.toMatchObject({
        code: '42501',
      });
    }
  });

  test.each(bad)('$name → 400 naming the field, nothing stored', async ({ payload, errors }) => {
    const body = payload();
    expect(validate(panelSchema, body)).toEqual(expect.arrayContaining(errors));
    const error = await rejection(() => submitPanelVolunteer(db(), body));
    expect(error).toMatchObject({ status: 400, code: 'invalid_payload' });
    expect(error.details).toEqual(expect.arrayContaining(errors));
    expect(await db().query('select 1 from private.panel_volunteers')).toHaveLength(0);
  });

  test('the same key and offer again: the same reference; another offer under that key: 409', async () => {
    const payload = fx.panelVolunteer();
    const ref = await submitPanelVolunteer(db(), payload);
    expect(await submitPanelVolunteer(db(), payload)).toBe(ref);
    expect(
      await rejection(() => submitPanelVolunteer(db(), { ...payload, first_name: 'Ola' })),
    ).toMatchObject({ status: 409, code: 'idempotency_conflict' });
    expect(await db().query('select 1 from private.panel_volunteers')).toHaveLength(1);
  });

  test('a filled honeypot gets a plausible reference and nothing is stored', async () => {
    const ref = await submitPanelVolunteer(db(), { ...fx.panelVolunteer(), website: 'x' });
    expect(ref).toMatch(referencePattern);
    expect(await db().query('select 1 from private.panel_volunteers')).toHaveLength(0);
  });

  test('past the sender’s limit: a challenge, as for every form', async () => {
    await db().query('update private.settings set feedback_ip_limit = 1');
    try {
      await submitPanelVolunteer(db(), fx.panelVolunteer());
      expect(await rejection(() => submitPanelVolunteer(db(), fx.panelVolunteer()))).toMatchObject({
        status: 428,
        code: 'challenge_required',
      });
    } finally {
      await db().query('update private.settings set feedback_ip_limit = default');
    }
  });

  test('the case system claims the panel-volunteer document and acknowledges it', async () => {
    const sent = fx.panelVolunteer();
    const ref = await submitPanelVolunteer(db(), sent);
    const [doc] = await claim(db(), 'claim_panel');
    const { idempotency_key: _key, ...rest } = sent;
    expect(doc).toEqual({ version: 1, reference: ref, received_at: doc!.received_at, ...rest });
    await db().query(
      `update private.panel_volunteers set claim_expires_at = now() - interval '1 second'`,
    );
    expect(await service('public.release_expired_panel_claims()')).toBe(1);
    await db().query(
      `update private.panel_volunteers set received_at = now() - interval '30 hours'`,
    );
    expect(await service<Row[]>('public.list_overdue_panel()')).toMatchObject([
      { reference: ref, state: 'unclaimed' },
    ]);
    await claim(db(), 'claim_panel');
    expect(await service(`public.acknowledge_panel($1, 'CMS-P1')`, [ref])).toMatchObject({
      reference: ref,
    });
    expect(await db().query('select case_id from private.panel_volunteers')).toEqual([
      { case_id: 'CMS-P1' },
    ]);
  });

  test('offers are purged after panel_retention, not the referrals’ retention', async () => {
    await db().query(
      `update private.settings set panel_retention = '2 hours', retention = '7 days'`,
    );
    try {
      const ref = await submitPanelVolunteer(db(), fx.panelVolunteer());
      await claim(db(), 'claim_panel');
      await service(`public.acknowledge_panel($1, 'CMS-P2')`, [ref]);
      await db().query(
        `update private.panel_volunteers set acknowledged_at = now() - interval '1 hour'`,
      );
      expect(await service('public.purge_acknowledged_panel()')).toBe(0);
      await db().query(
        `update private.panel_volunteers set acknowledged_at = now() - interval '3 hours'`,
      );
      expect(await service('public.purge_acknowledged_panel()')).toBe(1);
      expect(await db().query('select 1 from private.panel_volunteers')).toHaveLength(0);
    } finally {
      await db().query(`update private.settings set panel_retention = '1 day'`);
    }
  });

  test('by default an offer goes a day after it is acknowledged, long before a referral would', async () => {
    const [s] = await db().query<{ shorter: boolean; hours: number }>(
      `select panel_retention < retention as shorter, (extract(epoch from panel_retention) / 3600)::integer as hours from private.settings`,
    );
    expect(s).toEqual({ shorter: true, hours: 24 });
  });

  test('bigger, deeper or fuller than any valid payload → refused before any field is read', async () => {
    const big = { ...fx.panelVolunteer(), website: 'x'.repeat(limits.panel.bytes) };
    expect(await rejection(() => submitPanelVolunteer(db(), big))).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      details: { max_bytes: limits.panel.bytes },
    });
    const deeper = { ...fx.panelVolunteer(), website: JSON.parse('['.repeat(10) + ']'.repeat(10)) };
    const fuller = { ...fx.panelVolunteer(), extra: Array.from({ length: 100 }, () => 1) };
    for (const payload of [deeper, fuller])
      expect(await rejection(() => submitPanelVolunteer(db(), payload))).toMatchObject({
        status: 400,
        code: 'payload_too_complex',
      });
  });
});
