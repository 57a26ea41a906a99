import AssessCore
import Testing

@testable import Records

@Suite("Importing results files")
struct ResultsImportTests {
    static let bank: ItemBank = {
        func options(_ keys: Set<String>) -> [Option] {
            ["A", "B", "C", "D"].map { Option(id: $0, text: "Option \($0)", isKey: keys.contains($0)) }
        }
        return ItemBank(items: [
            Item(id: "S1", type: .singleBestAnswer, stem: "Which?", options: options(["B"]), classification: Classification(block: .safety)),
            Item(
                id: "M1", type: .multipleResponse, stem: "Which two?", options: options(["A", "C"]), scoring: .perOption,
                classification: Classification(block: .legalAndCourtroom)),
            Item(
                id: "T1", type: .trueFalse, stem: "True?",
                options: [Option(id: "A", text: "True", isKey: true), Option(id: "B", text: "False")], shuffle: false,
                classification: Classification(block: .safety)),
            Item(id: "R1", type: .ratingScale, stem: "I am confident.", ratingScale: RatingScale(points: 5)),
            Item(id: "P1", status: .pilot, type: .singleBestAnswer, stem: "Pilot?", options: options(["A"])),
            Item(id: "D1", status: .draft, type: .singleBestAnswer, stem: "Draft?", options: options(["A"])),
        ])
    }()

    static func sheet(_ itemIDs: [String], _ rows: [(String, [String?])]) -> ResultSheet {
        ResultSheet(
            file: "paper.csv", itemIDs: itemIDs,
            rows: rows.enumerated().map { index, row in ResultSheet.Row(workerID: row.0, rowNumber: index + 2, cells: row.1) })
    }

    func options(_ fixture: Fixture, create: Bool = false) -> ResultsImportOptions {
        ResultsImportOptions(
            testID: "CERT-PAPER", purpose: .certification, takenAt: Timestamp("2025-11-03T00:00:00Z")!,
            importedAt: fixture.clock.now(), createCandidates: create)
    }

    @Test("each row becomes a completed attempt whose responses are scored against the bank")
    func imports() throws {
        let fixture = try Fixture()
        try fixture.register("W-1")
        try fixture.register("W-2")
        let sheet = Self.sheet(
            ["S1", "M1", "T1", "R1", "P1"], [("W-1", ["B", "A,C", "A", "4", "A"]), ("W-2", ["c", "A", "B", nil, nil])])
        let report = try fixture.store.importResults(sheet, bank: Self.bank, options: options(fixture))
        #expect(report == ResultsImportReport(attempts: 2, responses: 8, candidatesRegistered: 0))

        let first = try #require(try fixture.store.attempts(candidateID: 1).first)
        #expect(first.status == .completed)
        #expect(first.origin == .import)
        #expect(first.value.plan.mode == .paper)
        #expect(first.value.plan.bankHash == Self.bank.snapshotHash)
        #expect(first.value.plan.testHash == ResultsImport.testHash(testID: "CERT-PAPER", itemIDs: ["S1", "M1", "T1", "R1", "P1"]))
        let responses = try fixture.store.responses(attemptID: first.id).map(\.value)
        #expect(responses.map(\.itemID) == ["S1", "M1", "T1", "R1", "P1"])
        #expect(responses.map(\.itemHash) == ["S1", "M1", "T1", "R1", "P1"].map { Self.bank.versions[$0] })
        #expect(responses.map(\.rawAnswer) == ["B", "A,C", "A", "4", "A"])
        #expect(responses.map(\.selectedOptions) == [["B"], ["A", "C"], ["A"], nil, ["A"]])
        #expect(responses.map(\.rating) == [nil, nil, nil, 4, nil])
        #expect(responses.map(\.scoredValue) == [1, 1, 1, nil, 1])
        #expect(responses.map(\.countsTowardScore) == [true, true, true, false, false])
        #expect(responses[0].optionOrder == ["A", "B", "C", "D"])
        let result = try #require(try fixture.store.currentResult(attemptID: first.id)).value
        #expect(result.reason == .imported)
        #expect(result.scores.raw == 3)
        #expect(result.scores.maximum == 3)
        #expect(result.scores.subscores == [
            "block/safety": Subscore(raw: 2, maximum: 2), "block/legal-and-courtroom": Subscore(raw: 1, maximum: 1),
        ])
        #expect(result.scores.policyID == "number-correct")

        let second = try #require(try fixture.store.attempts(candidateID: 2).first)
        #expect(try fixture.store.responses(attemptID: second.id).map(\.scoredValue) == [0, 0.5, 0])
        #expect(try fixture.store.currentResult(attemptID: second.id)?.value.scores.percent == 100 * 0.5 / 3)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("one bad cell and nothing is written; every bad cell, column and row is listed")
    func allOrNothing() throws {
        let fixture = try Fixture()
        try fixture.register("W-1")
        let sheet = Self.sheet(
            ["S1", "M1", "X9", "D1", "R1"],
            [
                ("W-1", ["B", "AC", "A", "A", "3"]),
                ("W-404", ["E", "AA", nil, nil, "9"]),
                ("W-1", ["AB", "B;D", nil, nil, nil]),
                ("W-1", [nil, nil, nil, nil, nil]),
            ])
        do {
            try fixture.store.importResults(sheet, bank: Self.bank, options: options(fixture))
            Issue.record("imported a bad file")
        } catch {
            guard case .invalid(let diagnostics) = error else { throw error }
            #expect(diagnostics.sorted.map(\.description) == [
                "paper.csv:1:4: error: no item 'X9' in the bank",
                "paper.csv:1:5: error: item 'D1' is a draft, which is never delivered",
                "paper.csv:3:1: error: no candidate with this worker id (register it first, or use --create-candidates)",
                "paper.csv:3:2: error: 'E' is not an option of item 'S1' (A–D)",
                "paper.csv:3:3: error: 'A' is given twice for item 'M1'",
                "paper.csv:3:6: error: item 'R1' takes a rating from 1 to 5, not '9'",
                "paper.csv:4:2: error: item 'S1' takes one letter, not 'AB'",
                "paper.csv:5:1: error: the row has no answers",
            ])
            #expect(error.description == "8 errors; nothing was changed")
        }
        let info = try fixture.store.info()
        #expect(info.rowCounts.filter { $0.count > 0 }.map(\.table) == ["candidates", "audit_events"])
        #expect(info.auditEventCount == 1)
    }

    @Test("unknown workers are registered when asked, in the same transaction")
    func createsCandidates() throws {
        let fixture = try Fixture()
        let sheet = Self.sheet(["S1"], [("W-7", ["B"]), ("W-8", ["A"])])
        let report = try fixture.store.importResults(sheet, bank: Self.bank, options: options(fixture, create: true))
        #expect(report.candidatesRegistered == 2)
        let created = try #require(try fixture.store.candidate(workerID: "W-7"))
        #expect(created.displayName == "W-7")
        #expect(created.role == .newWorker)
        #expect(try fixture.store.verifyAudit().isIntact)
    }
}
