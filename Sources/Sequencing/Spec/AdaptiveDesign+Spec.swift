import AssessCore
import Psychometrics

/// Building an adaptive design from a test specification.
extension AdaptiveDesign {
    /// The adaptive design a specification describes, on `pool` (built by
    /// ``SequencerPool/init(spec:bank:excluding:)``).
    ///
    /// | spec | design |
    /// |---|---|
    /// | `start: fixed` / `prior` | ``StartingTheta/fixed(_:)`` / ``StartingTheta/priorMean(_:)`` of the estimator's prior |
    /// | `start: previous-attempt` | ``StartingTheta/previousAttempt(fallback:)``, falling back to `otherwise` or the prior mean; `within-days` is the caller's: it passes the θ of the qualifying attempt as `previousTheta` |
    /// | `selector` | ``MaximumInformationSelector``, ``KullbackLeiblerSelector``, ``AStratifiedSelector`` |
    /// | `estimator` | ``ThetaEstimation`` with the method on the spec's θ range, prior and quadrature; `until-mixed` as the early estimator (none when unset) |
    /// | `exposure` | ``ExposureControl``; Sympson–Hetter k by item id, from the spec or from the file the caller read (`sympsonHetterParameters`); items not named have k = 1 |
    /// | `content-balancing: constrained` + `blueprint` | ``ContentBlueprint/init(spec:adaptiveLengths:)`` |
    /// | `pretest` | ``PretestPlan``: fixed positions, or `count` drawn per session `between` |
    /// | `stopping` | lengths; rules in the order CI, SPRT, SE, so that with `any` a classification is recorded first when several are met; z = Φ⁻¹(1 − (1 − confidence)/2); `combine` |
    /// | `scoring.cut` (θ) | the cut of the decisions |
    /// | `time-limit.on-expiry` | ``AdaptiveStopping/TimeUpRule``: `final-estimate` or `recent-estimates` (fail below the minimum either way) |
    ///
    /// Settings outside the sequencer — attempts and seen-item rules (the pool's `excluding`),
    /// navigation, option shuffling, feedback, the time limit's minutes (the delivery's clock)
    /// — are not part of a design.
    ///
    /// - Throws: ``SequencingError/unsupportedSpecSetting(setting:reason:)`` naming any setting
    ///   the sequencer cannot honour: a mode other than adaptive, a blueprint without content
    ///   balancing, exact shares on a variable-length test, a cut not on the θ scale, a scoring
    ///   estimator different from the adaptive one, the `submit-answered` time-out rule, a Sympson–Hetter file whose table was not passed, out-of-range values.
    public init(
        spec: TestSpec, pool: SequencerPool, sympsonHetterParameters: [String: Double]? = nil
    ) throws(SequencingError) {
        guard case .adaptive(let adaptive) = spec.mode else {
            throw .unsupportedSpecSetting(setting: "mode: \(spec.mode.name)", reason: "an adaptive design needs mode: adaptive")
        }
        let settings = adaptive.estimator
        try Self.checkEstimator(settings)
        let prior = NormalPrior(mean: settings.priorMean, standardDeviation: settings.priorStandardDeviation)
        let start: StartingTheta =
            switch adaptive.start {
            case .fixed(let theta): .fixed(theta)
            case .prior: .priorMean(prior)
            case .previousAttempt(_, let fallback): .previousAttempt(fallback: fallback ?? settings.priorMean)
            }
        let estimation = ThetaEstimation(
            estimator: Self.estimator(settings.method, settings), earlyEstimator: settings.untilMixedPattern.map { Self.estimator($0, settings) })
        if case .theta(let scoringEstimator?) = spec.scoring.method, scoringEstimator != settings {
            throw .unsupportedSpecSetting(
                setting: "scoring.estimator",
                reason: "the sequencer stops and decides on the adaptive estimator; give the same estimator or none")
        }
        let selector: any ItemSelector =
            switch adaptive.selector {
            case .maximumInformation: MaximumInformationSelector()
            case .kullbackLeibler: KullbackLeiblerSelector()
            case .aStratified(let strata): AStratifiedSelector(strata: strata)
            }
        let blueprint: ContentBlueprint?
        switch (spec.blueprint, adaptive.contentBalancing) {
        case (let specBlueprint?, .constrained):
            let stopping = adaptive.stopping
            blueprint = try ContentBlueprint(
                spec: specBlueprint, adaptiveLengths: stopping.minimumItems...max(stopping.minimumItems, stopping.maximumItems))
        case (_?, .none):
            throw .unsupportedSpecSetting(
                setting: "adaptive.content-balancing: none",
                reason: "the sequencer meets a blueprint only by constrained balancing")
        case (nil, _):
            blueprint = nil
        }
        self.init(
            start: start, estimation: estimation, selector: selector,
            exposure: try Self.exposure(adaptive.exposure, pool: pool, file: sympsonHetterParameters),
            blueprint: blueprint, pretest: try Self.pretest(spec.pretest),
            stopping: try Self.stopping(adaptive.stopping, spec: spec))
    }

    static func checkEstimator(_ settings: EstimatorSettings) throws(SequencingError) {
        guard settings.priorMean.isFinite, settings.priorStandardDeviation.isFinite, settings.priorStandardDeviation > 0
        else {
            throw .unsupportedSpecSetting(setting: "adaptive.estimator.prior-sd", reason: "the prior needs a finite mean and a positive SD")
        }
        guard settings.minimumTheta.isFinite, settings.maximumTheta.isFinite, settings.minimumTheta < settings.maximumTheta else {
            throw .unsupportedSpecSetting(setting: "adaptive.estimator.theta-range", reason: "the θ range must be finite and increasing")
        }
        guard settings.quadraturePoints >= 2 else {
            throw .unsupportedSpecSetting(setting: "adaptive.estimator.quadrature-points", reason: "EAP needs at least 2 points")
        }
    }

    /// The Psychometrics estimator for a method with the spec's range, prior and quadrature.
    static func estimator(_ method: EstimatorSettings.Method, _ settings: EstimatorSettings) -> AbilityEstimator {
        let bounds = settings.minimumTheta...settings.maximumTheta
        let prior = NormalPrior(mean: settings.priorMean, standardDeviation: settings.priorStandardDeviation)
        return switch method {
        case .mle: .maximumLikelihood(bounds: bounds)
        case .map: .maximumAPosteriori(prior: prior, bounds: bounds)
        case .eap: .expectedAPosteriori(grid: QuadratureGrid(points: settings.quadraturePoints, range: bounds, prior: prior))
        case .wle: .weightedLikelihood(bounds: bounds)
        }
    }
}

/// The parts of a design that take more than a line to map.
extension AdaptiveDesign {
    /// Exposure control; Sympson–Hetter k by pool position (1 for items the table does not
    /// name; ids outside the pool cannot be selected, so their k has nothing to act on).
    static func exposure(
        _ exposure: ExposureSpec, pool: SequencerPool, file: [String: Double]?
    ) throws(SequencingError) -> ExposureControl {
        switch exposure {
        case .none:
            return .none
        case .randomesque(let k):
            return .randomesque(count: k)
        case .sympsonHetter(let sympsonHetter):
            let table: [String: Double]
            switch sympsonHetter.parameters {
            case .perItem(let perItem):
                table = perItem
            case .file(let path):
                guard let file else {
                    throw .unsupportedSpecSetting(
                        setting: "adaptive.exposure.parameters: \(path)",
                        reason: "the sequencer reads no files; pass the file's table as sympsonHetterParameters")
                }
                table = file
            }
            var parameters = [Double](repeating: 1, count: pool.count)
            for (id, k) in table {
                guard k.isFinite, (0...1).contains(k) else {
                    throw .unsupportedSpecSetting(
                        setting: "adaptive.exposure.k.\(id)", reason: "a Sympson–Hetter k must lie in [0, 1]")
                }
                if let index = pool.index(ofID: id) { parameters[index] = k }
            }
            return .sympsonHetter(parameters: parameters)
        }
    }

    /// The pretest plan: fixed positions (sorted) or positions drawn per session.
    static func pretest(_ pretest: PretestSpec?) throws(SequencingError) -> PretestPlan {
        guard let pretest else { return PretestPlan() }
        switch pretest.placement {
        case .positions(let positions):
            guard positions.count == pretest.count else {
                throw .unsupportedSpecSetting(
                    setting: "pretest.positions",
                    reason: "\(positions.count) positions for \(pretest.count) pretest items")
            }
            return PretestPlan(positions: positions.sorted())
        case .randomWithin(let first, let last):
            guard first >= 1, first <= last, pretest.count >= 0, pretest.count <= last - first + 1 else {
                throw .unsupportedSpecSetting(
                    setting: "pretest.between", reason: "positions \(first)–\(last) cannot hold \(pretest.count) pretest items")
            }
            return PretestPlan(count: pretest.count, within: first...last)
        }
    }

    /// Lengths, rules, combination, cut and the time-out rule.
    static func stopping(_ stopping: StoppingRules, spec: TestSpec) throws(SequencingError) -> AdaptiveStopping {
        var rules: [any StoppingRule] = []
        if let classification = stopping.classification {
            let confidence = classification.confidence
            guard confidence.isFinite, confidence > 0.5, confidence < 1 else {
                throw .unsupportedSpecSetting(
                    setting: "adaptive.stopping.classification.confidence", reason: "the confidence must lie between 50% and 100%")
            }
            rules.append(ConfidenceIntervalStop(z: StandardNormal.quantile(1 - (1 - confidence) / 2)))
        }
        if let sprt = stopping.sequentialProbabilityRatio {
            guard sprt.indifference.isFinite, sprt.indifference > 0, sprt.alpha > 0, sprt.alpha < 0.5, sprt.beta > 0,
                sprt.beta < 0.5
            else {
                throw .unsupportedSpecSetting(
                    setting: "adaptive.stopping.sprt", reason: "SPRT needs δ > 0 and α, β in (0, 0.5)")
            }
            rules.append(SequentialProbabilityRatioStop(indifference: sprt.indifference, alpha: sprt.alpha, beta: sprt.beta))
        }
        if let threshold = stopping.standardError {
            guard threshold.isFinite, threshold > 0 else {
                throw .unsupportedSpecSetting(
                    setting: "adaptive.stopping.standard-error", reason: "the SE threshold must be positive")
            }
            rules.append(StandardErrorStop(threshold: threshold))
        }
        var cut: Double? = nil
        if let specCut = spec.scoring.cut {
            guard specCut.scale == .theta else {
                throw .unsupportedSpecSetting(
                    setting: "scoring.cut: \(specCut.scale.rawValue)", reason: "an adaptive test decides on θ; give the cut as theta")
            }
            cut = specCut.value
        }
        var timeUpRule = AdaptiveStopping.TimeUpRule.finalEstimate
        if let timeLimit = spec.timeLimit {
            switch timeLimit.onExpiry {
            case .finalEstimate:
                break
            case .recentEstimates(let count):
                guard count >= 1 else {
                    throw .unsupportedSpecSetting(
                        setting: "time-limit.recent-count", reason: "the rule needs at least 1 recent estimate")
                }
                timeUpRule = .recentEstimates(count: count)
            case .submitAnswered:
                throw .unsupportedSpecSetting(
                    setting: "time-limit.on-expiry: submit-answered",
                    reason: "an adaptive test is decided on θ: use final-estimate or recent-estimates")
            }
        }
        return AdaptiveStopping(
            minimumLength: stopping.minimumItems, maximumLength: stopping.maximumItems, rules: rules,
            combination: stopping.combination == .all ? .all : .any, cut: cut, timeUpBelowMinimum: .fail,
            timeUpRule: timeUpRule)
    }
}
