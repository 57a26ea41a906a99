/// The item response model fitted by ``ItemCalibration``, with its parameter priors.
///
/// All models are fitted in slope-intercept form, logit P*(θ) = D·a·θ + intercept with
/// b = −intercept/(D·a), and P(θ) = c + (1 − c)·P*(θ) (Lord 1980, ch. 2; Bock & Aitkin 1981).
public enum CalibrationModel: Sendable, Hashable {
    /// Rasch: a = 1, c = 0; one intercept per item (irtQ's 1PLM with a fixed at 1).
    case rasch
    /// One slope a common to all items, c = 0; one intercept per item (the default of
    /// `ltm::rasch`, irtQ's 1PLM with a free slope).
    case raschCommonSlope
    /// 2PL: a slope and an intercept per item, c = 0. An optional log-normal prior on a
    /// (e.g. ``LogNormalPrior/bilogDefault``) makes the estimate a posterior mode.
    case twoParameter(slopePrior: LogNormalPrior? = nil)
    /// 3PL: slope, intercept and lower asymptote per item. The Beta prior on c is what keeps c
    /// inside (0, 1) and the fit stable (BILOG-MG's default ``BetaPrior/bilogDefault``); the
    /// slope prior is optional.
    case threeParameter(guessingPrior: BetaPrior = .bilogDefault, slopePrior: LogNormalPrior? = nil)

    /// The log-normal prior on each free slope, if any.
    var slopePrior: LogNormalPrior? {
        switch self {
        case .rasch, .raschCommonSlope: nil
        case .twoParameter(let prior): prior
        case .threeParameter(_, let prior): prior
        }
    }

    /// The Beta prior on each lower asymptote (3PL only).
    var guessingPrior: BetaPrior? {
        if case .threeParameter(let prior, _) = self { return prior }
        return nil
    }
}
