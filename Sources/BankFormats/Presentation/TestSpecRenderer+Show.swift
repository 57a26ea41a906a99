import AssessCore

extension TestSpecRenderer {
    /// Every setting of one spec in words, with the pool's size and the blueprint's counts in
    /// `bank` when given. For evaluators: a certification spec's cut and notes are shown, but no
    /// item content ever is.
    public static func show(_ spec: TestSpec, file: String, bank: ItemBank?) -> String {
        var lines: [String] = ["\(spec.id): \(spec.title)", "file: \(file)", "content hash: \(spec.contentHash)", "purpose: \(spec.purpose.rawValue)"]
        if let description = spec.description { lines.append("description: \(description.replacingOccurrences(of: "\n", with: " "))") }
        var pool = "pool: \(poolCriteria(spec.pool))"
        if let bank {
            let counts = PoolCounts(spec, bank: bank)
            pool += " — \(counts.scored) scored" + (counts.pilot > 0 ? ", \(counts.pilot) pilot" : "") + " in the bank"
        }
        lines.append(pool)
        lines.append(contentsOf: modeLines(spec))
        if let blueprint = spec.blueprint { lines.append(contentsOf: blueprintLines(blueprint, spec: spec, bank: bank)) }
        if let pretest = spec.pretest {
            switch pretest.placement {
            case .positions(let positions):
                lines.append("pretest: \(pretest.count) unscored pilot items at positions \(positions.map(String.init).joined(separator: ", "))")
            case .randomWithin(let first, let last):
                lines.append("pretest: \(pretest.count) unscored pilot items at random positions \(first)–\(last)")
            }
        }
        if let limit = spec.timeLimit {
            lines.append("time limit: \(limit.minutes) minutes; when it runs out: \(timeOutText(limit.onExpiry))")
        } else {
            lines.append("time limit: none")
        }
        lines.append("options shuffled: \(spec.shuffleOptions ? "yes" : "no")")
        lines.append("navigation: \(navigationText(spec.navigation))")
        lines.append("feedback: \(feedbackText(spec.feedback))")
        lines.append("attempts: \(attemptsText(spec.attempts))")
        lines.append(contentsOf: scoringLines(spec))
        return lines.joined(separator: "\n") + "\n"
    }

    static func poolCriteria(_ pool: ItemPool) -> String {
        var parts: [String] = []
        func add(_ name: String, _ values: [String]) {
            if !values.isEmpty { parts.append("\(name) \(values.joined(separator: ", "))") }
        }
        add("blocks", pool.blocks.map(\.rawValue))
        add("modules", pool.modules)
        add("objectives", pool.objectives)
        add("tags", pool.tags)
        add("types", pool.types.map(\.rawValue))
        add("security", pool.security.map(\.rawValue))
        add("statuses", pool.statuses.map(\.rawValue))
        add("plus", pool.include)
        add("except", pool.exclude)
        return parts.isEmpty ? "every item" : parts.joined(separator: "; ")
    }

    static func modeLines(_ spec: TestSpec) -> [String] {
        switch spec.mode {
        case .linear(let form):
            return ["mode: linear, \(form.order.rawValue) order" + (form.length.map { ", \($0) items" } ?? ", the whole pool")]
        case .randomForm(let form):
            return ["mode: random-form, \(form.length) scored items drawn to the blueprint"]
        case .adaptive(let design):
            let stopping = design.stopping
            var rules: [String] = []
            if let se = stopping.standardError { rules.append("SE ≤ \(se.plainText)") }
            if let rule = stopping.classification { rules.append("\((rule.confidence * 100).plainText)% CI excludes the cut") }
            if let sprt = stopping.sequentialProbabilityRatio {
                rules.append("SPRT decides (δ = \(sprt.indifference.plainText), α = \(sprt.alpha.plainText), β = \(sprt.beta.plainText))")
            }
            let stopText = rules.isEmpty ? "" : "; after the minimum, stop when \(stopping.combination == .all ? "all" : "any") of: \(rules.joined(separator: ", "))"
            let estimator = design.estimator
            return [
                "mode: adaptive, \(stopping.minimumItems)–\(stopping.maximumItems) scored items",
                "  start: \(startText(design.start))",
                "  selector: \(selectorText(design.selector))",
                "  estimator: \(estimatorText(estimator))",
                "  exposure: \(exposureText(design.exposure))",
                "  content balancing: \(design.contentBalancing.rawValue)",
                "  stopping: at most \(stopping.maximumItems), at least \(stopping.minimumItems)\(stopText)",
            ]
        }
    }

    static func startText(_ start: StartRule) -> String {
        switch start {
        case .fixed(let theta): "θ = \(theta.plainText)"
        case .prior: "the prior mean"
        case .previousAttempt(let days, let fallback):
            "the final θ of the latest attempt" + (days.map { " within \($0) days" } ?? "") + ", else "
                + (fallback.map { "θ = \($0.plainText)" } ?? "the prior mean")
        }
    }

    static func selectorText(_ selector: SelectionRule) -> String {
        switch selector {
        case .maximumInformation: "maximum Fisher information"
        case .kullbackLeibler: "Kullback–Leibler information"
        case .aStratified(let strata): "a-stratified, \(strata) strata"
        }
    }

    static func estimatorText(_ estimator: EstimatorSettings) -> String {
        var text = "\(estimator.method.rawValue.uppercased()), prior N(\(estimator.priorMean.plainText), \(estimator.priorStandardDeviation.plainText)²), θ in [\(estimator.minimumTheta.plainText), \(estimator.maximumTheta.plainText)]"
        if estimator.method == .eap { text += ", \(estimator.quadraturePoints) quadrature points" }
        if let until = estimator.untilMixedPattern { text += "; \(until.rawValue.uppercased()) until the responses are mixed" }
        return text
    }

    static func exposureText(_ exposure: ExposureSpec) -> String {
        switch exposure {
        case .none: return "none"
        case .randomesque(let k): return "randomesque, one of the \(k) best items"
        case .sympsonHetter(let settings):
            let target = settings.targetMaximumExposure.map { ", target maximum exposure \($0.plainText)" } ?? ""
            switch settings.parameters {
            case .file(let name): return "Sympson–Hetter, parameters in \(name)\(target)"
            case .perItem(let table): return "Sympson–Hetter, k for \(table.count) items in the spec\(target)"
            }
        }
    }

    static func blueprintLines(_ blueprint: Blueprint, spec: TestSpec, bank: ItemBank?) -> [String] {
        let lengths = spec.mode.scoredLength
        let ends = lengths.map { $0.count == 1 ? [$0.lowerBound] : [$0.lowerBound, $0.upperBound] } ?? []
        var header = [blueprint.dimension.rawValue, "target"]
        header += ends.map { "on \($0)" }
        if bank != nil { header.append("pool") }
        let ranges = ends.map { blueprint.countRanges(forLength: $0) }
        let scored = bank.map { spec.pool.items(in: $0).filter { $0.status == .active } } ?? []
        let rows = blueprint.areas.enumerated().map { index, area -> [String] in
            var row = [blueprint.dimension == .block ? (Block(rawValue: area.area)?.title ?? area.area) : area.area, targetText(area.target)]
            row += ranges.map { $0[index].description }
            if bank != nil { row.append(String(scored.filter { blueprint.areaIndex(of: $0) == index }.count)) }
            return row
        }
        let table = TextTable.render(header: header, rows: rows, rightAligned: Set(2..<header.count))
        return ["blueprint (items per \(blueprint.dimension.rawValue)):"] + table.split(separator: "\n").map { "  " + $0 }
    }

    static func targetText(_ target: BlueprintTarget) -> String {
        switch target {
        case .share(let percent): "\(percent.plainText)%"
        case .shareRange(let low, let high): "\(low.plainText)–\(high.plainText)%"
        case .countRange(let low, let high): low == high ? "\(low) items" : "\(low)–\(high) items"
        }
    }

    static func timeOutText(_ rule: TimeOutRule) -> String {
        switch rule {
        case .submitAnswered: "submit the answers given; unanswered items score 0"
        case .finalEstimate: "decide on the final θ (fail below the minimum length)"
        case .recentEstimates(let count): "pass only if the last \(count) θ estimates were at or above the cut (fail below the minimum length)"
        }
    }

    static func navigationText(_ navigation: NavigationPolicy) -> String {
        let allowed = [("skip", navigation.skip), ("back", navigation.back), ("flag", navigation.flag), ("review", navigation.review)]
            .filter(\.1).map(\.0)
        return allowed.isEmpty ? "answer in order only" : allowed.joined(separator: ", ")
    }

    static func feedbackText(_ feedback: FeedbackPolicy) -> String {
        var text: String
        switch feedback.level {
        case .none: text = "none"
        case .score: text = "score and decision"
        case .breakdown: text = "score, decision and results by \(feedback.breakdown.rawValue)"
        case .keysAndRationales: text = "score, decision, results by \(feedback.breakdown.rawValue), keys and rationales"
        }
        if let revisit = feedback.revisitBelowPercent { text += "; revisit areas below \(revisit.plainText)%" }
        return text
    }

    static func attemptsText(_ attempts: AttemptRules) -> String {
        var parts = [attempts.maximumAttempts.map { "at most \($0)" } ?? "unlimited"]
        if attempts.retakeAfterDays > 0 { parts.append("retake after \(attempts.retakeAfterDays) days") }
        if !attempts.retakeAfterPass { parts.append("no retake after a pass") }
        for rule in attempts.excludeSeen {
            let tests = rule.tests.isEmpty ? "earlier attempts" : rule.tests.joined(separator: ", ")
            let verb = rule.enforcement == .required ? "excludes" : "avoids"
            parts.append("\(verb) items seen in \(tests) within \(rule.withinDays) days")
        }
        return parts.joined(separator: "; ")
    }

    static func scoringLines(_ spec: TestSpec) -> [String] {
        let scoring = spec.scoring
        var method: String
        switch scoring.method {
        case .numberCorrect: method = "number correct"
        case .theta(let estimator):
            if let estimator {
                method = "θ (\(estimatorText(estimator)))"
            } else {
                method = spec.mode.adaptiveDesign == nil ? "θ (\(estimatorText(EstimatorSettings())))" : "θ, by the adaptive estimator"
            }
        case .ratingProfile(let need): method = "rating profile; ratings at or below \(need) are development needs"
        }
        var lines = ["scoring: \(method)"]
        if let cut = scoring.cut {
            let value = cut.scale == .percent ? "\(cut.value.plainText)%" : cut.scale == .theta ? "θ = \(cut.value.plainText)" : "\(cut.value.plainText) correct"
            var line = "  cut: \(value) (\(cut.basis.name))"
            if let labels = scoring.labels { line += "; \(labels.met) / \(labels.notMet)" }
            lines.append(line)
            if let note = cut.note { lines.append("  note: \(note.replacingOccurrences(of: "\n", with: " "))") }
        }
        return lines
    }
}
