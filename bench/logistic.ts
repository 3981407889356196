/**
 * The answer-or-refuse model's fit, shared by bench/qa-decide.ts and bench/qa-sentvec.ts: an
 * L2-regularised logistic regression on standardised features, by Newton's method, returned in the
 * features' own units with the intercept moved so that "answer" needs odds of `odds` to 1.
 */

export interface LogisticFit {
  readonly intercept: number;
  /** One weight per column of X, in the features' own units. */
  readonly weights: number[];
}

/**
 * X: one row of features per question; Y: 1 answerable, 0 not; V: each row's weight (default 1);
 * l2: the penalty on the standardised weights (not the intercept); steps: Newton steps.
 */
export function fitLogistic(X: readonly (readonly number[])[], Y: readonly number[], options: { l2?: number; odds?: number; steps?: number; V?: readonly number[] } = {}): LogisticFit {
  const { l2 = 1, odds = 2, steps = 60, V } = options;
  const d = X[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => X.reduce((s, x) => s + (x[j] as number), 0) / X.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(X.reduce((s, x) => s + ((x[j] as number) - (mean[j] as number)) ** 2, 0) / X.length) + 1e-9);
  const Z = X.map((x) => [1, ...x.map((v, j) => (v - (mean[j] as number)) / (sd[j] as number))]);
  let w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    Z.forEach((z, i) => {
      const v = V ? (V[i] as number) : 1;
      const p = 1 / (1 + Math.exp(-z.reduce((s, x, j) => s + x * (w[j] as number), 0)));
      for (let j = 0; j <= d; j++) {
        g[j] = (g[j] as number) + v * (p - (Y[i] as number)) * (z[j] as number);
        for (let k = 0; k <= d; k++) (H[j] as number[])[k] = ((H[j] as number[])[k] as number) + v * p * (1 - p) * (z[j] as number) * (z[k] as number);
      }
    });
    for (let j = 1; j <= d; j++) {
      g[j] = (g[j] as number) + l2 * (w[j] as number);
      (H[j] as number[])[j] = ((H[j] as number[])[j] as number) + l2;
    }
    const delta = solve(H, g);
    w = w.map((x, j) => x - (delta[j] as number));
  }
  const weights = Array.from({ length: d }, (_, j) => (w[j + 1] as number) / (sd[j] as number));
  return { intercept: (w[0] as number) - weights.reduce((s, x, j) => s + x * (mean[j] as number), 0) - Math.log(odds), weights };
}

/** Gaussian elimination with partial pivoting: x with A x = b. */
function solve(A: number[][], b: number[]): number[] {
  const m = A.map((row, i) => [...row, b[i] as number]);
  const size = b.length;
  for (let c = 0; c < size; c++) {
    let p = c;
    for (let r = c + 1; r < size; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[p] as number[])[c] as number)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    for (let r = 0; r < size; r++) {
      if (r === c) continue;
      const f = ((m[r] as number[])[c] as number) / ((m[c] as number[])[c] as number);
      for (let k = c; k <= size; k++) (m[r] as number[])[k] = ((m[r] as number[])[k] as number) - f * ((m[c] as number[])[k] as number);
    }
  }
  return m.map((row, i) => (row[size] as number) / (row[i] as number));
}
