import Foundation
import Testing

@testable import Psychometrics

@Suite("Calibration priors")
struct CalibrationPriorTests {
    @Test("Beta(5, 17) is BILOG-MG's prior for five alternatives, with scipy's log density")
    func beta() {
        #expect(BetaPrior.bilog(alternatives: 5) == .bilogDefault)
        #expect(BetaPrior.bilogDefault == BetaPrior(alpha: 5, beta: 17))
        // scipy.stats.beta(5, 17).logpdf(0.2) and .logpdf(0.05).
        #expect(abs(BetaPrior.bilogDefault.logDensity(0.2) - 1.522176491284533) < 1e-12)
        #expect(abs(BetaPrior.bilogDefault.logDensity(0.05) - -1.2733968423684807) < 1e-12)
    }

    @Test("log-normal(0, 0.5) matches scipy's log density")
    func logNormal() {
        // scipy.stats.lognorm(s=0.5, scale=1).logpdf(1.3) and .logpdf(0.4).
        #expect(abs(LogNormalPrior.bilogDefault.logDensity(1.3) - -0.6258256316513537) < 1e-12)
        #expect(abs(LogNormalPrior.bilogDefault.logDensity(0.4) - -0.9886780314075215) < 1e-12)
    }
}
