#!/usr/bin/env python3
"""Persistent scipy peer for the paired rows 1 and 2 of scripts/benchmark.

The timed suite (Benchmarks/UnmaskBenchmarks) starts this process once and, in every iteration,
times one pass of ours and then asks for one pass of the peer, so that each ratio compares passes
taken a fraction of a second apart (the machine's speed drifts by tens of percent over minutes).

Protocol: one command per line on stdin, one answer per line on stdout.
    betainc   seconds for one vectorised scipy.special.betainc call over the shared 1M points
    quad      mean seconds per cell for one pass of scipy.integrate.quad over the sampled finite
              cells, each cell timed best of --repeats (as scipy_energy.py does)
    quit      exit
At start-up it prints "ready <points> <cells>" once the inputs are loaded and warmed up.
"""
import argparse
import math
import sys
import time
import warnings

import numpy as np
from scipy.integrate import IntegrationWarning
from scipy.special import betainc

from scipy_energy import axis_values, cosine_diverges, reference_energy


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", required=True, help="(a, b, t) float64 LE triples")
    parser.add_argument("--grid-a", default="0.1:3:256")
    parser.add_argument("--grid-b", default="0.1:3:256")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20250913)
    args = parser.parse_args()

    triples = np.fromfile(args.inputs, dtype="<f8").reshape(-1, 3)
    a, b, t = (np.ascontiguousarray(triples[:, k]) for k in range(3))
    a_values, b_values = axis_values(args.grid_a), axis_values(args.grid_b)
    na, nb = len(a_values), len(b_values)
    finite = [k for k in range(na * nb) if not cosine_diverges(a_values[k % na], b_values[k // na])]
    rng = np.random.default_rng(args.seed)  # the same sample as scipy_energy.py
    sample = np.sort(rng.choice(np.array(finite), size=min(args.samples, len(finite)), replace=False))
    cells = [(a_values[k % na], b_values[k // na]) for k in sample]
    betainc(a[:1000], b[:1000], t[:1000])
    reference_energy(*cells[0])
    warnings.simplefilter("ignore", IntegrationWarning)  # scipy_energy.py counts them
    print(f"ready {t.size} {len(cells)}", flush=True)

    for line in sys.stdin:
        command = line.strip()
        if command == "betainc":
            start = time.perf_counter()
            betainc(a, b, t)
            print(repr(time.perf_counter() - start), flush=True)
        elif command == "quad":
            total = 0.0
            for cell in cells:
                best = math.inf
                for _ in range(args.repeats):
                    start = time.perf_counter()
                    reference_energy(*cell)
                    best = min(best, time.perf_counter() - start)
                total += best
            print(repr(total / len(cells)), flush=True)
        elif command == "quit":
            return
        else:
            print(f"error: unknown command {command!r}", flush=True)
            sys.exit(2)


if __name__ == "__main__":
    main()
