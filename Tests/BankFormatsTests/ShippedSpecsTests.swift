import AssessCore
import Foundation
import Testing

@testable import BankFormats

/// Guards the shipped test specifications in Scoring/ against the shipped bank: they validate,
/// and the numbers the docs promise hold.
@Suite("Shipped test specifications")
struct ShippedSpecsTests {
    static let root = RoundTripTests.repositoryRoot
    static let loaded: TestSpecLoader.Result? = try? TestSpecLoader.load([root.appendingPathComponent("Scoring").path])

    static var specs: [String: TestSpec] {
        Dictionary((loaded?.specs ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static var bank: ItemBank { ShippedContentTests.bank }

    @Test("every spec in Scoring/ validates against ItemBank/ with no error or warning")
    func allValid() throws {
        let loaded = try #require(Self.loaded)
        #expect(loaded.validate(against: Self.bank).all.map(\.description) == [])
        #expect(loaded.files.count == 22)
        #expect(loaded.files.allSatisfy { !$0.contains("rubrics") })
    }

    @Test("each module has a pre- and a post-test drawing 3 items per objective, the post excluding the pre's items", arguments: ShippedContentTests.modules)
    func moduleTests(module: String) throws {
        let pre = try #require(Self.specs["\(module)-pre"])
        let post = try #require(Self.specs["\(module)-post"])
        let objectives = Set(Self.bank.items.filter { $0.classification.module == module && $0.security == .practice && $0.type != .ratingScale }
            .compactMap(\.classification.objective))
        for spec in [pre, post] {
            #expect(spec.pool == post.pool)
            #expect(spec.blueprint == post.blueprint)
            #expect(spec.mode == .randomForm(RandomForm(length: 3 * objectives.count)))
            #expect(Set(spec.blueprint?.areas.map(\.area) ?? []) == objectives)
            #expect(spec.blueprint?.areas.allSatisfy { $0.target == .countRange(minimum: 3, maximum: 3) } == true)
            #expect(spec.scoring.cut == CutScore(.percent, 80, basis: .provisional, note: spec.scoring.cut?.note))
            #expect(!spec.feedback.revealsKeys)
        }
        #expect(pre.purpose == .modulePre && post.purpose == .modulePost)
        #expect(post.attempts.excludeSeen.first == SeenItemRule(tests: [pre.id], withinDays: 365, enforcement: .required))
    }

    @Test("the certification test is adaptive on the whole secure pool, 60–120 items, SE 0.30 and a 95% CI against a provisional cut")
    func certification() throws {
        let spec = try #require(Self.specs["certification"])
        let design = try #require(spec.mode.adaptiveDesign)
        #expect(spec.purpose == .certification)
        #expect(design.stopping == StoppingRules(minimumItems: 60, maximumItems: 120, standardError: 0.3, classification: ConfidenceClassification(confidence: 0.95), combination: .all))
        #expect(spec.scoring.cut?.scale == .theta && spec.scoring.cut?.value == 0 && spec.scoring.cut?.basis == .provisional)
        let items = spec.pool.items(in: Self.bank)
        #expect(items.filter { $0.status == .active }.count == 342)
        #expect(items.filter { $0.status == .pilot }.count == 16)
        #expect(items.count == Self.bank.items.filter { $0.id.hasPrefix("CERT-") }.count)
        #expect(spec.pretest?.count == 8)
        // The README's block blueprint, as ±2-point ranges around 15/30/20/20/15%.
        let midpoints = spec.blueprint?.areas.map { area -> Double in
            guard case .shareRange(let low, let high) = area.target else { return -1 }
            return (low + high) / 2
        }
        #expect(spec.blueprint?.areas.map(\.area) == Block.allCases.map(\.rawValue))
        #expect(midpoints == [15, 30, 20, 20, 15])
        #expect(!spec.feedback.revealsKeys && spec.attempts.retakeAfterPass == false)
    }

    @Test("the self-assessment is linear over the 32 statements, untimed, an unscored profile")
    func selfAssessment() throws {
        let spec = try #require(Self.specs["self-assessment"])
        #expect(spec.mode == .linear(LinearForm(order: .fixed, length: 32)))
        #expect(spec.timeLimit == nil)
        #expect(spec.scoring.method == .ratingProfile(needAtOrBelow: 2) && spec.scoring.cut == nil)
        #expect(spec.pool.items(in: Self.bank).map(\.id) == (1...32).map { String(format: "SA-%02d", $0) })
    }

    @Test("the shipped bank lints clean against the shipped specs' blueprints")
    func lintWithSpecs() throws {
        let loaded = try #require(ShippedContentTests.loaded)
        var options = ItemLinter.Options()
        options.testSpecs = try #require(Self.loaded).documents
        #expect(loaded.lint(options: options).diagnostics.all.map(\.description) == [])
    }
}
