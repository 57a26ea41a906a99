/// A fixed test mixing dichotomous and rating-scale items: its test characteristic curve,
/// test information and raw score → θ conversion.
///
/// For adaptive testing over dichotomous items use ``DichotomousPool``, which stores the
/// parameters as contiguous arrays; this type favours generality over speed.
public struct MixedFormatTest: Sendable, Hashable {
    /// The items, in test order.
    public let items: [TestItem]
    /// The scaling constant D shared by every item (``ScalingConstant``).
    public let scaling: Double

    /// Creates a test; traps if a dichotomous item has a ≤ 0 (GRM and GPCM items check their own a).
    public init(items: [TestItem], scaling: Double = ScalingConstant.logistic) {
        precondition(scaling.isFinite && scaling > 0, "scaling constant D must be finite and positive, got \(scaling)")
        for (index, item) in items.enumerated() {
            if case .dichotomous(let item) = item {
                // A non-positive slope would make the TCC non-monotone and its inverse ambiguous.
                precondition(item.a > 0, "test item \(index): a must be positive, got \(item.a)")
            }
        }
        self.items = items
        self.scaling = scaling
    }

    /// The test characteristic curve TCC(θ) = Σ_i E[X_i | θ]: expected raw score, with each
    /// rating-scale item contributing Σ_k k·P_ik(θ) (Lord 1980, ch. 4, extended to
    /// polytomous items as in Embretson & Reise 2000, ch. 5).
    public func expectedScore(at theta: Double) -> Double {
        var sum = 0.0
        for item in items { sum += item.expectedScore(at: theta, scaling: scaling) }
        return sum
    }

    /// Test information Σ_i I_i(θ), additive over conditionally independent items
    /// (Lord 1980, ch. 5).
    public func information(at theta: Double) -> Double {
        var sum = 0.0
        for item in items { sum += item.information(at: theta, scaling: scaling) }
        return sum
    }

    /// The open range of the TCC: the sums of the items' lower and upper limits
    /// (Σ c over dichotomous items; Σ d plus Σ m over rating-scale items).
    public var expectedScoreRange: (lowest: Double, highest: Double) {
        var lowest = 0.0
        var highest = 0.0
        for item in items {
            let range = item.expectedScoreRange
            lowest += range.lowest
            highest += range.highest
        }
        return (lowest, highest)
    }

    /// The θ whose expected raw score equals `score`, by Brent's method on TCC(θ) − score;
    /// unique because every item's expected score strictly increases in θ.
    ///
    /// - Throws: as ``DichotomousPool/theta(forExpectedScore:)``, when `score` is not strictly
    ///   inside ``expectedScoreRange`` or is within rounding of one of its ends.
    public func theta(forExpectedScore score: Double) throws(PsychometricsError) -> Double {
        let range = expectedScoreRange
        return try TestCharacteristicCurveInverse.theta(
            forExpectedScore: score, lowest: range.lowest, highest: range.highest
        ) { expectedScore(at: $0) }
    }
}
