#!/usr/bin/env bash
# Records benchmarks (BENCHMARKS.md, "Records"): durable single-response commits, and
# import-results of 1,000,000 responses, each beside the sqlite3 shell doing the same work in
# the same run. Needs hyperfine, sqlite3 and python3 with PyYAML.
#
#   Tools/bench/records.sh [OUT]            (default OUT=/tmp/records-bench)
#   COMMITS=5000 RUNS=5 CANDIDATES=10000 ITEMS=100 IMPORT_RUNS=3 Tools/bench/records.sh
#   SKIP_BUILD=1 Tools/bench/records.sh     (use the release binaries already built)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp/records-bench}
COMMITS=${COMMITS:-5000}
RUNS=${RUNS:-5}
CANDIDATES=${CANDIDATES:-10000}
ITEMS=${ITEMS:-100}
IMPORT_RUNS=${IMPORT_RUNS:-3}
rm -rf "$OUT"
mkdir -p "$OUT"

if [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --product assess
  swift build -c release --product RecordsProbe
fi
ASSESS=$PWD/.build/release/assess
PROBE=$PWD/.build/release/RecordsProbe

{
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
  echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1), swift: $(swift --version 2>&1 | head -1)"
} > "$OUT/machine.txt"

# 1. Durable single-response commits, each its own transaction.
#    assess: RecordsProbe bench (the records API: checks, response row, audit event).
#    sqlite3: the same response rows, one INSERT per transaction; and the same two rows the
#    engine writes (response and audit event) per transaction.
"$ASSESS" candidates add W-0 --name Bench --role incumbent --db "$OUT/pristine.sqlite" > /dev/null
for sync in FULL NORMAL; do
  python3 Tools/bench/commit_sql.py --count "$COMMITS" --synchronous "$sync" > "$OUT/commits-$sync.sql"
  python3 Tools/bench/commit_sql.py --count "$COMMITS" --synchronous "$sync" --with-audit > "$OUT/commits-audit-$sync.sql"
done
fresh="rm -f $OUT/work.sqlite*; cp $OUT/pristine.sqlite $OUT/work.sqlite"
hyperfine --runs "$RUNS" --warmup 1 --prepare "$fresh" --export-json "$OUT/commits.json" \
  -n "assess FULL" "$PROBE bench --db $OUT/work.sqlite --count $COMMITS --durability full --purpose certification" \
  -n "sqlite3 FULL" "sqlite3 $OUT/work.sqlite < $OUT/commits-FULL.sql" \
  -n "sqlite3 with audit rows FULL" "sqlite3 $OUT/work.sqlite < $OUT/commits-audit-FULL.sql" \
  -n "assess NORMAL" "$PROBE bench --db $OUT/work.sqlite --count $COMMITS --durability normal --purpose pre" \
  -n "sqlite3 NORMAL" "sqlite3 $OUT/work.sqlite < $OUT/commits-NORMAL.sql" \
  -n "sqlite3 with audit rows NORMAL" "sqlite3 $OUT/work.sqlite < $OUT/commits-audit-NORMAL.sql"

# 2. import-results of CANDIDATES × ITEMS responses (1,000,000 by default), one transaction at
#    synchronous=FULL, beside sqlite3's .import of the same response rows, and of every row the
#    import wrote (attempts, responses, results, audit events), into the same schema.
python3 Tools/bench/generate_results.py --bank ItemBank/certification --candidates "$CANDIDATES" --items "$ITEMS" --out "$OUT"
"$ASSESS" candidates import "$OUT/candidates.csv" --db "$OUT/base.sqlite" > /dev/null
cp "$OUT/base.sqlite" "$OUT/ours.sqlite"
"$ASSESS" import-results "$OUT/results.csv" --test BENCH --bank ItemBank/certification --db "$OUT/ours.sqlite"
sqlite3 -csv "$OUT/ours.sqlite" "SELECT * FROM responses" > "$OUT/rows-responses.csv"
sqlite3 -csv "$OUT/ours.sqlite" "SELECT * FROM attempts" > "$OUT/rows-attempts.csv"
sqlite3 -csv "$OUT/ours.sqlite" "SELECT * FROM results" > "$OUT/rows-results.csv"
sqlite3 -csv "$OUT/ours.sqlite" "SELECT * FROM audit_events WHERE table_name <> 'candidates'" > "$OUT/rows-events.csv"
# The same schema (tables, indexes, triggers), without STRICT: .import binds every CSV field
# as text, and an empty field would be refused by a STRICT INTEGER or REAL column.
rm -f "$OUT/plain-base.sqlite"
sqlite3 "$OUT/base.sqlite" .schema | sed 's/) STRICT;/);/' | sqlite3 "$OUT/plain-base.sqlite"
sqlite3 "$OUT/plain-base.sqlite" "PRAGMA journal_mode = WAL" > /dev/null
hyperfine --runs "$IMPORT_RUNS" --export-json "$OUT/import.json" \
  --prepare "rm -f $OUT/work.sqlite*; cp $OUT/base.sqlite $OUT/work.sqlite" \
  -n "assess import-results" "$ASSESS import-results $OUT/results.csv --test BENCH --bank ItemBank/certification --db $OUT/work.sqlite" \
  --prepare "rm -f $OUT/plain.sqlite*; cp $OUT/plain-base.sqlite $OUT/plain.sqlite" \
  -n "sqlite3 .import responses" \
  "sqlite3 $OUT/plain.sqlite 'PRAGMA synchronous = FULL' '.import --csv $OUT/rows-responses.csv responses'" \
  --prepare "rm -f $OUT/plain.sqlite*; cp $OUT/plain-base.sqlite $OUT/plain.sqlite" \
  -n "sqlite3 .import all rows" \
  "sqlite3 $OUT/plain.sqlite 'PRAGMA synchronous = FULL' '.import --csv $OUT/rows-attempts.csv attempts' '.import --csv $OUT/rows-responses.csv responses' '.import --csv $OUT/rows-results.csv results' '.import --csv $OUT/rows-events.csv audit_events'"

python3 Tools/bench/records_report.py "$OUT" "$COMMITS" "$((CANDIDATES * ITEMS))"
