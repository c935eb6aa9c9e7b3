// Shared by the two commands that run the stack in a terminal.

export function printStack(stack, extra = []) {
  const rows = [
    ['API URL', stack.url],
    ['Database', `${stack.databaseKind} (${stack.databaseUrl})`],
    ['anon key', stack.anonKey],
    ['service_role key', stack.serviceKey],
    ['JWT secret', `${stack.jwtSecret} (local only)`],
    ...extra,
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(rows.map(([name, value]) => `  ${name.padStart(width)}: ${value}`).join('\n'));
}

/** Run `stop` once on Ctrl-C or SIGTERM, then exit. */
export function stopOnSignals(stop) {
  let stopping = false;
  const handler = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    try {
      await stop();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

export function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}
