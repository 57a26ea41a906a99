#!/usr/bin/env python3
"""Writes a candidates file and a wide results file for `assess import-results`, for benchmarks.

    python3 Tools/bench/generate_results.py --bank ItemBank/certification --candidates 10000 \
        --items 100 --out /tmp/records-bench [--seed 1]

Takes the first ITEMS active single-best-answer items of the bank (YAML, read with PyYAML) and
gives every candidate a random option letter for each, so the results file holds
CANDIDATES × ITEMS responses (10,000 × 100 = 1,000,000). Deterministic for a seed.
"""
import argparse, glob, os, random

import yaml


def items(bank, count):
    found = []
    for path in sorted(glob.glob(os.path.join(bank, "**", "*.yaml"), recursive=True)):
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle) or {}
        for item in document.get("items", []):
            if item.get("type") == "single" and item.get("status", "active") == "active" and item.get("options"):
                found.append((item["id"], len(item["options"])))
    if len(found) < count:
        raise SystemExit(f"the bank has {len(found)} active single items, fewer than {count}")
    return found[:count]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bank", default="ItemBank/certification")
    parser.add_argument("--candidates", type=int, default=10000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    chosen = items(args.bank, args.items)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "candidates.csv"), "w", encoding="utf-8") as out:
        out.write("worker_id,name,role,region\n")
        for index in range(args.candidates):
            out.write(f"W-{index:06d},Worker {index},incumbent,{rng.choice(['North', 'South', 'East', 'West'])}\n")
    with open(os.path.join(args.out, "results.csv"), "w", encoding="utf-8") as out:
        out.write("candidate_id," + ",".join(item for item, _ in chosen) + "\n")
        for index in range(args.candidates):
            letters = ("ABCDEFGH"[rng.randrange(options)] for _, options in chosen)
            out.write(f"W-{index:06d}," + ",".join(letters) + "\n")


if __name__ == "__main__":
    main()
