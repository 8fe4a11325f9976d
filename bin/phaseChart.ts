// An SVG of where a run's time goes, one stacked bar per run (cold, warm), one colour per phase of
// bin/timing.ts, for `tspy bench --chart`. Plain string building, as bench/chart.ts.

import { PHASES, type Phase } from './timing';

export interface PhaseBar {
  label: string;
  totals: Record<Phase, number>;
}

const COLOURS: Record<Phase, string> = {
  'node start-up': '#adb5bd',
  'load CLI': '#6c757d',
  'load VM': '#495057',
  'read source': '#90be6d',
  'cache lookup': '#43aa8b',
  'cache load': '#2a9d8f',
  'load compiler': '#f9c74f',
  'lex': '#f8961e',
  'parse': '#f3722c',
  'compile': '#e76f51',
  'cache write': '#9b5de5',
  'execution': '#277da1',
  'other': '#dee2e6',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Stacked horizontal bars on one millisecond scale, a legend of the phases that occur, totals at the ends. */
export function renderPhaseChart(bars: PhaseBar[], title: string): string {
  const width = 760;
  const left = 70;
  const plotW = width - left - 90;
  const top = 44;
  const rowH = 44;
  const used = PHASES.filter((p) => bars.some((b) => b.totals[p] > 0.005));
  const legendTop = top + bars.length * rowH + 36;
  const legendRows = Math.ceil(used.length / 3);
  const height = legendTop + legendRows * 20 + 16;
  const sum = (b: PhaseBar) => PHASES.reduce((a, p) => a + Math.max(0, b.totals[p]), 0);
  const max = Math.max(1, ...bars.map(sum));
  const x = (ms: number) => (ms / max) * plotW;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="14">${esc(title)}</text>`,
  ];
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${left - 8}" y="${y + 22}" text-anchor="end" font-size="13">${esc(b.label)}</text>`);
    let at = left;
    for (const p of PHASES) {
      const w = x(Math.max(0, b.totals[p]));
      if (w <= 0) continue;
      parts.push(`<rect x="${at.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="${rowH - 14}" fill="${COLOURS[p]}"><title>${esc(p)}: ${b.totals[p].toFixed(2)} ms</title></rect>`);
      at += w;
    }
    parts.push(`<text x="${(at + 6).toFixed(1)}" y="${y + 22}">${sum(b).toFixed(1)} ms</text>`);
  });
  const axisY = top + bars.length * rowH + 4;
  parts.push(`<line x1="${left}" y1="${axisY}" x2="${left + plotW}" y2="${axisY}" stroke="#333"/>`);
  const step = niceStep(max);
  for (let v = 0; v <= max + 1e-9; v += step) {
    parts.push(`<line x1="${(left + x(v)).toFixed(1)}" y1="${axisY}" x2="${(left + x(v)).toFixed(1)}" y2="${axisY + 4}" stroke="#333"/>`);
    parts.push(`<text x="${(left + x(v)).toFixed(1)}" y="${axisY + 16}" text-anchor="middle" font-size="10">${Number(v.toFixed(3))}</text>`);
  }
  used.forEach((p, i) => {
    const lx = left + (i % 3) * 210;
    const ly = legendTop + Math.floor(i / 3) * 20;
    parts.push(`<rect x="${lx}" y="${ly}" width="12" height="12" fill="${COLOURS[p]}" stroke="#999" stroke-width="0.5"/>`);
    const ms = bars.map((b) => b.totals[p].toFixed(1)).join(' / ');
    parts.push(`<text x="${lx + 18}" y="${ly + 10}">${esc(p)} (${ms} ms)</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

/** A round tick step giving about five ticks. */
function niceStep(max: number): number {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n < 1.5 ? 1 : n < 3.5 ? 2 : n < 7.5 ? 5 : 10) * mag;
}
