// Counts the assertions each actor's tests make, for the closing report:
// `npm run db:assertions` adds up what the last run wrote.
import { appendFileSync, mkdirSync } from 'node:fs';
import { afterEach, expect } from 'vitest';

export const tallyFile = new URL('../../../../test-results/sql-assertions.jsonl', import.meta.url);

export function tallyAssertions(actor: string, level: 'sql' | 'http' | 'schema' | 'property') {
  afterEach((context) => {
    const count = expect.getState().assertionCalls;
    mkdirSync(new URL('.', tallyFile), { recursive: true });
    appendFileSync(
      tallyFile,
      `${JSON.stringify({ actor, level, test: context.task.name, count })}\n`,
    );
  });
}
