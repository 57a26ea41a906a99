import AssessCore
import Testing

@testable import BankFormats

@Suite("Item linter")
struct ItemLinterTests {
    /// The rule ids the linter reports for `items` (in a bank of their own).
    static func rules(_ items: [Item], minimum: Int = 1) -> [String] {
        var options = ItemLinter.Options()
        options.minimumItemsPerObjective = minimum
        let locations = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.id, SourceLocation(file: "b.yaml", line: $0 + 1)) })
        return ItemLinter.lint(ItemBank(items: items), locations: locations, options: options).diagnostics.all.compactMap(\.rule)
    }

    static func single(
        _ stem: String = "Which response best protects the child?", options: [String] = ["Plan A here", "Plan B here", "Plan C here", "Plan D here"],
        key: Int = 0, id: String = "Q"
    ) -> Item {
        Item(
            id: id, type: .singleBestAnswer, stem: stem,
            options: options.enumerated().map { Option(id: Option.letter(at: $0), text: $1, isKey: $0 == key) })
    }

    @Test("each rule fails its bad example and passes its good one", arguments: [
        ("all-none-of-the-above", single(options: ["Plan A here", "Plan B here", "All of the above"]), single()),
        ("negative-stem", single("Which of these is not a safety threat?"), single("Which of these is NOT a safety threat?")),
        ("key-length", single(options: ["A visit with the family today and a written plan with named adults", "A call", "A note", "A memo"]), single()),
        (
            "stem-clue", single("Which document records the hearing outcome?", options: ["The hearing order", "The case plan", "The intake form", "The visit log"]),
            single("Which document records the hearing outcome?", options: ["The hearing order", "The hearing notice", "The intake form", "The visit log"])
        ),
        (
            "absolute-terms", single(options: ["Plan A here", "Never plan B", "Always plan C", "Plan D here"]),
            single(options: ["Plan A only here", "Never plan B", "Plan C here", "Plan D here"])
        ),
        (
            "overlapping-options", single(options: ["Call the police", "Call the police and the school", "Plan C here", "Plan D here"]),
            single()
        ),
        ("stem-ending", single("The caseworker should"), single("The caseworker should:")),
    ])
    func itemRule(rule: String, bad: Item, good: Item) {
        #expect(Self.rules([bad]).contains(rule))
        #expect(!Self.rules([good]).contains(rule))
    }

    @Test("a justified exception silences the rule on that item only, and is reported")
    func exceptions() {
        var excepted = Self.single("Which of these is not a safety threat?", id: "Q1")
        excepted.lintExceptions = ["negative-stem": "Quoted from the statute."]
        let other = Self.single("Which of these is not a risk factor?", id: "Q2")
        let report = ItemLinter.lint(ItemBank(items: [excepted, other]), locations: [:])
        #expect(report.diagnostics.all.map(\.rule) == ["negative-stem"])
        #expect(report.exceptions.map(\.itemID) == ["Q1"])
        #expect(report.exceptions.first?.justification == "Quoted from the statute.")
    }

    @Test("an exception naming no rule is itself reported")
    func unknownException() {
        var item = Self.single()
        item.lintExceptions = ["negativ-stem": "typo"]
        #expect(Self.rules([item]) == ["unknown-lint-rule"])
    }

    @Test("key balance: more than 35% of a module's keys on one letter")
    func keyBalance() {
        func module(_ keys: [Int]) -> [Item] {
            keys.enumerated().map { index, key in
                var item = Self.single("Which response best protects child \(index)?", key: key, id: "K\(index)")
                item.classification.module = "m"
                return item
            }
        }
        let skewed = [0, 0, 0, 0, 0, 1, 2, 3, 1, 2]  // 50% on A
        let balanced = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1]  // 30% on A
        #expect(Self.rules(module(skewed)) == ["key-balance"])
        #expect(Self.rules(module(balanced)) == [])
    }

    @Test("objective coverage counts active items per module objective")
    func objectiveCoverage() {
        let items = (0..<3).map { index in
            var item = Self.single("Which response best protects child \(index)?", key: index % 4, id: "O\(index)")
            item.classification.module = "m"
            item.classification.objective = "M-1"
            return item
        }
        #expect(Self.rules(items, minimum: 4) == ["objective-coverage"])
        #expect(Self.rules(items, minimum: 3) == [])
    }

    @Test("blueprint infeasible: a module form that needs more items of an objective than the bank has")
    func blueprintInfeasible() {
        let bank = TestSpecFixtures.bank
        let locations = Dictionary(uniqueKeysWithValues: bank.items.enumerated().map { ($1.id, SourceLocation(file: "bank.yaml", line: $0 + 7)) })
        func findings(_ spec: String) -> [String] {
            var options = ItemLinter.Options()
            options.minimumItemsPerObjective = 1
            options.testSpecs = [TestSpecReader.read(spec, file: "post.yaml")]
            return ItemLinter.lint(bank, locations: locations, options: options).diagnostics.all
                .filter { $0.rule == "blueprint-infeasible" }.map(\.description)
        }
        // Objective O-1 has 3 items; a form asking for 4 cannot be built. Reported at O-1's first item.
        let failing = TestSpecFixtures.replacing(
            TestSpecFixtures.replacing(TestSpecFixtures.modulePost, "{objective: O-1, count: 2}", "{objective: O-1, count: 4}"),
            "{objective: O-3, count: 2}", "{objective: O-3, count: 0}")
        #expect(findings(failing) == [
            "bank.yaml:7: warning[blueprint-infeasible]: test 'm1-post' (post.yaml:8:5): objective 'O-1' needs 4 items on a 6-item form, but the pool has only 3"
        ])
        #expect(findings(TestSpecFixtures.modulePost) == [])
        // A spec whose pool draws nothing from this bank is not this bank's concern.
        #expect(findings(TestSpecFixtures.replacing(failing, "modules: [m1]", "modules: [elsewhere]")) == [])
    }

    @Test("reading level: an item far above the bank's median grade")
    func readingLevel() {
        var bank = (0..<5).map { Self.single("Which plan is best for child \($0)?", key: $0 % 4, id: "R\($0)") }
        bank.append(
            Self.single(
                "Notwithstanding considerable jurisdictional heterogeneity, which institutionalized administrative determination constitutes the predominant consideration?",
                id: "HARD"))
        #expect(Self.rules(bank) == ["reading-level"])
        #expect(Self.rules(Array(bank.prefix(5))) == [])
    }

    @Test("Flesch–Kincaid grade matches hand computation")
    func fleschKincaid() throws {
        // "The cat sat." → 3 words, 1 sentence, 3 syllables: 0.39·3 + 11.8·1 − 15.59 = −2.62.
        let grade = try #require(ReadingLevel.grade(["The cat sat."]))
        #expect(abs(grade - (-2.62)) < 1e-9)
        // Two pieces count as two sentences: 4 words, 2 sentences, 6 syllables ("table" 2, "happy" 2).
        let two = try #require(ReadingLevel.grade(["A table", "Happy day"]))
        #expect(abs(two - (0.39 * 2 + 11.8 * 1.5 - 15.59)) < 1e-9)
    }

    @Test("every rule is documented with a reason and a source")
    func documented() {
        for rule in LintRule.all {
            #expect(!rule.reason.isEmpty && !rule.source.isEmpty, "\(rule.id)")
        }
        #expect(Set(LintRule.all.map(\.id)).count == LintRule.all.count)
    }
}
