import AssessCore

/// Building a random-form design from a test specification.
extension RandomFormDesign {
    /// The random-form (LOFT) design a specification describes: its length, its blueprint
    /// (``ContentBlueprint/init(spec:)``), whole stimulus sets only, in drawn order — a
    /// shuffled order with each set kept together, as the spec format states.
    ///
    /// Delivery settings (time limit, navigation, option shuffling, feedback, attempts) are
    /// not part of a form design; seen-item rules act through the pool
    /// (``SequencerPool/init(spec:bank:excluding:)``).
    ///
    /// - Throws: ``SequencingError/unsupportedSpecSetting(setting:reason:)`` for another mode,
    ///   for a pretest plan (random forms seed no pretest items), and for an adaptive time-out
    ///   rule.
    public init(spec: TestSpec) throws(SequencingError) {
        guard case .randomForm(let form) = spec.mode else {
            throw .unsupportedSpecSetting(setting: "mode: \(spec.mode.name)", reason: "a random-form design needs mode: random-form")
        }
        if spec.pretest != nil {
            throw .unsupportedSpecSetting(setting: "pretest", reason: "random forms seed no pretest items")
        }
        try Self.checkTimeOut(spec)
        self.init(length: form.length, blueprint: spec.blueprint.map(ContentBlueprint.init(spec:)))
    }

    /// Linear and random-form tests submit what was answered when time runs out.
    static func checkTimeOut(_ spec: TestSpec) throws(SequencingError) {
        guard let rule = spec.timeLimit?.onExpiry, rule != .submitAnswered else { return }
        throw .unsupportedSpecSetting(
            setting: "time-limit.on-expiry: \(rule.name)", reason: "a \(spec.mode.name) test submits the answered items")
    }
}
