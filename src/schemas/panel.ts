// A young person offering to help shape the service: a first name, one safe way
// for a grown-up to get in touch, and their consent. A submission of its own,
// never linked to survey answers: no token, nothing carried over from a survey.
import * as z from 'zod/mini';
import * as c from './choices';
import * as f from './fields';
import { limits } from './limits';
import { rule } from './rules';

const panelShape = {
  idempotency_key: f.idempotencyKey(),
  age_band: f.choice(c.ageBands),
  language: f.choice(c.languages),
  website: f.optionalText(limits.honeypot),
  proof: f.proof(),
  first_name: f.text(limits.firstName),
  contact_method: f.choice(c.panelContactMethods),
  email: z.optional(f.email(limits.email)),
  phone: z.optional(f.phone(limits.phone)),
  consent: z.literal(true, { error: () => 'required' }),
};

/**
 * Only the detail the chosen way needs: an email address for email, a number for a
 * call or a text, and never the other one, so nobody is reached in a way they did
 * not choose. The database's copy is private.panel_errors.
 */
export const panelContactRule = rule(panelShape, ['contact_method'], (panel, report) => {
  const byEmail = panel.contact_method === 'email';
  if (byEmail && panel.email === undefined) report(['email'], 'required');
  if (!byEmail && panel.phone === undefined) report(['phone'], 'required');
  if (byEmail && panel.phone !== undefined) report(['phone'], 'invalid');
  if (!byEmail && panel.email !== undefined) report(['email'], 'invalid');
});

export const panelSchema = f.object(panelShape).check(panelContactRule);

export type PanelPayload = z.infer<typeof panelSchema>;
