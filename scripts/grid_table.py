#!/usr/bin/env python3
"""Prints `unmask heatmap --format csv` output (columns a,b,value) as a matrix: b down, a across.

    unmask heatmap --metric tv --target paper-balanced --steps 3 --format csv | scripts/grid_table.py
"""
import csv
import sys

rows = list(csv.DictReader(sys.stdin))
a_values = sorted({float(r["a"]) for r in rows})
b_values = sorted({float(r["b"]) for r in rows}, reverse=True)
cell = {(float(r["a"]), float(r["b"])): r["value"] for r in rows}


def show(text):
    if text in ("", "inf"):
        return "   -" if text == "" else " inf"
    return f"{float(text):4.2f}"


print("b \\ a " + " ".join(f"{a:4.2g}" for a in a_values))
for b in b_values:
    print(f"{b:5.2g} " + " ".join(show(cell[(a, b)]) for a in a_values))
