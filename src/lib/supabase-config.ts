// Where the forms send submissions. Set at build time: `npm start` points these at
// the local stack; a production build gets the hosted project's URL and its public
// (anon) key. The anon key can only call the submit functions, so it is safe in
// every visitor's browser; no other key belongs anywhere under src/.

export interface SupabaseConfig {
  url: string;
  anonKey: string;
}

/** The API settings, or null when the build was made without them (forms then say so). */
export function supabaseConfig(): SupabaseConfig | null {
  const url = import.meta.env.PUBLIC_SUPABASE_URL;
  const anonKey = import.meta.env.PUBLIC_SUPABASE_ANON_KEY;
  if (typeof url !== 'string' || !url || typeof anonKey !== 'string' || !anonKey) return null;
  return { url: url.replace(/\/+$/, ''), anonKey };
}

/** The functions the public key may call: one per form. */
export type SubmitFunction =
  | 'submit_referral'
  | 'submit_feedback'
  | 'submit_adult_feedback'
  | 'submit_panel_volunteer'
  | 'submit_monitoring';

/** The REST endpoint of one submit function, for a client that posts with fetch. */
export function rpcUrl(config: SupabaseConfig, fn: SubmitFunction): string {
  return `${config.url}/rest/v1/rpc/${fn}`;
}

/** The headers the API gateway and PostgREST expect from the public key. */
export function rpcHeaders(config: SupabaseConfig): Record<string, string> {
  return {
    apikey: config.anonKey,
    authorization: `Bearer ${config.anonKey}`,
    'content-type': 'application/json',
  };
}
