import AssessCore
import Yams

extension TestSpecReader {
    static let adaptiveKeys = ["start", "selector", "estimator", "exposure", "content-balancing", "stopping"]
    static let estimatorKeys = ["method", "prior-mean", "prior-sd", "theta-range", "quadrature-points", "until-mixed"]
    static let stoppingKeys = ["min-items", "max-items", "standard-error", "classification", "sprt", "combine"]

    mutating func readAdaptive(_ node: Node, hasBlueprint: Bool) -> AdaptiveSpec? {
        guard let fields = mapping(node, path: "adaptive", what: "the adaptive design", allowed: Self.adaptiveKeys) else { return nil }
        let estimator = fields.node("estimator").flatMap { readEstimator($0, path: "adaptive.estimator") } ?? EstimatorSettings()
        let start = fields.node("start").flatMap { readStart($0) } ?? .prior
        let selector = fields.node("selector").flatMap { readSelector($0) } ?? .maximumInformation
        let exposure = fields.node("exposure").flatMap { readExposure($0) } ?? ExposureSpec.none
        // Balancing defaults to what the blueprint needs, so a blueprint is never silently ignored.
        let balancing = fields.choice("content-balancing", as: ContentBalancing.self, diagnostics: &diagnostics)
            ?? (hasBlueprint ? .constrained : .none)
        guard let stoppingNode = fields.node("stopping") else {
            diagnostics.error("the adaptive design has no 'stopping' (at least 'min-items' and 'max-items')", at: fields.location)
            return nil
        }
        guard let stopping = readStopping(stoppingNode) else { return nil }
        return AdaptiveSpec(
            start: start, selector: selector, estimator: estimator, exposure: exposure, contentBalancing: balancing, stopping: stopping)
    }

    mutating func readStart(_ node: Node) -> StartRule? {
        guard
            let (name, fields) = variant(
                node, key: "start", path: "adaptive.start", what: "the start rule",
                variants: ["prior": [], "fixed": ["theta"], "previous-attempt": ["within-days", "otherwise"]])
        else { return nil }
        switch name {
        case "fixed":
            guard let fields, fields.has("theta") else {
                diagnostics.error("the start rule 'fixed' needs 'theta'", at: fields?.location ?? locations["adaptive.start"])
                return nil
            }
            return fields.double("theta", diagnostics: &diagnostics).map { .fixed(theta: $0) }
        case "previous-attempt":
            let days = fields.flatMap { int($0, "within-days", atLeast: 1) }
            var fallback: Double?
            if let fields, let text = fields.string("otherwise", diagnostics: &diagnostics), text != "prior" {
                fallback = Double(text)
                if fallback == nil || !(fallback?.isFinite ?? false) {
                    diagnostics.error("'otherwise' must be a θ value or 'prior', not '\(text)'", at: fields.location(of: "otherwise"))
                    fallback = nil
                }
            }
            return .previousAttempt(withinDays: days, fallbackTheta: fallback)
        default:
            return .prior
        }
    }

    mutating func readSelector(_ node: Node) -> SelectionRule? {
        guard
            let (name, fields) = variant(
                node, key: "selector", path: "adaptive.selector", what: "the selector",
                variants: ["max-info": [], "kl": [], "a-stratified": ["strata"]])
        else { return nil }
        switch name {
        case "kl": return .kullbackLeibler
        case "a-stratified":
            guard let fields, fields.has("strata") else {
                diagnostics.error("the selector 'a-stratified' needs 'strata' (the number of strata, at least 2)", at: fields?.location ?? locations["adaptive.selector"])
                return nil
            }
            return int(fields, "strata", atLeast: 2).map { .aStratified(strata: $0) }
        default: return .maximumInformation
        }
    }

    mutating func readEstimator(_ node: Node, path: String) -> EstimatorSettings? {
        guard let fields = mapping(node, path: path, what: "the estimator", allowed: Self.estimatorKeys) else { return nil }
        var settings = EstimatorSettings()
        if let method = fields.choice("method", as: EstimatorSettings.Method.self, diagnostics: &diagnostics) { settings.method = method }
        if let mean = fields.double("prior-mean", diagnostics: &diagnostics) { settings.priorMean = mean }
        if let sd = positive(fields, "prior-sd") { settings.priorStandardDeviation = sd }
        if fields.has("theta-range") {
            let bounds = fields.doubles("theta-range", diagnostics: &diagnostics)
            if bounds.count == 2, bounds[0] < bounds[1] {
                (settings.minimumTheta, settings.maximumTheta) = (bounds[0], bounds[1])
            } else {
                diagnostics.error("'theta-range' must be two numbers, lowest first, such as [-4, 4]", at: fields.location(of: "theta-range"))
            }
        }
        if let points = int(fields, "quadrature-points", atLeast: 2) { settings.quadraturePoints = points }
        settings.untilMixedPattern = fields.choice("until-mixed", as: EstimatorSettings.Method.self, diagnostics: &diagnostics)
        return settings
    }

    mutating func readExposure(_ node: Node) -> ExposureSpec? {
        guard
            let (name, fields) = variant(
                node, key: "exposure", path: "adaptive.exposure", what: "exposure control",
                variants: ["none": [], "randomesque": ["k"], "sympson-hetter": ["parameters", "k", "target-max-exposure"]])
        else { return nil }
        switch name {
        case "randomesque":
            guard let fields, fields.has("k") else {
                diagnostics.error("exposure control 'randomesque' needs 'k' (choose among the k best items)", at: fields?.location ?? locations["adaptive.exposure"])
                return nil
            }
            return int(fields, "k", atLeast: 1).map { .randomesque(k: $0) }
        case "sympson-hetter":
            guard let fields, fields.has("parameters") != fields.has("k") else {
                diagnostics.error(
                    "exposure control 'sympson-hetter' needs either 'parameters' (a CSV file item_id,k) or 'k' (a mapping of item ids to k), not both",
                    at: fields?.location ?? locations["adaptive.exposure"])
                return nil
            }
            var target = double(fields, "target-max-exposure", in: 0...1)
            if let value = target, value == 0 {
                diagnostics.error("'target-max-exposure' must be above 0, not 0", at: fields.location(of: "target-max-exposure"))
                target = nil
            }
            if let file = fields.string("parameters", diagnostics: &diagnostics) {
                return .sympsonHetter(SympsonHetter(parameters: .file(file), targetMaximumExposure: target))
            }
            guard let table = readSympsonHetterTable(fields) else { return nil }
            return .sympsonHetter(SympsonHetter(parameters: .perItem(table), targetMaximumExposure: target))
        default:
            return ExposureSpec.none
        }
    }

    /// `k: {ITEM-1: 0.5, ITEM-2: 0.8}`: each value a probability in (0, 1].
    mutating func readSympsonHetterTable(_ fields: YAMLMapping) -> [String: Double]? {
        guard let node = fields.node("k"), case .mapping(let mapping) = node else {
            diagnostics.error("'k' must map item ids to probabilities, such as {CERT-SAF-001: 0.6}", at: fields.location(of: "k"))
            return nil
        }
        var table: [String: Double] = [:]
        for (keyNode, valueNode) in mapping {
            let location = YAMLMapping.location(of: valueNode, file: file)
            guard case .scalar(let key) = keyNode, case .scalar(let value) = valueNode else {
                diagnostics.error("'k' must map item ids to probabilities, such as {CERT-SAF-001: 0.6}", at: location)
                continue
            }
            locations.record("adaptive.exposure.k.\(key.string)", YAMLMapping.location(of: keyNode, file: file))
            guard let probability = Double(value.string), probability > 0, probability <= 1 else {
                diagnostics.error("the Sympson–Hetter k of '\(key.string)' must be a probability above 0 and at most 1, not '\(value.string)'", at: location)
                continue
            }
            table[key.string] = probability
        }
        return table
    }

    mutating func readStopping(_ node: Node) -> StoppingRules? {
        let path = "adaptive.stopping"
        guard let fields = mapping(node, path: path, what: "the stopping rules", allowed: Self.stoppingKeys) else { return nil }
        for key in ["min-items", "max-items"] where !fields.has(key) {
            diagnostics.error("the stopping rules have no '\(key)'", at: fields.location)
        }
        guard let minimum = int(fields, "min-items", atLeast: 1), let maximum = int(fields, "max-items", atLeast: 1) else { return nil }
        var rules = StoppingRules(minimumItems: minimum, maximumItems: maximum)
        rules.standardError = positive(fields, "standard-error")
        if let node = fields.node("classification"),
            let classification = mapping(node, path: "\(path).classification", what: "the classification rule", allowed: ["confidence"])
        {
            var rule = ConfidenceClassification()
            if let confidence = percent(classification, "confidence") {
                if confidence > 50, confidence < 100 {
                    rule.confidence = confidence / 100
                } else {
                    diagnostics.error("'confidence' must be above 50% and below 100%, not \(confidence.plainText)%", at: classification.location(of: "confidence"))
                }
            }
            rules.classification = rule
        }
        if let node = fields.node("sprt"),
            let sprt = mapping(node, path: "\(path).sprt", what: "the SPRT rule", allowed: ["indifference", "alpha", "beta"])
        {
            if !sprt.has("indifference") { diagnostics.error("the SPRT rule needs 'indifference' (the half-width δ around the cut θ)", at: sprt.location) }
            if let delta = positive(sprt, "indifference") {
                rules.sequentialProbabilityRatio = SequentialProbabilityRatioTest(
                    indifference: delta, alpha: double(sprt, "alpha", in: 0...0.5, open: true) ?? 0.05,
                    beta: double(sprt, "beta", in: 0...0.5, open: true) ?? 0.05)
            }
        }
        if let combination = fields.choice("combine", as: StoppingRules.Combination.self, diagnostics: &diagnostics) {
            rules.combination = combination
        }
        return rules
    }
}
