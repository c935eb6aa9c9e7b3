import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { solve } from './proof-of-work';

const leadingZeros = (hex: string) => {
  const bits = [...hex].map((d) => parseInt(d, 16).toString(2).padStart(4, '0')).join('');
  return bits.length - bits.replace(/^0+/, '').length;
};

test.each([1, 8, 12])('a solution to %i bits has that many leading zero bits', async (bits) => {
  const proof = await solve('1764489600.0123456789abcdef0123456789abcdef', bits);
  const digest = createHash('sha256').update(`${proof.challenge}:${proof.nonce}`).digest('hex');
  expect(leadingZeros(digest)).toBeGreaterThanOrEqual(bits);
  expect(proof.nonce).toMatch(/^[0-9]{1,16}$/);
});

test('a challenge asking for more work than a phone can do is refused', async () => {
  await expect(solve('1.a', 40)).rejects.toThrow(/40 bits/);
});
