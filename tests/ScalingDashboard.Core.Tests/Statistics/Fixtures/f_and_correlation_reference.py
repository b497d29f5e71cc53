# Reference values for OneWayAnovaTests (F upper tail, log10) and CorrelationTests (pairwise complete Pearson/Spearman).
# Run once with the system python that has scipy/pandas:
#   /usr/bin/python3 f_and_correlation_reference.py <path to open_llm_leaderboard_v1_2024-07-07.csv>
# Prints the numbers pasted into the tests.
import sys
import numpy as np
import pandas as pd
import mpmath
from scipy import stats

for f, d1, d2 in [(1e4, 3, 1000), (2.5, 3, 20), (73.460296580269514, 51, 7117), (1e6, 1, 2), (0.5, 5, 10), (1e3, 10, 100000)]:
    logsf = stats.f.logsf(f, d1, d2)
    # scipy 1.10's logsf underflows to -inf for tiny tails, so the log10 tail also comes from mpmath at 50 digits:
    # sf = I_x(d2/2, d1/2) with x = d2 / (d2 + d1 F).
    mpmath.mp.dps = 50
    x = mpmath.mpf(d2) / (d2 + d1 * mpmath.mpf(f))
    exact = mpmath.betainc(mpmath.mpf(d2) / 2, mpmath.mpf(d1) / 2, 0, x, regularized=True)
    print(f"F={f!r} df=({d1},{d2}) sf={stats.f.sf(f, d1, d2)!r} scipy_log10sf={logsf / np.log(10)!r} mpmath_log10sf={mpmath.nstr(mpmath.log10(exact), 17)}")

# Hand-made case with ties and NaNs (same as CorrelationTests.HandMade)
a = [1.0, 2.0, 2.0, 3.0, 4.0, np.nan, 6.0, 7.0]
b = [2.0, 1.0, 4.0, 4.0, np.nan, 5.0, 9.0, 8.0]
c = [5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0]
df = pd.DataFrame({"a": a, "b": b, "c": c})
for m in ["pearson", "spearman"]:
    print(m, repr(df.corr(method=m).loc["a", "b"]), df[["a", "b"]].dropna().shape[0])

if len(sys.argv) == 2:
    d = pd.read_csv(sys.argv[1])
    cols = ["arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k"]
    for m in ["pearson", "spearman"]:
        r = d[cols].corr(method=m)
        print(m)
        for i in range(len(cols)):
            print("[" + ", ".join(repr(float(r.iloc[i, j])) for j in range(len(cols))) + "],")
    print("n", d[cols].notna().sum().to_dict())
