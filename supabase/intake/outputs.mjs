// Where pulled documents go. A write resolves only once the document is as safe
// as the destination can make it, because the portal forgets a document some days
// after it is acknowledged and acknowledging follows the write.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { fsyncSync } from 'node:fs';
import { join } from 'node:path';
import { exit, IntakeError } from './portal.mjs';
import { reference as referencePattern } from '../../src/schemas/patterns.ts';

const cannotWrite = (where, error) =>
  new IntakeError(exit.cannotWrite, `cannot write ${where}: ${error.code ?? error.message}`);

/** JSON Lines on stdout: one document per line, nothing else on stdout. */
export function stdoutOutput() {
  let broken = null;
  // A closed pipe is reported here as well as to the write's callback.
  process.stdout.on('error', (error) => {
    broken ??= error;
  });
  return {
    where: 'stdout',
    async write(_kind, doc) {
      if (broken) throw cannotWrite('stdout', broken);
      await /** @type {Promise<void>} */ (
        new Promise((resolve, reject) => {
          process.stdout.write(`${JSON.stringify(doc)}\n`, (error) =>
            error ? reject(cannotWrite('stdout', error)) : resolve(),
          );
        })
      );
    },
    async commit() {
      try {
        fsyncSync(1);
      } catch (error) {
        // A pipe or terminal cannot be synced; the reader has the lines already.
        const { code } = /** @type {NodeJS.ErrnoException} */ (error);
        if (!['EINVAL', 'ENOTSUP', 'EROFS', 'EBADF'].includes(code ?? ''))
          throw cannotWrite('stdout', error);
      }
    },
  };
}

/**
 * One file per document, `<kind>-<reference>.json`, written whole or not at all:
 * a temporary file, synced, renamed over the final name; `commit` then syncs the
 * folder once for the batch, so the renames themselves survive a power cut. A document delivered again after a crash
 * replaces its own file with the same content, so the folder never holds it twice.
 */
export async function folderOutput(dir) {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw cannotWrite(dir, error);
  }
  return {
    where: dir,
    async write(kind, doc) {
      // The name comes from the document: only a known kind and a reference code
      // may make it, so no document can write outside the folder it was given.
      if (
        !/^(held_)?(referral|feedback|adult-feedback|panel-volunteer)$/.test(kind) ||
        !referencePattern.test(String(doc.reference))
      )
        throw cannotWrite(join(dir, `${kind}-?.json`), new Error('not a reference code'));
      const name = `${kind}-${doc.reference}.json`;
      const temp = join(dir, `.${name}.${process.pid}.tmp`);
      try {
        const file = await open(temp, 'w', 0o600);
        try {
          await file.writeFile(`${JSON.stringify(doc, null, 2)}\n`);
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(temp, join(dir, name));
      } catch (error) {
        await rm(temp, { force: true }).catch(() => {});
        throw cannotWrite(join(dir, name), error);
      }
    },
    async commit() {
      try {
        const folder = await open(dir, 'r');
        try {
          await folder.sync();
        } finally {
          await folder.close();
        }
      } catch (error) {
        throw cannotWrite(dir, error);
      }
    },
  };
}
