/// The Spearman–Brown prophecy formula: the reliability of a test lengthened by a factor, and
/// the factor needed to reach a target reliability (Spearman 1910; Brown 1910).
public enum SpearmanBrown {
    /// ρ_n = n·ρ / (1 + (n − 1)·ρ) for a test n times as long with parallel items
    /// (Crocker & Algina 1986, ch. 7). n = 2 gives 2ρ/(1 + ρ); n < 1 shortens the test.
    public static func projectedReliability(_ reliability: Double, lengthFactor n: Double) -> Double {
        precondition(n > 0, "SpearmanBrown: length factor \(n) must be positive")
        return n * reliability / (1 + (n - 1) * reliability)
    }

    /// n = ρ*(1 − ρ) / (ρ(1 − ρ*)), the length factor that takes reliability ρ to ρ*
    /// (the prophecy formula solved for n).
    public static func lengthFactor(from reliability: Double, to target: Double) -> Double {
        precondition(reliability > 0 && reliability < 1, "SpearmanBrown: reliability \(reliability) is not in (0, 1)")
        precondition(target > 0 && target < 1, "SpearmanBrown: target \(target) is not in (0, 1)")
        return target * (1 - reliability) / (reliability * (1 - target))
    }
}
