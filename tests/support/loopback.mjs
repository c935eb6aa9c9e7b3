// A POST from a loopback address of the caller's choosing (any of 127.0.0.0/8),
// so a test on one machine can act as many senders, as a flood would.
import http from 'node:http';

/**
 * @param {string} url
 * @param {string} body the request body, as sent
 * @param {string} from the local address to send from, e.g. 127.0.1.7
 * @param {Record<string, string>} headers
 * @returns {Promise<{ status: number, body: string }>}
 */
export function postFrom(url, body, from, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      localAddress: from,
      headers: { 'content-type': 'application/json', ...headers },
    });
    req.on('response', (res) => {
      let data = '';
      res.on('data', (d) => (data += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
