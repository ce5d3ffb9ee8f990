#!/usr/bin/env python3
"""scipy peer for the I_t(a, b) throughput row of scripts/benchmark.

Reads the shared (a, b, t) float64 triples, times `scipy.special.betainc(a, b, t)` vectorised over
all points (scipy's best case: one ufunc call, no Python loop), best of R passes, and compares the
result with ours (from unmask-bench-values incomplete-beta) point by point.
"""
import argparse
import json
import time

import numpy as np
import scipy
from scipy.special import betainc


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inputs", required=True, help="(a, b, t) float64 LE triples")
    parser.add_argument("--ours", required=True, help="our I_t values, float64 LE")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", required=True, help="JSON summary")
    args = parser.parse_args()

    triples = np.fromfile(args.inputs, dtype="<f8").reshape(-1, 3)
    a, b, t = (np.ascontiguousarray(triples[:, k]) for k in range(3))
    ours = np.fromfile(args.ours, dtype="<f8")
    if ours.size != t.size:
        raise SystemExit(f"{args.ours} has {ours.size} values for {t.size} inputs")

    betainc(a[:1000], b[:1000], t[:1000])  # warm-up
    best = best_cpu = float("inf")
    for _ in range(args.repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        reference = betainc(a, b, t)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)

    # Relative difference against scipy; where scipy's value is exactly 0 the absolute difference.
    both_finite = np.isfinite(ours) & np.isfinite(reference)
    scale = np.where(reference == 0.0, 1.0, np.abs(reference))
    relative = np.where(both_finite, np.abs(ours - reference) / scale, np.inf)
    normal = np.abs(reference) >= np.finfo(np.float64).tiny  # scipy's value not subnormal or zero
    worst = int(np.argmax(relative))
    summary = {
        "points": int(t.size),
        "scipy_version": scipy.__version__,
        "repeats": args.repeats,
        "scipy_seconds_best": best,
        "scipy_ns_per_point": best / t.size * 1e9,
        "scipy_cpu_seconds_best": best_cpu,
        "max_relative_difference": float(relative.max()),
        "max_relative_difference_normal_values": float(relative[normal].max()) if normal.any() else 0.0,
        "points_over_1e-13": int((relative > 1e-13).sum()),
        "nonfinite_disagreements": int((~both_finite & ~(np.isnan(ours) & np.isnan(reference))).sum()),
        "worst_point": {"a": float(a[worst]), "b": float(b[worst]), "t": float(t[worst]),
                        "ours": float(ours[worst]), "scipy": float(reference[worst])},
        "checksum_scipy": float(reference.sum()),
        "checksum_ours": float(ours.sum()),
    }
    with open(args.out, "w") as handle:
        json.dump(summary, handle, indent=2)


if __name__ == "__main__":
    main()
