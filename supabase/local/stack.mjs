// The whole local Supabase stand-in in one call: database, PostgREST, gateway.
//
//   const stack = await startStack();             // PGlite in memory, spare ports
//   const supabase = createClient(stack.url, stack.anonKey);
//   ...
//   await stack.stop();
import { startDatabase } from './database.mjs';
import { startGateway } from './gateway.mjs';
import { anonKey, LOCAL_JWT_SECRET, serviceKey } from './keys.mjs';
import { startPostgrest } from './postgrest.mjs';

const settingNames = new Set([
  'referral_ip_limit',
  'feedback_ip_limit',
  'referral_global_limit',
  'feedback_global_limit',
  'rate_window_seconds',
  'claim_timeout',
  'overdue_after',
  'retention',
  'token_lifetime',
  'urgent_overdue_after',
  'held_ip_limit',
  'held_limit',
  'challenge_bits',
  'challenge_max_bits',
  'challenge_step',
  'challenge_lifetime_seconds',
  'held_alert_after',
  'urgent_held_alert_after',
  'monitoring_fold_batch',
  'panel_retention',
]);

/**
 * @typedef {object} StackOptions
 * @property {string} [databaseUrl] a real PostgreSQL server (superuser URL); default: embedded PGlite
 * @property {string | null} [dataDir] where PGlite keeps its files; null (default) keeps them in memory
 * @property {number} [port] the gateway's port; 0 (default) picks a spare one
 * @property {Record<string, string | number>} [settings] rows of private.settings to change, e.g. { referral_ip_limit: 1000 }
 * @property {(line: string) => void} [log] where PostgREST's log lines go
 */

/** @param {StackOptions} [options] */
export async function startStack(options = {}) {
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    stops.length = 0;
  };
  try {
    const db = await startDatabase({
      databaseUrl: options.databaseUrl,
      dataDir: options.dataDir ?? null,
    });
    stops.push(db.stop);
    const setSettings = async (values) => {
      for (const [name, value] of Object.entries(values)) {
        if (!settingNames.has(name)) throw new Error(`unknown setting ${name}`);
        await db.query(`update private.settings set ${name} = $1`, [String(value)]);
      }
    };
    await setSettings(options.settings ?? {});
    const postgrest = await startPostgrest({
      dbUrl: db.postgrestUrl,
      jwtSecret: LOCAL_JWT_SECRET,
      embedded: db.kind === 'pglite',
      log: options.log,
    });
    stops.push(postgrest.stop);
    const gateway = await startGateway({
      upstream: postgrest.url,
      apiKeys: [anonKey, serviceKey],
      port: options.port ?? 0,
    });
    stops.push(gateway.stop);
    return {
      url: gateway.url,
      anonKey,
      serviceKey,
      jwtSecret: LOCAL_JWT_SECRET,
      databaseKind: db.kind,
      /** PostgREST itself, behind the gateway: for tests that go round the gateway, as nobody else can. */
      postgrestUrl: postgrest.url,
      databaseUrl: db.adminUrl,
      /** Change private.settings while running (rate limits, claim timeout, retention, …). */
      setSettings,
      /** Run SQL as the database owner: for tests and tooling, never for the portal. */
      query: (sql, params) => db.query(sql, params),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
