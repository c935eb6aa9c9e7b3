// `milestones FILE`: many milestones at once, as the case system exports them.
// CSV with a header (statistics_id,milestone,minutes,reason; or at and received_at
// instead of minutes) or JSON Lines with the same fields. Every line is tried, in
// order, so one bad line holds up nothing after it; the exit code says whether
// any was refused.
import { readFile } from 'node:fs/promises';
import { explain, milestoneArgs, printable, record } from './milestones.mjs';
import { exit, IntakeError } from './portal.mjs';

const columns = ['statistics_id', 'milestone', 'minutes', 'at', 'received_at', 'reason'];

// The values are ids, closed-list words, numbers and ISO times: no commas inside,
// so a quoted field only needs its quotes taken off.
const cells = (line) => line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));

function csvRows(lines) {
  const [first, ...rest] = lines;
  const header = cells(first.text);
  const unknown = header.filter((name) => !columns.includes(name));
  const timed = header.includes('at') && header.includes('received_at');
  if (unknown.length || !header.includes('statistics_id') || !header.includes('milestone'))
    throw new IntakeError(
      exit.usage,
      `line ${first.number}: the header must name statistics_id, milestone and minutes (or at and received_at), and may name reason${unknown.length ? `; unknown: ${printable(unknown.join(', '))}` : ''}`,
    );
  if (!header.includes('minutes') && !timed)
    throw new IntakeError(
      exit.usage,
      `line ${first.number}: the header needs minutes, or at and received_at`,
    );
  return rest.map(({ number, text }) => {
    const values = cells(text);
    if (values.length !== header.length)
      return { number, problem: `${values.length} values for ${header.length} columns` };
    return { number, fields: Object.fromEntries(header.map((name, i) => [name, values[i]])) };
  });
}

function jsonRows(lines) {
  return lines.map(({ number, text }) => {
    try {
      // Minutes as written (16, not 16.0 or 1.6e1), so only decimal digits pass.
      let minutesAsWritten;
      const fields = JSON.parse(text, (key, value, context) => {
        if (key === 'minutes' && typeof value === 'number') minutesAsWritten = context?.source;
        return value;
      });
      if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
        return { number, problem: 'not a JSON object' };
      if (
        fields.minutes !== undefined &&
        fields.minutes !== null &&
        typeof fields.minutes !== 'number'
      )
        return { number, problem: 'minutes must be a JSON number' };
      return { number, fields: { ...fields, minutes: minutesAsWritten ?? fields.minutes } };
    } catch {
      return { number, problem: 'not JSON' };
    }
  });
}

/** The file's lines as fields to record, each with its line number (blank lines skipped). */
export function parseMilestones(content) {
  const lines = content
    .split(/\r?\n/)
    .map((text, i) => ({ number: i + 1, text: text.trim() }))
    .filter((line) => line.text !== '');
  if (!lines.length) return [];
  return lines[0].text.startsWith('{') ? jsonRows(lines) : csvRows(lines);
}

/** Records every line; `lines` says what happened to each, `code` whether any was refused. */
export async function recordFile(portal, path) {
  let content;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const e = /** @type {NodeJS.ErrnoException} */ (error);
    throw new IntakeError(exit.usage, `cannot read ${path}: ${e.code ?? e.message}`);
  }
  const counts = { recorded: 0, 'already recorded': 0, refused: 0 };
  const lines = [];
  for (const row of parseMilestones(content)) {
    const { args, problem } = row.problem ? row : milestoneArgs(row.fields);
    let outcome = 'refused';
    let said = `refused: ${problem}`;
    if (!problem) {
      try {
        outcome = await record(portal, args);
        said = `${args.milestone} ${outcome}`;
      } catch (error) {
        // Unreachable or unauthorised: every later line would fail the same way.
        if (!(error instanceof IntakeError) || error.code !== exit.refused) throw error;
        said = explain(error);
      }
    }
    counts[outcome]++;
    lines.push(`line ${row.number}: ${printable(said)}`);
  }
  return {
    lines,
    summary: `${counts.recorded} recorded, ${counts['already recorded']} already recorded, ${counts.refused} refused`,
    code: counts.refused ? exit.refused : exit.ok,
  };
}
