// The panel form checks by hand (no zod in the browser), so here it is held to
// panelSchema: for every mix of answers, the form lets through exactly what the
// schema (and so the database) accepts, sent the way PanelForm sends it.
import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { panelSchema } from '../../schemas/panel';
import { validate } from '../../schemas/errors';
import { detail, problems, type Method, type PanelAnswers } from './check';

const names = ['', '   ', 'Sam', ' Zoë '];
const methods: (Method | undefined)[] = [undefined, 'email', 'phone', 'text'];
const emails = ['', 'not an address', 'zoe@example.org', ' zoe@example.org '];
const phones = ['', '12345', '07700 900 456', ' +44 7700 900456 ', '07700 9OO 456'];

const cases: PanelAnswers[] = names.flatMap((first_name) =>
  methods.flatMap((contact_method) =>
    emails.flatMap((email) =>
      phones.flatMap((phone) =>
        [true, false].map((consent) => ({ first_name, contact_method, email, phone, consent })),
      ),
    ),
  ),
);

test(`the form and the schema agree on all ${cases.length} mixes of answers`, () => {
  for (const answers of cases) {
    const { email: _e, phone: _p, ...rest } = answers;
    const payload = {
      idempotency_key: randomUUID(),
      age_band: '11-15',
      language: 'en',
      ...rest,
      ...(answers.contact_method ? detail(answers) : {}),
    };
    const formLetsThrough = problems(answers).length === 0;
    expect(validate(panelSchema, payload).length === 0, JSON.stringify(answers)).toBe(
      formLetsThrough,
    );
  }
});
