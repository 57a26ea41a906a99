/// How an adaptive test limits how often the best items are shown.
///
/// Applied to the candidates of the chosen content area after the selector has scored them.
public enum ExposureControl: Sendable, Hashable {
    /// Always the best-scoring candidate (ties: lowest pool position).
    case none
    /// Randomesque (Kingsbury & Zara 1989, "Procedures for selecting items for computerized
    /// adaptive tests", Applied Measurement in Education 2(4)): one of the `count` best
    /// candidates, uniformly at random from the session's seeded generator.
    case randomesque(count: Int)
    /// Sympson–Hetter (Sympson & Hetter 1985, "Controlling item-exposure rates in
    /// computerized adaptive testing", Proc. 27th Military Testing Association): the best
    /// candidate is administered with probability k_i = `parameters[i]` (indexed by pool
    /// position); otherwise it is set aside for the rest of this test and the next best is
    /// tried. A stimulus set uses the smallest k of its items. Derive the parameters with
    /// ``AdaptiveSimulation/deriveSympsonHetterParameters(targetMaximumExposure:maximumIterations:tolerance:)``.
    case sympsonHetter(parameters: [Double])
}
