// One benchmark figure as the JSON of issue 7 has it: value, baseline, ratio, limit, pass, and what was measured.

export interface Figure {
  value: number | null;
  unit: string;
  /** Measured in the same run on the same data; null for figures bounded by their value alone. */
  baseline: number | null;
  /** value / baseline, or null without a baseline. */
  ratio: number | null;
  /** Bound on the ratio (with a baseline) or on the value (without one). */
  limit: number;
  /** Whether the limit is an upper bound ("max", the usual) or a lower bound ("min", e.g. recall). */
  bound: 'max' | 'min';
  /** null when the figure was skipped. */
  pass: boolean | null;
  what: string;
  skipped?: string;
}

const round = (x: number): number => (Math.abs(x) >= 100 ? Math.round(x * 10) / 10 : Math.round(x * 10000) / 10000);

/** A measured figure: pass is computed from the ratio (with a baseline) or the value (without one). */
export function figure(input: { value: number; unit: string; baseline?: number | null; limit: number; bound?: 'max' | 'min'; what: string }): Figure {
  const baseline = input.baseline ?? null;
  const ratio = baseline !== null && baseline > 0 ? input.value / baseline : null;
  const bound = input.bound ?? 'max';
  const checked = baseline !== null ? ratio : input.value;
  const pass = checked !== null && Number.isFinite(checked) && (bound === 'max' ? checked <= input.limit : checked >= input.limit);
  return {
    value: round(input.value),
    unit: input.unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio),
    limit: input.limit,
    bound,
    pass,
    what: input.what,
  };
}

/** A figure that was not measured, with the reason. */
export function skipped(input: { unit: string; limit: number; bound?: 'max' | 'min'; what: string; reason: string }): Figure {
  return { value: null, unit: input.unit, baseline: null, ratio: null, limit: input.limit, bound: input.bound ?? 'max', pass: null, what: input.what, skipped: input.reason };
}
