import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `assess take` at a real terminal: the binary runs in a tmux pane (a pseudo-terminal, as over
/// SSH), keys are sent to it, and the screen is read back.
///
/// tmux runs on a private socket, is started through ``Spawn`` (not `Process`, which would wait
/// for the tmux server), every tmux command has a 10-second `timeout`, every wait has a
/// deadline, and the server is killed at the end.
@Suite("assess take at a terminal (tmux)", .serialized)
struct TakeTerminalTests {
    final class Tmux {
        let socket = "assess-test-\(UUID().uuidString.prefix(8))"

        init() throws {
            try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is needed (apt-get install tmux)")
        }

        deinit { _ = try? run(["kill-server"]) }

        /// Runs one tmux command; its output when `capture` is set.
        @discardableResult
        func run(_ arguments: [String], capture: Bool = false) throws -> String {
            try Spawn.run(
                "/usr/bin/timeout", ["10", "tmux", "-L", socket, "-f", "/dev/null"] + arguments,
                environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "HOME": NSTemporaryDirectory()], capture: capture
            ).output
        }

        /// The pane's whole text: its history and the visible screen, wrapped lines joined, without
        /// trailing blanks or the blank rows below the cursor (so it ends with the prompt while one
        /// waits).
        func screen(_ target: String) -> String {
            // -J keeps each row's trailing blanks: drop them, and the blank rows at the end.
            let text = (try? run(["capture-pane", "-p", "-J", "-S", "-", "-t", target], capture: true)) ?? ""
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(line.reversed().drop(while: { $0 == " " }).reversed())
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.joined(separator: "\n")
        }

        func keys(_ target: String, _ keys: String...) throws { try run(["send-keys", "-t", target] + keys) }
        func type(_ target: String, _ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }

        /// Waits until the pane's text satisfies `condition`; false after `seconds`.
        func wait(_ target: String, seconds: Double = 20, until condition: (String) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if condition(screen(target)) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }

    /// A shell line that runs `assess take`, then reports its exit status and the terminal's
    /// line discipline, and stays open so the pane can be read.
    static func command(_ folder: TemporaryFolder, _ arguments: String) -> String {
        let root = AssessProcess.repositoryRoot.path
        return "cd '\(folder.url.path)' && '\(AssessProcess.executable.path)' take --bank '\(root)/ItemBank' --specs '\(root)/Scoring' "
            + "--db t.sqlite \(arguments); echo \"[exit $?]\"; echo \"[tty $(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\\n' ' ')]\"; sleep 120"
    }

    @Test("line editing, history and Ctrl-C at a terminal; the terminal is restored; a kill there pauses too")
    func interactive() throws {
        let folder = try TemporaryFolder()
        let tmux = try Tmux()
        let first = "t1"
        try tmux.run([
            "new-session", "-d", "-s", first, "-x", "120", "-y", "50",
            Self.command(folder, "--test fnd-casework-post --candidate W1 --register 'Ana Test' --seed 7"),
        ])
        #expect(tmux.wait(first) { $0.hasSuffix("leave without starting:") }, "\(tmux.screen(first))")
        try tmux.keys(first, "Enter")
        #expect(tmux.wait(first) { $0.contains("Item 1 of 15") && $0.hasSuffix("? for help):") })
        // Type "xc", move left, delete the x: the line is "c". Nothing is submitted until Enter.
        try tmux.type(first, "xc")
        try tmux.keys(first, "Left", "BSpace")
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try TakeCommandTests.sql("select count(*) from responses;", in: folder) == "0\n")
        try tmux.keys(first, "Enter")
        #expect(tmux.wait(first) { $0.contains("Item 2 of 15") && $0.hasSuffix("? for help):") }, "\(tmux.screen(first))")
        #expect(tmux.screen(first).contains("? for help): c\n"), "the edited line is echoed as typed")
        // Up recalls the last line ("c"); Enter answers item 2 with it.
        try tmux.keys(first, "Up", "Enter")
        #expect(tmux.wait(first) { $0.contains("Item 3 of 15") && $0.hasSuffix("? for help):") })
        #expect(try TakeCommandTests.sql("select sequence, raw_answer != '' from responses order by sequence;", in: folder) == "1|1\n2|1\n")
        // Ctrl-C pauses; the terminal is back in its normal mode afterwards.
        try tmux.keys(first, "C-c")
        #expect(tmux.wait(first) { $0.contains("[tty ") }, "\(tmux.screen(first))")
        let afterInterrupt = tmux.screen(first)
        #expect(afterInterrupt.contains("^C\n\nPaused. Every answer so far is saved"))
        #expect(afterInterrupt.contains("[exit 0]"))
        #expect(afterInterrupt.contains("[tty isig icanon echo ]"), "\(afterInterrupt.suffix(200))")
        #expect(try TakeCommandTests.sql("select status from attempts;", in: folder) == "paused\n")

        // Resume in a second terminal, then kill the process (SIGTERM) while it waits in raw mode.
        let second = "t2"
        try tmux.run(["new-session", "-d", "-s", second, "-x", "120", "-y", "50", Self.command(folder, "--test fnd-casework-post --candidate W1")])
        #expect(tmux.wait(second) { $0.contains("Welcome back") && $0.contains("Item 3 of 15") && $0.hasSuffix("? for help):") }, "\(tmux.screen(second))")
        try tmux.type(second, "b")
        try tmux.keys(second, "Enter")
        #expect(tmux.wait(second) { $0.contains("Item 4 of 15") && $0.hasSuffix("? for help):") })
        let pane = try tmux.run(["display-message", "-p", "-t", second, "#{pane_pid}"], capture: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try #require(Int32(Self.childProcess(of: pane)), "no assess process under the pane's shell \(pane)")
        kill(child, SIGTERM)
        #expect(tmux.wait(second) { $0.contains("[tty ") }, "\(tmux.screen(second))")
        let afterKill = tmux.screen(second)
        #expect(afterKill.contains("Paused. Every answer so far is saved"))
        #expect(afterKill.contains("[exit 143]"))
        #expect(afterKill.contains("[tty isig icanon echo ]"), "\(afterKill.suffix(200))")
        #expect(try TakeCommandTests.sql("select status, (select count(*) from responses) from attempts;", in: folder) == "paused|3\n")
    }

    static func childProcess(of parent: String) throws -> String {
        try Spawn.run("/usr/bin/pgrep", ["-P", parent, "assess"], environment: ["PATH": "/usr/bin:/bin"], capture: true).output
            .split(separator: "\n").first.map(String.init) ?? ""
    }
}
