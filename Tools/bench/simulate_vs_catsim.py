#!/usr/bin/env python3
"""1,000 examinees x 500-item bank x 20 items: `assess simulate` beside catsim, same bank, same examinees.

    pip install catsim numpy
    swift build -c release --product assess
    python3 Tools/bench/simulate_vs_catsim.py [--examinees 1000] [--items 500] [--length 20] [--seed 20261123] [--runs 3]

Generates a seeded 3PL bank (a ~ U(0.7, 2.0), b ~ N(0, 1), c ~ U(0, 0.25), D = 1) and writes it as
the `--bank-csv` file `assess simulate` reads, with a spec for the study: start at theta = 0,
maximum Fisher information, no exposure control, no blueprint, exactly --length items. assess
runs first and writes its examinees' true theta (--per-examinee); catsim then simulates the same
examinees on the same bank (Simulator with FixedPointInitializer(0), MaxInfoSelector,
the estimator, TestLengthStopper(max_items=--length)). Both are timed in this run, wall clock,
best of --runs: assess as a whole process (reading the spec and CSV, writing the reports), catsim
around `simulate()` only (bank and examinees already in memory).

Two studies:
- MLE. catsim: NumericalSearchEstimator (bounded search), with Dodd's heuristic while every
  answer is right or wrong. assess: `estimator: {method: mle, until-mixed: eap}` (EAP until the
  pattern is mixed, see ThetaEstimation) -- the two packages' own remedies for constant patterns.
- EAP. catsim 0.21 has no EAP estimator, so the script adds one on catsim's estimator interface
  (numpy, 41 points on [-4, 4], N(0, 1) prior, trapezoid weights: the settings of the assess
  spec), and catsim's loop drives it.

Reported: the speed ratio, both RMSEs (and biases) against the true theta, and the overlap rate:
catsim's approximation T = N/Q * S_r^2 + Q/N (cat.overlap_rate, N items, Q test length, S_r^2 the
variance of the exposure rates) and the exact pairwise rate sum_i m_i(m_i - 1) / (E(E - 1) Q)
(E examinees, m_i tests with item i) that assess reports, both computed on catsim's tests, beside
assess's own.
"""
import argparse, csv, json, os, subprocess, tempfile, time

import numpy as np
from catsim import cat
from catsim.estimation import BaseEstimator, NumericalSearchEstimator
from catsim.initialization import FixedPointInitializer
from catsim.item_bank import ItemBank
from catsim.selection import MaxInfoSelector
from catsim.simulation import Simulator
from catsim.stopping import TestLengthStopper

SPEC = """id: catsim-study
title: Side-by-side study with catsim
purpose: practice
pool: {{security: [secure]}}
mode: adaptive
adaptive:
  start: {{method: fixed, theta: 0}}
  selector: max-info
  estimator: {estimator}
  exposure: none
  stopping: {{min-items: {length}, max-items: {length}}}
scoring: {{method: theta}}
"""


class ExpectedAPosteriori(BaseEstimator):
    """EAP on a grid of equally spaced nodes with a normal prior and trapezoid weights."""

    def __init__(self, points=41, low=-4.0, high=4.0):
        super().__init__()
        self.nodes = np.linspace(low, high, points)
        weights = np.ones(points)
        weights[0] = weights[-1] = 0.5
        self.log_prior = np.log(weights) - 0.5 * self.nodes**2

    def __str__(self):
        return "EAP (script)"

    def estimate(self, index=None, item_bank=None, administered_items=None, response_vector=None, est_theta=None):
        item_bank, administered_items, response_vector = self._prepare_args(
            return_item_bank=True, return_administered_items=True, return_response_vector=True, index=index,
            item_bank=item_bank, administered_items=administered_items, response_vector=response_vector)
        self._calls += 1
        items = item_bank.get_items(indices=administered_items)
        a, b, c = items[:, 0:1], items[:, 1:2], items[:, 2:3]
        p = c + (1 - c) / (1 + np.exp(-a * (self.nodes[None, :] - b)))
        u = np.asarray(response_vector, dtype=bool)[:, None]
        log_posterior = self.log_prior + np.where(u, np.log(p), np.log1p(-p)).sum(axis=0)
        weights = np.exp(log_posterior - log_posterior.max())
        return float((weights * self.nodes).sum() / weights.sum())


def exact_overlap(administered, items):
    counts = np.bincount(np.concatenate([np.asarray(a) for a in administered]), minlength=items).astype(float)
    examinees = len(administered)
    mean_length = np.mean([len(a) for a in administered])
    return float((counts * (counts - 1)).sum() / (examinees * (examinees - 1) * mean_length))


def run_assess(args, folder, spec, estimator):
    with open(spec, "w") as out:
        out.write(SPEC.format(estimator=estimator, length=args.length))
    people = os.path.join(folder, "people.csv")
    command = [args.assess, "simulate", "--test", spec, "--bank-csv", os.path.join(folder, "bank.csv"),
               "--examinees", str(args.examinees), "--seed", str(args.seed), "--format", "json",
               "--per-examinee", people]
    best = float("inf")
    for _ in range(args.runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"assess failed ({result.returncode}):\n{result.stderr}")
        best = min(best, time.perf_counter() - start)
    report = json.loads(result.stdout)
    with open(people) as rows:
        true_theta = np.array([float(row["true_theta"]) for row in csv.DictReader(rows)])
    return best, report, true_theta


def run_catsim(args, bank, true_theta, make_estimator):
    best = float("inf")
    for run in range(args.runs):
        simulator = Simulator(ItemBank(bank.copy()), true_theta, seed=args.seed + run)
        start = time.perf_counter()
        simulator.simulate(FixedPointInitializer(0.0), MaxInfoSelector(), make_estimator(),
                           TestLengthStopper(max_items=args.length))
        best = min(best, time.perf_counter() - start)
    estimates = np.array(simulator.latest_estimations)
    return best, simulator, estimates


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--examinees", type=int, default=1000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--length", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--assess", default=".build/release/assess")
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    a = rng.uniform(0.7, 2.0, args.items)
    b = rng.normal(0, 1, args.items)
    c = rng.uniform(0, 0.25, args.items)
    bank = np.column_stack([a, b, c, np.ones(args.items)])

    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "bank.csv"), "w") as out:
            out.write("item_id,a,b,c,content_area\n")
            for i in range(args.items):
                out.write(f"I{i:04d},{float(a[i])!r},{float(b[i])!r},{float(c[i])!r},\n")
        spec = os.path.join(folder, "study.yaml")
        studies = [
            ("MLE", "{method: mle, until-mixed: eap, theta-range: [-4, 4]}", NumericalSearchEstimator),
            ("EAP", "{method: eap, theta-range: [-4, 4], quadrature-points: 41}", ExpectedAPosteriori),
        ]
        print(f"{args.examinees} examinees x {args.items} items x {args.length} items per test, "
              f"seed {args.seed}, best of {args.runs}")
        print("study | assess s | catsim s | speed ratio | RMSE assess | RMSE catsim | bias assess | bias catsim"
              " | overlap assess (exact) | overlap catsim (approx.) | overlap catsim (exact)")
        for name, estimator, make_estimator in studies:
            ours, report, true_theta = run_assess(args, folder, spec, estimator)
            theirs, simulator, estimates = run_catsim(args, bank, true_theta, make_estimator)
            errors = estimates - true_theta
            print(f"{name} | {ours:.3f} | {theirs:.2f} | {theirs / ours:.0f}x | "
                  f"{report['recovery']['rmse']:.4f} | {np.sqrt(np.mean(errors ** 2)):.4f} | "
                  f"{report['recovery']['bias']:+.4f} | {np.mean(errors):+.4f} | "
                  f"{report['exposure']['overlap_rate']:.4f} | {simulator.overlap_rate:.4f} | "
                  f"{exact_overlap(simulator.administered_items, args.items):.4f}")


if __name__ == "__main__":
    main()
