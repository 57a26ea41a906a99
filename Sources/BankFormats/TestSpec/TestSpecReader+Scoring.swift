import AssessCore
import Yams

extension TestSpecReader {
    static let scoringKeys = ["method", "estimator", "need-at-or-below", "cut", "labels"]
    static let cutKeys = ["percent", "raw", "theta", "basis", "note"]
    static let scoringMethods = ["number-correct", "theta", "rating-profile"]

    mutating func readScoring(_ node: Node) -> ScoringPolicy? {
        guard let fields = mapping(node, path: "scoring", what: "the scoring policy", allowed: Self.scoringKeys) else { return nil }
        guard fields.has("method") else {
            diagnostics.error("the scoring policy has no 'method'", at: fields.location)
            return nil
        }
        guard let name = fields.string("method", diagnostics: &diagnostics) else { return nil }
        var method: ScoringMethod?
        switch name {
        case "number-correct": method = .numberCorrect
        case "theta": method = .theta(estimator: fields.node("estimator").flatMap { readEstimator($0, path: "scoring.estimator") })
        case "rating-profile":
            if fields.has("need-at-or-below") {
                method = int(fields, "need-at-or-below", atLeast: 1).map { .ratingProfile(needAtOrBelow: $0) }
            } else {
                diagnostics.error("'rating-profile' scoring needs 'need-at-or-below' (the rating at or below which a statement is a development need)", at: fields.location(of: "method"))
            }
        default:
            var message = "'method' must be one of \(Self.scoringMethods.joined(separator: ", ")), not '\(name)'"
            if let suggestion = Suggestion.closest(to: name, among: Self.scoringMethods) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.error(message, at: fields.location(of: "method"))
        }
        if fields.has("estimator"), name != "theta" {
            diagnostics.error("'estimator' applies only to 'theta' scoring", at: fields.keyLocation("estimator"))
        }
        if fields.has("need-at-or-below"), name != "rating-profile" {
            diagnostics.error("'need-at-or-below' applies only to 'rating-profile' scoring", at: fields.keyLocation("need-at-or-below"))
        }
        let cut = fields.node("cut").flatMap { readCut($0) }
        var labels: MasteryLabels?
        if let node = fields.node("labels"), let labelFields = mapping(node, path: "scoring.labels", what: "the labels", allowed: ["met", "not-met"]) {
            let met = labelFields.requiredString("met", what: "the labels", diagnostics: &diagnostics)
            let notMet = labelFields.requiredString("not-met", what: "the labels", diagnostics: &diagnostics)
            if let met, let notMet { labels = MasteryLabels(met: met, notMet: notMet) }
        }
        guard let method else { return nil }
        return ScoringPolicy(method: method, cut: cut, labels: labels)
    }

    /// `cut: {percent: 80, basis: policy, note: …}` — exactly one of percent, raw or theta.
    mutating func readCut(_ node: Node) -> CutScore? {
        guard let fields = mapping(node, path: "scoring.cut", what: "the cut", allowed: Self.cutKeys) else { return nil }
        let scales = CutScore.Scale.allCases.filter { fields.has($0.rawValue) }
        guard scales.count == 1, let scale = scales.first else {
            diagnostics.error("the cut gives exactly one of 'percent', 'raw' or 'theta'", at: fields.location)
            return nil
        }
        let value: Double?
        switch scale {
        case .percent: value = percent(fields, "percent")
        case .raw:
            value = fields.double("raw", diagnostics: &diagnostics).flatMap { raw in
                guard raw >= 0 else {
                    diagnostics.error("'raw' must be at least 0, not \(raw.plainText)", at: fields.location(of: "raw"))
                    return nil
                }
                return raw
            }
        case .theta: value = fields.double("theta", diagnostics: &diagnostics)
        }
        var basis = CutScore.Basis.provisional
        if let name = fields.string("basis", diagnostics: &diagnostics) {
            let names = CutScore.Basis.named.map(\.name)
            if let named = CutScore.Basis.named.first(where: { $0.name == name }) {
                basis = named
            } else {
                var message = "'basis' must be one of \(names.joined(separator: ", ")), not '\(name)'"
                if let suggestion = Suggestion.closest(to: name, among: names) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: fields.location(of: "basis"))
            }
        }
        guard let value else { return nil }
        return CutScore(scale, value, basis: basis, note: fields.string("note", diagnostics: &diagnostics))
    }
}
