// The challenge the database sets while a flood may be under way (private.admit):
// find a nonce so that SHA-256 of "<challenge>:<nonce>" starts with `bits` zero
// bits. About 2^bits hashes; the browser's own SHA-256, in batches so a slow
// phone stays responsive. Nothing is stored and nothing leaves the page but the nonce.
const BATCH = 256;

export interface Proof {
  challenge: string;
  nonce: string;
}

const encoder = new TextEncoder();

function leadingZeroBits(digest: ArrayBuffer, bits: number): boolean {
  const bytes = new Uint8Array(digest);
  let i = 0;
  for (; bits >= 8; bits -= 8, i++) if (bytes[i] !== 0) return false;
  return bits === 0 || bytes[i]! >> (8 - bits) === 0;
}

export async function solve(challenge: string, bits: number, signal?: AbortSignal): Promise<Proof> {
  if (!Number.isInteger(bits) || bits < 1 || bits > 28)
    throw new Error(`unexpected challenge: ${bits} bits`);
  for (let start = 0; ; start += BATCH) {
    signal?.throwIfAborted();
    const digests = await Promise.all(
      Array.from({ length: BATCH }, (_, i) =>
        crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${start + i}`)),
      ),
    );
    const found = digests.findIndex((digest) => leadingZeroBits(digest, bits));
    if (found >= 0) return { challenge, nonce: String(start + found) };
  }
}
