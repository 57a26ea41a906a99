import AssessCore

/// Replaces worker ids with stable salted hashes, for exports read outside the agency.
///
/// A pseudonym is `P-` followed by the first 16 hex digits of SHA-256(salt ‖ worker id), the
/// salt being 64 hex digits drawn once when the database was created and kept in it
/// (`store_settings`). The same worker gets the same pseudonym in every export from the same
/// database; without the salt the pseudonyms cannot be recomputed from a list of worker ids.
public struct Pseudonymizer: Sendable {
    let salt: String

    init(salt: String) { self.salt = salt }

    public func pseudonym(for workerID: String) -> String {
        "P-" + SHA256Hex.digest(of: salt + workerID).prefix(16)
    }
}

extension RecordStore {
    /// The database's pseudonymizer.
    public func pseudonymizer() throws(RecordsError) -> Pseudonymizer {
        let salt = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM store_settings WHERE name = 'pseudonym-salt'")
        }
        guard let salt else { throw .corrupt(path: path, reason: "the pseudonym salt is missing from store_settings") }
        return Pseudonymizer(salt: salt)
    }
}
