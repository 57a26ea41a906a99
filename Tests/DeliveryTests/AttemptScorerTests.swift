import AssessCore
import BankFormats
import Foundation
import Records
import Testing

@testable import Delivery

@Suite("Attempt scorer: the certification decision")
struct AttemptScorerTests {
    @Test("without an engine decision, θ at the cut passes and just below it fails; the labels are the spec's")
    func thetaAtTheCut() throws {
        let root = PriorAttemptsTests.root
        let bank = try BankLoader.load([root.appendingPathComponent("ItemBank").path]).bank
        let spec = try PriorAttemptsTests.certification()
        let cut = try #require(spec.scoring.cut?.value)
        let scorer = AttemptScorer(spec: spec, bank: bank, form: nil)
        for (theta, expected, label) in [(cut, Records.Decision.pass, "Result: Pass."), (cut.nextDown, .fail, "Result: Fail.")] {
            let result = scorer.score([], adaptiveStop: nil, adaptiveEstimate: (theta, 0.3), outcome: .timeUp)
            #expect(result.scores.decision == expected)
            #expect(result.screen.contains(label), "\(result.screen)")
        }
    }
}
