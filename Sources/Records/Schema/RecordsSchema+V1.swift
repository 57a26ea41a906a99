import GRDB

extension RecordsSchema {
    /// The first schema: candidates, attempts, responses, results, key changes and the audit
    /// chain. STRICT tables, so that a value of the wrong type is refused rather than
    /// converted (and the audit encoding of a row is exactly what was written).
    static func v1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE store_settings (
                    name TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) STRICT;
                -- The salt of pseudonyms, drawn once from SQLite's PRNG (seeded by the OS).
                INSERT INTO store_settings (name, value) VALUES ('pseudonym-salt', lower(hex(randomblob(32))));

                CREATE TABLE candidates (
                    id INTEGER PRIMARY KEY,
                    worker_id TEXT NOT NULL UNIQUE CHECK (length(worker_id) > 0),
                    display_name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    agency TEXT,
                    county TEXT,
                    region TEXT,
                    cohort TEXT,
                    hire_date TEXT,
                    registered_at TEXT NOT NULL
                ) STRICT;

                CREATE TABLE attempts (
                    id INTEGER PRIMARY KEY,
                    candidate_id INTEGER NOT NULL REFERENCES candidates (id),
                    test_id TEXT NOT NULL,
                    test_hash TEXT NOT NULL,
                    bank_hash TEXT NOT NULL,
                    mode TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    seed INTEGER NOT NULL,
                    time_limit_ms INTEGER CHECK (time_limit_ms > 0),
                    form TEXT,
                    site TEXT,
                    candidate_role TEXT NOT NULL,
                    candidate_region TEXT,
                    origin TEXT NOT NULL,
                    status TEXT NOT NULL,
                    status_reason TEXT,
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    elapsed_ms INTEGER NOT NULL CHECK (elapsed_ms >= 0)
                ) STRICT;
                CREATE INDEX attempts_by_candidate ON attempts (candidate_id);
                CREATE INDEX attempts_by_test ON attempts (test_id, purpose);

                CREATE TABLE responses (
                    id INTEGER PRIMARY KEY,
                    attempt_id INTEGER NOT NULL REFERENCES attempts (id),
                    sequence INTEGER NOT NULL CHECK (sequence >= 1),
                    item_id TEXT NOT NULL,
                    item_hash TEXT NOT NULL,
                    option_order TEXT NOT NULL,
                    raw_answer TEXT,
                    selected_options TEXT,
                    rating INTEGER,
                    scored_value REAL,
                    counts_toward_score INTEGER NOT NULL CHECK (counts_toward_score IN (0, 1)),
                    latency_ms INTEGER CHECK (latency_ms >= 0),
                    elapsed_ms INTEGER CHECK (elapsed_ms >= 0),
                    theta REAL,
                    standard_error REAL,
                    answered_at TEXT NOT NULL,
                    UNIQUE (attempt_id, sequence)
                ) STRICT;

                CREATE TABLE key_changes (
                    id INTEGER PRIMARY KEY,
                    item_id TEXT NOT NULL,
                    previous_item_hash TEXT NOT NULL,
                    item_hash TEXT NOT NULL,
                    previous_keys TEXT NOT NULL,
                    keys TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    decided_by TEXT NOT NULL,
                    decided_at TEXT NOT NULL
                ) STRICT;

                CREATE TABLE results (
                    id INTEGER PRIMARY KEY,
                    attempt_id INTEGER NOT NULL REFERENCES attempts (id),
                    revision INTEGER NOT NULL CHECK (revision >= 1),
                    reason TEXT NOT NULL,
                    key_change_id INTEGER REFERENCES key_changes (id),
                    raw_score REAL NOT NULL,
                    max_score REAL NOT NULL,
                    percent REAL NOT NULL,
                    theta REAL,
                    standard_error REAL,
                    scaled_score REAL,
                    decision TEXT,
                    subscores TEXT NOT NULL,
                    policy_id TEXT,
                    policy_hash TEXT NOT NULL,
                    scored_at TEXT NOT NULL,
                    UNIQUE (attempt_id, revision)
                ) STRICT;

                -- The audit chain: hash = SHA-256(previous hash in hex ‖ payload), payload the
                -- canonical JSON of the event. table_name and row_id index the payload's own
                -- fields, so that verification finds the latest event of each row.
                CREATE TABLE audit_events (
                    seq INTEGER PRIMARY KEY,
                    table_name TEXT NOT NULL,
                    row_id INTEGER NOT NULL,
                    payload TEXT NOT NULL,
                    hash TEXT NOT NULL
                ) STRICT;
                CREATE INDEX audit_events_by_row ON audit_events (table_name, row_id, seq);
                """)
        for table in ["responses", "results", "key_changes", "audit_events"] {
            try db.execute(sql: appendOnly(table))
        }
    }
}
