/// Sympson–Hetter exposure parameters derived by simulation, with the iterations that led
/// there.
public struct SympsonHetterDerivation: Sendable {
    /// k_i for every pool item, for ``ExposureControl/sympsonHetter(parameters:)``.
    public var parameters: [Double]
    /// Per iteration, the largest exposure rate (administered) and selection rate among the
    /// operational items, under the parameters of that iteration.
    public var iterations: [Iteration]
    /// Whether the largest exposure rate came within the tolerance of the target.
    public var converged: Bool

    public struct Iteration: Sendable, Hashable {
        public var maximumExposure: Double
        public var maximumSelection: Double
    }
}
