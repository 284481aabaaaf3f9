/** Median, 95th percentile and maximum of samples, rounded to 0.01, and how many there were. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
  const round = (value) => Math.round(value * 100) / 100;
  return {
    median: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? 0),
    count: sorted.length,
  };
}
