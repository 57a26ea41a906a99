import GRDB

extension RecordsSchema {
    /// Evaluators' rubric ratings and the rescoring history of responses.
    static func v2(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE ratings (
                    id INTEGER PRIMARY KEY,
                    candidate_id INTEGER NOT NULL REFERENCES candidates (id),
                    evaluator TEXT NOT NULL,
                    instrument TEXT NOT NULL,
                    rubric_hash TEXT,
                    occasion TEXT,
                    criterion TEXT NOT NULL,
                    score REAL NOT NULL,
                    comment TEXT,
                    rated_on TEXT NOT NULL,
                    supersedes_id INTEGER REFERENCES ratings (id),
                    recorded_at TEXT NOT NULL
                ) STRICT;
                CREATE INDEX ratings_by_candidate ON ratings (candidate_id, instrument);

                CREATE TABLE response_rescores (
                    id INTEGER PRIMARY KEY,
                    response_id INTEGER NOT NULL REFERENCES responses (id),
                    key_change_id INTEGER NOT NULL REFERENCES key_changes (id),
                    previous_value REAL,
                    scored_value REAL,
                    rescored_at TEXT NOT NULL,
                    UNIQUE (response_id, key_change_id)
                ) STRICT;
                """)
        for table in ["ratings", "response_rescores"] {
            try db.execute(sql: appendOnly(table))
        }
    }
}
