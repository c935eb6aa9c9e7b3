#!/usr/bin/env node
// `npm run intake -- <command>`: the case-system feed, run by the provider on a
// schedule. Documents go to stdout or a folder; everything else a person or a
// scheduler needs (progress, problems) goes to stderr as `intake: …` lines, and
// the exit code says what to do next (README.md).
import { parseArgs } from 'node:util';
import { ack, feedbackToken, overdue, purge } from './commands.mjs';
import { decideHeld, heldCheck, heldGroups } from './held.mjs';
import { folderOutput, stdoutOutput } from './outputs.mjs';
import { recordFile } from './milestone-file.mjs';
import { milestone } from './milestones.mjs';
import { connection, exit, IntakeError, portal } from './portal.mjs';
import { pull } from './pull.mjs';

const usage = `usage: npm run intake -- <command> [options]
  pull [--feedback | --adult-feedback | --panel] [--held] [--out DIR] [--batch N] [--limit N] [--no-ack] [--case-id-prefix P] [--claimant LABEL] [--no-held-check]
  pull-feedback [same options]        the same as pull --feedback
  held [--feedback | --adult-feedback | --panel] [--json]
                                      what was held during a flood, in groups of copies, urgent ones first
  keep (REFERENCE | --group G) [--feedback | --adult-feedback | --panel]
                                      a held one (or group) is real: into the case workers' queue
  discard (REFERENCE | --group G) [--feedback | --adult-feedback | --panel]
                                      a held one (or group) is junk: deleted, never counted
  ack REFERENCE CASE-ID [--feedback | --adult-feedback | --panel]
  overdue [--feedback | --adult-feedback | --panel] [--hours N] [--json]
  purge
  feedback-token CASE-ID --band 5-10|11-15|16-17 [--lang en|pl|ur] [--site URL] [--link TEMPLATE] [--json]
  milestone STATISTICS-ID MILESTONE (--after 30h|90m|2d | --minutes N) [--reason R]
                                      what happened after pickup, counted from the referral's arrival
  milestones FILE                     the same for each line of a CSV or JSON Lines file
common: --url URL --key SERVICE_KEY (or SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY; default: the local stack)`;

/** @satisfies {import('node:util').ParseArgsOptionsConfig} */
const options = {
  url: { type: 'string' },
  key: { type: 'string' },
  feedback: { type: 'boolean', default: false },
  'adult-feedback': { type: 'boolean', default: false },
  panel: { type: 'boolean', default: false },
  held: { type: 'boolean', default: false },
  group: { type: 'string' },
  out: { type: 'string' },
  batch: { type: 'string', default: '25' },
  limit: { type: 'string' },
  'no-ack': { type: 'boolean', default: false },
  'no-held-check': { type: 'boolean', default: false },
  'case-id-prefix': { type: 'string', default: 'intake:' },
  claimant: { type: 'string' },
  // For crash drills and tests: stop between a write and its acknowledgement.
  'pause-before-ack': { type: 'string' },
  hours: { type: 'string', default: '0' },
  json: { type: 'boolean', default: false },
  band: { type: 'string' },
  site: { type: 'string', default: process.env.PORTAL_URL ?? 'http://localhost:4321' },
  lang: { type: 'string', default: 'en' },
  link: { type: 'string', default: '{site}{lang}/young-people/{band}/feedback/#token={token}' },
  after: { type: 'string' },
  minutes: { type: 'string' },
  reason: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

const log = (line) => process.stderr.write(`intake: ${line}\n`);

function whole(name, value, min, max) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new IntakeError(exit.usage, `--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new IntakeError(exit.usage, `${/** @type {Error} */ (error).message}\n${usage}`);
  }
  const { values: o, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (o.help || !command) {
    process.stdout.write(`${usage}\n`);
    return o.help ? exit.ok : exit.usage;
  }
  const form =
    o.feedback || command === 'pull-feedback'
      ? 'feedback'
      : o['adult-feedback']
        ? 'adult-feedback'
        : o.panel
          ? 'panel-volunteer'
          : 'referral';
  const kind = o.held ? `held_${form}` : form;
  let client;
  const api = () => (client ??= portal(connection({ url: o.url, key: o.key })));
  const code = await run(command, rest, o, { form, kind, api });
  // What a schedule runs also says whether anything waits in the held queue, and
  // calls for an alert once something has waited too long there. The queue is one
  // for every kind, so a run of several commands asks once (--no-held-check on the rest).
  if (
    scheduled.has(command) &&
    !o['no-held-check'] &&
    (code === exit.ok || code === exit.overdue)
  ) {
    const held = await heldCheck(api());
    if (held.line) log(held.line);
    return code === exit.ok ? held.code : code;
  }
  return code;
}

const scheduled = new Set(['pull', 'pull-feedback', 'overdue', 'purge']);

async function run(command, rest, o, { form, kind, api }) {
  switch (command) {
    case 'pull':
    case 'pull-feedback': {
      const settings = {
        kind,
        batch: whole('batch', o.batch, 1, 100),
        limit: o.limit === undefined ? Infinity : whole('limit', o.limit, 1, 1e9),
        ack: !o['no-ack'],
        caseIdPrefix: o['case-id-prefix'],
        claimant: o.claimant,
        pauseBeforeAck:
          o['pause-before-ack'] === undefined
            ? 0
            : whole('pause-before-ack', o['pause-before-ack'], 0, 3_600_000),
        log,
      };
      const client = api();
      const output = o.out ? await folderOutput(o.out) : stdoutOutput();
      const { written, acknowledged } = await pull(client, output, settings);
      const what = `${kind.startsWith('held_') ? 'held ' : ''}${
        {
          referral: 'referral(s)',
          feedback: 'feedback response(s)',
          'adult-feedback': 'grown-up feedback response(s)',
          'panel-volunteer': 'panel volunteer(s)',
        }[form]
      }`;
      log(
        `pulled ${written} ${what} to ${output.where}, acknowledged ${acknowledged}${settings.ack ? '' : ' (--no-ack)'}`,
      );
      return exit.ok;
    }
    case 'held': {
      const result = await heldGroups(api(), { kind: form });
      process.stdout.write(
        o.json ? `${JSON.stringify(result.groups)}\n` : result.lines.map((l) => `${l}\n`).join(''),
      );
      log(result.summary);
      return exit.ok;
    }
    case 'keep':
    case 'discard':
      log(
        await decideHeld(api(), {
          kind: form,
          decision: command,
          reference: rest[0],
          group: o.group,
        }),
      );
      return exit.ok;
    case 'ack':
      log(await ack(api(), { kind: form, reference: rest[0], caseId: rest[1] }));
      return exit.ok;
    case 'overdue': {
      const result = await overdue(api(), {
        kind: form,
        hours: whole('hours', o.hours, 0, 100_000),
      });
      process.stdout.write(
        o.json ? `${JSON.stringify(result.items)}\n` : result.lines.map((l) => `${l}\n`).join(''),
      );
      log(result.summary);
      return result.code;
    }
    case 'purge':
      log((await purge(api())).summary);
      return exit.ok;
    case 'feedback-token': {
      const issued = await feedbackToken(api(), {
        caseId: rest[0],
        band: o.band,
        lang: o.lang,
        site: o.site,
        template: o.link,
      });
      process.stdout.write(
        o.json
          ? `${JSON.stringify(issued)}\n`
          : `token: ${issued.token}\nexpires: ${issued.expires_at}\nlink: ${issued.link}\n`,
      );
      return exit.ok;
    }
    case 'milestone':
      log(
        await milestone(api(), {
          statisticsId: rest[0],
          milestone: rest[1],
          after: o.after,
          minutes: o.minutes,
          reason: o.reason,
        }),
      );
      return exit.ok;
    case 'milestones': {
      if (!rest[0])
        throw new IntakeError(exit.usage, 'milestones needs a file: milestones done.csv');
      const result = await recordFile(api(), rest[0]);
      process.stdout.write(result.lines.map((l) => `${l}\n`).join(''));
      log(result.summary);
      return result.code;
    }
    default:
      throw new IntakeError(exit.usage, `unknown command ${command}\n${usage}`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof IntakeError) {
    log(error.message);
    process.exitCode = error.code;
  } else {
    log(`failed: ${/** @type {Error | null | undefined} */ (error)?.stack ?? error}`);
    process.exitCode = exit.failed;
  }
}
