// The held queue (../README.md, floods): what was sent past a rate limit with a
// solved challenge waits in nobody's queue until a person looks at it. So every
// command a schedule runs (pull of any kind, overdue, purge; a run of several
// pulls, once) checks it and says so in one line on stderr, and once anything has
// waited past the portal's alert time (sooner for an urgent referral) exits with
// its own code for an alert.
// A person then lists it in groups of copies, keeps what is real (it joins the
// case workers' queue) and discards junk, a group at a time.
import { noun } from './commands.mjs';
import { exit, IntakeError } from './portal.mjs';

/** The command-line kinds, as the portal names their forms. */
export const heldForms = {
  referral: 'referral',
  feedback: 'feedback',
  'adult-feedback': 'adult_feedback',
  'panel-volunteer': 'panel',
};

/** "3 h 5 min", "40 min", "2 d 3 h": how long the oldest has waited. */
function waited(minutes) {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return `${Math.floor(minutes / 1440)} d ${Math.floor((minutes % 1440) / 60)} h`;
}

/**
 * The portal's held summary as one line (null when nothing is held) and the exit
 * code it calls for: `exit.held` once anything has waited past the alert time.
 */
export async function heldCheck(portal) {
  const summary = (await portal.call('held_summary')) ?? {};
  // The summary names the portal's forms (`adult_feedback`); the words are the
  // command line's kinds'.
  const kindOf = Object.fromEntries(Object.entries(heldForms).map(([kind, form]) => [form, kind]));
  const forms = Object.entries(summary);
  if (!forms.length) return { line: null, code: exit.ok };
  const counts = forms.map(
    ([form, s]) =>
      `${s.held} ${noun(kindOf[form], s.held)}${s.urgent ? ` (${s.urgent} urgent)` : ''}`,
  );
  const oldest = Math.max(...forms.map(([, s]) => s.waiting_minutes));
  const alert = forms.some(([, s]) => s.alert);
  return {
    line:
      `HELD: ${counts.join(', ')} held apart during a flood, the oldest waiting ${waited(oldest)}` +
      `${alert ? ' (past the time to look)' : ''}: look at them with npm run intake -- held`,
    code: alert ? exit.held : exit.ok,
  };
}

/** `held`: the held submissions of one form in groups of copies, for a person. */
export async function heldGroups(portal, { kind }) {
  const groups = await portal.call('held_groups', { form: heldForms[kind] });
  const lines = groups.map(
    (g) =>
      `${g.urgent ? 'urgent ' : 'routine'}  ${String(g.copies).padStart(5)} ${g.copies === 1 ? 'copy  ' : 'copies'}` +
      `  group ${g.group}  oldest ${g.oldest_at}  ${g.references.join(' ')}${g.copies > g.references.length ? ' …' : ''}`,
  );
  const total = groups.reduce((n, g) => n + g.copies, 0);
  const summary = total
    ? `${total} held ${noun(kind, total)} in ${groups.length} group(s), urgent ones that are no copy first. ` +
      `Read them with pull --held --no-ack; keep a real one with keep REFERENCE; ` +
      `discard a group of junk with discard --group GROUP`
    : `no held ${noun(kind, 2)}`;
  return { groups, lines, summary };
}

/** `keep` or `discard`: one held submission by reference, or a whole group. */
export async function decideHeld(portal, { kind, decision, reference, group }) {
  if (!reference === !group)
    throw new IntakeError(
      exit.usage,
      `${decision} needs a reference or --group: ${decision} K7QM-4TXC, or ${decision} --group 3f9a1c02b7d4`,
    );
  const count = await portal.call('decide_held', {
    form: heldForms[kind],
    decision,
    group_key: group ?? null,
    reference: reference ?? null,
  });
  const what = group ? `group ${group}: ${count} ${noun(kind, count)}` : `${reference}`;
  return decision === 'keep'
    ? `kept ${what}: now in the case workers' queue and counted`
    : `discarded ${what}: deleted, never counted`;
}
