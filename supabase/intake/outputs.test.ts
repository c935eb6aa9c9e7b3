// A pulled document is written only inside the folder it was given: its file name
// is made from a known kind and a reference code, and nothing else.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { folderOutput } from './outputs.mjs';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('a reference or kind that is not one cannot name a file, least of all outside --out', async () => {
  const root = mkdtempSync(join(tmpdir(), 'intake-out-'));
  made.push(root);
  const out = await folderOutput(join(root, 'inbox'));
  for (const [kind, reference] of [
    ['referral', '../../escaped'],
    ['referral', '/tmp/escaped'],
    ['referral', 'K7QM-4TXC/../../escaped'],
    ['../referral', 'K7QM-4TXC'],
    ['referral', 'k7qm-4txc'],
  ])
    await expect(out.write(kind, { reference })).rejects.toThrow(/cannot write/);
  await out.write('referral', { reference: 'K7QM-4TXC' });
  expect(readdirSync(join(root, 'inbox'))).toEqual(['referral-K7QM-4TXC.json']);
  expect(readdirSync(root)).toEqual(['inbox']);
});
