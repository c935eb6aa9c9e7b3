// The local Supabase stand-in for the browser tests, started by Playwright. Every
// browser test comes from 127.0.0.1, so the per-address limit is raised; claims
// expire at once so each test can pull its own referral without waiting for
// another test's claim to time out.
import { startStack } from '../../supabase/local/stack.mjs';

export const testStackPort = Number(process.env.TEST_STACK_PORT ?? 54329);

const stack = await startStack({
  port: testStackPort,
  settings: {
    referral_ip_limit: 100000,
    referral_global_limit: 100000,
    feedback_ip_limit: 100000,
    feedback_global_limit: 100000,
    claim_timeout: '0 seconds',
  },
});
console.log(`test stack ready at ${stack.url}`);
const stop = async () => {
  await stack.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
