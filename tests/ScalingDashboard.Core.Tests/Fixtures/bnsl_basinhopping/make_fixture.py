#!/usr/bin/python3
"""Basin-hopping reference for the BNSL (seed 003 Eq 1) Table 3 fits: run ONCE, its output is a test fixture.

For each of the 12 Table 3 benchmarks of apple_downstream/dclm_tpr20_wide.csv (x = flops_6ND) this fits
    Q = a + b C^(-c0) (1 + (C/d1)^(1/f1))^(-c1 f1)
on the Table 3 train split (3e18 <= C <= 6e21) restricted to Q > Qrandom (Appendix M; for LBPP the filter is
Qrandom + 0.02 = 0.02), with scipy.optimize.basinhopping: 100 hops, L-BFGS-B as the local minimiser, a fixed seed.

The objective is the one BnslForm (src/ScalingDashboard.Core/Fitting/Forms/BnslForm.cs) minimises, so the values
compare directly:
  * points: the train-split rows with finite Q > Qrandom (same Qrandom values as AppleDownstreamBnslTests);
  * loss: the SUM (not mean) over those points of Huber(residual, delta = 1e-3), Huber(r) = r^2/2 for |r| <= delta,
    else delta (|r| - delta/2);
  * variables and bounds: the centred parametrisation, t = ln C - mean(ln C over the fitted points),
    (a, B, c0, c1, delta, f1) with B = b e^(-c0 mean) and ln d1 = mean + delta; bounds a, B in [-10, 10],
    c0 in [-2, 2], c1 in [-10, 10], delta in [-15, 15], f1 in [0.05, 20] (the same boxes as BnslForm).
The loss value does not depend on the parametrisation, but the boxes do: using the same ones keeps the two
searches over the same set of curves.

Basin-hopping settings: scipy defaults (stepsize 0.5, T = 1.0) with niter = 100 and seed 20231; the start is
BnslForm's first structured start (a just above the best score, c0 = 0.05, c1 = 0.5, break at the data's left
quarter, f1 = 0.5, B through the mean score). The local L-BFGS-B runs with tight tolerances (ftol 1e-15,
gtol 1e-12, maxiter 15000) instead of scipy's defaults, so each hop ends at a true local minimum: a reference
stopped early by a loose gradient test would be easy to beat and would say nothing about the search. The best
hop is polished once more with the same tolerances.

Output: reference.csv beside this script, one row per benchmark: column, qrandom, n_fit, objective (the Huber sum
above, 17 significant digits), the optimiser variables (a, B, c0, c1, delta, f1), the reported parameters
(a, b, c0, c1, d1, f1), d1 inside the fitted data or not, and the holdout MAE on C > 6e21 (all those rows, no Q
filter, as HoldoutEvaluation does).

Run from the repository root with Debian's python:  /usr/bin/python3 tests/ScalingDashboard.Core.Tests/Fixtures/bnsl_basinhopping/make_fixture.py
Needs numpy, pandas, scipy (Debian: python3-numpy python3-pandas python3-scipy).
"""
import csv
import os
import sys

import numpy as np
import pandas as pd
import scipy
from scipy.optimize import basinhopping, minimize

DATA = "/work/shared/data/apple_downstream/dclm_tpr20_wide.csv"
X_COLUMN = "flops_6ND"
DELTA = 1e-3
TRAIN_MIN, THRESHOLD = 3e18, 6e21
SEED = 20231
HOPS = 100

# Same Qrandom (filter) values as AppleDownstreamBnslTests.Benchmarks.
BENCHMARKS = [
    ("arc_easy|acc_norm", 0.2918),
    ("arc_challenge|acc_norm", 0.2150),
    ("sciq|acc_norm", 0.3039),
    ("piqa|acc_norm", 0.5286),
    ("hellaswag|acc_norm", 0.2518),
    ("winogrande|acc", 0.5),
    ("webqs_1shot|exact_match", 0.0),
    ("triviaqa_1shot|exact_match", 0.0),
    ("lambada_openai|acc", 0.0),
    ("gsm8k_cot_llama|exact_match", 0.0),
    ("humaneval-py|pass@1", 0.0),
    ("lbpp|pass@1", 0.02),
]

LOWER = np.array([-10.0, -10.0, -2.0, -10.0, -15.0, 0.05])
UPPER = np.array([10.0, 10.0, 2.0, 10.0, 15.0, 20.0])
BOUNDS = list(zip(LOWER, UPPER))
TIGHT = {"ftol": 1e-15, "gtol": 1e-12, "maxiter": 15000, "maxfun": 30000}


def softplus(z):
    return np.logaddexp(0.0, z)


def logistic(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def objective(p, t, y):
    """Huber sum and its gradient over (a, B, c0, c1, delta, f1), as BnslForm.Objective."""
    a, bb, c0, c1, delta, f1 = p
    z = (t - delta) / f1
    s = softplus(z)
    sigma = logistic(z)
    g = np.exp(-c0 * t - c1 * f1 * s)
    r = a + bb * g - y
    absr = np.abs(r)
    loss = np.where(absr <= DELTA, 0.5 * r * r, DELTA * (absr - 0.5 * DELTA)).sum()
    psi = np.clip(r, -DELTA, DELTA)
    bg = psi * bb * g
    grad = np.array([
        psi.sum(),
        (psi * g).sum(),
        -(bg * t).sum(),
        -(bg * f1 * s).sum(),
        (bg * c1 * sigma).sum(),
        -(bg * c1 * (s - sigma * z)).sum(),
    ])
    if not np.isfinite(loss):
        return 1e300, np.zeros(6)
    return float(loss), grad


def first_start(t, y):
    """BnslForm's first structured start."""
    top, mean_y = y.max(), y.mean()
    span = max(1e-6, t.max() - t.min())
    a = min(max(top + 0.05, -9.0), 9.0)
    delta, f1, c0, c1 = -span / 2, 0.5, 0.05, 0.5
    g0 = np.exp(-c1 * f1 * softplus(-delta / f1))
    return np.array([a, min(max((mean_y - a) / g0, -9.0), 9.0), c0, c1, delta, f1])


def bnsl(values, c):
    a, b, c0, c1, d1, f1 = values
    u = np.log(c)
    return a + b * np.exp(-c0 * u - c1 * f1 * softplus((u - np.log(d1)) / f1))


def main():
    table = pd.read_csv(DATA)
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    rows = []
    for column, qrandom in BENCHMARKS:
        c_all = table[X_COLUMN].to_numpy(float)
        q_all = table[column].to_numpy(float)
        train = (c_all >= TRAIN_MIN) & (c_all <= THRESHOLD) & np.isfinite(q_all) & (q_all > qrandom) & (c_all > 0)
        u = np.log(c_all[train])
        mean = u.mean()
        t, y = u - mean, q_all[train]
        kwargs = {"method": "L-BFGS-B", "jac": True, "bounds": BOUNDS, "args": (t, y), "options": TIGHT}
        result = basinhopping(objective, first_start(t, y), niter=HOPS, minimizer_kwargs=kwargs, seed=SEED)
        polished = minimize(objective, np.clip(result.x, LOWER, UPPER), **kwargs)
        best = polished if polished.fun < result.fun else result
        p = np.clip(best.x, LOWER, UPPER)
        loss, _ = objective(p, t, y)
        values = [p[0], p[1] * np.exp(p[2] * mean), p[2], p[3], np.exp(mean + p[4]), p[5]]
        valid = (c_all > THRESHOLD) & np.isfinite(q_all)
        mae = float(np.abs(bnsl(values, c_all[valid]) - q_all[valid]).mean())
        c_fit = c_all[train]
        inside = bool(c_fit.min() <= values[4] <= c_fit.max())
        rows.append([column, qrandom, int(train.sum()), repr(float(loss)), *[repr(float(v)) for v in p],
                     *[repr(float(v)) for v in values], inside, repr(mae)])
        print(f"{column:30s} n={train.sum():2d} objective={loss:.10e} d1={values[4]:.3e} inside={inside} MAE={mae:.4f}",
              file=sys.stderr)

    with open(out_path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        f.write(f"# scipy {scipy.__version__}; numpy {np.__version__}; basinhopping niter={HOPS} seed={SEED}; see make_fixture.py\n")
        w.writerow(["column", "qrandom", "n_fit", "objective", "opt_a", "opt_B", "opt_c0", "opt_c1", "opt_delta", "opt_f1",
                    "a", "b", "c0", "c1", "d1", "f1", "break_inside", "holdout_mae"])
        w.writerows(rows)
    print(f"average holdout MAE {np.mean([float(r[-1]) for r in rows]):.4f} (paper 0.0254)", file=sys.stderr)


if __name__ == "__main__":
    main()
