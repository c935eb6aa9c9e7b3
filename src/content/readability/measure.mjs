// `node src/content/readability/measure.mjs FILE.md…`: each English guide's reading
// ease against its audience's target, and any sentence too long for it, with the
// provider's settings filled in as readers will see them.
import { readFileSync } from 'node:fs';
import { fill } from '../../lib/provider-settings.ts';
import { measure } from './readability.mjs';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const audience = /^audience:\s*"?([\w-]+)"?/m.exec(text)?.[1];
  const result = measure(fill(text, 'en', file), audience);
  if (!result.passes) failed++;
  console.log(
    `${result.passes ? 'ok  ' : 'FAIL'} ${file}: ease ${result.ease} (target ${result.target.ease}+, ${result.target.label}), ${result.sentences} sentences`,
  );
  for (const sentence of result.long)
    console.log(`     too long (over ${result.target.words} words): ${sentence}`);
}
process.exit(failed ? 1 : 0);
