import AssessCore

/// Changing an adaptive design for one study, without editing the spec.
extension SimulationRun {
    /// The design settings `assess simulate` can override; nil keeps the spec's.
    public struct Overrides: Sendable, Hashable {
        public var selector: SelectionRule?
        public var estimator: EstimatorSettings.Method?
        public var maximumItems: Int?
        public var minimumItems: Int?
        public var standardError: Double?
        /// A cut on the θ scale (replaces the spec's cut, whatever its scale).
        public var cut: Double?

        public init(
            selector: SelectionRule? = nil, estimator: EstimatorSettings.Method? = nil, maximumItems: Int? = nil,
            minimumItems: Int? = nil, standardError: Double? = nil, cut: Double? = nil
        ) {
            self.selector = selector
            self.estimator = estimator
            self.maximumItems = maximumItems
            self.minimumItems = minimumItems
            self.standardError = standardError
            self.cut = cut
        }

        /// `spec` with these settings; a spec that is not adaptive is returned unchanged.
        ///
        /// The estimator override replaces the method and keeps the rest of the estimator's
        /// settings (prior, θ range, quadrature, `until-mixed`); a θ-scored spec's own scoring
        /// estimator is dropped so that the sequencer's and the score's estimator agree. The SE
        /// override enables or changes the SE rule and keeps the spec's `combine`.
        public func applied(to spec: TestSpec) -> TestSpec {
            guard case .adaptive(var design) = spec.mode else { return spec }
            var spec = spec
            if let selector { design.selector = selector }
            if let estimator {
                design.estimator.method = estimator
                if case .theta = spec.scoring.method { spec.scoring.method = .theta(estimator: nil) }
            }
            if let maximumItems { design.stopping.maximumItems = maximumItems }
            if let minimumItems { design.stopping.minimumItems = minimumItems }
            if let standardError { design.stopping.standardError = standardError }
            if let cut {
                spec.scoring.cut = CutScore(.theta, cut, basis: spec.scoring.cut?.basis ?? .provisional)
            }
            spec.mode = .adaptive(design)
            return spec
        }
    }
}
