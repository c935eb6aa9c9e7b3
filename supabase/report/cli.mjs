#!/usr/bin/env node
// `npm run report -- --quarter 2026Q3 [--out report.html] [--csv report.csv]`: the
// commissioner's quarterly report, from the counts the portal keeps for it
// (README.md says why not from the referrals themselves). Connection as for
// `npm run intake`: --url/--key, SUPABASE_URL/SUPABASE_SERVICE_ROLE_KEY, or the local stack.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connection, exit, IntakeError, portal } from '../intake/portal.mjs';
import { toCsv } from './csv.mjs';
import { buildFigures } from './figures.mjs';
import { toHtml } from './html.mjs';
import { parseQuarter, previousQuarters } from './quarter.mjs';

const usage =
  'usage: npm run report -- --quarter 2026Q3 [--out report.html] [--csv report.csv] [--url URL --key SERVICE_KEY]';
const log = (line) => process.stderr.write(`report: ${line}\n`);

async function main() {
  let o;
  try {
    ({ values: o } = parseArgs({
      options: {
        quarter: { type: 'string' },
        out: { type: 'string' },
        csv: { type: 'string' },
        url: { type: 'string' },
        key: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new IntakeError(exit.usage, `${/** @type {Error} */ (error).message}\n${usage}`);
  }
  const quarter = parseQuarter(o.quarter);
  if (!quarter) throw new IntakeError(exit.usage, `--quarter must look like 2026Q3\n${usage}`);
  const api = portal(connection({ url: o.url, key: o.key }));
  const statsOf = (q) =>
    api.call('report_statistics', { first_day: q.firstDay, last_day: q.lastDay });
  const stats = await statsOf(quarter);
  // The trend's four earlier quarters, one call each: the function answers at most twelve months.
  const previous = [];
  for (const q of previousQuarters(quarter, 4))
    previous.push({ quarter: q, stats: await statsOf(q) });
  const population = JSON.parse(
    await readFile(new URL('./population/census-2021.json', import.meta.url), 'utf8'),
  );
  const figures = buildFigures(stats, quarter, new Date().toISOString().slice(0, 10), {
    population,
    previous,
  });
  const html = o.out ?? `report-${quarter.id}.html`;
  const csv = o.csv ?? html.replace(/\.html?$/i, '') + '.csv';
  try {
    await writeFile(html, toHtml(figures));
    await writeFile(csv, toCsv(figures));
  } catch (error) {
    const e = /** @type {NodeJS.ErrnoException} */ (error);
    throw new IntakeError(exit.cannotWrite, `cannot write the report: ${e.code ?? e.message}`);
  }
  log(
    `${quarter.label}: ${figures.referrals.totalShown} referrals, ${figures.feedback.totalShown} feedback responses → ${html}, ${csv}`,
  );
  return exit.ok;
}

try {
  process.exitCode = await main();
} catch (error) {
  log(
    error instanceof IntakeError
      ? error.message
      : `failed: ${/** @type {Error | null | undefined} */ (error)?.stack ?? error}`,
  );
  process.exitCode = error instanceof IntakeError ? error.code : exit.failed;
}
