/// Settings of a marginal maximum-likelihood calibration (``ItemCalibration``).
public struct CalibrationOptions: Sendable, Hashable {
    /// The quadrature for the N(0, 1) ability distribution. Default: 21-node Gauss–Hermite, the
    /// rule of ltm, right for short tests and adaptive records (tens of items per candidate).
    ///
    /// When each candidate answers many items the posterior of θ is narrower than the spacing of
    /// 21 nodes (≈ 0.6 near 0) and the fixed grid biases the estimates: on a simulated complete
    /// 10,000 × 100 2PL the RMSE of a was 0.129 with 21 nodes, 0.045 with 41 and 0.035 with 61
    /// (mirt's default). Use 41–61 nodes for long linear forms.
    public var quadrature: QuadratureRule
    /// The scaling constant D in logit P* = D·a·θ + intercept (1 by default: the logistic metric).
    public var scaling: Double
    /// EM stops when no parameter (a, intercept, c) changes by more than this in one cycle.
    ///
    /// 1e-4 is mirt's default (`TOL`). EM converges linearly, so its estimates can still be
    /// ~10× the tolerance from the maximum; the Newton–Raphson refinement removes that.
    public var tolerance: Double
    /// The most EM cycles run (500, as mirt's `NCYCLES`).
    public var maximumCycles: Int
    /// The most Newton–Raphson steps on the marginal likelihood after EM (0 disables them).
    ///
    /// Each step solves with the exact observed information (Louis 1982), which converges
    /// quadratically from the EM estimate to the exact maximiser; this is how ltm (quasi-Newton
    /// after EM) and BILOG-MG (Newton cycles after EM) finish. Steps stop once the largest
    /// change is below 1e-10.
    public var newtonSteps: Int
    /// Whether to compute standard errors from the observed information.
    public var computesStandardErrors: Bool

    public init(
        quadrature: QuadratureRule = .gaussHermite(nodeCount: 21),
        scaling: Double = ScalingConstant.logistic,
        tolerance: Double = 1e-4,
        maximumCycles: Int = 500,
        newtonSteps: Int = 10,
        computesStandardErrors: Bool = true
    ) {
        precondition(scaling > 0 && scaling.isFinite, "the scaling constant D must be positive")
        precondition(tolerance > 0, "the EM tolerance must be positive")
        precondition(maximumCycles >= 1, "at least one EM cycle is needed")
        precondition(newtonSteps >= 0, "newtonSteps cannot be negative")
        self.quadrature = quadrature
        self.scaling = scaling
        self.tolerance = tolerance
        self.maximumCycles = maximumCycles
        self.newtonSteps = newtonSteps
        self.computesStandardErrors = computesStandardErrors
    }
}
