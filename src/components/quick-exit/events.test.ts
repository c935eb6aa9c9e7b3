import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { QUICK_EXIT_EVENT } from './events';

it('quick exit fires the event the islands listen for', () => {
  const script = readFileSync(new URL('./quick-exit.ts', import.meta.url), 'utf8');
  expect(script).toContain(`const QUICK_EXIT_EVENT = '${QUICK_EXIT_EVENT}';`);
  expect(script).toContain('window.dispatchEvent(new Event(QUICK_EXIT_EVENT))');
});
