#!/usr/bin/env python3
"""Writes the sqlite3 shell's side of the commit benchmark: COUNT responses, each committed in
its own transaction, like `RecordsProbe bench` records them.

    python3 Tools/bench/commit_sql.py --count 5000 --synchronous FULL [--with-audit] > commits.sql

The database is expected to hold candidate 1 (made by `assess candidates add`); the script
first adds the attempts the responses belong to (100 responses each) in one transaction, then
sets `synchronous` and inserts the responses one statement per transaction. With --with-audit
each transaction also appends the response's audit event (payload and SHA-256 chain computed
here), which is the same two rows the engine writes per response.
"""
import argparse, hashlib, json


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--synchronous", default="FULL")
    parser.add_argument("--with-audit", action="store_true")
    parser.add_argument("--attempt-size", type=int, default=100)
    args = parser.parse_args()
    attempts = (args.count + args.attempt_size - 1) // args.attempt_size
    out = ["BEGIN;"]
    for attempt in range(1, attempts + 1):
        out.append(
            "INSERT INTO attempts (id, candidate_id, test_id, test_hash, bank_hash, mode, purpose, seed, candidate_role,"
            " origin, status, started_at, elapsed_ms) VALUES"
            f" ({attempt}, 1, 'bench', 'bench-test', 'bench-bank', 'linear', 'pre', 1, 'incumbent', 'delivery',"
            " 'in-progress', '2026-03-02T09:00:00.000Z', 0);")
    out.append("COMMIT;")
    out.append(f"PRAGMA synchronous = {args.synchronous};")
    previous = "0" * 64
    seq = 2  # the candidate's event is 1
    for index in range(args.count):
        attempt = index // args.attempt_size + 1
        sequence = index % args.attempt_size + 1
        values = (f"({attempt}, {sequence}, 'BENCH-{sequence}', '{'a' * 64}', '[\"B\",\"A\",\"D\",\"C\"]', 'b', '[\"B\"]',"
                  f" 1.0, 1, 5000, {5000 * sequence}, '2026-03-02T09:00:{sequence % 60:02d}.000Z')")
        insert = ("INSERT INTO responses (attempt_id, sequence, item_id, item_hash, option_order, raw_answer,"
                  " selected_options, scored_value, counts_toward_score, latency_ms, elapsed_ms, answered_at) VALUES " + values + ";")
        if not args.with_audit:
            out.append(insert)
            continue
        row_id = index + 1
        payload = json.dumps({"at": "2026-03-02T09:00:00.000Z", "kind": "response",
                              "row_sha256": hashlib.sha256(values.encode()).hexdigest(), "rowid": row_id, "seq": seq,
                              "table": "responses"}, separators=(",", ":"), sort_keys=True)
        digest = hashlib.sha256((previous + payload).encode()).hexdigest()
        out.append("BEGIN IMMEDIATE;")
        out.append(insert)
        out.append(f"INSERT INTO audit_events (seq, table_name, row_id, hash, payload) VALUES ({seq}, 'responses', {row_id}, '{digest}', '{payload}');")
        out.append("COMMIT;")
        previous, seq = digest, seq + 1
    print("\n".join(out))


if __name__ == "__main__":
    main()
