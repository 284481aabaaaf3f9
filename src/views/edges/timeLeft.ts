/** Share of the work after which the rate is measured: before it, workers start and code warms up. */
const WARM_UP = 0.05;

/**
 * An estimate of the time a run has left, fed its progress as it comes: the rate is measured from
 * the first report past {@link WARM_UP} of the work to the latest, so the slow start does not
 * promise too long and a moment's hiccup does not swing it. `estimate` gives milliseconds left, or
 * null until a rate is known.
 */
export function createTimeLeft(): { estimate(fraction: number, now: number): number | null } {
  let start: { fraction: number; at: number } | null = null;
  return {
    estimate(fraction, now) {
      if (fraction < WARM_UP) return null;
      if (!start) {
        start = { fraction, at: now };
        return null;
      }
      const rate = (fraction - start.fraction) / (now - start.at);
      return rate > 0 && now > start.at ? (1 - fraction) / rate : null;
    },
  };
}
