// The one case-system reader of the browser tests, as production has one case
// system. It claims and acknowledges everything that arrives and keeps it, so
// tests running side by side never take or release each other's claims; each
// test asks for what it sent. A pull runs when a test asks, one at a time.
import { createServer } from 'node:http';
import { createClient } from '@supabase/supabase-js';
import { serviceKey } from '../../supabase/local/keys.mjs';

const fns = {
  referrals: { claim: 'claim_referrals', ack: 'acknowledge_referral' },
  feedback: { claim: 'claim_feedback', ack: 'acknowledge_feedback' },
  'adult-feedback': { claim: 'claim_adult_feedback', ack: 'acknowledge_adult_feedback' },
  panel: { claim: 'claim_panel', ack: 'acknowledge_panel' },
};

export function startCaseReader({ apiUrl, port }) {
  const db = createClient(apiUrl, serviceKey, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
  const received = /** @type {Record<keyof typeof fns, unknown[]>} */ (
    Object.fromEntries(Object.keys(fns).map((kind) => [kind, /** @type {unknown[]} */ ([])]))
  );
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();

  /** @param {keyof typeof fns} kind */
  async function pullAll(kind) {
    const fn = fns[kind];
    for (;;) {
      const { data, error } = await db.rpc(fn.claim, { max_count: 100, claimant: 'browser-tests' });
      if (error) throw new Error(`claim failed: ${error.message}`);
      for (const doc of data) {
        const ack = await db.rpc(fn.ack, {
          reference: doc.reference,
          case_id: `test-${doc.reference}`,
        });
        if (ack.error) throw new Error(`acknowledge failed: ${ack.error.message}`);
        received[kind].push(doc);
      }
      if (data.length < 100) return received[kind];
    }
  }

  const server = createServer((req, res) => {
    const kind = req.url?.slice(1);
    if (kind === 'ready') return res.end('ready');
    if (!Object.hasOwn(fns, kind ?? '')) return res.writeHead(404).end();
    const known = /** @type {keyof typeof fns} */ (kind);
    const pulled = (queue = queue.catch(() => {}).then(() => pullAll(known)));
    pulled.then(
      (docs) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(docs)),
      (error) => res.writeHead(500).end(String(error.message)),
    );
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        stop: () => new Promise((done) => server.close(done)),
      }),
    );
  });
}
