#!/usr/bin/env python3
"""Reference values for schedules, energies and token counts, computed with mpmath.

Writes into Tests/UnmaskCoreTests/Fixtures/:
  schedules.csv         spec,t,gamma,alpha,alpha_dot        (definitions of docs/theory.md §2, §5, §8)
  energies.csv          alpha,weight,energy                 (docs/theory.md §3 integral / §5 closed form)
  discrete_energies.csv alpha,weight,steps,discrete_energy  (docs/theory.md §6)
  token_counts.csv      spec,rounding,length,steps,counts   (docs/theory.md §7; counts joined by ';')

Everything is evaluated from the defining formulas at 40 significant digits, independently of the
Swift code (which uses simplified, complement-aware forms). Run from the repository root:
    python3 scripts/generate_schedule_fixtures.py
"""
import csv
import os
import mpmath as mp

mp.mp.dps = 40
PI = mp.pi
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "UnmaskCoreTests", "Fixtures")


def beta_schedule(a, b):
    a, b = mp.mpf(a), mp.mpf(b)
    gamma = lambda t: mp.betainc(a, b, 0, t, regularized=True)
    # 1 − γ = I_{1−t}(b, a): needed where γ is within 1e-40 of 1 (sin(π·γ) would be noise there).
    gamma_complement = lambda t: mp.betainc(b, a, 0, 1 - t, regularized=True)
    alpha = lambda t: mp.sin(PI / 2 * gamma(t)) ** 2
    pdf = lambda t: t ** (a - 1) * (1 - t) ** (b - 1) / mp.beta(a, b)
    alpha_dot = lambda t: PI / 2 * mp.sin(PI * min(gamma(t), gamma_complement(t))) * pdf(t)
    return alpha, alpha_dot


def named(alpha, alpha_dot):
    return alpha, alpha_dot


SCHEDULES = {
    "linear": named(lambda t: t, lambda t: mp.mpf(1)),
    "sine": named(lambda t: mp.sin(PI * t / 2), lambda t: PI / 2 * mp.cos(PI * t / 2)),
    "cosine": named(lambda t: 2 * mp.sin(PI * t / 4) ** 2, lambda t: PI / 2 * mp.sin(PI * t / 2)),
    "sin2": named(lambda t: mp.sin(PI * t / 2) ** 2, lambda t: PI / 2 * mp.sin(PI * t)),
    "poly:2": named(lambda t: t ** 2, lambda t: 2 * t),
    "poly:0.5": named(lambda t: mp.sqrt(t), lambda t: 1 / (2 * mp.sqrt(t))),
    "polymask:3": named(lambda t: -mp.expm1(3 * mp.log1p(-t)), lambda t: 3 * (1 - t) ** 2),
    "polymask:2": named(lambda t: t * (2 - t), lambda t: 2 * (1 - t)),
    "poly:3": named(lambda t: t ** 3, lambda t: 3 * t ** 2),
    "beta:1,1": beta_schedule(1, 1),
    "beta:0.5,0.5": beta_schedule(0.5, 0.5),
    "beta:0.9,0.3": beta_schedule(0.9, 0.3),
    "beta:1,0.2": beta_schedule(1, 0.2),
    "beta:0.3,0.9": beta_schedule(0.3, 0.9),
    "beta:2,5": beta_schedule(2, 5),
    "beta:0.05,20": beta_schedule(0.05, 20),
}


def schedule(spec):
    if spec.startswith("beta:") and spec not in SCHEDULES:
        return beta_schedule(*(float(x) for x in spec[5:].split(",")))
    return SCHEDULES["sin2" if spec == "uniform" else spec]


def gamma_of(alpha_value):
    return 2 / PI * mp.asin(mp.sqrt(alpha_value))


def gamma_dot_of(alpha, alpha_dot, t):
    """γ̇ = α̇/(π·√(α(1−α))), from γ = (2/π)·arcsin √α."""
    a = alpha(t)
    return alpha_dot(t) / (PI * mp.sqrt(a * (1 - a)))


def fmt(x):
    x = mp.mpf(x)
    if mp.isinf(x):
        return "inf"
    return mp.nstr(x, 20, min_fixed=-5, max_fixed=5, strip_zeros=False).replace(" ", "")


def write(name, header, rows, note):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        f.write(f"# written by scripts/generate_schedule_fixtures.py ({note}); do not edit\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"{path}: {len(rows)} rows")


def schedule_rows():
    times = ["0", "1e-12", "0.001", "0.1", "0.25", "0.3", "0.5", "0.7", "0.9", "0.999", "0.999999", "1"]
    rows = []
    for spec, (alpha, alpha_dot) in SCHEDULES.items():
        for text in times:
            t = mp.mpf(float(text))
            a = alpha(t)
            g = gamma_of(a)
            if t in (0, 1):
                ad = mp.nan
            else:
                ad = alpha_dot(t)
            rows.append([spec, repr(float(text)), fmt(g), fmt(a), "nan" if mp.isnan(ad) else fmt(ad)])
    return rows


def energy(alpha_spec, weight_spec):
    """π²·(1+χ²) for Beta pairs, the defining integral otherwise."""
    def beta_params(spec):
        aliases = {"linear": (0.5, 0.5), "sin2": (1, 1), "uniform": (1, 1)}
        if spec in aliases:
            return aliases[spec]
        if spec.startswith("beta:"):
            return tuple(float(x) for x in spec[5:].split(","))
        return None

    pa, pw = beta_params(alpha_spec), beta_params(weight_spec)
    if pa and pw:
        (a1, b1), (a, b) = pa, pw
        if 2 * a1 <= a or 2 * b1 <= b:
            return mp.inf
        return PI ** 2 * mp.beta(a, b) * mp.beta(2 * a1 - a, 2 * b1 - b) / mp.beta(a1, b1) ** 2
    alpha, alpha_dot = schedule(alpha_spec)
    w_alpha, w_dot = schedule(weight_spec)

    def integrand(t):
        a, w = alpha(t), w_alpha(t)
        if a * (1 - a) == 0 or w * (1 - w) == 0:
            return mp.mpf(0)  # a node within 1e-40 of an end: its weight is negligible
        return alpha_dot(t) ** 2 / (gamma_dot_of(w_alpha, w_dot, t) * a * (1 - a))

    # Divergence, decided independently of the Swift code's analytic exponents: the local
    # log-log slope of the integrand at each end; ≤ −1 means a non-integrable end.
    with mp.workdps(120):
        left = mp.log(integrand(mp.mpf("1e-30")) / integrand(mp.mpf("1e-25"))) / mp.log(mp.mpf("1e-5"))
        right = mp.log(integrand(1 - mp.mpf("1e-15")) / integrand(1 - mp.mpf("1e-12"))) / mp.log(mp.mpf("1e-3"))
    if left <= -1 + 1e-3 or right <= -1 + 1e-3:
        return mp.inf
    # The right end is resolved only to 1 − t ≈ 1e-40 at this precision; the pairs below keep
    # its exponent ≥ −0.5 so the part left out is below 1e-20 (left ends are resolved fully).
    assert right >= -0.5 - 1e-3, (alpha_spec, weight_spec, right)
    # Left half with t = s^8, which turns an endpoint power t^p into s^(8p + 7): smooth for the
    # p > −0.9 used here, so mpmath's tanh-sinh need not resolve t below 1e-40.
    m = 8
    left_half = mp.quad(lambda s: integrand(s ** m) * m * s ** (m - 1), [0, mp.mpf(2) ** (-mp.mpf(1) / m)])
    return left_half + mp.quad(integrand, [mp.mpf(1) / 2, 1])


ENERGY_PAIRS = [
    ("beta:1,1", "beta:0.9,0.3"), ("beta:0.7,0.5", "beta:0.9,0.3"), ("beta:2,2", "uniform"),
    ("beta:1,2", "uniform"), ("beta:0.75,0.75", "uniform"), ("linear", "uniform"),
    ("beta:0.5,0.5", "beta:0.9,0.3"), ("beta:3,0.4", "beta:2,0.5"), ("beta:0.3,0.9", "uniform"),
    ("sin2", "uniform"), ("linear", "linear"),
    ("sine", "uniform"), ("cosine", "uniform"), ("poly:2", "uniform"), ("polymask:3", "uniform"),
    ("sine", "cosine"), ("cosine", "sine"), ("sine", "linear"), ("cosine", "linear"),
    ("beta:1,1", "cosine"), ("beta:2,2", "cosine"), ("beta:0.9,0.6", "cosine"), ("beta:0.8,1.5", "cosine"),
    ("beta:1,0.8", "sine"), ("beta:2,5", "poly:2"), ("poly:2", "beta:0.9,0.3"),
    ("linear", "sine"), ("sine", "sine"), ("cosine", "cosine"), ("poly:2", "poly:2"),
    ("beta:1,1", "sine"), ("beta:0.7,0.7", "linear"), ("poly:2", "linear"), ("polymask:2", "linear"),
    ("poly:3", "uniform"), ("beta:0.3,2", "sine"),
]


def energy_rows():
    rows = []
    for alpha_spec, weight_spec in ENERGY_PAIRS:
        rows.append([alpha_spec, weight_spec, fmt(energy(alpha_spec, weight_spec))])
    return rows


def discrete_energy(alpha_spec, weight_spec, steps):
    alpha, _ = schedule(alpha_spec)
    w_alpha, _ = schedule(weight_spec)
    total = mp.mpf(0)
    for k in range(steps):
        t0, t1 = mp.mpf(k) / steps, mp.mpf(k + 1) / steps
        dtheta = mp.asin(mp.sqrt(alpha(t1))) - mp.asin(mp.sqrt(alpha(t0)))
        dgamma = gamma_of(w_alpha(t1)) - gamma_of(w_alpha(t0))
        total += 4 * dtheta ** 2 / dgamma
    return total


def discrete_rows():
    rows = []
    for alpha_spec, weight_spec in [("linear", "uniform"), ("beta:0.9,0.3", "uniform"), ("beta:1,0.2", "uniform"),
                                    ("sine", "cosine"), ("beta:2,5", "beta:0.9,0.3"), ("cosine", "uniform"),
                                    ("beta:0.9,0.3", "beta:0.9,0.3"), ("poly:2", "sine")]:
        for steps in (1, 2, 3, 8, 64, 1000):
            rows.append([alpha_spec, weight_spec, str(steps), fmt(discrete_energy(alpha_spec, weight_spec, steps))])
    return rows


def round_half_up(x):
    """Halves round up; values within 1e-30 of a half count as exact halves (α(1/2) = 1/2)."""
    return int(mp.floor(x + mp.mpf(1) / 2 + mp.mpf(10) ** -30))


def token_counts(spec, rounding, length, steps):
    alpha, _ = SCHEDULES[spec]
    alphas = [mp.mpf(0)] + [alpha(mp.mpf(k) / steps) for k in range(1, steps)] + [mp.mpf(1)]
    if rounding == "cumulative":
        revealed = [round_half_up(length * a) for a in alphas]
        return [revealed[k + 1] - revealed[k] for k in range(steps)]
    expected = [length * (alphas[k + 1] - alphas[k]) for k in range(steps)]
    counts = [int(mp.floor(e + mp.mpf(10) ** -30)) for e in expected]
    leftover = length - sum(counts)
    remainders = [mp.nint((e - c) * 10 ** 25) for e, c in zip(expected, counts)]
    order = sorted(range(steps), key=lambda k: (-remainders[k], k))
    for k in order[:leftover]:
        counts[k] += 1
    return counts


def llada_transfer_tokens(length, steps):
    """LLaDA's get_num_transfer_tokens: L div N per step, the first L mod N steps one more."""
    base, remainder = divmod(length, steps)
    return [base + (1 if k < remainder else 0) for k in range(steps)]


def token_rows():
    rows = []
    specs = ["linear", "sin2", "beta:0.9,0.3", "beta:1,0.2", "beta:0.3,0.9", "sine", "cosine", "poly:2", "polymask:3"]
    for spec in specs:
        for rounding in ("cumulative", "llada"):
            for length in (1, 5, 37, 256, 1000):
                for steps in (1, 3, 8, 64):
                    counts = token_counts(spec, rounding, length, steps)
                    assert sum(counts) == length
                    if spec == "linear" and rounding == "llada" and length >= steps:
                        assert counts == llada_transfer_tokens(length, steps), (length, steps)
                    rows.append([spec, rounding, str(length), str(steps), ";".join(map(str, counts))])
    return rows


if __name__ == "__main__":
    write("schedules.csv", ["spec", "t", "gamma", "alpha", "alpha_dot"], schedule_rows(), "mpmath, 40 digits")
    write("energies.csv", ["alpha", "weight", "energy"], energy_rows(), "mpmath quad or closed form, 40 digits")
    write("discrete_energies.csv", ["alpha", "weight", "steps", "discrete_energy"], discrete_rows(), "mpmath, 40 digits")
    write("token_counts.csv", ["spec", "rounding", "length", "steps", "counts"], token_rows(), "mpmath alphas, 40 digits")
