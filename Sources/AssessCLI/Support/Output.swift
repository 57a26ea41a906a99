import Foundation

/// Writes to standard output and standard error without mixing buffered and unbuffered
/// writes (everything goes through FileHandle, so the order holds when piped).
enum Output {
    static func line(_ text: String = "") { write(text + "\n", to: .standardOutput) }
    static func text(_ text: String) { write(text, to: .standardOutput) }
    static func error(_ text: String) { write(text + "\n", to: .standardError) }
    static func flush() {}

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}

/// Thrown by a command that has already printed its diagnostics and only needs to exit.
struct ReportedFailure: Error {
    var exitCode: Int32
}
