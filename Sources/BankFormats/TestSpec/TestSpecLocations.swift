import AssessCore

/// Where the parts of a spec were written, by dotted path (`pool.modules.0`,
/// `blueprint.2`, `adaptive.stopping.max-items`), so that a check made after reading — against
/// the bank, or across specs — points at the line that needs the change.
public struct TestSpecLocations: Sendable {
    public let file: String
    var byPath: [String: SourceLocation] = [:]

    public init(file: String) {
        self.file = file
    }

    /// The location of `path`, else of its nearest recorded parent, else the file's first line.
    public subscript(_ path: String) -> SourceLocation {
        var path = Substring(path)
        while true {
            if let location = byPath[String(path)] { return location }
            guard let dot = path.lastIndex(of: ".") else { break }
            path = path[..<dot]
        }
        return byPath[""] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    mutating func record(_ path: String, _ location: SourceLocation) {
        if byPath[path] == nil { byPath[path] = location }
    }
}
