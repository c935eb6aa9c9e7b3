// `npm run db:assertions`: the assertions each actor's database and API tests made
// in the last vitest run (written by tally.ts).
import { existsSync, readFileSync } from 'node:fs';

const file = new URL('../../../../test-results/sql-assertions.jsonl', import.meta.url);
if (!existsSync(file)) {
  console.log('No tally yet: run the database tests first (npm run test:unit).');
  process.exit(1);
}
const totals = new Map();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const { actor, level, count } = JSON.parse(line);
  const key = `${actor} (${level})`;
  const entry = totals.get(key) ?? { tests: 0, assertions: 0 };
  entry.tests += 1;
  entry.assertions += count;
  totals.set(key, entry);
}
for (const [key, { tests, assertions }] of [...totals].sort()) {
  console.log(`${key.padEnd(28)} ${String(assertions).padStart(6)} assertions in ${tests} tests`);
}
