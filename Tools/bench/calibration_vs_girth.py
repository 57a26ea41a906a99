#!/usr/bin/env python3
"""2PL calibration of 10,000 candidates x 100 items: `assess calibrate` beside girth, same data.

    pip install girth numpy
    swift build -c release --product assess
    python3 Tools/bench/calibration_vs_girth.py [--candidates 10000] [--items 100] [--seed 20261123] [--runs 3]

Generates a seeded 2PL data set (a ~ U(0.7, 2.0), b ~ U(-2, 2), theta ~ N(0, 1), D = 1), writes it
as the CSV `assess calibrate` reads, times both programs on it (wall clock, best of --runs; the
assess time includes reading the CSV, girth's excludes it), and reports the RMSE of a and b
against the generating values for each. girth's defaults: 41 quadrature points on [-5, 5];
assess is run with --nodes Gauss-Hermite nodes (default 41, a grid comparable to girth's).
"""
import argparse, os, subprocess, tempfile, time
import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=10000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--assess", default=".build/release/assess")
    parser.add_argument("--nodes", type=int, default=41, help="Gauss-Hermite nodes for assess")
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    a = rng.uniform(0.7, 2.0, args.items)
    b = rng.uniform(-2, 2, args.items)
    theta = rng.standard_normal(args.candidates)
    p = 1 / (1 + np.exp(-a[:, None] * (theta[None, :] - b[:, None])))
    data = (rng.uniform(size=p.shape) < p)  # items x candidates

    folder = tempfile.mkdtemp(prefix="assess-bench-")
    path = os.path.join(folder, "responses.csv")
    with open(path, "w") as out:
        out.write("candidate_id," + ",".join(f"I{i + 1}" for i in range(args.items)) + "\n")
        for c in range(args.candidates):
            out.write(f"c{c + 1}," + ",".join("1" if x else "0" for x in data[:, c]) + "\n")

    import girth
    best_girth, girth_est = float("inf"), None
    for _ in range(args.runs):
        start = time.perf_counter()
        girth_est = girth.twopl_mml(data.astype(int))
        best_girth = min(best_girth, time.perf_counter() - start)

    best_assess, assess_out = float("inf"), None
    for _ in range(args.runs):
        start = time.perf_counter()
        assess_out = subprocess.run([args.assess, "calibrate", "--responses", path, "--model", "2pl", "--quadrature", str(args.nodes)],
                                    check=True, capture_output=True, text=True)
        best_assess = min(best_assess, time.perf_counter() - start)
    rows = [line.split(",") for line in assess_out.stdout.strip().split("\n")[1:]]
    assess_a = np.array([float(r[2]) for r in rows])
    assess_b = np.array([float(r[3]) for r in rows])

    def rmse(x, y):
        return float(np.sqrt(np.mean((x - y) ** 2)))

    print(f"data: {args.candidates} x {args.items}, seed {args.seed}")
    print(f"assess calibrate: {best_assess:.3f} s (best of {args.runs}, incl. CSV read), "
          f"RMSE a {rmse(assess_a, a):.4f}, b {rmse(assess_b, b):.4f}")
    print(f"girth twopl_mml:  {best_girth:.3f} s (best of {args.runs}), "
          f"RMSE a {rmse(girth_est['Discrimination'], a):.4f}, b {rmse(girth_est['Difficulty'], b):.4f}")
    print(f"speed ratio girth/assess: {best_girth / best_assess:.1f}x")
    print(assess_out.stderr.strip())


if __name__ == "__main__":
    main()
