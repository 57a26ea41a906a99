import Testing

@testable import Psychometrics

@Suite("Spearman–Brown")
struct SpearmanBrownTests {
    @Test(
        "projected reliability nρ/(1 + (n − 1)ρ)",
        arguments: [
            (0.5, 2.0, 2.0 / 3.0), (0.8, 0.5, 0.4 / 0.6), (0.6, 3.0, 1.8 / 2.2), (0.7, 1.0, 0.7),
        ])
    func projected(reliability: Double, factor: Double, expected: Double) {
        expectClose(
            SpearmanBrown.projectedReliability(reliability, lengthFactor: factor), expected, tolerance: 1e-15, "ρ_n")
    }

    @Test("the length factor reaches the target reliability")
    func lengthFactor() {
        let n = SpearmanBrown.lengthFactor(from: 0.6, to: 0.9)
        expectClose(n, 6, tolerance: 1e-14, "n")
        expectClose(SpearmanBrown.projectedReliability(0.6, lengthFactor: n), 0.9, tolerance: 1e-15, "ρ at n")
    }
}
