// `npm run stack:start`: the local Supabase stand-in on its own, for trying the API
// with curl or supabase-js. PGlite keeps its data in .data/pglite between runs;
// DATABASE_URL=postgres://… uses a real PostgreSQL server instead.
import { fileURLToPath } from 'node:url';
import { option, printStack, stopOnSignals } from './cli.mjs';
import { startStack } from './stack.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const databaseUrl = process.env.DATABASE_URL || undefined;
const stack = await startStack({
  databaseUrl,
  dataDir: databaseUrl ? null : option('data', `${root}.data/pglite`),
  port: Number(option('port', process.env.SUPABASE_LOCAL_PORT ?? 54321)),
});
stopOnSignals(stack.stop);
console.log('Local Supabase stack is running (Ctrl-C stops it):');
printStack(stack);
