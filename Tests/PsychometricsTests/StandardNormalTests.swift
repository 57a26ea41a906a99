import Testing

@testable import Psychometrics

@Suite("Standard normal")
struct StandardNormalTests {
    // Reference quantiles: scipy.stats.norm.ppf (scipy 1.17.1), printed with repr.
    @Test(
        "Φ⁻¹ (AS 241) matches scipy to 1e-15 relative, in the centre and far in the tails",
        arguments: [
            (1e-300, -37.0470962993612), (1e-20, -9.262340089798409), (1e-10, -6.361340902404056),
            (0.001, -3.090232306167813), (0.02425, -1.972961051311885), (0.3, -0.5244005127080409),
            (0.5, 0.0), (0.75, 0.6744897501960817), (0.975, 1.959963984540054), (0.999999, 4.753424308817087),
        ])
    func quantile(p: Double, z: Double) {
        expectClose(StandardNormal.quantile(p), z, tolerance: 2e-15, relative: true, "Φ⁻¹(\(p))")
    }

    @Test("Φ(Φ⁻¹(p)) = p", arguments: [1e-12, 0.01, 0.2, 0.45, 0.5, 0.6, 0.9, 0.999])
    func roundTrip(p: Double) {
        expectClose(StandardNormal.cumulative(StandardNormal.quantile(p)), p, tolerance: 1e-14, relative: true, "p")
    }

    @Test("Φ and its upper tail add to one, and φ(0) = 1/√(2π)")
    func tails() {
        for z in [-3.0, -0.4, 0, 1.7] {
            expectClose(
                StandardNormal.cumulative(z) + StandardNormal.upperTail(z), 1, tolerance: 1e-15, "Φ + Q at \(z)")
        }
        expectClose(StandardNormal.density(0), 0.3989422804014327, tolerance: 1e-16, "φ(0)")
    }
}
