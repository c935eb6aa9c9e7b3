// The payload limits: sizes worked out from a schema are never smaller than the
// largest JSON a valid payload makes, and the copy the local gateway reads is
// what the schemas give today.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import * as c from '../../../src/schemas/choices';
import * as f from '../../../src/schemas/fields';
import type { Schema } from './generate';
import { largest, payloadLimits } from './payload-limits';

const file = new URL('./payload-limits.json', import.meta.url);

test('the gateway’s copy of the limits is what the schemas give', () => {
  const wanted = `${JSON.stringify(payloadLimits, null, 2)}\n`;
  if (process.env.UPDATE_GENERATED === '1') writeFileSync(file, wanted);
  expect(readFileSync(file, 'utf8'), 'stale: run npm run db:generate').toBe(wanted);
});

test('the largest size bounds the largest valid payload, on every measure', () => {
  const schema = f.object({
    name: f.text(3),
    note: z.optional(f.optionalText(2)),
    days: f.choices(c.days),
    people: z.array(f.object({ age: f.int(5, 17), ok: f.flag() })).check(z.maxLength(2)),
  });
  const control = '\u0001';
  const biggest = {
    name: control.repeat(3),
    note: control.repeat(2),
    days: [...c.days],
    people: [
      { age: 17, ok: false },
      { age: 17, ok: false },
    ],
  };
  const size = largest(schema as unknown as Schema);
  expect(size.bytes).toBeGreaterThanOrEqual(JSON.stringify(biggest).length);
  expect(size.bytes).toBeLessThan(JSON.stringify(biggest).length * 1.5);
  // {} → people → [ ] → { } → age: three levels below the top.
  expect(size.depth).toBe(3);
  // The top, 4 fields, the days, the 2 people and their 2 fields each.
  expect(size.values).toBe(1 + 4 + c.days.length + 2 + 4);
});
