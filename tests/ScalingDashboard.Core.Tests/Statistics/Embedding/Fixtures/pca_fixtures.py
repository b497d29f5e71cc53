"""PCA reference numbers for PcaTests, computed once with numpy's SVD.

Run from this folder: /usr/bin/python3 pca_fixtures.py  (writes pca_fixtures.json beside it).
Convention (as in Pca.Compute): centre each column; when standardised divide by the sample standard deviation
(ddof = 1, as R's prcomp(scale. = TRUE)); SVD of that matrix; scores = U * S, loadings = V; each component's sign is
chosen so its largest-|loading| entry is positive. Leaderboard scores are kept for every 250th row only (the file
would otherwise be ~1 MB); the means, scales, loadings and ratios are complete.
"""
import json
import os

import numpy as np

LEADERBOARD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "..", "..",
                           "shared", "data", "open-llm-leaderboard", "open_llm_leaderboard_v1_2024-07-07.csv")
BENCHMARKS = ["arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k"]

# A small, deliberately correlated matrix: 8 observations of 4 variables on different scales.
SMALL = np.array([
    [2.5, 2.4, 10.0, 0.31],
    [0.5, 0.7, 12.5, 0.12],
    [2.2, 2.9, 9.0, 0.35],
    [1.9, 2.2, 11.0, 0.27],
    [3.1, 3.0, 8.5, 0.41],
    [2.3, 2.7, 10.5, 0.30],
    [2.0, 1.6, 13.0, 0.22],
    [1.0, 1.1, 12.0, 0.15],
])


def pca(x, standardise):
    means = x.mean(axis=0)
    scales = x.std(axis=0, ddof=1) if standardise else np.ones(x.shape[1])
    z = (x - means) / scales
    u, s, vt = np.linalg.svd(z, full_matrices=False)
    loadings = vt.T.copy()
    scores = u * s
    for k in range(loadings.shape[1]):
        if loadings[np.argmax(np.abs(loadings[:, k])), k] < 0:
            loadings[:, k] *= -1
            scores[:, k] *= -1
    variance = s ** 2
    return {
        "means": means.tolist(),
        "scales": scales.tolist(),
        "ratios": (variance / variance.sum()).tolist(),
        "loadings": loadings.tolist(),
        "scores": scores.tolist(),
    }


def leaderboard():
    import csv
    with open(LEADERBOARD, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    x = np.array([[float(r[b]) for b in BENCHMARKS] for r in rows])
    out = {}
    for standardise in (True, False):
        result = pca(x, standardise)
        picked = list(range(0, x.shape[0], 250))
        result["scoreRows"] = picked
        result["scores"] = [result["scores"][i] for i in picked]
        out["standardised" if standardise else "centred"] = result
    out["rows"] = x.shape[0]
    return out


fixtures = {
    "small": {"matrix": SMALL.tolist(), "standardised": pca(SMALL, True), "centred": pca(SMALL, False)},
    "leaderboard": leaderboard(),
    "numpy": np.__version__,
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pca_fixtures.json"), "w") as f:
    json.dump(fixtures, f, indent=1)
