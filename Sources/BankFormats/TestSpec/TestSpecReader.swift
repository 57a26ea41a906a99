import AssessCore
import Yams

/// Reads a test specification (docs/TEST-SPEC-FORMAT.md) from YAML.
///
/// Like the bank reader it never throws on bad content: each problem becomes a located
/// diagnostic and reading goes on, so one run reports them all. Unknown keys are errors with a
/// "did you mean" suggestion. The reader checks each value on its own (types, vocabularies,
/// ranges); ``TestSpecValidator`` checks how the parts fit together and against a bank.
public struct TestSpecReader {
    static let topKeys = [
        "id", "title", "purpose", "description", "pool", "mode", "form", "adaptive", "blueprint", "pretest", "time-limit",
        "shuffle-options", "navigation", "feedback", "attempts", "scoring",
    ]

    let file: String
    var diagnostics = Diagnostics()
    var locations: TestSpecLocations

    init(file: String) {
        self.file = file
        self.locations = TestSpecLocations(file: file)
    }

    /// Parses `text` (already decoded by ``SourceText``) read from `file`.
    public static func read(_ text: String, file: String) -> TestSpecDocument {
        var reader = TestSpecReader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch {
            return TestSpecDocument(file: file, diagnostics: Diagnostics([YAMLSyntax.diagnostic(for: error, file: file)]))
        }
        guard let root else {
            reader.diagnostics.error("the file holds no test specification", at: SourceLocation(file: file, line: 1, column: 1))
            return TestSpecDocument(file: file, diagnostics: reader.diagnostics)
        }
        let spec = reader.readSpec(root)
        return TestSpecDocument(file: file, spec: spec, locations: reader.locations, diagnostics: reader.diagnostics)
    }

    mutating func readSpec(_ root: Node) -> TestSpec? {
        guard let top = mapping(root, path: "", what: "a test specification", allowed: Self.topKeys) else { return nil }
        let what = "the test specification"
        let id = top.requiredString("id", what: what, diagnostics: &diagnostics)
        if let id, !Self.isValidID(id) {
            diagnostics.error("'id' must be lower-case letters, digits and hyphens, starting with a letter or digit, not '\(id)'", at: top.location(of: "id"))
        }
        let title = top.requiredString("title", what: what, diagnostics: &diagnostics)
        let purpose = requiredChoice(top, "purpose", as: TestPurpose.self, what: what)
        let description = top.string("description", diagnostics: &diagnostics)
        var pool: ItemPool?
        if let node = top.node("pool") {
            pool = readPool(node)
        } else {
            diagnostics.error("\(what) has no 'pool'", at: top.location)
        }
        let blueprint = top.node("blueprint").flatMap { readBlueprint($0) }
        let mode = readMode(top, hasBlueprint: blueprint != nil)
        let pretest = top.node("pretest").flatMap { readPretest($0) }
        let timeLimit = readTimeLimit(top, mode: mode)
        let shuffleOptions = top.bool("shuffle-options", diagnostics: &diagnostics) ?? true
        let navigation = top.node("navigation").flatMap { readNavigation($0) } ?? NavigationPolicy()
        let feedback = top.node("feedback").flatMap { readFeedback($0) } ?? FeedbackPolicy(level: .score)
        let attempts = top.node("attempts").flatMap { readAttempts($0) } ?? AttemptRules()
        var scoring: ScoringPolicy?
        if let node = top.node("scoring") {
            scoring = readScoring(node)
        } else {
            diagnostics.error("\(what) has no 'scoring'", at: top.location)
        }
        guard let id, let title, let purpose, let pool, let mode, let scoring else { return nil }
        return TestSpec(
            id: id, title: title, purpose: purpose, description: description, pool: pool, mode: mode, blueprint: blueprint,
            pretest: pretest, timeLimit: timeLimit, shuffleOptions: shuffleOptions, navigation: navigation, feedback: feedback,
            attempts: attempts, scoring: scoring)
    }

    /// Lower-case letters, digits and hyphens, not starting with a hyphen: safe in file names,
    /// command lines and database keys.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-" else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
