// The local Supabase stand-in for the browser tests, started by Playwright, with
// the tests' one case-system reader beside it (case-reader.mjs). Every browser
// test comes from 127.0.0.1, so the per-address limits are raised.
import { startStack } from '../../supabase/local/stack.mjs';
import { startCaseReader } from './case-reader.mjs';

export const testStackPort = Number(process.env.TEST_STACK_PORT ?? 24329);
export const caseReaderPort = testStackPort + 1;

const stack = await startStack({
  port: testStackPort,
  settings: {
    referral_ip_limit: 100000,
    referral_global_limit: 100000,
    feedback_ip_limit: 100000,
    feedback_global_limit: 100000,
  },
});
const reader = await startCaseReader({ apiUrl: stack.url, port: caseReaderPort });
console.log(`test stack ready at ${stack.url}, case-system reader at ${reader.url}`);
const stop = async () => {
  await reader.stop();
  await stack.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
