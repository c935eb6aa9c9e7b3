import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { HISTORY_DEPTH, QUICK_EXIT_EVENT } from './events';

it('quick exit fires the event the islands listen for, and reads the depth they write', () => {
  const script = readFileSync(new URL('./quick-exit.ts', import.meta.url), 'utf8');
  expect(script).toContain(`const QUICK_EXIT_EVENT = '${QUICK_EXIT_EVENT}';`);
  expect(script).toContain('window.dispatchEvent(new Event(QUICK_EXIT_EVENT))');
  const unwind = readFileSync(new URL('./unwind.ts', import.meta.url), 'utf8');
  expect(unwind).toContain(`const HISTORY_DEPTH = '${HISTORY_DEPTH}';`);
  const history = readFileSync(new URL('../../islands/fields/history.ts', import.meta.url), 'utf8');
  expect(history).toContain('[HISTORY_DEPTH]: historyDepth() + 1');
});
