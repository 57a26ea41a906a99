import Testing

@testable import Psychometrics

@Suite("Chi-square, one degree of freedom")
struct ChiSquareTests {
    // Reference tails: scipy.stats.chi2.sf(x, 1) and ncx2.sf(x, 1, λ) (scipy 1.17.1).
    @Test(
        "upper tail matches scipy to 1e-13 relative",
        arguments: [
            (0.0, 1.0), (0.5, 0.47950012218695337), (3.841458820694124, 0.04999999999999989),
            (19.891946972072795, 8.194477905851738e-06), (60.0, 9.485737571073857e-15),
        ])
    func central(x: Double, tail: Double) {
        expectClose(ChiSquare.survivalOneDegree(x), tail, tolerance: 1e-13, relative: true, "P(χ² > \(x))")
    }

    @Test(
        "non-central upper tail matches scipy to 1e-12 relative",
        arguments: [
            (4.0, 2.5, 0.3378298482777092), (0.3, 7.0, 0.9827515575793349), (20.0, 1.0, 0.00025818962107771137),
        ])
    func noncentral(x: Double, lambda: Double, tail: Double) {
        expectClose(
            ChiSquare.noncentralSurvivalOneDegree(x, noncentrality: lambda), tail, tolerance: 1e-12, relative: true,
            "P(χ'² > \(x); λ = \(lambda))")
    }

    @Test("with λ = 0 the non-central tail is the central one")
    func zeroNoncentrality() {
        expectClose(
            ChiSquare.noncentralSurvivalOneDegree(2.7, noncentrality: 0), ChiSquare.survivalOneDegree(2.7),
            tolerance: 1e-16, "tail")
    }
}
