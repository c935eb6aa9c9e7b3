// `npm start`: the portal against the local stack. Builds the site with the local
// API URL and anon key (the same variables a production build gets for the hosted
// project), starts the stack meanwhile, serves the build, and stops it all on Ctrl-C.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { option, printStack, stopOnSignals } from './cli.mjs';
import { anonKey } from './keys.mjs';
import { isPortFree } from './ports.mjs';
import { startStack } from './stack.mjs';
import { serve } from '../../src/headers/server.mjs';

const started = Date.now();
const root = fileURLToPath(new URL('../../', import.meta.url));
const apiPort = Number(option('api-port', process.env.SUPABASE_LOCAL_PORT ?? 54321));
const portalPort = Number(option('port', 4321));
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PUBLIC_SUPABASE_URL: `http://127.0.0.1:${apiPort}`,
  PUBLIC_SUPABASE_ANON_KEY: anonKey,
};
const children = new Set();

// The stack's URL is baked into the build, and the portal's port is asked for by
// name: both must be free, or the wrong server would answer.
for (const port of [portalPort, apiPort]) {
  if (!(await isPortFree(port))) {
    console.error(
      `Port ${port} is in use. Stop what is using it, or choose others: npm start -- --port N --api-port M`,
    );
    process.exit(1);
  }
}

// Astro runs on the same Node as this script (the project's own, under npm).
const astro = `${root}node_modules/astro/bin/astro.mjs`;

function run(args) {
  const child = spawn(process.execPath, [astro, ...args], { cwd: root, env, stdio: 'inherit' });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

const exited = (child) => new Promise((resolve) => child.once('exit', (code) => resolve(code)));

let stack;
let portal;
stopOnSignals(async () => {
  for (const child of children) child.kill('SIGTERM');
  await portal?.stop();
  await stack?.stop();
});

const databaseUrl = process.env.DATABASE_URL || undefined;
const build = run(['build']);
let buildCode;
try {
  [buildCode, stack] = await Promise.all([
    exited(build),
    startStack({ databaseUrl, dataDir: databaseUrl ? null : `${root}.data/pglite`, port: apiPort }),
  ]);
} catch (error) {
  build.kill('SIGTERM');
  console.error(`The local stack did not start: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
if (buildCode !== 0) {
  await stack.stop();
  console.error('The build failed; nothing is being served.');
  process.exit(1);
}
// The built site as a static host serves it, with its security headers.
portal = await serve({ dir: `${root}dist`, port: portalPort });
const portalUrl = portal.url;
console.log(`\nLocal Supabase stack:`);
printStack(stack);
console.log(
  `\nPortal ready at ${portalUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops everything.`,
);
