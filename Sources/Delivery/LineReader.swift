/// Where the session loop reads the candidate's lines from: a pipe, a terminal, or a test.
public protocol LineReader {
    /// Shows `prompt` and reads one line without its line end; `.endOfInput` on EOF (a closed
    /// pipe, Ctrl-D on an empty line), `.interrupted` on Ctrl-C in a terminal or a signal
    /// (see ``InterruptSignals``).
    mutating func readLine(prompt: String) -> LineEvent
}

/// One read from a ``LineReader``.
public enum LineEvent: Sendable, Hashable {
    case line(String)
    case endOfInput
    case interrupted
}

/// Where the session loop writes what the candidate sees.
public protocol ScreenWriter {
    mutating func write(_ text: String)
}

/// Scripted input and captured output, for tests of the session loop without a terminal.
public struct ScriptedConsole: LineReader, ScreenWriter {
    public var lines: [String]
    public private(set) var output = ""

    public init(lines: [String]) { self.lines = lines }

    public mutating func readLine(prompt: String) -> LineEvent {
        output += prompt
        guard !lines.isEmpty else { return .endOfInput }
        let line = lines.removeFirst()
        output += line + "\n"
        return .line(line)
    }

    public mutating func write(_ text: String) { output += text }
}
