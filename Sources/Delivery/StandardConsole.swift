#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's standard input and output.
///
/// When standard input is a terminal, lines are read with a small line editor in raw mode
/// (left/right, backspace, Ctrl-A/E/U, up/down history, Ctrl-C, Ctrl-D), and the terminal's
/// settings are restored on every exit path (see ``InterruptSignals``). When it is a pipe,
/// lines are read as they come (scripted runs), and the prompt is still written so transcripts
/// read naturally. Output is plain text: no colours or escape codes are written except the
/// editor's own cursor movement on a terminal.
public struct StandardConsole: LineReader, ScreenWriter {
    private var history: [String] = []
    private let interactive: Bool

    public init() {
        interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    public mutating func write(_ text: String) {
        Self.writeAll(Array(text.utf8))
    }

    public mutating func readLine(prompt: String) -> LineEvent {
        // At a terminal, raw mode is entered (discarding keys typed before the prompt) before
        // the prompt is shown, so nothing typed after it appears is lost.
        let editor = interactive ? RawMode.enter() : nil
        defer { editor?.leave() }
        write(prompt)
        guard editor != nil else { return Self.readPipedLine() }
        let event = LineEditor(history: history).read(prompt: prompt)
        if case .line(let line) = event, !line.isEmpty, history.last != line { history.append(line) }
        return event
    }

    /// Reads up to a line feed from a pipe; a final line without one still counts.
    static func readPipedLine() -> LineEvent {
        var bytes: [UInt8] = []
        reading: while true {
            switch InterruptSignals.readByte(from: STDIN_FILENO) {
            case .byte(10): break reading
            case .byte(let byte): bytes.append(byte)
            case .interrupted: return .interrupted
            case .endOfInput:
                if bytes.isEmpty { return .endOfInput }
                break reading
            }
        }
        if bytes.last == 13 { bytes.removeLast() }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    static func writeAll(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { SystemCalls.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return  // the reader went away (a closed pipe); nothing more can be shown
            }
            offset += written
        }
    }
}
