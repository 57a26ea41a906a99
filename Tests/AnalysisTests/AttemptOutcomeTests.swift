import AssessCore
import Testing

@testable import Analysis

@Suite("Attempt outcome")
struct AttemptOutcomeTests {
    static func item(_ id: String, objective: String, block: Block = .safety, status: ItemStatus = .active) -> Item {
        var item = Item(id: id, status: status, type: .singleBestAnswer, stem: "\(id)?", options: [Option(id: "A", text: "a", isKey: true), Option(id: "B", text: "b")])
        item.classification.objective = objective
        item.classification.block = block
        return item
    }

    static let bank = ItemBank(items: [
        item("Q1", objective: "O1"), item("Q2", objective: "O1"), item("Q3", objective: "O2", block: .legalAndCourtroom),
        item("P1", objective: "O2", status: .pilot),
        Item(id: "R1", type: .ratingScale, stem: "I can plan.", ratingScale: RatingScale(points: 5),
             classification: Classification(objective: "SA-PLAN", addressedBy: ["saf-assessment-planning"])),
        Item(id: "R2", type: .ratingScale, stem: "I can testify.", ratingScale: RatingScale(points: 5),
             classification: Classification(objective: "SA-COURT", addressedBy: ["leg-testimony-documentation"])),
        Item(id: "R3", type: .ratingScale, stem: "I can engage.", ratingScale: RatingScale(points: 5),
             classification: Classification(objective: "SA-ENGAGE", addressedBy: ["fnd-engagement"])),
    ])

    @Test("number correct ignores pilot items; unanswered scores 0; the last answer counts")
    func numberCorrect() {
        let answers = [ScoredAnswer(itemID: "Q1", score: 0), ScoredAnswer(itemID: "Q1", score: 1), ScoredAnswer(itemID: "P1", score: nil)]
        let result = AttemptOutcome.numberCorrect(answers, bank: Self.bank, form: ["Q1", "Q2", "Q3", "P1"])
        #expect(result.raw == 1)
        #expect(result.maximum == 3)
        #expect(abs(result.percent - 100.0 / 3) < 1e-12)
    }

    @Test("tallies by objective and by block, in form order")
    func tallies() {
        let answers = [ScoredAnswer(itemID: "Q1", score: 1), ScoredAnswer(itemID: "Q3", score: 1)]
        let objectives = AttemptOutcome.byObjective(answers, bank: Self.bank, form: ["Q1", "Q2", "Q3", "P1"])
        #expect(objectives.map(\.objective) == ["O1", "O2"])
        #expect(objectives.map(\.correct) == [1, 1])
        #expect(objectives.map(\.total) == [2, 1])
        let blocks = AttemptOutcome.byBlock(answers, bank: Self.bank, form: ["Q1", "Q2", "Q3"])
        #expect(blocks.map(\.objective) == ["Safety", "Legal and courtroom"])
    }

    @Test("development needs: lowest ratings at or below the midpoint, with their modules")
    func needs() {
        let answers = [ScoredAnswer(itemID: "R1", score: 2), ScoredAnswer(itemID: "R2", score: 1), ScoredAnswer(itemID: "R3", score: 4)]
        let needs = AttemptOutcome.developmentNeeds(answers, bank: Self.bank)
        #expect(needs.map(\.competency) == ["SA-COURT", "SA-PLAN"])
        #expect(needs.map(\.modules) == [["leg-testimony-documentation"], ["saf-assessment-planning"]])
    }
}
