// The page's only stylesheet, inlined. Colours keep text at 4.5:1 or more and
// bars and lines at 3:1 or more against white (WCAG 2.2 AA, 1.4.3 and 1.4.11).
export const css = `
:root { --ink: #1b1b1b; --muted: #4a5563; --accent: #1d4f91; --track: #e6eaf0; --target: #a4262c; --line: #c9d1db; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 1080px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 32px; padding-bottom: 8px; border-bottom: 4px solid var(--accent); }
.eyebrow { margin: 0; color: var(--muted); font-weight: 600; letter-spacing: .02em; }
h1 { font-size: 2rem; line-height: 1.2; margin: .25rem 0 .5rem; color: #0b2545; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; color: #0b2545; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
p { max-width: 70ch; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.tiles { list-style: none; padding: 0; margin: 1rem 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(220px, 100%), 1fr)); gap: 16px; }
.tiles li { border: 1px solid var(--line); border-top: 6px solid var(--accent); border-radius: 6px; padding: 16px; }
.big { display: block; font-size: 2.4rem; font-weight: 700; line-height: 1.1; color: #0b2545; }
.tile-note { display: block; color: var(--muted); font-size: .9rem; margin-top: .25rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(420px, 100%), 1fr)); gap: 20px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 16px; margin: 0; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
thead th { font-size: .85rem; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.share { width: 45%; white-space: nowrap; }
tbody th, tfoot th { font-weight: 500; }
td.share span { display: inline-block; min-width: 3.2em; text-align: right; margin-left: 6px; }
.suppressed { color: var(--muted); font-style: italic; }
svg.bar { width: calc(100% - 4.2em); height: 12px; vertical-align: middle; }
svg .track { fill: var(--track); }
svg .fill { fill: var(--accent); }
svg .target { stroke: var(--target); stroke-width: 3; stroke-dasharray: 6 4; }
svg .axis { stroke: var(--muted); stroke-width: 2; }
svg text { fill: var(--ink); font: 15px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg .target-label { fill: var(--target); font-weight: 600; }
svg .value { font-weight: 600; }
svg .tick { fill: var(--muted); font-size: 13px; }
svg.chart { width: 100%; height: auto; max-width: 820px; display: block; margin: .5rem 0 1rem; }
.withheld { color: var(--muted); }
.scroll { overflow-x: auto; }
.cards > * { min-width: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
dl.notes dt { font-weight: 600; margin-top: .75rem; }
dl.notes dd { margin: 0; max-width: 75ch; }
footer { max-width: 1080px; margin: 3rem auto 2rem; padding: 0 24px; color: var(--muted); font-size: .9rem; }
@media (max-width: 560px) {
  header, main, footer { padding-left: 12px; padding-right: 12px; }
  .card { padding: 10px; }
  th, td { padding: 6px 4px; }
  td.share { width: auto; }
  td.num.suppressed { white-space: normal; }
  svg.bar { display: none; }
}
@media print { h2 { break-after: avoid; } .card, .tiles li, svg.chart { break-inside: avoid; } }
`;
