#!/usr/bin/env python3
"""Measures what a candidate waits for in `assess take`: start-up to the first prompt, and the
time from pressing Enter on an answer to the next item's prompt being fully shown.

    python3 Tools/bench/take_latency.py --assess .build/release/assess --bank ItemBank \
        --specs Scoring --test certification [--runs 3] [--seed 1]

Each run uses a fresh SQLite file and registers an incumbent (a certification attempt, so every
response is committed at synchronous=FULL). The driver talks to the real binary through pipes:
it writes one answer ("A", valid for every choice item) and reads until the next "? for help): "
prompt (or the result) has arrived; the interval includes the parse, the durable commit, the θ
update, the choice of the next item and the write of its screen. Figures are per answer, over
all runs: median, 95th percentile and maximum, in milliseconds.
"""
import argparse, os, statistics, subprocess, tempfile, time

PROMPT = b"? for help): "


def read_until(stream, buffer, done):
    """Reads from the pipe into buffer until done(buffer) holds or the pipe closes."""
    while not done(buffer):
        chunk = os.read(stream.fileno(), 65536)
        if not chunk:
            return False
        buffer += chunk
    return True


def one_run(args, run):
    folder = tempfile.mkdtemp(prefix="take-latency-")
    db = os.path.join(folder, "t.sqlite")
    subprocess.run([args.assess, "candidates", "add", "B1", "--name", "Bench", "--role", "incumbent", "--db", db],
                   check=True, stdout=subprocess.DEVNULL)
    command = [args.assess, "take", "--bank", args.bank, "--specs", args.specs, "--db", db, "--test", args.test,
               "--candidate", "B1", "--seed", str(args.seed + run)]
    started = time.perf_counter()
    take = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"})
    out = bytearray()
    assert read_until(take.stdout, out, lambda b: b"Press Enter to begin" in b), out[-500:]
    startup = time.perf_counter() - started
    take.stdin.write(b"\n")
    take.stdin.flush()
    assert read_until(take.stdout, out, lambda b: b.count(PROMPT) >= 1)
    latencies = []
    while True:
        prompts = out.count(PROMPT)
        sent = time.perf_counter()
        take.stdin.write(b"A\n")
        take.stdin.flush()
        read_until(take.stdout, out, lambda b: b.count(PROMPT) > prompts or b"Result: " in b)
        latencies.append(time.perf_counter() - sent)
        if b"Result: " in out:
            break
    take.stdin.close()
    take.wait()
    return startup, latencies


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--assess", required=True)
    parser.add_argument("--bank", required=True)
    parser.add_argument("--specs", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    startups, latencies = [], []
    for run in range(args.runs):
        startup, per_item = one_run(args, run)
        startups.append(startup)
        latencies += per_item
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    print(f"test {args.test}, {args.runs} runs, {len(ms)} answers")
    print(f"start-up to the first prompt: median {statistics.median(startups) * 1000:.1f} ms "
          f"(min {min(startups) * 1000:.1f}, max {max(startups) * 1000:.1f})")
    print(f"Enter to next item: median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms")


if __name__ == "__main__":
    main()
