#!/usr/bin/env python3
"""Writes a synthetic item bank in the native YAML format, for benchmarks.

    python3 Tools/bench/generate_bank.py --items 10000 --out /tmp/bench-bank [--seed 1] [--files 10]

Items are spread over the five blocks and ten modules, of every type in realistic shares
(80% single, 8% multiple, 7% true-false, 5% rating), with rationales on every option, 3PL
parameters on choice items, one case vignette per 50 items and enemy pairs, so that the loader
and validator do the same work as on real content. Deterministic for a seed.
"""
import argparse, json, os, random

BLOCKS = ["foundations", "safety", "risk-and-service-planning", "permanency-and-well-being", "legal-and-courtroom"]
WORDS = ("caseworker family safety plan child parent court hearing risk assessment placement kin "
         "visit report screening caregiver protective capacity service reunification permanency").split()


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def q(text):
    return json.dumps(text)  # a JSON string is a valid YAML double-quoted scalar


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10000)
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    per_file = -(-args.items // args.files)
    number = 0
    for f in range(args.files):
        block = BLOCKS[f % len(BLOCKS)]
        module = f"synthetic-{f:02d}"
        lines = [f"block: {block}", f"module: {module}", "scale: {points: 5}", "stimuli:"]
        count = min(per_file, args.items - number)
        vignettes = max(1, count // 50)
        for v in range(vignettes):
            lines += [f"  - id: VIG-{f:02d}-{v:03d}", f"    title: {q(sentence(rng, 3))}", "    text: |"]
            lines += [f"      {sentence(rng, 12)}." for _ in range(6)]
        lines.append("items:")
        for k in range(count):
            number += 1
            item_id = f"SYN-{number:06d}"
            kind = rng.random()
            lines += [f"  - id: {item_id}", f"    objective: {module.upper()}-{k % 5 + 1}",
                      f"    stem: {q(sentence(rng, 14) + '?')}"]
            if k % 50 < 4:
                lines.append(f"    stimulus: VIG-{f:02d}-{min(k // 50, vignettes - 1):03d}")
            if kind < 0.05:
                lines.append("    type: rating")
                continue
            if kind < 0.12:
                lines += ["    type: true-false", f"    key: {rng.choice(['true', 'false'])}",
                          f"    rationale: {{true: {q(sentence(rng, 8))}, false: {q(sentence(rng, 8))}}}"]
            else:
                multiple = kind < 0.20
                n = rng.randint(4, 6) if multiple else 4
                lines += [f"    type: {'multiple' if multiple else 'single'}", "    options:"]
                for o in range(n):
                    lines += [f"      - text: {q(sentence(rng, 7) + f' {o}.')}", f"        rationale: {q(sentence(rng, 10) + '.')}"]
                if multiple:
                    keys = sorted(rng.sample("ABCDEF"[:n], 2))
                    lines.append(f"    key: [{', '.join(keys)}]")
                else:
                    lines.append(f"    key: {'ABCD'[rng.randrange(4)]}")
            lines.append(f"    irt: {{model: 3pl, a: {rng.uniform(0.5, 2.0):.3f}, b: {rng.uniform(-2.5, 2.5):.3f}, "
                         f"c: {rng.uniform(0.1, 0.25):.3f}, source: synthetic}}")
            if k % 100 == 1:
                lines.append(f"    enemies: [SYN-{number - 1:06d}]")
        with open(os.path.join(args.out, f"{module}.yaml"), "w") as out:
            out.write("\n".join(lines) + "\n")
    print(f"wrote {number} items in {args.files} files to {args.out}")


if __name__ == "__main__":
    main()
