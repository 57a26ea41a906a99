import Testing

@testable import Psychometrics

@Suite("Feldt interval")
struct FeldtIntervalTests {
    static let fixture = ClassicalItemAnalysisFixture.shared

    // The F quantiles come from an inverted continued fraction whose log-gamma prefactor carries
    // a few ulps of error times the magnitude of ln Γ (≈ 500 here); they agree with scipy to
    // 5e−15, so 1e−13 leaves margin and still catches a wrong degree of freedom or tail.
    @Test("the 95 % interval for α matches the fixture's degrees of freedom, F quantiles and bounds")
    func matchesFixture() throws {
        let expected = Self.fixture.test.alpha_feldt_ci95
        let interval = FeldtInterval(alpha: Self.fixture.test.cronbach_alpha, candidateCount: 40, itemCount: 8)
        #expect(interval.level == 0.95)
        #expect(interval.numeratorDegreesOfFreedom == expected.df1)
        #expect(interval.denominatorDegreesOfFreedom == expected.df2)
        expectClose(interval.upperQuantile, expected.upperQuantile, tolerance: 1e-13, "F_.975")
        expectClose(interval.lowerQuantile, expected.lowerQuantile, tolerance: 1e-13, "F_.025")
        expectClose(interval.lower, expected.lower, tolerance: 1e-13, "lower bound")
        expectClose(interval.upper, expected.upper, tolerance: 1e-13, "upper bound")
    }

    @Test("a higher level widens the interval around α", arguments: [0.5, 0.8, 0.9, 0.99])
    func widening(level: Double) {
        let narrow = FeldtInterval(alpha: 0.8, candidateCount: 200, itemCount: 20, level: level)
        let wide = FeldtInterval(alpha: 0.8, candidateCount: 200, itemCount: 20, level: (1 + level) / 2)
        #expect(wide.lower < narrow.lower && narrow.lower < 0.8 && 0.8 < narrow.upper && narrow.upper < wide.upper)
    }
}
