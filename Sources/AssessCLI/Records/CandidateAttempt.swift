import Records

/// An attempt as `candidates show` prints it, with its current result.
struct CandidateAttempt: Encodable {
    struct Result: Encodable {
        var revision: Int
        var raw: Double
        var maximum: Double
        var percent: Double
        var theta: Double?
        var standardError: Double?
        var scaled: Double?
        var decision: String?
    }

    var id: Int64
    var test: String
    var purpose: String
    var mode: String
    var status: String
    var started: String
    var finished: String?
    var result: Result?

    init(_ attempt: Recorded<Attempt>, result: AttemptResult?) {
        id = attempt.id
        test = attempt.value.plan.testID
        purpose = attempt.value.plan.purpose.rawValue
        mode = attempt.value.plan.mode.rawValue
        status = attempt.status.rawValue
        started = attempt.value.plan.startedAt.description
        finished = attempt.finishedAt?.description
        self.result = result.map {
            Result(
                revision: $0.revision, raw: $0.scores.raw, maximum: $0.scores.maximum, percent: $0.scores.percent,
                theta: $0.scores.theta, standardError: $0.scores.standardError, scaled: $0.scores.scaled,
                decision: $0.scores.decision?.rawValue)
        }
    }

    /// `2/3 (66.7%) pass`, or empty without a result.
    var resultText: String {
        guard let result else { return "" }
        let percent = (result.percent * 10).rounded() / 10
        return "\(NumberText.format(result.raw))/\(NumberText.format(result.maximum)) (\(percent)%)" + (result.decision.map { " " + $0 } ?? "")
    }
}
