// Fast or long mode of the reliability suites: `npm test` runs the fast subset, RELIABILITY_LONG=1 (npm run test:report) the long one.

/** True when the long (report) mode was asked for. */
export const isLong = process.env.RELIABILITY_LONG === '1';

/** The number of runs for a suite: `fast` in the regular test run, `long` in report mode (RELIABILITY_RUNS overrides). */
export function runsFor(fast: number, long: number): number {
  const forced = Number(process.env.RELIABILITY_RUNS);
  if (Number.isInteger(forced) && forced > 0) return forced;
  return isLong ? long : fast;
}
