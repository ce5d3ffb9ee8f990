#!/usr/bin/env python3
"""Write the shared I_t(a, b) inputs for scripts/benchmark.

N points as float64 little-endian triples (a, b, t): a and b log-uniform in [0.05, 20], t uniform
in [0, 1], from a fixed seed, so our Swift build and scipy read exactly the same numbers.
"""
import argparse

import numpy as np


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20250913)
    parser.add_argument("--low", type=float, default=0.05)
    parser.add_argument("--high", type=float, default=20.0)
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    lo, hi = np.log(args.low), np.log(args.high)
    triples = np.empty((args.points, 3), dtype="<f8")
    triples[:, 0] = np.exp(rng.uniform(lo, hi, args.points))
    triples[:, 1] = np.exp(rng.uniform(lo, hi, args.points))
    triples[:, 2] = rng.uniform(0.0, 1.0, args.points)
    triples.tofile(args.out)


if __name__ == "__main__":
    main()
