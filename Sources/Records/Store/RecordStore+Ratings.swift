import GRDB

extension RecordStore {
    /// Records an evaluator's rating; returns its id. Ratings are never changed: a correction
    /// is a new rating that names the one it ``Rating/supersedes``.
    @discardableResult
    public func recordRating(_ rating: Rating) throws(RecordsError) -> Int64 {
        try Validation.required(rating.evaluator, "the evaluator")
        try Validation.required(rating.instrument, "the instrument")
        try Validation.required(rating.criterion, "the criterion")
        try Validation.text(rating.rubricHash, "the rubric hash")
        try Validation.text(rating.occasion, "the occasion")
        try Validation.text(rating.comment, "the comment")
        try Validation.finite(rating.score, "the score")
        return try write(.full) { writer in
            guard try Bool.fetchOne(writer.db.cachedStatement(sql: "SELECT 1 FROM candidates WHERE id = ?"), arguments: [rating.candidateID]) != nil
            else { throw RecordsError.unknownRecord(table: "candidates", id: rating.candidateID) }
            return try writer.insert(
                .ratings,
                [
                    .integer(rating.candidateID), SQLValue(rating.evaluator), SQLValue(rating.instrument), SQLValue(rating.rubricHash),
                    SQLValue(rating.occasion), SQLValue(rating.criterion), .real(rating.score), SQLValue(rating.comment),
                    SQLValue(rating.ratedOn), SQLValue(rating.supersedes), SQLValue(rating.recordedAt),
                ],
                kind: .rating, at: rating.recordedAt)
        }
    }

    /// A candidate's ratings, in the order they were recorded.
    public func ratings(candidateID: Int64) throws(RecordsError) -> [Recorded<Rating>] {
        let rows = try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM ratings WHERE candidate_id = ? ORDER BY id"), arguments: [candidateID])
        }
        var ratings: [Recorded<Rating>] = []
        for row in rows { ratings.append(try rating(from: row)) }
        return ratings
    }
}
