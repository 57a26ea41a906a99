import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal and the work
/// has already taken longer than a moment — so pipes, logs and quick runs see nothing.
///
/// Thread-safe: workers call ``advance(by:)`` concurrently. Redraws at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let label: String
    private let isTerminal: Bool
    private let start = Date()
    private var done = 0
    private var lastDraw: Date? = nil

    /// Seconds of work before the bar appears.
    static let delay: TimeInterval = 0.5

    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
        self.isTerminal = isatty(STDERR_FILENO) == 1
    }

    func advance(by count: Int) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = Date()
        guard now.timeIntervalSince(start) >= Self.delay else { return }
        if let lastDraw, now.timeIntervalSince(lastDraw) < 0.1, done < total { return }
        lastDraw = now
        let width = 30
        let filled = min(width, done * width / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)".utf8))
    }

    /// Clears the bar's line if one was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if lastDraw != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
