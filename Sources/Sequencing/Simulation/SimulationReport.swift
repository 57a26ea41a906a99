/// What a simulation study reports: recovery of θ, test lengths, stop reasons,
/// classification accuracy, item exposure and blueprint compliance.
///
/// Definitions (N examinees, θ_j true, θ̂_j final estimate):
///
/// - bias = Σ(θ̂_j − θ_j)/N; RMSE = √(Σ(θ̂_j − θ_j)²/N); mean SE = the mean of the reported
///   standard errors (finite ones).
/// - Conditional figures: the same, over the examinees whose true θ falls in a band.
/// - Length: mean, sample standard deviation (n − 1), minimum and maximum of the scored
///   lengths.
/// - Classification (with a cut θ_c): an examinee truly passes when θ_j > θ_c. Accuracy =
///   agreeing decisions / N; false-pass rate = decided pass but truly failing / N; false-fail
///   rate = decided fail but truly passing / N (shares of all examinees).
/// - Exposure rate of item i: r_i = m_i/N, the share of tests it was given in (scored items
///   only). Maximum and mean are over the operational items: the scored items the design
///   may select (in a blueprint area, and not in a stimulus set that can never be given). Overlap rate (Chen, Ankenmann & Spray 2003, "The relationship between item
///   exposure and test overlap in computerized adaptive testing", JEM 40(2)): the expected
///   share of a test's items that another random examinee's test shares,
///   T = Σ_i m_i(m_i − 1) / (N(N − 1)·L̄), with L̄ the mean length — the exact pairwise
///   average, which for fixed length L equals their N/(N−1)·Σr_i²/L − 1/(N−1) (≈ n·S²_r/L +
///   L/n with n operational items).
/// - Blueprint: the share of tests whose final counts satisfy the blueprint at their length.
public struct SimulationReport: Sendable {
    /// Every examinee, in index order.
    public var examinees: [SimulatedExaminee]
    public var bias: Double
    public var rmse: Double
    public var meanStandardError: Double
    /// Per band of true θ, in order.
    public var bands: [ThetaBand]
    public var length: LengthSummary
    /// Stop reasons with their counts, most frequent first (then by name).
    public var stopReasons: [StopReasonCount]
    /// Nil when the design has no cut.
    public var classification: ClassificationSummary?
    public var exposure: ExposureSummary
    /// Tests meeting the blueprint, and their share.
    public var blueprintMet: Int
    public var blueprintMetShare: Double

    /// Recovery within one band of true θ: lower ≤ θ < upper (±∞ at the ends).
    public struct ThetaBand: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        public var count: Int
        public var bias: Double
        public var rmse: Double
        public var meanStandardError: Double
    }

    public struct LengthSummary: Sendable, Hashable {
        public var mean: Double
        public var standardDeviation: Double
        public var minimum: Int
        public var maximum: Int
    }

    public struct StopReasonCount: Sendable, Hashable {
        public var reason: StopReason
        public var count: Int
    }

    public struct ClassificationSummary: Sendable, Hashable {
        public var cut: Double
        public var correct: Int
        public var falsePasses: Int
        public var falseFails: Int
        /// Decisions that were neither pass nor fail (time-outs only).
        public var undecided: Int
        public var accuracy: Double
        public var falsePassRate: Double
        public var falseFailRate: Double
    }

    public struct ExposureSummary: Sendable, Hashable {
        /// r_i for every pool item (pretest items: their share of tests as pretest).
        public var rates: [Double]
        /// Share of tests in which each pool item was selected, administered or set aside by
        /// Sympson–Hetter: P(S_i) of the Sympson–Hetter procedure.
        public var selectionRates: [Double]
        public var operationalItems: Int
        public var maximum: Double
        public var mean: Double
        public var overlapRate: Double
        /// Operational items no examinee was given.
        public var neverUsed: Int
    }
}
