#!/usr/bin/env python3
"""scipy reference for the energy heatmap of scripts/benchmark.

Cell (a, b) is the energy of the mask schedule Beta(a, b) under a weight (docs/theory.md §3, §5):

    E = π² ∫₀¹ f_{a,b}(t)² / γ̇_w(t) dt,     f_{a,b} the Beta(a, b) density.

For the cosine weight α_w = 1 − cos(πt/2), γ_w = (2/π)·arcsin √α_w, so
γ̇_w(t) = cos(πt/4) / √(2·sin(π(1 − t)/2)): finite at 0, ~ (1 − t)^{-1/2} at 1. The integrand
behaves like t^{2(a−1)} at 0 and (1 − t)^{2(b−1)+1/2} at 1, so E = +∞ exactly when a ≤ 1/2 or
b ≤ 1/4. Those cells are decided by that rule and not timed.

A random subsample of finite cells is integrated with `scipy.integrate.quad(..., limit=200)`
(QUADPACK QAGS, default tolerances) on a log-space density (scipy.special.betaln plus scalar
math calls, several times faster per call than scipy.stats.beta.pdf, so the stronger peer).
Each cell is timed best-of-R; the per-cell time is scaled to the whole grid's finite cells. Our
values (from unmask-bench-values heatmap) are compared with the reference on the subsample.
"""
import argparse
import json
import math
import time
import warnings

import numpy as np
from scipy.integrate import IntegrationWarning, quad
from scipy.special import betaln

PI2 = math.pi * math.pi


def axis_values(spec):
    """GridAxis(parsing: "MIN:MAX:COUNT") values, computed with the same float operations."""
    lo, hi, count = spec.split(":")
    lo, hi, count = float(lo), float(hi), int(count)
    values = []
    for i in range(count):
        if count == 1 or i == 0:
            values.append(lo)
        elif i == count - 1:
            values.append(hi)
        else:
            values.append(lo + (hi - lo) * (i / (count - 1)))
    return values


def cosine_integrand(a, b):
    """t ↦ f_{a,b}(t)² / γ̇_w(t) for the cosine weight, without the π² factor."""
    ln_b = betaln(a, b)
    am1, bm1 = a - 1.0, b - 1.0
    log, log1p, exp, sin, cos, sqrt = math.log, math.log1p, math.exp, math.sin, math.cos, math.sqrt
    half_pi, quarter_pi = math.pi / 2, math.pi / 4

    def integrand(t):
        log_f = am1 * log(t) + bm1 * log1p(-t) - ln_b
        return exp(2.0 * log_f) * sqrt(2.0 * sin(half_pi * (1.0 - t))) / cos(quarter_pi * t)

    return integrand


def cosine_diverges(a, b):
    """Endpoint exponents 2(a−1) at 0 and 2(b−1) + 1/2 at 1; ≤ −1 means a divergent integral."""
    return 2.0 * (a - 1.0) <= -1.0 or 2.0 * (b - 1.0) + 0.5 <= -1.0


def reference_energy(a, b):
    value, error = quad(cosine_integrand(a, b), 0.0, 1.0, limit=200)
    return PI2 * value, PI2 * error


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--grid-a", default="0.1:3:256")
    parser.add_argument("--grid-b", default="0.1:3:256")
    parser.add_argument("--weight", default="cosine")
    parser.add_argument("--ours", required=True, help="our heatmap, float64 LE, row-major j·na + i")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20250913)
    parser.add_argument("--out", required=True, help="JSON summary")
    args = parser.parse_args()
    if args.weight != "cosine":
        raise SystemExit(f"scipy_energy.py has a reference integrand for the cosine weight only, not '{args.weight}'")

    a_values, b_values = axis_values(args.grid_a), axis_values(args.grid_b)
    na, nb = len(a_values), len(b_values)
    ours = np.fromfile(args.ours, dtype="<f8")
    if ours.size != na * nb:
        raise SystemExit(f"{args.ours} has {ours.size} values, expected {na * nb}")

    divergent = np.array([cosine_diverges(a_values[k % na], b_values[k // na]) for k in range(na * nb)])
    ours_infinite = np.isposinf(ours)
    finite_cells = np.flatnonzero(~divergent)

    rng = np.random.default_rng(args.seed)
    sample = np.sort(rng.choice(finite_cells, size=min(args.samples, finite_cells.size), replace=False))

    best_times, best_cpu_times, references, errors, worst = [], [], [], [], None
    warning_count = 0
    max_rel = 0.0
    for k in sample:
        a, b = a_values[k % na], b_values[k // na]
        best = best_cpu = math.inf
        for _ in range(args.repeats):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", IntegrationWarning)
                start, start_cpu = time.perf_counter(), time.process_time()
                value, error = reference_energy(a, b)
                best = min(best, time.perf_counter() - start)
                best_cpu = min(best_cpu, time.process_time() - start_cpu)
        warning_count += len(caught)
        best_times.append(best)
        best_cpu_times.append(best_cpu)
        references.append(value)
        errors.append(error)
        rel = abs(ours[k] - value) / abs(value) if math.isfinite(ours[k]) else math.inf
        if worst is None or rel > max_rel:
            max_rel = rel
            worst = {"a": a, "b": b, "ours": float(ours[k]), "scipy": value, "scipy_error_estimate": error,
                     "relative_difference": rel}

    per_cell = float(np.mean(best_times))
    summary = {
        "grid": {"a": args.grid_a, "b": args.grid_b, "cells": na * nb, "weight": args.weight},
        "divergent_by_rule": int(divergent.sum()),
        "ours_infinite": int(ours_infinite.sum()),
        "divergence_mismatches": int((divergent != ours_infinite).sum()),
        "ours_nonfinite_in_finite_cells": int((~np.isfinite(ours[finite_cells])).sum()),
        "finite_cells": int(finite_cells.size),
        "samples": int(sample.size),
        "repeats": args.repeats,
        "scipy_seconds_per_cell": per_cell,
        "scipy_cpu_seconds_per_cell": float(np.mean(best_cpu_times)),
        "scipy_seconds_full_grid_estimate": per_cell * finite_cells.size,
        "max_relative_difference": max_rel,
        "worst_cell": worst,
        "max_scipy_relative_error_estimate": float(max(e / v for e, v in zip(errors, references))),
        "integration_warnings": warning_count,
    }
    with open(args.out, "w") as handle:
        json.dump(summary, handle, indent=2)


if __name__ == "__main__":
    main()
