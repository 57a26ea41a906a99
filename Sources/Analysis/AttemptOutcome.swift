import AssessCore

/// One scored answer of an attempt, as the result computation needs it.
public struct ScoredAnswer: Sendable, Hashable {
    public var itemID: String
    /// Score in [0, 1] for choice items, the scored rating for rating items, nil for pretest items.
    public var score: Double?

    public init(itemID: String, score: Double?) {
        self.itemID = itemID
        self.score = score
    }
}

/// The feedback a module test gives per learning objective.
public struct ObjectiveResult: Sendable, Hashable {
    public var objective: String
    public var correct: Double
    public var total: Int
    public var percent: Double { total == 0 ? 0 : 100 * correct / Double(total) }
}

/// Per-objective and per-block tallies of an attempt's scored answers, and the development
/// profile of a self-assessment.
public enum AttemptOutcome {
    /// Raw score (sum of scores of scored choice items), maximum (their count) and percent.
    public static func numberCorrect(_ answers: [ScoredAnswer], bank: ItemBank, form: [String]) -> (raw: Double, maximum: Int, percent: Double) {
        let scoredIDs = form.filter { id in bank[id].map { $0.status != .pilot && $0.type != .ratingScale } ?? false }
        let scores = latestScores(answers)
        let raw = scoredIDs.reduce(0.0) { $0 + ((scores[$1] ?? nil) ?? 0) }
        let percent = scoredIDs.isEmpty ? 0 : 100 * raw / Double(scoredIDs.count)
        return (raw, scoredIDs.count, percent)
    }

    /// Results by objective over the scored items of `form` (an unanswered item counts 0),
    /// in the order objectives first appear.
    public static func byObjective(_ answers: [ScoredAnswer], bank: ItemBank, form: [String]) -> [ObjectiveResult] {
        tally(answers, bank: bank, form: form) { $0.classification.objective }
    }

    /// Results by training block (its title), for certification feedback.
    public static func byBlock(_ answers: [ScoredAnswer], bank: ItemBank, form: [String]) -> [ObjectiveResult] {
        tally(answers, bank: bank, form: form) { $0.classification.block?.title }
    }

    /// The competencies rated lowest in a self-assessment (at most `count`, ratings at or below
    /// the scale's midpoint only) with the modules that develop them.
    public static func developmentNeeds(
        _ answers: [ScoredAnswer], bank: ItemBank, count: Int = 5
    ) -> [(competency: String, statement: String, rating: Int, modules: [String])] {
        let scores = latestScores(answers)
        let rated: [(Item, Int)] = bank.items.compactMap { item in
            guard item.type == .ratingScale, let score = scores[item.id] ?? nil else { return nil }
            return (item, Int(score))
        }
        return rated.filter { item, rating in Double(rating) <= Double((item.ratingScale?.points ?? 5) + 1) / 2 }
            .sorted { $0.1 < $1.1 }
            .prefix(count)
            .map { item, rating in
                (item.classification.objective ?? item.id, item.stem, rating, item.classification.addressedBy)
            }
    }

    /// The last answer's score per item (a changed answer supersedes the earlier one).
    static func latestScores(_ answers: [ScoredAnswer]) -> [String: Double?] {
        var scores: [String: Double?] = [:]
        for answer in answers { scores[answer.itemID] = answer.score }
        return scores
    }

    private static func tally(_ answers: [ScoredAnswer], bank: ItemBank, form: [String], key: (Item) -> String?) -> [ObjectiveResult] {
        let scores = latestScores(answers)
        var order: [String] = []
        var results: [String: ObjectiveResult] = [:]
        for id in form {
            guard let item = bank[id], item.status != .pilot, item.type != .ratingScale, let name = key(item) else { continue }
            if results[name] == nil {
                order.append(name)
                results[name] = ObjectiveResult(objective: name, correct: 0, total: 0)
            }
            results[name]?.total += 1
            results[name]?.correct += (scores[id] ?? nil) ?? 0
        }
        return order.compactMap { results[$0] }
    }
}
