import AssessCore

/// Turns a results file into scored attempts: each non-empty cell becomes a response scored
/// against the bank with ``AssessCore/Item/score(selecting:)``, each row a completed attempt
/// with a number-correct result. Pure: checking and scoring happen before anything is written.
///
/// Cells of choice items hold option letters as printed on a paper form, where options are in
/// authored order: `B`, or several for multiple response (`AC`, `A,C`, `A;C`, `a c`). Cells of
/// rating items hold the rating (1…k). An empty cell is an item not presented (no response).
public enum ResultsImport {
    /// The scoring policy of imported results: raw = the sum of the counted items' scores,
    /// maximum = what those items can earn, percent = 100 · raw / maximum; subscores per block.
    public static let policyID = "number-correct"

    /// SHA-256 of the policy's canonical description, recorded with every imported result.
    public static let policyHash: String = {
        var json = CanonicalJSON()
        json.object { json in
            json.key("policy")
            json.string(policyID)
            json.key("subscores")
            json.string("block")
            json.key("version")
            json.integer(1)
        }
        return SHA256Hex.digest(of: json.bytes)
    }()

    /// The test hash of an import: SHA-256 of the canonical `{"items":[…],"test":…}` of the
    /// file's item columns, in order (until test specifications exist, the columns are the test).
    public static func testHash(testID: String, itemIDs: [String]) -> String {
        var json = CanonicalJSON()
        json.object { json in
            json.key("items")
            json.array(itemIDs) { json, id in json.string(id) }
            json.key("test")
            json.string(testID)
        }
        return SHA256Hex.digest(of: json.bytes)
    }

    /// An item column: the item and what is recorded for each distinct answer in it.
    struct Column {
        let item: Item
        let hash: String
        let optionOrder: SQLValue
        let counts: Bool
        let block: Block?
        /// The distinct answers seen so far in this column, and their index by raw text
        /// (a column of a thousand rows holds a handful of distinct answers, each scored once).
        var answers: [Answer] = []
        var answerIndex: [String: Int] = [:]
    }

    /// One distinct answer to an item: what is stored and its score.
    struct Answer {
        let raw: String
        let selected: SQLValue
        let rating: Int?
        let score: Double?
        let maximum: Double
    }

    struct PlannedResponse {
        var column: Int32
        var answer: Int32
    }

    struct PlannedAttempt {
        var row: Int
        var responses: [PlannedResponse]
        var scores: Scores
    }

    struct Plan {
        /// One per item column of the sheet; nil for a column in error.
        var columns: [Column?]
        var attempts: [PlannedAttempt]
        var responseCount: Int
    }

    /// Checks and scores every cell; the plan is only meaningful when there are no errors.
    static func plan(_ sheet: ResultSheet, bank: ItemBank) -> (Plan, Diagnostics) {
        var diagnostics = Diagnostics()
        var columns: [Column?] = []
        for (index, id) in sheet.itemIDs.enumerated() {
            let location = SourceLocation(file: sheet.file, line: 1, column: index + 2)
            guard let item = bank[id] else {
                diagnostics.error("no item '\(id)' in the bank", at: location)
                columns.append(nil)
                continue
            }
            guard item.status != .draft else {
                diagnostics.error("item '\(id)' is a draft, which is never delivered", at: location)
                columns.append(nil)
                continue
            }
            let counts = item.status != .pilot && (item.type != .ratingScale || item.ratingScale?.scored == true)
            columns.append(
                Column(
                    item: item, hash: bank.versions[id] ?? item.contentHash(), optionOrder: SQLValue(jsonArray: item.options.map(\.id)),
                    counts: counts, block: item.classification.block))
        }
        var attempts: [PlannedAttempt] = []
        var responseCount = 0
        for (rowIndex, row) in sheet.rows.enumerated() {
            var responses: [PlannedResponse] = []
            var raw = 0.0, maximum = 0.0
            var subscores: [String: Subscore] = [:]
            for (columnIndex, cell) in row.cells.enumerated() {
                guard let cell, columnIndex < columns.count, var column = columns[columnIndex] else { continue }
                let answerIndex: Int
                if let known = column.answerIndex[cell] {
                    answerIndex = known
                } else {
                    switch interpret(cell, for: column.item) {
                    case .failure(let error):
                        diagnostics.error(error.message, at: sheet.location(row: rowIndex, itemColumn: columnIndex))
                        continue
                    case .success(let answer):
                        answerIndex = column.answers.count
                        column.answers.append(answer)
                        column.answerIndex[cell] = answerIndex
                        columns[columnIndex] = column
                    }
                }
                let answer = column.answers[answerIndex]
                responses.append(PlannedResponse(column: Int32(columnIndex), answer: Int32(answerIndex)))
                if column.counts, let score = answer.score {
                    raw += score
                    maximum += answer.maximum
                    if let block = column.block {
                        let key = "block/\(block.rawValue)"
                        let previous = subscores[key] ?? Subscore(raw: 0, maximum: 0)
                        subscores[key] = Subscore(raw: previous.raw + score, maximum: previous.maximum + answer.maximum)
                    }
                }
            }
            if responses.isEmpty, !row.cells.contains(where: { $0 != nil }) {
                diagnostics.error("the row has no answers", at: SourceLocation(file: sheet.file, line: row.rowNumber, column: 1))
            }
            responseCount += responses.count
            let scores = Scores(
                raw: raw, maximum: maximum, percent: maximum > 0 ? 100 * raw / maximum : 0, subscores: subscores,
                policyID: policyID, policyHash: policyHash)
            attempts.append(PlannedAttempt(row: rowIndex, responses: responses, scores: scores))
        }
        return (Plan(columns: columns, attempts: attempts, responseCount: responseCount), diagnostics)
    }

    /// What a cell means for `item`, or why it cannot.
    static func interpret(_ cell: String, for item: Item) -> Result<Answer, AnswerError> {
        if item.type == .ratingScale {
            guard let scale = item.ratingScale, let rating = Int(cell), (1...scale.points).contains(rating) else {
                return .failure(AnswerError("item '\(item.id)' takes a rating from 1 to \(item.ratingScale?.points ?? 0), not '\(cell)'"))
            }
            let score = scale.scored ? item.ratingScore(rating).map(Double.init) : nil
            return .success(Answer(raw: cell, selected: .null, rating: rating, score: score, maximum: Double(scale.points)))
        }
        var indices: [Int] = []
        for character in cell where !",; ".contains(character) {
            guard let index = Option.index(ofLetter: String(character)), index < item.options.count else {
                let last = Option.letter(at: max(0, item.options.count - 1))
                return .failure(AnswerError("'\(character)' is not an option of item '\(item.id)' (A–\(last))"))
            }
            guard !indices.contains(index) else {
                return .failure(AnswerError("'\(character)' is given twice for item '\(item.id)'"))
            }
            indices.append(index)
        }
        if indices.isEmpty { return .failure(AnswerError("'\(cell)' holds no option letter for item '\(item.id)'")) }
        if item.type != .multipleResponse, indices.count > 1 {
            return .failure(AnswerError("item '\(item.id)' takes one letter, not '\(cell)'"))
        }
        let selected = indices.sorted().map { item.options[$0].id }
        let score = item.score(selecting: Set(selected))
        return .success(Answer(raw: cell, selected: SQLValue(jsonArray: selected), rating: nil, score: score, maximum: 1))
    }

    struct AnswerError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
