// fast-check arbitraries derived from the zod schemas themselves: the generator
// walks a schema's definition (schema-walk.ts: objects, strings and their checks,
// enums, ints, arrays, optionals, unions), so a new field or a changed limit is generated
// without touching the tests. Each leaf is usually valid and sometimes an edge
// case (missing, wrong type, one past a limit, blank, an emoji straddling the
// length limit), so a payload is sometimes valid and sometimes not.
import fc from 'fast-check';
import * as re from '../../../../src/schemas/patterns';
import type { Loose } from './fixtures';
import { nodeOf, type Node } from './schema-walk';

export const OMIT = Symbol('omit');
type Gen = fc.Arbitrary<unknown>;

const tricky = [
  "<script>alert('x')</script>",
  "Robert'); DROP TABLE referrals;--",
  'Zażółć gęślą jaźń',
  'علی رضا',
  '山田 太郎',
  '😀👍🏽',
  'line one\nline two',
  '  padded  ',
  'tab\there',
  '\u200b',
  'é',
  'O’Brien',
  '{"json": true}',
  '\\',
  '%_',
];

function freeText(max: number, required: boolean): [Gen, Gen] {
  const fitting = fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) }),
      fc.constantFrom(...tricky),
      fc.string({ maxLength: max }),
    )
    .filter((s) => s.length <= max && (!required || re.notBlank.test(s)));
  const edges = fc.constantFrom(
    '',
    '   ',
    '\u00a0\u3000',
    'x'.repeat(max + 1),
    '😀'.repeat(max + 1),
    '😀'.repeat(max),
    'é'.repeat(max),
  );
  return [fitting, edges];
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateOfBirth = fc
  .tuple(fc.integer({ min: 3, max: 19 }), fc.integer({ min: 0, max: 364 }))
  .map(([age, days]) => {
    const now = new Date();
    const d = new Date(
      Date.UTC(now.getUTCFullYear() - age, now.getUTCMonth(), now.getUTCDate()) - days * 86_400_000,
    );
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  });
const emailAddress = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._%+'-]{0,15}$/),
    fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    fc.constantFrom('org', 'uk', 'co.uk', 'ac.uk', 'com'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const ukPhone = fc
  .tuple(
    fc.constantFrom('07', '+44 7', '01865 ', '(0118) ', '020 '),
    fc.stringMatching(/^[0-9]{8}$/),
  )
  .map(([prefix, digits]) => `${prefix}${digits.slice(0, 4)} ${digits.slice(4)}`)
  .filter((s) => re.ukPhoneDigits.test(s.replace(/[^0-9]/g, '')) && s.length <= 20);

/** Valid and edge arbitraries for a string, chosen by the patterns it is checked against. */
function stringGens(node: Extract<Node, { type: 'string' }>): [Gen, Gen] {
  switch (node.kind) {
    case 'uuid':
      return [
        fc.uuid({ version: 4 }),
        fc.constantFrom('not-a-uuid', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'),
      ];
    case 'email':
      return [
        emailAddress,
        fc.constantFrom(
          'sam',
          'sam@',
          'sam@example',
          'a b@example.org',
          `${'a'.repeat(250)}@x.org`,
        ),
      ];
    case 'phone':
      return [
        ukPhone,
        fc.constantFrom('12345', 'call me', '+1 202 555 0100', '0770090012345678901'),
      ];
    case 'date':
      return [dateOfBirth, fc.constantFrom('2012-02-30', '12/03/2012', '2012-3-4', '1899-01-01')];
    case 'instant': {
      const instant = fc.date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T23:59:59Z'),
        noInvalidDate: true,
      });
      return [
        instant.map((d) => d.toISOString()),
        fc.constantFrom(
          '2026-02-30T10:00:00.000Z',
          '2026-01-01T10:00:00Z',
          '2026-01-01T24:00:00.000Z',
        ),
      ];
    }
    case 'token':
      return [
        fc.stringMatching(re.feedbackToken),
        fc.constantFrom('short', 'IIIIIIIIIIIIIIIIIIIIIIII'),
      ];
    case 'pattern':
      return [
        fc.stringMatching(new RegExp(node.pattern!.source)),
        fc.constantFrom('', 'has space', 'x'.repeat(21)),
      ];
    case 'text':
      return freeText(node.max ?? 200, node.notBlank);
  }
}

function leaf(valid: Gen, edges: Gen, edgeWeight: number, required: boolean): Gen {
  if (edgeWeight === 0) return valid;
  const wrongType = fc.constantFrom<unknown>(null, 42, true, [], {});
  return fc.oneof(
    { arbitrary: valid, weight: 150 },
    { arbitrary: edges, weight: edgeWeight },
    { arbitrary: wrongType, weight: edgeWeight },
    ...(required ? [{ arbitrary: fc.constant(OMIT), weight: edgeWeight }] : []),
  );
}

/**
 * @param edgeWeight how often (against 150) a leaf is an edge case; 0 for payloads
 *   whose fields are each valid (cross-field rules may still fail).
 */
export function arbitraryFor(schema: unknown, edgeWeight = 1, required = true): Gen {
  const node = nodeOf(schema);
  const recurse = (child: unknown, isRequired = true) =>
    arbitraryFor(child, edgeWeight, isRequired);
  switch (node.type) {
    case 'optional':
      return fc.oneof(fc.constant(OMIT), recurse(node.inner, false));
    case 'object': {
      const entries = Object.entries(node.shape).map(
        ([key, child]) => [key, recurse(child)] as const,
      );
      const record = fc
        .record(Object.fromEntries(entries))
        .map((obj) =>
          Object.fromEntries(Object.entries(obj).filter(([, value]) => value !== OMIT)),
        );
      const withExtra = record.map((obj) => ({ ...obj, unexpected_field: 'x' }));
      return leaf(record, withExtra, edgeWeight, required);
    }
    case 'union':
      return fc.oneof(...node.options.map((option) => recurse(option, required)));
    case 'literal':
      return leaf(
        fc.constantFrom(...node.values),
        fc.constant('something_else'),
        edgeWeight,
        required,
      );
    case 'enum':
      return leaf(
        fc.constantFrom(...node.values),
        fc.constant('not_a_choice'),
        edgeWeight,
        required,
      );
    case 'boolean':
      return leaf(fc.boolean(), fc.constantFrom('yes', 0), edgeWeight, required);
    case 'number': {
      const { min = 0, max = 100 } = node;
      return leaf(
        fc.integer({ min, max }),
        fc.constantFrom(min - 1, max + 1, min + 0.5, String(min)),
        edgeWeight,
        required,
      );
    }
    case 'string': {
      const [valid, edges] = stringGens(node);
      return leaf(valid, edges, edgeWeight, required);
    }
    case 'array': {
      const { min: minLength = 0, max: maxLength = 3, choices: values } = node;
      if (values) {
        const valid = fc.uniqueArray(fc.constantFrom(...values), { minLength, maxLength });
        const edges = fc.constantFrom(
          [],
          [values[0], values[0]],
          ['not_a_choice'],
          [...values, values[0]],
        );
        return leaf(valid, edges, edgeWeight, required);
      }
      const item = recurse(node.element, false);
      const valid = fc.array(item, {
        minLength: Math.max(minLength, 1),
        maxLength: Math.min(maxLength, 3),
      });
      return leaf(
        valid,
        fc.array(item, { minLength: maxLength + 1, maxLength: maxLength + 1 }),
        edgeWeight,
        required,
      );
    }
  }
}

type Obj = Loose;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Makes a generated referral meet the rules that span fields (age or date of
 * birth, a phone for a phone channel, consent to be referred, …) where the parts
 * involved are well-formed, so that valid payloads are common. Applied to half of
 * the payloads; the other half keep whatever the generator produced.
 */
function meetCrossFieldRules(payload: unknown): unknown {
  const p = structuredClone(payload);
  if (!isObj(p)) return p;
  const yp = p.young_person;
  if (isObj(yp)) {
    if (yp.age === undefined && yp.date_of_birth === undefined) yp.age = 14;
    if (typeof yp.date_of_birth === 'string' && re.isoDate.test(yp.date_of_birth)) {
      const age = re.ageOn(yp.date_of_birth);
      if (age < (p.source === 'young_person' ? 11 : 5) || age > 17) {
        delete yp.date_of_birth;
        yp.age ??= 14;
      }
    }
  }
  const c = p.contact;
  if (isObj(c) && Array.isArray(c.channels)) {
    if (c.via === 'direct' && c.channels.length === 0) c.channels = ['email'];
    if (c.via !== 'direct') c.channels = [];
    const byPhone = c.channels.includes('phone_call') || c.channels.includes('text_message');
    const byEmail = c.channels.includes('email');
    if (byPhone && c.phone === undefined) c.phone = '07700 900123';
    if (byEmail && c.email === undefined) c.email = 'someone@example.org';
    // Nothing left over from a way of getting in touch that was not chosen.
    if (!byPhone) {
      delete c.phone;
      delete c.phone_shared;
    }
    if (!byEmail) {
      delete c.email;
      delete c.email_shared;
    }
    if (!c.channels.includes('phone_call')) {
      if (c.voicemail_ok === true) c.voicemail_ok = false;
      if (c.say_who_we_are === true) c.say_who_we_are = false;
    }
    if (c.via === 'safe_adult' && c.safe_adult === undefined)
      c.safe_adult = { name: 'Jo', relationship: 'aunt', phone: '07700 900456' };
    if (isObj(c.safe_adult) && c.safe_adult.phone === undefined && c.safe_adult.email === undefined)
      c.safe_adult.email = 'jo@example.org';
    if (
      c.language === 'other' &&
      !(typeof c.other_language === 'string' && re.notBlank.test(c.other_language))
    )
      c.other_language = 'Tigrinya';
  }
  if (
    Array.isArray(p.consents) &&
    p.consents.length > 0 &&
    isObj(p.consents[0]) &&
    !p.consents.some((k: Obj) => isObj(k) && k.what === 'referral')
  ) {
    p.consents[0].what = 'referral';
  }
  if (
    p.source === 'parent_carer' &&
    isObj(p.referrer) &&
    p.referrer.phone === undefined &&
    p.referrer.email === undefined
  ) {
    p.referrer.phone = '01189 496000';
  }
  if (isObj(p.professional) && isObj(p.parent_carer) && p.parent_carer.knows === 'no') {
    const reason = p.professional.parent_not_told_reason;
    if (!(typeof reason === 'string' && re.notBlank.test(reason)))
      p.professional.parent_not_told_reason = 'They asked us not to.';
  }
  return p;
}

/** A panel offer that keeps only the detail its chosen way needs (panelSchema's rule). */
function meetPanelRule(payload: unknown): unknown {
  if (!isObj(payload)) return payload;
  const p = structuredClone(payload) as Obj;
  if (p.contact_method === 'email') {
    delete p.phone;
    p.email ??= 'zoe@example.org';
  } else if (p.contact_method === 'phone' || p.contact_method === 'text') {
    delete p.email;
    p.phone ??= '07700 900123';
  }
  return p;
}

/** A whole payload (never missing); referrals and panel offers half the time meet the cross-field rules. */
export function payloadArbitrary(
  schema: unknown,
  edgeWeight: number,
  form: 'referral' | 'feedback' | 'adult_feedback' | 'panel',
): Gen {
  const raw = arbitraryFor(schema, edgeWeight, false);
  if (form === 'referral') return fc.oneof(raw, raw.map(meetCrossFieldRules));
  if (form === 'panel') return fc.oneof(raw, raw.map(meetPanelRule));
  return raw;
}
