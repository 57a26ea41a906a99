import Foundation
import Testing

@testable import Psychometrics

@Suite("F distribution")
struct FDistributionTests {
    // Reference quantiles: scipy.stats.f.ppf(p, d1, d2) (scipy 1.17.1), printed with repr.
    @Test(
        "quantiles match scipy to 1e-12 relative",
        arguments: [
            (0.975, 5.0, 10.0, 4.236085668188632), (0.025, 5.0, 10.0, 0.151076701029982), (0.5, 1.0, 1.0, 1.0),
            (0.9, 2.0, 300.0, 2.3203488649620407), (0.001, 39.0, 273.0, 0.42750065542088594),
            (0.995, 120.0, 4.0, 19.468378431715806),
        ])
    func quantile(p: Double, d1: Double, d2: Double, f: Double) {
        expectClose(
            FDistribution.quantile(p, degreesOfFreedom: d1, d2), f, tolerance: 1e-12, relative: true,
            "F(\(p); \(d1), \(d2))")
    }

    @Test("the distribution function inverts the quantile", arguments: [0.01, 0.3, 0.5, 0.8, 0.99])
    func roundTrip(p: Double) {
        let f = FDistribution.quantile(p, degreesOfFreedom: 7, 61)
        expectClose(FDistribution.cumulative(f, degreesOfFreedom: 7, 61), p, tolerance: 1e-13, "P(F ≤ f)")
    }

    @Test("F(2, d2) has the closed form P(F ≤ f) = 1 − (1 + 2f/d2)^(−d2/2)")
    func closedForm() {
        for f in [0.2, 1.0, 3.5] {
            let exact = 1 - pow(1 + 2 * f / 9, -4.5)
            expectClose(FDistribution.cumulative(f, degreesOfFreedom: 2, 9), exact, tolerance: 1e-14, "P(F ≤ \(f))")
        }
    }
}
