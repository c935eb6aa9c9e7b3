// Calendar quarters as the commissioner names them: 2026Q3 is July to September
// 2026, three whole UK months (the statistics keep the month, never the day: see
// the statistics migration), asked for as its first and last day.

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const iso = (year, month, day) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** @returns {null | { id: string, firstDay: string, lastDay: string, label: string, months: { key: string, label: string }[] }} */
export function parseQuarter(text) {
  const match = /^(\d{4})\s*-?\s*Q([1-4])$/i.exec(String(text ?? '').trim());
  if (!match) return null;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const first = (q - 1) * 3 + 1;
  const months = [first, first + 1, first + 2].map((m) => ({
    key: iso(year, m, 1).slice(0, 7),
    label: `${monthNames[m - 1]} ${year}`,
  }));
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return {
    id: `${year}Q${q}`,
    firstDay: iso(year, first, 1),
    lastDay: iso(year, first + 2, lastDay),
    label: `${monthNames[first - 1]} to ${monthNames[first + 1]} ${year}`,
    months,
  };
}

/** '2026-07-01' → '1 July 2026' */
export function humanDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${monthNames[m - 1]} ${y}`;
}

/** The `n` quarters before this one, oldest first: the trend's other columns. */
export function previousQuarters(quarter, n) {
  const [year, q] = quarter.id.split('Q').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const back = year * 4 + (q - 1) - (n - i);
    return parseQuarter(`${Math.floor(back / 4)}Q${(back % 4) + 1}`);
  });
}
