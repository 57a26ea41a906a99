import AssessCore

@testable import BankFormats

/// A small bank whose shape each validator check can be aimed at, and helpers to validate
/// specs written inline.
enum TestSpecFixtures {
    /// Module m1 (practice, true/false): objective O-1 has 3 items; O-2 has 6 with one enemy
    /// pair (B1 ↔ B2); O-3 has 6, four of them (C1–C4) a stimulus set. Module cert (secure,
    /// 3PL): 8 active items and 2 pilots. Module sa: 2 rating statements. Z1 is retired.
    static let bankText: String = {
        var lines = [
            "block: safety", "module: m1", "security: practice", "stimuli:", "  - {id: V1, text: A vignette.}", "items:",
        ]
        func tf(_ id: String, _ objective: String, _ extra: String = "") {
            lines.append("  - {id: \(id), type: true-false, objective: \(objective), stem: Claim \(id)., key: true\(extra)}")
        }
        for n in 1...3 { tf("A\(n)", "O-1") }
        tf("B1", "O-2", ", enemies: [B2]")
        tf("B2", "O-2", ", enemies: [B1]")
        for n in 3...6 { tf("B\(n)", "O-2") }
        for n in 1...4 { tf("C\(n)", "O-3", ", stimulus: V1") }
        for n in 5...6 { tf("C\(n)", "O-3") }
        let irt = ", block: foundations, module: cert, security: secure, irt: {model: 3pl, a: 1, b: 0, c: 0.2}"
        for n in 1...8 { tf("S\(n)", "X-1", irt) }
        for n in 1...2 { tf("P\(n)", "X-1", irt + ", status: pilot") }
        tf("Z1", "O-1", ", status: retired")
        for n in 1...2 {
            lines.append("  - {id: R\(n), type: rating, module: sa, objective: SA-\(n), stem: I can do \(n)., scale: {points: 5}}")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static let bank: ItemBank = {
        let (bank, diagnostics) = BankValidator.validate([YAMLBankReader.read(bankText, file: "bank.yaml")])
        precondition(!diagnostics.hasErrors, "the fixture bank has errors: \(diagnostics.errors)")
        return bank
    }()

    /// A valid random-form post-test on module m1: 6 items, 2 per objective.
    static let modulePost = """
        id: m1-post
        title: Module 1 post-test
        purpose: module-post
        pool: {modules: [m1], types: [true-false]}
        mode: random-form
        form: {length: 6}
        blueprint:
          - {objective: O-1, count: 2}
          - {objective: O-2, count: 2}
          - {objective: O-3, count: 2}
        scoring: {method: number-correct, cut: {percent: 80}}
        """

    /// A valid adaptive test on the cert items.
    static let adaptive = """
        id: cat
        title: Adaptive
        purpose: certification
        pool: {modules: [cert], statuses: [active, pilot]}
        mode: adaptive
        adaptive:
          exposure: {method: randomesque, k: 3}
          stopping: {min-items: 3, max-items: 6, standard-error: 0.5, classification: {confidence: 95%}}
        pretest: {count: 2, positions: [2, 4]}
        time-limit: {minutes: 20, on-expiry: final-estimate}
        feedback: by-block
        scoring: {method: theta, cut: {theta: 0}}
        """

    /// `text` with `old` replaced; traps when `old` is absent, so a case cannot silently test
    /// the unchanged spec.
    static func replacing(_ text: String, _ old: String, _ new: String) -> String {
        precondition(text.contains(old), "the spec has no '\(old)'")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// Every diagnostic for `text` (as spec.yaml) and `others` (as other-1.yaml, …), sorted.
    static func messages(_ text: String, others: [String] = [], bank: ItemBank? = bank) -> [String] {
        let documents = [TestSpecReader.read(text, file: "spec.yaml")]
            + others.enumerated().map { TestSpecReader.read($1, file: "other-\($0 + 1).yaml") }
        return TestSpecValidator.validate(documents, bank: bank).sorted.map(\.description)
    }
}
