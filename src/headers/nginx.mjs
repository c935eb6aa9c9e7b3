// The `_headers` rules as nginx `location` blocks, for a host that does not read
// `_headers`: `node src/headers/nginx.mjs dist/_headers > yvs-headers.conf`.
// nginx drops a server's `add_header` lines in any location that has its own, and
// serves a folder's page after an internal redirect to its `index.html` (which
// `_headers` matches too), so each block carries every header of its addresses.
import { readFileSync } from 'node:fs';
import { parseHeadersFile } from './policy.mjs';

const prefix = (pattern) => pattern.slice(0, -1);
const isPrefix = (pattern) => pattern.endsWith('*');

/**
 * The headers every address a pattern matches gets: its own rules', and those of
 * the prefix rules around it. Rules matching only some of them (an exact page in
 * a folder, a form page in a section) have blocks of their own, which nginx
 * prefers: `=` over any prefix, and the longest `^~` prefix over shorter ones.
 */
function headersOf(rules, pattern) {
  const covers = (outer) =>
    outer === pattern || (isPrefix(outer) && pattern.startsWith(prefix(outer)));
  return Object.assign({}, ...rules.filter(([outer]) => covers(outer)).map(([, h]) => h));
}

export function toNginx(rules) {
  const patterns = [...new Set(rules.map(([pattern]) => pattern))];
  return patterns
    .map((pattern) => {
      const location =
        pattern === '/*'
          ? 'location /'
          : isPrefix(pattern)
            ? `location ^~ ${prefix(pattern)}`
            : `location = ${pattern}`;
      const lines = Object.entries(headersOf(rules, pattern)).map(
        ([name, value]) => `  add_header ${name} "${value}" always;`,
      );
      return [`${location} {`, ...lines, '}'].join('\n');
    })
    .join('\n')
    .concat('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'dist/_headers';
  process.stdout.write(toNginx(parseHeadersFile(readFileSync(file, 'utf8'))));
}
