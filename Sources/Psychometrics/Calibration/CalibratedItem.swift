/// One item's calibrated parameters and their standard errors.
///
/// P(θ) = c + (1 − c) / (1 + exp(−D·a·(θ − b))), fitted as logit P* = D·a·θ + intercept,
/// b = −intercept/(D·a).
public struct CalibratedItem: Sendable, Hashable {
    /// Standard errors from the inverse observed information; nil for a parameter the model fixes
    /// (a in the Rasch model, c outside the 3PL).
    public struct StandardErrors: Sendable, Hashable {
        public var a: Double?
        public var b: Double
        public var c: Double?
        public var intercept: Double
    }

    /// Discrimination (for ``CalibrationModel/raschCommonSlope`` the common slope).
    public var a: Double
    /// Difficulty.
    public var b: Double
    /// Lower asymptote (0 outside the 3PL).
    public var c: Double
    /// Intercept of the logit, −D·a·b (mirt's and ltm's d).
    public var intercept: Double
    /// Standard errors, or nil when not requested or when the observed information is not
    /// positive definite.
    public var standardErrors: StandardErrors?

    /// The item as a ``DichotomousItem`` (upper asymptote 1), for probabilities and information.
    public var item: DichotomousItem { DichotomousItem(a: a, b: b, c: c) }
}
