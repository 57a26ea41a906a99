import AssessCore
import Foundation
import Testing

@testable import BankFormats

/// Guards the shipped training and certification content against regressions: the sizes and
/// structure a training program relies on (issue: content in ItemBank/).
@Suite("Shipped content")
struct ShippedContentTests {
    static let loaded: BankLoader.Result? = try? BankLoader.load([RoundTripTests.repositoryRoot.appendingPathComponent("ItemBank").path])

    static var bank: ItemBank { loaded?.bank ?? ItemBank(items: []) }

    static let modules = [
        "fnd-casework", "fnd-engagement", "saf-identification", "saf-assessment-planning", "rsk-assessment",
        "rsk-case-planning", "prm-placement", "prm-transitions", "leg-law-hearings", "leg-testimony-documentation",
    ]

    @Test("validates with no errors or warnings and lints clean")
    func clean() throws {
        let loaded = try #require(Self.loaded)
        #expect(loaded.diagnostics.all.map(\.description) == [])
        let lint = loaded.lint()
        #expect(lint.diagnostics.all.map(\.description) == [])
        #expect(lint.exceptions.allSatisfy { !$0.justification.isEmpty })
    }

    @Test("each module bank has at least 30 items on 3 to 6 objectives", arguments: modules)
    func moduleBank(module: String) {
        let items = Self.bank.items.filter { $0.classification.module == module && $0.security == .practice && $0.type != .ratingScale }
        #expect(items.count >= 30)
        let objectives = Set(items.compactMap(\.classification.objective))
        #expect((3...6).contains(objectives.count))
    }

    @Test("the certification pool has at least 350 secure items in all five blocks, with vignette sets, enemies and pilots")
    func certificationPool() {
        let pool = Self.bank.items.filter { $0.id.hasPrefix("CERT-") }
        #expect(pool.count >= 350)
        #expect(pool.allSatisfy { $0.security == .secure && $0.irt?.model == .threePL })
        #expect(Set(pool.compactMap(\.classification.block)) == Set(Block.allCases))
        #expect(pool.contains { $0.status == .pilot })
        #expect(pool.contains { !$0.enemies.isEmpty })
        let sets = Dictionary(grouping: pool.filter { $0.stimulus != nil }, by: { $0.stimulus ?? "" })
        #expect(sets.count >= 5)
        #expect(sets.values.allSatisfy { (3...5).contains($0.count) })
    }

    @Test("every option of every choice item has a rationale")
    func rationales() {
        let missing = Self.bank.items.filter { $0.type != .ratingScale && $0.options.contains { $0.rationale == nil } }.map(\.id)
        #expect(missing.filter { !$0.hasPrefix("EX-") } == [])
    }

    @Test("the self-assessment has 25 to 40 statements mapped to existing modules, each module addressed")
    func selfAssessment() {
        let statements = Self.bank.items.filter { $0.id.hasPrefix("SA-") && $0.type == .ratingScale }
        #expect((25...40).contains(statements.count))
        let addressed = Set(statements.flatMap(\.classification.addressedBy))
        #expect(addressed == Set(Self.modules))
    }
}
