import AssessCore
import Yams

/// Reads the native YAML item-bank format (docs/ITEM-FORMAT.md) into a ``BankDocument``.
public enum YAMLBankReader {
    static let fileKeys = ["block", "module", "author", "status", "security", "scale", "stimuli", "items"]
    static let stimulusKeys = ["id", "title", "text", "format"]
    static let itemKeys = [
        "id", "type", "stem", "options", "key", "scoring", "rationale", "scale", "shuffle", "format", "stimulus",
        "title", "feedback", "status", "security", "block", "module", "author", "objective", "level", "tags",
        "references", "reviewed", "addressed-by", "irt", "enemies", "lint-exceptions",
    ]
    static let optionKeys = ["text", "rationale", "credit", "id"]
    static let irtKeys = ["model", "a", "b", "c", "thresholds", "d", "source", "n"]
    static let scaleKeys = ["points", "anchors", "scored", "reversed"]

    /// Parses `text` (already decoded by ``SourceText``) read from `file`.
    public static func read(_ text: String, file: String) -> BankDocument {
        var document = BankDocument(file: file)
        let root: Node?
        do {
            // The reader interprets every scalar itself, so no implicit tags are resolved: the
            // default resolver runs regular expressions on every scalar (a third of load time).
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch {
            document.diagnostics.append(YAMLSyntax.diagnostic(for: error, file: file))
            return document
        }
        guard let root else {
            document.diagnostics.warning("the file holds no items", at: SourceLocation(file: file, line: 1, column: 1), rule: "empty-file")
            return document
        }
        var diagnostics = Diagnostics()
        guard let top = YAMLMapping(root, file: file, what: "the file", allowed: fileKeys, diagnostics: &diagnostics) else {
            document.diagnostics.append(contentsOf: diagnostics)
            return document
        }
        let defaults = FileDefaults(top, diagnostics: &diagnostics)
        for node in top.sequence("stimuli", diagnostics: &diagnostics) {
            guard let fields = YAMLMapping(node, file: file, what: "a stimulus", allowed: stimulusKeys, diagnostics: &diagnostics),
                let id = fields.requiredString("id", what: "a stimulus", diagnostics: &diagnostics),
                let body = fields.requiredString("text", what: "stimulus '\(id)'", diagnostics: &diagnostics)
            else { continue }
            let stimulus = Stimulus(
                id: id, title: fields.string("title", diagnostics: &diagnostics), text: body,
                textFormat: fields.choice("format", as: TextFormat.self, diagnostics: &diagnostics) ?? .plain)
            document.add(stimulus, at: fields.location)
        }
        let itemNodes = top.sequence("items", diagnostics: &diagnostics)
        if itemNodes.isEmpty, !top.has("stimuli") {
            diagnostics.warning("the file holds no items", at: top.location, rule: "empty-file")
        }
        for node in itemNodes {
            guard let fields = YAMLMapping(node, file: file, what: "an item", allowed: itemKeys, diagnostics: &diagnostics),
                let item = readItem(fields, defaults: defaults, diagnostics: &diagnostics)
            else { continue }
            document.add(item, at: fields.location)
        }
        document.diagnostics.append(contentsOf: diagnostics)
        return document
    }

    /// File-level defaults applied to each item that does not set its own.
    struct FileDefaults {
        var block: Block?
        var module: String?
        var author: String?
        var status: ItemStatus?
        var security: Security?
        var scale: RatingScale?

        init(_ top: YAMLMapping, diagnostics: inout Diagnostics) {
            block = top.choice("block", as: Block.self, diagnostics: &diagnostics)
            module = top.string("module", diagnostics: &diagnostics)
            author = top.string("author", diagnostics: &diagnostics)
            status = top.choice("status", as: ItemStatus.self, diagnostics: &diagnostics)
            security = top.choice("security", as: Security.self, diagnostics: &diagnostics)
            if let node = top.node("scale") {
                scale = YAMLBankReader.readScale(node, file: top.file, diagnostics: &diagnostics)
            }
        }
    }

    static func readScale(_ node: Node, file: String, diagnostics: inout Diagnostics) -> RatingScale? {
        guard let fields = YAMLMapping(node, file: file, what: "a rating scale", allowed: scaleKeys, diagnostics: &diagnostics) else {
            return nil
        }
        guard let points = fields.int("points", diagnostics: &diagnostics) else {
            if !fields.has("points") { diagnostics.error("a rating scale has no 'points'", at: fields.location) }
            return nil
        }
        return RatingScale(
            points: points, anchors: fields.strings("anchors", diagnostics: &diagnostics),
            scored: fields.bool("scored", diagnostics: &diagnostics) ?? false,
            reversed: fields.bool("reversed", diagnostics: &diagnostics) ?? false)
    }
}
