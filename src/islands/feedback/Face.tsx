// A face for each answer on the 5 to 10 survey. The words are always printed
// beside it: a face or a colour alone would not tell everyone what it means.
const mouths: Record<string, string> = {
  better: 'M13 22q7 7 14 0',
  yes: 'M13 22q7 7 14 0',
  same: 'M13 24h14',
  a_bit: 'M13 24q7 3 14 0',
  worse: 'M13 27q7-7 14 0',
  no: 'M13 27q7-7 14 0',
  not_sure: 'M13 25q4-3 7 0t7 0',
};

export function Face({ mood }: { mood: string }) {
  return (
    <svg className="face" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="18" fill="#ffe08a" stroke="#123548" strokeWidth="2" />
      <circle cx="14" cy="15" r="2.2" fill="#123548" />
      <circle cx="26" cy="15" r="2.2" fill="#123548" />
      <path
        d={mouths[mood] ?? mouths.same}
        fill="none"
        stroke="#123548"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
    </svg>
  );
}
