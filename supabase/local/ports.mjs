// A free loopback port, for the processes that cannot be told "port 0".
import { createServer } from 'node:net';

/**
 * `count` different free loopback ports. Each listener stays open until all are
 * found, so the system cannot hand the same port out twice (two ports asked for
 * one after the other came back equal about once in 5,000 pairs).
 */
export async function sparePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      server.unref();
      await /** @type {Promise<void>} */ (
        new Promise((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', resolve);
        })
      );
      servers.push(server);
    }
    return servers.map(
      (server) => /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

export async function sparePort() {
  return (await sparePorts(1))[0];
}

export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
