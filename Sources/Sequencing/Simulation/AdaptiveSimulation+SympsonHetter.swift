/// Deriving Sympson–Hetter exposure parameters by iterated simulation.
extension AdaptiveSimulation {
    /// Derives Sympson–Hetter parameters for a target maximum exposure rate r by the iterative
    /// procedure of Sympson & Hetter (1985):
    ///
    /// 1. start with k_i = 1 for every item;
    /// 2. simulate the study with the current k_i and measure each item's selection rate
    ///    P(S_i) (selected by the selector, whether or not the lottery then let it through);
    /// 3. stop when the largest administration rate P(A_i) = k_i·P(S_i) is at most r + tolerance;
    /// 4. otherwise set k_i = r/P(S_i) where P(S_i) > r and k_i = 1 elsewhere, and go to 2.
    ///
    /// The design's own exposure setting is replaced. Iteration j simulates with the seed
    /// derived from (``seed``, j), so the examinees differ between iterations (the parameters do
    /// not fit one sample) but the whole derivation is reproducible.
    ///
    /// - Throws: the errors of ``run()``.
    public func deriveSympsonHetterParameters(
        targetMaximumExposure target: Double, maximumIterations: Int = 30, tolerance: Double = 0.01
    ) throws(SequencingError) -> SympsonHetterDerivation {
        precondition(target > 0 && target <= 1, "target maximum exposure must be in (0, 1], got \(target)")
        var parameters = [Double](repeating: 1, count: pool.count)
        var iterations: [SympsonHetterDerivation.Iteration] = []
        for iteration in 0..<max(1, maximumIterations) {
            var study = self
            study.design.exposure = .sympsonHetter(parameters: parameters)
            study.seed = RandomDraw.derivedSeed(seed, index: UInt64(iteration))
            let exposure = try study.run().exposure
            let selectionMaximum =
                exposure.selectionRates.enumerated()
                .filter { !pool.items[$0.offset].isPretest }.map(\.element).max() ?? 0
            iterations.append(.init(maximumExposure: exposure.maximum, maximumSelection: selectionMaximum))
            if exposure.maximum <= target + tolerance {
                return SympsonHetterDerivation(parameters: parameters, iterations: iterations, converged: true)
            }
            for item in parameters.indices where !pool.items[item].isPretest {
                let selection = exposure.selectionRates[item]
                parameters[item] = selection > target ? target / selection : 1
            }
        }
        return SympsonHetterDerivation(parameters: parameters, iterations: iterations, converged: false)
    }
}
