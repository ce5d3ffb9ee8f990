#!/usr/bin/env python3
"""Reference information curves of every built-in toy target, computed with mpmath.

Writes Tests/UnmaskCoreTests/Fixtures/information.csv with the columns
  target,quantity,index,value
where quantity is
  z                 Z_j for j = index (1…n)                     (docs/theory.md §12)
  position_entropy  H(x_i) for position i = index (1…n)
  entropy           H(q)                    (index 0)
  tc                total correlation Σ_i H(x_i) − H(q)          (index 0)
  dtc               dual total correlation H(q) − Σ_i H(x_i | x_{−i})  (index 0)
all in nats, at 40 significant digits, written with 25.

The targets are rebuilt here from their definitions (Sources/UnmaskCore/Targets/ToyTarget+BuiltIn.swift;
the word list is read from FiveLetterWords.swift). Z_j is computed from its definition as an
average of mutual informations, independently of the Swift code's h_1 + h_{j−1} − h_j:
  Z_j = mean over sets S of j − 1 positions and i ∉ S of H(x_i) + H(x_S) − H(x_{S ∪ i}),
with every marginal entropy from exact enumeration, except the two Markov chains, whose
marginal on positions t_1 < … < t_k is itself a chain: H(x_T) = ln d + Σ H(row of P^{t_{l+1} − t_l}),
P^g having diagonal 1/d + (1 − 1/d)·λ^g with λ = stay − (1 − stay)/(d − 1). Run from the
repository root:
    python3 scripts/generate_information_fixtures.py
"""
import csv
import itertools
import os
import re

import mpmath as mp

mp.mp.dps = 40
ROOT = os.path.join(os.path.dirname(__file__), "..")
OUT = os.path.join(ROOT, "Tests", "UnmaskCoreTests", "Fixtures", "information.csv")


def uniform(sequences):
    sequences = list(sequences)
    return {tuple(s): mp.mpf(1) / len(sequences) for s in sequences}


def words():
    text = open(os.path.join(ROOT, "Sources", "UnmaskCore", "Targets", "FiveLetterWords.swift")).read()
    body = text.split('"""')[1]
    return uniform(tuple(ord(c) - 97 for c in w) for w in body.split())


def enumerated_entropy(q):
    """H(x_T) for a target given as {sequence: probability}."""
    cache = {}

    def entropy(subset):
        subset = tuple(sorted(subset))
        if subset not in cache:
            marginal = {}
            for sequence, p in q.items():
                key = tuple(sequence[i] for i in subset)
                marginal[key] = marginal.get(key, 0) + p
            cache[subset] = -mp.fsum(p * mp.log(p) for p in marginal.values() if p > 0)
        return cache[subset]
    return entropy


def markov_entropy(symbols, stay):
    """H(x_T) of the stationary symmetric chain that keeps its symbol with probability `stay`."""
    d = mp.mpf(symbols)
    stay = mp.mpf(stay)
    lam = stay - (1 - stay) / (d - 1)

    def row(gap):
        diagonal = 1 / d + (1 - 1 / d) * lam ** gap
        off = (1 - diagonal) / (d - 1)
        return -diagonal * mp.log(diagonal) - (d - 1) * off * mp.log(off)

    def entropy(subset):
        subset = sorted(subset)
        if not subset:
            return mp.mpf(0)
        return mp.log(d) + mp.fsum(row(b - a) for a, b in zip(subset, subset[1:]))
    return entropy


def sticky_weights(length, symbols, stay):
    switch = (1 - mp.mpf(stay)) / (symbols - 1)
    q = {}
    for s in itertools.product(range(symbols), repeat=length):
        switches = sum(1 for a, b in zip(s, s[1:]) if a != b)
        q[s] = mp.mpf(stay) ** (length - 1 - switches) * switch ** switches / symbols
    return q


def targets():
    yield "paper-extremes", 5, enumerated_entropy(uniform([(0,) * 5, (1,) * 5]))
    yield "paper-balanced", 5, enumerated_entropy(uniform(s for s in itertools.product(range(2), repeat=5) if s.count(0) in (2, 3)))
    yield "words", 5, enumerated_entropy(words())
    yield "addition", 6, enumerated_entropy(uniform((a, 10, b, 11, (a + b) // 10, (a + b) % 10) for a in range(10) for b in range(10)))
    yield "sticky-chain", 8, markov_entropy(3, "0.9")
    yield "palindromes", 6, enumerated_entropy(uniform(h + h[::-1] for h in itertools.product(range(3), repeat=3)))
    yield "copy", 8, enumerated_entropy(uniform(h + h for h in itertools.product(range(2), repeat=4)))
    yield "permutation", 5, enumerated_entropy(uniform(itertools.permutations(range(5))))
    yield "long-chain", 12, markov_entropy(2, "0.9")


def rows(name, n, entropy):
    positions = range(n)
    for j in range(1, n + 1):
        terms = [entropy([i]) + entropy(S) - entropy(S + (i,))
                 for S in itertools.combinations(positions, j - 1) for i in positions if i not in S]
        yield name, "z", j, mp.fsum(terms) / len(terms)
    singles = [entropy([i]) for i in positions]
    for i, h in enumerate(singles):
        yield name, "position_entropy", i + 1, h
    whole = entropy(tuple(positions))
    yield name, "entropy", 0, whole
    yield name, "tc", 0, mp.fsum(singles) - whole
    conditionals = [whole - entropy(tuple(k for k in positions if k != i)) for i in positions]
    yield name, "dtc", 0, whole - mp.fsum(conditionals)


def main():
    with open(OUT, "w", newline="") as handle:
        handle.write("# written by scripts/generate_information_fixtures.py (mpmath, 40 digits); do not edit\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["target", "quantity", "index", "value"])
        for name, n, entropy in targets():
            for target, quantity, index, value in rows(name, n, entropy):
                writer.writerow([target, quantity, index, mp.nstr(value, 25, min_fixed=-5, max_fixed=5) if value != 0 else "0"])


if __name__ == "__main__":
    main()
