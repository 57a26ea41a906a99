import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `assess take` interrupted by a signal: Ctrl-C (SIGINT), `kill` (SIGTERM) and a hang-up
/// (SIGHUP) each record the pause with every answer so far, end the process by that signal,
/// and the next run resumes at the same item.
@Suite("assess take interrupted by a signal", .serialized)
struct TakeInterruptionTests {
    static func arguments(_ extra: [String]) -> [String] {
        let root = AssessProcess.repositoryRoot
        return ["take", "--bank", root.appendingPathComponent("ItemBank").path, "--specs", root.appendingPathComponent("Scoring").path,
                "--db", "t.sqlite"] + extra
    }

    static let paused = "Paused. Every answer so far is saved; run the same command again to continue.\n"

    @Test("a signal at the prompt pauses the attempt with its answers and ends the process by that signal", arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalPauses(_ number: Int32) throws {
        let folder = try TemporaryFolder()
        let take = try LiveProcess(
            Self.arguments(["--test", "fnd-casework-post", "--candidate", "W1", "--register", "Ana", "--seed", "3"]), in: folder.url)
        #expect(take.wait { $0.contains("Press Enter to begin") })
        take.send("")
        #expect(take.wait { $0.contains("Item 1 of 15") })
        take.send("A")
        #expect(take.wait { $0.contains("Item 2 of 15") })
        take.send("B")
        #expect(take.wait { $0.contains("Item 3 of 15") && $0.hasSuffix("? for help): ") })
        let itemThree = take.stdout.components(separatedBy: "Item 3 of 15").last ?? ""
        take.send(signal: number)
        let status = take.finish(closingInput: false)
        #expect(status == -number, "ended with \(String(describing: status)); stderr: \(take.stderr)")
        #expect(take.stdout.hasSuffix("\n" + Self.paused), "\(take.stdout.suffix(200))")
        #expect(try TakeCommandTests.sql("select status, elapsed_ms > 0 from attempts; select count(*) from responses;", in: folder) == "paused|1\n2\n")

        let resumed = try AssessProcess.run(Self.arguments(["--test", "fnd-casework-post", "--candidate", "W1"]), in: folder.url, input: "")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("2 answered so far"))
        // The same third item, with the same options in the same order.
        let shown = resumed.stdout.components(separatedBy: "Item 3 of 15").last ?? "-"
        #expect(shown.components(separatedBy: "Your answer").first == itemThree.components(separatedBy: "Your answer").first)
    }

    @Test("a signal before the first item starts nothing")
    func signalBeforeStart() throws {
        let folder = try TemporaryFolder()
        let take = try LiveProcess(
            Self.arguments(["--test", "fnd-casework-post", "--candidate", "W1", "--register", "Ana"]), in: folder.url)
        #expect(take.wait { $0.contains("Press Enter to begin") })
        take.send(signal: SIGTERM)
        #expect(take.finish(closingInput: false) == -SIGTERM)
        #expect(take.stdout.hasSuffix("Nothing was started.\n"))
        #expect(try TakeCommandTests.sql("select count(*) from attempts;", in: folder) == "0\n")
    }

    @Test("answers typed ahead are each recorded once, in order")
    func typeAheadAndClosedOutput() throws {
        let folder = try TemporaryFolder()
        let take = try LiveProcess(
            Self.arguments(["--test", "fnd-casework-post", "--candidate", "W1", "--register", "Ana", "--seed", "5"]), in: folder.url)
        // Everything at once, before the first item is even shown.
        for line in ["", "A", "B", "C", "D", "A"] { take.send(line) }
        #expect(take.wait { $0.contains("Item 6 of 15") })
        take.send(signal: SIGHUP)
        #expect(take.finish(closingInput: false) == -SIGHUP)
        #expect(try TakeCommandTests.sql("select group_concat(sequence) from responses;", in: folder) == "1,2,3,4,5\n")
        #expect(try TakeCommandTests.sql("select status from attempts;", in: folder) == "paused\n")
    }
}
