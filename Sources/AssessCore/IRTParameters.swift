/// An item's IRT model and parameters, with where they came from.
///
/// Parameters are on the logistic metric (scaling constant D = 1) unless ``scalingConstant``
/// says otherwise (1.702 puts them on the normal-ogive metric).
public struct IRTParameters: Sendable, Hashable, Codable {
    /// The model the parameters belong to.
    public var model: IRTModel
    /// Discrimination a (1 for Rasch).
    public var a: Double
    /// Difficulty b (dichotomous models); the mean location for polytomous ones if given.
    public var b: Double?
    /// Lower asymptote ("guessing") c (3PL only; 0 otherwise).
    public var c: Double
    /// Category thresholds (GRM: ordered boundary locations; GPCM: step parameters); k − 1 of them.
    public var thresholds: [Double]
    /// The scaling constant D the parameters assume: 1 (logistic) or 1.702 (normal ogive).
    public var scalingConstant: Double
    /// Where the parameters come from (e.g. `provisional`, `calibration 2026-10 MML-EM`).
    public var source: String?
    /// Number of examinees in the calibration sample, if calibrated.
    public var sampleSize: Int?

    public init(
        model: IRTModel, a: Double = 1, b: Double? = nil, c: Double = 0, thresholds: [Double] = [],
        scalingConstant: Double = 1, source: String? = nil, sampleSize: Int? = nil
    ) {
        self.model = model
        self.a = a
        self.b = b
        self.c = c
        self.thresholds = thresholds
        self.scalingConstant = scalingConstant
        self.source = source
        self.sampleSize = sampleSize
    }
}

/// IRT models the engine knows.
public enum IRTModel: String, Sendable, Hashable, Codable, CaseIterable {
    case rasch
    case twoPL = "2pl"
    case threePL = "3pl"
    /// Samejima's graded response model (ordered categories).
    case grm
    /// Muraki's generalized partial credit model.
    case gpcm

    /// Whether the model is for dichotomously scored items.
    public var isDichotomous: Bool { self == .rasch || self == .twoPL || self == .threePL }
}
