import AssessCore
import Yams

extension TestSpecReader {
    /// The names of ``TestMode`` as written in a file.
    static let modeNames = ["linear", "random-form", "adaptive"]
    static let formKeys = ["length", "order"]

    /// `mode` with its section: `form` for linear and random-form tests, `adaptive` for
    /// adaptive ones; the other section is an error, not silently ignored.
    mutating func readMode(_ top: YAMLMapping, hasBlueprint: Bool) -> TestMode? {
        guard top.has("mode") else {
            diagnostics.error("the test specification has no 'mode'", at: top.location)
            return nil
        }
        guard let name = top.string("mode", diagnostics: &diagnostics) else { return nil }
        guard Self.modeNames.contains(name) else {
            var message = "'mode' must be one of \(Self.modeNames.joined(separator: ", ")), not '\(name)'"
            if let suggestion = Suggestion.closest(to: name, among: Self.modeNames) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.error(message, at: top.location(of: "mode"))
            return nil
        }
        if name == "adaptive", top.has("form") {
            diagnostics.error("'form' applies to linear and random-form tests; an adaptive test is set up under 'adaptive'", at: top.keyLocation("form"))
        }
        if name != "adaptive", top.has("adaptive") {
            diagnostics.error("'adaptive' applies only to mode adaptive, not \(name)", at: top.keyLocation("adaptive"))
        }
        switch name {
        case "adaptive":
            guard let node = top.node("adaptive") else {
                diagnostics.error("an adaptive test needs an 'adaptive' section (at least 'stopping' with 'min-items' and 'max-items')", at: top.location(of: "mode"))
                return nil
            }
            return readAdaptive(node, hasBlueprint: hasBlueprint).map(TestMode.adaptive)
        default:
            var fields: YAMLMapping?
            if let node = top.node("form") {
                guard let mapping = mapping(node, path: "form", what: "the form", allowed: Self.formKeys) else { return nil }
                fields = mapping
            }
            if name == "linear" {
                let order = fields?.choice("order", as: LinearForm.Order.self, diagnostics: &diagnostics) ?? .fixed
                let length = fields.flatMap { int($0, "length", atLeast: 1) }
                return .linear(LinearForm(order: order, length: length))
            }
            if let fields, fields.has("order") {
                diagnostics.error("'order' applies to linear tests; a random form is always delivered shuffled, stimulus sets together", at: fields.keyLocation("order"))
            }
            guard let fields, fields.has("length") else {
                diagnostics.error("a random-form test needs 'form' with 'length' (the number of scored items)", at: fields?.location ?? top.location(of: "mode"))
                return nil
            }
            return int(fields, "length", atLeast: 1).map { .randomForm(RandomForm(length: $0)) }
        }
    }
}
