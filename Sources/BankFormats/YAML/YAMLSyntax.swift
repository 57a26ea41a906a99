import AssessCore
import Yams

/// Turns the YAML parser's errors into located diagnostics.
enum YAMLSyntax {
    static func diagnostic(for error: any Error, file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error("cannot read the file as YAML: \(error)", at: SourceLocation(file: file))
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return .error(message, at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        case let .reader(problem, offset, _, _):
            let where_ = offset.map { " at byte offset \($0)" } ?? ""
            return .error("cannot read the file: \(problem)\(where_)", at: SourceLocation(file: file))
        default:
            return .error("cannot read the file as YAML: \(yamlError)", at: SourceLocation(file: file))
        }
    }
}
