import AssessCore
import Yams

extension TestSpecReader {
    static let pretestKeys = ["count", "positions", "between"]
    static let timeLimitKeys = ["minutes", "on-expiry", "recent-count"]
    static let navigationKeys = ["skip", "back", "flag", "review"]
    static let feedbackKeys = ["level", "revisit-below"]
    static let attemptKeys = ["max", "retake-after-days", "retake-after-pass", "exclude-seen"]
    static let seenRuleKeys = ["tests", "within-days", "enforcement"]
    /// Feedback levels as written: the breakdown level names its content level.
    static let feedbackLevels = ["none", "score", "by-block", "by-module", "by-objective", "keys-and-rationales"]

    /// `pretest: {count: 8, positions: [5, 12, …]}` or `{count: 8, between: [5, 60]}`.
    mutating func readPretest(_ node: Node) -> PretestSpec? {
        guard let fields = mapping(node, path: "pretest", what: "the pretest plan", allowed: Self.pretestKeys) else { return nil }
        guard fields.has("count") else {
            diagnostics.error("the pretest plan has no 'count'", at: fields.location)
            return nil
        }
        guard fields.has("positions") != fields.has("between") else {
            diagnostics.error("the pretest plan gives either 'positions' (a list) or 'between' (a first and last position)", at: fields.location)
            return nil
        }
        guard let count = int(fields, "count", atLeast: 1) else { return nil }
        let key = fields.has("positions") ? "positions" : "between"
        var positions: [Int] = []
        for entry in locatedStrings(fields, key, path: "pretest.\(key)") {
            guard let position = Int(entry.text), position >= 1 else {
                diagnostics.error("each entry of '\(key)' must be a position (1 or more), not '\(entry.text)'", at: entry.location)
                return nil
            }
            positions.append(position)
        }
        if key == "positions" { return PretestSpec(count: count, placement: .positions(positions)) }
        guard positions.count == 2, positions[0] <= positions[1] else {
            diagnostics.error("'between' must be a first and a last position, such as [5, 60]", at: fields.location(of: "between"))
            return nil
        }
        return PretestSpec(count: count, placement: .randomWithin(first: positions[0], last: positions[1]))
    }

    /// `time-limit: 30`, `time-limit: none`, or `{minutes: 180, on-expiry: final-estimate}`. The
    /// default rule on expiry follows the mode.
    mutating func readTimeLimit(_ top: YAMLMapping, mode: TestMode?) -> TimeLimit? {
        guard let node = top.node("time-limit") else { return nil }
        let isAdaptive = mode?.adaptiveDesign != nil
        let defaultRule: TimeOutRule = isAdaptive ? .finalEstimate : .submitAnswered
        if case .scalar(let scalar) = node {
            if scalar.string == "none" { return nil }
            return int(top, "time-limit", atLeast: 1).map { TimeLimit(minutes: $0, onExpiry: defaultRule) }
        }
        guard let fields = mapping(node, path: "time-limit", what: "the time limit", allowed: Self.timeLimitKeys) else { return nil }
        guard fields.has("minutes") else {
            diagnostics.error("the time limit has no 'minutes'", at: fields.location)
            return nil
        }
        guard let minutes = int(fields, "minutes", atLeast: 1) else { return nil }
        var rule = defaultRule
        let names = ["submit-answered", "final-estimate", "recent-estimates"]
        let ruleName = fields.string("on-expiry", diagnostics: &diagnostics)
        if let name = ruleName {
            switch name {
            case "submit-answered": rule = .submitAnswered
            case "final-estimate": rule = .finalEstimate
            case "recent-estimates":
                if fields.has("recent-count") {
                    if let count = int(fields, "recent-count", atLeast: 1) { rule = .recentEstimates(count: count) }
                } else {
                    diagnostics.error("'on-expiry: recent-estimates' needs 'recent-count' (how many of the last θ estimates must be above the cut)", at: fields.location(of: "on-expiry"))
                }
            default:
                var message = "'on-expiry' must be one of \(names.joined(separator: ", ")), not '\(name)'"
                if let suggestion = Suggestion.closest(to: name, among: names) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: fields.location(of: "on-expiry"))
            }
        }
        if fields.has("recent-count"), ruleName != "recent-estimates" {
            diagnostics.error("'recent-count' applies only to 'on-expiry: recent-estimates'", at: fields.keyLocation("recent-count"))
        }
        return TimeLimit(minutes: minutes, onExpiry: rule)
    }

    mutating func readNavigation(_ node: Node) -> NavigationPolicy? {
        guard let fields = mapping(node, path: "navigation", what: "the navigation rules", allowed: Self.navigationKeys) else { return nil }
        return NavigationPolicy(
            skip: fields.bool("skip", diagnostics: &diagnostics) ?? false, back: fields.bool("back", diagnostics: &diagnostics) ?? false,
            flag: fields.bool("flag", diagnostics: &diagnostics) ?? false, review: fields.bool("review", diagnostics: &diagnostics) ?? false)
    }

    /// `feedback: by-objective` or `{level: by-objective, revisit-below: 67%}`.
    mutating func readFeedback(_ node: Node) -> FeedbackPolicy? {
        var levelText: String?
        var levelLocation = YAMLMapping.location(of: node, file: file)
        var revisit: Double?
        if case .scalar(let scalar) = node {
            levelText = scalar.string
            locations.record("feedback", levelLocation)
        } else {
            guard let fields = mapping(node, path: "feedback", what: "the feedback policy", allowed: Self.feedbackKeys) else { return nil }
            guard fields.has("level") else {
                diagnostics.error("the feedback policy has no 'level'", at: fields.location)
                return nil
            }
            levelText = fields.string("level", diagnostics: &diagnostics)
            levelLocation = fields.location(of: "level")
            revisit = percent(fields, "revisit-below")
        }
        guard let levelText else { return nil }
        switch levelText {
        case "none": return FeedbackPolicy(level: .none, revisitBelowPercent: revisit)
        case "score": return FeedbackPolicy(level: .score, revisitBelowPercent: revisit)
        case "by-block": return FeedbackPolicy(level: .breakdown, breakdown: .block, revisitBelowPercent: revisit)
        case "by-module": return FeedbackPolicy(level: .breakdown, breakdown: .module, revisitBelowPercent: revisit)
        case "by-objective": return FeedbackPolicy(level: .breakdown, breakdown: .objective, revisitBelowPercent: revisit)
        case "keys-and-rationales": return FeedbackPolicy(level: .keysAndRationales, revisitBelowPercent: revisit)
        default:
            var message = "'feedback' must be one of \(Self.feedbackLevels.joined(separator: ", ")), not '\(levelText)'"
            if let suggestion = Suggestion.closest(to: levelText, among: Self.feedbackLevels) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.error(message, at: levelLocation)
            return nil
        }
    }

    mutating func readAttempts(_ node: Node) -> AttemptRules? {
        guard let fields = mapping(node, path: "attempts", what: "the attempt rules", allowed: Self.attemptKeys) else { return nil }
        var rules = AttemptRules()
        rules.maximumAttempts = int(fields, "max", atLeast: 1)
        rules.retakeAfterDays = int(fields, "retake-after-days", atLeast: 0) ?? 0
        rules.retakeAfterPass = fields.bool("retake-after-pass", diagnostics: &diagnostics) ?? true
        for (index, element) in fields.sequence("exclude-seen", diagnostics: &diagnostics).enumerated() {
            let path = "attempts.exclude-seen.\(index)"
            guard let rule = mapping(element, path: path, what: "an exclude-seen rule", allowed: Self.seenRuleKeys) else { continue }
            guard rule.has("within-days") else {
                diagnostics.error("an exclude-seen rule has no 'within-days'", at: rule.location)
                continue
            }
            guard let days = int(rule, "within-days", atLeast: 1) else { continue }
            rules.excludeSeen.append(
                SeenItemRule(
                    tests: locatedStrings(rule, "tests", path: "\(path).tests").map(\.text), withinDays: days,
                    enforcement: rule.choice("enforcement", as: SeenItemRule.Enforcement.self, diagnostics: &diagnostics) ?? .required))
        }
        return rules
    }
}
