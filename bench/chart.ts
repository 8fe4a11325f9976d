// A small SVG bar chart of tspy/CPython ratios (people would rather look than read). Plain
// string building: no dependency for a dozen rectangles.

export interface Bar {
  label: string;
  value: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Horizontal bars, one per program, with a line at 1.0 (as fast as CPython) and the geometric mean. */
export function renderChart(bars: Bar[], geomean: number | null, title = 'tspy / CPython 3.11 execution time (lower is better)'): string {
  const rowH = 26;
  const left = 130;
  const width = 640;
  const plotW = width - left - 70;
  const top = 40;
  const height = top + bars.length * rowH + 40;
  const max = Math.max(1, ...bars.map((b) => b.value), geomean ?? 0) * 1.1;
  const x = (v: number) => left + (v / max) * plotW;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="13">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${esc(title)}</text>`,
  ];
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    const colour = b.value <= 1 ? '#2a9d8f' : b.value <= 2 ? '#e9c46a' : '#e76f51';
    parts.push(`<text x="${left - 8}" y="${y + 17}" text-anchor="end">${esc(b.label)}</text>`);
    parts.push(`<rect x="${left}" y="${y + 4}" width="${(x(b.value) - left).toFixed(1)}" height="${rowH - 8}" fill="${colour}"/>`);
    parts.push(`<text x="${(x(b.value) + 6).toFixed(1)}" y="${y + 17}">${b.value.toFixed(2)}x</text>`);
  });
  const bottom = top + bars.length * rowH;
  parts.push(`<line x1="${x(1).toFixed(1)}" y1="${top}" x2="${x(1).toFixed(1)}" y2="${bottom}" stroke="#264653" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${x(1).toFixed(1)}" y="${bottom + 16}" text-anchor="middle">1.0 = CPython</text>`);
  if (geomean !== null) {
    parts.push(`<line x1="${x(geomean).toFixed(1)}" y1="${top}" x2="${x(geomean).toFixed(1)}" y2="${bottom}" stroke="#6d597a" stroke-width="2"/>`);
    parts.push(`<text x="${x(geomean).toFixed(1)}" y="${bottom + 32}" text-anchor="middle">geometric mean ${geomean.toFixed(2)}x</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
