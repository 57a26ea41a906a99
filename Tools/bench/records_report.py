#!/usr/bin/env python3
"""Summarises Tools/bench/records.sh's hyperfine results as the tables of BENCHMARKS.md.

    python3 Tools/bench/records_report.py OUT COMMITS RESPONSES
"""
import json, os, sys


def load(path):
    with open(path) as handle:
        return {result["command"]: result for result in json.load(handle)["results"]}


def rate(result, count):
    mean, low, high = result["mean"], min(result["times"]), max(result["times"])
    return count / mean, count / high, count / low


def main():
    out, commits, responses = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    print(open(os.path.join(out, "machine.txt")).read().strip())
    results = load(os.path.join(out, "commits.json"))
    print(f"\n| durable commits ({commits} responses, each its own transaction) | per second (mean, min–max) | assess ÷ this |")
    print("|---|---|---|")
    for sync in ("FULL", "NORMAL"):
        ours = rate(results[f"assess {sync}"], commits)[0]
        for name in (f"assess {sync}", f"sqlite3 {sync}", f"sqlite3 with audit rows {sync}"):
            mean, low, high = rate(results[name], commits)
            ratio = "" if name.startswith("assess") else f"{ours / mean:.2f}×"
            print(f"| {name} | {mean:,.0f} ({low:,.0f}–{high:,.0f}) | {ratio} |")
    results = load(os.path.join(out, "import.json"))
    ours = results["assess import-results"]
    print(f"\n| import of {responses:,} responses | seconds (mean ± sd) | responses per second | assess ÷ this |")
    print("|---|---|---|---|")
    for name in ("assess import-results", "sqlite3 .import responses", "sqlite3 .import all rows"):
        result = results[name]
        ratio = "" if name.startswith("assess") else f"{result['mean'] / ours['mean']:.2f}×"
        print(f"| {name} | {result['mean']:.2f} ± {result['stddev']:.2f} | {responses / result['mean']:,.0f} | {ratio} |")


if __name__ == "__main__":
    main()
