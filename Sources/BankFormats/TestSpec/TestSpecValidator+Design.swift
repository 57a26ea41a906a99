import AssessCore

extension TestSpecValidator {
    /// The checks that need no bank: the parts of one spec fit together.
    public static func checkDesign(_ spec: TestSpec, locations: TestSpecLocations) -> Diagnostics {
        var diagnostics = Diagnostics()
        checkPurpose(spec, locations: locations, into: &diagnostics)
        checkScoring(spec, locations: locations, into: &diagnostics)
        if let design = spec.mode.adaptiveDesign { checkAdaptive(spec, design, locations: locations, into: &diagnostics) }
        checkBlueprintRules(spec, locations: locations, into: &diagnostics)
        checkPretest(spec, locations: locations, into: &diagnostics)
        checkTimeLimit(spec, locations: locations, into: &diagnostics)
        return diagnostics
    }

    static func checkPurpose(_ spec: TestSpec, locations: TestSpecLocations, into diagnostics: inout Diagnostics) {
        if spec.purpose == .certification, spec.feedback.revealsKeys {
            diagnostics.error("a certification test never reveals keys or rationales; choose feedback none, score or a breakdown such as by-block", at: locations["feedback"])
        }
        if spec.purpose == .certification, spec.scoring.cut == nil {
            diagnostics.error("a certification test needs a cut: it exists to make a pass/fail decision", at: locations["scoring"])
        }
        if spec.purpose == .selfAssessment, spec.scoring.method.name != "rating-profile" {
            diagnostics.error("a self-assessment is scored as a rating profile (method: rating-profile), not '\(spec.scoring.method.name)'", at: locations["scoring.method"])
        }
        if spec.mode.adaptiveDesign != nil, spec.navigation.allowsAny {
            diagnostics.error("an adaptive test cannot allow skip, back, flag or review: each item is chosen from the answers before it", at: locations["navigation"])
        }
        if case .linear = spec.mode, spec.blueprint != nil {
            diagnostics.error("a linear test delivers its whole pool, so a blueprint does not apply; use mode random-form to draw a form to a blueprint", at: locations["blueprint"])
        }
        if case .linear = spec.mode, spec.pretest != nil {
            diagnostics.error("a linear test delivers its whole pool in order; put pilot items in the pool instead of a pretest plan", at: locations["pretest"])
        }
        if spec.feedback.revisitBelowPercent != nil, spec.feedback.level != .breakdown && spec.feedback.level != .keysAndRationales {
            diagnostics.error("'revisit-below' needs a breakdown (feedback by-block, by-module, by-objective or keys-and-rationales)", at: locations["feedback.revisit-below"])
        }
        if spec.feedback.revisitBelowPercent != nil, spec.scoring.method != .numberCorrect {
            diagnostics.error("'revisit-below' compares percent correct, so it needs number-correct scoring", at: locations["feedback.revisit-below"])
        }
    }

    static func checkScoring(_ spec: TestSpec, locations: TestSpecLocations, into diagnostics: inout Diagnostics) {
        let scoring = spec.scoring
        if spec.mode.adaptiveDesign != nil, scoring.method.name != "theta" {
            diagnostics.error("an adaptive test is scored by θ (method: theta), not '\(scoring.method.name)'", at: locations["scoring.method"])
        }
        if scoring.labels != nil, scoring.cut == nil {
            diagnostics.error("mastery labels name the two sides of a cut, but the scoring policy has no cut", at: locations["scoring.labels"])
        }
        guard let cut = scoring.cut else { return }
        let cutLocation = locations["scoring.cut.\(cut.scale.rawValue)"]
        switch scoring.method {
        case .ratingProfile:
            diagnostics.error("a rating profile makes no pass/fail decision, so it takes no cut", at: locations["scoring.cut"])
        case .numberCorrect:
            if cut.scale == .theta {
                diagnostics.error("a θ cut needs θ scoring (method: theta); number-correct scoring takes a percent or raw cut", at: cutLocation)
            }
            if cut.scale == .raw, let length = spec.mode.scoredLength, cut.value > Double(length.upperBound) {
                diagnostics.error("the raw cut \(cut.value.plainText) is above the \(count(length.upperBound, "item")) of a form", at: cutLocation)
            }
        case .theta(let estimator):
            if cut.scale != .theta {
                diagnostics.error("θ scoring takes a θ cut ('theta'), not a \(cut.scale.rawValue) cut", at: cutLocation)
            }
            let settings = estimator ?? spec.mode.adaptiveDesign?.estimator ?? EstimatorSettings()
            if cut.scale == .theta, !(settings.minimumTheta < cut.value && cut.value < settings.maximumTheta) {
                diagnostics.error(
                    "the cut θ \(cut.value.plainText) is outside the estimator's θ range \(settings.minimumTheta.plainText) to \(settings.maximumTheta.plainText), so no estimate could fall on both sides of it",
                    at: cutLocation)
            }
        }
    }

    static func checkAdaptive(_ spec: TestSpec, _ design: AdaptiveSpec, locations: TestSpecLocations, into diagnostics: inout Diagnostics) {
        let stopping = design.stopping
        let path = "adaptive.stopping"
        if stopping.maximumItems < stopping.minimumItems {
            diagnostics.error("'max-items' (\(stopping.maximumItems)) is below 'min-items' (\(stopping.minimumItems))", at: locations["\(path).max-items"])
        }
        if stopping.minimumItems < stopping.maximumItems, !stopping.hasRules {
            diagnostics.warning(
                "no stopping rule (standard-error, classification or sprt) is set, so every test runs to max-items; set min-items equal to max-items to say so",
                at: locations[path])
        }
        let hasThetaCut = spec.scoring.cut?.scale == .theta
        if stopping.classification != nil, !hasThetaCut {
            diagnostics.error("the classification rule compares θ with the cut, but the scoring policy has no θ cut", at: locations["\(path).classification"])
        }
        if stopping.sequentialProbabilityRatio != nil, !hasThetaCut {
            diagnostics.error("the SPRT rule tests θ against the cut, but the scoring policy has no θ cut", at: locations["\(path).sprt"])
        }
        let estimator = design.estimator
        let range = estimator.minimumTheta...estimator.maximumTheta
        switch design.start {
        case .fixed(let theta) where !range.contains(theta):
            diagnostics.error("the start θ \(theta.plainText) is outside the estimator's θ range \(range.lowerBound.plainText) to \(range.upperBound.plainText)", at: locations["adaptive.start.theta"])
        case .previousAttempt(_, let fallback?) where !range.contains(fallback):
            diagnostics.error("the fallback θ \(fallback.plainText) is outside the estimator's θ range \(range.lowerBound.plainText) to \(range.upperBound.plainText)", at: locations["adaptive.start.otherwise"])
        default: break
        }
        if case .aStratified(let strata) = design.selector, strata > stopping.maximumItems {
            diagnostics.error("\(strata) strata cannot each get an item in a test of at most \(count(stopping.maximumItems, "item"))", at: locations["adaptive.selector.strata"])
        }
        if spec.blueprint != nil, design.contentBalancing == .none {
            diagnostics.error("the test has a blueprint but no content balancing; use content-balancing: constrained so that every test meets it", at: locations["adaptive.content-balancing"])
        }
        if spec.blueprint == nil, design.contentBalancing == .constrained {
            diagnostics.error("content balancing needs a blueprint to balance to", at: locations["adaptive.content-balancing"])
        }
    }

    static func checkPretest(_ spec: TestSpec, locations: TestSpecLocations, into diagnostics: inout Diagnostics) {
        guard let pretest = spec.pretest, let scored = spec.mode.scoredLength, !isLinear(spec) else { return }
        // Every position must fall within the shortest test, so that each attempt delivers all.
        let shortest = scored.lowerBound + pretest.count
        switch pretest.placement {
        case .positions(let positions):
            if positions.count != pretest.count {
                diagnostics.error("the pretest plan lists \(count(positions.count, "position")) for \(count(pretest.count, "item"))", at: locations["pretest.positions"])
            }
            if Set(positions).count != positions.count {
                diagnostics.error("the pretest positions repeat a position", at: locations["pretest.positions"])
            }
            for (index, position) in positions.enumerated() where position > shortest {
                diagnostics.error(
                    "pretest position \(position) is past the end of the shortest test (\(scored.lowerBound) scored + \(pretest.count) pretest = \(shortest) items)",
                    at: locations["pretest.positions.\(index)"])
            }
        case .randomWithin(let first, let last):
            if last - first + 1 < pretest.count {
                diagnostics.error("positions \(first)–\(last) cannot hold \(count(pretest.count, "pretest item"))", at: locations["pretest.between"])
            }
            if last > shortest {
                diagnostics.error(
                    "the last pretest position \(last) is past the end of the shortest test (\(scored.lowerBound) scored + \(pretest.count) pretest = \(shortest) items)",
                    at: locations["pretest.between.1"])
            }
        }
    }

    static func checkTimeLimit(_ spec: TestSpec, locations: TestSpecLocations, into diagnostics: inout Diagnostics) {
        guard let limit = spec.timeLimit else { return }
        let location = locations["time-limit.on-expiry"]
        switch (limit.onExpiry, spec.mode.adaptiveDesign) {
        case (.submitAnswered, .some):
            diagnostics.error("an adaptive test cannot score unanswered items; on expiry use final-estimate or recent-estimates", at: location)
        case (.finalEstimate, nil), (.recentEstimates, nil):
            diagnostics.error("'\(limit.onExpiry.name)' decides on θ estimates, which only an adaptive test has; use submit-answered", at: location)
        case (.recentEstimates(let recent), let design?) where recent > design.stopping.maximumItems:
            diagnostics.error("'recent-count' \(recent) is more estimates than a test of at most \(count(design.stopping.maximumItems, "item")) makes", at: locations["time-limit.recent-count"])
        default: break
        }
    }

    static func isLinear(_ spec: TestSpec) -> Bool {
        if case .linear = spec.mode { return true }
        return false
    }
}
