// The statistics the benchmark drivers share (bench/run.ts, bench/profile.ts).

/** The middle sample (the mean of the two middle ones for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The geometric mean: the right average for ratios. */
export function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((a, r) => a + Math.log(r), 0) / xs.length);
}
