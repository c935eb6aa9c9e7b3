// The scheduled intake's shell glue, run for real with stand-ins for npm and
// sendmail on PATH: every kind is pulled even when one before it calls for an
// alert, the first non-zero code is kept, and an alert reaches a person with the
// intake's own lines and nothing else from the log.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const here = new URL('.', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'deploy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fake(name: string, script: string) {
  writeFileSync(join(dir, name), `#!/bin/sh\n${script}\n`);
  chmodSync(join(dir, name), 0o755);
}
const env = (extra: Record<string, string> = {}) => ({
  PATH: `${dir}:/usr/bin:/bin`,
  HOME: dir,
  ...extra,
});

test('intake-cycle.sh pulls every kind even after a held alert, and exits with the first code', () => {
  // npm: records its arguments; the referral pull says something is held too long.
  fake(
    'npm',
    `echo "$*" >> "${dir}/npm.log"; case "$*" in *"pull --out"*) echo "intake: HELD: 1 referral (1 urgent)" >&2; exit 9;; *panel*) exit 5;; esac; exit 0`,
  );
  const run = spawnSync('sh', [join(here, 'intake-cycle.sh'), '/srv/case-inbox'], {
    env: env(),
    encoding: 'utf8',
  });
  expect(run.status).toBe(9);
  // The referral pull has checked the held queue, so the others do not ask again.
  expect(readFileSync(join(dir, 'npm.log'), 'utf8').trim().split('\n')).toEqual([
    'run -s intake -- pull --out /srv/case-inbox',
    'run -s intake -- pull --feedback --no-held-check --out /srv/case-inbox',
    'run -s intake -- pull --adult-feedback --no-held-check --out /srv/case-inbox',
    'run -s intake -- pull --panel --no-held-check --out /srv/case-inbox',
  ]);
});

test('alert.sh mails the intake lines of the log to ALERT_TO, and nothing else from it', () => {
  fake('sendmail', `cat > "${dir}/mail.txt"`);
  fake('hostname', 'echo intake-host');
  const log = join(dir, 'intake.log');
  writeFileSync(
    log,
    [
      'npm warn something unrelated',
      'intake: pulled 3 referral(s) to /srv/case-inbox, acknowledged 3',
      'intake: HELD: 1 referral (1 urgent) held apart during a flood, the oldest waiting 20 min (past the time to look): look at them with npm run intake -- held',
      '',
    ].join('\n'),
  );
  execFileSync('sh', [join(here, 'alert.sh'), 'intake', log], {
    env: env({ ALERT_TO: 'duty@provider.example' }),
  });
  const mail = readFileSync(join(dir, 'mail.txt'), 'utf8');
  expect(mail).toMatch(
    /^To: duty@provider\.example\nSubject: Young Victims Service portal: intake needs a person\n\n/,
  );
  expect(mail).toContain('on intake-host');
  expect(mail).toContain('intake: HELD: 1 referral (1 urgent)');
  expect(mail).toContain('intake: pulled 3 referral(s)');
  expect(mail).not.toContain('npm warn');
});

test('alert.sh can hand the same message to a command of the provider’s own, and refuses to alert nobody', () => {
  const log = join(dir, 'purge.log');
  writeFileSync(
    log,
    'intake: portal unavailable (purge_acknowledged_referrals: 503); try again later\n',
  );
  execFileSync('sh', [join(here, 'alert.sh'), 'purge', log], {
    env: env({ ALERT_COMMAND: `cat > "${dir}/paged.txt"` }),
  });
  expect(readFileSync(join(dir, 'paged.txt'), 'utf8')).toContain('intake: portal unavailable');
  const nobody = spawnSync('sh', [join(here, 'alert.sh'), 'purge', log], {
    env: env(),
    encoding: 'utf8',
  });
  expect(nobody.status).toBe(1);
  expect(nobody.stderr).toContain('set ALERT_TO or ALERT_COMMAND');
});
