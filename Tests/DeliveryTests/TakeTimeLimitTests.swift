import AssessCore
import Foundation
import Records
import Testing

@testable import Delivery

/// The time limit across sittings, in process with a hand-moved clock and a real records file:
/// time used before a pause counts after the resume, and a resumed attempt past its limit ends
/// by the spec's time-out rule (module tests: the answers given are scored).
@Suite("assess take: the time limit across interruptions")
struct TakeTimeLimitTests {
    /// Scripted lines; the clock moves `step` seconds at every read, as if the candidate took
    /// that long over each line.
    struct SlowConsole: LineReader, ScreenWriter {
        var script: ScriptedConsole
        let clock: ManualClock
        let step: Int

        init(_ lines: [String], clock: ManualClock, step: Int) {
            script = ScriptedConsole(lines: lines)
            self.clock = clock
            self.step = step
        }

        mutating func readLine(prompt: String) -> LineEvent {
            clock.advance(seconds: step)
            return script.readLine(prompt: prompt)
        }

        mutating func write(_ text: String) { script.write(text) }
    }

    static func request(_ folder: URL, register: Bool) -> TakeRequest {
        let root = PriorAttemptsTests.root
        return TakeRequest(
            testID: "fnd-casework-post", workerID: "W1", registerName: register ? "Ana" : nil, seed: 4,
            bankPath: root.appendingPathComponent("ItemBank").path, specsPath: root.appendingPathComponent("Scoring").path,
            databasePath: folder.appendingPathComponent("t.sqlite").path)
    }

    static func sitting(_ folder: URL, lines: [String], step: Int, register: Bool = false) throws -> (SessionOutcome?, String) {
        let clock = ManualClock()
        var console = SlowConsole(lines, clock: clock, step: step)
        let outcome = try TakeRun.run(
            request(folder, register: register), console: &console, clock: clock, now: { Timestamp(millisecondsSince1970: 1_790_000_000_000) })
        return (outcome, console.script.output)
    }

    @Test("24 minutes before a pause count after it: an answer at 32 of 30 minutes is not recorded and the test ends")
    func timeCarriesOver() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.url
        // Each line takes 8 minutes: answers at 8 and 16, end of input at 24.
        let (first, _) = try Self.sitting(folder, lines: ["", "A", "A"], step: 480, register: true)
        #expect(first == .paused)
        let store = try RecordStore(path: directory.database)
        #expect(try store.progress(ofAttempt: 1).elapsedMilliseconds == 24 * 60_000)
        let (second, output) = try Self.sitting(folder, lines: ["A", "A"], step: 480)
        #expect(output.contains("Welcome back to"))
        #expect(output.contains("6:00 left"), "the header shows 30 − 24 minutes")
        #expect(second == .timeUp)
        #expect(output.contains("Time is up; that answer was not recorded."))
        #expect(try store.responses(attemptID: 1).count == 2)
        let attempt = try #require(try store.attempt(id: 1))
        #expect(attempt.value.status == .completed)
        #expect(attempt.value.elapsedMilliseconds == 32 * 60_000)
    }

    @Test("an attempt paused at its limit ends on resume without showing another item")
    func resumedPastTheLimit() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.url
        // Each line takes 10 minutes: answers at 10 and 20, end of input at 30 (the limit).
        let (first, _) = try Self.sitting(folder, lines: ["", "A", "A"], step: 600, register: true)
        #expect(first == .paused)
        let (second, output) = try Self.sitting(folder, lines: ["A"], step: 60)
        #expect(second == .timeUp)
        #expect(!output.contains("Item 3 of 15"))
        #expect(output.contains("Time is up. Your answers are recorded; unanswered items score zero."))
        let store = try RecordStore(path: directory.database)
        #expect(try store.responses(attemptID: 1).count == 2)
        #expect(try store.currentResult(attemptID: 1)?.value.scores.maximum == 15)
    }
}
