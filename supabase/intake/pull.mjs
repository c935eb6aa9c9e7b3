// `pull`: claim a batch, write its documents, make the writes durable, then
// acknowledge each written document, and go on until nothing is left. A run that dies anywhere in between
// leaves its unacknowledged claims to time out; the next run releases them first
// and pulls them again. Nothing is acknowledged that was not written, and nothing
// is acknowledged once this run's claim on it has expired: every run claims under
// a name of its own and acknowledges under that name, so a claim that timed out and
// went to another run is that run's to acknowledge.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { heldForms } from './held.mjs';
import { exit, IntakeError } from './portal.mjs';

/** Document versions this command knows how to hand over. */
export const knownVersions = [1, 2, 3];

const functions = {
  referral: {
    release: 'release_expired_referral_claims',
    claim: 'claim_referrals',
    ack: 'acknowledge_referral',
  },
  feedback: {
    release: 'release_expired_feedback_claims',
    claim: 'claim_feedback',
    ack: 'acknowledge_feedback',
  },
  'adult-feedback': {
    release: 'release_expired_adult_feedback_claims',
    claim: 'claim_adult_feedback',
    ack: 'acknowledge_adult_feedback',
  },
  // Young people offering to help shape the service: names and contact details,
  // kept by the portal only for panel_retention once acknowledged.
  'panel-volunteer': {
    release: 'release_expired_panel_claims',
    claim: 'claim_panel',
    ack: 'acknowledge_panel',
  },
};

// Sent during a flood (supabase/README.md, floods): looked at by a person before
// they become cases, so pulled into files of their own (`held_<kind>-REF.json`).
for (const [kind, form] of Object.entries(heldForms))
  functions[`held_${kind}`] = { ...functions[kind], claim: 'claim_held', form };

const ACKS_IN_FLIGHT = 4;
const CLAIMANT_MAX = 100;

/**
 * A claimant no other run shares: `intake:<host>:<pid>:<random>`, or with a
 * `label`, `<label>:<pid>:<random>`. The label (or host) is shortened to fit the
 * portal's 100 characters; the part that makes it unique never is.
 */
export function runClaimant(label) {
  const unique = `:${process.pid}:${randomBytes(6).toString('hex')}`;
  return (label ?? `intake:${hostname()}`).slice(0, CLAIMANT_MAX - unique.length) + unique;
}

/** This run was too slow: its claim expired and may now be another run's, which will acknowledge it. */
function claimLost(kind, reference, error) {
  return new IntakeError(
    error.code,
    `${kind} ${reference} was written but not acknowledged: this run's claim on it expired before the acknowledgement ` +
      '(not_claimed), so another run may deliver it too. Write and acknowledge each batch within claim_timeout: a smaller --batch, or a longer claim_timeout.',
    'not_claimed',
  );
}

/**
 * @param {{ call: (name: string, args?: object) => Promise<any> }} portal
 * @param {{ write: (kind: string, doc: object) => Promise<unknown>, commit: () => Promise<void> }} output
 * @param {{ kind: string, batch: number, limit: number, ack: boolean, caseIdPrefix: string,
 *           claimant?: string, pauseBeforeAck?: number, log: (line: string) => void }} options
 */
export async function pull(portal, output, options) {
  const fn = functions[options.kind];
  const claimant = runClaimant(options.claimant);
  const released = await portal.call(fn.release);
  if (released > 0) options.log(`released ${released} expired claim(s) from an earlier run`);

  let written = 0;
  let acknowledged = 0;
  let failure = null;
  const inFlight = new Set();
  const acknowledge = (doc) => {
    const done = portal
      .call(fn.ack, {
        reference: doc.reference,
        case_id: `${options.caseIdPrefix}${doc.reference}`,
        claimant,
      })
      .then(
        () => void acknowledged++,
        (error) =>
          void (failure ??=
            error.reason === 'not_claimed' ? claimLost(options.kind, doc.reference, error) : error),
      );
    const tracked = done.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    return tracked;
  };

  while (written < options.limit && !failure) {
    const size = Math.min(options.batch, options.limit - written);
    const docs = await portal.call(fn.claim, {
      ...(fn.form ? { form: fn.form } : {}),
      max_count: size,
      claimant,
    });
    if (!Array.isArray(docs) || docs.length === 0) break;
    const done = [];
    let stop = null;
    for (const doc of docs) {
      if (!knownVersions.includes(doc.version)) {
        stop = new IntakeError(
          exit.unknownVersion,
          `${options.kind} ${doc.reference} is version ${doc.version}; this command knows ${knownVersions.join(', ')}: update it. ` +
            'It and the rest of its batch were not acknowledged; their claims time out.',
        );
        break;
      }
      try {
        // Jsonb orders keys by length; a person opening the file should see what it is
        // first, then how it is safe to make contact and how urgent it is. A key an
        // older version lacks (undefined) is left out of the file.
        await output.write(options.kind, {
          version: doc.version,
          reference: doc.reference,
          received_at: doc.received_at,
          statistics_id: doc.statistics_id,
          contact_summary: doc.contact_summary,
          priority: doc.priority,
          urgent_reasons: doc.urgent_reasons,
          surge: doc.surge,
          ...doc,
        });
      } catch (error) {
        stop = error;
        break;
      }
      done.push(doc);
    }
    // What was written before a failure is still handed over, so stdout does not repeat it later.
    if (done.length) await output.commit();
    written += done.length;
    if (options.pauseBeforeAck && done.length) {
      options.log(
        `wrote ${done.map((d) => d.reference).join(', ')}; pausing ${options.pauseBeforeAck} ms before acknowledging`,
      );
      await sleep(options.pauseBeforeAck);
    }
    if (options.ack) {
      for (const doc of done) {
        acknowledge(doc);
        if (inFlight.size >= ACKS_IN_FLIGHT) await Promise.race(inFlight);
        if (failure) break;
      }
    }
    if (stop) {
      await Promise.all(inFlight);
      throw stop;
    }
    if (docs.length < size) break;
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  return { written, acknowledged };
}
