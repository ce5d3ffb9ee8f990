#!/usr/bin/env python3
"""Write the reference fixtures of the special functions (ln B, Beta density, I_t(a, b)).

Usage:  python3 scripts/generate_special_function_fixtures.py [--quick]

Writes, deterministically (fixed seeds), into Tests/UnmaskCoreTests/Fixtures/:

  log_beta.csv                 a,b,log_beta
  beta_density.csv             a,b,t,density                 density at t (1 - t exact)
  beta_density_complement.csv  a,b,t,complement,density      t^(a-1) * complement^(b-1) / B(a,b)
  incomplete_beta.csv          a,b,t,value,complement        I_t(a,b) and I_{1-t}(b,a)
  incomplete_beta_fast_path.csv  the same columns, over the fast path's domain only (a, b in
                               [0.05, 40]; t uniform, near the mean, in both tails)

Inputs are exact doubles written with Python's repr (Swift's Double(String) reads them exactly);
references come from mpmath at 50 significant digits, written with 20 significant digits
(`0` when the value underflows below 1e-320, `inf` above the double range). The complement is
computed as betainc(b, a, 0, 1 - t) with 1 - t formed exactly, never as 1 - value. A sample of
every file is recomputed at 80 digits and the script fails loudly if any reference moves by more
than 1e-25 (relative), i.e. if mpmath was not converged.
"""

import math
import os
import random
import sys

import mpmath as mp

DPS = 50
CHECK_DPS = 80
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "UnmaskCoreTests", "Fixtures")
HEADER = ("# Written by scripts/generate_special_function_fixtures.py (mpmath %s, dps=%d, checked "
          "against dps=%d on a sample; seeded, deterministic). Inputs are exact doubles (Python repr); "
          "references have 20 significant digits.\n" % (mp.__version__, DPS, CHECK_DPS))

QUICK = "--quick" in sys.argv


def fmt_in(v):
    v = float(v)
    if v == 0:
        return "0"
    return repr(v)


def fmt_ref(v):
    v = mp.mpf(v)
    if v == 0 or abs(v) < mp.mpf("1e-320"):
        return "0"
    if abs(v) > mp.mpf("1.7976931348623157e308"):
        return "inf" if v > 0 else "-inf"
    return mp.nstr(v, 20, min_fixed=-5, max_fixed=5).replace("e+", "e")


# ---------------------------------------------------------------- references

def ref_log_beta(a, b):
    a, b = mp.mpf(a), mp.mpf(b)
    return mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


def ref_density(a, b, t, c):
    a, b, t, c = mp.mpf(a), mp.mpf(b), mp.mpf(t), mp.mpf(c)
    if t == 0:
        return mp.inf if a < 1 else (b if a == 1 else mp.mpf(0))
    if c == 0:
        return mp.inf if b < 1 else (a if b == 1 else mp.mpf(0))
    logf = (a - 1) * mp.log(t) + (b - 1) * mp.log(c) - ref_log_beta(a, b)
    return mp.exp(logf)


def ref_incomplete(a, b, t):
    """(I_t(a,b), I_{1-t}(b,a)): the smaller one directly, the larger as 1 - smaller.

    The complement is evaluated directly as I_{1-t}(b, a) when it is the smaller one, with 1 - t
    formed exactly (the working precision is raised by -log2(t) bits for tiny t, since
    1 - 5e-324 needs ~1100 bits).
    """
    a, b, t = mp.mpf(a), mp.mpf(b), mp.mpf(t)
    if t == 0:
        return mp.mpf(0), mp.mpf(1)
    if t == 1:
        return mp.mpf(1), mp.mpf(0)
    v = mp.betainc(a, b, 0, t, regularized=True)
    if v <= 0.5:
        return v, 1 - v
    extra = int(-mp.floor(mp.log(t, 2))) + 10 if t < 0.5 else 0
    with mp.workprec(mp.mp.prec + extra):
        c = 1 - t  # exact at this precision
        w = mp.betainc(b, a, 0, c, regularized=True)
    return +v, +w


def check_converged(name, rows, fn, nargs, sample):
    """Recompute a sample at CHECK_DPS; fail loudly when a reference moves."""
    rng = random.Random(12345)
    picks = rng.sample(range(len(rows)), min(sample, len(rows)))
    worst = 0.0
    for i in picks:
        row = rows[i]
        with mp.workdps(DPS):
            lo = fn(*row[:nargs])
        with mp.workdps(CHECK_DPS):
            hi = fn(*row[:nargs])
        if not isinstance(lo, tuple):
            lo, hi = (lo,), (hi,)
        for x, y in zip(lo, hi):
            if mp.isinf(y) or y == 0:
                if x != y:
                    raise SystemExit("%s: reference not converged at %r: %s vs %s" % (name, row[:nargs], x, y))
                continue
            rel = abs((x - y) / y)
            worst = max(worst, float(rel))
            if rel > mp.mpf("1e-25"):
                raise SystemExit("%s: reference not converged at %r: %s vs %s" % (name, row[:nargs], x, y))
    print("%s: %d of %d rows rechecked at dps %d, max relative change %.3g" % (name, len(picks), len(rows), CHECK_DPS, worst))


# ---------------------------------------------------------------- point sets

def loguniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def parameter(rng):
    """a or b: mostly log-uniform in [0.01, 1000], sometimes integer / half-integer / edge."""
    u = rng.random()
    if u < 0.70:
        return loguniform(rng, 0.01, 1000.0)
    if u < 0.80:
        return float(rng.randint(1, 1000)) if rng.random() < 0.5 else float(rng.randint(1, 30))
    if u < 0.90:
        return rng.randint(0, 60) + 0.5
    return rng.choice([0.01, 0.0100001, 0.05, 0.5, 1.0, 2.0, 999.0, 1000.0])


TINY_T = [5e-324, 1e-323, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-200, 1e-100, 1e-30, 1e-16]
NEAR_ONE_T = [1 - 2.0 ** -53, 1 - 2.0 ** -52, 1 - 1e-15, 1 - 1e-12, 1 - 1e-9, 1 - 1e-6]


def spread_t(rng, a, b):
    """A t that makes I_t(a,b) informative: around the bulk, in the tails, near the ends."""
    u = rng.random()
    mean = a / (a + b)
    sd = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    if u < 0.30:
        t = mean + sd * rng.uniform(-40, 40)
    elif u < 0.45:
        t = rng.random()
    elif u < 0.60:
        t = 10.0 ** rng.uniform(-300, 0)
    elif u < 0.75:
        t = 1 - 10.0 ** rng.uniform(-16, 0)
    elif u < 0.85:
        s = (a + 1) / (a + b + 2)  # switch-over point of the continued fraction
        t = s * (1 + rng.uniform(-1e-3, 1e-3)) if rng.random() < 0.5 else s
    elif u < 0.93:
        t = rng.choice(TINY_T)
    else:
        t = rng.choice(NEAR_ONE_T)
    return min(max(t, 5e-324), 1 - 2.0 ** -53)


def incomplete_points(rng, n):
    pts = []
    # general
    for _ in range(int(n * 0.55)):
        a, b = parameter(rng), parameter(rng)
        pts.append((a, b, spread_t(rng, a, b)))
    # one parameter tiny, the other large (both orientations)
    for _ in range(int(n * 0.12)):
        small = loguniform(rng, 0.01, 0.05)
        large = loguniform(rng, 50, 1000)
        a, b = (small, large) if rng.random() < 0.5 else (large, small)
        pts.append((a, b, spread_t(rng, a, b)))
    # both large, near the mean and in both tails
    for _ in range(int(n * 0.12)):
        a = loguniform(rng, 300, 1000)
        b = a * loguniform(rng, 0.7, 1.4) if rng.random() < 0.7 else loguniform(rng, 300, 1000)
        b = min(b, 1000.0)
        pts.append((a, b, spread_t(rng, a, b)))
    # both small
    for _ in range(int(n * 0.08)):
        a, b = loguniform(rng, 0.01, 1.0), loguniform(rng, 0.01, 1.0)
        pts.append((a, b, spread_t(rng, a, b)))
    # integer and half-integer parameters
    for _ in range(int(n * 0.06)):
        a = float(rng.randint(1, 40)) + rng.choice([0.0, 0.5])
        b = float(rng.randint(1, 40)) + rng.choice([0.0, 0.5])
        pts.append((a, b, spread_t(rng, a, b)))
    # exact ends
    for _ in range(int(n * 0.02)):
        a, b = parameter(rng), parameter(rng)
        pts.append((a, b, rng.choice([0.0, 1.0])))
    while len(pts) < n:
        a, b = parameter(rng), parameter(rng)
        pts.append((a, b, rng.choice(TINY_T + NEAR_ONE_T)))
    return pts


def density_points(rng, n):
    pts = []
    for _ in range(n):
        a, b = parameter(rng), parameter(rng)
        if rng.random() < 0.05:
            a = rng.choice([1.0, a])
            t = rng.choice([0.0, 1.0])
        else:
            t = spread_t(rng, a, b)
        pts.append((a, b, t))
    return pts


def density_complement_points(rng, n):
    pts = []
    for _ in range(n):
        a, b = parameter(rng), parameter(rng)
        c = 10.0 ** rng.uniform(-300, -0.3) if rng.random() < 0.9 else rng.choice([1e-320, 1e-17, 2.0 ** -60])
        t = 1.0 - c  # rounded: the pair (t, c) is what the function is given
        pts.append((a, b, t, c))
    return pts


def log_beta_points(rng, n):
    pts = []
    for i in range(n):
        if i < int(n * 0.8):
            a, b = loguniform(rng, 0.01, 1000), loguniform(rng, 0.01, 1000)
        elif i < int(n * 0.9):
            a, b = parameter(rng), parameter(rng)
        else:
            a, b = loguniform(rng, 1e-8, 1e8), loguniform(rng, 1e-8, 1e8)
        pts.append((a, b))
    pts += [(1.0, 1.0), (0.5, 0.5), (1.0, 2.0), (2.0, 3.0), (0.01, 0.01), (1000.0, 1000.0)]
    return pts


# ---------------------------------------------------------------- writing

def fast_path_points(rng, n):
    """The fast path's domain (0.05 <= a, b <= 40, 1e-300 <= t <= 1 - 1e-9), where most of the time of
    the benchmark and of the energy metric goes: a third t uniform, a third within a few standard
    deviations of the mean (where the continued fraction is slowest), a third in the far tails."""
    pts = []
    for k in range(n):
        a, b = loguniform(rng, 0.05, 40.0), loguniform(rng, 0.05, 40.0)
        if k % 3 == 0:
            t = rng.random()
        elif k % 3 == 1:
            mean = a / (a + b)
            sd = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
            t = mean + sd * rng.gauss(0, 1.5)
        else:
            t = 10.0 ** rng.uniform(-300, 0) if rng.random() < 0.5 else 1 - 10.0 ** rng.uniform(-9, 0)
        pts.append((a, b, min(max(t, 1e-300), 1 - 1e-9)))
    return pts


def write(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w") as fh:
        fh.write(HEADER)
        fh.write(",".join(header) + "\n")
        for r in rows:
            fh.write(",".join(r) + "\n")
    print("wrote %s (%d rows, %d bytes)" % (path, len(rows), os.path.getsize(path)))


def main():
    mp.mp.dps = DPS
    os.makedirs(OUT, exist_ok=True)
    scale = 0.1 if QUICK else 1.0
    sample = 40 if QUICK else 300

    rng = random.Random(20240611)
    lb = log_beta_points(rng, int(1000 * scale))
    lb_rows = [(a, b, ref_log_beta(a, b)) for a, b in lb]
    check_converged("log_beta", lb_rows, ref_log_beta, 2, sample)
    write("log_beta.csv", ["a", "b", "log_beta"], [(fmt_in(a), fmt_in(b), fmt_ref(v)) for a, b, v in lb_rows])

    rng = random.Random(20240612)
    dp = density_points(rng, int(1500 * scale))
    dens = lambda a, b, t: ref_density(a, b, t, 1 - mp.mpf(t))
    dp_rows = [(a, b, t, dens(a, b, t)) for a, b, t in dp]
    check_converged("beta_density", dp_rows, dens, 3, sample)
    write("beta_density.csv", ["a", "b", "t", "density"],
          [(fmt_in(a), fmt_in(b), fmt_in(t), fmt_ref(v)) for a, b, t, v in dp_rows])

    rng = random.Random(20240613)
    dc = density_complement_points(rng, int(300 * scale))
    dc_rows = [(a, b, t, c, ref_density(a, b, t, c)) for a, b, t, c in dc]
    check_converged("beta_density_complement", dc_rows, ref_density, 4, sample)
    write("beta_density_complement.csv", ["a", "b", "t", "complement", "density"],
          [(fmt_in(a), fmt_in(b), fmt_in(t), fmt_in(c), fmt_ref(v)) for a, b, t, c, v in dc_rows])

    rng = random.Random(20240614)
    ip = incomplete_points(rng, int(4000 * scale))
    ip_rows = []
    for k, (a, b, t) in enumerate(ip):
        v, w = ref_incomplete(a, b, t)
        if abs(v + w - 1) > mp.mpf("1e-40"):
            raise SystemExit("incomplete_beta: value + complement != 1 at %r: %s + %s" % ((a, b, t), v, w))
        ip_rows.append((a, b, t, (v, w)))
        if k % 500 == 0:
            print("incomplete_beta: %d/%d" % (k, len(ip)), flush=True)
    check_converged("incomplete_beta", ip_rows, ref_incomplete, 3, sample)
    write("incomplete_beta.csv", ["a", "b", "t", "value", "complement"],
          [(fmt_in(a), fmt_in(b), fmt_in(t), fmt_ref(v), fmt_ref(w)) for a, b, t, (v, w) in ip_rows])

    rng = random.Random(20240615)
    fp = fast_path_points(rng, int(2000 * scale))
    fp_rows = [(a, b, t, ref_incomplete(a, b, t)) for a, b, t in fp]
    check_converged("incomplete_beta_fast_path", fp_rows, ref_incomplete, 3, sample)
    write("incomplete_beta_fast_path.csv", ["a", "b", "t", "value", "complement"],
          [(fmt_in(a), fmt_in(b), fmt_in(t), fmt_ref(v), fmt_ref(w)) for a, b, t, (v, w) in fp_rows])


if __name__ == "__main__":
    main()
