import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real `assess` binary running while the test talks to it: lines are written to its
/// standard input one at a time and its output is read as it arrives, so a test can wait for
/// an item, answer, signal or kill it at a chosen moment.
///
/// Every wait has a deadline, and the process is killed when the value goes away, so a test
/// that goes wrong fails instead of hanging the run.
final class LiveProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSLock()
    private var outData = Data()
    private var errData = Data()
    private var readers: [Thread] = []

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        // A write to a process that has just been killed must fail, not end the test runner.
        Glibc.signal(SIGPIPE, SIG_IGN)
        process.executableURL = AssessProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        env.merge(environment) { $1 }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        readers = [
            Self.reader(output.fileHandleForReading.fileDescriptor) { [weak self] in self?.append($0, error: false) },
            Self.reader(errors.fileHandleForReading.fileDescriptor) { [weak self] in self?.append($0, error: true) },
        ]
        readers.forEach { $0.start() }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    var stdout: String { lock.withLock { String(decoding: outData, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: errData, as: UTF8.self) } }

    /// Writes `line` and a line feed to the process's standard input; false if it is gone.
    @discardableResult
    func send(_ line: String) -> Bool {
        (try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))) != nil
    }

    /// Closes standard input (end of input).
    func closeInput() { try? input.fileHandleForWriting.close() }

    func send(signal number: Int32) { kill(process.processIdentifier, number) }

    /// Waits until `condition` holds for the output so far; false at the deadline.
    func wait(seconds: Double = 20, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(stdout) { return true }
            if !process.isRunning {
                // The process is gone: wait for the readers to reach the end of its output.
                while readers.contains(where: { !$0.isFinished }) && Date() < deadline { Thread.sleep(forTimeInterval: 0.002) }
                return condition(stdout)
            }
            Thread.sleep(forTimeInterval: 0.002)
        }
        return false
    }

    /// Waits for the process to end (killing it at the deadline) and for its output to be read,
    /// after closing its input unless `closingInput` is false. Returns the exit status, or the
    /// signal number as a negative value; nil at the deadline.
    func finish(seconds: Double = 20, closingInput: Bool = true) -> Int32? {
        if closingInput { closeInput() }
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        process.waitUntilExit()
        while readers.contains(where: { !$0.isFinished }) && Date() < deadline.addingTimeInterval(5) {
            Thread.sleep(forTimeInterval: 0.002)
        }
        return process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    }

    private func append(_ data: Data, error: Bool) {
        lock.withLock {
            if error { errData.append(data) } else { outData.append(data) }
        }
    }

    private static func reader(_ descriptor: Int32, _ deliver: @escaping @Sendable (Data) -> Void) -> Thread {
        Thread {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                deliver(Data(buffer[0..<count]))
            }
        }
    }
}
