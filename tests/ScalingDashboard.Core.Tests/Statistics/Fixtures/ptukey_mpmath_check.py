# Independent check of one studentized range upper tail (k = 52, df = 7117, the leaderboard pair XGLMForCausalLM-?)
# by nested mpmath quadrature at 30 digits. Run: /usr/bin/python3 ptukey_mpmath_check.py
# Output: 1.12789441241113310158751074946e-6 (finite df), 1.07086913475523263672654147912e-6 (infinite df).
# R gives 1.1278989078267188e-06 and 1.0708691349226029e-06.
import mpmath as mp
mp.mp.dps = 30
k = 52; df = 7117; q = mp.mpf('8.6852231797783332')
def upperW(w):
    # 1 - W(w) = 1 - k * int phi(z) [Phi(z) - Phi(z-w)]^(k-1) dz ; compute tail directly
    f = lambda z: mp.npdf(z) * (mp.ncdf(z) - mp.ncdf(z - w))**(k - 1)
    W = k * mp.quad(f, [-mp.inf, -2, 0, 2, w/2, w, mp.inf])
    return 1 - W
# s = sqrt(chi2_df/df) density
a = mp.mpf(df) / 2
def g(s):
    return mp.exp(mp.log(2) + a * mp.log(a) - mp.loggamma(a) + (df - 1) * mp.log(s) - a * s * s)
sd = 1 / mp.sqrt(2 * df)
pts = [1 + sd * t for t in range(-12, 13, 2)]
res = mp.quad(lambda s: g(s) * upperW(q * s), pts)
print(res)
print("infinite df", upperW(q))
