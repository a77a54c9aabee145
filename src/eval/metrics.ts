// Counts and the precision/recall/F1 derived from them; counts add up across documents
// (micro-averaging), ratios never do.
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function sumCounts(all: Iterable<Counts>): Counts {
  let total = zeroCounts();
  for (const c of all) total = addCounts(total, c);
  return total;
}

/** With nothing to find and nothing found, every ratio is 1; otherwise an empty denominator gives 0. */
export function prf(c: Counts): Prf {
  if (c.tp + c.fp + c.fn === 0) return { ...c, precision: 1, recall: 1, f1: 1 };
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
